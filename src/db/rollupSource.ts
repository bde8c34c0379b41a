// The department roll-up's cheap fingerprint of the workspace, read with Dexie (a few single
// reads), so a worker can tell whether its copy is stale without reading 100,000 records again:
// the outlets, the organisation assessments' count, latest update and stamp, the content pages'
// stamp and their number (the stamps are renewed by every write: workspaceStamps.ts). The worker reads it in plain IndexedDB (rollupReader.ts) when
// it can; this is its fallback (a database this build must first upgrade or create), and both
// make the same fingerprint (fingerprintOf), so a cached roll-up is found either way.
import { CONTENT_STAMP_ID, ORGANISATION_STAMP_ID } from './contentPageLayout'
import { db } from './db'
import { fingerprintOf } from './rollupReader'
import { guarded } from './storage'

/** Changes whenever a record is added, updated or removed (a removal changes a count). */
export function workspaceFingerprint(): Promise<string> {
  return guarded(() =>
    db.transaction('r', [db.outlets, db.organisationAssessments, db.contentPages, db.workspaceStamps], async () => {
      const [outlets, organisationCount, organisationLast, organisationStamp, contentStamp, pageCount] = await Promise.all([
        // Outlets have no updatedAt index; the register is small enough to read whole.
        db.outlets.toArray(),
        db.organisationAssessments.count(),
        db.organisationAssessments.orderBy('updatedAt').last(),
        db.workspaceStamps.get(ORGANISATION_STAMP_ID),
        db.workspaceStamps.get(CONTENT_STAMP_ID),
        db.contentPages.count(),
      ])
      return fingerprintOf({
        outlets,
        organisationCount,
        organisationLast: organisationLast?.updatedAt,
        organisationStamp: organisationStamp?.stamp,
        contentStamp: contentStamp?.stamp,
        pageCount,
      })
    }),
  )
}
