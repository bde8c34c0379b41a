// The page's side of the department roll-up worker: one long-lived worker (it keeps the loaded
// workspace between runs); each new request supersedes the previous one, whose promise then
// rejects with SupersededError and whose result, if any, is ignored.
import type { Period } from '@/domain/assessment'
import type { Rollup } from '@/domain/rollup'
import type { RollupWorkerMessage } from './departmentRollupProtocol'

export class SupersededError extends Error {
  constructor() {
    super('superseded by a newer roll-up request')
    this.name = 'SupersededError'
  }
}

interface Pending {
  id: number
  resolve: (result: { rollup: Rollup; timings: Record<string, number> }) => void
  reject: (error: Error) => void
  onProgress?: (fraction: number, stage: string) => void
}

let worker: Worker | undefined
let nextId = 1
let pending: Pending | undefined

function ensureWorker(): Worker {
  if (worker) return worker
  worker = new Worker(new URL('./departmentRollup.worker.ts', import.meta.url), { type: 'module', name: 'department-rollup' })
  worker.addEventListener('message', (event: MessageEvent<RollupWorkerMessage>) => {
    const message = event.data
    if (!pending || message.id !== pending.id) return
    if (message.type === 'progress') pending.onProgress?.(message.fraction, message.stage)
    else {
      const done = pending
      pending = undefined
      if (message.type === 'result') done.resolve({ rollup: message.rollup, timings: message.timings })
      else done.reject(new Error(message.message))
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

export function runDepartmentRollup(
  request: { policyId: string; at: string; period?: Period },
  onProgress?: (fraction: number, stage: string) => void,
): Promise<{ rollup: Rollup; timings: Record<string, number> }> {
  pending?.reject(new SupersededError())
  const id = nextId++
  return new Promise((resolve, reject) => {
    pending = { id, resolve, reject, onProgress }
    ensureWorker().postMessage({ id, ...request })
  })
}
