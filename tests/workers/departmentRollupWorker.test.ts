// The department roll-up worker, run in-process (its `self` faked, fake-indexeddb under Dexie) on
// the demo workspace: the dashboard's prefetch answers the default question before the page asks,
// with the adoption figures of the full roll-up, and reads nothing when that answer is cached.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { resetDatabaseForTests } from '@/db/db'
import { loadDemoWorkspace } from '@/db/demo'
import { adoptionPolicies } from '@/rubrics'
import type { DashboardSummary } from '@/domain/dashboardSummary'
import { todayIso } from '@/platform/today'
import { defaultPolicyId, type RollupRequest, type RollupWorkerMessage } from '@/workers/departmentRollupProtocol'

type Listener = (event: { data: unknown }) => void

/** A fresh instance of the worker module, with its messages to the page collected. */
async function startWorker(): Promise<{ send: (data: unknown) => void; messages: RollupWorkerMessage[]; until: (type: RollupWorkerMessage['type']) => Promise<RollupWorkerMessage> }> {
  const messages: RollupWorkerMessage[] = []
  let listener: Listener | undefined
  vi.stubGlobal('self', {
    addEventListener: (_type: string, fn: Listener) => (listener = fn),
    postMessage: (message: RollupWorkerMessage) => messages.push(message),
  })
  vi.resetModules()
  await import('@/workers/departmentRollup.worker')
  const until = async (type: RollupWorkerMessage['type']) => {
    for (let i = 0; i < 600; i++) {
      const found = messages.find((m) => m.type === type)
      if (found) return found
      if (messages.some((m) => m.type === 'error')) throw new Error(JSON.stringify(messages.find((m) => m.type === 'error')))
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    throw new Error(`no ${type} message; got ${messages.map((m) => m.type).join(', ')}`)
  }
  return { send: (data) => listener!({ data }), messages, until }
}

describe('department roll-up worker', () => {
  const question: RollupRequest = { id: 1, policyId: defaultPolicyId(adoptionPolicies()), at: todayIso(), view: 'dashboard' }

  beforeAll(async () => {
    await resetDatabaseForTests()
    indexedDB.deleteDatabase('gim-index-rollup-cache')
    await loadDemoWorkspace()
  }, 60_000)
  afterAll(() => vi.unstubAllGlobals())

  it('answers the default question from the prefetch, with the adoption figures of the full roll-up', async () => {
    const worker = await startWorker()
    worker.send({ prefetch: 'dashboard' })
    worker.send(question)
    const early = (await worker.until('cached')) as Extract<RollupWorkerMessage, { type: 'cached' }>
    const result = (await worker.until('result')) as Extract<RollupWorkerMessage, { type: 'result' }>
    const first = early.rollup as DashboardSummary
    const full = result.rollup as DashboardSummary
    expect(first.preliminary).toBe(true)
    expect(full.preliminary).toBeUndefined()
    expect(first.adoption).toEqual(full.adoption)
    expect(first.series).toEqual(full.series)
    expect(first.behind).toEqual(full.behind)
    expect(full.registerSize).toBeGreaterThan(0)
    // Read at the prefetch: the moments say so.
    expect(result.timings.inputReadAt).toBeGreaterThan(0)
    expect(result.timings.firstAnswerAt).toBeGreaterThan(0)
  }, 120_000)

  it('with the answer cached, the prefetch reads nothing and the request is answered from the cache, then confirmed', async () => {
    // The previous run caches its roll-up in the background: wait until it is stored.
    const { Dexie } = await import('dexie')
    for (let stored = 0, i = 0; stored === 0 && i < 200; i++) {
      const cache = new Dexie('gim-index-rollup-cache')
      stored = await cache.open().then(() => cache.table('summaries').count(), () => 0)
      cache.close()
      if (stored === 0) await new Promise((resolve) => setTimeout(resolve, 50))
    }
    const worker = await startWorker()
    worker.send({ prefetch: 'dashboard' })
    worker.send(question)
    const cached = (await worker.until('cached')) as Extract<RollupWorkerMessage, { type: 'cached' }>
    const confirmed = (await worker.until('confirmed')) as Extract<RollupWorkerMessage, { type: 'confirmed' }>
    expect((cached.rollup as DashboardSummary).preliminary).toBeUndefined()
    expect(confirmed.timings.inputReadAt).toBeUndefined()
    expect(worker.messages.map((m) => m.type)).toEqual(['cached', 'confirmed'])
  }, 60_000)

  it('after a change to the workspace, the prefetch reads again: stale figures at once, then the new first answer', async () => {
    const { readAllContentAssessments, saveContentAssessment } = await import('@/db/assessments')
    const [item] = await readAllContentAssessments()
    await saveContentAssessment({ ...item!, title: `${item!.title} (sửa)` })
    const worker = await startWorker()
    worker.send({ prefetch: 'dashboard' })
    worker.send(question)
    await worker.until('result')
    const answers = worker.messages.filter((m) => m.type === 'cached').map((m) => (m as Extract<RollupWorkerMessage, { type: 'cached' }>).rollup as DashboardSummary)
    expect(answers.map((a) => a.preliminary ?? false)).toEqual([false, true])
    const result = worker.messages.find((m) => m.type === 'result') as Extract<RollupWorkerMessage, { type: 'result' }>
    expect(result.timings.inputReadAt).toBeGreaterThan(0)
    expect(answers[1]!.adoption).toEqual((result.rollup as DashboardSummary).adoption)
  }, 120_000)

  it('answers a question other than the default one without the prefetched answer', async () => {
    const worker = await startWorker()
    worker.send({ prefetch: 'dashboard' })
    const other = adoptionPolicies().find((p) => p.id !== question.policyId)!
    worker.send({ ...question, policyId: other.id, at: '2025-12-31' })
    const early = (await worker.until('cached')) as Extract<RollupWorkerMessage, { type: 'cached' }>
    const summary = early.rollup as DashboardSummary
    expect(summary.policy.id).toBe(other.id)
    expect(summary.at).toBe('2025-12-31')
    const result = (await worker.until('result')) as Extract<RollupWorkerMessage, { type: 'result' }>
    expect((result.rollup as DashboardSummary).adoption).toEqual(summary.adoption)
  }, 120_000)
})
