// An adoption policy: a jurisdiction's dated targets and the rules that make an outlet
// "pilot" or "official". No official definition exists; the defaults are the product's.

import type { SectionId } from './rubric'
import type { LocalText } from './text'

export const ADOPTION_POLICY_FORMAT = 'gim-adoption-policy'

export type AdoptionLevel = 'none' | 'pilot' | 'official'

export interface AdoptionTarget {
  level: Exclude<AdoptionLevel, 'none'>
  /** Share of the register, 0–1. */
  share: number
  /** YYYY-MM-DD, inclusive. */
  by: string
}

export interface PilotCriteria {
  /** Trailing window, in months, ending at the date asked about. */
  windowMonths: number
  /** An organisation assessment covering at least these sections. */
  requiredSections: SectionId[]
  /** At least this many coded content items in the window. */
  minContentItems: number
}

export interface OfficialCriteria {
  /** A recorded adoption decision (document reference and date, on or before the date). */
  requiresAdoptionDecision: boolean
  windowMonths: number
  /** A complete organisation assessment of every applicable A-section in the window. */
  requiresAllApplicableSections: boolean
  /** At least `minContentItemsPerQuarter` items in each of the last `quarters` calendar quarters… */
  quarters: number
  minContentItemsPerQuarter: number
  /** …covering each channel the outlet has. */
  coverEachChannel: boolean
}

export interface AdoptionPolicy {
  format: typeof ADOPTION_POLICY_FORMAT
  formatVersion: number
  id: string
  version: string
  title: LocalText
  jurisdiction: LocalText
  /** The legal text the targets come from. */
  source: LocalText
  targets: AdoptionTarget[]
  criteria: { pilot: PilotCriteria; official: OfficialCriteria }
}
