import { beforeEach, describe, expect, it } from 'vitest'
import { db, resetDatabaseForTests } from '@/db/db'
import { saveEach } from '../support/contentStore'
import { countOutlets, getOutlet, listOutlets, removeOutlet, saveOutlet } from '@/db/outlets'
import {
  countContentAssessments,
  getContentAssessment,
  listContentAssessments,
  listOrganisationAssessments,
  readAllContentAssessments,
  removeContentAssessment,
  saveContentAssessment,
  saveOrganisationAssessment,
} from '@/db/assessments'
import { getSetting, getStringSetting, setSetting } from '@/db/settings'
import { addImportLogEntries, listImportLog } from '@/db/importLog'
import { StorageFailure } from '@/db/storage'
import { T0, T1, T2, makeContent, makeOrg, makeOutlet, testUuid } from '../support/exchangeFixtures'

beforeEach(resetDatabaseForTests)

describe('outlets', () => {
  it('saves, reads, lists by Vietnamese name and removes with the outlet’s assessments', async () => {
    await saveOutlet(makeOutlet({ id: 'hn-002', name: 'Đài Sông Hồng' }))
    await saveOutlet(makeOutlet())
    await saveOutlet(makeOutlet({ id: 'hn-003', name: 'Báo Ánh Dương' }))
    expect((await getOutlet('hn-001'))?.name).toBe('Báo Thủ đô Sáng')
    expect((await listOutlets()).records.map((o) => o.id)).toEqual(['hn-003', 'hn-001', 'hn-002'])
    await saveContentAssessment(makeContent())
    await saveOrganisationAssessment(makeOrg())
    await removeOutlet('hn-001')
    expect(await countOutlets()).toBe(2)
    expect(await countContentAssessments()).toBe(0)
    expect(await db.organisationAssessments.count()).toBe(0)
  })

  it('refuses an invalid outlet with its problems and writes nothing', async () => {
    const bad = { ...makeOutlet(), kind: 'blog' } as never
    const error = await saveOutlet(bad).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(StorageFailure)
    expect((error as StorageFailure).kind).toBe('invalid')
    expect((error as StorageFailure).problems.map((p) => p.path)).toEqual(['kind'])
    expect(await countOutlets()).toBe(0)
  })

  it('stores a plain copy, even of an object that is not structured-clone safe', async () => {
    const outlet = makeOutlet()
    const proxy = new Proxy(outlet, {})
    await saveOutlet(proxy)
    expect(await db.outlets.get('hn-001')).toEqual(outlet)
  })

  it('sets a corrupt stored record aside and reports it; the rest of the list still loads', async () => {
    await saveOutlet(makeOutlet())
    await db.outlets.put({ id: 'hn-bad', name: '', kind: 'newspaper' } as never)
    const listed = await listOutlets()
    expect(listed.records.map((o) => o.id)).toEqual(['hn-001'])
    expect(listed.corrupt).toHaveLength(1)
    expect(listed.corrupt[0]!.id).toBe('hn-bad')
    expect(listed.corrupt[0]!.problems.map((p) => p.path)).toContain('name')
    // Set aside, not deleted: the stored record is still there for recovery.
    expect(await db.outlets.get('hn-bad')).toBeDefined()
  })
})

describe('assessments', () => {
  it('lists an outlet’s content assessments within an inclusive date range, oldest first', async () => {
    const dates = ['2024-12-31', '2025-01-01', '2025-06-30', '2025-12-31', '2026-01-01']
    for (const date of dates) await saveContentAssessment(makeContent({ date }))
    await saveContentAssessment(makeContent({ outletId: 'hn-002', date: '2025-05-05' }))
    const listed = await listContentAssessments('hn-001', { from: '2025-01-01', to: '2025-12-31' })
    expect(listed.records.map((a) => a.date)).toEqual(['2025-01-01', '2025-06-30', '2025-12-31'])
    expect((await listContentAssessments('hn-001')).records).toHaveLength(5)
    expect((await listContentAssessments('hn-001', { from: '2025-07-01' })).records.map((a) => a.date)).toEqual(['2025-12-31', '2026-01-01'])
    expect(await countContentAssessments('hn-002')).toBe(1)
  })

  it('keeps rubric id and version, timestamps and the client UUID exactly; remove deletes one', async () => {
    const item = makeContent({ id: testUuid(77), rubricVersion: '1.1.0', createdAt: T0, updatedAt: T2 })
    await saveContentAssessment(item)
    expect(await getContentAssessment(item.id)).toEqual(item)
    await removeContentAssessment(item.id)
    expect(await getContentAssessment(item.id)).toBeUndefined()
  })

  it('orders organisation assessments by period', async () => {
    await saveOrganisationAssessment(makeOrg({ period: { start: '2025-01-01', end: '2025-12-31' } }))
    await saveOrganisationAssessment(makeOrg({ period: { start: '2023-01-01', end: '2023-12-31' }, updatedAt: T1 }))
    const listed = await listOrganisationAssessments('hn-001')
    expect(listed.records.map((a) => a.period.start)).toEqual(['2023-01-01', '2025-01-01'])
  })

  it('reads every content assessment in chunks, without missing or repeating one', async () => {
    const items = Array.from({ length: 23 }, () => makeContent())
    await saveEach(items)
    const chunks: number[] = []
    const seen: string[] = []
    await readAllContentAssessments((chunk) => {
      chunks.push(chunk.length)
      seen.push(...chunk.map((c) => c.id))
    }, 5)
    expect(chunks).toEqual([5, 5, 5, 5, 3])
    expect(seen.sort()).toEqual(items.map((i) => i.id).sort())
    expect(await readAllContentAssessments(undefined, 10)).toHaveLength(23)
  })
})

describe('settings and import log', () => {
  it('stores settings by key', async () => {
    await setSetting('currentOutletId', 'hn-001')
    await setSetting('count', 3)
    expect(await getStringSetting('currentOutletId')).toBe('hn-001')
    expect(await getSetting('count')).toBe(3)
    expect(await getSetting('missing')).toBeUndefined()
  })

  it('lists the import log newest first', async () => {
    const entry = (id: number, importedAt: string) => ({
      id: testUuid(id), importedAt, fileName: `f${id}.json`, outletId: 'hn-001', outletName: 'Báo', createdAt: T0,
      counts: { added: 1, updated: 0, unchanged: 0, conflicting: 0, rejected: 0 }, accepted: true,
    })
    await addImportLogEntries([entry(1, T0), entry(2, T2), entry(3, T1)])
    expect((await listImportLog()).records.map((e) => e.fileName)).toEqual(['f2.json', 'f3.json', 'f1.json'])
  })
})
