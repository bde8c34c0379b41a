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
import { isAnswered, type OutletProfile as ApplicabilityProfile } from './completeness'
import type { ContentCube } from './contentCube'
import { FLAG_INDEX } from './contentCube'
import type { Applicability, Indicator, Question, Section } from './rubric'
import { userGroupOf } from './outlet'
import { ratio, wilson } from './stats'

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

// --- Computing ----------------------------------------------------------------------------------


export function countsFrom(arr: ArrayLike<number>, base: number): CountsBySex {
  return { women: arr[base]!, men: arr[base + 1]!, other: arr[base + 2]!, unknown: arr[base + 3]! }
}

export function womenShareOf(counts: CountsBySex): Share {
  return wilson(counts.women, counts.women + counts.men)
}

function addCounts(into: CountsBySex, more: CountsBySex): void {
  into.women += more.women
  into.men += more.men
  into.other += more.other
  into.unknown += more.unknown
}

export function emptyCounts(): CountsBySex {
  return { women: 0, men: 0, other: 0, unknown: 0 }
}

function totalOf(c: CountsBySex): number {
  return c.women + c.men + c.other + c.unknown
}

/** Why a rubric element does not apply to the outlet, or null when it applies. */
export function notApplicableReason(rule: Applicability | undefined, outlet: ApplicabilityProfile): NotApplicableValue['reason'] | null {
  if (!rule) return null
  if (rule.userGroups && rule.userGroups.length > 0 && !rule.userGroups.includes(userGroupOf(outlet.kind))) return 'userGroup'
  if (rule.channels && rule.channels.length > 0 && !rule.channels.some((c) => outlet.channels.includes(c))) return 'channels'
  if (rule.requiresAds && !outlet.carriesAds) return 'ads'
  return null
}

/** N/A reason of an indicator in its section for an outlet, or null when it applies. */
export function indicatorNotApplicable(section: Section, indicator: Indicator, outlet: ApplicabilityProfile): NotApplicableValue | null {
  const reason = notApplicableReason(section.appliesTo, outlet) ?? notApplicableReason(indicator.appliesTo, outlet)
  return reason ? { kind: 'notApplicable', reason } : null
}

function withFilter(filter: Record<string, string> | undefined, v: WomenShareValue | ItemShareValue): IndicatorValue {
  if (filter) v.filter = filter
  return v
}

/**
 * A Category B indicator's value for outlet index `o` of the cube. Unknown metrics or filters give
 * an empty share (never a crash); the rubric parser refuses them upstream.
 */
export function contentValue(cube: ContentCube, o: number, metric: string, filter?: Record<string, string>): IndicatorValue {
  const F = Math.max(1, cube.functionCodes.length)
  const OC = Math.max(1, cube.occupationCodes.length)
  const R = Math.max(1, cube.journalistRoleCodes.length)
  switch (metric) {
    case 'people.womenShare':
    case 'sources.womenShare': {
      const sources = metric === 'sources.womenShare'
      let counts: CountsBySex
      if (filter?.function !== undefined) {
        const f = cube.functionCodes.indexOf(filter.function)
        counts = f < 0 ? emptyCounts() : countsFrom(sources ? cube.sourcesByFunction : cube.peopleByFunction, (o * F + f) * 4)
      } else if (filter?.occupation !== undefined) {
        const c = cube.occupationCodes.indexOf(filter.occupation)
        counts = c < 0 || sources ? emptyCounts() : countsFrom(cube.peopleByOccupation, (o * OC + c) * 4)
      } else counts = countsFrom(sources ? cube.sources : cube.people, o * 4)
      return withFilter(filter, { kind: 'womenShare', metric, unit: sources ? 'sources' : 'people', counts, share: womenShareOf(counts), sample: totalOf(counts), rule: DENOMINATOR_RULE } satisfies WomenShareValue)
    }
    case 'people.distribution': {
      const by = filter?.by === 'occupation' ? 'occupation' : 'function'
      const codes = by === 'occupation' ? cube.occupationCodes : cube.functionCodes
      const table = by === 'occupation' ? cube.peopleByOccupation : cube.peopleByFunction
      const width = by === 'occupation' ? OC : F
      const total = emptyCounts()
      const rows: DistributionRow[] = []
      codes.forEach((code, c) => {
        const counts = countsFrom(table, (o * width + c) * 4)
        if (totalOf(counts) === 0) return
        addCounts(total, counts)
        rows.push({ code, counts, share: womenShareOf(counts) })
      })
      return { kind: 'distribution', metric, by, rows, total, rule: DENOMINATOR_RULE }
    }
    case 'items.share': {
      const flag = FLAG_INDEX[filter?.flag ?? '']
      const n = cube.items[o]!
      const x = flag === undefined ? 0 : cube.flagCounts[o * 7 + flag]!
      return withFilter(filter, { kind: 'itemShare', metric, unit: 'items', share: wilson(x, n) } satisfies ItemShareValue)
    }
    case 'journalists.womenShare': {
      let counts: CountsBySex
      if (filter?.role !== undefined) {
        const r = cube.journalistRoleCodes.indexOf(filter.role)
        counts = r < 0 ? emptyCounts() : countsFrom(cube.journalists, (o * R + r) * 4)
      } else {
        counts = emptyCounts()
        for (let r = 0; r < cube.journalistRoleCodes.length; r++) addCounts(counts, countsFrom(cube.journalists, (o * R + r) * 4))
      }
      return withFilter(filter, { kind: 'womenShare', metric, unit: 'journalists', counts, share: womenShareOf(counts), sample: totalOf(counts), rule: DENOMINATOR_RULE } satisfies WomenShareValue)
    }
    case 'speakingTime.womenShare': {
      const counts = countsFrom(cube.speaking, o * 4)
      // Seconds are not independent draws: a ratio without a Wilson interval.
      return { kind: 'womenShare', metric, unit: 'broadcastItems', counts, share: ratio(counts.women, counts.women + counts.men), sample: cube.speakingItems[o]!, rule: DENOMINATOR_RULE }
    }
    case 'ads.share': {
      const rating = filter?.rating === 'stereotyped' ? 1 : filter?.rating === 'neutral' ? 2 : filter?.rating === 'genderSensitive' ? 3 : -1
      const n = cube.ads[o]!
      return withFilter(filter, { kind: 'itemShare', metric, unit: 'ads', share: wilson(rating < 0 ? 0 : cube.adRatings[o * 4 + rating]!, n) } satisfies ItemShareValue)
    }
    case 'ads.womenRoleShare': {
      const r = cube.adRoleCodes.indexOf(filter?.role ?? '')
      const n = cube.ads[o]!
      return withFilter(filter, { kind: 'itemShare', metric, unit: 'ads', share: wilson(r < 0 || r >= 32 ? 0 : cube.adWomenRoles[o * 32 + r]!, n) } satisfies ItemShareValue)
    }
    default:
      return withFilter(filter, { kind: 'itemShare', metric, unit: 'items', share: wilson(0, 0) } satisfies ItemShareValue)
  }
}

function validCount(x: unknown, integer: boolean): boolean {
  return typeof x === 'number' && Number.isFinite(x) && x >= 0 && (!integer || Number.isInteger(x))
}

/**
 * isAnswered() of completeness.ts, with the frequent types checked inline (no allocation): the
 * roll-up checks every answer of every outlet. A test keeps both in agreement.
 */
export function answeredFast(question: Question, answer: Answer | undefined): boolean {
  if (answer === undefined) return false
  if (answer.type === 'na') return question.allowNA
  if (answer.type !== question.type) return false
  switch (answer.type) {
    case 'countBySex': {
      const c = answer.counts
      return validCount(c.women, true) && validCount(c.men, true) && validCount(c.other, true) && validCount(c.unknown, true)
    }
    case 'amountBySex':
      return validCount(answer.amounts.women, false) && validCount(answer.amounts.men, false)
    case 'yesNo':
      return !(answer.value === 'yes' && question.evidenceRequired && !answer.evidence?.trim())
    case 'maturity': {
      for (const l of question.levels ?? []) if (l.level === answer.level) return true
      return false
    }
    default:
      return isAnswered(question, answer)
  }
}

/** Value of one question from its answer (applicable questions only). */
export function questionValue(question: Question, answer: Answer | undefined): QuestionValue {
  const questionId = question.id
  if (answer?.type === 'na' && question.allowNA) return { questionId, type: 'na' }
  // A "yes" lacking its required evidence is still a claim: scored with the profile's
  // yesWithoutEvidence points rather than dropped.
  const claimWithoutEvidence = answer?.type === 'yesNo' && question.type === 'yesNo'
  if (!answer || (!claimWithoutEvidence && !answeredFast(question, answer))) return { questionId, type: 'unanswered', questionType: question.type, required: question.required }
  switch (answer.type) {
    case 'countBySex':
      return { questionId, type: 'countBySex', counts: { ...answer.counts }, share: womenShareOf(answer.counts), rule: DENOMINATOR_RULE }
    case 'amountBySex': {
      const { women, men } = answer.amounts
      return { questionId, type: 'amountBySex', women, men, gap: men > 0 ? (men - women) / men : null }
    }
    case 'yesNo': {
      const v: QuestionValue = { questionId, type: 'yesNo', value: answer.value, evidenceRequired: question.evidenceRequired === true }
      const evidence = answer.evidence?.trim()
      return evidence ? { ...v, evidence } : v
    }
    case 'maturity': {
      const highest = Math.max(0, ...(question.levels ?? []).map((l) => l.level))
      const evidence = answer.evidence?.trim()
      const v: QuestionValue = { questionId, type: 'maturity', level: answer.level, highest }
      return evidence ? { ...v, evidence } : v
    }
    case 'checklist': {
      const evidence = answer.evidence?.trim()
      const v: QuestionValue = { questionId, type: 'checklist', checked: [...answer.checked], total: question.options?.length ?? 0 }
      return evidence ? { ...v, evidence } : v
    }
    default:
      return { questionId, type: 'info', answer }
  }
}

/**
 * A Category A indicator's value from an organisation assessment's answers (already carried to
 * the indicator's rubric version). Questions that do not apply to the outlet are left out; when
 * every applicable question is answered N/A the indicator is N/A.
 */
export function organisationValue(
  indicator: Indicator,
  outlet: ApplicabilityProfile,
  answers: Readonly<Record<string, Answer>> | null,
  assessmentId?: string,
): IndicatorValue {
  const questions = indicator.questions.filter((q) => q.appliesTo === undefined || notApplicableReason(q.appliesTo, outlet) === null)
  if (questions.length === 0) return { kind: 'notApplicable', reason: 'allQuestionsNA' }
  const values = questions.map((q) => questionValue(q, answers ? (Object.hasOwn(answers, q.id) ? answers[q.id] : undefined) : undefined))
  if (answers && values.every((v) => v.type === 'na')) return { kind: 'notApplicable', reason: 'allQuestionsNA' }
  const out: QuestionsValue = { kind: 'questions', questions: values }
  if (assessmentId !== undefined) out.assessmentId = assessmentId
  return out
}
