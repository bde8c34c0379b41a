// The roll-up worker's plain-IndexedDB reader (src/db/rollupReader.ts): it reads what the Dexie
// reads give, makes the same fingerprint, and that fingerprint changes with every kind of write
// the department makes (so the roll-up cache can never answer for a workspace that changed).
import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { Dexie } from 'dexie'
import { DB_NAME, db, resetDatabaseForTests } from '@/db/db'
import { loadDemoWorkspace } from '@/db/demo'
import { readAllContentAssessments, readAllOrganisationAssessments, readContentFacts, removeContentAssessment, saveContentAssessment, saveOrganisationAssessment } from '@/db/assessments'
import { listOutlets, removeOutlet, saveOutlet } from '@/db/outlets'
import { createBackup, restoreBackup } from '@/db/backup'
import { workspaceFingerprint } from '@/db/rollupSource'
import { putCachedRollup } from '@/db/rollupCache'
import { CACHE_DB_NAME, readCachedSummary, readWorkspace } from '@/db/rollupReader'
import type { DashboardSummary } from '@/domain/dashboardSummary'
import type { Rollup } from '@/domain/rollup'
import { makeContent } from '../support/exchangeFixtures'

const app = { name: 'gim-index', version: 'test' }

/** The fingerprint as both readers see it (they must agree, or a cached roll-up would never be found). */
async function fingerprint(): Promise<string> {
  const read = await readWorkspace({ input: false })
  const dexie = await workspaceFingerprint()
  expect(read?.fingerprint).toBe(dexie)
  return dexie
}

describe('the roll-up reader', () => {
  beforeAll(async () => {
    await Dexie.delete(CACHE_DB_NAME)
  })

  it('reads nothing, and creates nothing, where there is no database yet', async () => {
    db.close({ disableAutoOpen: false })
    await Dexie.delete(DB_NAME)
    expect(await readWorkspace({ input: true })).toBeUndefined()
    expect(await readCachedSummary('any')).toBeUndefined()
    const names = (await indexedDB.databases()).map((d) => d.name)
    expect(names).not.toContain(DB_NAME)
    expect(names).not.toContain(CACHE_DB_NAME)
  })

  describe('on the demo workspace', () => {
    beforeEach(async () => {
      await resetDatabaseForTests()
      await loadDemoWorkspace()
    }, 60_000)

    it('reads what the Dexie reads give', async () => {
      const read = await readWorkspace({ input: true })
      expect(read).toBeDefined()
      const outlets = (await listOutlets()).records
      expect([...read!.outlets].sort((a, b) => (a.id < b.id ? -1 : 1))).toEqual([...outlets].sort((a, b) => (a.id < b.id ? -1 : 1)))
      expect(read!.organisationAssessments).toEqual(await readAllOrganisationAssessments())
      const facts = await readContentFacts()
      expect(facts).toBeDefined()
      expect(read!.facts).toEqual(facts)
      expect(read!.fingerprint).toBe(await workspaceFingerprint())
    })

    it('the fingerprint changes with every kind of write, and only then', async () => {
      const seen = new Set<string>()
      const changed = async (what: string) => {
        const now = await fingerprint()
        expect(seen.has(now), what).toBe(false)
        seen.add(now)
      }
      await changed('start')
      expect(await fingerprint()).toBe([...seen][0]) // Reading changes nothing.
      const [item, other] = await readAllContentAssessments()
      await saveContentAssessment({ ...item!, title: `${item!.title} (sửa)` })
      await changed('an item edited')
      await saveContentAssessment(makeContent({ id: '00000000-0000-4000-a000-00000000abcd', outletId: item!.outletId }))
      await changed('an item added')
      await removeContentAssessment(other!.id)
      await changed('an item removed')
      const [outlet, second] = (await listOutlets()).records
      await saveOutlet({ ...outlet!, archivedAt: '2026-01-01' })
      await changed('an outlet archived')
      await saveOutlet({ ...outlet!, name: `${outlet!.name} (mới)`, updatedAt: '2099-01-01T00:00:00.000Z' })
      await changed('an outlet edited')
      const orgs = await readAllOrganisationAssessments()
      const oldest = [...orgs].sort((a, b) => (a.updatedAt < b.updatedAt ? -1 : 1))[0]!
      // Neither their count nor the latest date changes: only their stamp tells.
      await saveOrganisationAssessment({ ...oldest, updatedAt: `${oldest.updatedAt.slice(0, 4)}-01-01T00:00:00.001Z` })
      await changed('an older organisation assessment updated')
      await saveOrganisationAssessment({ ...orgs[0]!, updatedAt: '2099-01-02T00:00:00.000Z' })
      await changed('an organisation assessment edited')
      const backup = await createBackup({ createdAt: '2099-01-03T00:00:00.000Z', app })
      await removeOutlet(second!.id)
      await changed('an outlet removed with its items')
      await restoreBackup(backup)
      await changed('a backup restored (the same records, written anew)')
      await loadDemoWorkspace(7)
      await changed('another demo imported')
    }, 60_000)

    it('the facts are not used when they are out of step with the pages', async () => {
      const [first] = await db.contentFacts.toArray()
      await db.contentFacts.delete(first!.id)
      const read = await readWorkspace({ input: true })
      expect(read?.facts).toBeUndefined()
      expect(read?.organisationAssessments?.length).toBeGreaterThan(0)
    })

    it('reads the cached summary the roll-up cache keeps', async () => {
      expect(await readCachedSummary('k')).toBeUndefined()
      const summary = { at: '2026-01-01' } as unknown as DashboardSummary
      await putCachedRollup('k', 'fp', {} as Rollup, summary, 1)
      expect(await readCachedSummary('k')).toEqual({ summary, fingerprint: 'fp' })
    })
  })
})
