// The department roll-up off the main thread: plain records in, the Rollup view-model out, with
// progress messages. One request at a time; the client terminates this worker to cancel.
import { rollupFromInput } from '@/domain/rollup'
import type { RollupWorkerMessage, RollupWorkerRequest } from './rollupClient'

const scope = self as unknown as {
  postMessage: (message: RollupWorkerMessage) => void
  onmessage: ((event: MessageEvent<RollupWorkerRequest>) => void) | null
}

scope.onmessage = (event) => {
  const { id, input } = event.data
  try {
    let last = -1
    const rollup = rollupFromInput(input, (fraction, stage) => {
      // at most one message per percent: the main thread only draws a bar
      const pct = Math.floor(fraction * 100)
      if (pct === last) return
      last = pct
      scope.postMessage({ type: 'progress', id, fraction, stage })
    })
    scope.postMessage({ type: 'result', id, rollup })
  } catch (error) {
    scope.postMessage({ type: 'error', id, message: error instanceof Error ? error.message : String(error) })
  }
}
