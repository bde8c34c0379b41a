// The engine's allocation-free fast paths must agree with the reference rules they shortcut.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import type { Answer } from '@/domain/assessment'
import { isAnswered } from '@/domain/completeness'
import { answeredFast } from '@/domain/indicatorValues'
import type { Question } from '@/domain/rubric'

const num = fc.oneof(fc.integer({ min: -3, max: 50 }), fc.double({ min: -2, max: 50, noNaN: false }), fc.constant(Number.POSITIVE_INFINITY))
const answer: fc.Arbitrary<Answer> = fc.oneof(
  fc.constant({ type: 'na' } as Answer),
  fc.record({ women: num, men: num, other: num, unknown: num }).map((counts) => ({ type: 'countBySex', counts }) as Answer),
  fc.record({ women: num, men: num }).map((amounts) => ({ type: 'amountBySex', amounts }) as Answer),
  fc.record({ value: fc.constantFrom('yes', 'no'), evidence: fc.option(fc.constantFrom('', '  ', 'QĐ 1'), { nil: undefined }) }).map(
    ({ value, evidence }) => (evidence === undefined ? { type: 'yesNo', value } : { type: 'yesNo', value, evidence }) as Answer,
  ),
  fc.integer({ min: -1, max: 5 }).map((level) => ({ type: 'maturity', level }) as Answer),
  fc.constantFrom('a', 'x').map((c) => ({ type: 'checklist', checked: [c] }) as Answer),
)
const question: fc.Arbitrary<Question> = fc
  .record({
    type: fc.constantFrom<Question['type']>('countBySex', 'amountBySex', 'yesNo', 'maturity', 'checklist'),
    allowNA: fc.boolean(),
    evidenceRequired: fc.boolean(),
  })
  .map(({ type, allowNA, evidenceRequired }) => ({
    id: 'q',
    type,
    text: { vi: 'q', en: 'q' },
    required: true,
    allowNA,
    evidenceRequired,
    levels: [0, 1, 2, 3].map((level) => ({ level, label: { vi: '', en: '' } })),
    options: [{ id: 'a', label: { vi: 'a', en: 'a' } }],
  }))

describe('fast paths', () => {
  it('answeredFast agrees with completeness.isAnswered', () => {
    fc.assert(
      fc.property(question, answer, (q, a) => {
        expect(answeredFast(q, a)).toBe(isAnswered(q, a))
      }),
      { numRuns: 2000 },
    )
    expect(answeredFast({ id: 'q', type: 'yesNo', text: { vi: '', en: '' }, required: true, allowNA: false }, undefined)).toBe(false)
  })
})
