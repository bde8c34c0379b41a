import { describe, expect, it } from 'vitest'
import { rollupFromInput, type RollupInput } from '@/domain/rollup'
import { buildScorecard } from '@/domain/scorecard'
import { trailingWindow } from '@/domain/period'
import { fullAnswers, item, items, orgAssessment, outlet, person, testPolicy, testProfile, testRubric } from '../../support/engineFixtures'

const AT = '2026-06-30'

function input(): RollupInput {
  const a1 = () => {
    const { board, leaders, pay, harassment } = fullAnswers()
    return { board: board!, leaders: leaders!, pay: pay!, harassment: harassment! }
  }
  return {
    at: AT,
    outlets: [
      outlet('B', { name: 'Báo Bình Minh', kind: 'newspaper', channels: ['print', 'online'] }),
      outlet('A', { name: 'Đài Âu Cơ', kind: 'radio', channels: ['radio'] }),
      outlet('C', { name: 'Tạp chí Cánh Diều', kind: 'magazine', channels: ['print'] }),
      outlet('Z', { name: 'Zeta (lưu trữ)', archivedAt: '2026-01-01' }),
    ],
    organisationAssessments: [orgAssessment('B', '2026-01-01', '2026-06-30', a1()), orgAssessment('A', '2026-01-01', '2026-06-30', fullAnswers())],
    contentAssessments: [
      ...items(20, 'B', '2026-03-01', { people: [person('female', { quoted: true }), person('male', { quoted: true })] }),
      ...items(10, 'A', '2026-03-01', { channel: 'radio', kind: 'broadcast', people: [person('male', { quoted: true }), person('male', { quoted: true }), person('female', { quoted: true }), person('male')] }),
      item('C', '2026-03-01', { people: [person('female', { quoted: true })] }),
    ],
    rubrics: [testRubric()],
    profile: testProfile({ minimumSample: { people: 1, items: 1, staff: 1 } }),
    policy: testPolicy(),
  }
}

describe('department roll-up', () => {
  const progress: number[] = []
  const r = rollupFromInput(input(), (fraction) => progress.push(fraction))

  it('adoption over the register at the date (archived outlets out, outlets without files none)', () => {
    expect(r.registerSize).toBe(3)
    expect(r.adoption.pilot).toEqual({ count: 1, share: 1 / 3 }) // only B: A has 10 items (< 20), C no assessment
    expect(r.adoption.official).toEqual({ count: 0, share: 0 })
    expect(r.adoption.none.count).toBe(2)
    expect(r.adoption.targets.map((t) => [t.level, t.gap])).toEqual([
      ['pilot', expect.closeTo(0.8 - 1 / 3, 9)],
      ['official', 1],
    ])
    expect(r.period).toEqual(trailingWindow(AT, 12))
    expect(r.series.points).toHaveLength(108)
  })

  it('rows sorted by name (Vietnamese collation), archived flagged, missing lists and values with n', () => {
    expect(r.byOutlet.map((x) => x.outletId)).toEqual(['B', 'A', 'C', 'Z']) // Báo < Đài (Đ after D) < Tạp chí < Zeta
    expect(r.byOutlet.find((x) => x.outletId === 'Z')!.archived).toBe(true)
    const a = r.byOutlet.find((x) => x.outletId === 'A')!
    expect(a.status).toBe('none')
    expect(a.missing).toEqual([{ code: 'contentItemsInWindow', window: trailingWindow(AT, 12), have: 10, need: 20, missing: 10 }])
    // A's sources: 10 items × (M, M, F) quoted → 10 women of 30
    expect(a.values['sources.womenShare']).toMatchObject({ value: 1 / 3, n: 30 })
    expect(a.values['people.womenShare']).toMatchObject({ value: 10 / 40, n: 40 })
    expect(r.byOutlet.find((x) => x.outletId === 'B')!.values['sources.womenShare']).toMatchObject({ value: 0.5, n: 40 })
    expect(r.totals).toEqual({ contentItems: 31, people: 81, organisationAssessments: 2 })
  })

  it('scores equal the outlet scorecard for the same period', () => {
    for (const id of ['A', 'B', 'C']) {
      const card = buildScorecard(input(), { outletId: id, period: r.period, at: AT })
      const row = r.byOutlet.find((x) => x.outletId === id)!
      expect(row.scores.overall).toBe(card.overall)
      expect(row.scores.categories).toEqual(card.categories)
      expect(row.status).toBe(card.adoption.level)
      for (const i of card.indicators) expect(row.values[i.indicatorId]!.score).toBe(i.score)
    }
  })

  it('matrix, rankings, distributions and breakdowns agree with the rows', () => {
    expect(r.matrix.outletIds).toEqual(r.byOutlet.map((x) => x.outletId))
    expect(r.matrix.keys).toEqual(r.columns.map((c) => c.key))
    expect(r.matrix.cells[0]![r.matrix.keys.indexOf('sources.womenShare')]).toEqual(r.byOutlet[0]!.values['sources.womenShare'])
    const sources = r.rankings.find((x) => x.key === 'sources.womenShare')!
    expect(sources.rows.map((x) => [x.rank, x.outletId, x.value])).toEqual([
      [1, 'C', 1],
      [2, 'B', 0.5],
      [3, 'A', 1 / 3],
    ])
    const hist = r.distributions.find((d) => d.key === 'sources.womenShare')!
    expect(hist.bins).toHaveLength(10)
    expect(hist.bins[9]!.count).toBe(1) // C at 1.0 falls in the last bin
    expect(hist.bins[5]!.count).toBe(1) // B at 0.5
    expect(hist.bins[3]!.count).toBe(1) // A at 0.333
    expect(hist.missing).toBe(0)
    expect(r.breakdowns.byKind.map((b) => [b.key, b.outlets, b.pilot])).toEqual([
      ['magazine', 1, 0],
      ['newspaper', 1, 1],
      ['radio', 1, 0],
    ])
    const print = r.breakdowns.byChannel.find((b) => b.key === 'print')!
    // B and C pooled: women 20 + 1, men 20
    expect(print).toMatchObject({ outlets: 2, pilot: 1, sourcesWomenShare: { numerator: 21, denominator: 41 } })
  })

  it('reports progress from 0 to 1 in order', () => {
    expect(progress.length).toBeGreaterThan(3)
    expect([...progress].sort((a, b) => a - b)).toEqual(progress)
    expect(progress.at(-1)).toBe(1)
  })

  it('an empty register gives no shares, never a division by zero', () => {
    const e = rollupFromInput({ ...input(), outlets: [], organisationAssessments: [], contentAssessments: [] })
    expect(e.registerSize).toBe(0)
    expect(e.adoption.pilot).toEqual({ count: 0, share: null })
    expect(e.byOutlet).toEqual([])
    expect(e.adoption.targets[0]).toMatchObject({ current: null, gap: null, met: false })
  })
})
