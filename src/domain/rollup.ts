// The department roll-up view-model: what the dashboard, its charts and the PDF report all read.
// Computed over the columnar content store (contentColumns.ts) so 1M items stay fast.

import type { AdoptionRates, AdoptionSeries, AdoptionStatus, MissingItem, TargetProgress } from './adoption'
import type { Period, RubricRef } from './assessment'
import type { Channel, OutletKind } from './outlet'
import type { Category, SectionId } from './rubric'
import type { Share } from './stats'
import type { AdoptionLevel } from './adoptionPolicy'
import type { LocalText } from './text'

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
