import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { backupFileName, useWorkspaceStore } from '@/stores/workspace'
import { db, resetDatabaseForTests } from '@/db/db'
import { saveEach } from '../support/contentStore'
import { saveContentAssessment } from '@/db/assessments'
import { readWorkspaceData } from '@/db/backup'
import { getStringSetting, SETTING_KEYS } from '@/db/settings'
import { makeContent, makeOrg, makeOutlet } from '../support/exchangeFixtures'

const source = (name: string, text: string) => ({ name, text: async () => text })

beforeEach(async () => {
  setActivePinia(createPinia())
  await resetDatabaseForTests()
})

describe('workspace store', () => {
  it('backs up, shows what a restore will do, and restores every record exactly', async () => {
    const store = useWorkspaceStore()
    await db.outlets.put(makeOutlet())
    await db.organisationAssessments.put(makeOrg())
    await saveEach([makeContent(), makeContent()])
    const now = new Date('2026-03-01T08:30:00Z')
    const file = await store.backup(now)
    expect(file?.fileName).toBe('gim-backup_2026-03-01T08-30-00.json')
    expect(await getStringSetting(SETTING_KEYS.lastBackupAt)).toBe(now.toISOString())
    const original = await readWorkspaceData()

    await saveContentAssessment(makeContent({ title: 'Sau khi sao lưu' }))
    await store.chooseRestoreFile(source(file!.fileName, file!.text))
    expect(store.restoreRefusal).toBeUndefined()
    expect(store.restorePreview?.counts).toMatchObject({ outlets: 1, organisationAssessments: 1, contentAssessments: 2 })
    expect(store.restorePreview?.current.contentAssessments).toBe(3)
    await store.confirmRestore()
    expect(store.error).toBeUndefined()
    expect(store.restorePreview).toBeUndefined()
    // The backup was read before lastBackupAt was set, so the file (and the restore) lack it.
    const expected = { ...original, settings: original.settings.filter((s) => s.key !== SETTING_KEYS.lastBackupAt) }
    expect(await readWorkspaceData()).toEqual(expected)
  })

  it('refuses a broken backup with its reasons and changes nothing', async () => {
    const store = useWorkspaceStore()
    await db.outlets.put(makeOutlet())
    const before = await readWorkspaceData()
    await store.chooseRestoreFile(source('cut.json', '{"format":"gim-backup","formatVersion":1,"data":{'))
    expect(store.restorePreview).toBeUndefined()
    expect(store.restoreRefusal?.reason).toBe('notJson')
    await store.confirmRestore()
    expect(await readWorkspaceData()).toEqual(before)
  })

  it('refuses a backup from a newer format', async () => {
    const store = useWorkspaceStore()
    await store.chooseRestoreFile(source('new.json', JSON.stringify({ format: 'gim-backup', formatVersion: 99 })))
    expect(store.restoreRefusal?.reason).toBe('newerFormat')
  })

  it('remembers the current outlet', async () => {
    const store = useWorkspaceStore()
    await store.selectOutlet('hn-001')
    setActivePinia(createPinia())
    const fresh = useWorkspaceStore()
    await fresh.load()
    expect(fresh.currentOutletId).toBe('hn-001')
    expect(backupFileName('2026-12-31T23:59:59.123Z')).toBe('gim-backup_2026-12-31T23-59-59.json')
  })
})
