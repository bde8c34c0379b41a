import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { db, resetDatabaseForTests } from '@/db/db'
import { saveEach } from '../support/contentStore'
import { countContentAssessments, readContentFacts, saveContentAssessment } from '@/db/assessments'
import { countWorkspace, createBackup, readBackupFile, readWorkspaceData, restoreBackup } from '@/db/backup'
import { serializeBackup } from '@/domain/backup'
import { StorageFailure } from '@/db/storage'
import { T0, T1, makeContent, makeOrg, makeOutlet, testUuid } from '../support/exchangeFixtures'
import { failNthMutation, quotaError } from '../support/dbFaults'

const app = { name: 'GIM Index', version: '0.1.0' }

async function seedWorkspace(): Promise<void> {
  await db.outlets.bulkAdd([makeOutlet(), makeOutlet({ id: 'hn-002', name: 'Đài Phát thanh Sông Hồng — “Tiếng nói” 🎙' })])
  const org = makeOrg()
  await db.organisationAssessments.add(org)
  await saveEach([makeContent(), makeContent({ outletId: 'hn-002', title: 'Chị Hằng, bà Lan và ông Dũng' })])
  await db.evidence.add({ id: testUuid(), assessmentId: org.id, questionId: 'A2.1.q1', kind: 'url', value: 'https://example.org/qd-12', createdAt: T0 })
  await db.settings.bulkAdd([{ key: 'currentOutletId', value: 'hn-001' }, { key: 'flag', value: true }])
  await db.importLog.add({
    id: testUuid(), importedAt: T1, fileName: 'a.json', outletId: 'hn-002', outletName: 'Đài', createdAt: T0,
    counts: { added: 1, updated: 0, unchanged: 0, conflicting: 0, rejected: 0 }, accepted: true,
  })
}

let undo: (() => Promise<void>) | undefined
beforeEach(resetDatabaseForTests)
afterEach(async () => {
  await undo?.()
  undo = undefined
})

describe('backup and restore', () => {
  it('round-trips every record of every table exactly, Vietnamese and emoji included', async () => {
    await seedWorkspace()
    const original = await readWorkspaceData()
    const text = serializeBackup(await createBackup({ createdAt: T1, app }))
    await resetDatabaseForTests()
    const read = await readBackupFile(text)
    if (!read.ok) throw new Error(JSON.stringify(read.problems))
    expect(read.counts).toEqual({ outlets: 2, organisationAssessments: 1, contentAssessments: 2, evidence: 1, settings: 2, importLog: 1 })
    await restoreBackup(read.backup)
    expect(await readWorkspaceData()).toEqual(original)
    expect(await countWorkspace()).toEqual(read.counts)
    // The restored pages come with their item facts.
    expect((await readContentFacts())?.reduce((n, g) => n + g.day.length, 0)).toBe(original.contentAssessments.length)
  })

  it('restore replaces the workspace: records absent from the backup are gone', async () => {
    await seedWorkspace()
    const text = serializeBackup(await createBackup({ createdAt: T1, app }))
    await saveContentAssessment(makeContent({ title: 'Thêm sau khi sao lưu' }))
    const read = await readBackupFile(text)
    if (!read.ok) throw new Error('backup refused')
    await restoreBackup(read.backup)
    expect(await countContentAssessments()).toBe(2)
  })

  it('a tampered backup is refused before anything is written', async () => {
    await seedWorkspace()
    const text = serializeBackup(await createBackup({ createdAt: T1, app }))
    const tampered = text.replace('Báo Thủ đô Sáng', 'Báo Thủ đô Tối')
    const read = await readBackupFile(tampered)
    expect(read.ok).toBe(false)
    if (!read.ok) expect(read.reason).toBe('checksumMismatch')
  })

  it('a quota error during the restore leaves the database as it was (the clear is rolled back too)', async () => {
    await seedWorkspace()
    const text = serializeBackup(await createBackup({ createdAt: T1, app }))
    await saveContentAssessment(makeContent({ title: 'Chỉ có ở đây' }))
    const before = await readWorkspaceData()
    const read = await readBackupFile(text)
    if (!read.ok) throw new Error('backup refused')
    // Six clears, then outlets, organisation assessments, content assessments (fails).
    undo = await failNthMutation(9, quotaError)
    const error = await restoreBackup(read.backup).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(StorageFailure)
    expect((error as StorageFailure).kind).toBe('quota')
    expect(await readWorkspaceData()).toEqual(before)
  })
})
