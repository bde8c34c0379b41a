// What the department's roll-up reads, and a cheap fingerprint of it, read from indexes only, so
// a worker can tell whether its copy is stale without reading 100,000 records again: the
// organisation assessments' count and latest update, and every content page's stamp (new on each
// write of the page).
import { db } from './db'
import { guarded } from './storage'

/** Two 32-bit FNV-1a hashes of the text: a short fingerprint part, whatever the number of pages. */
function digest(text: string): string {
  let a = 0x811c9dc5
  let b = 0x01000193 ^ text.length
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    a = Math.imul(a ^ c, 0x01000193)
    b = Math.imul(b ^ c, 0x5bd1e995)
  }
  return `${(a >>> 0).toString(16)}${(b >>> 0).toString(16)}`
}

/** Changes whenever a record is added, updated or removed (a removal changes a count). */
export function workspaceFingerprint(): Promise<string> {
  return guarded(() =>
    db.transaction('r', [db.outlets, db.organisationAssessments, db.contentPages], async () => {
      const [outlets, orgCount, orgLast, stamps] = await Promise.all([
        // Outlets have no updatedAt index; the register is small enough to read whole.
        db.outlets.toArray(),
        db.organisationAssessments.count(),
        db.organisationAssessments.orderBy('updatedAt').last(),
        db.contentPages.orderBy('stamp').keys(),
      ])
      const outletPart = outlets.map((o) => `${o.id}@${o.updatedAt}@${o.archivedAt ?? ''}`).join(',')
      return `${outletPart}|${orgCount}|${orgLast?.updatedAt ?? ''}|${digest(stamps.join(','))}`
    }),
  )
}

/** Opens the connection ahead of the first read (while a cache is looked up, say); never throws. */
export function openWorkspace(): Promise<void> {
  return db.open().then(
    () => undefined,
    () => undefined,
  )
}
