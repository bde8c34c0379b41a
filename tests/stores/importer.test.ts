import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { useImporterStore } from '@/stores/importer'
import { db, resetDatabaseForTests } from '@/db/db'
import { countContentAssessments } from '@/db/assessments'
import { readWorkspaceData } from '@/db/backup'
import { buildSubmission, serializeSubmission } from '@/domain/submission'
import { payloadChecksum } from '@/platform/checksum'
import type { Outlet } from '@/domain/outlet'
import { T2, makeContent, makeOrg, makeOutlet } from '../support/exchangeFixtures'
import { failNthMutation, quotaError } from '../support/dbFaults'

async function submissionText(outlet: Outlet, items: number): Promise<string> {
  const submission = await buildSubmission(
    {
      outlet,
      organisationAssessments: [makeOrg({ outletId: outlet.id })],
      contentAssessments: Array.from({ length: items }, () => makeContent({ outletId: outlet.id })),
      includeNames: false,
      app: { name: 'GIM Index', version: '0.1.0' },
      createdAt: T2,
    },
    payloadChecksum,
  )
  return serializeSubmission(submission)
}

const source = (name: string, text: string) => ({ name, text: async () => text })

/** Changes one character inside the payload: valid JSON, wrong checksum. */
function tamper(text: string): string {
  const at = text.indexOf('Nữ kỹ sư')
  return `${text.slice(0, at)}Nam${text.slice(at + 2)}`
}

let undo: (() => Promise<void>) | undefined
beforeEach(async () => {
  setActivePinia(createPinia())
  await resetDatabaseForTests()
})
afterEach(async () => {
  await undo?.()
  undo = undefined
})

describe('importer store', () => {
  it('plans every file, refuses the tampered one with its reason, commits the rest and logs all three', async () => {
    const store = useImporterStore()
    const a = await submissionText(makeOutlet(), 3)
    const b = await submissionText(makeOutlet({ id: 'hn-002', name: 'Đài Sông Hồng' }), 2)
    const c = tamper(await submissionText(makeOutlet({ id: 'hn-003', name: 'Báo Ánh Dương' }), 2))
    await store.readFiles([source('a.json', a), source('b.json', b), source('c.json', c)])
    const plan = store.plan!
    expect(plan.files.map((f) => [f.fileName, f.valid, f.reason])).toEqual([
      ['a.json', true, undefined],
      ['b.json', true, undefined],
      ['c.json', false, 'checksumMismatch'],
    ])
    expect(store.accepted).toEqual(['a.json', 'b.json'])
    store.setAccepted('c.json', true) // an invalid file cannot be accepted
    expect(store.accepted).toEqual(['a.json', 'b.json'])

    const result = await store.commit()
    expect(result?.files).toBe(2)
    expect(store.plan).toBeUndefined()
    expect((await db.outlets.toArray()).map((o) => o.id).sort()).toEqual(['hn-001', 'hn-002'])
    expect(await countContentAssessments()).toBe(5)
    const log = await db.importLog.toArray()
    expect(log.map((e) => [e.fileName, e.accepted]).sort()).toEqual([['a.json', true], ['b.json', true], ['c.json', false]])
    expect(log.find((e) => e.fileName === 'c.json')!.problems!.join(' ')).toMatch(/checksum/i)
  })

  it('commits only the files left accepted', async () => {
    const store = useImporterStore()
    await store.readFiles([source('a.json', await submissionText(makeOutlet(), 1)), source('b.json', await submissionText(makeOutlet({ id: 'hn-002' }), 1))])
    store.setAccepted('a.json', false)
    await store.commit()
    expect((await db.outlets.toArray()).map((o) => o.id)).toEqual(['hn-002'])
    store.acceptAll()
  })

  it('a file that is not JSON is rejected with its reason and nothing else happens', async () => {
    const store = useImporterStore()
    await store.readFiles([source('notes.txt', 'Xin chào')])
    expect(store.plan!.files[0]).toMatchObject({ valid: false, reason: 'notJson' })
    expect(store.accepted).toEqual([])
  })

  it('a quota error on commit is reported, keeps the plan, and leaves the database as it was', async () => {
    const store = useImporterStore()
    await db.outlets.put(makeOutlet({ id: 'hn-009', name: 'Đã có' }))
    const before = await readWorkspaceData()
    await store.readFiles([source('a.json', await submissionText(makeOutlet(), 4))])
    undo = await failNthMutation(3, quotaError)
    expect(await store.commit()).toBeUndefined()
    expect(store.error?.kind).toBe('quota')
    expect(store.plan).toBeDefined()
    expect(await readWorkspaceData()).toEqual(before)
  })
})
