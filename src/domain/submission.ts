// The submission file: what an outlet sends the department. A versioned envelope around a payload
// (the outlet and its assessments) with a SHA-256 checksum over the RFC 8785 (JCS) canonical form of
// the payload, so any tool can verify it. Reading validates the WHOLE file before returning
// anything: a file is either fully read or refused with every problem and its path.
// The checksum function is an argument (src/platform/checksum.ts supplies it) so the domain stays pure.

import {
  type AdCoding,
  type AdRating,
  type ContentKind,
  type Answer,
  type ContentAssessment,
  type JournalistRow,
  type OrganisationAssessment,
  type Period,
  type PersonRow,
  type StoryCoding,
} from './assessment'
import { SEXES, type Sex } from './assessment'
import { CHANNELS, OUTLET_KINDS, type AdoptionDecision, type Outlet } from './outlet'
import { Checker, DATE_PATTERN, SEMVER_PATTERN, isRecord, joinPath, own, type Problem } from './validate'
import { ITEM_FLAGS } from './rubric'

export const SUBMISSION_FORMAT = 'gim-submission'
export const SUBMISSION_FORMAT_VERSION = 1
/** Files above this size are refused before parsing (UTF-8 bytes). */
export const DEFAULT_MAX_FILE_BYTES = 64 * 1024 * 1024

export interface AppInfo {
  name: string
  version: string
}

export interface ChecksumInfo {
  algorithm: 'SHA-256'
  canonicalization: 'JCS'
  /** Lower-case hex SHA-256 of the JCS canonical form of the checksummed part. */
  value: string
}

export interface SubmissionPayload {
  outlet: Outlet
  organisationAssessments: OrganisationAssessment[]
  contentAssessments: ContentAssessment[]
  /** true when people's names were kept in the content codings. */
  includesNames: boolean
  /** Optional, free text: who sent the file (shown in the department's import log). */
  sender?: string
}

export interface Submission {
  format: typeof SUBMISSION_FORMAT
  formatVersion: number
  createdAt: string
  app: AppInfo
  payload: SubmissionPayload
  checksum: ChecksumInfo
}

/** Computes the hex SHA-256 of the JCS canonical form of a value (src/platform/checksum.ts). */
export type ChecksumFn = (value: unknown) => Promise<string>

/** Why a file was refused, as a code the UI translates; `problems` give the details. */
export type ReadFailure =
  | 'tooLarge'
  | 'notJson'
  | 'wrongFormat'
  | 'newerFormat'
  | 'checksumMismatch'
  | 'invalid'
  | 'unknownRubric'

export interface ReadContext {
  checksum: ChecksumFn
  /** Whether the app knows this rubric id + version. */
  rubricKnown: (id: string, version: string) => boolean
  /** Refuse files larger than this many UTF-8 bytes; default DEFAULT_MAX_FILE_BYTES. */
  maxBytes?: number
}

export type ReadResult =
  | { ok: true; submission: Submission }
  | { ok: false; reason: ReadFailure; problems: Problem[] }

export interface BuildSubmissionInput {
  outlet: Outlet
  organisationAssessments: OrganisationAssessment[]
  contentAssessments: ContentAssessment[]
  includeNames: boolean
  app: AppInfo
  /** ISO timestamp of the export. */
  createdAt: string
  sender?: string
}

// --- limits and patterns -----------------------------------------------------------------------

export const LIMITS = {
  shortText: 200,
  name: 300,
  title: 1000,
  url: 2048,
  evidence: 4000,
  longText: 20000,
  code: 64,
  people: 500,
  journalists: 100,
  answers: 2000,
  choices: 200,
  organisationAssessments: 1000,
  contentAssessments: 200_000,
  channels: 4,
  depth: 16,
  problemsReported: 200,
  amount: 1e15,
  count: 10_000_000,
} as const

export const UUID_PATTERN = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/
/** Outlet and person ids: a UUID or a register id such as "hn-001". */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/
/** ISO 8601 date-time with seconds and an explicit zone (Z or ±hh:mm). */
export const TIMESTAMP_PATTERN = /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,9})?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/
const HEX64 = /^[0-9a-f]{64}$/
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])
export const CONTENT_KINDS: readonly ContentKind[] = ['article', 'broadcast', 'advertisement']
export const AD_RATINGS: readonly AdRating[] = ['stereotyped', 'neutral', 'genderSensitive']

// --- small validation helpers shared by the record parsers --------------------------------------

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}

/** A real calendar date YYYY-MM-DD (2025-02-30 is refused). */
export function isValidDate(value: string): boolean {
  if (!DATE_PATTERN.test(value)) return false
  const y = Number(value.slice(0, 4))
  const m = Number(value.slice(5, 7))
  const d = Number(value.slice(8, 10))
  return d <= daysInMonth(y, m)
}

export function isValidTimestamp(value: string): boolean {
  return TIMESTAMP_PATTERN.test(value) && isValidDate(value.slice(0, 10))
}

export function checkDate(c: Checker, value: unknown, path: string): string | undefined {
  const s = c.string(value, path, { max: 10 })
  if (s === undefined) return undefined
  if (!isValidDate(s)) {
    c.add(path, 'expected a date YYYY-MM-DD')
    return undefined
  }
  return s
}

export function checkTimestamp(c: Checker, value: unknown, path: string): string | undefined {
  const s = c.string(value, path, { max: 40 })
  if (s === undefined) return undefined
  if (!isValidTimestamp(s)) {
    c.add(path, 'expected an ISO timestamp such as 2025-03-01T08:30:00Z')
    return undefined
  }
  return s
}

export function checkUuid(c: Checker, value: unknown, path: string): string | undefined {
  const s = c.string(value, path, { max: 36 })
  if (s === undefined) return undefined
  if (!UUID_PATTERN.test(s)) {
    c.add(path, 'expected a UUID')
    return undefined
  }
  return s.toLowerCase()
}

export function checkId(c: Checker, value: unknown, path: string): string | undefined {
  const s = c.string(value, path, { max: 64 })
  if (s === undefined) return undefined
  if (!ID_PATTERN.test(s)) {
    c.add(path, 'expected an id (letters, digits, _ . : -; at most 64)')
    return undefined
  }
  return UUID_PATTERN.test(s) ? s.toLowerCase() : s
}

/** An array no longer than `max`. */
export function checkArray(c: Checker, value: unknown, path: string, max: number): unknown[] | undefined {
  const arr = c.array(value, path)
  if (arr === undefined) return undefined
  if (arr.length > max) {
    c.add(path, `more than ${max} entries`)
    return undefined
  }
  return arr
}

/** Reports every key outside `allowed` (strict allowlist: unknown fields are refused). */
export function checkKeys(c: Checker, obj: Record<string, unknown>, path: string, allowed: ReadonlySet<string>): void {
  for (const key of Object.keys(obj)) {
    if (!allowed.has(key)) c.add(joinPath(path, key), 'unknown field')
  }
}

function keys(...names: string[]): ReadonlySet<string> {
  return new Set(names)
}

function checkCodes(c: Checker, value: unknown, path: string): string[] | undefined {
  const arr = checkArray(c, value, path, LIMITS.choices)
  if (!arr) return undefined
  const out: string[] = []
  let ok = true
  arr.forEach((v, i) => {
    const s = c.string(v, joinPath(path, i), { nonEmpty: true, max: LIMITS.code })
    if (s === undefined) ok = false
    else out.push(s)
  })
  return ok ? out : undefined
}

/**
 * Walks a parsed JSON value before anything else touches it: refuses `__proto__` / `constructor` /
 * `prototype` keys at any depth and nesting deeper than `maxDepth`. Recursion is bounded by
 * maxDepth; paths are built only for the problems found.
 */
export function scanJson(value: unknown, path: string, maxDepth: number = LIMITS.depth): Problem[] {
  const problems: Problem[] = []
  const trail: (string | number)[] = []
  const here = (key?: string | number) => {
    let p = path
    for (const k of trail) p = joinPath(p, k)
    return key === undefined ? p : joinPath(p, key)
  }
  const walk = (v: unknown, depth: number): void => {
    if (typeof v !== 'object' || v === null || problems.length >= LIMITS.problemsReported) return
    if (depth >= maxDepth) {
      problems.push({ path: here(), message: `nested deeper than ${maxDepth} levels` })
      return
    }
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const item: unknown = v[i]
        if (typeof item !== 'object' || item === null) continue
        trail.push(i)
        walk(item, depth + 1)
        trail.pop()
      }
      return
    }
    const record = v as Record<string, unknown>
    for (const key of Object.keys(record)) {
      if (FORBIDDEN_KEYS.has(key)) {
        problems.push({ path: here(key), message: 'forbidden key' })
        continue
      }
      const item = record[key]
      if (typeof item !== 'object' || item === null) continue
      trail.push(key)
      walk(item, depth + 1)
      trail.pop()
    }
  }
  walk(value, 0)
  return problems
}

/** UTF-8 byte length without allocating. */
export function utf8Length(text: string): number {
  let n = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x80) n += 1
    else if (code < 0x800) n += 2
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      n += 4
      i++
    } else n += 3
  }
  return n
}

/** True when the text is surely larger than `maxBytes` in UTF-8 (checked cheaply first). */
export function exceedsBytes(text: string, maxBytes: number): boolean {
  if (text.length > maxBytes) return true
  if (text.length * 3 <= maxBytes) return false
  return utf8Length(text) > maxBytes
}

export function capProblems(problems: Problem[]): Problem[] {
  if (problems.length <= LIMITS.problemsReported) return problems
  return [
    ...problems.slice(0, LIMITS.problemsReported),
    { path: '', message: `… and ${problems.length - LIMITS.problemsReported} more problems` },
  ]
}

// --- record parsers (reused by the backup format and the db's stored-record checks) -------------

const OUTLET_KEYS = keys(
  'id', 'name', 'kind', 'channels', 'carriesAds', 'governingBody', 'adoptionDecision', 'archivedAt', 'createdAt', 'updatedAt',
)

export function parseOutlet(c: Checker, value: unknown, path: string): Outlet | undefined {
  const obj = c.record(value, path)
  if (!obj) return undefined
  const before = c.problems.length
  checkKeys(c, obj, path, OUTLET_KEYS)
  const id = checkId(c, own(obj, 'id'), joinPath(path, 'id'))
  const name = c.string(own(obj, 'name'), joinPath(path, 'name'), { nonEmpty: true, max: LIMITS.name })
  const kind = c.oneOf(own(obj, 'kind'), joinPath(path, 'kind'), OUTLET_KINDS)
  const channelsRaw = checkArray(c, own(obj, 'channels'), joinPath(path, 'channels'), LIMITS.channels)
  const channels: Outlet['channels'] = []
  channelsRaw?.forEach((v, i) => {
    const ch = c.oneOf(v, joinPath(joinPath(path, 'channels'), i), CHANNELS)
    if (ch === undefined) return
    if (channels.includes(ch)) c.add(joinPath(joinPath(path, 'channels'), i), 'listed twice')
    else channels.push(ch)
  })
  const carriesAds = c.boolean(own(obj, 'carriesAds'), joinPath(path, 'carriesAds'))
  const governingBody = c.string(own(obj, 'governingBody'), joinPath(path, 'governingBody'), { max: LIMITS.name })
  let adoptionDecision: AdoptionDecision | undefined
  const decisionRaw = own(obj, 'adoptionDecision')
  if (decisionRaw !== undefined) {
    const dp = joinPath(path, 'adoptionDecision')
    const d = c.record(decisionRaw, dp)
    if (d) {
      checkKeys(c, d, dp, keys('reference', 'date'))
      const reference = c.string(own(d, 'reference'), joinPath(dp, 'reference'), { nonEmpty: true, max: LIMITS.name })
      const date = checkDate(c, own(d, 'date'), joinPath(dp, 'date'))
      if (reference !== undefined && date !== undefined) adoptionDecision = { reference, date }
    }
  }
  const archivedRaw = own(obj, 'archivedAt')
  const archivedAt = archivedRaw === undefined ? undefined : checkDate(c, archivedRaw, joinPath(path, 'archivedAt'))
  const createdAt = checkTimestamp(c, own(obj, 'createdAt'), joinPath(path, 'createdAt'))
  const updatedAt = checkTimestamp(c, own(obj, 'updatedAt'), joinPath(path, 'updatedAt'))
  if (c.problems.length > before) return undefined
  const outlet: Outlet = {
    id: id!,
    name: name!,
    kind: kind!,
    channels,
    carriesAds: carriesAds!,
    governingBody: governingBody!,
    createdAt: createdAt!,
    updatedAt: updatedAt!,
  }
  if (adoptionDecision) outlet.adoptionDecision = adoptionDecision
  if (archivedAt !== undefined) outlet.archivedAt = archivedAt
  return outlet
}

const ANSWER_TYPES = ['na', 'yesNo', 'checklist', 'countBySex', 'amountBySex', 'maturity', 'singleChoice', 'multiChoice', 'text'] as const

/** An answer, checked by its structure (which question it answers is the scoring engine's business). */
export function parseAnswer(c: Checker, value: unknown, path: string): Answer | undefined {
  const obj = c.record(value, path)
  if (!obj) return undefined
  const type = c.oneOf(own(obj, 'type'), joinPath(path, 'type'), ANSWER_TYPES)
  if (type === undefined) return undefined
  const before = c.problems.length
  const p = (k: string) => joinPath(path, k)
  const evidence = (): string | undefined => c.optionalString(own(obj, 'evidence'), p('evidence'), { max: LIMITS.evidence })
  const count = (o: Record<string, unknown>, k: string, base: string) =>
    c.number(own(o, k), joinPath(base, k), { min: 0, max: LIMITS.count, integer: true })
  let answer: Answer | undefined
  switch (type) {
    case 'na':
      checkKeys(c, obj, path, keys('type'))
      answer = { type }
      break
    case 'yesNo': {
      checkKeys(c, obj, path, keys('type', 'value', 'evidence'))
      const v = c.oneOf(own(obj, 'value'), p('value'), ['yes', 'no'] as const)
      const ev = evidence()
      if (v !== undefined) answer = ev === undefined ? { type, value: v } : { type, value: v, evidence: ev }
      break
    }
    case 'checklist': {
      checkKeys(c, obj, path, keys('type', 'checked', 'evidence'))
      const checked = checkCodes(c, own(obj, 'checked'), p('checked'))
      const ev = evidence()
      if (checked) answer = ev === undefined ? { type, checked } : { type, checked, evidence: ev }
      break
    }
    case 'countBySex': {
      checkKeys(c, obj, path, keys('type', 'counts'))
      const counts = c.record(own(obj, 'counts'), p('counts'))
      if (counts) {
        checkKeys(c, counts, p('counts'), keys('women', 'men', 'other', 'unknown'))
        const women = count(counts, 'women', p('counts'))
        const men = count(counts, 'men', p('counts'))
        const other = count(counts, 'other', p('counts'))
        const unknown = count(counts, 'unknown', p('counts'))
        if (women !== undefined && men !== undefined && other !== undefined && unknown !== undefined)
          answer = { type, counts: { women, men, other, unknown } }
      }
      break
    }
    case 'amountBySex': {
      checkKeys(c, obj, path, keys('type', 'amounts'))
      const amounts = c.record(own(obj, 'amounts'), p('amounts'))
      if (amounts) {
        checkKeys(c, amounts, p('amounts'), keys('women', 'men'))
        const women = c.number(own(amounts, 'women'), joinPath(p('amounts'), 'women'), { min: 0, max: LIMITS.amount })
        const men = c.number(own(amounts, 'men'), joinPath(p('amounts'), 'men'), { min: 0, max: LIMITS.amount })
        if (women !== undefined && men !== undefined) answer = { type, amounts: { women, men } }
      }
      break
    }
    case 'maturity': {
      checkKeys(c, obj, path, keys('type', 'level', 'evidence'))
      const level = c.number(own(obj, 'level'), p('level'), { min: 0, max: 20, integer: true })
      const ev = evidence()
      if (level !== undefined) answer = ev === undefined ? { type, level } : { type, level, evidence: ev }
      break
    }
    case 'singleChoice': {
      checkKeys(c, obj, path, keys('type', 'choice'))
      const choice = c.string(own(obj, 'choice'), p('choice'), { nonEmpty: true, max: LIMITS.code })
      if (choice !== undefined) answer = { type, choice }
      break
    }
    case 'multiChoice': {
      checkKeys(c, obj, path, keys('type', 'choices'))
      const choices = checkCodes(c, own(obj, 'choices'), p('choices'))
      if (choices) answer = { type, choices }
      break
    }
    case 'text': {
      checkKeys(c, obj, path, keys('type', 'text'))
      const text = c.string(own(obj, 'text'), p('text'), { max: LIMITS.longText })
      if (text !== undefined) answer = { type, text }
      break
    }
  }
  return c.problems.length > before ? undefined : answer
}

function checkRubricRef(c: Checker, obj: Record<string, unknown>, path: string) {
  const rubricId = c.string(own(obj, 'rubricId'), joinPath(path, 'rubricId'), { nonEmpty: true, max: LIMITS.code })
  const rubricVersion = c.string(own(obj, 'rubricVersion'), joinPath(path, 'rubricVersion'), { pattern: SEMVER_PATTERN, max: 32 })
  return { rubricId, rubricVersion }
}

const STATUSES = ['draft', 'complete'] as const
const QUESTION_KEY = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$/

const ORG_KEYS = keys('id', 'outletId', 'rubricId', 'rubricVersion', 'period', 'answers', 'status', 'createdAt', 'updatedAt')

export function parseOrganisationAssessment(c: Checker, value: unknown, path: string): OrganisationAssessment | undefined {
  const obj = c.record(value, path)
  if (!obj) return undefined
  const before = c.problems.length
  const p = (k: string) => joinPath(path, k)
  checkKeys(c, obj, path, ORG_KEYS)
  const id = checkUuid(c, own(obj, 'id'), p('id'))
  const outletId = checkId(c, own(obj, 'outletId'), p('outletId'))
  const { rubricId, rubricVersion } = checkRubricRef(c, obj, path)
  const period = parsePeriod(c, own(obj, 'period'), p('period'))
  const answersRaw = c.record(own(obj, 'answers'), p('answers'))
  const answers: Record<string, Answer> = {}
  if (answersRaw) {
    const entries = Object.keys(answersRaw)
    if (entries.length > LIMITS.answers) c.add(p('answers'), `more than ${LIMITS.answers} answers`)
    else
      for (const key of entries) {
        const ap = joinPath(p('answers'), key)
        if (!QUESTION_KEY.test(key) || FORBIDDEN_KEYS.has(key)) {
          c.add(ap, 'not a question id')
          continue
        }
        const a = parseAnswer(c, answersRaw[key], ap)
        if (a) answers[key] = a
      }
  }
  const status = c.oneOf(own(obj, 'status'), p('status'), STATUSES)
  const createdAt = checkTimestamp(c, own(obj, 'createdAt'), p('createdAt'))
  const updatedAt = checkTimestamp(c, own(obj, 'updatedAt'), p('updatedAt'))
  if (c.problems.length > before) return undefined
  return {
    id: id!,
    outletId: outletId!,
    rubricId: rubricId!,
    rubricVersion: rubricVersion!,
    period: period!,
    answers,
    status: status!,
    createdAt: createdAt!,
    updatedAt: updatedAt!,
  }
}

function parsePeriod(c: Checker, value: unknown, path: string): Period | undefined {
  const obj = c.record(value, path)
  if (!obj) return undefined
  checkKeys(c, obj, path, keys('start', 'end'))
  const start = checkDate(c, own(obj, 'start'), joinPath(path, 'start'))
  const end = checkDate(c, own(obj, 'end'), joinPath(path, 'end'))
  if (start === undefined || end === undefined) return undefined
  if (end < start) {
    c.add(joinPath(path, 'end'), 'before the start')
    return undefined
  }
  return { start, end }
}

// Hot path (100,000 items per import): fields are read with lazy paths — the path string is built
// only when a field is wrong — and the common valid case never reaches the Checker.

function fString(c: Checker, obj: Record<string, unknown>, base: string, key: string, max: number, nonEmpty = false): string | undefined {
  const v = own(obj, key)
  if (typeof v === 'string' && v.length <= max && (!nonEmpty || v.trim() !== '')) return v.normalize('NFC')
  return c.string(v, joinPath(base, key), { max, nonEmpty })
}

function fOptionalString(c: Checker, obj: Record<string, unknown>, base: string, key: string, max: number): string | undefined {
  return own(obj, key) === undefined ? undefined : fString(c, obj, base, key, max)
}

function fBoolean(c: Checker, obj: Record<string, unknown>, base: string, key: string): boolean | undefined {
  const v = own(obj, key)
  return typeof v === 'boolean' ? v : c.boolean(v, joinPath(base, key))
}

function fOneOf<T extends string>(c: Checker, obj: Record<string, unknown>, base: string, key: string, allowed: readonly T[]): T | undefined {
  const v = own(obj, key)
  if (typeof v === 'string' && (allowed as readonly string[]).includes(v)) return v as T
  return c.oneOf(v, joinPath(base, key), allowed)
}

function fUuid(c: Checker, obj: Record<string, unknown>, base: string, key: string): string | undefined {
  const v = own(obj, key)
  if (typeof v === 'string' && v.length === 36 && UUID_PATTERN.test(v)) return v.toLowerCase()
  return checkUuid(c, v, joinPath(base, key))
}

function fId(c: Checker, obj: Record<string, unknown>, base: string, key: string): string | undefined {
  const v = own(obj, key)
  if (typeof v === 'string' && ID_PATTERN.test(v)) return UUID_PATTERN.test(v) ? v.toLowerCase() : v
  return checkId(c, v, joinPath(base, key))
}

function fDate(c: Checker, obj: Record<string, unknown>, base: string, key: string): string | undefined {
  const v = own(obj, key)
  if (typeof v === 'string' && isValidDate(v)) return v
  return checkDate(c, v, joinPath(base, key))
}

function fTimestamp(c: Checker, obj: Record<string, unknown>, base: string, key: string): string | undefined {
  const v = own(obj, key)
  if (typeof v === 'string' && v.length <= 40 && isValidTimestamp(v)) return v
  return checkTimestamp(c, v, joinPath(base, key))
}

const STORY_BOOLEANS = ITEM_FLAGS
const STORY_KEYS = keys('topic', 'scope', ...STORY_BOOLEANS)

function parseStory(c: Checker, value: unknown, path: string): StoryCoding | undefined {
  const obj = c.record(value, path)
  if (!obj) return undefined
  const before = c.problems.length
  checkKeys(c, obj, path, STORY_KEYS)
  const story = {
    topic: fString(c, obj, path, 'topic', LIMITS.code),
    scope: fString(c, obj, path, 'scope', LIMITS.code),
    aboutWomen: fBoolean(c, obj, path, 'aboutWomen'),
    womenConcerns: fBoolean(c, obj, path, 'womenConcerns'),
    stereotypeOvert: fBoolean(c, obj, path, 'stereotypeOvert'),
    stereotypeSubtle: fBoolean(c, obj, path, 'stereotypeSubtle'),
    challengesStereotypes: fBoolean(c, obj, path, 'challengesStereotypes'),
    refersToLaw: fBoolean(c, obj, path, 'refersToLaw'),
    highlightsInequality: fBoolean(c, obj, path, 'highlightsInequality'),
  }
  return c.problems.length > before ? undefined : (story as StoryCoding)
}

const PERSON_BOOLEANS = ['quoted', 'photographed', 'victim', 'survivor', 'familyRole', 'chosenByNewsroom'] as const
const PERSON_KEYS = keys('id', 'name', 'sex', 'function', 'occupation', ...PERSON_BOOLEANS)

export function parsePerson(c: Checker, value: unknown, path: string): PersonRow | undefined {
  const obj = c.record(value, path)
  if (!obj) return undefined
  const before = c.problems.length
  checkKeys(c, obj, path, PERSON_KEYS)
  const person = {
    id: fId(c, obj, path, 'id'),
    sex: fOneOf<Sex>(c, obj, path, 'sex', SEXES),
    function: fString(c, obj, path, 'function', LIMITS.code),
    occupation: fString(c, obj, path, 'occupation', LIMITS.code),
    quoted: fBoolean(c, obj, path, 'quoted'),
    photographed: fBoolean(c, obj, path, 'photographed'),
    victim: fBoolean(c, obj, path, 'victim'),
    survivor: fBoolean(c, obj, path, 'survivor'),
    familyRole: fBoolean(c, obj, path, 'familyRole'),
    chosenByNewsroom: fBoolean(c, obj, path, 'chosenByNewsroom'),
  } as PersonRow
  const name = fOptionalString(c, obj, path, 'name', LIMITS.name)
  if (c.problems.length > before) return undefined
  if (name !== undefined) person.name = name
  return person
}

function parseJournalist(c: Checker, value: unknown, path: string): JournalistRow | undefined {
  const obj = c.record(value, path)
  if (!obj) return undefined
  const before = c.problems.length
  checkKeys(c, obj, path, keys('sex', 'role'))
  const sex = fOneOf<Sex>(c, obj, path, 'sex', SEXES)
  const role = fString(c, obj, path, 'role', LIMITS.code, true)
  if (c.problems.length > before) return undefined
  return { sex: sex!, role: role! }
}

function parseAd(c: Checker, value: unknown, path: string): AdCoding | undefined {
  const obj = c.record(value, path)
  if (!obj) return undefined
  const before = c.problems.length
  checkKeys(c, obj, path, keys('rating', 'womenRoles', 'menRoles', 'voiceOverSex'))
  const rating = fOneOf(c, obj, path, 'rating', AD_RATINGS)
  const womenRoles = checkCodes(c, own(obj, 'womenRoles'), joinPath(path, 'womenRoles'))
  const menRoles = checkCodes(c, own(obj, 'menRoles'), joinPath(path, 'menRoles'))
  const voiceOverSex = own(obj, 'voiceOverSex') === undefined ? undefined : fOneOf<Sex>(c, obj, path, 'voiceOverSex', SEXES)
  if (c.problems.length > before) return undefined
  const ad: AdCoding = { rating: rating!, womenRoles: womenRoles!, menRoles: menRoles! }
  if (voiceOverSex !== undefined) ad.voiceOverSex = voiceOverSex
  return ad
}

const CONTENT_KEYS = keys(
  'id', 'outletId', 'rubricId', 'rubricVersion', 'kind', 'channel', 'date', 'title', 'url', 'story', 'people',
  'journalists', 'speakingSeconds', 'ad', 'status', 'createdAt', 'updatedAt',
)

/** http(s) only: anything else (javascript:, data:) is refused at the boundary. */
export const URL_PATTERN = /^https?:\/\/[^\s]+$/i

export function parseContentAssessment(c: Checker, value: unknown, path: string): ContentAssessment | undefined {
  const obj = c.record(value, path)
  if (!obj) return undefined
  const before = c.problems.length
  checkKeys(c, obj, path, CONTENT_KEYS)
  const id = fUuid(c, obj, path, 'id')
  const outletId = fId(c, obj, path, 'outletId')
  const rubricId = fString(c, obj, path, 'rubricId', LIMITS.code, true)
  const rv = own(obj, 'rubricVersion')
  const rubricVersion =
    typeof rv === 'string' && rv.length <= 32 && SEMVER_PATTERN.test(rv) ? rv : c.string(rv, joinPath(path, 'rubricVersion'), { pattern: SEMVER_PATTERN, max: 32 })
  const kind = fOneOf(c, obj, path, 'kind', CONTENT_KINDS)
  const channel = fOneOf(c, obj, path, 'channel', CHANNELS)
  const date = fDate(c, obj, path, 'date')
  const title = fString(c, obj, path, 'title', LIMITS.title)
  let url: string | undefined
  if (own(obj, 'url') !== undefined) {
    url = fString(c, obj, path, 'url', LIMITS.url)
    if (url !== undefined && url !== '' && !URL_PATTERN.test(url)) {
      c.add(joinPath(path, 'url'), 'expected an http(s) address')
      url = undefined
    }
  }
  const story = parseStory(c, own(obj, 'story'), joinPath(path, 'story'))
  const people: PersonRow[] = []
  const peopleRaw = own(obj, 'people')
  const peopleArr = Array.isArray(peopleRaw) && peopleRaw.length <= LIMITS.people ? peopleRaw : checkArray(c, peopleRaw, joinPath(path, 'people'), LIMITS.people)
  if (peopleArr) {
    const peoplePath = joinPath(path, 'people')
    let ids: Set<string> | undefined
    for (let i = 0; i < peopleArr.length; i++) {
      const person = parsePerson(c, peopleArr[i], `${peoplePath}[${i}]`)
      if (!person) continue
      // Duplicate person ids: a set only for items with several people.
      if (peopleArr.length > 1) {
        ids ??= new Set()
        if (ids.has(person.id)) c.add(`${peoplePath}[${i}].id`, 'used twice in this item')
        ids.add(person.id)
      }
      people.push(person)
    }
  }
  const journalists: JournalistRow[] = []
  const journalistsRaw = own(obj, 'journalists')
  const journalistsArr =
    Array.isArray(journalistsRaw) && journalistsRaw.length <= LIMITS.journalists
      ? journalistsRaw
      : checkArray(c, journalistsRaw, joinPath(path, 'journalists'), LIMITS.journalists)
  journalistsArr?.forEach((v, i) => {
    const j = parseJournalist(c, v, `${path}.journalists[${i}]`)
    if (j) journalists.push(j)
  })
  let speakingSeconds: ContentAssessment['speakingSeconds']
  const speakingRaw = own(obj, 'speakingSeconds')
  if (speakingRaw !== undefined) {
    const sp = joinPath(path, 'speakingSeconds')
    const s = c.record(speakingRaw, sp)
    if (s) {
      checkKeys(c, s, sp, keys(...SEXES))
      const n = (k: Sex) => c.number(own(s, k), joinPath(sp, k), { min: 0, max: 1_000_000 })
      const female = n('female')
      const male = n('male')
      const other = n('other')
      const unknown = n('unknown')
      if (female !== undefined && male !== undefined && other !== undefined && unknown !== undefined)
        speakingSeconds = { female, male, other, unknown }
    }
  }
  const adRaw = own(obj, 'ad')
  const ad = adRaw === undefined ? undefined : parseAd(c, adRaw, joinPath(path, 'ad'))
  const status = fOneOf(c, obj, path, 'status', STATUSES)
  const createdAt = fTimestamp(c, obj, path, 'createdAt')
  const updatedAt = fTimestamp(c, obj, path, 'updatedAt')
  if (c.problems.length > before) return undefined
  const item: ContentAssessment = {
    id: id!,
    outletId: outletId!,
    rubricId: rubricId!,
    rubricVersion: rubricVersion!,
    kind: kind!,
    channel: channel!,
    date: date!,
    title: title!,
    story: story!,
    people,
    journalists,
    status: status!,
    createdAt: createdAt!,
    updatedAt: updatedAt!,
  }
  if (url !== undefined) item.url = url
  if (speakingSeconds) item.speakingSeconds = speakingSeconds
  if (ad) item.ad = ad
  return item
}

// --- envelope ------------------------------------------------------------------------------------

function parseApp(c: Checker, value: unknown, path: string): AppInfo | undefined {
  const obj = c.record(value, path)
  if (!obj) return undefined
  checkKeys(c, obj, path, keys('name', 'version'))
  const name = c.string(own(obj, 'name'), joinPath(path, 'name'), { nonEmpty: true, max: LIMITS.shortText })
  const version = c.string(own(obj, 'version'), joinPath(path, 'version'), { nonEmpty: true, max: 64 })
  return name !== undefined && version !== undefined ? { name, version } : undefined
}

/** Checks `checksum` of the envelope: algorithm, canonicalization and a 64-hex value. */
export function parseChecksumInfo(c: Checker, value: unknown, path: string): ChecksumInfo | undefined {
  const obj = c.record(value, path)
  if (!obj) return undefined
  checkKeys(c, obj, path, keys('algorithm', 'canonicalization', 'value'))
  const algorithm = c.oneOf(own(obj, 'algorithm'), joinPath(path, 'algorithm'), ['SHA-256'] as const)
  const canonicalization = c.oneOf(own(obj, 'canonicalization'), joinPath(path, 'canonicalization'), ['JCS'] as const)
  const raw = c.string(own(obj, 'value'), joinPath(path, 'value'), { max: 64 })
  let v: string | undefined
  if (raw !== undefined) {
    if (HEX64.test(raw.toLowerCase())) v = raw.toLowerCase()
    else c.add(joinPath(path, 'value'), 'expected 64 hexadecimal digits')
  }
  if (algorithm === undefined || canonicalization === undefined || v === undefined) return undefined
  return { algorithm, canonicalization, value: v }
}

export type EnvelopeStart =
  | { ok: true; root: Record<string, unknown>; formatVersion: number }
  | { ok: false; reason: ReadFailure; problems: Problem[] }

/**
 * The common first steps of reading any of our files: size, JSON, forbidden keys and depth,
 * `format`, and `formatVersion` (a newer one is refused with a clear message).
 */
export function readEnvelopeStart(
  text: unknown,
  expected: { format: string; formatVersion: number; label: string; maxBytes: number; maxDepth?: number },
): EnvelopeStart {
  if (typeof text !== 'string') return { ok: false, reason: 'notJson', problems: [{ path: '', message: 'expected the text of a file' }] }
  if (exceedsBytes(text, expected.maxBytes))
    return {
      ok: false,
      reason: 'tooLarge',
      problems: [{ path: '', message: `the file is larger than ${Math.floor(expected.maxBytes / (1024 * 1024))} MB` }],
    }
  let parsed: unknown
  try {
    parsed = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    return { ok: false, reason: 'notJson', problems: [{ path: '', message: `not valid JSON (${detail.slice(0, 200)})` }] }
  }
  if (!isRecord(parsed))
    return { ok: false, reason: 'wrongFormat', problems: [{ path: '', message: `not ${expected.label}: expected a JSON object` }] }
  const format = own(parsed, 'format')
  if (format !== expected.format)
    return {
      ok: false,
      reason: 'wrongFormat',
      problems: [
        {
          path: 'format',
          message:
            typeof format === 'string'
              ? `not ${expected.label}: format is "${format.slice(0, 60)}", expected "${expected.format}"`
              : `not ${expected.label}: expected format "${expected.format}"`,
        },
      ],
    }
  const version = own(parsed, 'formatVersion')
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return { ok: false, reason: 'invalid', problems: [{ path: 'formatVersion', message: 'expected a whole number from 1' }] }
  if (version > expected.formatVersion)
    return {
      ok: false,
      reason: 'newerFormat',
      problems: [
        {
          path: 'formatVersion',
          message: `format version ${version} was made by a newer GIM Index; update the app (this one reads up to version ${expected.formatVersion})`,
        },
      ],
    }
  const scan = scanJson(parsed, '', expected.maxDepth ?? LIMITS.depth)
  if (scan.length > 0) return { ok: false, reason: 'invalid', problems: capProblems(scan) }
  return { ok: true, root: parsed, formatVersion: version }
}

/** Verifies the envelope's checksum against the canonical form of `part` (the parsed value). */
export async function verifyChecksum(
  c: Checker,
  info: ChecksumInfo | undefined,
  part: unknown,
  checksum: ChecksumFn,
  partName: string,
): Promise<boolean> {
  if (!info || part === undefined) return false
  let actual: string
  try {
    actual = await checksum(part)
  } catch (error) {
    c.add(partName, `cannot be checksummed (${error instanceof Error ? error.message : String(error)})`)
    return false
  }
  if (actual.toLowerCase() !== info.value) {
    c.add(
      'checksum.value',
      `does not match the ${partName}: the file was changed or damaged after it was written (expected ${info.value}, got ${actual})`,
    )
    return false
  }
  return true
}

const SUBMISSION_KEYS = keys('format', 'formatVersion', 'createdAt', 'app', 'payload', 'checksum')
const PAYLOAD_KEYS = keys('outlet', 'organisationAssessments', 'contentAssessments', 'includesNames', 'sender')

/**
 * Validates a parsed payload in full. Every assessment must belong to the payload's outlet and use
 * a rubric version the app knows. Returns undefined (with problems) unless everything is valid.
 */
export function parseSubmissionPayload(
  c: Checker,
  value: unknown,
  path: string,
  rubricKnown: ReadContext['rubricKnown'],
): SubmissionPayload | undefined {
  const obj = c.record(value, path)
  if (!obj) return undefined
  const before = c.problems.length
  const p = (k: string) => joinPath(path, k)
  checkKeys(c, obj, path, PAYLOAD_KEYS)
  const outlet = parseOutlet(c, own(obj, 'outlet'), p('outlet'))
  const includesNames = c.boolean(own(obj, 'includesNames'), p('includesNames'))
  const sender = c.optionalString(own(obj, 'sender'), p('sender'), { max: LIMITS.name })
  const unknownRubrics = new Set<string>()
  const checkBelongs = (a: { outletId: string; rubricId: string; rubricVersion: string }, ap: string) => {
    if (outlet && a.outletId !== outlet.id) c.add(joinPath(ap, 'outletId'), `belongs to another outlet ("${a.outletId}", not "${outlet.id}")`)
    if (!rubricKnown(a.rubricId, a.rubricVersion)) {
      const key = `${a.rubricId}@${a.rubricVersion}`
      // One line per unknown version and the first place it is used, not 100,000 identical lines.
      if (!unknownRubrics.has(key)) c.add(joinPath(ap, 'rubricVersion'), `rubric ${a.rubricId} version ${a.rubricVersion} is not known to this app; update the app`)
      unknownRubrics.add(key)
    }
  }
  const orgRaw = checkArray(c, own(obj, 'organisationAssessments'), p('organisationAssessments'), LIMITS.organisationAssessments)
  const organisationAssessments: OrganisationAssessment[] = []
  const seen = new Set<string>()
  orgRaw?.forEach((v, i) => {
    const ap = joinPath(p('organisationAssessments'), i)
    const a = parseOrganisationAssessment(c, v, ap)
    if (!a) return
    checkBelongs(a, ap)
    if (seen.has(a.id)) c.add(joinPath(ap, 'id'), 'used twice in this file')
    seen.add(a.id)
    organisationAssessments.push(a)
  })
  const contentRaw = checkArray(c, own(obj, 'contentAssessments'), p('contentAssessments'), LIMITS.contentAssessments)
  const contentAssessments: ContentAssessment[] = []
  const seenContent = new Set<string>()
  if (contentRaw)
    for (let i = 0; i < contentRaw.length; i++) {
      const ap = joinPath(p('contentAssessments'), i)
      const a = parseContentAssessment(c, contentRaw[i], ap)
      if (!a) continue
      checkBelongs(a, ap)
      if (seenContent.has(a.id)) c.add(joinPath(ap, 'id'), 'used twice in this file')
      seenContent.add(a.id)
      if (includesNames === false)
        a.people.forEach((person, j) => {
          if (person.name !== undefined) c.add(`${ap}.people[${j}].name`, 'present although includesNames is false')
        })
      contentAssessments.push(a)
    }
  if (c.problems.length > before) return undefined
  const payload: SubmissionPayload = {
    outlet: outlet!,
    organisationAssessments,
    contentAssessments,
    includesNames: includesNames!,
  }
  if (sender !== undefined) payload.sender = sender
  return payload
}

/**
 * Reads a submission file. Never throws: resolves to the whole submission, or to a reason and
 * every problem with its path. Order: size, JSON, format, newer format, forbidden keys and depth,
 * envelope, checksum, then the payload in full.
 */
export async function readSubmission(text: string, ctx: ReadContext): Promise<ReadResult> {
  try {
    const start = readEnvelopeStart(text, {
      format: SUBMISSION_FORMAT,
      formatVersion: SUBMISSION_FORMAT_VERSION,
      label: 'a GIM Index submission file',
      maxBytes: ctx.maxBytes ?? DEFAULT_MAX_FILE_BYTES,
    })
    if (!start.ok) return start
    const root = start.root
    const c = new Checker()
    checkKeys(c, root, '', SUBMISSION_KEYS)
    const createdAt = checkTimestamp(c, own(root, 'createdAt'), 'createdAt')
    const app = parseApp(c, own(root, 'app'), 'app')
    const checksumInfo = parseChecksumInfo(c, own(root, 'checksum'), 'checksum')
    const payloadRaw = own(root, 'payload')
    if (payloadRaw === undefined) c.add('payload', 'missing')
    if (c.problems.length > 0) return { ok: false, reason: 'invalid', problems: capProblems(c.problems) }
    if (!(await verifyChecksum(c, checksumInfo, payloadRaw, ctx.checksum, 'payload')))
      return { ok: false, reason: 'checksumMismatch', problems: capProblems(c.problems) }
    const payload = parseSubmissionPayload(c, payloadRaw, 'payload', ctx.rubricKnown)
    if (!payload || c.problems.length > 0) {
      const onlyRubric = c.problems.length > 0 && c.problems.every((p) => p.message.includes('is not known to this app'))
      return { ok: false, reason: onlyRubric ? 'unknownRubric' : 'invalid', problems: capProblems(c.problems) }
    }
    return {
      ok: true,
      submission: {
        format: SUBMISSION_FORMAT,
        formatVersion: start.formatVersion,
        createdAt: createdAt!,
        app: app!,
        payload,
        checksum: checksumInfo!,
      },
    }
  } catch (error) {
    // A bug or an exhausted stack must not escape the boundary; the file is refused, nothing read.
    return {
      ok: false,
      reason: 'invalid',
      problems: [{ path: '', message: `could not be read (${error instanceof Error ? error.message : String(error)})` }],
    }
  }
}

// --- writing ---------------------------------------------------------------------------------------

/** A copy of a person row without the name (names leave the newsroom only when chosen). */
function withoutName(person: PersonRow): PersonRow {
  const copy: PersonRow = { ...person }
  delete copy.name
  return copy
}

/**
 * A plain JSON copy with every object's keys in canonical (RFC 8785) order and undefined fields
 * dropped: the checksum covers exactly what is written, and readers can hash it without re-sorting.
 */
export function canonicalCopy<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v: unknown) => (v === undefined ? null : canonicalCopy(v))) as T
  if (value === null || typeof value !== 'object') return value
  const record = value as Record<string, unknown>
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(record).sort()) {
    const v = record[key]
    if (v !== undefined) out[key] = canonicalCopy(v)
  }
  return out as T
}

/** Builds a submission file for one outlet; people's names are left out unless `includeNames`. */
export async function buildSubmission(input: BuildSubmissionInput, checksum: ChecksumFn): Promise<Submission> {
  const contentAssessments = input.contentAssessments.map((a) =>
    input.includeNames ? a : { ...a, people: a.people.map(withoutName) },
  )
  const payload: SubmissionPayload = canonicalCopy({
    outlet: input.outlet,
    organisationAssessments: input.organisationAssessments,
    contentAssessments,
    includesNames: input.includeNames,
    ...(input.sender !== undefined ? { sender: input.sender } : {}),
  })
  return {
    format: SUBMISSION_FORMAT,
    formatVersion: SUBMISSION_FORMAT_VERSION,
    createdAt: input.createdAt,
    app: { name: input.app.name, version: input.app.version },
    payload,
    checksum: { algorithm: 'SHA-256', canonicalization: 'JCS', value: await checksum(payload) },
  }
}

/** The file's text: pretty-printed JSON, newline at the end. */
export function serializeSubmission(submission: Submission): string {
  return `${JSON.stringify(submission, null, 2)}\n`
}

/** A file name such as "gim-submission_bao-thu-do-sang_2026-03-01.json". */
export function submissionFileName(outletName: string, createdAt: string): string {
  const slug = outletName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
  return `gim-submission_${slug || 'outlet'}_${createdAt.slice(0, 10)}.json`
}
