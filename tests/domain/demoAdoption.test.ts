// The demo tells the story the product needs: adoption rising from 2022, most outlets piloting by
// the end of 2025 (just short of Hanoi's 80 % target, above the national 70 %), a few official,
// some never taking part — computed by the real adoption engine with the shipped rubric and policy.
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { adoptionLevel, prepareAdoption } from '@/domain/adoption'
import { parseAdoptionPolicy } from '@/domain/adoptionPolicy'
import { buildContentColumns } from '@/domain/contentColumns'
import { DEMO_DEFAULT_SEED, generateDemoWorkspace, pickDemoRubric } from '@/domain/demo'
import { parseRubric, type Rubric } from '@/domain/rubric'

const root = resolve(import.meta.dirname, '../..')
const json = (p: string): unknown => JSON.parse(readFileSync(join(root, p), 'utf8'))

describe('demo workspace under the Hanoi 331 policy', () => {
  const rubrics = ['1.0.0', '1.1.0'].map((v) => {
    const p = parseRubric(json(`rubrics/vn-gsim/${v}.json`))
    if (!p.ok) throw new Error(`rubric ${v} does not parse`)
    return p.value
  })
  const policyParsed = parseAdoptionPolicy(json('rubrics/policies/hanoi-331-2021.json'))
  if (!policyParsed.ok) throw new Error('policy does not parse')
  const policy = policyParsed.value
  const rubric = pickDemoRubric(rubrics) as Rubric
  const ws = generateDemoWorkspace({ seed: DEMO_DEFAULT_SEED, rubric })
  const ctx = prepareAdoption({
    outlets: ws.outlets,
    organisationAssessments: ws.organisationAssessments,
    rubrics,
    columns: buildContentColumns(ws.contentAssessments),
  })
  const count = (at: string) => {
    const levels = ws.outlets.map((o) => adoptionLevel(ctx, o, at, policy))
    return { pilot: levels.filter((l) => l !== 'none').length, official: levels.filter((l) => l === 'official').length }
  }

  it('pins the newest vn-gsim version', () => {
    expect(rubric.version).toBe('1.1.0')
  })

  it('rises year by year, with most outlets piloting by 2025 and a few official', () => {
    const series = ['2022-12-31', '2023-12-31', '2024-12-31', '2025-12-31', '2026-10-31'].map(count)
    for (let i = 1; i < series.length; i++) expect(series[i]!.pilot).toBeGreaterThanOrEqual(series[i - 1]!.pilot)
    expect(series[0]!.official).toBe(0)
    const end2025 = series[3]!
    expect(end2025.pilot / ws.outlets.length).toBeGreaterThanOrEqual(0.7)
    expect(end2025.pilot / ws.outlets.length).toBeLessThan(0.8)
    expect(end2025.official).toBeGreaterThanOrEqual(2)
    expect(series[4]!.official).toBeGreaterThan(end2025.official)
    expect(ws.outlets.length - series[4]!.pilot).toBeGreaterThanOrEqual(2)
  })
})
