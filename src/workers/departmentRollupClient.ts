// The page's side of the department roll-up worker: one long-lived worker (it keeps the loaded
// workspace between runs); each new request supersedes the previous one, whose promise then
// rejects with SupersededError and whose result, if any, is ignored.
import type { Period } from '@/domain/assessment'
import type { RollupPrefetch, RollupViewName, RollupViews, RollupWorkerMessage } from './departmentRollupProtocol'

type AnyView = RollupViews[RollupViewName]

export class SupersededError extends Error {
  constructor() {
    super('superseded by a newer roll-up request')
    this.name = 'SupersededError'
  }
}

export interface RollupCallbacks<T = AnyView> {
  onProgress?: (fraction: number, stage: string) => void
  /** The last roll-up computed for the same question, while the workspace is being checked. */
  onCached?: (rollup: T) => void
}

interface Pending extends RollupCallbacks {
  id: number
  resolve: (result: { rollup: AnyView; timings: Record<string, number> }) => void
  reject: (error: Error) => void
  cached?: AnyView
}

let worker: Worker | undefined
let nextId = 1
let pending: Pending | undefined

function ensureWorker(): Worker {
  if (worker) return worker
  performance.mark('gim:rollup-worker')
  worker = new Worker(new URL('./departmentRollup.worker.ts', import.meta.url), { type: 'module', name: 'department-rollup' })
  worker.addEventListener('message', (event: MessageEvent<RollupWorkerMessage>) => {
    const message = event.data
    if (!pending || message.id !== pending.id) return
    if (message.type === 'progress') pending.onProgress?.(message.fraction, message.stage)
    else if (message.type === 'cached') {
      pending.cached = message.rollup
      pending.onCached?.(message.rollup)
    } else {
      const done = pending
      pending = undefined
      if (message.type === 'result') done.resolve({ rollup: message.rollup, timings: message.timings })
      else if (message.type === 'confirmed' && done.cached) done.resolve({ rollup: done.cached, timings: { ...message.timings, cached: 1 } })
      else done.reject(new Error(message.type === 'error' ? message.message : 'the roll-up worker confirmed nothing'))
    }
  })
  worker.addEventListener('error', (event) => {
    const done = pending
    pending = undefined
    done?.reject(new Error(event.message || 'the roll-up worker failed'))
    // A crashed worker is replaced on the next request.
    worker?.terminate()
    worker = undefined
  })
  return worker
}

/**
 * Starts the worker (fetching and evaluating its code) before the dashboard's first request, and
 * has it read and work out that request's likely answer meanwhile.
 */
export function warmUpRollupWorker(): void {
  if (worker) return
  ensureWorker().postMessage({ prefetch: 'dashboard' } satisfies RollupPrefetch)
}

/** The roll-up for a question, in the view the page shows ('full' unless asked otherwise). */
export function runDepartmentRollup<V extends RollupViewName = 'full'>(
  request: { policyId: string; at: string; period?: Period; view?: V },
  callbacks: RollupCallbacks<RollupViews[V]> = {},
): Promise<{ rollup: RollupViews[V]; timings: Record<string, number> }> {
  pending?.reject(new SupersededError())
  const id = nextId++
  return new Promise((resolve, reject) => {
    // The worker answers in the requested view, so the casts only restore what was asked for.
    pending = {
      id,
      resolve: resolve as Pending['resolve'],
      reject,
      onProgress: callbacks.onProgress,
      onCached: callbacks.onCached as Pending['onCached'],
    }
    ensureWorker().postMessage({ id, ...request })
  })
}
