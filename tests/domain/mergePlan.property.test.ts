// Properties of the merge plan over random batches (reliability-and-security.md R8): the plan does
// not depend on the order files are chosen in, never writes an older copy over a newer one, never
// silently overwrites at an equal timestamp, and importing what it wrote again changes nothing.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import type { ContentAssessment } from '@/domain/assessment'
import { jsonEqual, planMerge, recordsToWrite, type ExistingRecords, type MergePlan } from '@/domain/mergePlan'
import type { ReadResult } from '@/domain/submission'
import { makeContent, makeOutlet, testUuid } from '../support/exchangeFixtures'

const IDS = [1, 2, 3, 4, 5].map((n) => testUuid(5000 + n))
const TIMES = ['2025-01-01T00:00:00Z', '2025-02-01T00:00:00Z', '2025-03-01T00:00:00Z']
const TITLES = ['A', 'B']
const template = makeContent()

const record = fc
  .record({ id: fc.constantFrom(...IDS), time: fc.constantFrom(...TIMES), title: fc.constantFrom(...TITLES) })
  .map(({ id, time, title }): ContentAssessment => ({ ...template, id, title, updatedAt: time, createdAt: TIMES[0]! }))

// One file never carries the same id twice (the reader refuses that), so dedupe by id.
const fileRecords = fc.array(record, { maxLength: 5 }).map((rs) => [...new Map(rs.map((r) => [r.id, r])).values()])
const batch = fc.array(fileRecords, { minLength: 1, maxLength: 4 })
const existingRecords = fileRecords

function files(contents: ContentAssessment[][]): { fileName: string; result: ReadResult }[] {
  return contents.map((content, i) => ({
    fileName: `f${i}.json`,
    result: {
      ok: true,
      submission: {
        format: 'gim-submission',
        formatVersion: 1,
        createdAt: TIMES[0]!,
        app: { name: 'GIM Index', version: 'test' },
        payload: { outlet: makeOutlet(), organisationAssessments: [], contentAssessments: content, includesNames: false },
        checksum: { algorithm: 'SHA-256', canonicalization: 'JCS', value: '0'.repeat(64) },
      },
    },
  }))
}

function existingOf(content: ContentAssessment[]): ExistingRecords {
  return { outlets: new Map([[makeOutlet().id, makeOutlet()]]), organisationAssessments: new Map(), contentAssessments: new Map(content.map((c) => [c.id, c])) }
}

function summary(plan: MergePlan): Record<string, string[]> {
  return Object.fromEntries(plan.files.map((f) => [f.fileName, f.records.map((r) => `${r.kind}:${r.id}:${r.status}:${r.reason}`)]))
}

describe('planMerge properties', () => {
  it('is independent of the order of the files, and every record gets exactly one status', () => {
    fc.assert(
      fc.property(existingRecords, batch, fc.integer({ min: 0, max: 1000 }), (ex, contents, shuffle) => {
        const fs = files(contents)
        const rotated = [...fs.slice(shuffle % fs.length), ...fs.slice(0, shuffle % fs.length)]
        const a = planMerge(existingOf(ex), fs)
        const b = planMerge(existingOf(ex), rotated)
        expect(summary(b)).toEqual(summary(a))
        const incoming = contents.reduce((n, c) => n + c.length, 0) + contents.length
        expect(Object.values(a.totals).reduce((x, y) => x + y, 0)).toBe(incoming)
      }),
      { numRuns: 400 },
    )
  })

  it('writes only records newer than the workspace, at most one per id, and re-importing changes nothing', () => {
    fc.assert(
      fc.property(existingRecords, batch, (ex, contents) => {
        const existing = existingOf(ex)
        const plan = planMerge(existing, files(contents))
        const writes = recordsToWrite(plan, plan.files.map((f) => f.fileName))
        const ids = writes.contentAssessments.map((w) => w.id)
        expect(new Set(ids).size).toBe(ids.length)
        for (const w of writes.contentAssessments) {
          const before = existing.contentAssessments.get(w.id)
          if (before) expect(w.updatedAt > before.updatedAt).toBe(true)
          // Nothing in the batch is newer than what is written, and nothing at the same time differs.
          for (const c of contents.flat().filter((c) => c.id === w.id)) {
            expect(c.updatedAt <= w.updatedAt).toBe(true)
            if (c.updatedAt === w.updatedAt) expect(jsonEqual(c, w)).toBe(true)
          }
        }
        // Equal timestamps with different content are never written.
        for (const f of plan.files)
          for (const r of f.records)
            if (r.status === 'conflicting') expect(writes.contentAssessments.some((w) => w.id === r.id)).toBe(false)
        const after = existingOf([...new Map([...ex, ...writes.contentAssessments].map((c) => [c.id, c])).values()])
        const again = planMerge(after, files(contents))
        expect(recordsToWrite(again, again.files.map((f) => f.fileName)).contentAssessments).toEqual([])
      }),
      { numRuns: 400 },
    )
  })
})
