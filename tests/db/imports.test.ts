import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { db, resetDatabaseForTests } from '@/db/db'
import { saveEach } from '../support/contentStore'
import { countContentAssessments, saveContentAssessment } from '@/db/assessments'
import { commitImport, existingRecordsFor } from '@/db/imports'
import { readWorkspaceData } from '@/db/backup'
import { importLogEntries, planMerge } from '@/domain/mergePlan'
import { buildSubmission, readSubmission, serializeSubmission, type ReadResult } from '@/domain/submission'
import { payloadChecksum } from '@/platform/checksum'
import { StorageFailure } from '@/db/storage'
import { T0, T1, T2, makeContent, makeOrg, makeOutlet, testUuid } from '../support/exchangeFixtures'
import { failNthMutation, quotaError } from '../support/dbFaults'
import type { ContentAssessment } from '@/domain/assessment'
import type { Outlet } from '@/domain/outlet'

const ctx = { checksum: payloadChecksum, rubricKnown: () => true }
const app = { name: 'GIM Index', version: '0.1.0' }

async function fileOf(fileName: string, outlet: Outlet, content: ContentAssessment[]): Promise<{ fileName: string; result: ReadResult }> {
  const submission = await buildSubmission(
    { outlet, organisationAssessments: [makeOrg({ outletId: outlet.id })], contentAssessments: content, includeNames: false, app, createdAt: T2 },
    payloadChecksum,
  )
  return { fileName, result: await readSubmission(serializeSubmission(submission), ctx) }
}

async function planFor(files: { fileName: string; result: ReadResult }[]) {
  const submissions = files.flatMap((f) => (f.result.ok ? [f.result.submission] : []))
  return planMerge(await existingRecordsFor(submissions), files)
}

let undo: (() => Promise<void>) | undefined
beforeEach(resetDatabaseForTests)
afterEach(async () => {
  await undo?.()
  undo = undefined
})

describe('commitImport', () => {
  it('writes the accepted files and their log in one go; re-importing the same files is a no-op', async () => {
    const a = await fileOf('a.json', makeOutlet(), [makeContent(), makeContent()])
    const b = await fileOf('b.json', makeOutlet({ id: 'hn-002', name: 'Đài Sông Hồng' }), [makeContent({ outletId: 'hn-002' })])
    const plan = await planFor([a, b])
    const log = importLogEntries(plan, ['a.json', 'b.json'], { importedAt: T2, newId: () => testUuid() })
    const result = await commitImport(plan, ['a.json', 'b.json'], log)
    expect(result.files).toBe(2)
    expect(result.written.added).toBe(2 + 2 + 3) // outlets, organisation, content
    expect(await countContentAssessments()).toBe(3)
    expect(await db.importLog.count()).toBe(2)

    const again = await planFor([a, b])
    expect(again.totals).toMatchObject({ added: 0, updated: 0, unchanged: 7 })
    const before = await readWorkspaceData()
    await commitImport(again, ['a.json', 'b.json'], [])
    expect(await readWorkspaceData()).toEqual(before)
  })

  it('writes only the files the user accepted', async () => {
    const a = await fileOf('a.json', makeOutlet(), [makeContent()])
    const b = await fileOf('b.json', makeOutlet({ id: 'hn-002' }), [makeContent({ outletId: 'hn-002' })])
    const plan = await planFor([a, b])
    await commitImport(plan, ['b.json'], [])
    expect((await db.outlets.toArray()).map((o) => o.id)).toEqual(['hn-002'])
  })

  it('a failure in the middle of the transaction (a quota error) leaves the database exactly as it was', async () => {
    await db.outlets.put(makeOutlet({ name: 'Tên cũ' }))
    const existing = makeContent({ updatedAt: T0 })
    await saveContentAssessment(existing)
    const before = await readWorkspaceData()
    const newer = { ...existing, title: 'Đã sửa', updatedAt: T1 }
    const file = await fileOf('a.json', makeOutlet({ name: 'Tên mới', updatedAt: T1 }), [newer, makeContent(), makeContent()])
    const plan = await planFor([file])
    expect(plan.totals.added + plan.totals.updated).toBe(5)
    // Mutations: outlets put, org add, content put, content add (fails), log add.
    undo = await failNthMutation(4, quotaError)
    const log = importLogEntries(plan, ['a.json'], { importedAt: T2, newId: () => testUuid() })
    const error = await commitImport(plan, ['a.json'], log).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(StorageFailure)
    expect((error as StorageFailure).kind).toBe('quota')
    expect(await readWorkspaceData()).toEqual(before)
  })

  it('refuses the whole commit when a planned record changed meanwhile (another tab), writing nothing', async () => {
    const existing = makeContent({ updatedAt: T0 })
    await saveContentAssessment(existing)
    const file = await fileOf('a.json', makeOutlet(), [{ ...existing, title: 'Sửa từ tệp', updatedAt: T1 }, makeContent()])
    const plan = await planFor([file])
    await saveContentAssessment({ ...existing, title: 'Sửa ở thẻ khác', updatedAt: T2 })
    const before = await readWorkspaceData()
    const error = await commitImport(plan, ['a.json'], []).catch((e: unknown) => e)
    expect((error as StorageFailure).kind).toBe('conflict')
    expect(await readWorkspaceData()).toEqual(before)
  })

  it('a record added meanwhile makes the add fail and the whole commit abort', async () => {
    const item = makeContent()
    const file = await fileOf('a.json', makeOutlet(), [item, makeContent()])
    const plan = await planFor([file])
    await saveContentAssessment(item)
    const before = await readWorkspaceData()
    const error = await commitImport(plan, ['a.json'], []).catch((e: unknown) => e)
    expect((error as StorageFailure).kind).toBe('conflict')
    expect(await readWorkspaceData()).toEqual(before)
  })

  it('finds existing records by id for the plan, whatever table size', async () => {
    const stored = makeContent()
    await saveEach([stored, ...Array.from({ length: 50 }, () => makeContent())])
    const file = await fileOf('a.json', makeOutlet(), [stored, makeContent()])
    const existing = await existingRecordsFor(file.result.ok ? [file.result.submission] : [])
    expect([...existing.contentAssessments.keys()]).toEqual([stored.id])
  })
})
