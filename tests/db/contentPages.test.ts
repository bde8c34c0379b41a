// Content assessments are stored in pages (src/db/contentPages.ts): these tests pin the paging
// rules that the rest of the data layer relies on.
import { beforeEach, describe, expect, it } from 'vitest'
import { db, resetDatabaseForTests } from '@/db/db'
import { PAGE_SIZE } from '@/db/contentPageLayout'
import { locate, putItems, removeItems } from '@/db/contentPages'
import { countContentAssessments, getContentAssessment, readAllContentAssessments, readContentFacts, removeContentAssessment, saveContentAssessment } from '@/db/assessments'
import { removeOutlet } from '@/db/outlets'
import { itemFactColumns, type ItemFactColumns } from '@/domain/contentColumns'
import { StorageFailure } from '@/db/storage'
import { makeContent } from '../support/exchangeFixtures'

beforeEach(resetDatabaseForTests)

const id = (n: number) => `00000000-0000-4000-a000-${String(n).padStart(12, '0')}`
const items = (count: number, outletId = 'hn-001', from = 0) =>
  Array.from({ length: count }, (_, i) => makeContent({ id: id(from + i), outletId }))
const pagesOf = (outletId: string) => db.contentPages.where('outletId').equals(outletId).toArray()

describe('content pages', () => {
  it('an editor’s items, saved one by one, share their outlet’s open page until it is full', async () => {
    for (const item of items(PAGE_SIZE + 2)) await saveContentAssessment(item)
    const pages = await pagesOf('hn-001')
    expect(pages.map((p) => p.items.length).sort((a, b) => a - b)).toEqual([2, PAGE_SIZE])
    // Only the page with room is open.
    expect(pages.filter((p) => p.openFor === 'hn-001').map((p) => p.items.length)).toEqual([2])
    expect(await countContentAssessments()).toBe(PAGE_SIZE + 2)
  })

  it('a saved item replaces its stored copy in place, and outlets never share a page', async () => {
    const [a, b] = [makeContent({ id: id(1) }), makeContent({ id: id(2), outletId: 'hn-002' })]
    await saveContentAssessment(a)
    await saveContentAssessment(b)
    await saveContentAssessment({ ...a, title: 'Đã sửa' })
    expect((await getContentAssessment(a.id))?.title).toBe('Đã sửa')
    expect(await countContentAssessments()).toBe(2)
    expect((await pagesOf('hn-001')).flatMap((p) => p.itemIds)).toEqual([a.id])
    expect((await pagesOf('hn-002')).flatMap((p) => p.itemIds)).toEqual([b.id])
  })

  it('an item whose outlet changed moves to that outlet’s page', async () => {
    const a = makeContent({ id: id(1) })
    await saveContentAssessment(a)
    await saveContentAssessment({ ...a, outletId: 'hn-002' })
    expect(await pagesOf('hn-001')).toEqual([])
    expect((await pagesOf('hn-002')).flatMap((p) => p.itemIds)).toEqual([a.id])
  })

  it('removing the last item of a page deletes the page; the others stay', async () => {
    for (const item of items(3)) await saveContentAssessment(item)
    await removeContentAssessment(id(1))
    expect((await pagesOf('hn-001')).flatMap((p) => p.itemIds).sort()).toEqual([id(0), id(2)])
    await db.transaction('rw', [db.contentPages, db.contentFacts, db.workspaceStamps], () => removeItems([id(0), id(2), id(99)]))
    expect(await db.contentPages.count()).toBe(0)
  })

  it('locates many items through their outlets’ pages, and one page is one object', async () => {
    await db.transaction('rw', [db.contentPages, db.contentFacts, db.workspaceStamps], () => putItems([...items(300), ...items(40, 'hn-002', 1000)]))
    const wanted = [...items(300), ...items(2, 'hn-002', 1000)]
    const located = await db.transaction('r', db.contentPages, () => locate(wanted))
    expect(located.size).toBe(302)
    expect(located.get(id(0))).toBe(located.get(id(1)))
    expect(located.get(id(1000))?.outletId).toBe('hn-002')
    expect(located.has(id(1039))).toBe(false)
  })

  it('a bulk write fills each outlet’s open page first, then starts new pages', async () => {
    await db.transaction('rw', [db.contentPages, db.contentFacts, db.workspaceStamps], () => putItems([...items(10), ...items(10, 'hn-002', 1000)]))
    await db.transaction('rw', [db.contentPages, db.contentFacts, db.workspaceStamps], () => putItems([...items(PAGE_SIZE, 'hn-001', 100), ...items(5, 'hn-002', 2000)]))
    expect((await pagesOf('hn-001')).map((p) => p.items.length).sort((a, b) => a - b)).toEqual([10, PAGE_SIZE])
    expect((await pagesOf('hn-002')).map((p) => p.items.length)).toEqual([15])
    expect(await countContentAssessments()).toBe(10 + 10 + PAGE_SIZE + 5)
  })

  it('adding an id that is already stored fails, in its own page or another', async () => {
    await saveContentAssessment(makeContent({ id: id(1) }))
    const samePage = await db.transaction('rw', [db.contentPages, db.contentFacts, db.workspaceStamps], () => putItems([makeContent({ id: id(1) })], new Map())).catch((e: unknown) => e)
    expect(samePage).toBeInstanceOf(StorageFailure)
    const otherPage = await db
      .transaction('rw', [db.contentPages, db.contentFacts, db.workspaceStamps], () => putItems([makeContent({ id: id(1), outletId: 'hn-002' })], new Map()))
      .catch((e: unknown) => e)
    expect((otherPage as Error).name).toMatch(/Constraint|BulkError/)
    expect(await countContentAssessments()).toBe(1)
  })

  it('keeps each page’s item facts in step with every write, and says when they are not', async () => {
    // Each item's facts as one line: day, channel, complete, rubric version.
    const rows = (outletId: string, f: ItemFactColumns) => Array.from(f.day, (day, i) => `${outletId} ${day} ${f.channel[i]} ${f.complete[i]} ${f.rubrics[f.rubric[i]!]}`)
    const facts = async () => {
      const read = await readContentFacts()
      return read === undefined ? undefined : read.flatMap((g) => rows(g.outletId, g)).sort()
    }
    const expected = async () => (await readAllContentAssessments()).flatMap((a) => rows(a.outletId, itemFactColumns([a]))).sort()
    for (const item of items(PAGE_SIZE + 3)) await saveContentAssessment(item)
    await saveContentAssessment({ ...makeContent({ id: id(1) }), date: '2025-05-05', status: 'draft' })
    await saveContentAssessment(makeContent({ id: id(2), outletId: 'hn-002' }))
    await removeContentAssessment(id(3))
    expect(await facts()).toEqual(await expected())
    expect((await facts())!.length).toBe(PAGE_SIZE + 2)
    // The draft saved above is in its page's facts as a draft, with its new date.
    expect(await facts()).toContain(`hn-001 ${Date.UTC(2025, 4, 5) / 86_400_000} 1 0 vn-gsim@1.0.0`)
    await removeOutlet('hn-002')
    expect(await facts()).toEqual(await expected())
    // A page written without its facts (an older build, a test seeding pages): not to be trusted.
    const [page] = await db.contentPages.toArray()
    await db.contentPages.put({ ...page!, stamp: 'changed elsewhere' })
    expect(await readContentFacts()).toBeUndefined()
  })
})
