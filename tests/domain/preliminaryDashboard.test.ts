// The dashboard's first answer comes from adoption evidence alone (the dated items kept beside each
// page of items): it must show the same statuses, rates, series and behind list as the full
// roll-up over the whole items, whatever the items' status, rubric version or date.
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseAdoptionPolicy } from '@/domain/adoptionPolicy'
import { datedItemsFromFacts, itemFactColumns } from '@/domain/contentColumns'
import { preliminaryDashboardSummary, toDashboardSummary } from '@/domain/dashboardSummary'
import { DEMO_DEFAULT_SEED, generateDemoWorkspace, pickDemoRubric } from '@/domain/demo'
import { rollupFromInput } from '@/domain/rollup'
import { parseRubric, type Rubric } from '@/domain/rubric'
import { parseScoringProfile } from '@/domain/scoringProfile'

const root = resolve(import.meta.dirname, '../..')
const json = (p: string): unknown => JSON.parse(readFileSync(join(root, p), 'utf8'))
const ok = <T>(r: { ok: true; value: T } | { ok: false }): T => {
  if (!r.ok) throw new Error('does not parse')
  return r.value
}

describe('preliminaryDashboardSummary', () => {
  const rubrics = ['1.0.0', '1.1.0'].map((v) => ok(parseRubric(json(`rubrics/vn-gsim/${v}.json`))))
  const profile = ok(parseScoringProfile(json('rubrics/scoring/default-1.0.0.json')))
  const ws = generateDemoWorkspace({ seed: DEMO_DEFAULT_SEED, rubric: pickDemoRubric(rubrics) as Rubric })
  // Items the rules leave out, in the middle of the others: a draft, an unknown rubric, a bad date.
  const items = ws.contentAssessments.map((a, i) =>
    i % 97 === 1 ? { ...a, status: 'draft' as const } : i % 97 === 2 ? { ...a, rubricVersion: '9.9.9' } : i % 97 === 3 ? { ...a, date: '2024-02-30x' } : a,
  )
  const byOutlet = new Map<string, (typeof items)[number][]>()
  for (const a of items) byOutlet.set(a.outletId, [...(byOutlet.get(a.outletId) ?? []), a])
  // As stored: pages of up to 250 items of one outlet, each with its fact columns.
  const pages = [...byOutlet].flatMap(([outletId, group]) =>
    Array.from({ length: Math.ceil(group.length / 250) }, (_, p) => ({ outletId, ...itemFactColumns(group.slice(p * 250, (p + 1) * 250)) })),
  )
  const known = new Set(rubrics.map((r) => `${r.id}@${r.version}`))

  for (const [file, at] of [
    ['hanoi-331-2021', '2025-12-31'],
    ['national-1790-2021', '2026-06-30'],
  ] as const) {
    it(`equals the full roll-up's adoption parts (${file}, ${at})`, () => {
      const policy = ok(parseAdoptionPolicy(json(`rubrics/policies/${file}.json`)))
      const full = toDashboardSummary(
        rollupFromInput({ at, outlets: ws.outlets, organisationAssessments: ws.organisationAssessments, contentAssessments: items, rubrics, profile, policy }),
      )
      const dated = datedItemsFromFacts(
        ws.outlets.map((o) => o.id),
        pages,
        known,
      )
      const early = preliminaryDashboardSummary({ outlets: ws.outlets, organisationAssessments: ws.organisationAssessments, rubrics, dated, policy, profile, at })
      expect(early.preliminary).toBe(true)
      expect(early.breakdowns).toEqual({ byKind: [], byChannel: [] })
      expect(early.adoption).toEqual(full.adoption)
      expect(early.series).toEqual(full.series)
      expect(early.behind).toEqual(full.behind)
      expect({ ...early, preliminary: undefined, breakdowns: full.breakdowns }).toEqual({ ...full, preliminary: undefined })
      // The demo has outlets at every level, so the comparison is not vacuous.
      expect(early.adoption.pilot.count).toBeGreaterThan(0)
      expect(early.behind.length).toBeGreaterThan(0)
    })
  }

  it('leaves out what the full roll-up leaves out', () => {
    const item = ws.contentAssessments[0]!
    const facts = itemFactColumns([
      { ...item, status: 'complete', date: '2024-01-02', channel: 'radio', rubricVersion: '1.1.0' },
      { ...item, status: 'draft', rubricVersion: '1.1.0' },
      { ...item, status: 'complete', rubricVersion: '9.0.0' },
      { ...item, status: 'complete', rubricVersion: '1.1.0', date: 'x' },
      { ...item, status: 'complete', rubricVersion: '1.1.0', date: '2024-02-30' },
    ])
    expect(facts.rubrics).toEqual(['vn-gsim@1.1.0', 'vn-gsim@9.0.0'])
    expect([...facts.complete]).toEqual([1, 0, 1, 1, 1])
    const dated = datedItemsFromFacts(['o0', 'o1'], [{ outletId: 'o1', ...facts }], new Set(['vn-gsim@1.0.0', 'vn-gsim@1.1.0']))
    expect(dated.size).toBe(1)
    expect([...dated.outlet]).toEqual([1])
    expect([...dated.day]).toEqual([Date.UTC(2024, 0, 2) / 86_400_000])
    expect([...dated.channel]).toEqual([2])
  })
})
