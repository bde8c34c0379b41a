// Indicator values: raw data → derived numbers, before any score. Category B from content
// codings (through the columnar cube in contentColumns.ts), Category A from the organisation
// assessment's answers. Every share carries its sample size and a 95 % Wilson interval.
//
// Denominator rule (stated in every value as `rule`): a share of women is
// women / (women + men); people coded "other" or "unknown" are counted and shown beside the
// share, never silently dropped, and never in the denominator (GMMP reports women vs men).

import type { Answer, CountsBySex } from './assessment'
import type { QuestionType } from './rubric'
import type { Share } from './stats'

export const DENOMINATOR_RULE = 'womenOverWomenAndMen' as const
export type DenominatorRule = typeof DENOMINATOR_RULE

/** What a sample is made of, for sizes and minimum-sample checks. */
export type SampleUnit = 'people' | 'sources' | 'journalists' | 'items' | 'ads' | 'broadcastItems' | 'staff'

export interface WomenShareValue {
  kind: 'womenShare'
  metric: string
  filter?: Record<string, string>
  /** people / sources / journalists; for speaking time: broadcastItems (the share is of seconds). */
  unit: SampleUnit
  /** For speaking time these are seconds. */
  counts: CountsBySex
  /** women / (women + men); for seconds of speech no interval (low/high null). */
  share: Share
  /** Number of persons or items behind the value (for speaking time: broadcast items). */
  sample: number
  rule: DenominatorRule
}

export interface ItemShareValue {
  kind: 'itemShare'
  metric: string
  filter?: Record<string, string>
  unit: 'items' | 'ads'
  /** items with the flag / all items (or ads with the rating / all ads). */
  share: Share
}

export interface DistributionRow {
  code: string
  counts: CountsBySex
  /** Share of women among the people with this code (same denominator rule). */
  share: Share
}

export interface DistributionValue {
  kind: 'distribution'
  metric: string
  by: 'occupation' | 'function'
  rows: DistributionRow[]
  total: CountsBySex
  rule: DenominatorRule
}

export type QuestionValue =
  | { questionId: string; type: 'na' }
  | { questionId: string; type: 'unanswered'; questionType: QuestionType; required: boolean }
  | { questionId: string; type: 'countBySex'; counts: CountsBySex; share: Share; rule: DenominatorRule }
  /** gap = (men − women) / men; null when men = 0. */
  | { questionId: string; type: 'amountBySex'; women: number; men: number; gap: number | null }
  | { questionId: string; type: 'yesNo'; value: 'yes' | 'no'; evidence?: string; evidenceRequired: boolean }
  | { questionId: string; type: 'maturity'; level: number; highest: number; evidence?: string }
  | { questionId: string; type: 'checklist'; checked: string[]; total: number; evidence?: string }
  /** singleChoice, multiChoice, text: reported, never scored. */
  | { questionId: string; type: 'info'; answer: Answer }

export interface QuestionsValue {
  kind: 'questions'
  /** Applicable questions only. */
  questions: QuestionValue[]
  /** Id of the organisation assessment answered from, absent when there is none. */
  assessmentId?: string
}

export interface NotApplicableValue {
  kind: 'notApplicable'
  /** Why: the outlet's user group, channels or advertising. */
  reason: 'userGroup' | 'channels' | 'ads' | 'allQuestionsNA'
}

export type IndicatorValue = WomenShareValue | ItemShareValue | DistributionValue | QuestionsValue | NotApplicableValue
