// The department roll-up view-model: what the dashboard, its charts and the PDF report all read.
// Computed over the columnar content store (contentColumns.ts) so 1M items stay fast.

import type { AdoptionRates, AdoptionSeries, AdoptionStatus, MissingItem, TargetProgress } from './adoption'
import type { Period, RubricRef } from './assessment'
import type { Channel, OutletKind } from './outlet'
import type { Category, SectionId } from './rubric'
import type { Share } from './stats'
import type { AdoptionLevel } from './adoptionPolicy'
import type { LocalText } from './text'
import { adoptionSeries, adoptionStatus, inRegister, ratesOf, targetProgress } from './adoption'
import { aggregateContent } from './contentCube'
import { CHANNELS } from './outlet'
import { prepareEngine, outletValues, type EngineInput, type PreparedEngine } from './engine'
import type { IndicatorValue } from './indicatorValues'
import { contentValue, countsFrom } from './indicatorValues'
import { dayNumber, trailingWindow } from './period'
import { scoreRubric } from './scoring'
import { wilson } from './stats'

/** A key indicator value in a table cell: value with sample size, interval and score. */
export interface RollupCell {
  value: number | null
  n: number
  low: number | null
  high: number | null
  score: number | null
  /** Set when the score is withheld: 'sampleTooSmall' | 'noData' | 'notAnswered' | 'notScored' | 'notApplicable'. */
  withheld?: string
}

export interface RollupOutletRow {
  outletId: string
  name: string
  kind: OutletKind
  channels: Channel[]
  archived: boolean
  status: AdoptionLevel
  /** Missing for the next level. */
  missing: MissingItem[]
  /** Full status (pilot and official checks, evidence). */
  adoption: AdoptionStatus
  contentItems: number
  /** Key indicator values by column key (see Rollup.columns). */
  values: Record<string, RollupCell>
  scores: {
    overall: number | null
    categories: Record<Category, number | null>
    sections: Partial<Record<SectionId, number | null>>
  }
}

export interface RollupColumn {
  /** Indicator id of the rubric, or a metric key such as "sources.womenShare". */
  key: string
  indicatorId: string | null
  sectionId: SectionId | null
  label: LocalText
  /** 'share' (0–1) or 'score' (0–100). */
  unit: 'share' | 'score'
}

export interface RankingRow {
  rank: number
  outletId: string
  name: string
  value: number
}

export interface Ranking {
  key: string
  label: LocalText
  /** Highest first; outlets without a value are left out. */
  rows: RankingRow[]
}

export interface HistogramBin {
  /** Inclusive lower bound, exclusive upper bound (the last bin includes 1). */
  from: number
  to: number
  count: number
}

export interface Distribution {
  key: string
  label: LocalText
  bins: HistogramBin[]
  /** Outlets with no value (empty sample). */
  missing: number
}

export interface BreakdownRow {
  /** OutletKind or Channel. */
  key: string
  outlets: number
  pilot: number
  official: number
  pilotShare: number | null
  officialShare: number | null
  /** Pooled women among sources over the group's outlets in the period. */
  sourcesWomenShare: Share
  /** Mean overall score of the group's outlets that have one. */
  meanOverall: number | null
}

export interface Rollup {
  policy: { id: string; version: string; title: LocalText }
  profile: { id: string; version: string; note: LocalText }
  rubric: RubricRef
  rubricVersionsUsed: RubricRef[]
  at: string
  /** The period indicator values and scores cover (default: trailing 12 months ending at `at`). */
  period: Period
  /** Outlets in the register on `at` (archived ones excluded). */
  registerSize: number
  adoption: AdoptionRates & { targets: TargetProgress[] }
  series: AdoptionSeries
  columns: RollupColumn[]
  /** One row per register outlet (archived on `at` included, flagged), sorted by name. */
  byOutlet: RollupOutletRow[]
  /** outletIds × columns.key → cell; same cells as byOutlet[i].values, as a dense grid for charts. */
  matrix: { outletIds: string[]; keys: string[]; cells: RollupCell[][] }
  rankings: Ranking[]
  distributions: Distribution[]
  breakdowns: { byKind: BreakdownRow[]; byChannel: BreakdownRow[] }
  totals: { contentItems: number; people: number; organisationAssessments: number }
  /** Inputs that could not be used, with why. */
  notes: string[]
}

// --- Computing ----------------------------------------------------------------------------------


/** One collator for all name sorting: localeCompare with a locale builds one per call. */
const BY_NAME = new Intl.Collator('vi')

export interface RollupOptions {
  /** The date statuses and rates are evaluated at, YYYY-MM-DD. */
  at: string
  /** The period indicator values and scores cover; default the 12 months ending at `at`. */
  period?: Period
  /** Called with a fraction 0–1 and a stage name; for progress bars in long runs. */
  onProgress?: (fraction: number, stage: string) => void
  /** Series months (YYYY-MM); default 2022-01…2030-12. */
  seriesFrom?: string
  seriesTo?: string
}

/** Everything a roll-up needs as plain records (what the Web Worker receives). */
export interface RollupInput extends EngineInput {
  at: string
  period?: Period
  seriesFrom?: string
  seriesTo?: string
}

/**
 * The pure function the roll-up worker runs: plain records in, the view-model out, progress as
 * fractions. Kept here so it is tested in Node like the rest of the engine.
 */
export function rollupFromInput(input: RollupInput, onProgress?: (fraction: number, stage: string) => void): Rollup {
  const { at, period, seriesFrom, seriesTo, ...engine } = input
  const options: RollupOptions = { at }
  if (period) options.period = period
  if (seriesFrom) options.seriesFrom = seriesFrom
  if (seriesTo) options.seriesTo = seriesTo
  if (onProgress) options.onProgress = onProgress
  return computeRollup(engine, options)
}

/** Metric columns shown for every outlet whatever the rubric says (key indicators of the dashboard). */
export const KEY_METRICS: readonly { key: string; metric: string; filter?: Record<string, string>; label: LocalText }[] = [
  { key: 'people.womenShare', metric: 'people.womenShare', label: { vi: 'Nữ trong số người xuất hiện trong tin', en: 'Women among people in the news' } },
  { key: 'sources.womenShare', metric: 'sources.womenShare', label: { vi: 'Nữ trong số nguồn tin', en: 'Women among sources' } },
  { key: 'journalists.womenShare', metric: 'journalists.womenShare', label: { vi: 'Nữ trong số phóng viên, dẫn chương trình', en: 'Women among reporters and presenters' } },
  { key: 'items.aboutWomen', metric: 'items.share', filter: { flag: 'aboutWomen' }, label: { vi: 'Tin bài tập trung vào phụ nữ', en: 'Items focused on women' } },
  { key: 'items.stereotypeOvert', metric: 'items.share', filter: { flag: 'stereotypeOvert' }, label: { vi: 'Tin bài có định kiến giới rõ ràng', en: 'Items with overt stereotypes' } },
  { key: 'items.challengesStereotypes', metric: 'items.share', filter: { flag: 'challengesStereotypes' }, label: { vi: 'Tin bài thách thức định kiến', en: 'Items challenging stereotypes' } },
]

function cellOf(value: IndicatorValue | undefined, score: number | null, withheld?: string): RollupCell {
  const cell: RollupCell = { value: null, n: 0, low: null, high: null, score }
  if (value && (value.kind === 'womenShare' || value.kind === 'itemShare')) {
    cell.value = value.share.value
    cell.n = value.kind === 'womenShare' && value.unit === 'broadcastItems' ? value.sample : value.share.denominator
    cell.low = value.share.low
    cell.high = value.share.high
  }
  if (withheld !== undefined) cell.withheld = withheld
  return cell
}

function histogram(values: (number | null)[], bins = 10): { bins: HistogramBin[]; missing: number } {
  const out: HistogramBin[] = Array.from({ length: bins }, (_, i) => ({ from: i / bins, to: (i + 1) / bins, count: 0 }))
  let missing = 0
  for (const v of values) {
    if (v === null) {
      missing++
      continue
    }
    out[Math.min(bins - 1, Math.max(0, Math.floor(v * bins)))]!.count++
  }
  return { bins: out, missing }
}

/**
 * The department roll-up: statuses and rates at `at`, the monthly series, targets with
 * projections, and every outlet's indicator values and scores over the period.
 * Accepts a prepared engine so that repeated roll-ups (other dates) reuse columns and evidence.
 */
export function computeRollup(input: EngineInput | PreparedEngine, options: RollupOptions): Rollup {
  const progress = options.onProgress ?? (() => {})
  const prep = 'target' in input && 'columns' in input ? input : prepareEngine(input)
  progress(0.2, 'prepared')
  const { policy, profile } = prep.input
  const at = options.at
  const period = options.period ?? trailingWindow(at, 12)
  const cube = aggregateContent(prep.columns, dayNumber(period.start), dayNumber(period.end))
  progress(0.4, 'aggregated')
  const rowOf = new Map(prep.columns.outletIds.map((id, i) => [id, i]))

  const rubricColumns: RollupColumn[] = []
  for (const section of prep.target.sections)
    for (const indicator of section.indicators)
      rubricColumns.push({
        key: indicator.id,
        indicatorId: indicator.id,
        sectionId: section.id,
        label: indicator.text,
        unit: indicator.measure && indicator.measure.metric !== 'people.distribution' ? 'share' : 'score',
      })
  const columns: RollupColumn[] = [
    ...KEY_METRICS.map((m) => ({ key: m.key, indicatorId: null, sectionId: null, label: m.label, unit: 'share' as const })),
    ...rubricColumns,
  ]

  const outlets = [...prep.input.outlets].sort((a, b) => BY_NAME.compare(a.name, b.name) || (a.id < b.id ? -1 : 1))
  const byOutlet: RollupOutletRow[] = []
  outlets.forEach((outlet, index) => {
    const row = rowOf.get(outlet.id) ?? -1
    const values = outletValues(prep, outlet, cube, row, period)
    const scores = scoreRubric(prep.target, values, profile)
    const status = adoptionStatus(prep.adoption, outlet, at, policy)
    const cells: Record<string, RollupCell> = {}
    for (const m of KEY_METRICS) {
      const v = row < 0 ? undefined : contentValue(cube, row, m.metric, m.filter)
      cells[m.key] = cellOf(v, null)
    }
    for (const s of scores.indicators) {
      const withheld = !s.applicable ? 'notApplicable' : s.withheld?.code
      cells[s.indicatorId] = cellOf(values.get(s.indicatorId), s.score, withheld)
    }
    const sectionScores: Partial<Record<SectionId, number | null>> = {}
    for (const s of scores.sections) if (s.applicable) sectionScores[s.sectionId] = s.score
    byOutlet.push({
      outletId: outlet.id,
      name: outlet.name,
      kind: outlet.kind,
      channels: [...outlet.channels],
      archived: !inRegister(outlet, at),
      status: status.level,
      missing: status.missing,
      adoption: status,
      contentItems: row < 0 ? 0 : cube.items[row]!,
      values: cells,
      scores: { overall: scores.overall, categories: scores.categories, sections: sectionScores },
    })
    if (index % 20 === 19) progress(0.4 + (0.3 * (index + 1)) / outlets.length, 'outlets')
  })

  const current = byOutlet.filter((r) => !r.archived)
  const rates = ratesOf(at, current.map((r) => r.status))
  progress(0.7, 'rates')
  const series = adoptionSeries(prep.adoption, policy, at, options.seriesFrom, options.seriesTo)
  progress(0.9, 'series')
  const targets = targetProgress(prep.adoption, policy, at, rates, series)

  const keys = columns.map((c) => c.key)
  const matrix = { outletIds: byOutlet.map((r) => r.outletId), keys, cells: byOutlet.map((r) => keys.map((k) => r.values[k] ?? { value: null, n: 0, low: null, high: null, score: null })) }

  const rank = (key: string, label: LocalText, get: (r: RollupOutletRow) => number | null): Ranking => {
    const rows = current
      .map((r) => ({ outletId: r.outletId, name: r.name, value: get(r) }))
      .filter((r): r is { outletId: string; name: string; value: number } => r.value !== null)
      .sort((a, b) => b.value - a.value || BY_NAME.compare(a.name, b.name))
    let previous: number | null = null
    let rankNo = 0
    return {
      key,
      label,
      rows: rows.map((r, i) => {
        if (r.value !== previous) rankNo = i + 1
        previous = r.value
        return { rank: rankNo, ...r }
      }),
    }
  }
  const rankings: Ranking[] = [
    rank('overall', { vi: 'Điểm tổng hợp', en: 'Overall score' }, (r) => r.scores.overall),
    ...KEY_METRICS.slice(0, 3).map((m) => rank(m.key, m.label, (r) => r.values[m.key]?.value ?? null)),
  ]
  const distributions: Distribution[] = [
    ...KEY_METRICS.slice(0, 3).map((m) => ({ key: m.key, label: m.label, ...histogram(current.map((r) => r.values[m.key]?.value ?? null)) })),
    { key: 'overall', label: { vi: 'Điểm tổng hợp (0–100)', en: 'Overall score (0–100)' }, ...histogram(current.map((r) => (r.scores.overall === null ? null : r.scores.overall / 100))) },
  ]

  const group = (keyOf: (o: RollupOutletRow) => string[], order: readonly string[]): BreakdownRow[] => {
    const groups = new Map<string, RollupOutletRow[]>()
    for (const r of current)
      for (const k of keyOf(r)) {
        const list = groups.get(k)
        if (list) list.push(r)
        else groups.set(k, [r])
      }
    return order
      .filter((k) => groups.has(k))
      .map((k) => {
        const rows = groups.get(k)!
        const pilot = rows.filter((r) => r.status !== 'none').length
        const official = rows.filter((r) => r.status === 'official').length
        let women = 0
        let men = 0
        for (const r of rows) {
          const row = rowOf.get(r.outletId)
          if (row === undefined) continue
          const c = countsFrom(cube.sources, row * 4)
          women += c.women
          men += c.men
        }
        const overall = rows.map((r) => r.scores.overall).filter((x): x is number => x !== null)
        return {
          key: k,
          outlets: rows.length,
          pilot,
          official,
          pilotShare: rows.length > 0 ? pilot / rows.length : null,
          officialShare: rows.length > 0 ? official / rows.length : null,
          sourcesWomenShare: wilson(women, women + men),
          meanOverall: overall.length > 0 ? overall.reduce((a, b) => a + b, 0) / overall.length : null,
        }
      })
  }
  const kinds = [...new Set(current.map((r) => r.kind))].sort()
  const breakdowns = { byKind: group((r) => [r.kind], kinds), byChannel: group((r) => r.channels, CHANNELS) }

  let items = 0
  let people = 0
  for (let o = 0; o < cube.items.length; o++) items += cube.items[o]!
  for (let k = 0; k < cube.people.length; k++) people += cube.people[k]!
  progress(1, 'done')
  return {
    policy: { id: policy.id, version: policy.version, title: policy.title },
    profile: { id: profile.id, version: profile.version, note: profile.note },
    rubric: { rubricId: prep.target.id, rubricVersion: prep.target.version },
    rubricVersionsUsed: prep.versionsUsed.map((v) => ({ rubricId: v.rubricId, rubricVersion: v.rubricVersion })),
    at,
    period,
    registerSize: rates.registerSize,
    adoption: { ...rates, targets },
    series,
    columns,
    byOutlet,
    matrix,
    rankings,
    distributions,
    breakdowns,
    totals: { contentItems: items, people, organisationAssessments: prep.input.organisationAssessments.length },
    notes: prep.notes,
  }
}
