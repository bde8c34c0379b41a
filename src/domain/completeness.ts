// What an organisation assessment still lacks: which parts of the rubric apply to an outlet,
// whether each answer is valid, and which applicable required answers are missing. The UI enables
// "mark complete" only when `missingRequiredAnswers` is empty; the same rule can be run anywhere.

import type { Answer, AmountsBySex, CountsBySex } from './assessment'
import { userGroupOf, type Outlet } from './outlet'
import type { Applicability, Indicator, Question, Rubric, Section, SectionId } from './rubric'

/** The parts of an outlet profile that decide applicability. */
export type OutletProfile = Pick<Outlet, 'kind' | 'channels' | 'carriesAds'>

/** Why a part of the rubric does or does not apply, for the outlet page. */
export type ApplicabilityReason =
  | { kind: 'all' }
  | { kind: 'userGroup'; applies: boolean; groups: string[] }
  | { kind: 'channel'; applies: boolean; channels: string[] }
  | { kind: 'ads'; applies: boolean }

export function applicabilityReasons(appliesTo: Applicability | undefined, outlet: OutletProfile): ApplicabilityReason[] {
  const reasons: ApplicabilityReason[] = []
  if (appliesTo?.userGroups && appliesTo.userGroups.length > 0)
    reasons.push({ kind: 'userGroup', applies: appliesTo.userGroups.includes(userGroupOf(outlet.kind)), groups: [...appliesTo.userGroups] })
  if (appliesTo?.channels && appliesTo.channels.length > 0)
    reasons.push({ kind: 'channel', applies: appliesTo.channels.some((c) => outlet.channels.includes(c)), channels: [...appliesTo.channels] })
  if (appliesTo?.requiresAds) reasons.push({ kind: 'ads', applies: outlet.carriesAds })
  return reasons.length > 0 ? reasons : [{ kind: 'all' }]
}

export function applies(appliesTo: Applicability | undefined, outlet: OutletProfile): boolean {
  return applicabilityReasons(appliesTo, outlet).every((r) => r.kind === 'all' || r.applies)
}

export interface ApplicableQuestion {
  section: Section
  indicator: Indicator
  question: Question
}

/** Every question that applies to the outlet (section, indicator and question must all apply). */
export function applicableQuestions(rubric: Rubric, outlet: OutletProfile, sectionIds?: readonly SectionId[]): ApplicableQuestion[] {
  const out: ApplicableQuestion[] = []
  for (const section of rubric.sections) {
    if (sectionIds && !sectionIds.includes(section.id)) continue
    if (!applies(section.appliesTo, outlet)) continue
    for (const indicator of section.indicators) {
      if (!applies(indicator.appliesTo, outlet)) continue
      for (const question of indicator.questions) if (applies(question.appliesTo, outlet)) out.push({ section, indicator, question })
    }
  }
  return out
}

export type AnswerProblemCode =
  | 'wrongType'
  | 'naNotAllowed'
  | 'evidenceRequired'
  | 'negative'
  | 'notInteger'
  | 'notANumber'
  | 'unknownOption'
  | 'levelOutOfRange'
  | 'empty'

export interface AnswerProblem {
  code: AnswerProblemCode
  /** The sub-field concerned, e.g. "women" of a count by sex, or "evidence". */
  field?: string
}

function countProblems(values: Record<string, number>, integer: boolean): AnswerProblem[] {
  const problems: AnswerProblem[] = []
  for (const [field, value] of Object.entries(values)) {
    if (typeof value !== 'number' || !Number.isFinite(value)) problems.push({ code: 'notANumber', field })
    else if (value < 0) problems.push({ code: 'negative', field })
    else if (integer && !Number.isInteger(value)) problems.push({ code: 'notInteger', field })
  }
  return problems
}

/** Problems with one given answer; an absent answer has none (it is simply missing). */
export function answerProblems(question: Question, answer: Answer | undefined): AnswerProblem[] {
  if (answer === undefined) return []
  if (answer.type === 'na') return question.allowNA ? [] : [{ code: 'naNotAllowed' }]
  if (answer.type !== question.type) return [{ code: 'wrongType' }]
  const optionIds = new Set((question.options ?? []).map((o) => o.id))
  switch (answer.type) {
    case 'yesNo':
      return answer.value === 'yes' && question.evidenceRequired && !answer.evidence?.trim()
        ? [{ code: 'evidenceRequired', field: 'evidence' }]
        : []
    case 'checklist':
      return answer.checked.some((id) => !optionIds.has(id)) ? [{ code: 'unknownOption' }] : []
    case 'countBySex':
      return countProblems({ ...answer.counts }, true)
    case 'amountBySex':
      return countProblems({ ...answer.amounts }, false)
    case 'maturity':
      return (question.levels ?? []).some((l) => l.level === answer.level) ? [] : [{ code: 'levelOutOfRange' }]
    case 'singleChoice':
      return optionIds.has(answer.choice) ? [] : [{ code: 'unknownOption' }]
    case 'multiChoice':
      return answer.choices.some((id) => !optionIds.has(id)) ? [{ code: 'unknownOption' }] : []
    case 'text':
      return answer.text.trim() === '' ? [{ code: 'empty' }] : []
  }
}

/** Given, and without problems. */
export function isAnswered(question: Question, answer: Answer | undefined): boolean {
  return answer !== undefined && answerProblems(question, answer).length === 0
}

export interface MissingAnswer {
  sectionId: SectionId
  indicatorId: string
  questionId: string
  /** 'unanswered', or the first problem of the answer given. */
  reason: 'unanswered' | AnswerProblemCode
}

/** Applicable required questions without a valid answer, in rubric order. */
export function missingRequiredAnswers(
  rubric: Rubric,
  outlet: OutletProfile,
  answers: Readonly<Record<string, Answer>>,
  sectionIds?: readonly SectionId[],
): MissingAnswer[] {
  const missing: MissingAnswer[] = []
  for (const { section, indicator, question } of applicableQuestions(rubric, outlet, sectionIds ?? categoryA(rubric))) {
    if (!question.required) continue
    const answer = Object.prototype.hasOwnProperty.call(answers, question.id) ? answers[question.id] : undefined
    const problems = answerProblems(question, answer)
    if (answer === undefined) missing.push({ sectionId: section.id, indicatorId: indicator.id, questionId: question.id, reason: 'unanswered' })
    else if (problems[0]) missing.push({ sectionId: section.id, indicatorId: indicator.id, questionId: question.id, reason: problems[0].code })
  }
  return missing
}

function categoryA(rubric: Rubric): SectionId[] {
  return rubric.sections.filter((s) => s.category === 'A').map((s) => s.id)
}

export interface SectionProgress {
  sectionId: SectionId
  /** Applicable questions with a valid answer. */
  answered: number
  total: number
  requiredMissing: number
}

/** Progress of each applicable Category A section. */
export function sectionProgress(rubric: Rubric, outlet: OutletProfile, answers: Readonly<Record<string, Answer>>): SectionProgress[] {
  const bySection = new Map<SectionId, SectionProgress>()
  for (const { section, question } of applicableQuestions(rubric, outlet, categoryA(rubric))) {
    const p = bySection.get(section.id) ?? { sectionId: section.id, answered: 0, total: 0, requiredMissing: 0 }
    const answer = Object.prototype.hasOwnProperty.call(answers, question.id) ? answers[question.id] : undefined
    p.total += 1
    if (isAnswered(question, answer)) p.answered += 1
    else if (question.required) p.requiredMissing += 1
    bySection.set(section.id, p)
  }
  return [...bySection.values()]
}

/**
 * Share of women, women / (women + men): the engine's denominator rule (indicatorValues.ts), so the
 * form and the scorecard agree. "Other" and "unknown" are shown beside it, never in the denominator.
 * Undefined when no woman or man is counted.
 */
export function shareOfWomen(counts: CountsBySex): number | undefined {
  const total = counts.women + counts.men
  return total > 0 ? counts.women / total : undefined
}

/** Gender gap as a share of men's amount: (men − women) / men; positive when women get less. */
export function genderGap(amounts: AmountsBySex): number | undefined {
  return amounts.men > 0 ? (amounts.men - amounts.women) / amounts.men : undefined
}
