import { describe, expect, it } from 'vitest'
import type { ContentAssessment, OrganisationAssessment } from '@/domain/assessment'
import type { Outlet } from '@/domain/outlet'
import {
  importLogEntries,
  jsonEqual,
  planMerge,
  recordsToWrite,
  type ExistingRecords,
  type MergePlan,
} from '@/domain/mergePlan'
import type { ReadResult, Submission } from '@/domain/submission'
import { T0, T1, T2, makeContent, makeOrg, makeOutlet, testUuid } from '../support/exchangeFixtures'

function existingOf(outlets: Outlet[] = [], orgs: OrganisationAssessment[] = [], content: ContentAssessment[] = []): ExistingRecords {
  return {
    outlets: new Map(outlets.map((o) => [o.id, o])),
    organisationAssessments: new Map(orgs.map((o) => [o.id, o])),
    contentAssessments: new Map(content.map((o) => [o.id, o])),
  }
}

function file(fileName: string, content: ContentAssessment[], outlet: Outlet = makeOutlet(), orgs: OrganisationAssessment[] = []): { fileName: string; result: ReadResult } {
  const submission: Submission = {
    format: 'gim-submission',
    formatVersion: 1,
    createdAt: T2,
    app: { name: 'GIM Index', version: '0.1.0' },
    payload: { outlet, organisationAssessments: orgs, contentAssessments: content, includesNames: false, sender: 'Thư ký tòa soạn' },
    checksum: { algorithm: 'SHA-256', canonicalization: 'JCS', value: '0'.repeat(64) },
  }
  return { fileName, result: { ok: true, submission } }
}

function statusesOf(plan: MergePlan, kind = 'contentAssessment'): string[][] {
  return plan.files.map((f) => f.records.filter((r) => r.kind === kind).map((r) => `${r.status}:${r.reason}`))
}

const ID = testUuid(9001)
const base = makeContent({ id: ID, updatedAt: T1 })
const edited = (updatedAt: string, title = 'Tiêu đề đã sửa') => ({ ...base, title, updatedAt })

describe('planMerge against the workspace (one file)', () => {
  const cases: { name: string; existing?: ContentAssessment; incoming: ContentAssessment; expected: string }[] = [
    { name: 'new id → added', incoming: base, expected: 'added:new' },
    { name: 'same content → unchanged (identical)', existing: base, incoming: { ...base }, expected: 'unchanged:identical' },
    { name: 'newer updatedAt → updated', existing: base, incoming: edited(T2), expected: 'updated:newer' },
    { name: 'older updatedAt → unchanged (older), workspace kept', existing: base, incoming: edited(T0), expected: 'unchanged:older' },
    { name: 'equal updatedAt, other content → conflicting', existing: base, incoming: edited(T1), expected: 'conflicting:sameTimeDifferentContent' },
    { name: 'same instant written with another offset, other content → conflicting', existing: base, incoming: edited('2025-02-10T15:00:00+07:00'), expected: 'conflicting:sameTimeDifferentContent' },
    { name: 'id owned by another outlet → rejected', existing: { ...base, outletId: 'hn-002' }, incoming: edited(T2), expected: 'rejected:belongsToAnotherOutlet' },
  ]
  for (const c of cases)
    it(c.name, () => {
      const plan = planMerge(existingOf([makeOutlet()], [], c.existing ? [c.existing] : []), [file('a.json', [c.incoming])])
      expect(statusesOf(plan)).toEqual([[c.expected]])
      const writes = recordsToWrite(plan, ['a.json'])
      const written = c.expected.startsWith('added') || c.expected.startsWith('updated')
      expect(writes.contentAssessments).toEqual(written ? [c.incoming] : [])
    })

  it('key order and undefined fields do not make content differ', () => {
    const reordered = JSON.parse(JSON.stringify(Object.fromEntries(Object.entries(base).reverse()))) as ContentAssessment
    expect(Object.keys(reordered)[0]).not.toBe(Object.keys(base)[0])
    expect(jsonEqual(base, { ...reordered, url: base.url, extra: undefined })).toBe(true)
    expect(jsonEqual(base, { ...base, people: base.people.slice(1) })).toBe(false)
    expect(jsonEqual([1, 2], { 0: 1, 1: 2 })).toBe(false)
  })

  it('counts per file and in total; the outlet record is planned too', () => {
    const plan = planMerge(existingOf([makeOutlet()], [], [base]), [file('a.json', [edited(T2), makeContent()], makeOutlet({ updatedAt: T2, name: 'Báo Thủ đô Sáng mới' }), [makeOrg()])])
    expect(plan.files[0]!.counts).toEqual({ added: 2, updated: 2, unchanged: 0, conflicting: 0, rejected: 0 })
    expect(plan.totals).toEqual(plan.files[0]!.counts)
    const w = recordsToWrite(plan, ['a.json'])
    expect(w.outlets.map((o) => o.name)).toEqual(['Báo Thủ đô Sáng mới'])
    expect(w.organisationAssessments).toHaveLength(1)
    expect(w.contentAssessments).toHaveLength(2)
  })

  it('an invalid file is kept in the plan with its reasons and never written', () => {
    const bad = { fileName: 'bad.json', result: { ok: false, reason: 'checksumMismatch', problems: [{ path: 'checksum.value', message: 'does not match' }] } as ReadResult }
    const plan = planMerge(existingOf(), [bad, file('a.json', [base])])
    expect(plan.files[0]).toMatchObject({ fileName: 'bad.json', valid: false, reason: 'checksumMismatch', records: [] })
    expect(recordsToWrite(plan, ['bad.json', 'a.json']).contentAssessments).toEqual([base])
    expect(plan.totals.added).toBe(2)
  })

  it('importing the same file twice is a no-op the second time', () => {
    const f = file('a.json', [base, makeContent()], makeOutlet(), [makeOrg()])
    const first = recordsToWrite(planMerge(existingOf(), [f]), ['a.json'])
    const after = existingOf(first.outlets, first.organisationAssessments, first.contentAssessments)
    const again = planMerge(after, [f])
    expect(again.totals).toEqual({ added: 0, updated: 0, unchanged: 4, conflicting: 0, rejected: 0 })
    expect(recordsToWrite(again, ['a.json'])).toEqual({ outlets: [], organisationAssessments: [], contentAssessments: [] })
  })
})

describe('two files of one batch carrying the same id', () => {
  const cases: { name: string; existing?: ContentAssessment; a: ContentAssessment; b: ContentAssessment; expected: string[][]; written: ContentAssessment[] }[] = [
    { name: 'identical copies: one added, the other a duplicate', a: base, b: { ...base }, expected: [['added:new'], ['unchanged:duplicateInBatch']], written: [base] },
    { name: 'different times: the newer wins, the older is superseded', a: edited(T2), b: base, expected: [['added:new'], ['unchanged:supersededInBatch']], written: [edited(T2)] },
    { name: 'same time, different content: both conflicting, nothing written', a: edited(T1, 'A'), b: edited(T1, 'B'), expected: [['conflicting:conflictInBatch'], ['conflicting:conflictInBatch']], written: [] },
    { name: 'workspace newer than both: both older', existing: edited(T2, 'W'), a: base, b: edited(T0), expected: [['unchanged:older'], ['unchanged:older']], written: [] },
    { name: 'one newer than the workspace, one older', existing: base, a: edited(T0), b: edited(T2), expected: [['unchanged:older'], ['updated:newer']], written: [edited(T2)] },
    { name: 'a same-time edit loses to a newer copy in the batch (superseded, not conflicting)', existing: base, a: edited(T1, 'other'), b: edited(T2), expected: [['unchanged:supersededInBatch'], ['updated:newer']], written: [edited(T2)] },
  ]
  for (const c of cases)
    it(c.name, () => {
      const plan = planMerge(existingOf([makeOutlet()], [], c.existing ? [c.existing] : []), [file('a.json', [c.a]), file('b.json', [c.b])])
      expect(statusesOf(plan)).toEqual(c.expected)
      expect(recordsToWrite(plan, ['a.json', 'b.json']).contentAssessments).toEqual(c.written)
    })

  it('three files: when the newest copies conflict, nothing is written and an equal-time older copy is judged against the workspace', () => {
    const plan = planMerge(existingOf([makeOutlet()], [], [base]), [
      file('a.json', [edited(T1, 'other')]),
      file('b.json', [edited(T2, 'X')]),
      file('c.json', [edited(T2, 'Y')]),
    ])
    expect(statusesOf(plan)).toEqual([['conflicting:sameTimeDifferentContent'], ['conflicting:conflictInBatch'], ['conflicting:conflictInBatch']])
    expect(plan.files[1]!.records.find((r) => r.kind === 'contentAssessment')!.otherFileName).toBe('c.json')
    expect(recordsToWrite(plan, ['a.json', 'b.json', 'c.json']).contentAssessments).toEqual([])
    expect(recordsToWrite(plan, ['b.json']).contentAssessments).toEqual([edited(T2, 'X')])
  })

  it('does not depend on the order the files were chosen in', () => {
    const a = file('a.json', [edited(T1, 'A')])
    const b = file('b.json', [edited(T1, 'A')])
    const p1 = planMerge(existingOf(), [a, b])
    const p2 = planMerge(existingOf(), [b, a])
    const byName = (p: MergePlan) => Object.fromEntries(p.files.map((f) => [f.fileName, f.records.map((r) => `${r.kind}:${r.status}:${r.reason}`)]))
    expect(byName(p1)).toEqual(byName(p2))
    expect(byName(p1)['a.json']).toContain('contentAssessment:added:new')
    expect(byName(p1)['b.json']).toContain('contentAssessment:unchanged:duplicateInBatch')
  })

  it('declining the winning file writes the next best from an accepted file', () => {
    const plan = planMerge(existingOf([makeOutlet()], [], [base]), [file('a.json', [edited(T2, 'newest')]), file('b.json', [edited('2025-02-20T00:00:00Z', 'newer')])])
    expect(statusesOf(plan)).toEqual([['updated:newer'], ['unchanged:supersededInBatch']])
    expect(recordsToWrite(plan, ['b.json']).contentAssessments.map((a) => a.title)).toEqual(['newer'])
  })

  it('repeated file names are made unique so each can be accepted', () => {
    const plan = planMerge(existingOf(), [file('x.json', [base]), file('x.json', [makeContent()])])
    expect(plan.files.map((f) => f.fileName)).toEqual(['x.json', 'x.json (2)'])
    expect(recordsToWrite(plan, ['x.json (2)']).contentAssessments).toHaveLength(1)
  })
})

describe('importLogEntries', () => {
  it('logs every file: accepted with what was written, declined and invalid ones too', () => {
    const bad = { fileName: 'bad.json', result: { ok: false, reason: 'notJson', problems: [{ path: '', message: 'not valid JSON' }] } as ReadResult }
    const plan = planMerge(existingOf(), [file('a.json', [base]), file('b.json', [makeContent()], makeOutlet({ id: 'hn-002', name: 'Đài Phát thanh Hồ Tây' })), bad])
    let n = 0
    const log = importLogEntries(plan, ['a.json'], { importedAt: T2, newId: () => `log-${++n}` })
    expect(log).toEqual([
      { id: 'log-1', importedAt: T2, fileName: 'a.json', outletId: 'hn-001', outletName: 'Báo Thủ đô Sáng', sender: 'Thư ký tòa soạn', createdAt: T2, counts: { added: 2, updated: 0, unchanged: 0, conflicting: 0, rejected: 0 }, accepted: true },
      expect.objectContaining({ fileName: 'b.json', outletName: 'Đài Phát thanh Hồ Tây', accepted: false }),
      expect.objectContaining({ fileName: 'bad.json', outletId: '', accepted: false, problems: ['not valid JSON'] }),
    ])
  })
})

describe('accepting every valid file', () => {
  it('reuses the plan and still logs invalid files as not accepted', () => {
    const bad = { fileName: 'bad.json', result: { ok: false, reason: 'notJson', problems: [{ path: '', message: 'not valid JSON' }] } as ReadResult }
    const plan = planMerge(existingOf(), [file('a.json', [base]), bad])
    let n = 0
    const log = importLogEntries(plan, ['a.json', 'bad.json'], { importedAt: T2, newId: () => `l${++n}` })
    expect(log.map((e) => [e.fileName, e.accepted, e.counts.added])).toEqual([
      ['a.json', true, 2],
      ['bad.json', false, 0],
    ])
    expect(recordsToWrite(plan, new Set(['a.json'])).contentAssessments).toEqual([base])
  })
})

describe('register fields', () => {
  it("an outlet's newer profile keeps the department's archive date, and re-importing it is a no-op", () => {
    const archived = makeOutlet({ archivedAt: '2026-01-01', updatedAt: T1 })
    const profile = makeOutlet({ name: 'Báo Thủ đô Sáng (tên mới)', updatedAt: T2 })
    const plan = planMerge(existingOf([archived]), [file('a.json', [], profile)])
    expect(plan.files[0]!.records.map((r) => `${r.status}:${r.reason}`)).toEqual(['updated:newer'])
    const written = recordsToWrite(plan, ['a.json']).outlets
    expect(written).toEqual([{ ...profile, archivedAt: '2026-01-01' }])
    const again = planMerge(existingOf(written), [file('a.json', [], profile)])
    expect(again.totals).toEqual({ added: 0, updated: 0, unchanged: 1, conflicting: 0, rejected: 0 })
  })
})
