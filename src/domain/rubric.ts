// The rubric: a versioned, immutable indicator set. Sections (A1…B2) → strategic objectives →
// indicators → questions, plus the Category B content-coding scheme, all in one file per version.
// These types are the shape of `rubrics/<id>/<version>.json` (format "gim-rubric", formatVersion 1).

import type { LocalText } from './text'
import type { Channel, UserGroup } from './outlet'

export const RUBRIC_FORMAT = 'gim-rubric'
export const RUBRIC_FORMAT_VERSION = 1

export type SectionId = 'A1' | 'A2' | 'A3' | 'A4' | 'A5' | 'B1' | 'B2'
export const SECTION_IDS: readonly SectionId[] = ['A1', 'A2', 'A3', 'A4', 'A5', 'B1', 'B2']
export type Category = 'A' | 'B'

/** Where an indicator's wording comes from (indicator-frameworks.md: V / T / R). */
export type Provenance = 'verified' | 'translation' | 'reconstructed'

/** Which outlets a section, indicator or question applies to. Absent = applies to all. */
export interface Applicability {
  userGroups?: UserGroup[]
  channels?: Channel[]
  /** Only where the outlet carries advertising (B2). */
  requiresAds?: boolean
}

export type QuestionType =
  | 'yesNo'
  | 'checklist'
  | 'countBySex'
  | 'amountBySex'
  | 'maturity'
  | 'singleChoice'
  | 'multiChoice'
  | 'text'

export interface Option {
  id: string
  label: LocalText
}

export interface MaturityLevel {
  /** 0 = lowest. */
  level: number
  label: LocalText
}

export interface Question {
  id: string
  type: QuestionType
  text: LocalText
  guidance?: LocalText
  required: boolean
  /** "Not applicable" may be answered. */
  allowNA: boolean
  /** yesNo: a "yes" needs a means of verification (document reference, link or note). */
  evidenceRequired?: boolean
  /** checklist, singleChoice, multiChoice. */
  options?: Option[]
  /** maturity. */
  levels?: MaturityLevel[]
  /** amountBySex: the unit, e.g. "VNĐ/tháng". */
  unit?: LocalText
  appliesTo?: Applicability
}

/**
 * How a Category B indicator is computed from content codings. The metric names are the
 * engine's (src/domain/scoring); `filter` narrows it, e.g. { function: "expert" }.
 */
export interface ContentMeasure {
  metric: string
  filter?: Record<string, string>
}

export interface Indicator {
  id: string
  /** The strategic objective (its id in the section's `objectives`). */
  objective: string
  text: LocalText
  provenance: Provenance
  /** Where the wording was seen, or why it was reconstructed. */
  source?: string
  meansOfVerification: LocalText[]
  appliesTo?: Applicability
  /** Category A: answered by questions. */
  questions: Question[]
  /** Category B: computed from content codings. */
  measure?: ContentMeasure
  /** false = reported but never scored (diagnostic, e.g. topic mix). */
  scored: boolean
}

export interface StrategicObjective {
  id: string
  text: LocalText
}

export interface Section {
  id: SectionId
  category: Category
  title: LocalText
  /** Critical area of concern, as GSIM words it. */
  description?: LocalText
  appliesTo?: Applicability
  objectives: StrategicObjective[]
  indicators: Indicator[]
}

// --- Category B content-coding scheme (GMMP-style), versioned with the rubric -----------------

export interface Code {
  code: string
  label: LocalText
  /** A heading that groups codes, e.g. GMMP's major topic. */
  group?: string
}

export type CodeListId = 'topic' | 'scope' | 'function' | 'occupation' | 'victimOf' | 'adRole' | 'journalistRole'

export interface ContentCoding {
  codeLists: Record<CodeListId, Code[]>
  /** Short notes shown to coders, e.g. GMMP's rule for who is a person in the news. */
  instructions: LocalText[]
}

// --- Version mapping ------------------------------------------------------------------------

export type MappingKind = 'same' | 'renamed' | 'split' | 'merged' | 'retired' | 'new'

/**
 * How one indicator or question (or code) of the previous version lives on in this one.
 * - same / renamed: from [a] to [b] (b may equal a)
 * - split: from [a] to [b, c]; answers are copied to each part where the types allow
 * - merged: from [a, b] to [c]
 * - retired: from [a] to []   (answers are reported as retired, never silently dropped)
 * - new: from [] to [c]        (nothing to carry; the question must be answered afresh)
 */
export interface VersionMapping {
  kind: MappingKind
  from: string[]
  to: string[]
  note?: LocalText
}

export interface RubricPrevious {
  version: string
  mappings: VersionMapping[]
  /** Code-list changes, e.g. GMMP 2015 → 2020 topics: old code → new code ("" = retired). */
  codeMappings?: Partial<Record<CodeListId, Record<string, string>>>
}

export interface Rubric {
  format: typeof RUBRIC_FORMAT
  formatVersion: number
  id: string
  /** Semver of the content. */
  version: string
  title: LocalText
  issuer: LocalText
  basedOn: LocalText
  /** What changed from `previous`, in a sentence or two. */
  changeSummary?: LocalText
  published: string
  sections: Section[]
  contentCoding: ContentCoding
  previous?: RubricPrevious
}
