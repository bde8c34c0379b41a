// The demo workspace (fictional Hanoi outlets, 2022–2026), the same generator as `gim demo`,
// written in one transaction. Its ids are deterministic, so loading it twice changes nothing.
import { DEMO_DEFAULT_SEED, generateDemoWorkspace, pickDemoRubric, type DemoWorkspace } from '@/domain/demo'
import type { Rubric } from '@/domain/rubric'
import { putItems } from './contentPages'
import { ORGANISATION_STAMP_ID } from './contentPageLayout'
import { db } from './db'
import { SETTING_KEYS } from './settings'
import { guarded } from './storage'
import { renewWorkspaceStamp } from './workspaceStamps'

export interface DemoLoadResult {
  outlets: number
  organisationAssessments: number
  contentAssessments: number
}

/** Writes a generated demo workspace in one transaction; the first outlet becomes current if none is. */
export function writeDemoWorkspace(ws: DemoWorkspace): Promise<DemoLoadResult> {
  return guarded(() =>
    db.transaction('rw', [db.outlets, db.organisationAssessments, db.contentPages, db.contentFacts, db.workspaceStamps, db.settings], async () => {
      await db.outlets.bulkPut(ws.outlets)
      await db.organisationAssessments.bulkPut(ws.organisationAssessments)
      await renewWorkspaceStamp(ORGANISATION_STAMP_ID)
      await putItems(ws.contentAssessments)
      const first = ws.outlets.find((o) => ws.contentAssessments.some((a) => a.outletId === o.id)) ?? ws.outlets[0]
      if (first && !(await db.settings.get(SETTING_KEYS.currentOutletId)))
        await db.settings.put({ key: SETTING_KEYS.currentOutletId, value: first.id })
      return {
        outlets: ws.outlets.length,
        organisationAssessments: ws.organisationAssessments.length,
        contentAssessments: ws.contentAssessments.length,
      }
    }),
  )
}

/**
 * Generates and writes the demo for a seed. The rubric defaults to the newest published vn-gsim
 * version, as the command line picks it, so app and `gim demo` produce the same data.
 */
export async function loadDemoWorkspace(seed: number = DEMO_DEFAULT_SEED, rubric?: Rubric): Promise<DemoLoadResult> {
  const pinned = rubric ?? pickDemoRubric(await (await import('@/rubrics')).loadCatalogue().then((c) => c.rubrics))
  if (!pinned) throw new Error('No vn-gsim rubric is published in this build')
  return writeDemoWorkspace(generateDemoWorkspace({ seed, rubric: pinned }))
}
