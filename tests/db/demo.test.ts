import { beforeEach, describe, expect, it } from 'vitest'
import { db, resetDatabaseForTests } from '@/db/db'
import { loadDemoWorkspace } from '@/db/demo'
import { readWorkspaceData } from '@/db/backup'
import { getStringSetting, SETTING_KEYS } from '@/db/settings'

beforeEach(resetDatabaseForTests)

describe('loadDemoWorkspace', () => {
  it('writes the demo in one go, picks a current outlet, and loading it again changes nothing', async () => {
    const result = await loadDemoWorkspace(7)
    expect(result.outlets).toBeGreaterThan(10)
    expect(result.contentAssessments).toBeGreaterThan(1000)
    expect(await db.contentAssessments.count()).toBe(result.contentAssessments)
    expect(await db.outlets.count()).toBe(result.outlets)
    const current = await getStringSetting(SETTING_KEYS.currentOutletId)
    expect(await db.outlets.get(current!)).toBeDefined()
    const before = await readWorkspaceData()
    await loadDemoWorkspace(7)
    expect(await readWorkspaceData()).toEqual(before)
  })
})
