// Assessments: always pinned to the rubric id and version they were made with.
// An organisation assessment (Category A) is one outlet × one reporting period; a content
// assessment (Category B) is one coded item: an article, a broadcast segment or an advertisement.

import type { Channel } from './outlet'

export type Sex = 'female' | 'male' | 'other' | 'unknown'
export const SEXES: readonly Sex[] = ['female', 'male', 'other', 'unknown']

export type AssessmentStatus = 'draft' | 'complete'

/** Counts by sex; the share of women is always computed, never typed. */
export interface CountsBySex {
  women: number
  men: number
  other: number
  unknown: number
}

/** Amounts by sex, e.g. average monthly pay; the gap is computed. */
export interface AmountsBySex {
  women: number
  men: number
}

/** One answer per question; `na` = not applicable (only where the question allows it). */
export type Answer =
  | { type: 'na' }
  | { type: 'yesNo'; value: 'yes' | 'no'; evidence?: string }
  | { type: 'checklist'; checked: string[]; evidence?: string }
  | { type: 'countBySex'; counts: CountsBySex }
  | { type: 'amountBySex'; amounts: AmountsBySex }
  | { type: 'maturity'; level: number; evidence?: string }
  | { type: 'singleChoice'; choice: string }
  | { type: 'multiChoice'; choices: string[] }
  | { type: 'text'; text: string }

export interface RubricRef {
  rubricId: string
  rubricVersion: string
}

export interface Period {
  /** YYYY-MM-DD, inclusive. */
  start: string
  /** YYYY-MM-DD, inclusive. */
  end: string
}

export interface OrganisationAssessment extends RubricRef {
  id: string
  outletId: string
  period: Period
  /** Keyed by question id. */
  answers: Record<string, Answer>
  status: AssessmentStatus
  createdAt: string
  updatedAt: string
}

export type ContentKind = 'article' | 'broadcast' | 'advertisement'

/** GMMP-style story fields; codes come from the rubric's content-coding code lists. */
export interface StoryCoding {
  topic: string
  scope: string
  /** Centred on a particular woman or group of women. */
  aboutWomen: boolean
  /** Gives attention to social concerns of women (B1 I4). */
  womenConcerns: boolean
  stereotypeOvert: boolean
  stereotypeSubtle: boolean
  challengesStereotypes: boolean
  /** Refers to gender-equality or human-rights law or policy. */
  refersToLaw: boolean
  highlightsInequality: boolean
}

/** One person in the news: a subject or a source. */
export interface PersonRow {
  id: string
  /** Left out of submission files unless the editor chooses to include names. */
  name?: string
  sex: Sex
  /** Code from the `function` list: subject, spokesperson, expert, personalExperience, eyewitness, popularOpinion, other, unknown. */
  function: string
  /** Code from the `occupation` list. */
  occupation: string
  /** Quoted, directly or in reported speech. */
  quoted: boolean
  photographed: boolean
  victim: boolean
  survivor: boolean
  /** Described by a family role ("vợ của…", "mẹ của…"). */
  familyRole: boolean
  /** The newsroom chose this person (an expert or guest it controls), as BBC 50:50 counts. */
  chosenByNewsroom: boolean
}

export interface JournalistRow {
  sex: Sex
  /** Code from the `journalistRole` list: reporter, presenter, other. */
  role: string
}

export type AdRating = 'stereotyped' | 'neutral' | 'genderSensitive'

export interface AdCoding {
  rating: AdRating
  /** Codes from the `adRole` list, per sex shown. */
  womenRoles: string[]
  menRoles: string[]
  voiceOverSex?: Sex
}

export interface ContentAssessment extends RubricRef {
  id: string
  outletId: string
  kind: ContentKind
  channel: Channel
  /** Date published or broadcast, YYYY-MM-DD: decides the period it counts in. */
  date: string
  title: string
  url?: string
  story: StoryCoding
  people: PersonRow[]
  journalists: JournalistRow[]
  /** Broadcast only: seconds of speech by sex. */
  speakingSeconds?: { female: number; male: number; other: number; unknown: number }
  ad?: AdCoding
  status: AssessmentStatus
  createdAt: string
  updatedAt: string
}
