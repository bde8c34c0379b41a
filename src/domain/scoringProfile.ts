// A scoring profile turns indicator values into 0–100 scores. It is versioned apart from the
// rubric, and it is the app's own addition: GSIM and the 2014 Vietnamese set prescribe no scores.

import { SECTION_IDS, checkFormat, checkNfc, type Category, type SectionId } from './rubric'
import type { LocalText } from './text'
import { Checker, SEMVER_PATTERN, joinPath, own, type Parsed } from './validate'

export const SCORING_PROFILE_FORMAT = 'gim-scoring-profile'

/**
 * How one indicator's value becomes a 0–100 score.
 * - parity: a share of women, scored by the profile's `parity` curve
 * - higherIsBetter: share / target, capped at 100 (e.g. items referring to gender-equality law)
 * - lowerIsBetter: 100 × (1 − share / worst), floored at 0 (e.g. items with overt stereotypes)
 * - gap: an amount-by-sex gap (pay): 100 × (1 − |gap| / worst), floored at 0
 */
export type IndicatorRule =
  | { rule: 'parity' }
  | { rule: 'higherIsBetter'; target: number }
  | { rule: 'lowerIsBetter'; worst: number }
  | { rule: 'gap'; worst: number }

export interface ScoringProfile {
  format: typeof SCORING_PROFILE_FORMAT
  formatVersion: number
  id: string
  version: string
  title: LocalText
  /** Says, in both languages, that GSIM prescribes no scores. Shown wherever a score is. */
  note: LocalText
  /**
   * Shares of women → score. twoSided: 100 at parity, falling to 0 at 0 % or 100 % women;
   * oneSided: rises to 100 at parity and stays there.
   */
  parity: 'twoSided' | 'oneSided'
  /** Points for a yes/no policy question. */
  yesNo: { yes: number; yesWithoutEvidence: number; no: number }
  /** Weight of each section inside its category (missing = 1). */
  sectionWeights: Partial<Record<SectionId, number>>
  /** Weight of each category in the overall score. */
  categoryWeights: Record<Category, number>
  /**
   * Rules by indicator id, for indicators whose value is a share or a gap. Indicators not listed
   * use the default of their kind: parity for shares of women, the yes/no points for policies,
   * level / highest level for maturity, checked / all for checklists.
   */
  indicatorRules: Record<string, IndicatorRule>
  /** Below these sample sizes a score is withheld, with the reason. */
  minimumSample: {
    /** people coded, for shares among people in the news / sources */
    people: number
    /** content items, for shares of items */
    items: number
    /** staff counted, for shares by sex in an organisation */
    staff: number
  }
}

export const SCORING_PROFILE_FORMAT_VERSION = 1
export const PARITY_KINDS: readonly ScoringProfile['parity'][] = ['twoSided', 'oneSided']
export const INDICATOR_RULE_KINDS: readonly IndicatorRule['rule'][] = ['parity', 'higherIsBetter', 'lowerIsBetter', 'gap']

function parseRule(c: Checker, value: unknown, path: string): IndicatorRule | undefined {
  const obj = c.record(value, path)
  if (!obj) return undefined
  const rule = c.oneOf(own(obj, 'rule'), joinPath(path, 'rule'), INDICATOR_RULE_KINDS)
  const extra = (allowed: string[]) => {
    for (const key of Object.keys(obj)) if (key !== 'rule' && !allowed.includes(key)) c.add(joinPath(path, key), 'unknown field')
  }
  // Shares and gaps are fractions (0.2 = 20 %), like every share the engine computes.
  const fraction = (key: string) => {
    const v = c.number(own(obj, key), joinPath(path, key), { min: 0, max: 1 })
    if (v === 0) c.add(joinPath(path, key), 'must be more than 0')
    return v
  }
  switch (rule) {
    case 'parity':
      extra([])
      return { rule }
    case 'higherIsBetter': {
      extra(['target'])
      const target = fraction('target')
      return target !== undefined ? { rule, target } : undefined
    }
    case 'lowerIsBetter':
    case 'gap': {
      extra(['worst'])
      const worst = fraction('worst')
      return worst !== undefined ? { rule, worst } : undefined
    }
    default:
      return undefined
  }
}

function weight(c: Checker, value: unknown, path: string): number | undefined {
  return c.number(value, path, { min: 0, max: 100 })
}

/** Validates an unknown value as a scoring profile, reporting every problem with its path. */
export function parseScoringProfile(input: unknown): Parsed<ScoringProfile> {
  const c = new Checker()
  const obj = c.record(input, '')
  if (!obj || !checkFormat(c, obj, SCORING_PROFILE_FORMAT, SCORING_PROFILE_FORMAT_VERSION)) return c.result<ScoringProfile>(undefined)
  checkNfc(c, obj, '')
  const known = [
    '$schema',
    'format',
    'formatVersion',
    'id',
    'version',
    'title',
    'note',
    'parity',
    'yesNo',
    'sectionWeights',
    'categoryWeights',
    'indicatorRules',
    'minimumSample',
  ]
  for (const key of Object.keys(obj)) if (!known.includes(key)) c.add(key, 'unknown field')
  const id = c.string(own(obj, 'id'), 'id', { pattern: /^[a-z0-9][a-z0-9-]*$/, max: 60 })
  const version = c.string(own(obj, 'version'), 'version', { pattern: SEMVER_PATTERN })
  const title = c.localText(own(obj, 'title'), 'title')
  const note = c.localText(own(obj, 'note'), 'note')
  const parity = c.oneOf(own(obj, 'parity'), 'parity', PARITY_KINDS)

  const yn = c.record(own(obj, 'yesNo'), 'yesNo')
  let yesNo: ScoringProfile['yesNo'] | undefined
  if (yn) {
    const points = (key: string) => c.number(own(yn, key), joinPath('yesNo', key), { min: 0, max: 100 })
    const yes = points('yes')
    const yesWithoutEvidence = points('yesWithoutEvidence')
    const no = points('no')
    for (const key of Object.keys(yn)) if (!['yes', 'yesWithoutEvidence', 'no'].includes(key)) c.add(joinPath('yesNo', key), 'unknown field')
    if (yes !== undefined && yesWithoutEvidence !== undefined && no !== undefined) yesNo = { yes, yesWithoutEvidence, no }
  }

  const sectionWeights: Partial<Record<SectionId, number>> = {}
  const sw = c.record(own(obj, 'sectionWeights'), 'sectionWeights')
  if (sw)
    for (const key of Object.keys(sw)) {
      if (!(SECTION_IDS as readonly string[]).includes(key)) c.add(joinPath('sectionWeights', key), `expected a section id (${SECTION_IDS.join(', ')})`)
      else {
        const w = weight(c, own(sw, key), joinPath('sectionWeights', key))
        if (w !== undefined) sectionWeights[key as SectionId] = w
      }
    }

  const cw = c.record(own(obj, 'categoryWeights'), 'categoryWeights')
  let categoryWeights: Record<Category, number> | undefined
  if (cw) {
    const a = weight(c, own(cw, 'A'), 'categoryWeights.A')
    const b = weight(c, own(cw, 'B'), 'categoryWeights.B')
    for (const key of Object.keys(cw)) if (key !== 'A' && key !== 'B') c.add(joinPath('categoryWeights', key), 'expected A or B')
    if (a !== undefined && b !== undefined) {
      if (a + b === 0) c.add('categoryWeights', 'at least one category must weigh more than 0')
      categoryWeights = { A: a, B: b }
    }
  }

  const indicatorRules: Record<string, IndicatorRule> = {}
  const ir = c.record(own(obj, 'indicatorRules'), 'indicatorRules')
  if (ir)
    for (const key of Object.keys(ir)) {
      const path = joinPath('indicatorRules', key)
      if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(key)) c.add(path, 'not a valid indicator id')
      else {
        const rule = parseRule(c, own(ir, key), path)
        if (rule) Object.defineProperty(indicatorRules, key, { value: rule, enumerable: true, writable: true, configurable: true })
      }
    }

  const ms = c.record(own(obj, 'minimumSample'), 'minimumSample')
  let minimumSample: ScoringProfile['minimumSample'] | undefined
  if (ms) {
    const n = (key: string) => c.number(own(ms, key), joinPath('minimumSample', key), { integer: true, min: 0 })
    const people = n('people')
    const items = n('items')
    const staff = n('staff')
    for (const key of Object.keys(ms)) if (!['people', 'items', 'staff'].includes(key)) c.add(joinPath('minimumSample', key), 'unknown field')
    if (people !== undefined && items !== undefined && staff !== undefined) minimumSample = { people, items, staff }
  }

  if (c.problems.length > 0) return c.result<ScoringProfile>(undefined)
  return c.result<ScoringProfile>({
    format: SCORING_PROFILE_FORMAT,
    formatVersion: SCORING_PROFILE_FORMAT_VERSION,
    id: id as string,
    version: version as string,
    title: title as LocalText,
    note: note as LocalText,
    parity: parity as ScoringProfile['parity'],
    yesNo: yesNo as ScoringProfile['yesNo'],
    sectionWeights,
    categoryWeights: categoryWeights as Record<Category, number>,
    indicatorRules,
    minimumSample: minimumSample as ScoringProfile['minimumSample'],
  })
}
