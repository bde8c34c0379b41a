// The department's charts as plain specs, built from the roll-up view-model: the dashboard and the
// department report PDF draw the same pictures from the same numbers. No chart.js here.
import type { AdoptionRates, AdoptionSeries, TargetProgress } from '@/domain/adoption'
import type { BreakdownRow, Distribution, RollupOutletRow } from '@/domain/rollup'
import type { BarChartSpec, ChartMarker, ChartSeries, HistogramSpec, LineChartSpec } from './chartSpec'

export interface AdoptionChartWords {
  pilot: string
  official: string
  /** "Projection (pilot)". */
  projection: (level: 'pilot' | 'official') => string
  /** "Pilot target 2025: 80 %". */
  target: (level: 'pilot' | 'official', year: string, share: number) => string
}

const LEVEL_COLOR = { pilot: '#b35c00', official: '#1f6b3a' } as const
const TARGET_COLOR = { pilot: '#5b2480', official: '#1f5fa8' } as const

function monthNumber(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1
}
function monthLabel(n: number): string {
  return `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`
}

/**
 * Monthly pilot and official shares from the series' first month to the last target: month ends
 * observed by the date asked about, then the rates at that date in its own month; each target as a
 * marker on its month; and, where the roll-up made a projection, a dashed line from the current
 * share to the projected share at the target date.
 */
export function toAdoptionLineSpec(
  series: AdoptionSeries,
  targets: readonly TargetProgress[],
  current: Pick<AdoptionRates, 'at' | 'pilot' | 'official'>,
  words: AdoptionChartWords,
): LineChartSpec {
  const at = current.at
  const first = monthNumber(series.from)
  const atMonth = monthNumber(at)
  const last = Math.max(monthNumber(series.to), ...targets.map((t) => monthNumber(t.by)))
  const labels = Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => monthLabel(first + i))
  const byMonth = new Map(series.points.map((p) => [p.month, p]))
  const observed = (level: 'pilot' | 'official') =>
    labels.map((month, i) => {
      const point = byMonth.get(month)
      if (point?.observed) return point[level].share
      return first + i === atMonth ? current[level].share : null
    })

  const out: ChartSeries[] = [
    { label: words.pilot, values: observed('pilot'), color: LEVEL_COLOR.pilot },
    { label: words.official, values: observed('official'), color: LEVEL_COLOR.official },
  ]
  for (const target of targets) {
    const p = target.projection
    const by = monthNumber(target.by)
    if (target.current === null || p.shareAtTarget === null || p.method === 'observed' || by <= atMonth) continue
    const start = target.current
    const end = p.shareAtTarget
    out.push({
      label: words.projection(target.level),
      dashed: true,
      color: LEVEL_COLOR[target.level],
      values: labels.map((_, i) => {
        const m = first + i
        if (m < atMonth || m > by) return null
        return start + ((end - start) * (m - atMonth)) / (by - atMonth)
      }),
    })
  }
  const markers: ChartMarker[] = targets.map((t) => ({
    label: words.target(t.level, t.by.slice(0, 4), t.target),
    at: t.by.slice(0, 7),
    value: t.target,
    color: TARGET_COLOR[t.level],
  }))
  return { type: 'line', labels, series: out, markers, format: 'share', max: 1 }
}

/** Outlets by status in each group (kind or channel), stacked: none, pilot only, official. */
export function toBreakdownBarSpec(
  rows: readonly BreakdownRow[],
  groupLabel: (key: string) => string,
  levelLabel: (level: 'none' | 'pilot' | 'official') => string,
): BarChartSpec {
  return {
    type: 'bar',
    labels: rows.map((r) => groupLabel(r.key)),
    series: [
      { label: levelLabel('none'), values: rows.map((r) => r.outlets - r.pilot), color: '#6b6672' },
      { label: levelLabel('pilot'), values: rows.map((r) => r.pilot - r.official), color: LEVEL_COLOR.pilot },
      { label: levelLabel('official'), values: rows.map((r) => r.official), color: LEVEL_COLOR.official },
    ],
    format: 'count',
    stacked: true,
  }
}

/** One indicator across outlets, as horizontal bars (outlets without a value are left out). */
export function toIndicatorBarSpec(rows: readonly RollupOutletRow[], key: string, label: string, unit: 'share' | 'score'): BarChartSpec {
  const withValue = rows.filter((r) => (key === 'overall' ? r.scores.overall : r.values[key]?.value) != null)
  return {
    type: 'bar',
    labels: withValue.map((r) => r.name),
    series: [{ label, values: withValue.map((r) => (key === 'overall' ? r.scores.overall : (r.values[key]?.value ?? null))) }],
    format: unit,
    horizontal: true,
  }
}

export function toDistributionSpec(distribution: Distribution, countLabel: string, unit: 'share' | 'score'): HistogramSpec {
  return { type: 'histogram', bins: distribution.bins, countLabel, format: unit }
}
