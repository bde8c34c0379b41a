// The merge plan: what importing a batch of submission files would do, per file and per record,
// computed before anything is written. Same id: the newer `updatedAt` wins; an equal timestamp with
// different content is a conflict shown to the user, never a silent overwrite. Files in one batch
// that carry the same id are resolved the same way whatever order they arrive in.

import type { ContentAssessment, OrganisationAssessment } from './assessment'
import type { Outlet } from './outlet'
import type { ReadFailure, ReadResult, Submission } from './submission'
import type { Problem } from './validate'
import type { ImportLogEntry } from './backup'

export type RecordKind = 'outlet' | 'organisationAssessment' | 'contentAssessment'
export type MergeStatus = 'added' | 'updated' | 'unchanged' | 'conflicting' | 'rejected'

/**
 * Why a record got its status (a code the UI translates):
 * - new: not in the workspace yet → added
 * - newer: the incoming `updatedAt` is later → updated
 * - identical: the same content is already there → unchanged
 * - older: the workspace has a later `updatedAt`; the workspace copy is kept → unchanged
 * - sameTimeDifferentContent: equal `updatedAt`, different content → conflicting, nothing written
 * - duplicateInBatch: another file of this batch carries the same record → unchanged
 * - supersededInBatch: another file of this batch carries a newer version → unchanged
 * - conflictInBatch: another file of this batch carries different content at the same time → conflicting
 * - belongsToAnotherOutlet: the workspace has this id under another outlet → rejected
 */
export type MergeReason =
  | 'new'
  | 'newer'
  | 'identical'
  | 'older'
  | 'sameTimeDifferentContent'
  | 'duplicateInBatch'
  | 'supersededInBatch'
  | 'conflictInBatch'
  | 'belongsToAnotherOutlet'

interface RecordPlanBase {
  id: string
  status: MergeStatus
  reason: MergeReason
  fileName: string
  /** The other file involved, for the *InBatch reasons. */
  otherFileName?: string
}

export type RecordPlan =
  | (RecordPlanBase & { kind: 'outlet'; incoming: Outlet; existing?: Outlet })
  | (RecordPlanBase & { kind: 'organisationAssessment'; incoming: OrganisationAssessment; existing?: OrganisationAssessment })
  | (RecordPlanBase & { kind: 'contentAssessment'; incoming: ContentAssessment; existing?: ContentAssessment })

export interface MergeCounts {
  added: number
  updated: number
  unchanged: number
  conflicting: number
  rejected: number
}

export interface FilePlan {
  /** Unique within the plan (a repeated name gets " (2)", " (3)"…); use it to accept files. */
  fileName: string
  /** The file was read in full; false = refused as a whole (see reason and problems). */
  valid: boolean
  reason?: ReadFailure
  problems: Problem[]
  submission?: Submission
  counts: MergeCounts
  records: RecordPlan[]
}

export interface ExistingRecords {
  outlets: ReadonlyMap<string, Outlet>
  organisationAssessments: ReadonlyMap<string, OrganisationAssessment>
  contentAssessments: ReadonlyMap<string, ContentAssessment>
}

export interface MergePlan {
  files: FilePlan[]
  /** Over the valid files. */
  totals: MergeCounts
  /** The workspace the plan was made against (kept for recordsToWrite). */
  existing: ExistingRecords
}

export interface RecordsToWrite {
  outlets: Outlet[]
  organisationAssessments: OrganisationAssessment[]
  contentAssessments: ContentAssessment[]
}

export function emptyCounts(): MergeCounts {
  return { added: 0, updated: 0, unchanged: 0, conflicting: 0, rejected: 0 }
}

/** Deep equality of JSON values, key order ignored; `undefined` fields count as absent. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false
    for (let i = 0; i < a.length; i++) if (!jsonEqual(a[i], b[i])) return false
    return true
  }
  if (Array.isArray(b)) return false
  const ao = a as Record<string, unknown>
  const bo = b as Record<string, unknown>
  let na = 0
  for (const k of Object.keys(ao)) {
    if (ao[k] === undefined) continue
    na++
    if (!Object.prototype.hasOwnProperty.call(bo, k) || !jsonEqual(ao[k], bo[k])) return false
  }
  let nb = 0
  for (const k of Object.keys(bo)) if (bo[k] !== undefined) nb++
  return na === nb
}

type AnyRecord = Outlet | OrganisationAssessment | ContentAssessment

interface Candidate {
  record: AnyRecord
  file: number
  time: number
  index: number
}

function time(updatedAt: string): number {
  const t = Date.parse(updatedAt)
  return Number.isFinite(t) ? t : -Infinity
}

function outletIdOf(kind: RecordKind, record: AnyRecord): string | undefined {
  return kind === 'outlet' ? undefined : (record as OrganisationAssessment | ContentAssessment).outletId
}

function uniqueNames(names: string[]): string[] {
  const used = new Map<string, number>()
  const taken = new Set(names)
  return names.map((name) => {
    const n = (used.get(name) ?? 0) + 1
    used.set(name, n)
    if (n === 1) return name
    let k = n
    while (taken.has(`${name} (${k})`)) k++
    const unique = `${name} (${k})`
    taken.add(unique)
    return unique
  })
}

/**
 * Computes the merge plan of a batch of read submission files against the workspace.
 * Linear in the number of records (Maps throughout); content is compared only where ids meet.
 */
export function planMerge(existing: ExistingRecords, files: readonly { fileName: string; result: ReadResult }[]): MergePlan {
  const names = uniqueNames(files.map((f) => f.fileName))
  const plans: FilePlan[] = files.map((f, i) =>
    f.result.ok
      ? { fileName: names[i]!, valid: true, problems: [], submission: f.result.submission, counts: emptyCounts(), records: [] }
      : { fileName: names[i]!, valid: false, reason: f.result.reason, problems: f.result.problems, counts: emptyCounts(), records: [] },
  )
  // Deterministic order whatever order the files were chosen in: by file name, then position.
  const order = plans
    .map((p, i) => ({ p, i }))
    .filter(({ p }) => p.valid)
    .sort((a, b) => (a.p.fileName < b.p.fileName ? -1 : a.p.fileName > b.p.fileName ? 1 : a.i - b.i))
    .map(({ i }) => i)

  const kinds: { kind: RecordKind; existing: ReadonlyMap<string, AnyRecord>; list: (s: Submission) => AnyRecord[] }[] = [
    { kind: 'outlet', existing: existing.outlets, list: (s) => [s.payload.outlet] },
    { kind: 'organisationAssessment', existing: existing.organisationAssessments, list: (s) => s.payload.organisationAssessments },
    { kind: 'contentAssessment', existing: existing.contentAssessments, list: (s) => s.payload.contentAssessments },
  ]

  const decided: RecordPlan[][] = plans.map(() => [])
  for (const { kind, existing: table, list } of kinds) {
    const groups = new Map<string, Candidate | Candidate[]>()
    for (const fileIndex of order) {
      const records = list(plans[fileIndex]!.submission!)
      for (let index = 0; index < records.length; index++) {
        const record = withRegisterFields(kind, records[index]!, kind === 'outlet' ? table.get(records[index]!.id) : undefined)
        const cand: Candidate = { record, file: fileIndex, time: time(record.updatedAt), index }
        const prev = groups.get(record.id)
        if (prev === undefined) groups.set(record.id, cand)
        else if (Array.isArray(prev)) prev.push(cand)
        else groups.set(record.id, [prev, cand])
      }
    }
    for (const [id, group] of groups) {
      const cands = Array.isArray(group) ? group : [group]
      decideGroup(kind, id, cands, table.get(id), plans, decided)
    }
  }

  const totals = emptyCounts()
  plans.forEach((plan, i) => {
    // Records keep the order they had in the file: outlet, organisation, content assessments.
    plan.records = decided[i]!
    for (const r of plan.records) {
      plan.counts[r.status]++
      totals[r.status]++
    }
  })
  return { files: plans, totals, existing }
}

function push(
  decided: RecordPlan[][],
  plans: FilePlan[],
  kind: RecordKind,
  id: string,
  cand: Candidate,
  existing: AnyRecord | undefined,
  status: MergeStatus,
  reason: MergeReason,
  other?: Candidate,
): void {
  const rp = { kind, id, status, reason, fileName: plans[cand.file]!.fileName, incoming: cand.record } as RecordPlan
  if (existing !== undefined) rp.existing = existing as never
  if (other !== undefined) rp.otherFileName = plans[other.file]!.fileName
  decided[cand.file]!.push(rp)
}

/** One incoming record against the workspace copy. */
/**
 * The register's own fields: the department archives an outlet, the outlet's file never does. An
 * incoming outlet without `archivedAt` keeps the workspace's (compared and written that way), so an
 * outlet's newer profile does not bring an archived outlet back into the denominator.
 */
function withRegisterFields(kind: RecordKind, incoming: AnyRecord, existing: AnyRecord | undefined): AnyRecord {
  if (kind !== 'outlet' || existing === undefined) return incoming
  const archivedAt = (existing as Outlet).archivedAt
  if (archivedAt === undefined || (incoming as Outlet).archivedAt !== undefined) return incoming
  return { ...(incoming as Outlet), archivedAt }
}

function versus(existing: AnyRecord | undefined, existingTime: number, cand: Candidate): [MergeStatus, MergeReason] {
  if (existing === undefined) return ['added', 'new']
  if (jsonEqual(cand.record, existing)) return ['unchanged', 'identical']
  if (cand.time > existingTime) return ['updated', 'newer']
  if (cand.time < existingTime) return ['unchanged', 'older']
  return ['conflicting', 'sameTimeDifferentContent']
}

function decideGroup(
  kind: RecordKind,
  id: string,
  all: Candidate[],
  existing: AnyRecord | undefined,
  plans: FilePlan[],
  decided: RecordPlan[][],
): void {
  let cands = all
  if (existing !== undefined && kind !== 'outlet') {
    const owner = outletIdOf(kind, existing)
    const foreign = cands.filter((c) => outletIdOf(kind, c.record) !== owner)
    for (const c of foreign) push(decided, plans, kind, id, c, existing, 'rejected', 'belongsToAnotherOutlet')
    if (foreign.length > 0) cands = cands.filter((c) => outletIdOf(kind, c.record) === owner)
    if (cands.length === 0) return
  }
  const existingTime = existing === undefined ? -Infinity : time(existing.updatedAt)
  if (cands.length === 1) {
    const [status, reason] = versus(existing, existingTime, cands[0]!)
    push(decided, plans, kind, id, cands[0]!, existing, status, reason)
    return
  }
  let maxTime = -Infinity
  for (const c of cands) if (c.time > maxTime) maxTime = c.time
  if (existing !== undefined && existingTime >= maxTime) {
    // The workspace copy is at least as new as every incoming one: each is judged against it alone.
    for (const c of cands) {
      const [status, reason] = versus(existing, existingTime, c)
      push(decided, plans, kind, id, c, existing, status, reason)
    }
    return
  }
  const top = cands.filter((c) => c.time === maxTime)
  const winner = top[0]!
  const agree = top.every((c) => c === winner || jsonEqual(c.record, winner.record))
  for (const c of cands) {
    if (c.time < maxTime) {
      // Older than the batch's newest copy. When that copy will be written, an equal-time copy is
      // superseded rather than "conflicting" (it loses to the newer one anyway); when the newest
      // copies conflict (nothing is written), it is judged against the workspace alone.
      if (existing !== undefined && (existingTime > c.time || (!agree && existingTime >= c.time))) {
        const [status, reason] = versus(existing, existingTime, c)
        push(decided, plans, kind, id, c, existing, status, reason)
      } else push(decided, plans, kind, id, c, existing, 'unchanged', 'supersededInBatch', winner)
    } else if (!agree) {
      const other = top.find((o) => o !== c && !jsonEqual(o.record, c.record)) ?? winner
      push(decided, plans, kind, id, c, existing, 'conflicting', 'conflictInBatch', other)
    } else if (c === winner) {
      const [status, reason] = versus(existing, existingTime, c)
      push(decided, plans, kind, id, c, existing, status, reason)
    } else push(decided, plans, kind, id, c, existing, 'unchanged', 'duplicateInBatch', winner)
  }
}

/**
 * The exact puts for one transaction when the user accepts these files (by FilePlan.fileName).
 * The plan is recomputed over the accepted files only, so a record that lost to a file the user
 * then declined is written after all. Invalid files are never written.
 */
export function recordsToWrite(plan: MergePlan, acceptedFileNames: Iterable<string>): RecordsToWrite {
  const accepted = planForAccepted(plan, acceptedFileNames)
  const out: RecordsToWrite = { outlets: [], organisationAssessments: [], contentAssessments: [] }
  for (const file of accepted.files)
    for (const r of file.records) {
      if (r.status !== 'added' && r.status !== 'updated') continue
      if (r.kind === 'outlet') out.outlets.push(r.incoming)
      else if (r.kind === 'organisationAssessment') out.organisationAssessments.push(r.incoming)
      else out.contentAssessments.push(r.incoming)
    }
  return out
}

/** The plan restricted to the accepted valid files (what the commit will do, file by file). */
export function planForAccepted(plan: MergePlan, acceptedFileNames: Iterable<string>): MergePlan {
  const accepted = new Set(acceptedFileNames)
  // Every valid file accepted (the common case): the plan already is what the commit will do.
  if (plan.files.every((f) => !f.valid || accepted.has(f.fileName))) return plan
  const files = plan.files
    .filter((f) => f.valid && accepted.has(f.fileName) && f.submission)
    .map((f) => ({ fileName: f.fileName, result: { ok: true as const, submission: f.submission! } }))
  return planMerge(plan.existing, files)
}

/**
 * One import-log entry per file of the batch: accepted files with the counts of what was written,
 * declined or invalid ones with accepted=false, so the log keeps who sent what and when.
 */
export function importLogEntries(
  plan: MergePlan,
  acceptedFileNames: Iterable<string>,
  ctx: { importedAt: string; newId: () => string },
): ImportLogEntry[] {
  const accepted = new Set(acceptedFileNames)
  const acceptedPlan = planForAccepted(plan, accepted)
  const byName = new Map(acceptedPlan.files.filter((f) => f.valid && accepted.has(f.fileName)).map((f) => [f.fileName, f]))
  return plan.files.map((f) => {
    const done = byName.get(f.fileName)
    const s = f.submission
    const entry: ImportLogEntry = {
      id: ctx.newId(),
      importedAt: ctx.importedAt,
      fileName: f.fileName,
      outletId: s?.payload.outlet.id ?? '',
      outletName: s?.payload.outlet.name ?? '',
      createdAt: s?.createdAt ?? '',
      counts: done ? { ...done.counts } : { ...f.counts },
      accepted: done !== undefined,
    }
    if (s?.payload.sender !== undefined) entry.sender = s.payload.sender
    if (!f.valid && f.problems.length > 0) entry.problems = f.problems.slice(0, 20).map((p) => (p.path ? `${p.path}: ${p.message}` : p.message))
    return entry
  })
}
