import { describe, expect, it } from 'vitest'
import { toAdoptionLineSpec, toBreakdownBarSpec, toIndicatorBarSpec } from '@/charts/departmentCharts'
import type { AdoptionSeries, TargetProgress } from '@/domain/adoption'
import { rows } from '../support/departmentRows'

const point = (month: string, pilot: number, official: number) => ({
  month,
  observed: month <= '2025-12',
  at: `${month}-28`,
  registerSize: 10,
  none: { count: 10 - pilot, share: (10 - pilot) / 10 },
  pilot: { count: pilot, share: pilot / 10 },
  official: { count: official, share: official / 10 },
})

const series: AdoptionSeries = {
  policyId: 'hanoi-331-2021',
  policyVersion: '1.0.0',
  from: '2025-10',
  to: '2026-03',
  points: [point('2025-10', 4, 0), point('2025-11', 5, 1), point('2025-12', 6, 1), point('2026-01', 6, 2), point('2026-02', 7, 2), point('2026-03', 7, 2)],
}

const target = (level: 'pilot' | 'official', share: number, by: string, current: number, atTarget: number | null): TargetProgress => ({
  level, target: share, by, current, gap: Math.max(0, share - current), outletsNeeded: 0, met: current >= share,
  projection: { method: 'leastSquares12Months', fittedFrom: null, fittedTo: null, slopePerMonth: 0.01, shareAtTarget: atTarget, willMeet: atTarget === null ? null : atTarget >= share },
})

const words = {
  pilot: 'Thí điểm',
  official: 'Chính thức',
  projection: (l: string) => `Dự báo (${l})`,
  target: (l: string, y: string, s: number) => `${l} ${y}: ${s * 100} %`,
}

describe('charts/departmentCharts', () => {
  it('draws observed shares up to the date, a dashed projection to each future target, and the targets as markers', () => {
    const targets = [target('pilot', 0.8, '2026-06-30', 0.6, 0.9), target('official', 1, '2026-12-31', 0.2, 0.5)]
    const current = { at: '2026-01-20', pilot: { count: 6, share: 0.6 }, official: { count: 2, share: 0.2 } }
    const spec = toAdoptionLineSpec(series, targets, current, words)
    expect(spec.labels[0]).toBe('2025-10')
    expect(spec.labels.at(-1)).toBe('2026-12')
    const pilot = spec.series[0]!.values
    // Month ends observed up to 2025-12, then the rates on the date asked about (2026-01-20).
    expect(pilot.slice(0, 4)).toEqual([0.4, 0.5, 0.6, 0.6])
    expect(spec.series[1]!.values[3]).toBe(0.2)
    expect(pilot[4]).toBeNull() // after the date asked about
    const projection = spec.series[2]!
    expect(projection).toMatchObject({ label: 'Dự báo (pilot)', dashed: true })
    expect(projection.values[2]).toBeNull()
    expect(projection.values[3]).toBeCloseTo(0.6)
    expect(projection.values[8]).toBeCloseTo(0.9) // 2026-06, the target month
    expect(projection.values[9]).toBeNull()
    expect(spec.markers).toEqual([
      expect.objectContaining({ label: 'pilot 2026: 80 %', at: '2026-06', value: 0.8 }),
      expect.objectContaining({ label: 'official 2026: 100 %', at: '2026-12', value: 1 }),
    ])
  })

  it('draws no projection for a target date already past', () => {
    const current = { at: '2026-03-31', pilot: { count: 7, share: 0.7 }, official: { count: 2, share: 0.2 } }
    const spec = toAdoptionLineSpec(series, [target('pilot', 0.8, '2025-12-31', 0.6, 0.6)], current, words)
    expect(spec.series).toHaveLength(2)
    expect(spec.markers?.[0]?.at).toBe('2025-12')
  })

  it('stacks none, pilot only and official so each bar totals the group', () => {
    const spec = toBreakdownBarSpec(
      [{ key: 'radio', outlets: 5, pilot: 3, official: 1, pilotShare: 0.6, officialShare: 0.2, sourcesWomenShare: { numerator: 0, denominator: 0, value: null, low: null, high: null }, meanOverall: null }],
      (k) => k,
      (l) => l,
    )
    expect(spec.series.map((s) => s.values[0])).toEqual([2, 2, 1])
  })

  it('compares outlets on one indicator, leaving out outlets without a value', () => {
    const spec = toIndicatorBarSpec(rows, 'sources.womenShare', 'Nữ trong nguồn tin', 'share')
    expect(spec.labels).toEqual(['Báo Hà Nội Mới', 'Đài Phát thanh và Truyền hình Hà Nội', 'Báo điện tử Kinh tế Đô thị'])
    expect(spec.series[0]?.values).toEqual([0.31, 0.42, 0.25])
  })
})
