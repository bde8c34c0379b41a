import { beforeEach, describe, expect, it } from 'vitest'
import { db, resetDatabaseForTests } from '@/db/db'
import { countContentAssessments } from '@/db/assessments'
import { loadDemoWorkspace, writeDemoWorkspace } from '@/db/demo'
import { readWorkspaceData } from '@/db/backup'
import { getStringSetting, SETTING_KEYS } from '@/db/settings'
import { generateDemoWorkspace, pickDemoRubric } from '@/domain/demo'
import { loadCatalogue } from '@/rubrics'

beforeEach(resetDatabaseForTests)

describe('demo workspace', () => {
  it('loads the newest vn-gsim demo and picks a current outlet', async () => {
    const result = await loadDemoWorkspace(7)
    expect(result.outlets).toBeGreaterThan(10)
    expect(result.contentAssessments).toBeGreaterThan(1000)
    expect(await countContentAssessments()).toBe(result.contentAssessments)
    expect(await db.outlets.count()).toBe(result.outlets)
    const current = await getStringSetting(SETTING_KEYS.currentOutletId)
    expect(await db.outlets.get(current!)).toBeDefined()
  }, 90_000)

  it('writes in one go, and writing the same demo again changes nothing', async () => {
    const rubric = pickDemoRubric((await loadCatalogue()).rubrics)!
    const ws = generateDemoWorkspace({ seed: 3, rubric, scale: 0.05 })
    await writeDemoWorkspace(ws)
    const before = await readWorkspaceData()
    expect(before.contentAssessments).toHaveLength(ws.contentAssessments.length)
    await writeDemoWorkspace(generateDemoWorkspace({ seed: 3, rubric, scale: 0.05 }))
    expect(await readWorkspaceData()).toEqual(before)
  }, 60_000)
})
