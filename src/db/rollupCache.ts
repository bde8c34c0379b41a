// Roll-ups already computed, kept in a database of their own: derived data, never backed up or
// restored, safe to lose. Each entry carries the fingerprint of the workspace it was computed from:
// the dashboard opens with it at once, and it is final only once the fingerprint is confirmed;
// a changed workspace is always recomputed. The dashboard's summary of each roll-up is kept apart:
// a few kilobytes to read back where the whole roll-up is a large record to deserialise.
import { Dexie, type EntityTable } from 'dexie'
import type { DashboardSummary } from '@/domain/dashboardSummary'
import type { Rollup } from '@/domain/rollup'
import { CACHE_DB_NAME } from './rollupReader'

interface CachedRollup {
  /** Policy, profile and rubric versions, date, period and app version. */
  key: string
  fingerprint: string
  rollup: Rollup
  savedAt: number
}

interface CachedSummary {
  key: string
  fingerprint: string
  summary: DashboardSummary
  savedAt: number
}

const KEEP = 24

type CacheDatabase = Dexie & { rollups: EntityTable<CachedRollup, 'key'>; summaries: EntityTable<CachedSummary, 'key'> }

let instance: CacheDatabase | undefined
function cacheDb(): CacheDatabase {
  if (!instance) {
    instance = new Dexie(CACHE_DB_NAME) as CacheDatabase
    instance.version(1).stores({ rollups: 'key, savedAt' })
    instance.version(2).stores({ rollups: 'key, savedAt', summaries: 'key, savedAt' })
    // Never block another tab's upgrade for a cache.
    instance.on('versionchange', () => instance?.close())
  }
  return instance
}

/** The last roll-up cached for `key` with the fingerprint of the workspace it was computed from; never throws. */
export async function getCachedRollup(key: string): Promise<{ rollup: Rollup; fingerprint: string } | undefined> {
  try {
    const hit = await cacheDb().rollups.get(key)
    return hit ? { rollup: hit.rollup, fingerprint: hit.fingerprint } : undefined
  } catch {
    return undefined
  }
}

/** The dashboard's summary of the last roll-up cached for `key`, with its fingerprint; never throws. */
export async function getCachedSummary(key: string): Promise<{ summary: DashboardSummary; fingerprint: string } | undefined> {
  try {
    const hit = await cacheDb().summaries.get(key)
    return hit ? { summary: hit.summary, fingerprint: hit.fingerprint } : undefined
  } catch {
    return undefined
  }
}

/** Keeps the roll-up and its dashboard summary (and only the newest entries); a failure to cache is not an error. */
export async function putCachedRollup(key: string, fingerprint: string, rollup: Rollup, summary: DashboardSummary, now: number): Promise<void> {
  try {
    const db = cacheDb()
    await db.transaction('rw', [db.rollups, db.summaries], async () => {
      await db.rollups.put({ key, fingerprint, rollup, savedAt: now })
      await db.summaries.put({ key, fingerprint, summary, savedAt: now })
      for (const table of [db.rollups, db.summaries]) {
        const stale = await table.orderBy('savedAt').reverse().offset(KEEP).primaryKeys()
        if (stale.length > 0) await table.bulkDelete(stale)
      }
    })
  } catch {
    // Quota or a private window: the dashboard just recomputes next time.
  }
}
