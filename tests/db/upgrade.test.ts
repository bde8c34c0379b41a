// Every earlier schema, frozen in tests/fixtures/db/, is written by a Dexie declaring only the
// versions up to it, then opened by the app's database: nothing may be lost or left half-upgraded.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { Dexie } from 'dexie'
import { DB_NAME, DB_VERSION, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V5, db, resetDatabaseForTests, upgradeAssessmentV1 } from '@/db/db'
import { readWorkspace } from '@/db/rollupReader'
import { workspaceFingerprint } from '@/db/rollupSource'
import { CONTENT_STAMP_ID, ORGANISATION_STAMP_ID } from '@/db/contentPageLayout'
import { PAGE_SIZE } from '@/db/contentPageLayout'
import { listOutlets } from '@/db/outlets'
import { countContentAssessments, getContentAssessment, listContentAssessments, listOrganisationAssessments, readContentFacts, saveContentAssessment } from '@/db/assessments'
import { readWorkspaceData } from '@/db/backup'
import v1 from '../fixtures/db/schema-v1.json'
import v2 from '../fixtures/db/schema-v2.json'
import v3 from '../fixtures/db/schema-v3.json'
import v5 from '../fixtures/db/schema-v5.json'
import v6 from '../fixtures/db/schema-v6.json'
import { datedItemsFromFacts } from '@/domain/contentColumns'
import { makeContent } from '../support/exchangeFixtures'
import type { ContentAssessment } from '@/domain/assessment'

interface Fixture {
  version: number
  schemas: Record<string, Record<string, string>>
  tables: Record<string, Record<string, unknown>[]>
}

/** Writes a fixture the way an old build of the app would have, and closes that connection. */
async function writeOldDatabase(fixture: Fixture, extra: Record<string, Record<string, unknown>[]> = {}): Promise<void> {
  db.close({ disableAutoOpen: false })
  await Dexie.delete(DB_NAME)
  const old = new Dexie(DB_NAME)
  for (const [version, schema] of Object.entries(fixture.schemas)) old.version(Number(version)).stores(schema)
  await old.open()
  for (const [table, rows] of Object.entries(fixture.tables)) await old.table(table).bulkAdd(rows)
  for (const [table, rows] of Object.entries(extra)) await old.table(table).bulkAdd(rows)
  expect(old.verno).toBe(fixture.version)
  old.close()
}

/** The v6 fixture's typed columns ({"$int32": [...]}, {"$uint8": [...]}) as the typed arrays v6 stored. */
function revived(fixture: Fixture): Fixture {
  const revive = (value: unknown): unknown => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return value
    const record = value as Record<string, unknown>
    if (Array.isArray(record.$int32)) return Int32Array.from(record.$int32 as number[])
    if (Array.isArray(record.$uint8)) return Uint8Array.from(record.$uint8 as number[])
    return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, revive(v)]))
  }
  return { ...fixture, tables: { ...fixture.tables, contentFacts: (fixture.tables.contentFacts ?? []).map((f) => revive(f) as Record<string, unknown>) } }
}

const sortById = <T extends { id?: unknown; key?: unknown }>(rows: T[]) =>
  [...rows].sort((a, b) => String(a.id ?? a.key).localeCompare(String(b.id ?? b.key)))

beforeEach(resetDatabaseForTests)
afterEach(() => db.close({ disableAutoOpen: false }))

describe('schema upgrades', () => {
  it('the frozen fixtures still declare the schemas this build knows as v1 and v2', () => {
    expect(v1.schemas['1']).toEqual(SCHEMA_V1)
    expect(v2.schemas['2']).toEqual(SCHEMA_V2)
    expect(v3.schemas['3']).toEqual(SCHEMA_V3)
    expect(v5.schemas['5']).toEqual(SCHEMA_V5)
    expect(v6.schemas['6']).toEqual(SCHEMA_V5)
  })

  it('upgrades a v1 database: rubric split, publishedOn → date, channels and updatedAt back-filled, nothing lost', async () => {
    await writeOldDatabase(v1 as Fixture)
    await db.open()
    expect(db.verno).toBe(DB_VERSION)
    const data = await readWorkspaceData()
    // What v2 holds is exactly what v1 held, in the new shape (v1 kept only one channel per outlet).
    const expected = structuredClone(v2.tables)
    expected.outlets[0]!.channels = ['print']
    expect(sortById(data.outlets)).toEqual(sortById(expected.outlets))
    expect(sortById(data.organisationAssessments)).toEqual(sortById(expected.organisationAssessments))
    expect(sortById(data.contentAssessments)).toEqual(sortById(expected.contentAssessments))
    expect(sortById(data.evidence)).toEqual(sortById(expected.evidence))
    expect(sortById(data.settings)).toEqual(sortById(expected.settings))
    expect(data.importLog).toEqual([])
  })

  it('upgrades a v2 database to v3 with every record unchanged and the new indexes usable', async () => {
    await writeOldDatabase(v2 as Fixture)
    await db.open()
    expect(db.verno).toBe(DB_VERSION)
    const data = await readWorkspaceData()
    for (const [table, rows] of Object.entries(v2.tables))
      expect(sortById(data[table as keyof typeof data] as never[]), table).toEqual(sortById(rows as never[]))
    const listed = await listContentAssessments('hn-001', { from: '2025-01-01', to: '2025-12-31' })
    expect(listed.corrupt).toEqual([])
    expect(listed.records.map((r) => r.date)).toEqual(['2025-02-03', '2025-02-03', '2025-03-15'])
    expect((await listOrganisationAssessments('hn-002')).records).toHaveLength(1)
    expect((await listOutlets()).records.map((o) => o.name)).toEqual(['Báo Thủ đô Sáng', 'Đài Phát thanh Sông Hồng'])
  })

  it('upgrades a v3 database: every content assessment moves into pages, none lost, all still editable', async () => {
    // The frozen records, plus enough items of one outlet to fill more than two pages.
    const many = Array.from({ length: 2 * PAGE_SIZE + 7 }, (_, i) => makeContent({ id: `00000000-0000-4000-9000-${String(i).padStart(12, '0')}`, outletId: 'hn-002', date: `2024-0${1 + (i % 9)}-1${i % 10}` }))
    await writeOldDatabase(v3 as Fixture, { contentAssessments: many as never[] })
    await db.open()
    expect(db.verno).toBe(DB_VERSION)
    expect(db.tables.map((t) => t.name)).not.toContain('contentAssessments')
    const data = await readWorkspaceData()
    for (const [table, rows] of Object.entries(v3.tables)) {
      const expected = table === 'contentAssessments' ? [...rows, ...many] : rows
      expect(sortById(data[table as keyof typeof data] as never[]), table).toEqual(sortById(expected as never[]))
    }
    expect(await countContentAssessments()).toBe(v3.tables.contentAssessments.length + many.length)
    expect(await countContentAssessments('hn-002')).toBe(v3.tables.contentAssessments.filter((a) => a.outletId === 'hn-002').length + many.length)
    expect(await db.contentPages.where('outletId').equals('hn-002').count()).toBe(3)
    // Each page has its item facts beside it (the dashboard's first answer reads them).
    expect((await readContentFacts())?.reduce((n, g) => n + g.day.length, 0)).toBe(v3.tables.contentAssessments.length + many.length)
    // An upgraded item is found by id and saved in place.
    const one = many[PAGE_SIZE + 3]!
    expect(await getContentAssessment(one.id)).toEqual(one)
    await saveContentAssessment({ ...one, title: 'Sửa sau khi nâng cấp' })
    expect((await getContentAssessment(one.id))?.title).toBe('Sửa sau khi nâng cấp')
    expect(await countContentAssessments()).toBe(v3.tables.contentAssessments.length + many.length)
  })

  it('upgrades a v5 database: the item facts (one string per item) are rewritten as columns from the pages', async () => {
    await writeOldDatabase(v5 as unknown as Fixture)
    await db.open()
    expect(db.verno).toBe(DB_VERSION)
    const data = await readWorkspaceData()
    const items = v5.tables.contentPages.flatMap((p) => p.items as unknown as ContentAssessment[])
    expect(sortById(data.contentAssessments)).toEqual(sortById(items))
    const facts = await readContentFacts()
    expect(facts?.map((f) => [f.id, f.outletId, f.stamp])).toEqual(v5.tables.contentFacts.map((f) => [f.id, f.outletId, f.stamp]))
    // What the strings said, item by item: day, channel code, complete, rubric version.
    const hn001 = facts!.find((f) => f.outletId === 'hn-001')!
    const day = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000
    expect([...hn001.day]).toEqual(['2025-02-03', '2025-03-15', '2025-02-03', '2022-12-31'].map(day))
    expect([...hn001.channel]).toEqual([1, 1, 1, 1])
    expect([...hn001.complete]).toEqual([1, 1, 1, 1])
    expect(hn001.rubrics).toEqual(['vn-gsim@1.0.0'])
    const hn002 = facts!.find((f) => f.outletId === 'hn-002')!
    expect([...hn002.day, ...hn002.channel, ...hn002.complete]).toEqual([day('2024-11-30'), 2, 0])
    // The dashboard's first answer reads them: the draft is left out, the four complete items count.
    const dated = datedItemsFromFacts(['hn-001', 'hn-002'], facts!, new Set(['vn-gsim@1.0.0']))
    expect(dated.size).toBe(4)
    // Later writes keep them in step.
    await saveContentAssessment({ ...items[4]!, status: 'complete' })
    expect(datedItemsFromFacts(['hn-001', 'hn-002'], (await readContentFacts())!, new Set(['vn-gsim@1.0.0'])).size).toBe(5)
  })

  it('upgrades a v6 database: the content pages get their stamp, which every later write of a page renews', async () => {
    await writeOldDatabase(revived(v6 as unknown as Fixture))
    // Before the upgrade, the worker's plain reader leaves the old schema alone (Dexie upgrades it).
    expect(await readWorkspace({ input: true })).toBeUndefined()
    await db.open()
    expect(db.verno).toBe(DB_VERSION)
    const data = await readWorkspaceData()
    const items = v6.tables.contentPages.flatMap((p) => p.items as unknown as ContentAssessment[])
    expect(sortById(data.contentAssessments)).toEqual(sortById(items))
    const stamp = (await db.workspaceStamps.get(CONTENT_STAMP_ID))?.stamp
    expect(stamp).toMatch(/^[0-9a-f-]{36}$/)
    expect((await db.workspaceStamps.get(ORGANISATION_STAMP_ID))?.stamp).toMatch(/^[0-9a-f-]{36}$/)
    // The facts written by v6 are read as they are, and both readers agree on the fingerprint.
    const read = await readWorkspace({ input: true })
    expect(read?.facts?.map((f) => [f.id, [...f.day]])).toEqual(v6.tables.contentFacts.map((f) => [f.id, f.day.$int32]))
    expect(read?.fingerprint).toBe(await workspaceFingerprint())
    await saveContentAssessment({ ...items[0]!, title: 'Sửa sau khi nâng cấp' })
    expect((await db.workspaceStamps.get(CONTENT_STAMP_ID))?.stamp).not.toBe(stamp)
    expect((await readWorkspace({ input: false }))?.fingerprint).not.toBe(read?.fingerprint)
  })

  it('the v1 → v2 record upgrade is idempotent (safe to re-run on read)', () => {
    const record: Record<string, unknown> = { id: 'x', rubric: 'vn-gsim@1.0.0', publishedOn: '2024-01-02', createdAt: 'T' }
    expect(upgradeAssessmentV1(record)).toBe(true)
    const once = structuredClone(record)
    expect(upgradeAssessmentV1(record)).toBe(false)
    expect(record).toEqual(once)
    expect(record).toEqual({ id: 'x', rubricId: 'vn-gsim', rubricVersion: '1.0.0', date: '2024-01-02', createdAt: 'T', updatedAt: 'T' })
  })

  it('a failing upgrader aborts the upgrade: the database stays at the old version with its data', async () => {
    await writeOldDatabase(v1 as Fixture)
    const broken = new Dexie(DB_NAME)
    broken.version(1).stores(SCHEMA_V1)
    broken
      .version(2)
      .stores(SCHEMA_V2)
      .upgrade(async (tx) => {
        await tx.table('outlets').toCollection().modify((o: Record<string, unknown>) => void (o.name = 'changed'))
        throw new Error('upgrade bug')
      })
    await expect(broken.open()).rejects.toThrow()
    broken.close()
    const check = new Dexie(DB_NAME)
    check.version(1).stores(SCHEMA_V1)
    await check.open()
    expect(check.verno).toBe(1)
    expect((await check.table('outlets').toArray()).map((o: { name: string }) => o.name)).toEqual(['Báo Thủ đô Sáng', 'Đài Phát thanh Sông Hồng'])
    check.close()
  })
})
