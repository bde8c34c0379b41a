// The one Dexie instance of the app, its schema history and its connection life cycle.
// Records are the domain types stored as plain objects; every key is a client UUID (never `++id`),
// so a record keeps its identity when it travels in a submission file or a backup.
import { Dexie, type EntityTable } from 'dexie'
import type { Outlet } from '@/domain/outlet'
import type { ContentAssessment, OrganisationAssessment } from '@/domain/assessment'
import type { EvidenceRecord, ImportLogEntry, SettingRecord } from '@/domain/backup'
import { CONTENT_STAMP_ID, ORGANISATION_STAMP_ID, factsOf, paginate, type ContentFacts, type ContentPage, type WorkspaceStamp } from './contentPageLayout'
import { DB_NAME, DB_VERSION } from './dbIdentity'
import { upgradeAssessmentV1, upgradeOutletV1, type LegacyRecord } from './legacyRecords'

// Kept apart (no Dexie) for the roll-up worker's plain-IndexedDB reader; exported here as before.
export { DB_NAME, DB_VERSION, upgradeAssessmentV1, upgradeOutletV1 }

export type GimDatabase = Dexie & {
  outlets: EntityTable<Outlet, 'id'>
  organisationAssessments: EntityTable<OrganisationAssessment, 'id'>
  /** Content assessments, stored in pages (contentPages.ts). */
  contentPages: EntityTable<ContentPage, 'id'>
  /** Per page, what adoption needs of its items (derived, written with the page). */
  contentFacts: EntityTable<ContentFacts, 'id'>
  /** One stamp per kind of bulk data, new on every write of it (contentPages.ts): a cheap change check. */
  workspaceStamps: EntityTable<WorkspaceStamp, 'id'>
  evidence: EntityTable<EvidenceRecord, 'id'>
  settings: EntityTable<SettingRecord, 'key'>
  importLog: EntityTable<ImportLogEntry, 'id'>
}

/** The kinds of record the app keeps (content assessments live in pages, but are one kind). */
export const TABLE_NAMES = [
  'outlets',
  'organisationAssessments',
  'contentAssessments',
  'evidence',
  'settings',
  'importLog',
] as const
export type TableName = (typeof TABLE_NAMES)[number]

// ---- Schema history -------------------------------------------------------------------------
// v1 (0.1 preview): assessments carried `rubric: "<id>@<version>"`, content items `publishedOn`;
//     no import log.
// v2: `rubric` split into `rubricId` + `rubricVersion`, `publishedOn` renamed `date`, `updatedAt`
//     back-filled from `createdAt`, outlets' `channels` back-filled; the import log added.
// v3: compound and filter indexes for the editor's lists and the department's roll-up.
// v4: content assessments move into pages of up to 250 items (contentPages.ts): a department's
//     100,000 items were 100,000 IndexedDB records, about 0.2 ms each to write in Chromium.
// v5: the emptied per-record table is dropped (Dexie reads a table in an upgrade and deletes it
//     in a later version).
// v6: the item facts beside each page become typed columns (they were one string per item, which
//     the dashboard's first answer spent most of its time reading and parsing); rewritten from the pages.
// v7: stamps of the content pages and of the organisation assessments (workspaceStamps), new on
//     every write of them: the roll-up's fingerprint reads one record instead of every page's stamp
//     (a cursor over the stamp index, the slowest read of the dashboard's first answer), and sees an
//     update of an organisation assessment that changes neither their count nor the latest date.
// Every earlier version has a frozen fixture in tests/fixtures/db/ and is upgraded in tests.

export const SCHEMA_V1 = {
  outlets: 'id, name',
  organisationAssessments: 'id, outletId',
  contentAssessments: 'id, outletId, publishedOn',
  evidence: 'id, assessmentId',
  settings: 'key',
}

export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  contentAssessments: 'id, outletId, date',
  importLog: 'id, importedAt',
}

export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  outlets: 'id, name, kind',
  organisationAssessments: 'id, outletId, [outletId+period.start], updatedAt',
  contentAssessments: 'id, outletId, [outletId+date], date, updatedAt, status, channel',
}

export const SCHEMA_V4 = {
  ...SCHEMA_V3,
  // The item-id index is unique: one item is never stored in two pages.
  contentPages: 'id, outletId, openFor, &*itemIds, stamp',
  contentFacts: 'id',
}

export const SCHEMA_V5 = { ...SCHEMA_V4, contentAssessments: null }

export const SCHEMA_V7 = { ...SCHEMA_V5, workspaceStamps: 'id' }

export function declareSchema(target: Dexie): void {
  target.version(1).stores(SCHEMA_V1)
  target
    .version(2)
    .stores(SCHEMA_V2)
    .upgrade(async (tx) => {
      // Returned promises make a failing upgrader abort the whole upgrade (the version is not bumped).
      await tx.table('outlets').toCollection().modify((r: LegacyRecord) => void upgradeOutletV1(r))
      await tx.table('organisationAssessments').toCollection().modify((r: LegacyRecord) => void upgradeAssessmentV1(r))
      await tx.table('contentAssessments').toCollection().modify((r: LegacyRecord) => void upgradeAssessmentV1(r))
    })
  target.version(3).stores(SCHEMA_V3)
  target
    .version(4)
    .stores(SCHEMA_V4)
    .upgrade(async (tx) => {
      const items = (await tx.table('contentAssessments').toArray()) as ContentAssessment[]
      const pages = paginate(items)
      await tx.table('contentPages').bulkAdd(pages)
      await tx.table('contentFacts').bulkAdd(pages.map(factsOf))
      await tx.table('contentAssessments').clear()
    })
  target.version(5).stores(SCHEMA_V5)
  target
    .version(6)
    .stores(SCHEMA_V5)
    .upgrade(async (tx) => {
      // Page by page, so the items are not all held at once; the facts are small.
      const facts: ContentFacts[] = []
      await tx.table('contentPages').each((page: ContentPage) => void facts.push(factsOf(page)))
      await tx.table('contentFacts').clear()
      await tx.table('contentFacts').bulkAdd(facts)
    })
  target
    .version(7)
    .stores(SCHEMA_V7)
    .upgrade(async (tx) => {
      // The data already stored gets its stamps: from now on every write of it renews them.
      if ((await tx.table('contentPages').count()) > 0) await tx.table('workspaceStamps').put({ id: CONTENT_STAMP_ID, stamp: crypto.randomUUID() })
      if ((await tx.table('organisationAssessments').count()) > 0)
        await tx.table('workspaceStamps').put({ id: ORGANISATION_STAMP_ID, stamp: crypto.randomUUID() })
    })
}

// ---- Connection life cycle ------------------------------------------------------------------

export type ConnectionEvent =
  /** Another tab upgraded (or deleted) the database: this tab's connection is closed; reload. */
  | { type: 'versionChange' }
  /** Our upgrade waits for another tab that keeps an older connection open. */
  | { type: 'blocked' }
  /** The database is open (after a wait, the blocked message can go). */
  | { type: 'ready' }

type ConnectionListener = (event: ConnectionEvent) => void
type Flusher = () => Promise<unknown>

const listeners = new Set<ConnectionListener>()
const flushers = new Set<Flusher>()
let outdated = false
/** Our upgrade is waiting for another tab (replayed to listeners that subscribe meanwhile). */
let blocked = false

/** Subscribes to connection events (for the "updated in another tab — reload" banner). */
export function onConnectionEvent(listener: ConnectionListener): () => void {
  listeners.add(listener)
  if (outdated) listener({ type: 'versionChange' })
  else if (blocked) listener({ type: 'blocked' })
  return () => listeners.delete(listener)
}

/** Code with unsaved writes (autosave) registers here; it runs before the connection closes. */
export function registerFlusher(flush: Flusher): () => void {
  flushers.add(flush)
  return () => flushers.delete(flush)
}

export function isOutdated(): boolean {
  return outdated
}

function emit(event: ConnectionEvent): void {
  for (const listener of [...listeners]) listener(event)
}

const FLUSH_GRACE_MS = 1000

function createDatabase(): GimDatabase {
  // 'strict' durability: a commit is reported only once it reached the disk, so "saved" is true.
  // No optimistic liveQuery cache: with it, a list in Chromium could keep showing a record
  // deleted a moment before (seen in the editor's e2e test); lists re-read the store instead.
  const instance = new Dexie(DB_NAME, { chromeTransactionDurability: 'strict', cache: 'disabled' }) as GimDatabase
  declareSchema(instance)
  instance.on('versionchange', () => {
    outdated = true
    emit({ type: 'versionChange' })
    // Pending drafts are written first (the newer tab waits, "blocked", for at most the grace
    // period); then the connection closes for good: no silent reopen against a schema this build
    // does not know.
    const pending = [...flushers].map((flush) => flush().catch(() => undefined))
    const grace = new Promise((resolve) => setTimeout(resolve, FLUSH_GRACE_MS))
    void Promise.race([Promise.all(pending), grace]).then(() => instance.close({ disableAutoOpen: true }))
    return false // replaces Dexie's default handler, which would allow auto-reopen
  })
  instance.on('blocked', () => {
    blocked = true
    emit({ type: 'blocked' })
    return false
  })
  instance.on(
    'ready',
    () => {
      blocked = false
      emit({ type: 'ready' })
    },
    true,
  )
  return instance
}

export const db: GimDatabase = createDatabase()

/** Tests only: empties the database and resets the connection state. */
export async function resetDatabaseForTests(): Promise<void> {
  db.close({ disableAutoOpen: false })
  await Dexie.delete(DB_NAME)
  outdated = false
  blocked = false
  listeners.clear()
  flushers.clear()
  await db.open()
}
