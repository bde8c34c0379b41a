// A scoring profile turns indicator values into 0–100 scores. It is versioned apart from the
// rubric, and it is the app's own addition: GSIM and the 2014 Vietnamese set prescribe no scores.

import type { Category, SectionId } from './rubric'
import type { LocalText } from './text'

export const SCORING_PROFILE_FORMAT = 'gim-scoring-profile'

/**
 * How one indicator's value becomes a 0–100 score.
 * - parity: a share of women, scored by the profile's `parity` curve
 * - higherIsBetter: share / target, capped at 100 (e.g. items referring to gender-equality law)
 * - lowerIsBetter: 100 × (1 − share / worst), floored at 0 (e.g. items with overt stereotypes)
 * - gap: an amount-by-sex gap (pay): 100 × (1 − |gap| / worst), floored at 0
 */
export type IndicatorRule =
  | { rule: 'parity' }
  | { rule: 'higherIsBetter'; target: number }
  | { rule: 'lowerIsBetter'; worst: number }
  | { rule: 'gap'; worst: number }

export interface ScoringProfile {
  format: typeof SCORING_PROFILE_FORMAT
  formatVersion: number
  id: string
  version: string
  title: LocalText
  /** Says, in both languages, that GSIM prescribes no scores. Shown wherever a score is. */
  note: LocalText
  /**
   * Shares of women → score. twoSided: 100 at parity, falling to 0 at 0 % or 100 % women;
   * oneSided: rises to 100 at parity and stays there.
   */
  parity: 'twoSided' | 'oneSided'
  /** Points for a yes/no policy question. */
  yesNo: { yes: number; yesWithoutEvidence: number; no: number }
  /** Weight of each section inside its category (missing = 1). */
  sectionWeights: Partial<Record<SectionId, number>>
  /** Weight of each category in the overall score. */
  categoryWeights: Record<Category, number>
  /**
   * Rules by indicator id, for indicators whose value is a share or a gap. Indicators not listed
   * use the default of their kind: parity for shares of women, the yes/no points for policies,
   * level / highest level for maturity, checked / all for checklists.
   */
  indicatorRules: Record<string, IndicatorRule>
  /** Below these sample sizes a score is withheld, with the reason. */
  minimumSample: {
    /** people coded, for shares among people in the news / sources */
    people: number
    /** content items, for shares of items */
    items: number
    /** staff counted, for shares by sex in an organisation */
    staff: number
  }
}
