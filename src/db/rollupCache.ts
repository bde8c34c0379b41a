// Roll-ups already computed, kept in a database of their own: derived data, never backed up or
// restored, safe to lose. Each entry carries the fingerprint of the workspace it was computed from:
// the dashboard opens with it at once, and it is final only once the fingerprint is confirmed;
// a changed workspace is always recomputed.
import { Dexie, type EntityTable } from 'dexie'
import type { Rollup } from '@/domain/rollup'

interface CachedRollup {
  /** Policy, profile and rubric versions, date, period and app version. */
  key: string
  fingerprint: string
  rollup: Rollup
  savedAt: number
}

const KEEP = 24

type CacheDatabase = Dexie & { rollups: EntityTable<CachedRollup, 'key'> }

let instance: CacheDatabase | undefined
function cacheDb(): CacheDatabase {
  if (!instance) {
    instance = new Dexie('gim-index-rollup-cache') as CacheDatabase
    instance.version(1).stores({ rollups: 'key, savedAt' })
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

/** Keeps the roll-up (and only the newest entries); a failure to cache is not an error. */
export async function putCachedRollup(key: string, fingerprint: string, rollup: Rollup, now: number): Promise<void> {
  try {
    const db = cacheDb()
    await db.transaction('rw', db.rollups, async () => {
      await db.rollups.put({ key, fingerprint, rollup, savedAt: now })
      const stale = await db.rollups.orderBy('savedAt').reverse().offset(KEEP).primaryKeys()
      if (stale.length > 0) await db.rollups.bulkDelete(stale)
    })
  } catch {
    // Quota or a private window: the dashboard just recomputes next time.
  }
}
