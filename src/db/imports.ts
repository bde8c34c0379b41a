// Committing submission files: the merge plan is computed (domain) against the records fetched
// here, shown, and then only what the user accepted is written in ONE transaction — or nothing.
import type { ImportLogEntry } from '@/domain/backup'
import type { ContentAssessment, OrganisationAssessment } from '@/domain/assessment'
import { recordsToWrite, type ExistingRecords, type MergePlan, type MergeCounts } from '@/domain/mergePlan'
import type { Outlet } from '@/domain/outlet'
import { parseImportLogEntry } from '@/domain/backup'
import type { Submission } from '@/domain/submission'
import type { EntityTable, IDType } from 'dexie'
import { db } from './db'
import { ORGANISATION_STAMP_ID, type ContentPage } from './contentPageLayout'
import { locate, putItems, storedItemIds } from './contentPages'
import { forWrite } from './records'
import { StorageFailure, guarded } from './storage'
import { renewWorkspaceStamp } from './workspaceStamps'

/** The stored records that share an id with anything in these submissions (for planMerge). */
export function existingRecordsFor(submissions: readonly Submission[]): Promise<ExistingRecords> {
  const outletIds = new Set<string>()
  const orgIds = new Set<string>()
  for (const s of submissions) {
    outletIds.add(s.payload.outlet.id)
    for (const a of s.payload.organisationAssessments) orgIds.add(a.id)
  }
  return guarded(() =>
    db.transaction('r', [db.outlets, db.organisationAssessments, db.contentPages], async () => {
      // Item ids only first, from the index: on a fresh workspace (the common case) no page is read.
      const stored = new Set(await storedItemIds())
      const incoming = submissions.flatMap((s) => s.payload.contentAssessments.filter((a) => stored.has(a.id)))
      const [outlets, orgs, located] = await Promise.all([
        db.outlets.bulkGet([...outletIds]),
        db.organisationAssessments.bulkGet([...orgIds]),
        incoming.length > 0 ? locate(incoming) : new Map<string, ContentPage>(),
      ])
      const contents = new Map<string, ContentAssessment>()
      for (const page of new Set(located.values())) for (const a of page.items) if (located.has(a.id)) contents.set(a.id, a)
      return {
        outlets: toMap(outlets),
        organisationAssessments: toMap(orgs),
        contentAssessments: contents,
      }
    }),
  )
}

function toMap<T extends { id: string }>(records: (T | undefined)[]): Map<string, T> {
  const map = new Map<string, T>()
  for (const r of records) if (r) map.set(r.id, r)
  return map
}

export interface ImportCommitResult {
  files: number
  written: MergeCounts
}

/**
 * Writes the accepted files of a plan and their import-log entries in one transaction. Records
 * the plan saw as absent are added (a record created meanwhile in another tab makes the add
 * fail, aborting everything); records it saw present are replaced only if they are still the
 * version the plan compared against, else the commit is refused as a conflict.
 */
export function commitImport(
  plan: MergePlan,
  acceptedFileNames: readonly string[],
  log: readonly ImportLogEntry[],
): Promise<ImportCommitResult> {
  const writes = recordsToWrite(plan, acceptedFileNames)
  const logRecords = log.map((entry) => forWrite(parseImportLogEntry, entry, 'importLog'))
  const outlets = split(writes.outlets, plan.existing.outlets)
  const orgs = split(writes.organisationAssessments, plan.existing.organisationAssessments)
  const contents = split(writes.contentAssessments, plan.existing.contentAssessments)
  const accepted = new Set(acceptedFileNames)
  const files = plan.files.filter((f) => f.valid && accepted.has(f.fileName)).length
  return guarded(() =>
    db.transaction('rw', [db.outlets, db.organisationAssessments, db.contentPages, db.contentFacts, db.workspaceStamps, db.importLog], async () => {
      await write<Outlet>(db.outlets, outlets, plan.existing.outlets)
      await write<OrganisationAssessment>(db.organisationAssessments, orgs, plan.existing.organisationAssessments)
      if (orgs.added.length + orgs.updated.length > 0) await renewWorkspaceStamp(ORGANISATION_STAMP_ID)
      await writeContent(contents, plan.existing.contentAssessments)
      await db.importLog.bulkAdd(logRecords)
      return {
        files,
        written: {
          added: outlets.added.length + orgs.added.length + contents.added.length,
          updated: outlets.updated.length + orgs.updated.length + contents.updated.length,
          unchanged: 0,
          conflicting: 0,
          rejected: 0,
        },
      }
    }),
  )
}

interface Split<T> {
  added: T[]
  updated: T[]
}

function split<T extends { id: string }>(records: T[], existing: ReadonlyMap<string, T>): Split<T> {
  const out: Split<T> = { added: [], updated: [] }
  for (const r of records) (existing.has(r.id) ? out.updated : out.added).push(r)
  return out
}

async function write<T extends { id: string; updatedAt: string }>(
  table: EntityTable<T, 'id'>,
  records: Split<T>,
  existing: ReadonlyMap<string, T>,
): Promise<void> {
  if (records.updated.length > 0) {
    const current = await table.bulkGet(records.updated.map((r) => r.id as IDType<T, 'id'>))
    current.forEach((stored, i) => {
      const id = records.updated[i]!.id
      if (stored?.updatedAt !== existing.get(id)?.updatedAt)
        throw new StorageFailure('conflict', `${table.name} ${id} changed since the merge plan was made`)
    })
    await table.bulkPut(records.updated)
  }
  // No try/catch: a caught BulkError would keep the writes that succeeded.
  if (records.added.length > 0) await table.bulkAdd(records.added)
}

/** The same rules for content assessments, which are stored in pages. */
async function writeContent(records: Split<ContentAssessment>, existing: ReadonlyMap<string, ContentAssessment>): Promise<void> {
  const located = await locate(records.updated)
  for (const r of records.updated) {
    const stored = located.get(r.id)?.items.find((a) => a.id === r.id)
    if (stored?.updatedAt !== existing.get(r.id)?.updatedAt)
      throw new StorageFailure('conflict', `contentAssessments ${r.id} changed since the merge plan was made`)
  }
  // An added id stored meanwhile (another tab) breaks the unique item-id index: everything aborts.
  await putItems([...records.updated, ...records.added], located)
}
