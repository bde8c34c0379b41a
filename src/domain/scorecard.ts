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
import { adoptionStatus } from './adoption'
import { aggregateContent } from './contentCube'
import { assessmentFor, outletValues, prepareEngine, type EngineInput, type PreparedEngine } from './engine'
import { countsFrom, womenShareOf } from './indicatorValues'
import { userGroupOf, type Outlet } from './outlet'
import { dayNumber, periodLabel, quarterIndex, quarterOfIndex, quarterPeriod } from './period'
import { applicableQuestions } from './completeness'
import { isAnswered } from './completeness'
import { scoreRubric } from './scoring'
import { DENOMINATOR_RULE } from './indicatorValues'

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

// --- Computing ----------------------------------------------------------------------------------


export interface ScorecardOptions {
  outletId: string
  period: Period
  /** Date of the adoption status; default the period's end. */
  at?: string
  /** Quarters in the trend (default 8), ending with the quarter of the period's end. */
  trendQuarters?: number
}

function profileOf(outlet: Outlet): OutletProfile {
  const p: OutletProfile = {
    id: outlet.id,
    name: outlet.name,
    kind: outlet.kind,
    userGroup: userGroupOf(outlet.kind),
    channels: [...outlet.channels],
    carriesAds: outlet.carriesAds,
    governingBody: outlet.governingBody,
  }
  if (outlet.adoptionDecision) p.adoptionDecision = { ...outlet.adoptionDecision }
  if (outlet.archivedAt) p.archivedAt = outlet.archivedAt
  return p
}

/** The scorecard of one outlet for one period. Throws when the outlet is not in the input. */
export function buildScorecard(input: EngineInput | PreparedEngine, options: ScorecardOptions): Scorecard {
  const prep = 'target' in input && 'columns' in input ? input : prepareEngine(input)
  const outlet = prep.input.outlets.find((o) => o.id === options.outletId)
  if (!outlet) throw new Error(`Outlet '${options.outletId}' is not in the register`)
  const { profile, policy } = prep.input
  const period = options.period
  const at = options.at ?? period.end
  const row = prep.columns.outletIds.indexOf(outlet.id)
  const cube = aggregateContent(prep.columns, dayNumber(period.start), dayNumber(period.end), row < 0 ? 0x7fffffff : row)
  const values = outletValues(prep, outlet, cube, row, period)
  const scores = scoreRubric(prep.target, values, profile)
  const scoreById = new Map(scores.indicators.map((s) => [s.indicatorId, s]))
  const org = assessmentFor(prep, outlet.id, period)

  const indicators: ScorecardIndicator[] = []
  for (const section of prep.target.sections)
    for (const indicator of section.indicators) {
      const s = scoreById.get(indicator.id)!
      const entry: ScorecardIndicator = {
        indicatorId: indicator.id,
        sectionId: section.id,
        category: section.category,
        objective: indicator.objective,
        text: indicator.text,
        provenance: indicator.provenance,
        scored: indicator.scored,
        applicable: s.applicable,
        value: values.get(indicator.id)!,
        score: s.score,
      }
      if (s.withheld) entry.withheld = s.withheld
      if (s.rule) entry.rule = s.rule
      indicators.push(entry)
    }
  const sections: ScorecardSection[] = prep.target.sections.map((section) => ({
    sectionId: section.id,
    category: section.category,
    title: section.title,
    score: scores.sections.find((s) => s.sectionId === section.id)!,
  }))

  // Trend: women among sources by quarter, one cube per quarter for this outlet only.
  const trend: TrendPoint[] = []
  const last = quarterIndex(period.end)
  const nQ = options.trendQuarters ?? 8
  for (let q = last - nQ + 1; q <= last; q++) {
    const quarter = quarterOfIndex(q)
    const qp = quarterPeriod(quarter)
    const counts = row < 0 ? { women: 0, men: 0, other: 0, unknown: 0 } : countsFrom(aggregateContent(prep.columns, dayNumber(qp.start), dayNumber(qp.end), row).sources, row * 4)
    trend.push({ quarter, period: qp, counts, share: womenShareOf(counts) })
  }

  const F = Math.max(1, cube.functionCodes.length)
  const fnLabels = new Map(prep.target.contentCoding.codeLists.function.map((c) => [c.code, c.label]))
  const byFunction: FunctionShareRow[] = []
  if (row >= 0)
    cube.functionCodes.forEach((code, f) => {
      const counts = countsFrom(cube.peopleByFunction, (row * F + f) * 4)
      if (counts.women + counts.men + counts.other + counts.unknown === 0) return
      byFunction.push({ code, label: fnLabels.get(code) ?? { vi: code, en: code }, counts, share: womenShareOf(counts) })
    })

  const sectionProfile: SectionProfileRow[] = prep.target.sections
    .filter((s) => s.category === 'A')
    .map((section) => {
      const qs = applicableQuestions(prep.target, outlet, [section.id])
      const answered = org ? qs.filter(({ question }) => isAnswered(question, Object.hasOwn(org.answers, question.id) ? org.answers[question.id] : undefined)).length : 0
      const sc = scores.sections.find((s) => s.sectionId === section.id)
      return { sectionId: section.id, title: section.title, applicable: sc?.applicable ?? false, questionsApplicable: qs.length, questionsAnswered: answered, score: sc?.score ?? null }
    })

  const people = row < 0 ? { women: 0, men: 0, other: 0, unknown: 0 } : countsFrom(cube.people, row * 4)
  const sources = row < 0 ? { women: 0, men: 0, other: 0, unknown: 0 } : countsFrom(cube.sources, row * 4)
  const V = Math.max(1, cube.versions.length)
  const rubricVersionsUsed: VersionUse[] = []
  const versionKeys = new Set<string>()
  if (row >= 0) cube.versions.forEach((v, i) => (cube.itemsByVersion[row * V + i]! > 0 ? versionKeys.add(v) : undefined))
  if (org) versionKeys.add(`${org.assessment.rubricId}@${org.assessment.rubricVersion}`)
  for (const k of [...versionKeys].sort()) {
    const sep = k.lastIndexOf('@')
    const vi = cube.versions.indexOf(k)
    rubricVersionsUsed.push({
      rubricId: k.slice(0, sep),
      rubricVersion: k.slice(sep + 1),
      organisationAssessments: org && `${org.assessment.rubricId}@${org.assessment.rubricVersion}` === k ? 1 : 0,
      contentItems: row >= 0 && vi >= 0 ? cube.itemsByVersion[row * V + vi]! : 0,
    })
  }

  return {
    outlet: profileOf(outlet),
    period: { start: period.start, end: period.end, label: periodLabel(period) },
    at,
    rubric: { rubricId: prep.target.id, rubricVersion: prep.target.version },
    rubricVersionsUsed,
    profile: { id: profile.id, version: profile.version, note: profile.note },
    policy: { id: policy.id, version: policy.version },
    denominatorRule: DENOMINATOR_RULE,
    sample: { contentItems: row < 0 ? 0 : cube.items[row]!, people, sources, organisationAssessmentId: org ? org.assessment.id : null },
    indicators,
    sections,
    categories: scores.categories,
    overall: scores.overall,
    adoption: adoptionStatus(prep.adoption, outlet, at, policy),
    trend,
    byFunction,
    sectionProfile,
    notes: prep.notes,
  }
}
