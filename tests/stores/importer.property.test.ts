// Property: whatever broken or hostile files go through the real import path (importer store →
// readSubmission → planMerge → commitImport on fake-indexeddb), nothing but the import log is
// written, no prototype is polluted, and nothing throws past the store.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { createPinia, setActivePinia } from 'pinia'
import { useImporterStore } from '@/stores/importer'
import { resetDatabaseForTests, db } from '@/db/db'
import { readWorkspaceData } from '@/db/backup'
import { buildSubmission, serializeSubmission } from '@/domain/submission'
import { payloadChecksum } from '@/platform/checksum'
import { T2, makeContent, makeOrg, makeOutlet } from '../support/exchangeFixtures'

let valid = ''
let payloadStart = 0
let payloadEnd = 0

beforeAll(async () => {
  const s = await buildSubmission(
    { outlet: makeOutlet(), organisationAssessments: [makeOrg()], contentAssessments: [makeContent(), makeContent()], includeNames: false, app: { name: 'GIM Index', version: '0.1.0' }, createdAt: T2 },
    payloadChecksum,
  )
  valid = serializeSubmission(s)
  payloadStart = valid.indexOf('"payload"')
  payloadEnd = valid.indexOf('"checksum"')
})

beforeEach(async () => {
  setActivePinia(createPinia())
  await resetDatabaseForTests()
  await db.outlets.put(makeOutlet({ id: 'hn-keep', name: 'Đã có từ trước' }))
})

const ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789'

/** Broken files: random JSON, a truncated valid file, one letter or digit changed in the payload, prototype keys. */
const brokenFile = () =>
  fc.oneof(
    fc.json().map((text) => ({ kind: 'random json', text })),
    fc.string().map((text) => ({ kind: 'random text', text })),
    fc.nat().map((n) => ({ kind: 'truncated', text: valid.slice(0, n % (valid.length - 1)) })),
    fc.tuple(fc.nat(), fc.nat()).chain(([at, by]) => {
      const region = valid.slice(payloadStart, payloadEnd)
      const spots = [...region.matchAll(/[a-z0-9]/g)].map((m) => payloadStart + m.index)
      const i = spots[at % spots.length]!
      const old = valid[i]!
      const next = ALNUM.replace(old, '')[by % (ALNUM.length - 1)]!
      return fc.constant({ kind: 'one byte changed', text: valid.slice(0, i) + next + valid.slice(i + 1) })
    }),
    fc.constantFrom('__proto__', 'constructor', 'prototype').map((key) => ({
      kind: `${key} key`,
      text: valid.replace('"payload": {', `"payload": { "${key}": { "polluted": true },`),
    })),
  )

describe('importer store, fuzzed', () => {
  it('refuses every broken file, writes nothing but the log, and pollutes nothing', async () => {
    const before = await readWorkspaceData()
    let logged = 0
    await fc.assert(
      fc.asyncProperty(fc.array(brokenFile(), { minLength: 1, maxLength: 3 }), async (files) => {
        const store = useImporterStore()
        await store.readFiles(files.map((f, i) => ({ name: `f${i}.json`, text: async () => f.text })))
        const plan = store.plan!
        expect(plan.files.every((f) => !f.valid), files.map((f) => f.kind).join(', ')).toBe(true)
        expect(store.accepted).toEqual([])
        await store.commit()
        expect(store.error).toBeUndefined()
        logged += files.length
        const after = await readWorkspaceData()
        expect({ ...after, importLog: [] }).toEqual({ ...before, importLog: [] })
        expect(after.importLog).toHaveLength(logged)
        expect(({} as Record<string, unknown>).polluted).toBeUndefined()
      }),
      { numRuns: 150 },
    )
  })
})
