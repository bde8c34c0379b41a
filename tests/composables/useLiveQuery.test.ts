import { beforeEach, describe, expect, it } from 'vitest'
import { effectScope, ref } from 'vue'
import { useLiveQuery } from '@/composables/useLiveQuery'
import { resetDatabaseForTests } from '@/db/db'
import { countContentAssessments, saveContentAssessment } from '@/db/assessments'
import { makeContent } from '../support/exchangeFixtures'

const until = async (check: () => boolean, ms = 2000) => {
  const start = Date.now()
  while (!check()) {
    if (Date.now() - start > ms) throw new Error('timed out')
    await new Promise((r) => setTimeout(r, 5))
  }
}

beforeEach(resetDatabaseForTests)

describe('useLiveQuery', () => {
  it('follows the database, re-runs when a dependency changes, and stops with its scope', async () => {
    const scope = effectScope()
    const outletId = ref('hn-001')
    const live = scope.run(() => useLiveQuery(() => countContentAssessments(outletId.value), [outletId]))!
    await until(() => live.data.value === 0)
    expect(live.loading.value).toBe(false)
    await saveContentAssessment(makeContent())
    await until(() => live.data.value === 1)
    outletId.value = 'hn-002'
    await until(() => live.data.value === 0)
    await saveContentAssessment(makeContent({ outletId: 'hn-002' }))
    await until(() => live.data.value === 1)
    scope.stop()
    await saveContentAssessment(makeContent({ outletId: 'hn-002' }))
    await new Promise((r) => setTimeout(r, 50))
    expect(live.data.value).toBe(1)
  })

  it('exposes a failing query as an error', async () => {
    const scope = effectScope()
    const live = scope.run(() => useLiveQuery<number>(() => Promise.reject(new Error('broken query'))))!
    await until(() => live.error.value !== undefined)
    expect((live.error.value as Error).message).toBe('broken query')
    scope.stop()
  })
})
