// The operations on content assessments stored in pages (layout: contentPageLayout.ts). They run
// inside the callers' transactions over `contentPages`, `contentFacts` and `workspaceStamps`;
// nothing else writes them. Every write of pages renews the content stamp in the same transaction.
import type { ContentAssessment } from '@/domain/assessment'
import { CONTENT_STAMP_ID, PAGE_SIZE, byOutlet, factsOf, newPages, stamped, type ContentPage } from './contentPageLayout'
import { db } from './db'
import { renewWorkspaceStamp } from './workspaceStamps'
import { StorageFailure } from './storage'

export function pageOfItem(id: string): Promise<ContentPage | undefined> {
  return db.contentPages.where('itemIds').equals(id).first()
}

/** How many ids are looked up one by one before it is cheaper to read their outlets' pages. */
const LOOKUP_ONE_BY_ONE = 32

/**
 * The stored page of each item that is stored, by item id. Two items of one page share one page
 * object, so that changes to both are written together.
 */
export async function locate(items: readonly { id: string; outletId?: string }[]): Promise<Map<string, ContentPage>> {
  const pages = new Map<string, ContentPage>()
  const found = new Map<string, ContentPage>()
  const keep = (page: ContentPage) => {
    if (pages.has(page.id)) return
    pages.set(page.id, page)
    for (const id of page.itemIds) found.set(id, page)
  }
  const outlets = new Set(items.flatMap((a) => (a.outletId === undefined ? [] : [a.outletId])))
  if (items.length > LOOKUP_ONE_BY_ONE) for (const page of await db.contentPages.where('outletId').anyOf([...outlets]).toArray()) keep(page)
  const wanted = new Set(items.map((a) => a.id))
  for (const item of items) {
    if (found.has(item.id)) continue
    const page = await pageOfItem(item.id)
    if (page) keep(page)
  }
  for (const id of found.keys()) if (!wanted.has(id)) found.delete(id)
  return found
}

/**
 * Adds or replaces items: those in `located` (from `locate`) replace the stored copy in place,
 * the others are new and fill their outlet's open page first, then new pages. The unique item-id
 * index makes adding an id that is already stored fail, so a caller's transaction aborts whole.
 */
export async function putItems(items: readonly ContentAssessment[], located?: ReadonlyMap<string, ContentPage>): Promise<void> {
  const where = located ?? (await locate(items))
  const added: ContentAssessment[] = []
  const touched = new Set<ContentPage>()
  for (const item of items) {
    const page = where.get(item.id)
    if (!page) {
      added.push(item)
      continue
    }
    const at = page.items.findIndex((a) => a.id === item.id)
    // An item whose outlet changed leaves its old page and is added to its new outlet's.
    if (page.outletId === item.outletId) page.items[at] = item
    else {
      page.items.splice(at, 1)
      added.push(item)
    }
    touched.add(page)
  }
  const groups = byOutlet(added)
  const openPages = groups.size > 0 ? await db.contentPages.where('openFor').anyOf([...groups.keys()]).toArray() : []
  const fresh: ContentPage[] = []
  for (const [outletId, group] of groups) {
    // The stored copy of an open page this call already changed is that changed copy.
    const stored = openPages.find((p) => p.outletId === outletId)
    const open = stored && ([...touched].find((p) => p.id === stored.id) ?? stored)
    let rest: readonly ContentAssessment[] = group
    if (open && open.items.length < PAGE_SIZE) {
      // The unique index only compares pages; a copy added to the page that holds it must be caught here.
      const held = new Set(open.items.map((a) => a.id))
      const clash = group.find((a) => held.has(a.id))
      if (clash) throw new StorageFailure('conflict', `contentAssessments ${clash.id} is already stored`)
      const room = PAGE_SIZE - open.items.length
      open.items.push(...group.slice(0, room))
      touched.add(open)
      rest = group.slice(room)
    }
    fresh.push(...newPages(outletId, rest))
  }
  await writePages([...touched], fresh)
}

/**
 * Writes changed pages (deleting the emptied ones) and adds new ones, each in one bulk call: for
 * 50 records or more Dexie marks the whole table changed for live queries instead of tracking
 * every indexed item id, which cost seconds on a 100,000-item import.
 */
async function writePages(changed: readonly ContentPage[], fresh: readonly ContentPage[]): Promise<void> {
  const emptied = changed.filter((p) => p.items.length === 0).map((p) => p.id)
  const kept = changed.filter((p) => p.items.length > 0).map((p) => stamped(p))
  // Emptied pages go first: their item ids may be on their way into another page.
  if (emptied.length > 0) await deletePages(emptied)
  if (kept.length > 0) {
    await db.contentPages.bulkPut(kept)
    await db.contentFacts.bulkPut(kept.map(factsOf))
    await renewContentStamp()
  }
  await addPages(fresh)
}

/** Renews the content pages' stamp: the roll-up's fingerprint sees any write of a page in it. */
function renewContentStamp(): Promise<unknown> {
  return renewWorkspaceStamp(CONTENT_STAMP_ID)
}

/** Adds new pages and their facts (callers' transactions include contentPages, contentFacts and workspaceStamps). */
export async function addPages(pages: readonly ContentPage[]): Promise<void> {
  if (pages.length === 0) return
  await db.contentPages.bulkAdd(pages)
  await db.contentFacts.bulkAdd(pages.map(factsOf))
  await renewContentStamp()
}

export async function deletePages(ids: string[]): Promise<void> {
  if (ids.length === 0) return
  await db.contentPages.bulkDelete(ids)
  await db.contentFacts.bulkDelete(ids)
  await renewContentStamp()
}

/** Removes items by id; an emptied page is deleted. */
export async function removeItems(ids: readonly string[]): Promise<void> {
  const located = await locate(ids.map((id) => ({ id })))
  const gone = new Set(ids)
  const pages = new Set(located.values())
  for (const page of pages) page.items = page.items.filter((a) => !gone.has(a.id))
  await writePages([...pages], [])
}

/** Every item of the pages read, in page order. */
export function itemsOf(pages: readonly ContentPage[]): ContentAssessment[] {
  return pages.flatMap((p) => p.items)
}

/** The number of stored content assessments, from the item-id index alone. */
export function countItems(): Promise<number> {
  return db.contentPages.orderBy('itemIds').count()
}

/** The ids of every stored content assessment, from the item-id index alone. */
export async function storedItemIds(): Promise<string[]> {
  return (await db.contentPages.orderBy('itemIds').keys()) as string[]
}
