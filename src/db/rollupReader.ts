// What the dashboard's first answer reads, in plain IndexedDB: the roll-up worker's first script
// then carries no Dexie (half its size) and starts sooner, and each read is one transaction of a
// few requests. Only what a current-schema database holds is read here; a database that is
// missing, older (its upgrade has not run yet) or newer than this build answers `undefined`, and
// the worker falls back to the Dexie reads (rollupSource.ts, assessments.ts), which upgrade or refuse.
import type { OrganisationAssessment } from '@/domain/assessment'
import type { DashboardSummary } from '@/domain/dashboardSummary'
import type { Outlet } from '@/domain/outlet'
import { parseOutlet } from '@/domain/submission'
import { CONTENT_STAMP_ID, ORGANISATION_STAMP_ID, type ContentFacts, type WorkspaceStamp } from './contentPageLayout'
import { DB_NAME, DB_VERSION } from './dbIdentity'
import { upgradeOutletV1 } from './legacyRecords'
import { checkAll } from './records'

/** The roll-up cache's database (rollupCache.ts declares it with Dexie, version 2). */
export const CACHE_DB_NAME = 'gim-index-rollup-cache'

/** The parts a workspace fingerprint is made of (the same, whichever reader read them). */
export interface FingerprintParts {
  /** Every outlet as stored, in key order: id, last update and archive date change with any edit. */
  outlets: readonly { id: string; updatedAt?: string; archivedAt?: string }[]
  organisationCount: number
  /** The organisation assessments' latest `updatedAt`. */
  organisationLast: string | undefined
  /** Their stamp, renewed by every write of one (an update of an older one changes neither above). */
  organisationStamp: string | undefined
  /** The content pages' stamp, renewed by every write of a page (contentPages.ts), and their number. */
  contentStamp: string | undefined
  pageCount: number
}

/** Changes whenever a record is added, updated or removed (a removal changes a count). */
export function fingerprintOf(parts: FingerprintParts): string {
  const outletPart = parts.outlets.map((o) => `${o.id}@${o.updatedAt}@${o.archivedAt ?? ''}`).join(',')
  return `${outletPart}|${parts.organisationCount}|${parts.organisationLast ?? ''}|${parts.organisationStamp ?? ''}|${parts.contentStamp ?? ''}|${parts.pageCount}`
}

/** The workspace as the dashboard's first answer needs it. */
export interface WorkspaceRead {
  fingerprint: string
  /** Checked (a corrupt record is set aside, as listOutlets does), in key order (the summary sorts them). */
  outlets: Outlet[]
  /** Only when asked for (`input`). */
  organisationAssessments?: OrganisationAssessment[]
  /** Only when asked for (`input`); undefined when the facts are not in step with the pages. */
  facts?: ContentFacts[] | undefined
}

const connections = new Map<string, Promise<IDBDatabase | undefined>>()

/**
 * An open connection to an existing database, or undefined (no such database, or no IndexedDB).
 * Opening without a version never upgrades: a database that does not exist yet is created empty
 * at version 1, so that creation is aborted and the app's own code creates it properly. The
 * connection closes as soon as another connection needs a new version or a deletion.
 */
function connect(name: string): Promise<IDBDatabase | undefined> {
  let pending = connections.get(name)
  if (!pending) {
    pending = new Promise<IDBDatabase | undefined>((resolve) => {
      let request: IDBOpenDBRequest
      try {
        request = indexedDB.open(name)
      } catch {
        return resolve(undefined)
      }
      request.onupgradeneeded = () => request.transaction?.abort()
      request.onerror = () => resolve(undefined)
      request.onblocked = () => resolve(undefined)
      request.onsuccess = () => {
        const db = request.result
        db.onversionchange = () => {
          db.close()
          connections.delete(name)
        }
        db.onclose = () => connections.delete(name)
        resolve(db)
      }
    })
    connections.set(name, pending)
    void pending.then((db) => {
      if (!db) connections.delete(name)
    })
  }
  return pending
}

const result = <T>(request: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'))
  })

/** The greatest key of an index, or undefined when it is empty. */
const lastKey = (index: IDBIndex) => result(index.openKeyCursor(null, 'prev')).then((cursor) => (cursor ? (cursor.key as string) : undefined))

const WORKSPACE_STORES = ['outlets', 'organisationAssessments', 'contentPages', 'contentFacts', 'workspaceStamps']

/**
 * The workspace's fingerprint and outlets, and with `input` the organisation assessments and the
 * item facts, all in one read transaction (the fingerprint is that of what was read). Undefined
 * when this reader cannot read the database (see the top of the file) or the read fails: the
 * caller reads with Dexie instead.
 */
export async function readWorkspace(options: { input: boolean }): Promise<WorkspaceRead | undefined> {
  const db = await connect(DB_NAME)
  if (!db || db.version !== DB_VERSION * 10 || WORKSPACE_STORES.some((s) => !db.objectStoreNames.contains(s))) return undefined
  try {
    const tx = db.transaction(WORKSPACE_STORES, 'readonly')
    const organisation = tx.objectStore('organisationAssessments')
    // Single requests only (a cursor would cost a round trip per key).
    const stamps = tx.objectStore('workspaceStamps')
    const [outlets, organisationCount, organisationLast, organisationStamp, contentStamp, pageCount, organisationAssessments, facts] = await Promise.all([
      result(tx.objectStore('outlets').getAll()) as Promise<Record<string, unknown>[]>,
      result(organisation.count()),
      lastKey(organisation.index('updatedAt')),
      result(stamps.get(ORGANISATION_STAMP_ID)) as Promise<WorkspaceStamp | undefined>,
      result(stamps.get(CONTENT_STAMP_ID)) as Promise<WorkspaceStamp | undefined>,
      result(tx.objectStore('contentPages').count()),
      options.input ? (result(organisation.getAll()) as Promise<OrganisationAssessment[]>) : undefined,
      options.input ? (result(tx.objectStore('contentFacts').getAll()) as Promise<ContentFacts[]>) : undefined,
    ])
    const fingerprint = fingerprintOf({
      outlets: outlets as unknown as FingerprintParts['outlets'],
      organisationCount,
      organisationLast,
      organisationStamp: organisationStamp?.stamp,
      contentStamp: contentStamp?.stamp,
      pageCount,
    })
    // As listOutlets: each record repaired if an old shape is left, and checked.
    const listed = checkAll(parseOutlet, outlets, 'outlets', upgradeOutletV1).records
    const read: WorkspaceRead = { fingerprint, outlets: listed }
    if (options.input) {
      read.organisationAssessments = organisationAssessments
      // Every write of pages writes their facts in the same transaction, so one set of facts per
      // page, in the current shape, is in step with them.
      read.facts = facts && facts.length === pageCount && facts.every((f) => f.day instanceof Int32Array) ? facts : undefined
    }
    return read
  } catch {
    return undefined
  }
}

/** The dashboard's cached summary for `key` (see rollupCache.ts), or undefined; never throws. */
export async function readCachedSummary(key: string): Promise<{ summary: DashboardSummary; fingerprint: string } | undefined> {
  const db = await connect(CACHE_DB_NAME)
  if (!db || !db.objectStoreNames.contains('summaries')) return undefined
  try {
    const hit = (await result(db.transaction('summaries', 'readonly').objectStore('summaries').get(key))) as
      | { summary: DashboardSummary; fingerprint: string }
      | undefined
    return hit ? { summary: hit.summary, fingerprint: hit.fingerprint } : undefined
  } catch {
    return undefined
  }
}
