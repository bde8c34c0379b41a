// Scores: indicator values → 0–100 through a versioned scoring profile. Scores are a separate
// layer from values: reproducible from raw data + profile, never stored as truth.

import type { Category, SectionId } from './rubric'
import type { IndicatorRule } from './scoringProfile'
import type { IndicatorValue, QuestionValue } from './indicatorValues'
import type { Indicator, Rubric, Section } from './rubric'
import type { ScoringProfile } from './scoringProfile'
import type { Locale } from './text'

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
  /** The profile gives no rule and the metric has no default (ads.womenRoleShare: is the role good or bad?). */
  | { code: 'noRule' }

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

// --- Computing ----------------------------------------------------------------------------------


const clamp100 = (x: number): number => Math.max(0, Math.min(100, x))

/** Share of women → 0–100: twoSided 100 × (1 − |p − ½| / ½); oneSided 100 × min(p, ½) / ½. */
export function parityScore(p: number, parity: ScoringProfile['parity']): number {
  return clamp100(parity === 'oneSided' ? (100 * Math.min(p, 0.5)) / 0.5 : 100 * (1 - Math.abs(p - 0.5) / 0.5))
}

/** Applies an IndicatorRule to a share (or, for 'gap', a pay gap). */
export function applyRule(rule: IndicatorRule, x: number, parity: ScoringProfile['parity']): number {
  switch (rule.rule) {
    case 'parity':
      return parityScore(x, parity)
    case 'higherIsBetter':
      return clamp100((100 * x) / rule.target)
    case 'lowerIsBetter':
      return clamp100(100 * (1 - x / rule.worst))
    case 'gap':
      return clamp100(100 * (1 - Math.abs(x) / rule.worst))
  }
}

/** Default rules where the profile lists none. Stated here once so the UI can show them. */
export const DEFAULT_RULES = {
  /** Shares of women (people, sources, journalists, speaking time, staff by sex). */
  womenShare: { rule: 'parity' } as IndicatorRule,
  /** Item shares where more is worse: overt/subtle stereotypes, stereotyped ads. */
  itemShareWorse: { rule: 'lowerIsBetter', worst: 1 } as IndicatorRule,
  /** Other item shares (about women, challenging stereotypes, law, …): share × 100. */
  itemShareBetter: { rule: 'higherIsBetter', target: 1 } as IndicatorRule,
  /** Pay gap: 0 at a 50 % gap either way. */
  gap: { rule: 'gap', worst: 0.5 } as IndicatorRule,
} as const

const WORSE_FLAGS = new Set(['stereotypeOvert', 'stereotypeSubtle'])

function defaultContentRule(value: IndicatorValue): IndicatorRule | null {
  if (value.kind === 'womenShare') return DEFAULT_RULES.womenShare
  if (value.kind !== 'itemShare') return null
  if (value.metric === 'items.share') return WORSE_FLAGS.has(value.filter?.flag ?? '') ? DEFAULT_RULES.itemShareWorse : DEFAULT_RULES.itemShareBetter
  if (value.metric === 'ads.share') return value.filter?.rating === 'stereotyped' ? DEFAULT_RULES.itemShareWorse : DEFAULT_RULES.itemShareBetter
  return null
}

function ownRule(profile: ScoringProfile, indicatorId: string): IndicatorRule | undefined {
  return Object.hasOwn(profile.indicatorRules, indicatorId) ? profile.indicatorRules[indicatorId] : undefined
}

interface Scored {
  score: number | null
  withheld?: WithheldReason
  rule?: AppliedRule
}

function minimumFor(unit: string, profile: ScoringProfile): { unit: 'people' | 'items' | 'staff'; minimum: number } {
  if (unit === 'staff') return { unit: 'staff', minimum: profile.minimumSample.staff }
  if (unit === 'items' || unit === 'ads' || unit === 'broadcastItems') return { unit: 'items', minimum: profile.minimumSample.items }
  return { unit: 'people', minimum: profile.minimumSample.people }
}

/**
 * n = the share's denominator (people coded woman or man, items, staff); coded = everything coded,
 * other and unknown sex included. Nothing coded → noData; a denominator of 0 or under the
 * profile's minimum → sampleTooSmall.
 */
function sampleCheck(n: number, unit: string, profile: ScoringProfile, coded = n): WithheldReason | null {
  if (coded <= 0) return { code: 'noData' }
  const m = minimumFor(unit, profile)
  return n < m.minimum || n <= 0 ? { code: 'sampleTooSmall', unit: m.unit, n, minimum: m.minimum } : null
}

function yesNoPoints(q: Extract<QuestionValue, { type: 'yesNo' }>, profile: ScoringProfile): number {
  const scale = Math.max(profile.yesNo.yes, profile.yesNo.yesWithoutEvidence, profile.yesNo.no)
  if (scale <= 0) return 0
  const points = q.value === 'no' ? profile.yesNo.no : q.evidenceRequired && !q.evidence ? profile.yesNo.yesWithoutEvidence : profile.yesNo.yes
  return clamp100((100 * points) / scale)
}

function scoreQuestions(indicatorId: string, value: Extract<IndicatorValue, { kind: 'questions' }>, profile: ScoringProfile): Scored {
  const scores: number[] = []
  const kinds = new Set<string>()
  let firstWithheld: WithheldReason | undefined
  let answered = 0
  const rule = ownRule(profile, indicatorId)
  for (const q of value.questions) {
    switch (q.type) {
      case 'countBySex': {
        answered++
        const w = sampleCheck(q.share.denominator, 'staff', profile, q.counts.women + q.counts.men + q.counts.other + q.counts.unknown)
        if (w) {
          firstWithheld ??= w
          break
        }
        const r = rule ?? DEFAULT_RULES.womenShare
        kinds.add(r.rule)
        scores.push(applyRule(r, q.share.value ?? 0, profile.parity))
        break
      }
      case 'amountBySex': {
        answered++
        if (q.gap === null) break
        const r = rule && rule.rule === 'gap' ? rule : DEFAULT_RULES.gap
        kinds.add('gap')
        scores.push(applyRule(r, q.gap, profile.parity))
        break
      }
      case 'yesNo':
        answered++
        kinds.add('policy')
        scores.push(yesNoPoints(q, profile))
        break
      case 'maturity':
        answered++
        if (q.highest <= 0) break
        kinds.add('policy')
        scores.push(clamp100((100 * q.level) / q.highest))
        break
      case 'checklist':
        answered++
        if (q.total <= 0) break
        kinds.add('policy')
        scores.push(clamp100((100 * q.checked.length) / q.total))
        break
      case 'info':
        answered++
        break
      default:
        break
    }
  }
  const applied: AppliedRule | undefined =
    kinds.size === 0 ? undefined : kinds.size > 1 ? { rule: 'mixed' } : kinds.has('policy') ? { rule: 'policy' } : kinds.has('gap') ? (rule?.rule === 'gap' ? rule : DEFAULT_RULES.gap) : (rule ?? DEFAULT_RULES.womenShare)
  if (scores.length > 0) {
    const out: Scored = { score: scores.reduce((a, b) => a + b, 0) / scores.length }
    if (applied) out.rule = applied
    return out
  }
  if (firstWithheld) return { score: null, withheld: firstWithheld }
  if (value.assessmentId === undefined) return { score: null, withheld: { code: 'noData' } }
  return { score: null, withheld: answered > 0 ? { code: 'notScored' } : { code: 'notAnswered' } }
}

const NOT_SCORED: WithheldReason = Object.freeze({ code: 'notScored' })
/** The value of an indicator nothing was given for: scored as no data. */
const NO_ANSWERS: IndicatorValue = Object.freeze({ kind: 'questions', questions: [] }) as IndicatorValue

/** One indicator's score from its value. */
export function scoreIndicator(section: Section, indicator: Indicator, value: IndicatorValue, profile: ScoringProfile): IndicatorScore {
  const indicatorId = indicator.id
  const sectionId = section.id
  const category = section.category
  if (value.kind === 'notApplicable') return { indicatorId, sectionId, category, score: null, applicable: false }
  if (!indicator.scored || value.kind === 'distribution') return { indicatorId, sectionId, category, score: null, applicable: true, withheld: NOT_SCORED }
  let scored: Scored
  if (value.kind === 'questions') scored = scoreQuestions(indicator.id, value, profile)
  else {
    const rule = ownRule(profile, indicator.id) ?? defaultContentRule(value)
    const n = value.kind === 'womenShare' && value.unit === 'broadcastItems' ? value.sample : value.share.denominator
    const w = sampleCheck(n, value.unit, profile, value.kind === 'womenShare' ? value.sample : n)
    if (!rule) scored = { score: null, withheld: { code: 'noRule' } }
    else if (w) scored = { score: null, withheld: w, rule }
    else if (value.share.value === null) scored = { score: null, withheld: { code: 'noData' }, rule }
    else scored = { score: applyRule(rule, value.share.value, profile.parity), rule }
  }
  const out: IndicatorScore = { indicatorId, sectionId, category, score: scored.score, applicable: true }
  if (scored.withheld) out.withheld = scored.withheld
  if (scored.rule) out.rule = scored.rule
  return out
}

function weightedMean(pairs: { value: number | null; weight: number }[]): number | null {
  let sum = 0
  let weights = 0
  for (const { value, weight } of pairs) {
    if (value === null || !(weight > 0)) continue
    sum += value * weight
    weights += weight
  }
  return weights > 0 ? sum / weights : null
}

/**
 * Scores every indicator of the rubric from its value (`values` by indicator id; an indicator
 * without a value counts as no data), then sections, categories and overall.
 */
export function scoreRubric(rubric: Rubric, values: ReadonlyMap<string, IndicatorValue>, profile: ScoringProfile): Scores {
  const indicators: IndicatorScore[] = []
  const sections: SectionScore[] = []
  for (const section of rubric.sections) {
    let sum = 0
    let scored = 0
    let withheld = 0
    let notApplicable = 0
    for (const indicator of section.indicators) {
      const s = scoreIndicator(section, indicator, values.get(indicator.id) ?? NO_ANSWERS, profile)
      indicators.push(s)
      if (!s.applicable) notApplicable++
      else if (s.score !== null) {
        sum += s.score
        scored++
      } else if (s.withheld?.code !== 'notScored') withheld++
    }
    sections.push({
      sectionId: section.id,
      category: section.category,
      applicable: notApplicable < section.indicators.length,
      score: scored > 0 ? sum / scored : null,
      weight: Object.hasOwn(profile.sectionWeights, section.id) ? (profile.sectionWeights[section.id] ?? 1) : 1,
      indicatorsScored: scored,
      indicatorsWithheld: withheld,
      indicatorsNotApplicable: notApplicable,
    })
  }
  const category = (c: Category) =>
    weightedMean(sections.filter((s) => s.category === c && s.applicable).map((s) => ({ value: s.score, weight: s.weight })))
  const categories: Record<Category, number | null> = { A: category('A'), B: category('B') }
  const overall = weightedMean([
    { value: categories.A, weight: profile.categoryWeights.A },
    { value: categories.B, weight: profile.categoryWeights.B },
  ])
  return { indicators, sections, categories, overall }
}

const UNIT_WORDS: Record<'people' | 'items' | 'staff', { vi: string; en: string }> = {
  people: { vi: 'người', en: 'people' },
  items: { vi: 'tin bài', en: 'content items' },
  staff: { vi: 'nhân sự', en: 'staff' },
}

/** A withheld reason in words, for the CLI and the PDF (the UI uses its own messages). */
export function describeWithheld(reason: WithheldReason, locale: Locale): string {
  const vi = locale === 'vi'
  switch (reason.code) {
    case 'sampleTooSmall': {
      const unit = UNIT_WORDS[reason.unit][locale]
      if (reason.unit === 'staff')
        return vi
          ? `chỉ có ${reason.n} nhân sự được đếm là nữ hoặc nam; hồ sơ chấm điểm cần ${reason.minimum}`
          : `only ${reason.n} staff counted as women or men; the profile needs ${reason.minimum}`
      if (reason.unit === 'people')
        return vi
          ? `chỉ có ${reason.n} người được mã hóa là nữ hoặc nam; hồ sơ chấm điểm cần ${reason.minimum}`
          : `only ${reason.n} people coded as a woman or a man; the profile needs ${reason.minimum}`
      return vi
        ? `chỉ có ${reason.n} ${unit} được mã hóa; hồ sơ chấm điểm cần ${reason.minimum}`
        : `only ${reason.n} ${unit} coded; the profile needs ${reason.minimum}`
    }
    case 'noData':
      return vi ? 'chưa có dữ liệu trong kỳ' : 'no data in the period'
    case 'notAnswered':
      return vi ? 'chưa trả lời câu hỏi nào' : 'no question answered'
    case 'notScored':
      return vi ? 'chỉ báo tham khảo, không chấm điểm' : 'diagnostic indicator, not scored'
    case 'noRule':
      return vi ? 'hồ sơ chấm điểm không có quy tắc cho chỉ báo này' : 'the scoring profile has no rule for this indicator'
  }
}
