// Scores: indicator values → 0–100 through a versioned scoring profile. Scores are a separate
// layer from values: reproducible from raw data + profile, never stored as truth.

import type { Category, SectionId } from './rubric'
import type { IndicatorRule } from './scoringProfile'

/** Why a score is not given. The UI translates these; describeWithheld() words them for CLI/PDF. */
export type WithheldReason =
  /** "only 12 people coded; the profile needs 30" (n is the share's denominator). */
  | { code: 'sampleTooSmall'; unit: 'people' | 'items' | 'staff'; n: number; minimum: number }
  /** Nothing coded / no organisation assessment for the period. */
  | { code: 'noData' }
  /** An organisation assessment exists but no scoreable question of the indicator is answered. */
  | { code: 'notAnswered' }
  /** Diagnostic indicator (scored = false): reported, never scored. */
  | { code: 'notScored' }

/** The rule actually applied, including the defaults for indicators the profile does not list. */
export type AppliedRule = IndicatorRule | { rule: 'policy' } | { rule: 'mixed' }

export interface IndicatorScore {
  indicatorId: string
  sectionId: SectionId
  category: Category
  /** 0–100, or null: not applicable (applicable = false) or withheld (reason given). */
  score: number | null
  applicable: boolean
  withheld?: WithheldReason
  rule?: AppliedRule
}

export interface SectionScore {
  sectionId: SectionId
  category: Category
  applicable: boolean
  /** Mean of the section's indicator scores (equal weights); null when none can be scored. */
  score: number | null
  weight: number
  indicatorsScored: number
  indicatorsWithheld: number
  indicatorsNotApplicable: number
}

export interface Scores {
  indicators: IndicatorScore[]
  sections: SectionScore[]
  /** Weighted mean of section scores by the profile's sectionWeights; null sections excluded. */
  categories: Record<Category, number | null>
  /** Weighted mean of category scores by categoryWeights; null categories excluded. */
  overall: number | null
}
