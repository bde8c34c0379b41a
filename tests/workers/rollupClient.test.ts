// Node has no Worker: the client runs the same pure function in-thread. The worker itself is
// exercised in the browser by the dashboard's e2e test.
import { describe, expect, it } from 'vitest'
import { computeRollup, isRollupCancelled, RollupCancelledError } from '@/workers/rollupClient'
import { rollupFromInput, type RollupInput } from '@/domain/rollup'
import { items, orgAssessment, fullAnswers, outlet, testPolicy, testProfile, testRubric } from '../support/engineFixtures'

const input: RollupInput = {
  at: '2026-06-30',
  outlets: [outlet('A'), outlet('B')],
  organisationAssessments: [orgAssessment('A', '2026-01-01', '2026-06-30', fullAnswers())],
  contentAssessments: items(25, 'A', '2026-02-01'),
  rubrics: [testRubric()],
  profile: testProfile(),
  policy: testPolicy(),
}

describe('rollup client', () => {
  it('without Worker, computes in-thread with progress, same result as the pure function', async () => {
    expect(typeof Worker).toBe('undefined')
    const seen: number[] = []
    const r = await computeRollup(input, (f) => seen.push(f))
    expect(r).toEqual(rollupFromInput(input))
    expect(r.adoption.pilot).toEqual({ count: 1, share: 0.5 })
    expect(seen.at(-1)).toBe(1)
  })

  it('recognises cancellation errors', () => {
    expect(isRollupCancelled(new RollupCancelledError())).toBe(true)
    expect(isRollupCancelled(new Error('x'))).toBe(false)
  })
})
