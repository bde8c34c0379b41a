import { describe, expect, it } from 'vitest'
import { payloadChecksum } from '@/platform/checksum'
import { parseCsv } from '@/platform/csv'
import { demoOutletFiles, generateDemoWorkspace, mulberry32 } from '@/domain/demo'
import { parseRegisterRows } from '@/domain/register'
import { readSubmission, UUID_PATTERN } from '@/domain/submission'
import { applicableQuestions, isAnswered } from '@/domain/completeness'
import { testRubric } from '../support/testRubric'

const rubric = testRubric()
const ws = generateDemoWorkspace({ seed: 7, rubric })

describe('generateDemoWorkspace', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    expect(generateDemoWorkspace({ seed: 7, rubric })).toEqual(ws)
    const other = generateDemoWorkspace({ seed: 8, rubric })
    expect(other.contentAssessments.map((a) => a.id)).not.toEqual(ws.contentAssessments.map((a) => a.id))
  })

  it('mulberry32 gives the same stream for the same seed, in [0, 1)', () => {
    const a = mulberry32(42)
    const b = mulberry32(42)
    const xs = Array.from({ length: 1000 }, () => a())
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b()))
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true)
  })

  it('has 16 fictional Hanoi outlets of every kind, 2022–2026, ~10–20k content items', () => {
    expect(ws.outlets).toHaveLength(16)
    expect(new Set(ws.outlets.map((o) => o.kind))).toEqual(new Set(['newspaper', 'television', 'online', 'radio', 'magazine', 'broadcaster', 'association']))
    expect(ws.contentAssessments.length).toBeGreaterThan(10_000)
    expect(ws.contentAssessments.length).toBeLessThan(20_000)
    const dates = ws.contentAssessments.map((a) => a.date).sort()
    expect(dates[0]! >= '2022-01-01').toBe(true)
    expect(dates.at(-1)! < '2026-11-01').toBe(true)
    const ids = [...ws.outlets, ...ws.organisationAssessments, ...ws.contentAssessments].map((r) => r.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ws.contentAssessments.every((a) => UUID_PATTERN.test(a.id) && a.id[14] === '4')).toBe(true)
  })

  it('nothing is dated after "now", and updatedAt never precedes createdAt', () => {
    const now = '2025-06-30T00:00:00Z'
    const early = generateDemoWorkspace({ seed: 7, rubric, now })
    const all = [...early.outlets, ...early.organisationAssessments, ...early.contentAssessments]
    expect(all.every((r) => r.createdAt < now && r.updatedAt < now && r.updatedAt >= r.createdAt)).toBe(true)
    expect(early.outlets.filter((o) => o.adoptionDecision).every((o) => o.adoptionDecision!.date < '2025-06-30')).toBe(true)
  })

  it('adoption rises: decisions for a few outlets, more outlets coding each year, some never', () => {
    const decided = ws.outlets.filter((o) => o.adoptionDecision).map((o) => o.adoptionDecision!.date).sort()
    expect(decided).toHaveLength(4)
    expect(decided[0]! < '2025-01-01').toBe(true)
    const activeIn = (year: string) => new Set(ws.contentAssessments.filter((a) => a.date.startsWith(year)).map((a) => a.outletId)).size
    expect(activeIn('2022')).toBeLessThan(activeIn('2024'))
    expect(activeIn('2024')).toBeLessThan(activeIn('2025'))
    expect(activeIn('2025')).toBeGreaterThanOrEqual(11)
    const withData = new Set([...ws.contentAssessments, ...ws.organisationAssessments].map((a) => a.outletId))
    expect(ws.outlets.length - withData.size).toBe(2)
  })

  it('codes people with the rubric code lists, broadcast speaking time and ad codings', () => {
    const lists = rubric.contentCoding.codeLists
    const fn = new Set(lists.function.map((c) => c.code))
    const occ = new Set(lists.occupation.map((c) => c.code))
    const people = ws.contentAssessments.flatMap((a) => a.people)
    expect(people.every((p) => fn.has(p.function) && occ.has(p.occupation))).toBe(true)
    const women = people.filter((p) => p.sex === 'female').length / people.length
    expect(women).toBeGreaterThan(0.2)
    expect(women).toBeLessThan(0.45)
    expect(people.filter((p) => p.sex === 'female').every((p) => / (Thị|Ngọc|Thu|Minh|Thanh|Hồng|Diệu) /.test(p.name ?? ''))).toBe(true)
    const broadcast = ws.contentAssessments.filter((a) => a.kind === 'broadcast')
    expect(broadcast.length).toBeGreaterThan(100)
    expect(broadcast.every((a) => a.speakingSeconds !== undefined && a.journalists.some((j) => j.role === 'presenter'))).toBe(true)
    const ads = ws.contentAssessments.filter((a) => a.kind === 'advertisement')
    expect(ads.length).toBeGreaterThan(100)
    const adOutlets = new Set(ws.outlets.filter((o) => o.carriesAds).map((o) => o.id))
    expect(ads.every((a) => a.ad !== undefined && adOutlets.has(a.outletId))).toBe(true)
  })

  it('official outlets have complete organisation assessments answering every applicable question', () => {
    const complete = ws.organisationAssessments.filter((a) => a.status === 'complete')
    expect(complete.length).toBeGreaterThan(5)
    for (const a of complete) {
      const outlet = ws.outlets.find((o) => o.id === a.outletId)!
      for (const { question } of applicableQuestions(rubric, outlet)) {
        if (question.required) expect(isAnswered(question, a.answers[question.id]), `${a.id} ${question.id}`).toBe(true)
      }
    }
    // Pilots answer A1 in full.
    for (const a of ws.organisationAssessments) {
      expect(isAnswered(rubric.sections[0]!.indicators[0]!.questions[0]!, a.answers['A1.1.board'])).toBe(true)
    }
  })
})

describe('demoOutletFiles', () => {
  it('writes one valid submission per outlet with data, names left out, and the register CSV', async () => {
    const { files, registerCsv } = await demoOutletFiles(ws, { app: { name: 'GIM Index', version: '0.1.0' }, checksum: payloadChecksum })
    expect(files).toHaveLength(14)
    expect(new Set(files.map((f) => f.fileName)).size).toBe(14)
    let items = 0
    for (const f of files) {
      const r = await readSubmission(f.text, { checksum: payloadChecksum, rubricKnown: (id, v) => id === rubric.id && v === rubric.version })
      expect(r.ok ? 'ok' : JSON.stringify(r.problems.slice(0, 3)), f.fileName).toBe('ok')
      if (r.ok) {
        items += r.submission.payload.contentAssessments.length
        expect(r.submission.payload.includesNames).toBe(false)
      }
      expect(f.text).not.toMatch(/"name": "(Nguyễn|Trần|Lê) /)
    }
    expect(items).toBe(ws.contentAssessments.length)
    const register = parseRegisterRows(parseCsv(registerCsv).rows, { newId: () => 'x', now: '2026-01-01T00:00:00Z' })
    expect(register.report.every((r) => r.status === 'ok')).toBe(true)
    expect(register.outlets.map((o) => [o.id, o.name, o.adoptionDecision])).toEqual(ws.outlets.map((o) => [o.id, o.name, o.adoptionDecision]))
  })
})
