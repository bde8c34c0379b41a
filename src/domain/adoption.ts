// Adoption status of an outlet at a date under an adoption policy (none / pilot / official) and
// adoption rates over the register. Evidence is dated by what it covers (assessment periods,
// publication dates), not by when it was typed in, so the same files give the same history.

import type { AdoptionLevel } from './adoptionPolicy'
import type { Period } from './assessment'
import type { Channel } from './outlet'
import type { SectionId } from './rubric'
import type { AdoptionPolicy } from './adoptionPolicy'
import type { Answer, OrganisationAssessment } from './assessment'
import { applicableQuestions, type ApplicableQuestion } from './completeness'
import { answeredFast } from './indicatorValues'
import type { DatedItems } from './contentColumns'
import { countInDays, countInQuarter, dailyCounts, type DailyCounts } from './contentCube'
import { CHANNELS, type Outlet } from './outlet'
import { dayNumber, quarterIndex, lastQuarters, monthEnd, monthIndex, monthsBetween, quarterPeriod, trailingWindow, overlaps } from './period'
import type { Rubric } from './rubric'
import type { Locale } from './text'

/** What is missing for a level: structured so the UI can translate it; describeMissing() words it for CLI/PDF. */
export type MissingItem =
  /** No organisation assessment whose period overlaps the window. */
  | { code: 'noOrganisationAssessment'; window: Period }
  /** The required (or applicable) A-section is not fully answered in any assessment of the window. */
  | { code: 'sectionNotAssessed'; section: SectionId }
  /** Official: the assessment covering the sections must have status complete. */
  | { code: 'organisationAssessmentNotComplete'; assessmentId: string }
  | { code: 'contentItemsInWindow'; window: Period; have: number; need: number; missing: number }
  | { code: 'contentItemsInQuarter'; quarter: string; have: number; need: number; missing: number }
  | { code: 'channelNotCoveredInQuarter'; quarter: string; channel: Channel }
  | { code: 'noAdoptionDecision' }
  /** A decision is recorded but dated after the date asked about. */
  | { code: 'adoptionDecisionAfterDate'; decisionDate: string }

export interface LevelCheck {
  met: boolean
  missing: MissingItem[]
}

export interface QuarterEvidence {
  quarter: string
  items: number
  /** Items per channel in the quarter. */
  byChannel: Partial<Record<Channel, number>>
}

export interface AdoptionStatus {
  outletId: string
  at: string
  level: AdoptionLevel
  /** What is missing for pilot and for official (empty when met). */
  pilot: LevelCheck
  official: LevelCheck
  /** What is missing for the next level: pilot's list when none, official's when pilot, [] when official. */
  missing: MissingItem[]
  evidence: {
    pilotWindow: Period
    officialWindow: Period
    contentItemsInPilotWindow: number
    /** A-sections fully answered in an assessment overlapping the pilot window. */
    sectionsAssessed: SectionId[]
    quarters: QuarterEvidence[]
    adoptionDecision?: { reference: string; date: string }
  }
}

export interface LevelRate {
  count: number
  /** count / registerSize; null when the register is empty. */
  share: number | null
}

/** Rates at one date. "pilot" counts outlets at pilot level or above. */
export interface AdoptionRates {
  at: string
  registerSize: number
  none: LevelRate
  pilot: LevelRate
  official: LevelRate
}

export interface AdoptionSeriesPoint extends AdoptionRates {
  /** YYYY-MM; `at` is its last day. */
  month: string
  /** The month has ended on or before the date asked about (later points are what today's evidence would give). */
  observed: boolean
}

export interface AdoptionSeries {
  policyId: string
  policyVersion: string
  /** First and last month, YYYY-MM. */
  from: string
  to: string
  points: AdoptionSeriesPoint[]
}

export interface TargetProjection {
  /** Stated method, e.g. least squares over the last 12 observed month-end shares, clamped to [0, 1]. */
  method: 'leastSquares12Months' | 'observed'
  /** Months used for the fit (YYYY-MM). */
  fittedFrom: string | null
  fittedTo: string | null
  /** Share change per month of the fitted line. */
  slopePerMonth: number | null
  /** Projected (or, when `by` is past, observed) share at the target date. */
  shareAtTarget: number | null
  willMeet: boolean | null
}

export interface TargetProgress {
  level: Exclude<AdoptionLevel, 'none'>
  target: number
  by: string
  /** Share at the date asked about. */
  current: number | null
  /** max(0, target − current). */
  gap: number | null
  /** Outlets still needed to reach the target at today's register size. */
  outletsNeeded: number | null
  met: boolean
  projection: TargetProjection
}

// --- Computing ----------------------------------------------------------------------------------


/** What an organisation assessment shows, computed once: the sections it fully answers. */
export interface AssessmentCoverage {
  id: string
  period: Period
  startDay: number
  endDay: number
  complete: boolean
  /** Applicable A-sections of its rubric for the outlet. */
  applicableSections: SectionId[]
  /** Applicable A-sections with every required question answered (and at least one answer). */
  coveredSections: SectionId[]
}

/** Everything adoption needs, prepared once for many dates. */
export interface AdoptionContext {
  outlets: Outlet[]
  /** Outlet id → row of the daily counts (−1 when it has no content). */
  countRow: Map<string, number>
  daily: DailyCounts
  coverage: Map<string, AssessmentCoverage[]>
  notes: string[]
}

export const SERIES_FROM = '2022-01'
export const SERIES_TO = '2030-12'

/**
 * Prepares adoption evidence: per-outlet daily item counts (from the columns) and the sections each
 * organisation assessment covers (with the rubric version it was made with). Assessments whose
 * rubric version is unknown are left out with a note.
 */
export function prepareAdoption(input: {
  outlets: readonly Outlet[]
  organisationAssessments: readonly OrganisationAssessment[]
  rubrics: readonly Rubric[]
  columns: DatedItems
}): AdoptionContext {
  const notes: string[] = []
  const byKey = new Map(input.rubrics.map((r) => [`${r.id}@${r.version}`, r]))
  const outletById = new Map(input.outlets.map((o) => [o.id, o]))
  const coverage = new Map<string, AssessmentCoverage[]>()
  const questionCache = new Map<string, ApplicableQuestion[]>()
  for (const a of input.organisationAssessments) {
    const outlet = outletById.get(a.outletId)
    if (!outlet) continue
    const rubric = byKey.get(`${a.rubricId}@${a.rubricVersion}`)
    if (!rubric) {
      notes.push(`organisation assessment ${a.id}: rubric ${a.rubricId} ${a.rubricVersion} is not known; left out`)
      continue
    }
    const progress = sectionCoverage(rubric, outlet, a.answers, questionCache)
    const list = coverage.get(a.outletId) ?? []
    list.push({
      id: a.id,
      period: a.period,
      startDay: dayNumber(a.period.start),
      endDay: dayNumber(a.period.end),
      complete: a.status === 'complete',
      applicableSections: progress.map((p) => p.sectionId),
      coveredSections: progress.filter((p) => p.requiredMissing === 0 && p.answered > 0).map((p) => p.sectionId),
    })
    coverage.set(a.outletId, list)
  }
  const cols = input.columns
  // The table spans the items' dates only: windows reaching beyond it are clamped (no items there).
  let minDay = Infinity
  let maxDay = -Infinity
  for (let i = 0; i < cols.size; i++) {
    const d = cols.day[i]!
    if (d < minDay) minDay = d
    if (d > maxDay) maxDay = d
  }
  if (minDay > maxDay) minDay = maxDay = 0
  // Dates far outside any plausible range (typos such as 0202) must not blow the table up.
  minDay = Math.max(minDay, dayNumber('1990-01-01'))
  maxDay = Math.min(maxDay, dayNumber('2100-12-31'))
  if (minDay > maxDay) maxDay = minDay
  const countRow = new Map<string, number>()
  cols.outletIds.forEach((id, i) => countRow.set(id, i))
  return { outlets: [...input.outlets], countRow, daily: dailyCounts(cols, minDay, maxDay), coverage, notes }
}

/**
 * Same result as completeness.sectionProgress (answered / requiredMissing per applicable A-section),
 * with the applicable questions computed once per rubric version and outlet profile.
 */
function sectionCoverage(
  rubric: Rubric,
  outlet: Outlet,
  answers: Readonly<Record<string, Answer>>,
  cache: Map<string, ApplicableQuestion[]>,
): { sectionId: SectionId; answered: number; requiredMissing: number }[] {
  const key = `${rubric.id}@${rubric.version}|${outlet.kind}|${[...outlet.channels].sort().join(',')}|${outlet.carriesAds}`
  let questions = cache.get(key)
  if (!questions) {
    questions = applicableQuestions(
      rubric,
      outlet,
      rubric.sections.filter((s) => s.category === 'A').map((s) => s.id),
    )
    cache.set(key, questions)
  }
  const out: { sectionId: SectionId; answered: number; requiredMissing: number }[] = []
  let current: { sectionId: SectionId; answered: number; requiredMissing: number } | undefined
  for (const { section, question } of questions) {
    if (!current || current.sectionId !== section.id) {
      current = out.find((p) => p.sectionId === section.id)
      if (!current) {
        current = { sectionId: section.id, answered: 0, requiredMissing: 0 }
        out.push(current)
      }
    }
    const answer = Object.hasOwn(answers, question.id) ? answers[question.id] : undefined
    if (answeredFast(question, answer)) current.answered++
    else if (question.required) current.requiredMissing++
  }
  return out
}

function usableAssessments(ctx: AdoptionContext, outletId: string, window: Period, at: string): AssessmentCoverage[] {
  return (ctx.coverage.get(outletId) ?? []).filter((c) => overlaps(c.period, window) && c.period.start <= at)
}

/**
 * Outlet status at `at` under the policy.
 * - Evidence is dated by what it covers: an organisation assessment counts when its period
 *   overlaps the window and has started by `at`; a content item counts on its publication date.
 * - pilot: one assessment (draft or complete) fully answering each required section that applies,
 *   and at least minContentItems complete items in the trailing window.
 * - official: pilot, plus a decision dated on or before `at`, one complete assessment fully
 *   answering every applicable A-section, and minContentItemsPerQuarter items in each of the last
 *   `quarters` ended quarters (period.ts lastQuarters), with at least one on each of the outlet's
 *   channels in each of those quarters.
 */
export function adoptionStatus(ctx: AdoptionContext, outlet: Outlet, at: string, policy: AdoptionPolicy): AdoptionStatus {
  const row = ctx.countRow.get(outlet.id) ?? -1
  const atDay = dayNumber(at)
  const { pilot: pc, official: oc } = policy.criteria

  // Pilot: an assessment covering the required sections + enough items in the window.
  const pilotWindow = trailingWindow(at, pc.windowMonths)
  const pilotMissing: MissingItem[] = []
  const pilotCandidates = usableAssessments(ctx, outlet.id, pilotWindow, at)
  const sectionsAssessed = new Set<SectionId>()
  for (const c of pilotCandidates) for (const s of c.coveredSections) sectionsAssessed.add(s)
  if (pilotCandidates.length === 0) pilotMissing.push({ code: 'noOrganisationAssessment', window: pilotWindow })
  else {
    let best: SectionId[] | null = null
    for (const c of pilotCandidates) {
      const lacking = pc.requiredSections.filter((s) => c.applicableSections.includes(s) && !c.coveredSections.includes(s))
      if (best === null || lacking.length < best.length) best = lacking
    }
    for (const section of best ?? []) pilotMissing.push({ code: 'sectionNotAssessed', section })
  }
  const pilotItems = row < 0 ? 0 : countInDays(ctx.daily, row, dayNumber(pilotWindow.start), atDay)
  if (pilotItems < pc.minContentItems)
    pilotMissing.push({ code: 'contentItemsInWindow', window: pilotWindow, have: pilotItems, need: pc.minContentItems, missing: pc.minContentItems - pilotItems })

  // Official: decision + complete assessment of every applicable A-section + items per quarter.
  const officialWindow = trailingWindow(at, oc.windowMonths)
  const officialMissing: MissingItem[] = []
  const decision = outlet.adoptionDecision
  if (oc.requiresAdoptionDecision) {
    if (!decision || decision.reference.trim() === '') officialMissing.push({ code: 'noAdoptionDecision' })
    else if (decision.date > at) officialMissing.push({ code: 'adoptionDecisionAfterDate', decisionDate: decision.date })
  }
  if (oc.requiresAllApplicableSections) {
    const candidates = usableAssessments(ctx, outlet.id, officialWindow, at)
    if (candidates.length === 0) officialMissing.push({ code: 'noOrganisationAssessment', window: officialWindow })
    else {
      let best: { lacking: SectionId[]; c: AssessmentCoverage } | null = null
      for (const c of candidates) {
        const lacking = c.applicableSections.filter((s) => !c.coveredSections.includes(s))
        const cost = lacking.length + (c.complete ? 0 : 1)
        if (best === null || cost < best.lacking.length + (best.c.complete ? 0 : 1)) best = { lacking, c }
      }
      if (best) {
        for (const section of best.lacking) officialMissing.push({ code: 'sectionNotAssessed', section })
        if (!best.c.complete) officialMissing.push({ code: 'organisationAssessmentNotComplete', assessmentId: best.c.id })
      }
    }
  }
  const quarters: QuarterEvidence[] = []
  for (const quarter of lastQuarters(at, oc.quarters)) {
    const qp = quarterPeriod(quarter)
    const a = dayNumber(qp.start)
    const b = dayNumber(qp.end)
    const items = row < 0 ? 0 : countInDays(ctx.daily, row, a, b)
    const byChannel: Partial<Record<Channel, number>> = {}
    const qi = quarterIndex(quarter)
    CHANNELS.forEach((channel, ci) => {
      const k = row < 0 ? 0 : countInQuarter(ctx.daily, row, qi, ci)
      if (k > 0 || outlet.channels.includes(channel)) byChannel[channel] = k
    })
    quarters.push({ quarter, items, byChannel })
    if (items < oc.minContentItemsPerQuarter)
      officialMissing.push({ code: 'contentItemsInQuarter', quarter, have: items, need: oc.minContentItemsPerQuarter, missing: oc.minContentItemsPerQuarter - items })
    // A quarter with no items at all is already reported above; channels are listed when some are missing.
    if (oc.coverEachChannel && items > 0)
      for (const channel of outlet.channels) if (!byChannel[channel]) officialMissing.push({ code: 'channelNotCoveredInQuarter', quarter, channel })
  }

  const pilotMet = pilotMissing.length === 0
  const officialMet = officialMissing.length === 0
  // Official builds on pilot: an outlet is official only when it also meets the pilot rules.
  const level: AdoptionLevel = pilotMet ? (officialMet ? 'official' : 'pilot') : 'none'
  const evidence: AdoptionStatus['evidence'] = {
    pilotWindow,
    officialWindow,
    contentItemsInPilotWindow: pilotItems,
    sectionsAssessed: [...sectionsAssessed].sort(),
    quarters,
  }
  if (decision) evidence.adoptionDecision = { reference: decision.reference, date: decision.date }
  return {
    outletId: outlet.id,
    at,
    level,
    pilot: { met: pilotMet, missing: pilotMissing },
    official: { met: officialMet, missing: officialMissing },
    missing: level === 'none' ? pilotMissing : level === 'pilot' ? officialMissing : [],
    evidence,
  }
}

/** The day numbers a date's rules look at, computed once per date for all outlets. */
interface DateFrame {
  at: string
  atDay: number
  pilotStart: number
  officialStart: number
  /** [start, end] day numbers and quarter index of the last `quarters` ended quarters. */
  quarters: [number, number, number][]
}

function frameOf(at: string, policy: AdoptionPolicy): DateFrame {
  return {
    at,
    atDay: dayNumber(at),
    pilotStart: dayNumber(trailingWindow(at, policy.criteria.pilot.windowMonths).start),
    officialStart: dayNumber(trailingWindow(at, policy.criteria.official.windowMonths).start),
    quarters: lastQuarters(at, policy.criteria.official.quarters).map((q) => {
      const p = quarterPeriod(q)
      return [dayNumber(p.start), dayNumber(p.end), quarterIndex(q)]
    }),
  }
}

/**
 * The level alone, by the same rules as adoptionStatus but with numbers only (no explanations):
 * for the monthly series over every outlet. Tests check that both always agree.
 */
function coversRequired(c: AssessmentCoverage, required: readonly SectionId[]): boolean {
  for (const s of required) if (c.applicableSections.includes(s) && !c.coveredSections.includes(s)) return false
  return true
}

/** What levelOf needs of an outlet, looked up once: the series asks about it for every month. */
interface OutletEvidence {
  row: number
  cov: AssessmentCoverage[] | undefined
  /** The adoption decision's date when the decision has a reference; null otherwise. */
  decisionDate: string | null
  /** CHANNELS index of each of the outlet's channels. */
  channels: number[]
}

function evidenceOf(ctx: AdoptionContext, outlet: Outlet): OutletEvidence {
  const decision = outlet.adoptionDecision
  return {
    row: ctx.countRow.get(outlet.id) ?? -1,
    cov: ctx.coverage.get(outlet.id),
    decisionDate: decision && decision.reference.trim() !== '' ? decision.date : null,
    channels: outlet.channels.map((channel) => CHANNELS.indexOf(channel)),
  }
}

function levelOf(ctx: AdoptionContext, e: OutletEvidence, f: DateFrame, policy: AdoptionPolicy): AdoptionLevel {
  const pc = policy.criteria.pilot
  const oc = policy.criteria.official
  const { row, cov } = e
  if (row < 0 || !cov || countInDays(ctx.daily, row, f.pilotStart, f.atDay) < pc.minContentItems) return 'none'
  let pilotOk = false
  for (const c of cov)
    if (c.endDay >= f.pilotStart && c.startDay <= f.atDay && coversRequired(c, pc.requiredSections)) {
      pilotOk = true
      break
    }
  if (!pilotOk) return 'none'
  if (oc.requiresAdoptionDecision && (e.decisionDate === null || e.decisionDate > f.at)) return 'pilot'
  if (oc.requiresAllApplicableSections) {
    let ok = false
    for (const c of cov)
      if (c.endDay >= f.officialStart && c.startDay <= f.atDay && c.complete && c.coveredSections.length === c.applicableSections.length) {
        ok = true
        break
      }
    if (!ok) return 'pilot'
  }
  for (const [a, b, qi] of f.quarters) {
    const items = countInDays(ctx.daily, row, a, b)
    if (items < oc.minContentItemsPerQuarter) return 'pilot'
    if (oc.coverEachChannel && items > 0) for (const ci of e.channels) if (countInQuarter(ctx.daily, row, qi, ci) === 0) return 'pilot'
  }
  return 'official'
}

function levelInFrame(ctx: AdoptionContext, outlet: Outlet, f: DateFrame, policy: AdoptionPolicy): AdoptionLevel {
  return levelOf(ctx, evidenceOf(ctx, outlet), f, policy)
}

/** The level of an outlet at `at` (same rules as adoptionStatus, without the explanations). */
export function adoptionLevel(ctx: AdoptionContext, outlet: Outlet, at: string, policy: AdoptionPolicy): AdoptionLevel {
  return levelInFrame(ctx, outlet, frameOf(at, policy), policy)
}

/** In the register's denominator on `at`: not archived on or before that date. */
export function inRegister(outlet: Outlet, at: string): boolean {
  return outlet.archivedAt === undefined || outlet.archivedAt > at
}

function rate(count: number, size: number): LevelRate {
  return { count, share: size > 0 ? count / size : null }
}

/** Rates from statuses: `pilot` counts pilot or official. */
export function ratesOf(at: string, levels: readonly AdoptionLevel[]): AdoptionRates {
  let pilot = 0
  let official = 0
  for (const level of levels) {
    if (level === 'official') official++
    if (level !== 'none') pilot++
  }
  const size = levels.length
  return { at, registerSize: size, none: rate(size - pilot, size), pilot: rate(pilot, size), official: rate(official, size) }
}

/** Adoption rates over the register on `at` (outlets that never submitted count as none). */
export function adoptionRates(ctx: AdoptionContext, at: string, policy: AdoptionPolicy): AdoptionRates {
  const frame = frameOf(at, policy)
  const levels: AdoptionLevel[] = []
  for (const outlet of ctx.outlets) if (inRegister(outlet, at)) levels.push(levelInFrame(ctx, outlet, frame, policy))
  return ratesOf(at, levels)
}

/** Month-end rates from `from` to `to` (YYYY-MM, default 2022-01…2030-12). */
export function adoptionSeries(ctx: AdoptionContext, policy: AdoptionPolicy, at: string, from = SERIES_FROM, to = SERIES_TO): AdoptionSeries {
  const months = monthsBetween(from, to)
  const frames = months.map((month) => frameOf(monthEnd(month), policy))
  // Outlet by outlet (its evidence looked up once), every month: the same levels as adoptionRates.
  const size = new Int32Array(frames.length)
  const pilot = new Int32Array(frames.length)
  const official = new Int32Array(frames.length)
  for (const outlet of ctx.outlets) {
    const evidence = evidenceOf(ctx, outlet)
    for (let i = 0; i < frames.length; i++) {
      const f = frames[i]!
      if (!inRegister(outlet, f.at)) continue
      size[i]!++
      const level = levelOf(ctx, evidence, f, policy)
      if (level === 'official') official[i]!++
      if (level !== 'none') pilot[i]!++
    }
  }
  const points = months.map((month, i): AdoptionSeriesPoint => {
    const end = frames[i]!.at
    const n = size[i]!
    return { at: end, registerSize: n, none: rate(n - pilot[i]!, n), pilot: rate(pilot[i]!, n), official: rate(official[i]!, n), month, observed: end <= at }
  })
  return { policyId: policy.id, policyVersion: policy.version, from, to, points }
}

/**
 * Least-squares line through the last 12 observed month-end shares (x = month index), read at the
 * target's month and clamped to [0, 1]. When the target date has passed, the observed share at
 * that date is used instead.
 */
export function projectShare(points: readonly AdoptionSeriesPoint[], level: 'pilot' | 'official', by: string): Omit<TargetProjection, 'willMeet'> {
  const observed = points.filter((p) => p.observed && p[level].share !== null).slice(-12)
  if (observed.length === 0) return { method: 'leastSquares12Months', fittedFrom: null, fittedTo: null, slopePerMonth: null, shareAtTarget: null }
  const xs = observed.map((p) => monthIndex(p.month))
  const ys = observed.map((p) => p[level].share as number)
  const n = xs.length
  const mx = xs.reduce((a, b) => a + b, 0) / n
  const my = ys.reduce((a, b) => a + b, 0) / n
  let sxx = 0
  let sxy = 0
  for (let i = 0; i < n; i++) {
    sxx += (xs[i]! - mx) ** 2
    sxy += (xs[i]! - mx) * (ys[i]! - my)
  }
  const slope = sxx > 0 ? sxy / sxx : 0
  const y = my + slope * (monthIndex(by) - mx)
  return {
    method: 'leastSquares12Months',
    fittedFrom: observed[0]!.month,
    fittedTo: observed[n - 1]!.month,
    slopePerMonth: slope,
    shareAtTarget: Math.max(0, Math.min(1, y)),
  }
}

const EPS = 1e-9

/** Each policy target with the share on `at`, the gap, and whether it will be met. */
export function targetProgress(ctx: AdoptionContext, policy: AdoptionPolicy, at: string, rates: AdoptionRates, series: AdoptionSeries): TargetProgress[] {
  return policy.targets.map((t) => {
    const current = rates[t.level].share
    let projection: TargetProjection
    if (t.by <= at) {
      const then = adoptionRates(ctx, t.by, policy)[t.level].share
      projection = { method: 'observed', fittedFrom: null, fittedTo: null, slopePerMonth: null, shareAtTarget: then, willMeet: then === null ? null : then + EPS >= t.share }
    } else {
      const p = projectShare(series.points, t.level, t.by)
      projection = { ...p, willMeet: p.shareAtTarget === null ? null : p.shareAtTarget + EPS >= t.share }
    }
    return {
      level: t.level,
      target: t.share,
      by: t.by,
      current,
      gap: current === null ? null : Math.max(0, t.share - current),
      outletsNeeded: current === null ? null : Math.max(0, Math.ceil(t.share * rates.registerSize - EPS) - rates[t.level].count),
      met: current !== null && current + EPS >= t.share,
      projection,
    }
  })
}

const CHANNEL_WORDS: Record<Channel, { vi: string; en: string }> = {
  print: { vi: 'báo in', en: 'print' },
  online: { vi: 'điện tử', en: 'online' },
  radio: { vi: 'phát thanh', en: 'radio' },
  tv: { vi: 'truyền hình', en: 'TV' },
}

/** A missing item in words (English or Vietnamese), for the CLI and the PDF. */
export function describeMissing(item: MissingItem, locale: Locale): string {
  const vi = locale === 'vi'
  switch (item.code) {
    case 'noOrganisationAssessment':
      return vi
        ? `chưa có tự đánh giá tổ chức cho giai đoạn ${item.window.start} – ${item.window.end}`
        : `no organisation assessment for ${item.window.start} – ${item.window.end}`
    case 'sectionNotAssessed':
      return vi ? `chưa đánh giá phần ${item.section}` : `${item.section} not assessed`
    case 'organisationAssessmentNotComplete':
      return vi ? 'bản tự đánh giá tổ chức chưa được đánh dấu hoàn thành' : 'the organisation assessment is not marked complete'
    case 'contentItemsInWindow':
      return vi
        ? `cần thêm ${item.missing} tin bài được mã hóa từ ${item.window.start} đến ${item.window.end} (có ${item.have}/${item.need})`
        : `${item.missing} more content items from ${item.window.start} to ${item.window.end} (${item.have} of ${item.need})`
    case 'contentItemsInQuarter':
      return vi
        ? `cần thêm ${item.missing} tin bài được mã hóa trong ${item.quarter.replace('-Q', ' quý ')} (có ${item.have}/${item.need})`
        : `${item.missing} more content items in ${item.quarter} (${item.have} of ${item.need})`
    case 'channelNotCoveredInQuarter':
      return vi
        ? `chưa có tin bài ${CHANNEL_WORDS[item.channel].vi} nào trong ${item.quarter.replace('-Q', ' quý ')}`
        : `no ${CHANNEL_WORDS[item.channel].en} content items in ${item.quarter}`
    case 'noAdoptionDecision':
      return vi ? 'chưa ghi nhận quyết định áp dụng' : 'no adoption decision recorded'
    case 'adoptionDecisionAfterDate':
      return vi ? `quyết định áp dụng ký ngày ${item.decisionDate}, sau ngày xét` : `the adoption decision is dated ${item.decisionDate}, after the date`
  }
}
