// The whole-workspace backup: every table in one versioned file with a checksum over the JCS
// canonical form of `data`. A restore validates the whole file first and says what it will do;
// the db layer then replaces the workspace in one transaction — or changes nothing.

import type { ContentAssessment, OrganisationAssessment } from './assessment'
import type { Outlet } from './outlet'
import {
  LIMITS,
  URL_PATTERN,
  canonicalCopy,
  capProblems,
  checkArray,
  checkId,
  checkKeys,
  checkTimestamp,
  parseChecksumInfo,
  parseContentAssessment,
  parseOrganisationAssessment,
  parseOutlet,
  readEnvelopeStart,
  verifyChecksum,
  type AppInfo,
  type ChecksumFn,
  type ChecksumInfo,
  type ReadFailure,
} from './submission'
import { Checker, joinPath, own, type Problem } from './validate'

export const BACKUP_FORMAT = 'gim-backup'
export const BACKUP_FORMAT_VERSION = 1
export const DEFAULT_MAX_BACKUP_BYTES = 512 * 1024 * 1024

export const EVIDENCE_KINDS = ['reference', 'url', 'note'] as const
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number]

/** A means of verification attached to an answer: a document reference, a link or a note. */
export interface EvidenceRecord {
  id: string
  /** The organisation assessment it supports. */
  assessmentId: string
  questionId: string
  kind: EvidenceKind
  value: string
  createdAt: string
}

export interface SettingRecord {
  key: string
  value: string | number | boolean | null
}

/** One imported (or refused) submission file: who sent what, when, and what it did. */
export interface ImportLogEntry {
  id: string
  importedAt: string
  fileName: string
  /** Empty when the file could not be read. */
  outletId: string
  outletName: string
  sender?: string
  /** The file's own createdAt; empty when the file could not be read. */
  createdAt: string
  counts: { added: number; updated: number; unchanged: number; conflicting: number; rejected: number }
  accepted: boolean
  /** Why an invalid file was refused (first problems, "path: message"). */
  problems?: string[]
}

export interface BackupData {
  outlets: Outlet[]
  organisationAssessments: OrganisationAssessment[]
  contentAssessments: ContentAssessment[]
  evidence: EvidenceRecord[]
  settings: SettingRecord[]
  importLog: ImportLogEntry[]
}

export type BackupTable = keyof BackupData
export const BACKUP_TABLES: readonly BackupTable[] = [
  'outlets',
  'organisationAssessments',
  'contentAssessments',
  'evidence',
  'settings',
  'importLog',
]

export interface Backup {
  format: typeof BACKUP_FORMAT
  formatVersion: number
  createdAt: string
  app: AppInfo
  data: BackupData
  checksum: ChecksumInfo
}

export type BackupCounts = Record<BackupTable, number>

export type ReadBackupResult =
  | { ok: true; backup: Backup; counts: BackupCounts }
  | { ok: false; reason: ReadFailure; problems: Problem[] }

export interface ReadBackupContext {
  checksum: ChecksumFn
  /** When given, every assessment's rubric version must be known. */
  rubricKnown?: (id: string, version: string) => boolean
  maxBytes?: number
}

const TABLE_CAP = 2_000_000
const QUESTION_KEY = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$/
const keys = (...k: string[]): ReadonlySet<string> => new Set(k)

export function parseEvidence(c: Checker, value: unknown, path: string): EvidenceRecord | undefined {
  const obj = c.record(value, path)
  if (!obj) return undefined
  const before = c.problems.length
  const p = (k: string) => joinPath(path, k)
  checkKeys(c, obj, path, keys('id', 'assessmentId', 'questionId', 'kind', 'value', 'createdAt'))
  const id = checkId(c, own(obj, 'id'), p('id'))
  const assessmentId = checkId(c, own(obj, 'assessmentId'), p('assessmentId'))
  const questionId = c.string(own(obj, 'questionId'), p('questionId'), { pattern: QUESTION_KEY, max: 100 })
  const kind = c.oneOf(own(obj, 'kind'), p('kind'), EVIDENCE_KINDS)
  const v = c.string(own(obj, 'value'), p('value'), { max: LIMITS.evidence })
  if (kind === 'url' && v !== undefined && !URL_PATTERN.test(v)) c.add(p('value'), 'expected an http(s) address')
  const createdAt = checkTimestamp(c, own(obj, 'createdAt'), p('createdAt'))
  if (c.problems.length > before) return undefined
  return { id: id!, assessmentId: assessmentId!, questionId: questionId!, kind: kind!, value: v!, createdAt: createdAt! }
}

export function parseSetting(c: Checker, value: unknown, path: string): SettingRecord | undefined {
  const obj = c.record(value, path)
  if (!obj) return undefined
  const before = c.problems.length
  checkKeys(c, obj, path, keys('key', 'value'))
  const key = c.string(own(obj, 'key'), joinPath(path, 'key'), { nonEmpty: true, max: LIMITS.shortText })
  const v = own(obj, 'value')
  const vp = joinPath(path, 'value')
  if (v === undefined) c.add(vp, 'missing')
  else if (typeof v === 'string') {
    if (v.length > LIMITS.longText) c.add(vp, `longer than ${LIMITS.longText} characters`)
  } else if (typeof v === 'number') {
    if (!Number.isFinite(v)) c.add(vp, 'expected a finite number')
  } else if (typeof v !== 'boolean' && v !== null) c.add(vp, 'expected a string, number, true/false or null')
  if (c.problems.length > before) return undefined
  return { key: key!, value: v as SettingRecord['value'] }
}

const COUNT_KEYS = ['added', 'updated', 'unchanged', 'conflicting', 'rejected'] as const

export function parseImportLogEntry(c: Checker, value: unknown, path: string): ImportLogEntry | undefined {
  const obj = c.record(value, path)
  if (!obj) return undefined
  const before = c.problems.length
  const p = (k: string) => joinPath(path, k)
  checkKeys(c, obj, path, keys('id', 'importedAt', 'fileName', 'outletId', 'outletName', 'sender', 'createdAt', 'counts', 'accepted', 'problems'))
  const id = checkId(c, own(obj, 'id'), p('id'))
  const importedAt = checkTimestamp(c, own(obj, 'importedAt'), p('importedAt'))
  const fileName = c.string(own(obj, 'fileName'), p('fileName'), { max: 1000 })
  const outletId = c.string(own(obj, 'outletId'), p('outletId'), { max: 64 })
  const outletName = c.string(own(obj, 'outletName'), p('outletName'), { max: LIMITS.name })
  const sender = c.optionalString(own(obj, 'sender'), p('sender'), { max: LIMITS.name })
  const createdAtRaw = own(obj, 'createdAt')
  const createdAt = createdAtRaw === '' ? '' : checkTimestamp(c, createdAtRaw, p('createdAt'))
  const countsObj = c.record(own(obj, 'counts'), p('counts'))
  const counts = { added: 0, updated: 0, unchanged: 0, conflicting: 0, rejected: 0 }
  if (countsObj) {
    checkKeys(c, countsObj, p('counts'), keys(...COUNT_KEYS))
    for (const k of COUNT_KEYS) counts[k] = c.number(own(countsObj, k), joinPath(p('counts'), k), { min: 0, integer: true }) ?? 0
  }
  const accepted = c.boolean(own(obj, 'accepted'), p('accepted'))
  let problems: string[] | undefined
  const problemsRaw = own(obj, 'problems')
  if (problemsRaw !== undefined) {
    const arr = checkArray(c, problemsRaw, p('problems'), 50)
    problems = []
    arr?.forEach((v, i) => {
      const s = c.string(v, joinPath(p('problems'), i), { max: 2000 })
      if (s !== undefined) problems!.push(s)
    })
  }
  if (c.problems.length > before) return undefined
  const entry: ImportLogEntry = {
    id: id!,
    importedAt: importedAt!,
    fileName: fileName!,
    outletId: outletId!,
    outletName: outletName!,
    createdAt: createdAt!,
    counts,
    accepted: accepted!,
  }
  if (sender !== undefined) entry.sender = sender
  if (problems !== undefined) entry.problems = problems
  return entry
}

type Parser<T> = (c: Checker, value: unknown, path: string) => T | undefined

function parseTable<T>(c: Checker, data: Record<string, unknown>, table: BackupTable, parse: Parser<T>, keyOf: (t: T) => string): T[] {
  const path = joinPath('data', table)
  const arr = checkArray(c, own(data, table), path, TABLE_CAP)
  const out: T[] = []
  if (!arr) return out
  const seen = new Set<string>()
  for (let i = 0; i < arr.length; i++) {
    const rp = joinPath(path, i)
    const rec = parse(c, arr[i], rp)
    if (rec === undefined) continue
    const key = keyOf(rec)
    if (seen.has(key)) c.add(rp, `"${key}" appears twice`)
    seen.add(key)
    out.push(rec)
  }
  return out
}

/** Validates the `data` part of a backup in full. */
export function parseBackupData(c: Checker, value: unknown, rubricKnown?: ReadBackupContext['rubricKnown']): BackupData | undefined {
  const data = c.record(value, 'data')
  if (!data) return undefined
  const before = c.problems.length
  checkKeys(c, data, 'data', new Set(BACKUP_TABLES))
  const result: BackupData = {
    outlets: parseTable(c, data, 'outlets', parseOutlet, (o) => o.id),
    organisationAssessments: parseTable(c, data, 'organisationAssessments', parseOrganisationAssessment, (a) => a.id),
    contentAssessments: parseTable(c, data, 'contentAssessments', parseContentAssessment, (a) => a.id),
    evidence: parseTable(c, data, 'evidence', parseEvidence, (e) => e.id),
    settings: parseTable(c, data, 'settings', parseSetting, (s) => s.key),
    importLog: parseTable(c, data, 'importLog', parseImportLogEntry, (e) => e.id),
  }
  if (rubricKnown) {
    const reported = new Set<string>()
    const check = (a: OrganisationAssessment | ContentAssessment, path: string) => {
      const key = `${a.rubricId}@${a.rubricVersion}`
      if (reported.has(key) || rubricKnown(a.rubricId, a.rubricVersion)) return
      reported.add(key)
      c.add(joinPath(path, 'rubricVersion'), `rubric ${a.rubricId} version ${a.rubricVersion} is not known to this app; update the app`)
    }
    result.organisationAssessments.forEach((a, i) => check(a, `data.organisationAssessments[${i}]`))
    result.contentAssessments.forEach((a, i) => check(a, `data.contentAssessments[${i}]`))
  }
  return c.problems.length > before ? undefined : result
}

export function backupCounts(data: BackupData): BackupCounts {
  return {
    outlets: data.outlets.length,
    organisationAssessments: data.organisationAssessments.length,
    contentAssessments: data.contentAssessments.length,
    evidence: data.evidence.length,
    settings: data.settings.length,
    importLog: data.importLog.length,
  }
}

export async function buildBackup(
  input: { data: BackupData; app: AppInfo; createdAt: string },
  checksum: ChecksumFn,
): Promise<Backup> {
  const data = canonicalCopy(input.data)
  return {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    createdAt: input.createdAt,
    app: { name: input.app.name, version: input.app.version },
    data,
    checksum: { algorithm: 'SHA-256', canonicalization: 'JCS', value: await checksum(data) },
  }
}

export function serializeBackup(backup: Backup): string {
  return `${JSON.stringify(backup)}\n`
}

/** Reads a backup file; never throws. On success, `counts` says what a restore will put back. */
export async function readBackup(text: string, ctx: ReadBackupContext): Promise<ReadBackupResult> {
  try {
    const start = readEnvelopeStart(text, {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      label: 'a GIM Index backup',
      maxBytes: ctx.maxBytes ?? DEFAULT_MAX_BACKUP_BYTES,
    })
    if (!start.ok) return start
    const root = start.root
    const c = new Checker()
    checkKeys(c, root, '', keys('format', 'formatVersion', 'createdAt', 'app', 'data', 'checksum'))
    const createdAt = checkTimestamp(c, own(root, 'createdAt'), 'createdAt')
    const appObj = c.record(own(root, 'app'), 'app')
    let app: AppInfo | undefined
    if (appObj) {
      checkKeys(c, appObj, 'app', keys('name', 'version'))
      const name = c.string(own(appObj, 'name'), 'app.name', { nonEmpty: true, max: LIMITS.shortText })
      const version = c.string(own(appObj, 'version'), 'app.version', { nonEmpty: true, max: 64 })
      if (name !== undefined && version !== undefined) app = { name, version }
    }
    const checksumInfo = parseChecksumInfo(c, own(root, 'checksum'), 'checksum')
    const dataRaw = own(root, 'data')
    if (dataRaw === undefined) c.add('data', 'missing')
    if (c.problems.length > 0) return { ok: false, reason: 'invalid', problems: capProblems(c.problems) }
    if (!(await verifyChecksum(c, checksumInfo, dataRaw, ctx.checksum, 'data')))
      return { ok: false, reason: 'checksumMismatch', problems: capProblems(c.problems) }
    const data = parseBackupData(c, dataRaw, ctx.rubricKnown)
    if (!data || c.problems.length > 0) return { ok: false, reason: 'invalid', problems: capProblems(c.problems) }
    return {
      ok: true,
      backup: { format: BACKUP_FORMAT, formatVersion: start.formatVersion, createdAt: createdAt!, app: app!, data, checksum: checksumInfo! },
      counts: backupCounts(data),
    }
  } catch (error) {
    return {
      ok: false,
      reason: 'invalid',
      problems: [{ path: '', message: `could not be read (${error instanceof Error ? error.message : String(error)})` }],
    }
  }
}
