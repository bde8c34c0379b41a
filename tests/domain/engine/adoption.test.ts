import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { adoptionLevel, adoptionRates, adoptionSeries, adoptionStatus, describeMissing, prepareAdoption, projectShare, targetProgress, type AdoptionSeriesPoint } from '@/domain/adoption'
import type { AdoptionLevel } from '@/domain/adoptionPolicy'
import type { ContentAssessment, OrganisationAssessment } from '@/domain/assessment'
import { buildContentColumns } from '@/domain/contentColumns'
import type { Outlet } from '@/domain/outlet'
import { addDays, quarterPeriod } from '@/domain/period'
import { fullAnswers, items, orgAssessment, outlet, testPolicy, testRubric } from '../../support/engineFixtures'

const policy = testPolicy()
const rubric = testRubric()
const AT = '2026-06-30'
const WINDOW = { start: '2025-07-01', end: '2026-06-30' }
const a1Only = () => {
  const { board, leaders, pay, harassment } = fullAnswers()
  return { board: board!, leaders: leaders!, pay: pay!, harassment: harassment! }
}

function statusOf(o: Outlet, content: ContentAssessment[], org: OrganisationAssessment[], at = AT) {
  const ctx = prepareAdoption({ outlets: [o], organisationAssessments: org, rubrics: [rubric], columns: buildContentColumns(content) })
  const status = adoptionStatus(ctx, o, at, policy)
  // the fast path of the series must always agree with the explained status
  expect(adoptionLevel(ctx, o, at, policy)).toBe(status.level)
  return status
}

/** 40 print items in each quarter from 2025-Q3 to 2026-Q2 (the middle day of each). */
function officialContent(id: string, channel: ContentAssessment['channel'] = 'print'): ContentAssessment[] {
  return ['2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2'].flatMap((q) => items(40, id, addDays(quarterPeriod(q).start, 40), { channel }))
}

describe('adoption status', () => {
  it('none: nothing assessed, too few items — with what is missing', () => {
    const s = statusOf(outlet('N'), items(5, 'N', '2026-01-10'), [])
    expect(s.level).toBe('none')
    expect(s.missing).toEqual([
      { code: 'noOrganisationAssessment', window: WINDOW },
      { code: 'contentItemsInWindow', window: WINDOW, have: 5, need: 20, missing: 15 },
    ])
    expect(describeMissing(s.missing[1]!, 'en')).toBe('15 more content items from 2025-07-01 to 2026-06-30 (5 of 20)')
    expect(describeMissing(s.missing[1]!, 'vi')).toBe('cần thêm 15 tin bài được mã hóa từ 2025-07-01 đến 2026-06-30 (có 5/20)')
  })

  it.each([
    // items dated …, counted in the window ending 2026-06-30?
    ['2025-07-01', 'pilot'], // first day of the window: in
    ['2026-06-30', 'pilot'], // the date itself: in
    ['2025-06-30', 'none'], // the day before the window: out
    ['2026-07-01', 'none'], // after the date: out
  ] as const)('window edges: 20 items dated %s → %s', (date, level) => {
    const s = statusOf(outlet('E'), items(20, 'E', date), [orgAssessment('E', '2026-01-01', '2026-12-31', a1Only())])
    expect(s.level).toBe(level)
  })

  it('an assessment whose period starts after the date does not count yet; one overlapping the window does', () => {
    expect(statusOf(outlet('F'), items(20, 'F', '2026-03-01'), [orgAssessment('F', '2026-07-01', '2026-12-31', a1Only())]).pilot.missing).toEqual([
      { code: 'noOrganisationAssessment', window: WINDOW },
    ])
    expect(statusOf(outlet('F'), items(20, 'F', '2026-03-01'), [orgAssessment('F', '2024-07-01', '2025-07-01', a1Only())]).level).toBe('pilot')
    expect(statusOf(outlet('F'), items(20, 'F', '2026-03-01'), [orgAssessment('F', '2024-07-01', '2025-06-30', a1Only())]).level).toBe('none')
  })

  it('A1 partly answered → sectionNotAssessed A1', () => {
    const { board } = fullAnswers()
    const s = statusOf(outlet('P'), items(20, 'P', '2026-01-10'), [orgAssessment('P', '2026-01-01', '2026-12-31', { board: board! })])
    expect(s.level).toBe('none')
    expect(s.missing).toEqual([{ code: 'sectionNotAssessed', section: 'A1' }])
    expect(describeMissing(s.missing[0]!, 'en')).toBe('A1 not assessed')
  })

  it('pilot, with what official still needs', () => {
    const s = statusOf(outlet('P'), items(20, 'P', '2026-01-10'), [orgAssessment('P', '2026-01-01', '2026-12-31', a1Only())])
    expect(s.level).toBe('pilot')
    expect(s.pilot).toEqual({ met: true, missing: [] })
    expect(s.missing).toEqual([
      { code: 'noAdoptionDecision' },
      { code: 'sectionNotAssessed', section: 'A2' },
      { code: 'contentItemsInQuarter', quarter: '2025-Q3', have: 0, need: 40, missing: 40 },
      { code: 'contentItemsInQuarter', quarter: '2025-Q4', have: 0, need: 40, missing: 40 },
      { code: 'contentItemsInQuarter', quarter: '2026-Q1', have: 20, need: 40, missing: 20 },
      { code: 'contentItemsInQuarter', quarter: '2026-Q2', have: 0, need: 40, missing: 40 },
    ])
    expect(describeMissing(s.missing[0]!, 'vi')).toBe('chưa ghi nhận quyết định áp dụng')
    expect(describeMissing(s.missing[4]!, 'en')).toBe('20 more content items in 2026-Q1 (20 of 40)')
  })

  const decided = (id: string, date = '2026-01-15', extra: Partial<Outlet> = {}) => outlet(id, { adoptionDecision: { reference: 'QĐ 5/QĐ-BHN', date }, ...extra })

  it('official on the last day of a quarter; the day before, the oldest quarter moves back', () => {
    const o = decided('O')
    const org = [orgAssessment('O', '2025-07-01', '2026-06-30', fullAnswers())]
    expect(statusOf(o, officialContent('O'), org).level).toBe('official')
    expect(statusOf(o, officialContent('O'), org).missing).toEqual([])
    const before = statusOf(o, officialContent('O'), org, '2026-06-29')
    expect(before.level).toBe('pilot')
    expect(before.missing).toEqual([{ code: 'contentItemsInQuarter', quarter: '2025-Q2', have: 0, need: 40, missing: 40 }])
  })

  it('decision dated after the date, draft assessment, uncovered channel', () => {
    const org = [orgAssessment('O', '2025-07-01', '2026-06-30', fullAnswers())]
    expect(statusOf(decided('O', '2026-07-01'), officialContent('O'), org).missing).toEqual([{ code: 'adoptionDecisionAfterDate', decisionDate: '2026-07-01' }])
    const draft = [orgAssessment('O', '2025-07-01', '2026-06-30', fullAnswers(), { status: 'draft' })]
    const s = statusOf(decided('O'), officialContent('O'), draft)
    expect(s.missing).toEqual([{ code: 'organisationAssessmentNotComplete', assessmentId: draft[0]!.id }])
    const two = decided('O', '2026-01-15', { channels: ['print', 'online'] })
    const c = statusOf(two, officialContent('O'), org)
    expect(c.level).toBe('pilot')
    expect(c.missing.map((m) => (m.code === 'channelNotCoveredInQuarter' ? `${m.quarter}:${m.channel}` : m.code))).toEqual([
      '2025-Q3:online',
      '2025-Q4:online',
      '2026-Q1:online',
      '2026-Q2:online',
    ])
    expect(describeMissing(c.missing[0]!, 'en')).toBe('no online content items in 2025-Q3')
  })

  it('rates over the register: never-submitted outlets count as none; archived ones leave the denominator', () => {
    const register = [
      decided('O'),
      outlet('P'),
      outlet('N'),
      outlet('Z'), // never submitted
      outlet('R', { archivedAt: '2026-06-01' }), // pilot, archived
    ]
    const content = [...officialContent('O'), ...items(20, 'P', '2026-01-10'), ...items(3, 'N', '2026-01-10'), ...items(20, 'R', '2026-01-10')]
    const org = [
      orgAssessment('O', '2025-07-01', '2026-06-30', fullAnswers()),
      orgAssessment('P', '2026-01-01', '2026-06-30', a1Only()),
      orgAssessment('R', '2026-01-01', '2026-06-30', a1Only()),
    ]
    const ctx = prepareAdoption({ outlets: register, organisationAssessments: org, rubrics: [rubric], columns: buildContentColumns(content) })
    expect(adoptionRates(ctx, AT, policy)).toEqual({
      at: AT,
      registerSize: 4,
      none: { count: 2, share: 0.5 },
      pilot: { count: 2, share: 0.5 },
      official: { count: 1, share: 0.25 },
    })
    // the day before archiving, R is still in: 5 outlets, 3 at pilot or above
    expect(adoptionRates(ctx, '2026-05-31', policy)).toMatchObject({ registerSize: 5, pilot: { count: 3, share: 0.6 } })
    const series = adoptionSeries(ctx, policy, AT)
    expect(series.points).toHaveLength(108)
    expect(series.points[0]).toMatchObject({ month: '2022-01', at: '2022-01-31', observed: true, pilot: { count: 0 } })
    expect(series.points.find((p) => p.month === '2026-06')).toMatchObject({ observed: true, registerSize: 4, pilot: { count: 2 } })
    expect(series.points.find((p) => p.month === '2026-07')!.observed).toBe(false)
    const targets = targetProgress(ctx, policy, AT, adoptionRates(ctx, AT, policy), series)
    expect(targets[0]).toMatchObject({ level: 'pilot', target: 0.8, by: '2025-12-31', current: 0.5, met: false, outletsNeeded: 2 })
    expect(targets[0]!.gap).toBeCloseTo(0.3, 9)
    // 2025-12-31 has passed: its share is observed, not projected (only O had 40 items in 2025-Q3/Q4: none at pilot without an assessment)
    expect(targets[0]!.projection).toMatchObject({ method: 'observed', willMeet: false })
    expect(targets[1]).toMatchObject({ level: 'official', target: 1, current: 0.25, gap: 0.75, outletsNeeded: 3, projection: { method: 'leastSquares12Months' } })
  })

  it('projection: least squares over the last 12 observed months, clamped to [0, 1]', () => {
    const points: AdoptionSeriesPoint[] = Array.from({ length: 24 }, (_, i) => {
      const month = `${2025 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`
      const share = i < 12 ? 0.9 : 0.1 + 0.02 * (i - 12) // the older year must not weigh in
      return { month, at: `${month}-28`, observed: i < 24, registerSize: 100, none: { count: 0, share: 0 }, pilot: { count: 0, share }, official: { count: 0, share: 0 } }
    })
    const p = projectShare(points, 'pilot', '2027-12-31')
    expect(p.fittedFrom).toBe('2026-01')
    expect(p.fittedTo).toBe('2026-12')
    expect(p.slopePerMonth).toBeCloseTo(0.02, 9)
    // 2026-12 share 0.32; 12 months later: 0.32 + 0.24 = 0.56
    expect(p.shareAtTarget).toBeCloseTo(0.56, 9)
    expect(projectShare(points, 'pilot', '2035-12-31').shareAtTarget).toBe(1)
  })
})

describe('adoption properties', () => {
  const levelRank: Record<AdoptionLevel, number> = { none: 0, pilot: 1, official: 2 }
  const dates = ['2025-09-10', '2025-11-20', '2026-01-10', '2026-02-15', '2026-04-10', '2026-05-20', '2026-06-30', '2026-07-01']

  it('an outlet’s status never rises when evidence is removed', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ d: fc.constantFrom(...dates), n: fc.integer({ min: 0, max: 50 }), online: fc.boolean() }), { maxLength: 8 }),
        fc.boolean(),
        fc.constantFrom('full', 'a1', 'draft', 'none'),
        fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }),
        fc.boolean(),
        (batches, decision, assessment, keep, dropDecision) => {
          const o = outlet('Q', { channels: ['print', 'online'], ...(decision ? { adoptionDecision: { reference: 'QĐ 1', date: '2026-01-01' } } : {}) })
          const content = batches.flatMap((b) => items(b.n, 'Q', b.d, { channel: b.online ? 'online' : 'print' }))
          const org =
            assessment === 'none'
              ? []
              : [orgAssessment('Q', '2025-07-01', '2026-06-30', assessment === 'a1' ? a1Only() : fullAnswers(), { status: assessment === 'draft' ? 'draft' : 'complete' })]
          const before = statusOf(o, content, org)
          const fewer = content.filter((_, i) => keep[i % 10])
          const lessOrg = keep[0] ? org : []
          const o2 = dropDecision ? outlet('Q', { channels: ['print', 'online'] }) : o
          const after = statusOf(o2, fewer, lessOrg)
          expect(levelRank[after.level]).toBeLessThanOrEqual(levelRank[before.level])
        },
      ),
      { numRuns: 60 },
    )
  })

  it('rates equal counts over the register size', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 30 }), fc.boolean(), fc.boolean()), { maxLength: 12 }), (specs) => {
        const outlets = specs.map(([, , archived], i) => outlet(`o${i}`, archived ? { archivedAt: '2026-03-01' } : {}))
        const content = specs.flatMap(([n], i) => items(n, `o${i}`, '2026-02-01'))
        const org = specs.flatMap(([, assessed], i) => (assessed ? [orgAssessment(`o${i}`, '2026-01-01', '2026-06-30', a1Only())] : []))
        const ctx = prepareAdoption({ outlets, organisationAssessments: org, rubrics: [rubric], columns: buildContentColumns(content) })
        const r = adoptionRates(ctx, AT, policy)
        const size = specs.filter(([, , archived]) => !archived).length
        expect(r.registerSize).toBe(size)
        expect(r.none.count + r.pilot.count).toBe(size)
        for (const level of ['none', 'pilot', 'official'] as const) expect(r[level].share).toBe(size === 0 ? null : r[level].count / size)
        const counted = outlets.filter((o) => !o.archivedAt).filter((o) => adoptionStatus(ctx, o, AT, policy).level !== 'none').length
        expect(r.pilot.count).toBe(counted)
      }),
      { numRuns: 40 },
    )
  })
})
