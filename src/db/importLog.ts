// The import log: who sent which submission file, when, and what importing it did.
import { parseImportLogEntry, type ImportLogEntry } from '@/domain/backup'
import { db } from './db'
import { checkAll, forWrite, type Listed } from './records'
import { guarded } from './storage'

export function addImportLogEntries(entries: readonly ImportLogEntry[]): Promise<void> {
  return guarded(async () => {
    const records = entries.map((e) => forWrite(parseImportLogEntry, e, 'importLog'))
    await db.importLog.bulkAdd(records)
  })
}

/** The newest entries first. */
export function listImportLog(limit = 500): Promise<Listed<ImportLogEntry>> {
  return guarded(async () =>
    checkAll(parseImportLogEntry, await db.importLog.orderBy('importedAt').reverse().limit(limit).toArray(), 'importLog'),
  )
}
