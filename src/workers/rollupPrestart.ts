// Imported first by main.ts, so it runs before the rest of the app's code: when the app opens on
// the dashboard, the roll-up worker starts now (it then reads what the first answer needs before
// the page has even asked), not once the route's code has loaded.
import { warmUpRollupWorker } from './departmentRollupClient'

/** True when the app opens on the dashboard: its roll-up worker is starting. */
export const rollupWorkerStarting = typeof location !== 'undefined' && /^#\/dashboard(?:[/?]|$)/.test(location.hash)

if (rollupWorkerStarting) warmUpRollupWorker()

/**
 * Chromium starts a worker only once the page's main thread is free for a few milliseconds; the
 * app's first render is one long task, which would hold the worker back until it ends.
 */
export function letRollupWorkerStart(): Promise<void> {
  return rollupWorkerStarting ? new Promise((resolve) => setTimeout(resolve, 10)) : Promise.resolve()
}
