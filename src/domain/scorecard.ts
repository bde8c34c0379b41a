// The outlet scorecard view-model: one outlet × one period. Derived, never stored as truth.
// The scorecard screen, its charts and the PDF all read this one object.

import type { AdoptionStatus } from './adoption'
import type { Period, RubricRef, CountsBySex } from './assessment'
import type { IndicatorValue, DenominatorRule } from './indicatorValues'
import type { AdoptionDecision, Channel, OutletKind, UserGroup } from './outlet'
import type { Category, Provenance, SectionId } from './rubric'
import type { AppliedRule, SectionScore, WithheldReason } from './scoring'
import type { Share } from './stats'
import type { LocalText } from './text'

export interface OutletProfile {
  id: string
  name: string
  kind: OutletKind
  userGroup: UserGroup
  channels: Channel[]
  carriesAds: boolean
  governingBody: string
  adoptionDecision?: AdoptionDecision
  archivedAt?: string
}

export interface ScorecardIndicator {
  indicatorId: string
  sectionId: SectionId
  category: Category
  objective: string
  text: LocalText
  provenance: Provenance
  scored: boolean
  applicable: boolean
  value: IndicatorValue
  /** 0–100 or null (not applicable, or withheld with `withheld`). */
  score: number | null
  withheld?: WithheldReason
  rule?: AppliedRule
}

export interface ScorecardSection {
  sectionId: SectionId
  category: Category
  title: LocalText
  score: SectionScore
}

/** One A-section at a glance: how much of it is answered and its score. */
export interface SectionProfileRow {
  sectionId: SectionId
  title: LocalText
  applicable: boolean
  questionsApplicable: number
  questionsAnswered: number
  score: number | null
}

export interface VersionUse extends RubricRef {
  organisationAssessments: number
  contentItems: number
}

export interface TrendPoint {
  /** e.g. "2026-Q3". */
  quarter: string
  period: Period
  /** Women among sources (women / (women + men)). */
  share: Share
  counts: CountsBySex
}

export interface FunctionShareRow {
  code: string
  label: LocalText
  counts: CountsBySex
  share: Share
}

export interface Scorecard {
  outlet: OutletProfile
  /** The period the indicator values cover, with a display label ("2026-Q3", "2026", "2026-03" or a range). */
  period: Period & { label: string }
  /** The date the adoption status is evaluated at (usually the period's end). */
  at: string
  /** The rubric version the scorecard is expressed in; older assessments are carried to it. */
  rubric: RubricRef
  /** Every rubric version an assessment behind the scorecard was made with. */
  rubricVersionsUsed: VersionUse[]
  profile: { id: string; version: string; note: LocalText }
  policy: { id: string; version: string }
  denominatorRule: DenominatorRule
  sample: {
    contentItems: number
    people: CountsBySex
    sources: CountsBySex
    /** The organisation assessment used (latest complete overlapping the period, else latest draft). */
    organisationAssessmentId: string | null
  }
  indicators: ScorecardIndicator[]
  sections: ScorecardSection[]
  categories: Record<Category, number | null>
  overall: number | null
  adoption: AdoptionStatus
  /** Women among sources, by calendar quarter, the last 8 quarters up to the period's end. */
  trend: TrendPoint[]
  /** Women among people in the news by function, in the period. */
  byFunction: FunctionShareRow[]
  /** Category A sections at a glance. */
  sectionProfile: SectionProfileRow[]
  /** Messages about inputs that could not be used (unknown rubric version, …): never silent. */
  notes: string[]
}
