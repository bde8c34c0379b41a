// Backup and restore of the whole workspace. A backup is read in one read transaction (a
// consistent snapshot); a restore replaces every table in ONE read-write transaction after the
// whole file was validated — a failure anywhere (quota included) aborts it and changes nothing.
import {
  BACKUP_TABLES,
  backupCounts,
  buildBackup,
  readBackup,
  type Backup,
  type BackupCounts,
  type BackupData,
  type ReadBackupContext,
  type ReadBackupResult,
} from '@/domain/backup'
import type { AppInfo } from '@/domain/submission'
import { payloadChecksum } from '@/platform/checksum'
import { ORGANISATION_STAMP_ID, paginate } from './contentPageLayout'
import { addPages, countItems, itemsOf } from './contentPages'
import { db } from './db'
import { guarded } from './storage'
import { renewWorkspaceStamp } from './workspaceStamps'

/** The stores behind the backup's tables (content assessments are kept in pages, with their facts). */
function allTables() {
  return [db.outlets, db.organisationAssessments, db.contentPages, db.contentFacts, db.workspaceStamps, db.evidence, db.settings, db.importLog]
}

/** Every record of every table, in key order, from one consistent snapshot. */
export function readWorkspaceData(): Promise<BackupData> {
  return guarded(() =>
    db.transaction('r', allTables(), async () => ({
      outlets: await db.outlets.toArray(),
      organisationAssessments: await db.organisationAssessments.toArray(),
      // In id order, as the per-record table kept them, so a backup does not depend on paging.
      contentAssessments: itemsOf(await db.contentPages.toArray()).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
      evidence: await db.evidence.toArray(),
      settings: await db.settings.toArray(),
      importLog: await db.importLog.toArray(),
    })),
  )
}

export function countWorkspace(): Promise<BackupCounts> {
  return guarded(() =>
    db.transaction('r', allTables(), async () => {
      const counts = {} as BackupCounts
      for (const name of BACKUP_TABLES) counts[name] = name === 'contentAssessments' ? await countItems() : await db.table(name).count()
      return counts
    }),
  )
}

/** Builds the backup document (its checksum is computed outside any transaction). */
export async function createBackup(ctx: { createdAt: string; app: AppInfo }): Promise<Backup> {
  const data = await readWorkspaceData()
  return buildBackup({ data, app: ctx.app, createdAt: ctx.createdAt }, payloadChecksum)
}

/** Reads and validates a backup file in full; nothing is written. */
export function readBackupFile(text: string, ctx: Omit<ReadBackupContext, 'checksum'> = {}): Promise<ReadBackupResult> {
  return readBackup(text, { ...ctx, checksum: payloadChecksum })
}

/**
 * Replaces the whole workspace with a backup that `readBackupFile` accepted. One transaction:
 * every table is cleared and refilled, or — on any failure — nothing changes.
 */
export function restoreBackup(backup: Backup): Promise<BackupCounts> {
  const data = backup.data
  return guarded(() =>
    db.transaction('rw', allTables(), async () => {
      for (const table of allTables()) await table.clear()
      // No try/catch here: a caught BulkError would keep the writes that succeeded.
      await db.outlets.bulkAdd(data.outlets)
      await db.organisationAssessments.bulkAdd(data.organisationAssessments)
      await renewWorkspaceStamp(ORGANISATION_STAMP_ID)
      await addPages(paginate(data.contentAssessments))
      await db.evidence.bulkAdd(data.evidence)
      await db.settings.bulkAdd(data.settings)
      await db.importLog.bulkAdd(data.importLog)
      return backupCounts(data)
    }),
  )
}
