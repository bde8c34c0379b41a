import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseAdoptionPolicy } from '@/domain/adoptionPolicy'
import { findPolicy, findProfile, latestRubric, rubricChain, type Catalogue } from '@/domain/catalogue'
import { parseScoringProfile } from '@/domain/scoringProfile'
import { formatProblem, type Parsed } from '@/domain/validate'

type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any
const file = (p: string): Json => JSON.parse(readFileSync(resolve(import.meta.dirname, '../../rubrics', p), 'utf8'))
const problems = (p: Parsed<unknown>) => (p.ok ? [] : p.problems.map(formatProblem))

describe('parseScoringProfile', () => {
  const cases: { name: string; change: (d: Json) => void; expected: string[] }[] = [
    { name: 'points above 100', change: (d) => (d.yesNo.yesWithoutEvidence = 150), expected: ['yesNo.yesWithoutEvidence: must be at most 100'] },
    { name: 'an unknown parity', change: (d) => (d.parity = 'threeSided'), expected: ['parity: expected one of twoSided, oneSided'] },
    { name: 'a weight for a section that does not exist', change: (d) => (d.sectionWeights.C1 = 1), expected: ['sectionWeights.C1: expected a section id (A1, A2, A3, A4, A5, B1, B2)'] },
    {
      name: 'a rule without its parameter, and a percentage written as 20',
      change: (d) => {
        delete d.indicatorRules['B1.SO2.I1'].worst
        d.indicatorRules['B1.SO2.I2'].worst = 20
      },
      expected: ['indicatorRules.B1.SO2.I1.worst: missing', 'indicatorRules.B1.SO2.I2.worst: must be at most 1'],
    },
    { name: 'a missing English note', change: (d) => delete d.note.en, expected: ['note.en: missing'] },
    { name: 'a fractional minimum sample', change: (d) => (d.minimumSample.people = 2.5), expected: ['minimumSample.people: expected a whole number'] },
    { name: 'both categories weighing nothing', change: (d) => (d.categoryWeights = { A: 0, B: 0 }), expected: ['categoryWeights: at least one category must weigh more than 0'] },
  ]
  it.each(cases)('reports $name', ({ change, expected }) => {
    const d = file('scoring/default-1.0.0.json')
    change(d)
    expect(problems(parseScoringProfile(d))).toEqual(expected)
  })

  it('refuses an indicator rule named __proto__ without touching any prototype', () => {
    const d = file('scoring/default-1.0.0.json')
    const text = JSON.stringify(d).replace('"indicatorRules":{', '"indicatorRules":{"__proto__":{"rule":"parity","polluted":1},')
    expect(problems(parseScoringProfile(JSON.parse(text)))).toEqual(['indicatorRules.__proto__: not a valid indicator id'])
    expect(({} as Json).rule).toBeUndefined()
  })
})

describe('parseAdoptionPolicy', () => {
  const cases: { name: string; change: (d: Json) => void; expected: string[] }[] = [
    { name: 'a target share given in percent', change: (d) => (d.targets[0].share = 80), expected: ['targets[0].share: must be at most 1'] },
    { name: 'an impossible date', change: (d) => (d.targets[1].by = '2030-02-31x'), expected: [expect.stringMatching(/^targets\[1\]\.by: does not match/) as unknown as string] },
    { name: 'an unknown level', change: (d) => (d.targets[1].level = 'full'), expected: ['targets[1].level: expected one of pilot, official'] },
    { name: 'a missing criterion', change: (d) => delete d.criteria.official.quarters, expected: ['criteria.official.quarters: missing'] },
    { name: 'a pilot section listed twice', change: (d) => (d.criteria.pilot.requiredSections = ['A1', 'A1']), expected: ["criteria.pilot.requiredSections[1]: 'A1' listed twice"] },
    { name: 'a newer format version', change: (d) => (d.formatVersion = 3), expected: ['formatVersion: this file uses format version 3, newer than the 1 this version of GIM Index reads: update the app'] },
  ]
  it.each(cases)('reports $name', ({ change, expected }) => {
    const d = file('policies/hanoi-331-2021.json')
    change(d)
    expect(problems(parseAdoptionPolicy(d))).toEqual(expected)
  })

  it('reads the Hanoi and national targets and default criteria', () => {
    const hanoi = parseAdoptionPolicy(file('policies/hanoi-331-2021.json'))
    const national = parseAdoptionPolicy(file('policies/national-1790-2021.json'))
    if (!hanoi.ok || !national.ok) throw new Error('invalid shipped policy')
    expect(hanoi.value.targets).toEqual([
      { level: 'pilot', share: 0.8, by: '2025-12-31' },
      { level: 'official', share: 1, by: '2030-12-31' },
    ])
    expect(national.value.targets.map((t) => t.share)).toEqual([0.7, 0.9])
    expect(hanoi.value.criteria.pilot).toEqual({ windowMonths: 12, requiredSections: ['A1'], minContentItems: 20 })
    expect(national.value.criteria.official).toEqual({
      requiresAdoptionDecision: true,
      windowMonths: 12,
      requiresAllApplicableSections: true,
      quarters: 4,
      minContentItemsPerQuarter: 40,
      coverEachChannel: true,
    })
    expect(hanoi.value.source.vi).toContain('331/KH-UBND')
    expect(national.value.source.vi).toContain('1790/QĐ-TTg')
  })
})

describe('catalogue helpers', () => {
  const v = (version: string, previous?: string) => ({ id: 'set', version, ...(previous ? { previous: { version: previous, mappings: [] } } : {}) })
  const cat = {
    rubrics: [v('1.1.0', '1.0.0'), v('1.0.0'), v('2.0.0', '1.1.0'), v('1.10.0', '1.1.0')],
    profiles: [{ id: 'default', version: '1.0.0' }, { id: 'default', version: '1.2.0' }],
    policies: [{ id: 'hanoi-331-2021', version: '1.0.0' }],
  } as unknown as Catalogue

  it('finds the latest version by semver, not by text', () => {
    expect(latestRubric(cat, 'set')?.version).toBe('2.0.0')
    expect(findProfile(cat, 'default')?.version).toBe('1.2.0')
    expect(findProfile(cat, 'default', '1.0.0')?.version).toBe('1.0.0')
    expect(findPolicy(cat, 'hanoi-331-2021')?.version).toBe('1.0.0')
    expect(findPolicy(cat, 'nowhere')).toBeUndefined()
  })

  it('follows previous versions, oldest first', () => {
    expect(rubricChain(cat, 'set', '2.0.0').map((r) => r.version)).toEqual(['1.0.0', '1.1.0', '2.0.0'])
    expect(rubricChain(cat, 'set', '1.0.0').map((r) => r.version)).toEqual(['1.0.0'])
    expect(rubricChain(cat, 'set', '9.9.9')).toEqual([])
  })
})
