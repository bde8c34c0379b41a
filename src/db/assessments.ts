// Organisation assessments (outlet × period) and content assessments (one coded item each).
// Every record carries its rubric id + version, createdAt, updatedAt and a client UUID; the
// caller sets the timestamps (the db layer stores what it is given, after checking it).
import { Dexie, type EntityTable } from 'dexie'
import type { ContentAssessment, OrganisationAssessment } from '@/domain/assessment'
import { parseContentAssessment, parseOrganisationAssessment } from '@/domain/submission'
import { db, upgradeAssessmentV1 } from './db'
import { checkAll, checkOne, forWrite, type Listed } from './records'
import { guarded } from './storage'

// ---- Organisation assessments ---------------------------------------------------------------

export function saveOrganisationAssessment(assessment: OrganisationAssessment): Promise<OrganisationAssessment> {
  return guarded(async () => {
    const record = forWrite(parseOrganisationAssessment, assessment, 'organisationAssessments')
    await db.organisationAssessments.put(record)
    return record
  })
}

export function getOrganisationAssessment(id: string): Promise<OrganisationAssessment | undefined> {
  return guarded(async () =>
    checkOne(parseOrganisationAssessment, await db.organisationAssessments.get(id), 'organisationAssessments', upgradeAssessmentV1),
  )
}

/** An outlet's organisation assessments, oldest period first. */
export function listOrganisationAssessments(outletId: string): Promise<Listed<OrganisationAssessment>> {
  return guarded(async () => {
    const rows = await db.organisationAssessments
      .where('[outletId+period.start]')
      .between([outletId, Dexie.minKey], [outletId, Dexie.maxKey])
      .toArray()
    return checkAll(parseOrganisationAssessment, rows, 'organisationAssessments', upgradeAssessmentV1)
  })
}

export function removeOrganisationAssessment(id: string): Promise<void> {
  return guarded(() =>
    db.transaction('rw', [db.organisationAssessments, db.evidence], async () => {
      await db.evidence.where('assessmentId').equals(id).delete()
      await db.organisationAssessments.delete(id)
    }),
  )
}

// ---- Content assessments --------------------------------------------------------------------

export interface DateRange {
  /** YYYY-MM-DD inclusive; open when left out. */
  from?: string
  /** YYYY-MM-DD inclusive; open when left out. */
  to?: string
}

export function saveContentAssessment(assessment: ContentAssessment): Promise<ContentAssessment> {
  return guarded(async () => {
    const record = forWrite(parseContentAssessment, assessment, 'contentAssessments')
    await db.contentAssessments.put(record)
    return record
  })
}

export function getContentAssessment(id: string): Promise<ContentAssessment | undefined> {
  return guarded(async () =>
    checkOne(parseContentAssessment, await db.contentAssessments.get(id), 'contentAssessments', upgradeAssessmentV1),
  )
}

/** An outlet's content assessments dated within the range, oldest first (by the [outletId+date] index). */
export function listContentAssessments(outletId: string, range: DateRange = {}): Promise<Listed<ContentAssessment>> {
  return guarded(async () => {
    const rows = await db.contentAssessments
      .where('[outletId+date]')
      .between([outletId, range.from ?? Dexie.minKey], [outletId, range.to ?? Dexie.maxKey], true, true)
      .toArray()
    return checkAll(parseContentAssessment, rows, 'contentAssessments', upgradeAssessmentV1)
  })
}

export function countContentAssessments(outletId?: string): Promise<number> {
  return guarded(() =>
    outletId === undefined ? db.contentAssessments.count() : db.contentAssessments.where('outletId').equals(outletId).count(),
  )
}

export function removeContentAssessment(id: string): Promise<void> {
  return guarded(() =>
    db.transaction('rw', [db.contentAssessments, db.evidence], async () => {
      await db.evidence.where('assessmentId').equals(id).delete()
      await db.contentAssessments.delete(id)
    }),
  )
}

// ---- Fast paths for the roll-up (worker / dashboard) ----------------------------------------

export const READ_CHUNK = 5000

/**
 * Reads a whole table in key order, `chunkSize` records per read transaction, handing each chunk
 * to `onChunk` (e.g. to post it to the worker) so the page stays responsive. Records are returned
 * as stored, not re-checked: they were checked when written.
 */
async function readInChunks<T extends { id: string }>(
  table: EntityTable<T, 'id'>,
  onChunk: (chunk: T[]) => void | Promise<void>,
  chunkSize: number,
): Promise<number> {
  let last: string | undefined
  let total = 0
  for (;;) {
    const chunk =
      last === undefined
        ? await table.orderBy(':id').limit(chunkSize).toArray()
        : await table.where(':id').above(last).limit(chunkSize).toArray()
    if (chunk.length === 0) return total
    total += chunk.length
    last = chunk[chunk.length - 1]!.id
    await onChunk(chunk)
    if (chunk.length < chunkSize) return total
  }
}

export function readAllContentAssessments(
  onChunk?: (chunk: ContentAssessment[]) => void | Promise<void>,
  chunkSize = READ_CHUNK,
): Promise<ContentAssessment[]> {
  return guarded(async () => {
    const all: ContentAssessment[] = []
    await readInChunks(db.contentAssessments, onChunk ?? ((chunk) => void all.push(...chunk)), chunkSize)
    return all
  })
}

export function readAllOrganisationAssessments(): Promise<OrganisationAssessment[]> {
  return guarded(() => db.organisationAssessments.toArray())
}
