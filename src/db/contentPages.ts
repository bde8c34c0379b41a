// The operations on content assessments stored in pages (layout: contentPageLayout.ts). They run
// inside the callers' transactions over `contentPages`; nothing else reads or writes pages.
import type { ContentAssessment } from '@/domain/assessment'
import { PAGE_SIZE, byOutlet, newPages, stamped, type ContentPage } from './contentPageLayout'
import { db } from './db'
import { StorageFailure } from './storage'

export function pageOfItem(id: string): Promise<ContentPage | undefined> {
  return db.contentPages.where('itemIds').equals(id).first()
}

/** Writes a page back, or deletes it once it is empty. */
async function store(page: ContentPage): Promise<void> {
  if (page.items.length === 0) await db.contentPages.delete(page.id)
  else await db.contentPages.put(stamped(page))
}

/** How many ids are looked up one by one before it is cheaper to read their outlets' pages. */
const LOOKUP_ONE_BY_ONE = 32

/**
 * The stored page of each item that is stored, by item id. Two items of one page share one page
 * object, so that changes to both are written together.
 */
export async function locate(items: readonly Pick<ContentAssessment, 'id' | 'outletId'>[]): Promise<Map<string, ContentPage>> {
  const pages = new Map<string, ContentPage>()
  const found = new Map<string, ContentPage>()
  const keep = (page: ContentPage) => {
    const known = pages.get(page.id)
    if (known) return known
    pages.set(page.id, page)
    for (const id of page.itemIds) found.set(id, page)
    return page
  }
  if (items.length > LOOKUP_ONE_BY_ONE)
    for (const page of await db.contentPages.where('outletId').anyOf([...new Set(items.map((a) => a.outletId))]).toArray()) keep(page)
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
  for (const page of touched) await store(page)
  for (const [outletId, group] of byOutlet(added)) {
    const open = await db.contentPages.where('openFor').equals(outletId).first()
    let rest: readonly ContentAssessment[] = group
    if (open) {
      // The unique index only compares pages; a copy added to the page that holds it must be caught here.
      const held = new Set(open.itemIds)
      const clash = group.find((a) => held.has(a.id))
      if (clash) throw new StorageFailure('conflict', `contentAssessments ${clash.id} is already stored`)
      const room = PAGE_SIZE - open.items.length
      open.items.push(...group.slice(0, room))
      await store(open)
      rest = group.slice(room)
    }
    if (rest.length > 0) await db.contentPages.bulkAdd(newPages(outletId, rest))
  }
}

/** Removes items by id; an emptied page is deleted. */
export async function removeItems(ids: readonly string[]): Promise<void> {
  for (const id of ids) {
    const page = await pageOfItem(id)
    if (!page) continue
    page.items = page.items.filter((a) => a.id !== id)
    await store(page)
  }
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
