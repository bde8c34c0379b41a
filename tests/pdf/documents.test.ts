// The PDF scorecard and department report rendered in Node from the demo workspace and read back
// with poppler: Vietnamese text exact (stacked diacritics, NFD input made NFC), the figures of the
// view-models as the app formats them, pages not blank, page counts and sizes sensible.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readCatalogue } from '@/cli/files'
import { findPolicy, findProfile } from '@/domain/catalogue'
import { generateDemoWorkspace, pickDemoRubric } from '@/domain/demo'
import type { EngineInput } from '@/domain/engine'
import { computeRollup, type Rollup } from '@/domain/rollup'
import { buildScorecard, type Scorecard } from '@/domain/scorecard'
import { describeMissing } from '@/domain/adoption'
import { formatNumber, formatPercent } from '@/i18n/format'
import { departmentReportDocument, cellText } from '@/pdf/departmentReport'
import { nfcDeep } from '@/pdf/nfc'
import { renderPdf } from '@/pdf/renderNode'
import { scorecardDocument, valueCells } from '@/pdf/scorecardDocument'
import { pageInk, pdfImageCount, pdfPages, pdfText } from './poppler'

const AT = '2026-10-31'
// Written decomposed (NFD) on purpose: the PDF must still carry the composed letters.
const NAME = 'Đài Phát thanh Cộng đồng Đặc biệt'.normalize('NFD')
const BODY = 'Ủy ban những người giữ Kế hoạch'.normalize('NFD')
const ctx = { locale: 'vi' as const, appVersion: '9.8.7', generatedOn: '2026-11-27', policyTitle: 'Hà Nội – Kế hoạch 331/KH-UBND (2021)' }

let dir = ''
let input: EngineInput
let scorecard: Scorecard
let rollup: Rollup
let scFile = ''
let scSize = 0

const flat = (s: string) => s.replace(/[ \u00a0\u202f]+/g, ' ')

async function write(name: string, bytes: Uint8Array): Promise<string> {
  const file = join(dir, name)
  writeFileSync(file, bytes)
  return file
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'gim-pdf-test-'))
  const { catalogue } = await readCatalogue('rubrics')
  const rubric = pickDemoRubric(catalogue.rubrics)!
  const ws = generateDemoWorkspace({ seed: 2026, rubric, scale: 0.3 })
  // The first outlet with content and an assessment, renamed with stacked diacritics in NFD.
  const target = ws.outlets.find((o) => ws.contentAssessments.some((c) => c.outletId === o.id) && ws.organisationAssessments.some((a) => a.outletId === o.id))!
  const outlets = ws.outlets.map((o) => (o.id === target.id ? { ...o, name: NAME, governingBody: BODY } : o))
  input = { ...ws, outlets, rubrics: catalogue.rubrics, profile: findProfile(catalogue, 'default')!, policy: findPolicy(catalogue, 'hanoi-331-2021')! }
  scorecard = buildScorecard(input, { outletId: target.id, period: { start: '2026-01-01', end: '2026-09-30' }, at: AT })
  rollup = computeRollup(input, { at: AT })
  const bytes = await renderPdf(scorecardDocument(scorecard, ctx))
  scSize = bytes.length
  scFile = await write('scorecard.pdf', bytes)
}, 120_000)

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true })
})

describe('nfcDeep', () => {
  it('composes every string, in arrays, objects and what functions return', () => {
    const doc = nfcDeep({ a: ['Bộ'.normalize('NFD'), { b: 'ữ'.normalize('NFD') }], f: (n: number) => ({ text: `Trang ${n}`.normalize('NFD') + 'ặ'.normalize('NFD') }), n: 3 })
    expect(doc.a[0]).toBe('Bộ')
    expect((doc.a[1] as { b: string }).b).toBe('ữ')
    expect(doc.f(2).text).toBe('Trang 2ặ')
    expect(doc.n).toBe(3)
  })

  it('leaves no decomposed string in a whole document definition', () => {
    const seen: string[] = []
    const walk = (v: unknown): void => {
      if (typeof v === 'string') seen.push(v)
      else if (Array.isArray(v)) v.forEach(walk)
      else if (v && typeof v === 'object') Object.values(v).forEach(walk)
    }
    const doc = scorecardDocument(scorecard, ctx)
    walk(doc)
    walk(doc.footer!(1, 3))
    expect(seen.some((s) => s.includes('Cộng đồng Đặc biệt'))).toBe(true)
    expect(seen.filter((s) => s !== s.normalize('NFC'))).toEqual([])
  })
})

describe('outlet scorecard PDF', () => {
  it('gives back the Vietnamese titles, names and labels exactly, stacked diacritics included', () => {
    const { flat: text } = pdfText(scFile)
    expect(text).toContain('Bảng điểm Bộ chỉ số GSIM về bình đẳng giới trong truyền thông')
    expect(text).toContain('Đài Phát thanh Cộng đồng Đặc biệt')
    expect(text).toContain('Ủy ban những người giữ Kế hoạch')
    expect(text).toContain('Trạng thái áp dụng theo Kế hoạch')
    expect(text).toContain('Đặc biệt lưu ý')
    for (const word of ['Bộ chỉ số', 'Đặc biệt', 'Kế hoạch', 'những', 'cộng đồng'.replace('c', 'C')]) expect(text).toContain(word)
    expect(text).toContain('Trang 1/')
    expect(text).toContain('Tạo ngày 2026-11-27 bằng GIM Index 9.8.7')
    // Decomposed input would come back as separate marks or boxes; none may be left.
    expect(text).toBe(text.normalize('NFC'))
  })

  it('prints the view-model: level, missing items, sample, scores, every indicator and the trend', () => {
    const { layout, flat: text } = pdfText(scFile)
    const lines = layout.split('\n').map(flat)
    const levelWord = { none: 'Chưa áp dụng', pilot: 'Thí điểm', official: 'Chính thức' }[scorecard.adoption.level]
    expect(text).toContain(`Mức hiện tại: ${levelWord}`)
    const { stream } = pdfText(scFile)
    for (const m of scorecard.adoption.missing) expect(stream).toContain(describeMissing(m, 'vi'))
    expect(text).toContain(`Mẫu: ${formatNumber(scorecard.sample.contentItems, 'vi')} tin bài`)
    expect(text).toContain(`Điểm tổng hợp: ${scorecard.overall === null ? '–' : Math.round(scorecard.overall)}`)
    let shares = 0
    for (const ind of scorecard.indicators) {
      // Long ids ("B1.SO1.I3-expert") wrap after the hyphen onto the cell's next line.
      const cut = ind.indicatorId.indexOf('-') + 1
      const [head, tail] = cut > 0 ? [ind.indicatorId.slice(0, cut), ind.indicatorId.slice(cut)] : [`${ind.indicatorId} `, '']
      const row = lines.find((l, i) => l.trimStart().startsWith(head) && (!tail || (lines[i + 1] ?? '').trimStart().startsWith(tail)))
      expect(row, ind.indicatorId).toBeDefined()
      if (ind.value.kind === 'womenShare' && ind.value.share.value !== null) {
        shares++
        const cells = valueCells(ind.value, 'vi')
        expect(row).toContain(formatPercent(ind.value.share.value, 'vi'))
        expect(row).toContain(` ${cells.n} `)
        expect(row).toContain(cells.interval)
        if (ind.score !== null) expect(row).toContain(String(Math.round(ind.score)))
      }
    }
    expect(shares).toBeGreaterThan(2)
    for (const p of scorecard.trend) {
      // The table row, not the chart's axis line (which lists several quarters).
      const row = lines.find((l) => l.trimStart().startsWith(`${p.quarter} `) && !/Q\d.*Q\d/.test(l))
      expect(row, p.quarter).toBeDefined()
      if (p.share.value !== null) expect(row).toContain(`${formatPercent(p.share.value, 'vi')} ${formatNumber(p.share.denominator, 'vi')}`)
    }
    expect(text).toContain(`Bộ chỉ số: ${scorecard.rubric.rubricId} phiên bản ${scorecard.rubric.rubricVersion}`)
    expect(text).toContain(`Hồ sơ chấm điểm: ${scorecard.profile.id} phiên bản ${scorecard.profile.version}`)
    expect(text).toContain(`Kế hoạch áp dụng: ${scorecard.policy.id} phiên bản ${scorecard.policy.version}`)
  })

  it('has sensible pages, none blank, the chart drawn as vectors in Node, and stays under 300 KB', () => {
    const pages = pdfPages(scFile)
    expect(pages).toBeGreaterThanOrEqual(2)
    expect(pages).toBeLessThanOrEqual(10)
    const ink = pageInk(scFile)
    expect(ink).toHaveLength(pages)
    for (const share of ink) expect(share).toBeGreaterThan(0.002)
    expect(pdfImageCount(scFile)).toBe(0)
    expect(scSize).toBeLessThan(300 * 1024)
  })

  it('embeds a chart PNG when one is given, and only a PNG data URL', async () => {
    // A 1×1 red PNG.
    const png = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg=='
    const withPng = await write('png.pdf', await renderPdf(scorecardDocument(scorecard, { ...ctx, charts: { trend: png } })))
    expect(pdfImageCount(withPng)).toBe(1)
    const doc = scorecardDocument(scorecard, { ...ctx, charts: { trend: 'https://example.org/x.png' } })
    expect(JSON.stringify(doc.content)).not.toContain('example.org')
  })

  it('follows the language: English labels and page numbers', async () => {
    const file = await write('en.pdf', await renderPdf(scorecardDocument(scorecard, { ...ctx, locale: 'en' })))
    const { flat: text } = pdfText(file)
    expect(text).toContain('GSIM gender-sensitive media scorecard')
    expect(text).toContain('Đài Phát thanh Cộng đồng Đặc biệt')
    expect(text).toMatch(/Page 1 of \d/)
    expect(text).toContain(`Sample: ${formatNumber(scorecard.sample.contentItems, 'en')} content items`)
  })
})

describe('department report PDF', () => {
  let file = ''
  beforeAll(async () => {
    file = await write('report.pdf', await renderPdf(departmentReportDocument(rollup, ctx)))
  }, 60_000)

  it('prints the adoption rates, the targets and every outlet with what it lacks', () => {
    const { layout, flat: text, stream } = pdfText(file)
    expect(text).toContain('Báo cáo áp dụng Bộ chỉ số GSIM của các cơ quan báo chí')
    expect(text).toContain(`Thí điểm ${rollup.adoption.pilot.count} ${formatPercent(rollup.adoption.pilot.share!, 'vi')}`)
    expect(text).toContain(`Chính thức ${rollup.adoption.official.count} ${formatPercent(rollup.adoption.official.share!, 'vi')}`)
    expect(text).toContain(`Số cơ quan trong danh sách ${rollup.registerSize}`)
    for (const t of rollup.adoption.targets) expect(text).toContain(`${formatPercent(t.target, 'vi', 0)} ${t.by}`)
    expect(text).toContain('Những điều còn thiếu cho mức tiếp theo')
    for (const row of rollup.byOutlet) {
      expect(stream).toContain(row.name.normalize('NFC'))
      for (const m of row.missing) expect(stream).toContain(describeMissing(m, 'vi'))
    }
    // Comparison rows: the outlet's share of women among people, as the dashboard formats it.
    const lines = layout.slice(layout.indexOf('Bảng so sánh các chỉ báo chính')).split('\n').map(flat)
    let checked = 0
    for (const row of rollup.byOutlet.filter((r) => !r.archived)) {
      const cell = row.values['people.womenShare']
      const line = lines.find((l) => l.trimStart().startsWith(row.name.normalize('NFC')))
      if (!line || !cell || cell.value === null) continue
      expect(line).toContain(cellText(cell, 'vi').split('\n')[0])
      checked++
    }
    expect(checked).toBeGreaterThan(5)
    expect(text).toContain(`Hồ sơ chấm điểm: ${rollup.profile.id} phiên bản ${rollup.profile.version}`)
  })

  it('has pages that are not blank and a page count that grows with the register, not wildly', () => {
    const pages = pdfPages(file)
    expect(pages).toBeGreaterThanOrEqual(3)
    expect(pages).toBeLessThanOrEqual(4 + Math.ceil(rollup.byOutlet.length / 4))
    for (const share of pageInk(file)) expect(share).toBeGreaterThan(0.002)
  })
})

describe('empty inputs', () => {
  it('renders a report for an empty register and a scorecard for an outlet with no data', async () => {
    const empty = computeRollup({ ...input, outlets: [], organisationAssessments: [], contentAssessments: [] }, { at: AT })
    const reportFile = await write('empty-report.pdf', await renderPdf(departmentReportDocument(empty, ctx)))
    const text = pdfText(reportFile).flat
    expect(text).toContain('Chưa có cơ quan nào trong danh sách.')
    expect(text).toContain('Số cơ quan trong danh sách 0')
    const outlet = { ...input.outlets[0]!, id: 'new-outlet', name: 'Tạp chí Những Người Bạn Mới' }
    const bare = buildScorecard({ ...input, outlets: [outlet], organisationAssessments: [], contentAssessments: [] }, { outletId: outlet.id, period: { start: '2026-01-01', end: '2026-09-30' }, at: AT })
    const scoreFile = await write('empty-scorecard.pdf', await renderPdf(scorecardDocument(bare, ctx)))
    const sc = pdfText(scoreFile).flat
    expect(sc).toContain('Tạp chí Những Người Bạn Mới')
    expect(sc).toContain('Mức hiện tại: Chưa áp dụng')
    expect(sc).toContain('chưa có tự đánh giá tổ chức')
    for (const ink of pageInk(scoreFile)) expect(ink).toBeGreaterThan(0.002)
  })
})
