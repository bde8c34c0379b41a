// gim scorecard and gim report on generated submission files: the PDFs they write carry the same
// figures as the engine over the same records; bad options fail with a message and exit code 1.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { existsSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readCatalogue } from '@/cli/files'
import { run as report } from '@/cli/report'
import { run as scorecard } from '@/cli/scorecard'
import { demoOutletFiles, generateDemoWorkspace, pickDemoRubric, type DemoWorkspace } from '@/domain/demo'
import { formatPercent } from '@/i18n/format'
import { payloadChecksum } from '@/platform/checksum'
import { pageInk, pdfText } from './poppler'

let dir = ''
let files: string[] = []
let ws: DemoWorkspace
const AT = '2026-09-30'

async function quiet(run: (args: string[]) => Promise<number>, args: string[]): Promise<{ code: number; err: string }> {
  let err = ''
  const error = vi.spyOn(console, 'error').mockImplementation((...parts: unknown[]) => {
    err += `${parts.join(' ')}\n`
  })
  try {
    return { code: await run(args), err }
  } finally {
    error.mockRestore()
  }
}

beforeAll(async () => {
  const { catalogue } = await readCatalogue('rubrics')
  ws = generateDemoWorkspace({ seed: 11, rubric: pickDemoRubric(catalogue.rubrics)!, scale: 0.1 })
  const { files: demo, registerCsv } = await demoOutletFiles(ws, { app: { name: 'GIM Index', version: 'test' }, checksum: payloadChecksum })
  dir = await mkdtemp(join(tmpdir(), 'gim-pdf-cli-'))
  for (const f of demo) {
    const path = join(dir, f.fileName)
    await writeFile(path, f.text, 'utf8')
    files.push(path)
  }
  await writeFile(join(dir, 'register.csv'), registerCsv, 'utf8')
}, 60_000)

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true })
  files = []
})

describe('gim scorecard', () => {
  it('writes the outlet scorecard PDF (by id or by name) in the chosen language', async () => {
    // An outlet with coded content (the demo writes files only for outlets with data).
    const outlet = ws.outlets.find((o) => ws.contentAssessments.some((c) => c.outletId === o.id))!
    const out = join(dir, 'sc.pdf')
    const { code, err } = await quiet(scorecard, ['--outlet', outlet.id, '--policy', 'hanoi-331-2021', '--at', AT, '--out', out, ...files])
    expect(code, err).toBe(0)
    expect(err).toMatch(/Wrote .*sc\.pdf \(\d+\.\d KB\)/)
    const { flat } = pdfText(out)
    expect(flat).toContain('Bảng điểm Bộ chỉ số GSIM về bình đẳng giới trong truyền thông')
    expect(flat).toContain(outlet.name)
    expect(flat).toContain('Kỳ 2026 (2026-01-01 – 2026-12-31)')
    expect(flat).toContain(`Ngày xét trạng thái ${AT}`)
    for (const ink of pageInk(out)) expect(ink).toBeGreaterThan(0.002)

    const en = join(dir, 'sc-en.pdf')
    expect((await quiet(scorecard, ['--outlet', outlet.name, '--policy', 'national-1790-2021', '--at', AT, '--period', '2026-Q2', '--locale', 'en', '--out', en, ...files])).code).toBe(0)
    const text = pdfText(en).flat
    expect(text).toContain('GSIM gender-sensitive media scorecard')
    expect(text).toContain('Adoption policy: national-1790-2021')
    expect(text).toContain('2026-Q2 (2026-04-01 – 2026-06-30)')
  })

  it('refuses bad options and unknown outlets with a message and exit code 1', async () => {
    const out = join(dir, 'never.pdf')
    const missingOut = await quiet(scorecard, ['--outlet', 'x', '--policy', 'hanoi-331-2021', '--at', AT, ...files])
    expect(missingOut.code).toBe(1)
    expect(missingOut.err).toContain('--out <file.pdf> is required')
    const badLocale = await quiet(scorecard, ['--outlet', 'x', '--policy', 'hanoi-331-2021', '--at', AT, '--out', out, '--locale', 'fr'])
    expect(badLocale.err).toContain("--locale must be vi or en, not 'fr'")
    const unknown = await quiet(scorecard, ['--outlet', 'no-such-outlet', '--policy', 'hanoi-331-2021', '--at', AT, '--out', out, ...files])
    expect(unknown.code).toBe(1)
    expect(unknown.err).toContain("Outlet 'no-such-outlet' is in none of the files read")
    const policy = await quiet(scorecard, ['--outlet', ws.outlets[0]!.id, '--policy', 'nowhere', '--at', AT, '--out', out, ...files])
    expect(policy.code).toBe(1)
    expect(policy.err).toContain("Unknown policy 'nowhere'")
    expect(existsSync(out)).toBe(false)
  })
})

describe('gim report', () => {
  it('writes the department report with the register, the same counts as gim rollup', async () => {
    const out = join(dir, 'report.pdf')
    const { code, err } = await quiet(report, ['--policy', 'hanoi-331-2021', '--at', AT, '--register', join(dir, 'register.csv'), '--out', out, ...files])
    expect(code, err).toBe(0)
    const m = /(\d+) outlets, pilot (\d+), official (\d+)/.exec(err)!
    const [outlets, pilot] = [Number(m[1]), Number(m[2])]
    expect(outlets).toBe(ws.outlets.length)
    const { flat } = pdfText(out)
    expect(flat).toContain('Báo cáo áp dụng Bộ chỉ số GSIM của các cơ quan báo chí')
    expect(flat).toContain(`Thí điểm ${pilot} ${formatPercent(pilot / outlets, 'vi')}`)
    expect(flat).toContain(`Số cơ quan trong danh sách ${outlets}`)
    for (const ink of pageInk(out)) expect(ink).toBeGreaterThan(0.002)
  })

  it('refuses a missing --at and an unreadable register', async () => {
    const noAt = await quiet(report, ['--policy', 'hanoi-331-2021', '--out', join(dir, 'x.pdf'), ...files])
    expect(noAt.code).toBe(1)
    expect(noAt.err).toContain('--at <YYYY-MM-DD> is required')
    const reg = await quiet(report, ['--policy', 'hanoi-331-2021', '--at', AT, '--register', join(dir, 'nope.csv'), '--out', join(dir, 'x.pdf'), ...files])
    expect(reg.code).toBe(1)
    expect(reg.err).toContain('nope.csv: cannot be read')
  })
})
