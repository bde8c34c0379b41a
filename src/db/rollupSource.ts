// What the department's roll-up reads, and a cheap fingerprint of it: counts and the latest
// update of each table, read from indexes only, so a worker can tell whether its copy is stale
// without reading 100,000 records again.
import { db } from './db'
import { guarded } from './storage'

/** Changes whenever a record is added, updated or removed (a removal changes a count). */
export function workspaceFingerprint(): Promise<string> {
  return guarded(() =>
    db.transaction('r', [db.outlets, db.organisationAssessments, db.contentAssessments], async () => {
      const [outlets, orgCount, orgLast, contentCount, contentLast] = await Promise.all([
        // Outlets have no updatedAt index; the register is small enough to read whole.
        db.outlets.toArray(),
        db.organisationAssessments.count(),
        db.organisationAssessments.orderBy('updatedAt').last(),
        db.contentAssessments.count(),
        db.contentAssessments.orderBy('updatedAt').last(),
      ])
      const outletPart = outlets.map((o) => `${o.id}@${o.updatedAt}@${o.archivedAt ?? ''}`).join(',')
      return `${outletPart}|${orgCount}|${orgLast?.updatedAt ?? ''}|${contentCount}|${contentLast?.updatedAt ?? ''}`
    }),
  )
}
