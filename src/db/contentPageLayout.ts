// How content assessments are stored: in pages of up to PAGE_SIZE items of one outlet, not one
// IndexedDB record each. Chromium spends about 0.2 ms per record written whatever its size, so a
// department's 100,000 items took 20 s as records and take about 1.5 s as 400 pages. An item's page
// is found through the multi-entry `itemIds` index; a page with room is indexed under `openFor`, so
// an editor's new item joins its outlet's open page instead of starting a page of its own.
// This file is the page layout alone (no database access), so the schema upgrade can use it.
import type { ContentAssessment } from '@/domain/assessment'
import { itemFactColumns, type ItemFactColumns } from '@/domain/contentColumns'

export const PAGE_SIZE = 250

export interface ContentPage {
  /** A random UUID: a page's items come and go, so no item can name it. */
  id: string
  outletId: string
  /** Present (= outletId) only while the page has room: a sparse index of open pages. */
  openFor?: string
  itemIds: string[]
  items: ContentAssessment[]
  /** New on every write of the page: the roll-up's fingerprint reads these keys only. */
  stamp: string
}

/**
 * Beside each page, the few facts of each item that adoption needs (date, channel, status, rubric
 * version: itemFactColumns), in typed columns, so the dashboard's first answer reads kilobytes, not
 * every coding, and reads them as a few blocks per page rather than one string per item.
 * `stamp` is its page's: facts whose stamps are not exactly the pages' are stale and not used.
 * (Until schema v6 the facts were one string per item; the upgrade rewrites them from the pages.)
 */
export interface ContentFacts extends ItemFactColumns {
  /** The page's id. */
  id: string
  outletId: string
  stamp: string
}

/** The stamp of a kind of bulk data: new on every write of it (no two writes share one). */
export interface WorkspaceStamp {
  id: string
  stamp: string
}

/** The content pages' stamp's id in `workspaceStamps` (renewed by every write of a page). */
export const CONTENT_STAMP_ID = 'contentPages'
/**
 * The organisation assessments' stamp's id (renewed by every write of one): their count and latest
 * `updatedAt` miss an update to an older one, or an import of a record dated before the latest.
 */
export const ORGANISATION_STAMP_ID = 'organisationAssessments'

export function factsOf(page: ContentPage): ContentFacts {
  return { id: page.id, outletId: page.outletId, stamp: page.stamp, ...itemFactColumns(page.items) }
}

export function stamped(page: Omit<ContentPage, 'stamp' | 'openFor' | 'itemIds'>): ContentPage {
  const full: ContentPage = {
    id: page.id,
    outletId: page.outletId,
    itemIds: page.items.map((a) => a.id),
    items: page.items,
    stamp: crypto.randomUUID(),
  }
  if (page.items.length < PAGE_SIZE) full.openFor = page.outletId
  return full
}

/** New pages holding `items` (all of one outlet), PAGE_SIZE at a time. */
export function newPages(outletId: string, items: readonly ContentAssessment[]): ContentPage[] {
  const pages: ContentPage[] = []
  for (let i = 0; i < items.length; i += PAGE_SIZE) {
    const chunk = items.slice(i, i + PAGE_SIZE)
    pages.push(stamped({ id: crypto.randomUUID(), outletId, items: chunk }))
  }
  return pages
}

export function byOutlet(items: readonly ContentAssessment[]): Map<string, ContentAssessment[]> {
  const groups = new Map<string, ContentAssessment[]>()
  for (const a of items) {
    const group = groups.get(a.outletId)
    if (group) group.push(a)
    else groups.set(a.outletId, [a])
  }
  return groups
}

/** Every item of a set of new records, paged (for the demo, a restore and the schema upgrade). */
export function paginate(items: readonly ContentAssessment[]): ContentPage[] {
  return [...byOutlet(items)].flatMap(([outletId, group]) => newPages(outletId, group))
}

