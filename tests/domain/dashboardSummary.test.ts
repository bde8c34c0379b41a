import { describe, expect, it } from 'vitest'
import { rollupFromInput, type RollupInput } from '@/domain/rollup'
import { toDashboardSummary } from '@/domain/dashboardSummary'
import { fullAnswers, items, orgAssessment, outlet, person, testPolicy, testProfile, testRubric } from '../support/engineFixtures'

const AT = '2026-06-30'

function input(): RollupInput {
  return {
    at: AT,
    outlets: [
      outlet('B', { name: 'Báo Bình Minh', kind: 'newspaper', channels: ['print', 'online'] }),
      outlet('A', { name: 'Đài Âu Cơ', kind: 'radio', channels: ['radio'] }),
      outlet('Z', { name: 'Zeta (lưu trữ)', archivedAt: '2026-01-01' }),
    ],
    organisationAssessments: [orgAssessment('B', '2026-01-01', '2026-06-30', fullAnswers())],
    contentAssessments: items(20, 'B', '2026-03-01', { people: [person('female', { quoted: true }), person('male', { quoted: true })] }),
    rubrics: [testRubric()],
    profile: testProfile({ minimumSample: { people: 1, items: 1, staff: 1 } }),
    policy: testPolicy(),
  }
}

describe('toDashboardSummary', () => {
  const full = rollupFromInput(input())
  const summary = toDashboardSummary(full)

  it('keeps every figure the dashboard shows, unchanged', () => {
    expect(summary.adoption).toEqual(full.adoption)
    expect(summary.series).toEqual(full.series)
    expect(summary.breakdowns).toEqual(full.breakdowns)
    expect(summary.registerSize).toBe(full.registerSize)
    expect([summary.policy, summary.profile, summary.at, summary.period]).toEqual([full.policy, full.profile, full.at, full.period])
  })

  it('lists only the outlets behind (not archived, not official), with what each lacks, and no indicator values', () => {
    const expected = full.byOutlet.filter((r) => !r.archived && r.status !== 'official')
    expect(expected.length).toBeGreaterThan(0)
    expect(summary.behind.map((r) => r.outletId)).toEqual(expected.map((r) => r.outletId))
    expect(summary.behind.map((r) => r.outletId)).not.toContain('Z')
    expect(summary.behind[0]).toEqual({ outletId: expected[0]!.outletId, name: expected[0]!.name, kind: expected[0]!.kind, status: expected[0]!.status, missing: expected[0]!.missing })
  })

  it('is a small fraction of the full roll-up, which is what crosses to the main thread', () => {
    expect(JSON.stringify(summary).length).toBeLessThan(JSON.stringify(full).length / 2)
  })
})
