// An adoption policy: a jurisdiction's dated targets and the rules that make an outlet
// "pilot" or "official". No official definition exists; the defaults are the product's.

import { SECTION_IDS, checkFormat, checkNfc, type SectionId } from './rubric'
import type { LocalText } from './text'
import { Checker, DATE_PATTERN, SEMVER_PATTERN, joinPath, own, type Parsed } from './validate'

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
  /** At least this many coded content items within that window (see windowMonths). */
  minContentItems: number
}

export interface OfficialCriteria {
  /** A recorded adoption decision (document reference and date, on or before the date). */
  requiresAdoptionDecision: boolean
  windowMonths: number
  /** A complete organisation assessment of every applicable A-section within that window (see windowMonths). */
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

export const ADOPTION_POLICY_FORMAT_VERSION = 1
export const TARGET_LEVELS: readonly AdoptionTarget['level'][] = ['pilot', 'official']

function known(c: Checker, obj: Record<string, unknown>, path: string, keys: readonly string[]): void {
  for (const key of Object.keys(obj)) if (!keys.includes(key)) c.add(joinPath(path, key), 'unknown field')
}

function months(c: Checker, value: unknown, path: string): number | undefined {
  return c.number(value, path, { integer: true, min: 1, max: 120 })
}

function parsePilot(c: Checker, value: unknown, path: string): PilotCriteria | undefined {
  const obj = c.record(value, path)
  if (!obj) return undefined
  known(c, obj, path, ['windowMonths', 'requiredSections', 'minContentItems'])
  const windowMonths = months(c, own(obj, 'windowMonths'), joinPath(path, 'windowMonths'))
  const spath = joinPath(path, 'requiredSections')
  const arr = c.array(own(obj, 'requiredSections'), spath)
  const requiredSections: SectionId[] = []
  arr?.forEach((s, i) => {
    const v = c.oneOf(s, joinPath(spath, i), SECTION_IDS)
    if (v !== undefined) {
      if (requiredSections.includes(v)) c.add(joinPath(spath, i), `'${v}' listed twice`)
      else requiredSections.push(v)
    }
  })
  const minContentItems = c.number(own(obj, 'minContentItems'), joinPath(path, 'minContentItems'), { integer: true, min: 0 })
  if (windowMonths === undefined || !arr || minContentItems === undefined) return undefined
  return { windowMonths, requiredSections, minContentItems }
}

function parseOfficial(c: Checker, value: unknown, path: string): OfficialCriteria | undefined {
  const obj = c.record(value, path)
  if (!obj) return undefined
  const keys = [
    'requiresAdoptionDecision',
    'windowMonths',
    'requiresAllApplicableSections',
    'quarters',
    'minContentItemsPerQuarter',
    'coverEachChannel',
  ] as const
  known(c, obj, path, keys)
  const requiresAdoptionDecision = c.boolean(own(obj, 'requiresAdoptionDecision'), joinPath(path, 'requiresAdoptionDecision'))
  const windowMonths = months(c, own(obj, 'windowMonths'), joinPath(path, 'windowMonths'))
  const requiresAllApplicableSections = c.boolean(own(obj, 'requiresAllApplicableSections'), joinPath(path, 'requiresAllApplicableSections'))
  const quarters = c.number(own(obj, 'quarters'), joinPath(path, 'quarters'), { integer: true, min: 1, max: 40 })
  const minContentItemsPerQuarter = c.number(own(obj, 'minContentItemsPerQuarter'), joinPath(path, 'minContentItemsPerQuarter'), {
    integer: true,
    min: 0,
  })
  const coverEachChannel = c.boolean(own(obj, 'coverEachChannel'), joinPath(path, 'coverEachChannel'))
  if (
    requiresAdoptionDecision === undefined ||
    windowMonths === undefined ||
    requiresAllApplicableSections === undefined ||
    quarters === undefined ||
    minContentItemsPerQuarter === undefined ||
    coverEachChannel === undefined
  )
    return undefined
  return { requiresAdoptionDecision, windowMonths, requiresAllApplicableSections, quarters, minContentItemsPerQuarter, coverEachChannel }
}

/** Validates an unknown value as an adoption policy, reporting every problem with its path. */
export function parseAdoptionPolicy(input: unknown): Parsed<AdoptionPolicy> {
  const c = new Checker()
  const obj = c.record(input, '')
  if (!obj || !checkFormat(c, obj, ADOPTION_POLICY_FORMAT, ADOPTION_POLICY_FORMAT_VERSION)) return c.result<AdoptionPolicy>(undefined)
  checkNfc(c, obj, '')
  known(c, obj, '', ['$schema', 'format', 'formatVersion', 'id', 'version', 'title', 'jurisdiction', 'source', 'targets', 'criteria'])
  const id = c.string(own(obj, 'id'), 'id', { pattern: /^[a-z0-9][a-z0-9-]*$/, max: 60 })
  const version = c.string(own(obj, 'version'), 'version', { pattern: SEMVER_PATTERN })
  const title = c.localText(own(obj, 'title'), 'title')
  const jurisdiction = c.localText(own(obj, 'jurisdiction'), 'jurisdiction')
  const source = c.localText(own(obj, 'source'), 'source')

  const tarr = c.array(own(obj, 'targets'), 'targets') ?? []
  if (Array.isArray(own(obj, 'targets')) && tarr.length === 0) c.add('targets', 'must not be empty')
  const targets = tarr.flatMap((t, i): AdoptionTarget[] => {
    const path = joinPath('targets', i)
    const to = c.record(t, path)
    if (!to) return []
    known(c, to, path, ['level', 'share', 'by'])
    const level = c.oneOf(own(to, 'level'), joinPath(path, 'level'), TARGET_LEVELS)
    const share = c.number(own(to, 'share'), joinPath(path, 'share'), { min: 0, max: 1 })
    const by = c.string(own(to, 'by'), joinPath(path, 'by'), { pattern: DATE_PATTERN })
    return level !== undefined && share !== undefined && by !== undefined ? [{ level, share, by }] : []
  })

  const crit = c.record(own(obj, 'criteria'), 'criteria')
  let pilot: PilotCriteria | undefined
  let official: OfficialCriteria | undefined
  if (crit) {
    known(c, crit, 'criteria', ['pilot', 'official'])
    pilot = parsePilot(c, own(crit, 'pilot'), 'criteria.pilot')
    official = parseOfficial(c, own(crit, 'official'), 'criteria.official')
  }

  if (c.problems.length > 0 || !pilot || !official) return c.result<AdoptionPolicy>(undefined)
  return c.result<AdoptionPolicy>({
    format: ADOPTION_POLICY_FORMAT,
    formatVersion: ADOPTION_POLICY_FORMAT_VERSION,
    id: id as string,
    version: version as string,
    title: title as LocalText,
    jurisdiction: jurisdiction as LocalText,
    source: source as LocalText,
    targets,
    criteria: { pilot, official },
  })
}
