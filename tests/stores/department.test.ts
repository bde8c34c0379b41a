import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { nextTick } from 'vue'
import { useDepartmentStore } from '@/stores/department'
import type { RollupRequest, RollupWorkerMessage } from '@/workers/departmentRollupProtocol'

// The real store and the real worker client, with the worker itself played by the test: each
// request is answered by hand, so the order of events is exactly the one under test.
const requests: RollupRequest[] = []
const listeners: ((event: MessageEvent<RollupWorkerMessage>) => void)[] = []
class ScriptedWorker {
  addEventListener(type: string, listener: (event: MessageEvent<RollupWorkerMessage>) => void) {
    if (type === 'message') listeners.push(listener)
  }
  postMessage(request: RollupRequest) {
    requests.push(request)
  }
  terminate() {}
}
vi.stubGlobal('Worker', ScriptedWorker)
afterAll(() => vi.unstubAllGlobals())

/** Answers a request with a roll-up tagged by its question. */
function answer(request: RollupRequest) {
  const rollup = { policy: { id: request.policyId }, view: request.view ?? 'full' } as never
  for (const listener of listeners) listener({ data: { type: 'result', id: request.id, rollup, timings: {} } } as unknown as MessageEvent<RollupWorkerMessage>)
}
const lastRequest = () => requests[requests.length - 1]!
const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

beforeEach(() => {
  setActivePinia(createPinia())
  requests.length = 0
})

describe('department store: the PDF export and the page share the one roll-up worker', () => {
  it('a policy change during the export: the page shows the new policy, the PDF keeps the one it was asked for', async () => {
    const store = useDepartmentStore()
    store.refresh(0, 'dashboard')
    await settle()
    answer(lastRequest())
    await settle()
    expect(store.dashboard).toMatchObject({ policy: { id: 'hanoi-331-2021' } })

    const pdf = store.fullRollup()
    expect(lastRequest()).toMatchObject({ policyId: 'hanoi-331-2021' })
    expect(lastRequest().view).toBeUndefined()

    store.policyId = 'national-1790-2021'
    await new Promise((resolve) => setTimeout(resolve, 250)) // the store's debounce
    const screen = lastRequest()
    expect(screen).toMatchObject({ policyId: 'national-1790-2021', view: 'dashboard' })
    answer(screen)
    await settle()
    expect(store.dashboard).toMatchObject({ policy: { id: 'national-1790-2021' } })
    expect(store.busy).toBe(false)

    // Once the page has its figures, the export asks again for its own question.
    const again = lastRequest()
    expect(again).not.toBe(screen)
    expect(again).toMatchObject({ policyId: 'hanoi-331-2021' })
    expect(again.view).toBeUndefined()
    answer(again)
    await expect(pdf).resolves.toMatchObject({ policy: { id: 'hanoi-331-2021' } })
  })

  it('an export started while the page computes: the page computes again afterwards instead of waiting forever', async () => {
    const store = useDepartmentStore()
    store.refresh(0, 'dashboard')
    await settle()
    const screen = lastRequest()
    expect(store.busy).toBe(true)

    const pdf = store.fullRollup()
    const exported = lastRequest()
    expect(exported).not.toBe(screen)
    answer(screen) // too late: superseded, ignored
    answer(exported)
    await expect(pdf).resolves.toMatchObject({ view: 'full' })

    await settle()
    const restarted = lastRequest()
    expect(restarted).toMatchObject({ view: 'dashboard' })
    expect(store.busy).toBe(true)
    answer(restarted)
    await nextTick()
    await settle()
    expect(store.busy).toBe(false)
    expect(store.dashboard).toMatchObject({ view: 'dashboard' })
  })
})

describe('department store: opening the dashboard', () => {
  it('asks the worker at once (not a task later), for the dashboard view of the default question', async () => {
    const store = useDepartmentStore()
    store.refreshNow('dashboard')
    expect(requests).toHaveLength(1)
    expect(lastRequest()).toMatchObject({ policyId: 'hanoi-331-2021', at: store.at, view: 'dashboard' })
    expect(store.busy).toBe(true)
    answer(lastRequest())
    await settle()
    expect(store.busy).toBe(false)
    expect(store.dashboard).toMatchObject({ view: 'dashboard' })
  })
})
