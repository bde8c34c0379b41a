// Organisation assessments (outlet × period) and content assessments (one coded item each).
// Every record carries its rubric id + version, createdAt, updatedAt and a client UUID; the
// caller sets the timestamps (the db layer stores what it is given, after checking it).
import { Dexie } from 'dexie'
import type { ContentAssessment, OrganisationAssessment } from '@/domain/assessment'
import { parseContentAssessment, parseOrganisationAssessment } from '@/domain/submission'
import { db, upgradeAssessmentV1 } from './db'
import { ORGANISATION_STAMP_ID, PAGE_SIZE, type ContentFacts } from './contentPageLayout'
import { countItems, itemsOf, pageOfItem, putItems, removeItems } from './contentPages'
import { checkAll, checkOne, forWrite, type Listed } from './records'
import { guarded } from './storage'
import { renewWorkspaceStamp } from './workspaceStamps'

// ---- Organisation assessments ---------------------------------------------------------------

export function saveOrganisationAssessment(assessment: OrganisationAssessment): Promise<OrganisationAssessment> {
  return guarded(async () => {
    const record = forWrite(parseOrganisationAssessment, assessment, 'organisationAssessments')
    await db.transaction('rw', [db.organisationAssessments, db.workspaceStamps], async () => {
      await db.organisationAssessments.put(record)
      await renewWorkspaceStamp(ORGANISATION_STAMP_ID)
    })
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
    db.transaction('rw', [db.organisationAssessments, db.workspaceStamps, db.evidence], async () => {
      await db.evidence.where('assessmentId').equals(id).delete()
      await db.organisationAssessments.delete(id)
      await renewWorkspaceStamp(ORGANISATION_STAMP_ID)
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
    await db.transaction('rw', [db.contentPages, db.contentFacts, db.workspaceStamps], () => putItems([record]))
    return record
  })
}

export function getContentAssessment(id: string): Promise<ContentAssessment | undefined> {
  return guarded(async () => {
    const stored = (await pageOfItem(id))?.items.find((a) => a.id === id)
    return checkOne(parseContentAssessment, stored, 'contentAssessments', upgradeAssessmentV1)
  })
}

/** An outlet's content assessments dated within the range, oldest first (ties by id). */
export function listContentAssessments(outletId: string, range: DateRange = {}): Promise<Listed<ContentAssessment>> {
  return guarded(async () => {
    const pages = await db.contentPages.where('outletId').equals(outletId).toArray()
    const listed = checkAll(parseContentAssessment, itemsOf(pages), 'contentAssessments', upgradeAssessmentV1)
    const from = range.from ?? ''
    const to = range.to ?? '\uffff'
    listed.records = listed.records
      .filter((a) => a.date >= from && a.date <= to)
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    return listed
  })
}

export function countContentAssessments(outletId?: string): Promise<number> {
  return guarded(async () =>
    outletId === undefined
      ? countItems()
      : (await db.contentPages.where('outletId').equals(outletId).toArray()).reduce((n, page) => n + page.itemIds.length, 0),
  )
}

export function removeContentAssessment(id: string): Promise<void> {
  return guarded(() =>
    db.transaction('rw', [db.contentPages, db.contentFacts, db.workspaceStamps, db.evidence], async () => {
      await db.evidence.where('assessmentId').equals(id).delete()
      await removeItems([id])
    }),
  )
}

// ---- Fast paths for the roll-up (worker / dashboard) ----------------------------------------

export const READ_CHUNK = 5000
/** Pages read per read transaction by readAllContentAssessments (about 5,000 items). */
const PAGES_PER_READ = Math.ceil(READ_CHUNK / PAGE_SIZE)

/**
 * Every stored content assessment, read page by page in key order a few pages per transaction,
 * and handed to `onChunk` about `chunkSize` at a time (e.g. to post them to the worker) so the
 * page stays responsive. Items are returned as stored, not re-checked: they were checked when
 * written.
 */
export function readAllContentAssessments(
  onChunk?: (chunk: ContentAssessment[]) => void | Promise<void>,
  chunkSize = READ_CHUNK,
): Promise<ContentAssessment[]> {
  return guarded(async () => {
    const all: ContentAssessment[] = []
    const emit = onChunk ?? ((chunk: ContentAssessment[]) => void all.push(...chunk))
    const pending: ContentAssessment[] = []
    let last: string | undefined
    for (;;) {
      const pages =
        last === undefined
          ? await db.contentPages.orderBy(':id').limit(PAGES_PER_READ).toArray()
          : await db.contentPages.where(':id').above(last).limit(PAGES_PER_READ).toArray()
      for (const page of pages) pending.push(...page.items)
      while (pending.length >= chunkSize) await emit(pending.splice(0, chunkSize))
      if (pages.length < PAGES_PER_READ) break
      last = pages[pages.length - 1]!.id
    }
    if (pending.length > 0) await emit(pending)
    return all
  })
}

/**
 * What adoption needs of every stored item (fact columns), by page, from the small facts kept
 * beside the pages. Undefined when they do not match the pages exactly (pages written without
 * them, say): the caller then reads the items themselves.
 */
export function readContentFacts(): Promise<ContentFacts[] | undefined> {
  return guarded(() =>
    db.transaction('r', [db.contentPages, db.contentFacts], async () => {
      const [stamps, facts] = await Promise.all([db.contentPages.orderBy('stamp').keys(), db.contentFacts.toArray()])
      const expected = new Set(stamps as string[])
      return facts.length === expected.size && facts.every((f) => expected.has(f.stamp) && f.day instanceof Int32Array) ? facts : undefined
    }),
  )
}

export function readAllOrganisationAssessments(): Promise<OrganisationAssessment[]> {
  return guarded(() => db.organisationAssessments.toArray())
}
