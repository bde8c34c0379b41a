// Property-based checks of the Category B values over random codings.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import type { ContentAssessment, PersonRow, Sex } from '@/domain/assessment'
import { buildContentColumns } from '@/domain/contentColumns'
import { aggregateContent } from '@/domain/contentCube'
import { contentValue, type IndicatorValue } from '@/domain/indicatorValues'
import { dayNumber } from '@/domain/period'
import { buildScorecard } from '@/domain/scorecard'
import { item, outlet, person, testPolicy, testProfile, testRubric } from '../../support/engineFixtures'

const sex = fc.constantFrom<Sex>('female', 'male', 'other', 'unknown')
const fn = fc.constantFrom('subject', 'spokesperson', 'expert', 'personalExperience', 'eyewitness', 'popularOpinion', 'other', 'unknown')
const personArb: fc.Arbitrary<PersonRow> = fc
  .record({ sex, function: fn, quoted: fc.boolean(), occupation: fc.constantFrom('scientist', 'politician', 'unknown') })
  .map(({ sex: s, ...rest }) => person(s, rest))
const itemArb: fc.Arbitrary<ContentAssessment> = fc
  .record({
    people: fc.array(personArb, { maxLength: 6 }),
    day: fc.integer({ min: 1, max: 28 }),
    aboutWomen: fc.boolean(),
    stereotypeOvert: fc.boolean(),
    broadcast: fc.boolean(),
    f: fc.nat(300),
    m: fc.nat(300),
    journalists: fc.array(fc.record({ sex, role: fc.constantFrom('reporter', 'presenter', 'other') }), { maxLength: 2 }),
  })
  .map((r) => {
    const base = item('X', `2026-02-${String(r.day).padStart(2, '0')}`)
    return {
      ...base,
      kind: r.broadcast ? 'broadcast' : 'article',
      story: { ...base.story, aboutWomen: r.aboutWomen, stereotypeOvert: r.stereotypeOvert },
      people: r.people,
      journalists: r.journalists,
      ...(r.broadcast ? { speakingSeconds: { female: r.f, male: r.m, other: 0, unknown: 0 } } : {}),
    } satisfies ContentAssessment
  })

const MEASURES: [string, Record<string, string>?][] = [
  ['people.womenShare'],
  ['sources.womenShare'],
  ['people.womenShare', { function: 'expert' }],
  ['people.womenShare', { occupation: 'scientist' }],
  ['items.share', { flag: 'aboutWomen' }],
  ['items.share', { flag: 'stereotypeOvert' }],
  ['journalists.womenShare', { role: 'reporter' }],
  ['journalists.womenShare'],
  ['speakingTime.womenShare'],
]

function values(items: ContentAssessment[]): IndicatorValue[] {
  const cols = buildContentColumns(items, { outletIds: ['X'] })
  const cube = aggregateContent(cols, dayNumber('2026-02-01'), dayNumber('2026-02-28'))
  return MEASURES.map(([metric, filter]) => contentValue(cube, 0, metric, filter))
}

function sourcesShare(items: ContentAssessment[]): number | null {
  const v = values(items)[1]!
  return v.kind === 'womenShare' ? v.share.value : null
}

describe('Category B properties', () => {
  it('every share, interval and score stays in its range', () => {
    fc.assert(
      fc.property(fc.array(itemArb, { maxLength: 25 }), (items) => {
        for (const v of values(items)) {
          if (v.kind !== 'womenShare' && v.kind !== 'itemShare') continue
          const { value, low, high, numerator, denominator } = v.share
          if (denominator === 0) expect(value).toBeNull()
          else {
            expect(value!).toBeGreaterThanOrEqual(0)
            expect(value!).toBeLessThanOrEqual(1)
            expect(numerator).toBeLessThanOrEqual(denominator)
          }
          if (low !== null) expect(low).toBeGreaterThanOrEqual(0)
          if (high !== null) expect(high).toBeLessThanOrEqual(1)
        }
        const card = buildScorecard(
          { outlets: [outlet('X', { channels: ['print', 'tv'] })], rubrics: [testRubric()], profile: testProfile(), policy: testPolicy(), organisationAssessments: [], contentAssessments: items },
          { outletId: 'X', period: { start: '2026-02-01', end: '2026-02-28' } },
        )
        for (const i of card.indicators) if (i.score !== null) expect(i.score >= 0 && i.score <= 100).toBe(true)
        for (const s of [card.overall, card.categories.A, card.categories.B]) if (s !== null) expect(s >= 0 && s <= 100).toBe(true)
      }),
      { numRuns: 80 },
    )
  })

  it('adding a woman source never lowers the share of women among sources', () => {
    fc.assert(
      fc.property(
        fc.array(itemArb, { minLength: 1, maxLength: 20 }),
        fc.nat(),
        fc.boolean(),
        fc.constantFrom('subject', 'expert', 'spokesperson', 'popularOpinion'),
        (items, at, quoted, func) => {
          const before = sourcesShare(items)
          const source = person('female', { quoted: quoted || func === 'subject', function: func })
          const k = at % items.length
          const changed = items.map((x, i) => (i === k ? { ...x, people: [...x.people, source] } : x))
          const after = sourcesShare(changed)
          expect(after).not.toBeNull()
          if (before !== null) expect(after!).toBeGreaterThanOrEqual(before)
        },
      ),
      { numRuns: 150 },
    )
  })

  it('counts by sex add up to everyone coded, other and unknown included', () => {
    fc.assert(
      fc.property(fc.array(itemArb, { maxLength: 20 }), (items) => {
        const v = values(items)[0]!
        const everyone = items.reduce((n, x) => n + x.people.length, 0)
        if (v.kind !== 'womenShare') throw new Error('expected a share of women')
        expect(v.counts.women + v.counts.men + v.counts.other + v.counts.unknown).toBe(everyone)
        expect(v.sample).toBe(everyone)
        expect(v.share.denominator).toBe(v.counts.women + v.counts.men)
      }),
      { numRuns: 60 },
    )
  })
})
