// The rubric: a versioned, immutable indicator set. Sections (A1…B2) → strategic objectives →
// indicators → questions, plus the Category B content-coding scheme, all in one file per version.
// These types are the shape of `rubrics/<id>/<version>.json` (format "gim-rubric", formatVersion 1).

import type { LocalText } from './text'
import { CHANNELS, USER_GROUPS, type Channel, type UserGroup } from './outlet'
import { Checker, DATE_PATTERN, SEMVER_PATTERN, isRecord, joinPath, own, type Parsed } from './validate'

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
  /** Where the wording comes from, like an indicator's (absent = not stated). */
  provenance?: Provenance
  source?: string
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
  /** Labels of the headings that `Code.group` refers to (e.g. GMMP's major topics). */
  groups?: Code[]
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

// --- Constants other code (the engine, the CLI, the JSON Schemas' test) reads ----------------

export const QUESTION_TYPES: readonly QuestionType[] = [
  'yesNo',
  'checklist',
  'countBySex',
  'amountBySex',
  'maturity',
  'singleChoice',
  'multiChoice',
  'text',
]
export const PROVENANCES: readonly Provenance[] = ['verified', 'translation', 'reconstructed']
export const MAPPING_KINDS: readonly MappingKind[] = ['same', 'renamed', 'split', 'merged', 'retired', 'new']
export const CODE_LIST_IDS: readonly CodeListId[] = [
  'topic',
  'scope',
  'function',
  'occupation',
  'victimOf',
  'adRole',
  'journalistRole',
]

/** Codes the engine and the coding forms rely on: a rubric must define them. */
export const REQUIRED_CODES: Readonly<Partial<Record<CodeListId, readonly string[]>>> = {
  function: ['subject', 'spokesperson', 'expert', 'personalExperience', 'eyewitness', 'popularOpinion', 'other', 'unknown'],
  journalistRole: ['presenter', 'reporter', 'other'],
}

/** Person functions that make someone a source (besides being quoted). */
export const SOURCE_FUNCTIONS: readonly string[] = ['spokesperson', 'expert', 'personalExperience', 'eyewitness', 'popularOpinion']

export const ITEM_FLAGS = [
  'aboutWomen',
  'womenConcerns',
  'stereotypeOvert',
  'stereotypeSubtle',
  'challengesStereotypes',
  'refersToLaw',
  'highlightsInequality',
] as const
export type ItemFlag = (typeof ITEM_FLAGS)[number]

/**
 * The Category B metrics the scoring engine implements, and the filters each accepts.
 * `codeList` = the value must be a code of that list; `values` = one of those strings.
 */
export interface MetricSpec {
  filters: Record<string, { codeList: CodeListId } | { values: readonly string[] }>
  /** The filter must be given (with exactly one of its keys). */
  filterRequired: boolean
  /** A distribution, never a score: the indicator must say `scored: false`. */
  diagnostic?: boolean
}

export const CONTENT_METRICS: Readonly<Record<string, MetricSpec>> = {
  'people.womenShare': {
    filters: { function: { codeList: 'function' }, occupation: { codeList: 'occupation' } },
    filterRequired: false,
  },
  'sources.womenShare': { filters: {}, filterRequired: false },
  'people.distribution': { filters: { by: { values: ['occupation', 'function'] } }, filterRequired: true, diagnostic: true },
  'items.share': { filters: { flag: { values: ITEM_FLAGS } }, filterRequired: true },
  'journalists.womenShare': { filters: { role: { values: ['reporter', 'presenter'] } }, filterRequired: false },
  'speakingTime.womenShare': { filters: {}, filterRequired: false },
  'ads.share': { filters: { rating: { values: ['stereotyped', 'genderSensitive'] } }, filterRequired: true },
  'ads.womenRoleShare': { filters: { role: { codeList: 'adRole' } }, filterRequired: true },
}

/** Ids of rubrics, indicators, questions, objectives, options and codes. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/
/** Keys that must never become object keys built from data. */
const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString', 'valueOf'])

export function compareSemver(a: string, b: string): number {
  const pa = a.split('.').map(Number)
  const pb = b.split('.').map(Number)
  for (let i = 0; i < 3; i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0)
    if (d !== 0) return d < 0 ? -1 : 1
  }
  return 0
}

// --- Helpers over a parsed rubric --------------------------------------------------------------

export interface IndicatorEntry {
  section: Section
  indicator: Indicator
}
export interface QuestionEntry extends IndicatorEntry {
  question: Question
}

/** Every indicator and question of a rubric by id, in file order. */
export function indexRubric(rubric: Rubric): { indicators: Map<string, IndicatorEntry>; questions: Map<string, QuestionEntry> } {
  const indicators = new Map<string, IndicatorEntry>()
  const questions = new Map<string, QuestionEntry>()
  for (const section of rubric.sections)
    for (const indicator of section.indicators) {
      indicators.set(indicator.id, { section, indicator })
      for (const question of indicator.questions) questions.set(question.id, { section, indicator, question })
    }
  return { indicators, questions }
}

export interface ApplicabilityContext {
  userGroup: UserGroup
  channels: readonly Channel[]
  carriesAds: boolean
}

/** Does a section, indicator or question apply to this outlet? Absent rules apply to all. */
export function isApplicable(rule: Applicability | undefined, ctx: ApplicabilityContext): boolean {
  if (!rule) return true
  if (rule.userGroups && !rule.userGroups.includes(ctx.userGroup)) return false
  if (rule.channels && !rule.channels.some((c) => ctx.channels.includes(c))) return false
  if (rule.requiresAds && !ctx.carriesAds) return false
  return true
}

// --- Parsing ---------------------------------------------------------------------------------

/** Reports fields this format does not know: a typo in a hand-written file must not pass silently. */
function unknownKeys(c: Checker, obj: Record<string, unknown>, path: string, known: readonly string[]): void {
  for (const key of Object.keys(obj)) if (!known.includes(key)) c.add(joinPath(path, key), 'unknown field')
}

/** Reports every string (keys included) that is not in Unicode NFC, with its path. */
export function checkNfc(c: Checker, value: unknown, path: string, depth = 0): void {
  if (depth > 64) return
  if (typeof value === 'string') {
    if (value !== value.normalize('NFC')) c.add(path, 'not in Unicode NFC: normalise the file')
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => checkNfc(c, item, joinPath(path, i), depth + 1))
  } else if (isRecord(value)) {
    for (const key of Object.keys(value)) {
      if (key !== key.normalize('NFC')) c.add(joinPath(path, key), 'key not in Unicode NFC')
      checkNfc(c, own(value, key), joinPath(path, key), depth + 1)
    }
  }
}

function id(c: Checker, value: unknown, path: string): string | undefined {
  const s = c.string(value, path, { pattern: ID_PATTERN, max: 100 })
  if (s !== undefined && RESERVED_KEYS.has(s)) {
    c.add(path, `'${s}' is a reserved name`)
    return undefined
  }
  return s
}

function optionalLocalText(c: Checker, value: unknown, path: string): LocalText | undefined {
  return value === undefined ? undefined : c.localText(value, path)
}

function localTexts(c: Checker, value: unknown, path: string, opts: { nonEmpty?: boolean } = {}): LocalText[] {
  const arr = c.array(value, path)
  if (!arr) return []
  if (opts.nonEmpty && arr.length === 0) c.add(path, 'must not be empty')
  return arr.flatMap((item, i) => c.localText(item, joinPath(path, i)) ?? [])
}

function subset<T extends string>(c: Checker, value: unknown, path: string, allowed: readonly T[]): T[] | undefined {
  const arr = c.array(value, path)
  if (!arr) return undefined
  if (arr.length === 0) c.add(path, 'must not be empty (leave the field out to apply to all)')
  const out: T[] = []
  arr.forEach((item, i) => {
    const v = c.oneOf(item, joinPath(path, i), allowed)
    if (v !== undefined) {
      if (out.includes(v)) c.add(joinPath(path, i), `'${v}' listed twice`)
      else out.push(v)
    }
  })
  return out
}

function parseApplicability(c: Checker, value: unknown, path: string): Applicability | undefined {
  if (value === undefined) return undefined
  const obj = c.record(value, path)
  if (!obj) return undefined
  unknownKeys(c, obj, path, ['userGroups', 'channels', 'requiresAds'])
  const out: Applicability = {}
  if (own(obj, 'userGroups') !== undefined) {
    const v = subset(c, own(obj, 'userGroups'), joinPath(path, 'userGroups'), USER_GROUPS)
    if (v) out.userGroups = v
  }
  if (own(obj, 'channels') !== undefined) {
    const v = subset(c, own(obj, 'channels'), joinPath(path, 'channels'), CHANNELS)
    if (v) out.channels = v
  }
  if (own(obj, 'requiresAds') !== undefined) {
    const v = c.boolean(own(obj, 'requiresAds'), joinPath(path, 'requiresAds'))
    if (v !== undefined) out.requiresAds = v
  }
  return out
}

/** Keeps ids unique across the whole rubric (indicators and questions share one namespace). */
class IdRegistry {
  private readonly seen = new Map<string, string>()
  constructor(private readonly c: Checker) {}
  claim(value: string | undefined, path: string, what: string): void {
    if (value === undefined) return
    const first = this.seen.get(value)
    if (first !== undefined) this.c.add(path, `duplicate ${what} id '${value}' (first used at ${first})`)
    else this.seen.set(value, path)
  }
  has(value: string): boolean {
    return this.seen.has(value)
  }
}

function parseOptions(c: Checker, value: unknown, path: string): Option[] {
  const arr = c.array(value, path)
  if (!arr) return []
  if (arr.length === 0) c.add(path, 'must not be empty')
  const seen = new Set<string>()
  return arr.flatMap((item, i) => {
    const p = joinPath(path, i)
    const obj = c.record(item, p)
    if (!obj) return []
    unknownKeys(c, obj, p, ['id', 'label'])
    const optionId = id(c, own(obj, 'id'), joinPath(p, 'id'))
    if (optionId !== undefined) {
      if (seen.has(optionId)) c.add(joinPath(p, 'id'), `duplicate option id '${optionId}'`)
      seen.add(optionId)
    }
    const label = c.localText(own(obj, 'label'), joinPath(p, 'label'))
    return optionId !== undefined && label ? [{ id: optionId, label }] : []
  })
}

function parseLevels(c: Checker, value: unknown, path: string): MaturityLevel[] {
  const arr = c.array(value, path)
  if (!arr) return []
  if (arr.length < 2) c.add(path, 'needs at least two levels')
  return arr.flatMap((item, i) => {
    const p = joinPath(path, i)
    const obj = c.record(item, p)
    if (!obj) return []
    unknownKeys(c, obj, p, ['level', 'label'])
    const level = c.number(own(obj, 'level'), joinPath(p, 'level'), { integer: true, min: 0 })
    if (level !== undefined && level !== i) c.add(joinPath(p, 'level'), `expected ${i}: levels count up from 0 without gaps`)
    const label = c.localText(own(obj, 'label'), joinPath(p, 'label'))
    return level !== undefined && label ? [{ level, label }] : []
  })
}

const QUESTION_KEYS = [
  'id',
  'type',
  'text',
  'guidance',
  'required',
  'allowNA',
  'evidenceRequired',
  'options',
  'levels',
  'unit',
  'appliesTo',
] as const

function parseQuestion(c: Checker, ids: IdRegistry, value: unknown, path: string): Question | undefined {
  const obj = c.record(value, path)
  if (!obj) return undefined
  unknownKeys(c, obj, path, QUESTION_KEYS)
  const qid = id(c, own(obj, 'id'), joinPath(path, 'id'))
  ids.claim(qid, joinPath(path, 'id'), 'question')
  const type = c.oneOf(own(obj, 'type'), joinPath(path, 'type'), QUESTION_TYPES)
  const text = c.localText(own(obj, 'text'), joinPath(path, 'text'))
  const guidance = optionalLocalText(c, own(obj, 'guidance'), joinPath(path, 'guidance'))
  const required = c.boolean(own(obj, 'required'), joinPath(path, 'required'))
  const allowNA = c.boolean(own(obj, 'allowNA'), joinPath(path, 'allowNA'))
  const appliesTo = parseApplicability(c, own(obj, 'appliesTo'), joinPath(path, 'appliesTo'))
  const question: Partial<Question> = { id: qid, type, text, required, allowNA }
  if (guidance) question.guidance = guidance
  if (appliesTo) question.appliesTo = appliesTo

  const has = (key: string) => own(obj, key) !== undefined
  const notFor = (key: string) => c.add(joinPath(path, key), `not used by ${type} questions`)
  if (type !== undefined) {
    if (has('evidenceRequired')) {
      if (type === 'yesNo' || type === 'checklist' || type === 'maturity') {
        const v = c.boolean(own(obj, 'evidenceRequired'), joinPath(path, 'evidenceRequired'))
        if (v !== undefined) question.evidenceRequired = v
      } else notFor('evidenceRequired')
    }
    if (type === 'checklist' || type === 'singleChoice' || type === 'multiChoice') {
      if (!has('options')) c.add(joinPath(path, 'options'), `missing: ${type} questions need options`)
      else question.options = parseOptions(c, own(obj, 'options'), joinPath(path, 'options'))
      if (type === 'singleChoice' && question.options && question.options.length === 1)
        c.add(joinPath(path, 'options'), 'a single choice needs at least two options')
    } else if (has('options')) notFor('options')
    if (type === 'maturity') {
      if (!has('levels')) c.add(joinPath(path, 'levels'), 'missing: maturity questions need levels')
      else question.levels = parseLevels(c, own(obj, 'levels'), joinPath(path, 'levels'))
    } else if (has('levels')) notFor('levels')
    if (type === 'amountBySex') {
      if (!has('unit')) c.add(joinPath(path, 'unit'), 'missing: amountBySex questions need a unit')
      else question.unit = c.localText(own(obj, 'unit'), joinPath(path, 'unit'))
    } else if (has('unit')) notFor('unit')
  }
  return question as Question
}

function parseMeasure(
  c: Checker,
  value: unknown,
  path: string,
  codes: Partial<Record<CodeListId, Set<string>>>,
): ContentMeasure | undefined {
  const obj = c.record(value, path)
  if (!obj) return undefined
  unknownKeys(c, obj, path, ['metric', 'filter'])
  const metric = c.oneOf(own(obj, 'metric'), joinPath(path, 'metric'), Object.keys(CONTENT_METRICS))
  const spec = metric !== undefined ? CONTENT_METRICS[metric] : undefined
  const rawFilter = own(obj, 'filter')
  const fpath = joinPath(path, 'filter')
  if (!spec) return undefined
  if (rawFilter === undefined) {
    if (spec.filterRequired) c.add(fpath, `missing: ${metric} needs a filter on ${Object.keys(spec.filters).join(' or ')}`)
    return { metric: metric as string }
  }
  const filterObj = c.record(rawFilter, fpath)
  if (!filterObj) return undefined
  const keys = Object.keys(filterObj)
  const allowedKeys = Object.keys(spec.filters)
  if (allowedKeys.length === 0) {
    c.add(fpath, `${metric} takes no filter`)
    return undefined
  }
  if (keys.length !== 1) c.add(fpath, `expected exactly one of ${allowedKeys.join(', ')}`)
  const filter: Record<string, string> = {}
  for (const key of keys) {
    const kp = joinPath(fpath, key)
    const rule = allowedKeys.includes(key) ? spec.filters[key] : undefined
    if (!rule) {
      c.add(kp, `${metric} cannot be filtered by '${key}' (expected ${allowedKeys.join(' or ')})`)
      continue
    }
    const v = c.string(own(filterObj, key), kp, { nonEmpty: true })
    if (v === undefined) continue
    if ('values' in rule) {
      if (!rule.values.includes(v)) c.add(kp, `expected one of ${rule.values.join(', ')}`)
      else filter[key] = v
    } else {
      const list = codes[rule.codeList]
      if (list && !list.has(v)) c.add(kp, `'${v}' is not a code of the ${rule.codeList} list`)
      else filter[key] = v
    }
  }
  return { metric: metric as string, filter }
}

const INDICATOR_KEYS = [
  'id',
  'objective',
  'text',
  'provenance',
  'source',
  'meansOfVerification',
  'appliesTo',
  'questions',
  'measure',
  'scored',
] as const

function parseIndicator(
  c: Checker,
  ids: IdRegistry,
  value: unknown,
  path: string,
  ctx: { category: Category | undefined; objectives: Set<string>; codes: Partial<Record<CodeListId, Set<string>>> },
): Indicator | undefined {
  const obj = c.record(value, path)
  if (!obj) return undefined
  unknownKeys(c, obj, path, INDICATOR_KEYS)
  const iid = id(c, own(obj, 'id'), joinPath(path, 'id'))
  ids.claim(iid, joinPath(path, 'id'), 'indicator')
  const objective = c.string(own(obj, 'objective'), joinPath(path, 'objective'), { nonEmpty: true })
  if (objective !== undefined && !ctx.objectives.has(objective))
    c.add(joinPath(path, 'objective'), `no strategic objective '${objective}' in this section`)
  const text = c.localText(own(obj, 'text'), joinPath(path, 'text'))
  const provenance = c.oneOf(own(obj, 'provenance'), joinPath(path, 'provenance'), PROVENANCES)
  const source = c.optionalString(own(obj, 'source'), joinPath(path, 'source'), { max: 2000 })
  const meansOfVerification = localTexts(c, own(obj, 'meansOfVerification'), joinPath(path, 'meansOfVerification'), {
    nonEmpty: true,
  })
  const appliesTo = parseApplicability(c, own(obj, 'appliesTo'), joinPath(path, 'appliesTo'))
  const scored = c.boolean(own(obj, 'scored'), joinPath(path, 'scored'))

  const qpath = joinPath(path, 'questions')
  const qarr = c.array(own(obj, 'questions'), qpath) ?? []
  const questions = qarr.flatMap((q, i) => parseQuestion(c, ids, q, joinPath(qpath, i)) ?? [])

  let measure: ContentMeasure | undefined
  const mpath = joinPath(path, 'measure')
  if (ctx.category === 'B') {
    if (own(obj, 'measure') === undefined) c.add(mpath, 'missing: Category B indicators are computed from content codings')
    else measure = parseMeasure(c, own(obj, 'measure'), mpath, ctx.codes)
    if (qarr.length > 0) c.add(qpath, 'Category B indicators take no questions (they are computed from content codings)')
    const spec = measure ? CONTENT_METRICS[measure.metric] : undefined
    if (spec?.diagnostic && scored === true) c.add(joinPath(path, 'scored'), `${measure?.metric} is a distribution: set scored to false`)
  } else if (ctx.category === 'A') {
    if (own(obj, 'measure') !== undefined) c.add(mpath, 'Category A indicators are answered by questions, not measured')
    if (qarr.length === 0) c.add(qpath, 'must not be empty: Category A indicators are answered by questions')
  }

  const indicator: Partial<Indicator> = {
    id: iid,
    objective,
    text,
    provenance,
    meansOfVerification,
    questions,
    scored,
  }
  if (source !== undefined) indicator.source = source
  if (appliesTo) indicator.appliesTo = appliesTo
  if (measure) indicator.measure = measure
  return indicator as Indicator
}

function parseSection(
  c: Checker,
  ids: IdRegistry,
  value: unknown,
  path: string,
  seenSections: Set<string>,
  codes: Partial<Record<CodeListId, Set<string>>>,
): Section | undefined {
  const obj = c.record(value, path)
  if (!obj) return undefined
  unknownKeys(c, obj, path, ['id', 'category', 'title', 'description', 'appliesTo', 'objectives', 'indicators'])
  const sid = c.oneOf(own(obj, 'id'), joinPath(path, 'id'), SECTION_IDS)
  if (sid !== undefined) {
    if (seenSections.has(sid)) c.add(joinPath(path, 'id'), `section ${sid} appears twice`)
    seenSections.add(sid)
  }
  const category = c.oneOf(own(obj, 'category'), joinPath(path, 'category'), ['A', 'B'] as const)
  if (sid !== undefined && category !== undefined && !sid.startsWith(category))
    c.add(joinPath(path, 'category'), `section ${sid} belongs to category ${sid[0]}`)
  const title = c.localText(own(obj, 'title'), joinPath(path, 'title'))
  const description = optionalLocalText(c, own(obj, 'description'), joinPath(path, 'description'))
  const appliesTo = parseApplicability(c, own(obj, 'appliesTo'), joinPath(path, 'appliesTo'))

  const opath = joinPath(path, 'objectives')
  const oarr = c.array(own(obj, 'objectives'), opath) ?? []
  if (Array.isArray(own(obj, 'objectives')) && oarr.length === 0) c.add(opath, 'must not be empty')
  const objectiveIds = new Set<string>()
  const objectives = oarr.flatMap((o, i) => {
    const p = joinPath(opath, i)
    const ob = c.record(o, p)
    if (!ob) return []
    unknownKeys(c, ob, p, ['id', 'text', 'provenance', 'source'])
    const oid = id(c, own(ob, 'id'), joinPath(p, 'id'))
    ids.claim(oid, joinPath(p, 'id'), 'strategic objective')
    if (oid !== undefined) objectiveIds.add(oid)
    const text = c.localText(own(ob, 'text'), joinPath(p, 'text'))
    const objective: StrategicObjective | undefined = oid !== undefined && text ? { id: oid, text } : undefined
    if (own(ob, 'provenance') !== undefined) {
      const v = c.oneOf(own(ob, 'provenance'), joinPath(p, 'provenance'), PROVENANCES)
      if (objective && v) objective.provenance = v
    }
    const source = c.optionalString(own(ob, 'source'), joinPath(p, 'source'), { max: 2000 })
    if (objective && source !== undefined) objective.source = source
    return objective ? [objective] : []
  })

  const ipath = joinPath(path, 'indicators')
  const iarr = c.array(own(obj, 'indicators'), ipath) ?? []
  if (Array.isArray(own(obj, 'indicators')) && iarr.length === 0) c.add(ipath, 'must not be empty')
  const indicators = iarr.flatMap(
    (ind, i) => parseIndicator(c, ids, ind, joinPath(ipath, i), { category, objectives: objectiveIds, codes }) ?? [],
  )
  const section: Partial<Section> = { id: sid, category, title, objectives, indicators }
  if (description) section.description = description
  if (appliesTo) section.appliesTo = appliesTo
  return section as Section
}

function parseCodes(c: Checker, value: unknown, path: string, groups: Set<string> | undefined): Code[] {
  const arr = c.array(value, path)
  if (!arr) return []
  if (arr.length === 0) c.add(path, 'must not be empty')
  const seen = new Set<string>()
  return arr.flatMap((item, i) => {
    const p = joinPath(path, i)
    const obj = c.record(item, p)
    if (!obj) return []
    unknownKeys(c, obj, p, ['code', 'label', 'group'])
    const code = id(c, own(obj, 'code'), joinPath(p, 'code'))
    if (code !== undefined) {
      if (seen.has(code)) c.add(joinPath(p, 'code'), `duplicate code '${code}'`)
      seen.add(code)
    }
    const label = c.localText(own(obj, 'label'), joinPath(p, 'label'))
    const group = c.optionalString(own(obj, 'group'), joinPath(p, 'group'))
    if (group !== undefined && groups && !groups.has(group)) c.add(joinPath(p, 'group'), `no group '${group}' in contentCoding.groups`)
    if (code === undefined || !label) return []
    return [group !== undefined ? { code, label, group } : { code, label }]
  })
}

function parseContentCoding(c: Checker, value: unknown, path: string): ContentCoding | undefined {
  const obj = c.record(value, path)
  if (!obj) return undefined
  unknownKeys(c, obj, path, ['codeLists', 'groups', 'instructions'])
  let groupIds: Set<string> | undefined
  let groups: Code[] | undefined
  if (own(obj, 'groups') !== undefined) {
    groups = parseCodes(c, own(obj, 'groups'), joinPath(path, 'groups'), undefined)
    groupIds = new Set(groups.map((g) => g.code))
  }
  const lpath = joinPath(path, 'codeLists')
  const lists = c.record(own(obj, 'codeLists'), lpath)
  const codeLists = {} as Record<CodeListId, Code[]>
  if (lists) {
    unknownKeys(c, lists, lpath, CODE_LIST_IDS)
    for (const listId of CODE_LIST_IDS) {
      const p = joinPath(lpath, listId)
      const codes = parseCodes(c, own(lists, listId), p, groupIds)
      codeLists[listId] = codes
      const required = REQUIRED_CODES[listId]
      if (required && Array.isArray(own(lists, listId))) {
        const have = new Set(codes.map((x) => x.code))
        const missing = required.filter((r) => !have.has(r))
        if (missing.length) c.add(p, `missing required codes: ${missing.join(', ')}`)
      }
    }
  }
  const instructions = localTexts(c, own(obj, 'instructions'), joinPath(path, 'instructions'))
  const coding: ContentCoding = { codeLists, instructions }
  if (groups) coding.groups = groups
  return coding
}

const MAPPING_SHAPES: Record<MappingKind, { from: [number, number]; to: [number, number]; says: string }> = {
  same: { from: [1, 1], to: [1, 1], says: 'one id to the same id' },
  renamed: { from: [1, 1], to: [1, 1], says: 'one id to one new id' },
  split: { from: [1, 1], to: [2, Infinity], says: 'one id to two or more' },
  merged: { from: [2, Infinity], to: [1, 1], says: 'two or more ids to one' },
  retired: { from: [1, 1], to: [0, 0], says: 'one id to none' },
  new: { from: [0, 0], to: [1, 1], says: 'no id to one' },
}

function idList(c: Checker, value: unknown, path: string): string[] | undefined {
  const arr = c.array(value, path)
  if (!arr) return undefined
  const out: string[] = []
  arr.forEach((item, i) => {
    const v = id(c, item, joinPath(path, i))
    if (v !== undefined) out.push(v)
  })
  return out
}

function parsePrevious(
  c: Checker,
  value: unknown,
  path: string,
  version: string | undefined,
  ownIds: IdRegistry,
  codes: Partial<Record<CodeListId, Set<string>>>,
): RubricPrevious | undefined {
  const obj = c.record(value, path)
  if (!obj) return undefined
  unknownKeys(c, obj, path, ['version', 'mappings', 'codeMappings'])
  const prevVersion = c.string(own(obj, 'version'), joinPath(path, 'version'), { pattern: SEMVER_PATTERN })
  if (prevVersion !== undefined && version !== undefined && compareSemver(prevVersion, version) >= 0)
    c.add(joinPath(path, 'version'), `must be older than this rubric's version ${version}`)
  const mpath = joinPath(path, 'mappings')
  const marr = c.array(own(obj, 'mappings'), mpath) ?? []
  const mappings = marr.flatMap((m, i): VersionMapping[] => {
    const p = joinPath(mpath, i)
    const mo = c.record(m, p)
    if (!mo) return []
    unknownKeys(c, mo, p, ['kind', 'from', 'to', 'note'])
    const kind = c.oneOf(own(mo, 'kind'), joinPath(p, 'kind'), MAPPING_KINDS)
    const from = idList(c, own(mo, 'from'), joinPath(p, 'from'))
    const to = idList(c, own(mo, 'to'), joinPath(p, 'to'))
    const note = optionalLocalText(c, own(mo, 'note'), joinPath(p, 'note'))
    if (!kind || !from || !to) return []
    const shape = MAPPING_SHAPES[kind]
    if (from.length < shape.from[0] || from.length > shape.from[1] || to.length < shape.to[0] || to.length > shape.to[1])
      c.add(p, `${kind} maps ${shape.says} (got ${from.length} → ${to.length})`)
    if (kind === 'same' && from[0] !== undefined && from[0] !== to[0]) c.add(joinPath(p, 'to'), `'same' keeps the id '${from[0]}': use 'renamed'`)
    to.forEach((t, j) => {
      if (!ownIds.has(t)) c.add(joinPath(joinPath(p, 'to'), j), `no indicator or question '${t}' in this version`)
    })
    const out: VersionMapping = { kind, from, to }
    if (note) out.note = note
    return [out]
  })
  const prev: RubricPrevious = { version: prevVersion ?? '', mappings }
  const cpath = joinPath(path, 'codeMappings')
  if (own(obj, 'codeMappings') !== undefined) {
    const cm = c.record(own(obj, 'codeMappings'), cpath)
    if (cm) {
      unknownKeys(c, cm, cpath, CODE_LIST_IDS)
      const out: Partial<Record<CodeListId, Record<string, string>>> = {}
      for (const listId of CODE_LIST_IDS) {
        const raw = own(cm, listId)
        if (raw === undefined) continue
        const lp = joinPath(cpath, listId)
        const table = c.record(raw, lp)
        if (!table) continue
        const mapped: Record<string, string> = {}
        for (const oldCode of Object.keys(table)) {
          const kp = joinPath(lp, oldCode)
          if (!ID_PATTERN.test(oldCode) || RESERVED_KEYS.has(oldCode)) {
            c.add(kp, 'not a valid code')
            continue
          }
          const newCode = c.string(own(table, oldCode), kp)
          if (newCode === undefined) continue
          if (newCode !== '' && !codes[listId]?.has(newCode)) c.add(kp, `'${newCode}' is not a code of this version's ${listId} list`)
          else mapped[oldCode] = newCode
        }
        out[listId] = mapped
      }
      prev.codeMappings = out
    }
  }
  return prev
}

const RUBRIC_KEYS = [
  'format',
  'formatVersion',
  'id',
  'version',
  'title',
  'issuer',
  'basedOn',
  'changeSummary',
  'published',
  'sections',
  'contentCoding',
  'previous',
  '$schema',
] as const

/**
 * Validates an unknown value (parsed JSON) as a rubric. Reports every problem with its path;
 * never throws; builds fresh objects from own properties only.
 */
export function parseRubric(input: unknown): Parsed<Rubric> {
  const c = new Checker()
  try {
    return parseRubricInto(c, input)
  } catch (error) {
    // A pathological input (e.g. nesting deep enough to exhaust the stack) is a problem, not a crash.
    return { ok: false, problems: [...c.problems, { path: '', message: `could not be read: ${String(error)}` }] }
  }
}

function parseRubricInto(c: Checker, input: unknown): Parsed<Rubric> {
  const obj = c.record(input, '')
  if (!obj) return c.result<Rubric>(undefined)
  if (!checkFormat(c, obj, RUBRIC_FORMAT, RUBRIC_FORMAT_VERSION)) return c.result<Rubric>(undefined)
  checkNfc(c, obj, '')
  unknownKeys(c, obj, '', RUBRIC_KEYS)
  const rid = c.string(own(obj, 'id'), 'id', { pattern: /^[a-z0-9][a-z0-9-]*$/, max: 60 })
  const version = c.string(own(obj, 'version'), 'version', { pattern: SEMVER_PATTERN })
  const title = c.localText(own(obj, 'title'), 'title')
  const issuer = c.localText(own(obj, 'issuer'), 'issuer')
  const basedOn = c.localText(own(obj, 'basedOn'), 'basedOn')
  const changeSummary = optionalLocalText(c, own(obj, 'changeSummary'), 'changeSummary')
  const published = c.string(own(obj, 'published'), 'published', { pattern: DATE_PATTERN })

  // Code lists first: measures refer to them.
  const contentCoding = parseContentCoding(c, own(obj, 'contentCoding'), 'contentCoding')
  const codes: Partial<Record<CodeListId, Set<string>>> = {}
  if (contentCoding)
    for (const listId of CODE_LIST_IDS) codes[listId] = new Set((contentCoding.codeLists[listId] ?? []).map((x) => x.code))

  const ids = new IdRegistry(c)
  const sarr = c.array(own(obj, 'sections'), 'sections') ?? []
  if (Array.isArray(own(obj, 'sections')) && sarr.length === 0) c.add('sections', 'must not be empty')
  const seenSections = new Set<string>()
  const sections = sarr.flatMap((s, i) => parseSection(c, ids, s, joinPath('sections', i), seenSections, codes) ?? [])

  let previous: RubricPrevious | undefined
  if (own(obj, 'previous') !== undefined) {
    previous = parsePrevious(c, own(obj, 'previous'), 'previous', version, ids, codes)
    if (!changeSummary) c.add('changeSummary', 'missing: a version with a previous one says what changed')
  }

  if (c.problems.length > 0) return c.result<Rubric>(undefined)
  const rubric: Rubric = {
    format: RUBRIC_FORMAT,
    formatVersion: RUBRIC_FORMAT_VERSION,
    id: rid as string,
    version: version as string,
    title: title as LocalText,
    issuer: issuer as LocalText,
    basedOn: basedOn as LocalText,
    published: published as string,
    sections,
    contentCoding: contentCoding as ContentCoding,
  }
  if (changeSummary) rubric.changeSummary = changeSummary
  if (previous) rubric.previous = previous
  return c.result(rubric)
}

/**
 * The two version numbers: `format` + `formatVersion` say the file's shape. A newer shape is
 * refused whole, never half-read. Returns false when nothing more should be read.
 */
export function checkFormat(c: Checker, obj: Record<string, unknown>, format: string, current: number): boolean {
  const f = own(obj, 'format')
  if (f !== format) {
    c.add('format', f === undefined ? `missing: expected "${format}"` : `expected "${format}", got ${JSON.stringify(f)}`)
    return false
  }
  const fv = c.number(own(obj, 'formatVersion'), 'formatVersion', { integer: true, min: 1 })
  if (fv === undefined) return false
  if (fv > current) {
    c.add('formatVersion', `this file uses format version ${fv}, newer than the ${current} this version of GIM Index reads: update the app`)
    return false
  }
  return true
}

