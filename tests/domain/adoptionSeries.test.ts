// The monthly series is computed outlet by outlet (each outlet's evidence looked up once): every
// point must equal the rates computed for that month-end on its own, for each policy, with
// archived outlets, decisions and channels in play.
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { adoptionRates, adoptionSeries, adoptionStatus, prepareAdoption } from '@/domain/adoption'
import { parseAdoptionPolicy } from '@/domain/adoptionPolicy'
import { buildContentColumns } from '@/domain/contentColumns'
import { DEMO_DEFAULT_SEED, generateDemoWorkspace, pickDemoRubric } from '@/domain/demo'
import { monthEnd, monthsBetween } from '@/domain/period'
import { parseRubric, type Rubric } from '@/domain/rubric'

const root = resolve(import.meta.dirname, '../..')
const json = (p: string): unknown => JSON.parse(readFileSync(join(root, p), 'utf8'))
const ok = <T>(r: { ok: true; value: T } | { ok: false }): T => {
  if (!r.ok) throw new Error('does not parse')
  return r.value
}

describe('adoptionSeries', () => {
  const rubrics = ['1.0.0', '1.1.0'].map((v) => ok(parseRubric(json(`rubrics/vn-gsim/${v}.json`))))
  const ws = generateDemoWorkspace({ seed: DEMO_DEFAULT_SEED, rubric: pickDemoRubric(rubrics) as Rubric })
  // Two outlets archived (one mid-series), one decision without a reference, one with an unusual channel list.
  const outlets = ws.outlets.map((o, i) =>
    i === 0 ? { ...o, archivedAt: '2024-06-15' } : i === 1 ? { ...o, archivedAt: '2021-01-01' } : i === 2 && o.adoptionDecision ? { ...o, adoptionDecision: { ...o.adoptionDecision, reference: ' ' } } : i === 3 ? { ...o, channels: [...o.channels].reverse() } : o,
  )
  const ctx = prepareAdoption({ outlets, organisationAssessments: ws.organisationAssessments, rubrics, columns: buildContentColumns(ws.contentAssessments) })

  for (const file of ['hanoi-331-2021', 'national-1790-2021']) {
    it(`equals the rates of each month-end on its own (${file})`, () => {
      const policy = ok(parseAdoptionPolicy(json(`rubrics/policies/${file}.json`)))
      const at = '2025-09-30'
      const series = adoptionSeries(ctx, policy, at)
      const months = monthsBetween('2022-01', '2030-12')
      expect(series.points.map((p) => p.month)).toEqual(months)
      expect(series.points).toEqual(months.map((month) => ({ ...adoptionRates(ctx, monthEnd(month), policy), month, observed: monthEnd(month) <= at })))
      // Not vacuous: levels rise and fall across the series, and the archived outlets leave it.
      const pilots = new Set(series.points.map((p) => p.pilot.count))
      expect(pilots.size).toBeGreaterThan(3)
      expect(series.points[0]!.registerSize).toBe(outlets.length - 1)
      expect(series.points.at(-1)!.registerSize).toBe(outlets.length - 2)
      // And the rates are the explained statuses' counts.
      const end = monthEnd('2025-06')
      const levels = outlets.filter((o) => !o.archivedAt || o.archivedAt > end).map((o) => adoptionStatus(ctx, o, end, policy).level)
      const point = series.points.find((p) => p.month === '2025-06')!
      expect(point.pilot.count).toBe(levels.filter((l) => l !== 'none').length)
      expect(point.official.count).toBe(levels.filter((l) => l === 'official').length)
    })
  }
})
