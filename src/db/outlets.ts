// The register of outlets: small async functions over the `outlets` table.
import type { Outlet } from '@/domain/outlet'
import { parseOutlet } from '@/domain/submission'
import { ORGANISATION_STAMP_ID } from './contentPageLayout'
import { deletePages } from './contentPages'
import { db } from './db'
import { upgradeOutletV1 } from './db'
import { checkAll, checkOne, forWrite, type Listed } from './records'
import { guarded } from './storage'
import { renewWorkspaceStamp } from './workspaceStamps'

/** Writes (adds or replaces) one outlet after checking it. */
export function saveOutlet(outlet: Outlet): Promise<Outlet> {
  return guarded(async () => {
    const record = forWrite(parseOutlet, outlet, 'outlets')
    await db.outlets.put(record)
    return record
  })
}

export function getOutlet(id: string): Promise<Outlet | undefined> {
  return guarded(async () => checkOne(parseOutlet, await db.outlets.get(id), 'outlets', upgradeOutletV1))
}

/** Every outlet, sorted by name (Vietnamese collation); invalid stored records set aside. */
export function listOutlets(): Promise<Listed<Outlet>> {
  return guarded(async () => {
    const listed = checkAll(parseOutlet, await db.outlets.toArray(), 'outlets', upgradeOutletV1)
    listed.records.sort((a, b) => a.name.localeCompare(b.name, 'vi'))
    return listed
  })
}

export function countOutlets(): Promise<number> {
  return guarded(() => db.outlets.count())
}

/**
 * Removes an outlet together with its assessments and their evidence, in one transaction.
 * (To take an outlet out of the register's denominator, archive it instead: set `archivedAt`.)
 */
export function removeOutlet(id: string): Promise<void> {
  return guarded(() =>
    db.transaction('rw', [db.outlets, db.organisationAssessments, db.contentPages, db.contentFacts, db.workspaceStamps, db.evidence], async () => {
      const orgIds = await db.organisationAssessments.where('outletId').equals(id).primaryKeys()
      const pages = await db.contentPages.where('outletId').equals(id).toArray()
      const contentIds = pages.flatMap((page) => page.itemIds)
      await db.evidence.where('assessmentId').anyOf([...orgIds, ...contentIds]).delete()
      await db.organisationAssessments.bulkDelete(orgIds)
      if (orgIds.length > 0) await renewWorkspaceStamp(ORGANISATION_STAMP_ID)
      await deletePages(pages.map((page) => page.id))
      await db.outlets.delete(id)
    }),
  )
}
