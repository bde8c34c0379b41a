// Runs the department roll-up in a module Web Worker. A new request supersedes the one running:
// the old worker is terminated (a busy worker cannot read a cancel message) and the old promise
// rejects with RollupCancelledError. Where Worker does not exist (Node tests), it runs in-thread.
import type { Rollup, RollupInput } from '@/domain/rollup'

export interface RollupWorkerRequest {
  id: number
  input: RollupInput
}

export type RollupWorkerMessage =
  | { type: 'progress'; id: number; fraction: number; stage: string }
  | { type: 'result'; id: number; rollup: Rollup }
  | { type: 'error'; id: number; message: string }

export type RollupProgress = (fraction: number, stage: string) => void

export class RollupCancelledError extends Error {
  constructor() {
    super('The roll-up was superseded by a newer request')
    this.name = 'RollupCancelledError'
  }
}

export function isRollupCancelled(error: unknown): boolean {
  return error instanceof RollupCancelledError
}

interface Pending {
  id: number
  resolve: (rollup: Rollup) => void
  reject: (error: Error) => void
  onProgress?: RollupProgress
}

let worker: Worker | null = null
let pending: Pending | null = null
let nextId = 1

function startWorker(): Worker {
  const w = new Worker(new URL('./rollup.worker.ts', import.meta.url), { type: 'module' })
  w.onmessage = (event: MessageEvent<RollupWorkerMessage>) => {
    const message = event.data
    if (!pending || message.id !== pending.id) return
    if (message.type === 'progress') pending.onProgress?.(message.fraction, message.stage)
    else {
      const done = pending
      pending = null
      if (message.type === 'result') done.resolve(message.rollup)
      else done.reject(new Error(message.message))
    }
  }
  w.onerror = (event) => {
    const done = pending
    pending = null
    worker?.terminate()
    worker = null
    done?.reject(new Error(event.message || 'The roll-up worker failed'))
  }
  return w
}

/** Cancels the running request, if any (its promise rejects with RollupCancelledError). */
export function cancelRollup(): void {
  if (!pending) return
  const old = pending
  pending = null
  worker?.terminate()
  worker = null
  old.reject(new RollupCancelledError())
}

/**
 * Computes the roll-up off the main thread. `input` must be plain data (e.g. toRaw() of reactive
 * state); anything structured clone refuses is sent as JSON instead.
 */
export function computeRollup(input: RollupInput, onProgress?: RollupProgress): Promise<Rollup> {
  cancelRollup()
  const id = nextId++
  if (typeof Worker === 'undefined') {
    return import('@/domain/rollup').then(({ rollupFromInput }) => rollupFromInput(input, onProgress))
  }
  return new Promise<Rollup>((resolve, reject) => {
    pending = onProgress ? { id, resolve, reject, onProgress } : { id, resolve, reject }
    worker ??= startWorker()
    try {
      worker.postMessage({ id, input } satisfies RollupWorkerRequest)
    } catch {
      // DataCloneError (a proxy or a function slipped in): plain JSON is always cloneable.
      worker.postMessage({ id, input: JSON.parse(JSON.stringify(input)) as RollupInput } satisfies RollupWorkerRequest)
    }
  })
}

/** Stops the worker (e.g. when the dashboard is left). */
export function disposeRollupWorker(): void {
  cancelRollup()
  worker?.terminate()
  worker = null
}
