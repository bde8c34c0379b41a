// Adoption status of an outlet at a date under an adoption policy (none / pilot / official) and
// adoption rates over the register. Evidence is dated by what it covers (assessment periods,
// publication dates), not by when it was typed in, so the same files give the same history.

import type { AdoptionLevel } from './adoptionPolicy'
import type { Period } from './assessment'
import type { Channel } from './outlet'
import type { SectionId } from './rubric'

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
