// Imported first by the small entry (main.ts), so it runs before the app's code is even fetched:
// when the app opens on the dashboard, the roll-up worker starts now, while the page's thread is
// still free (Chromium starts a worker only once that thread is free for a moment), and reads what
// the first answer needs before the page has even asked.
import { warmUpRollupWorker } from './departmentRollupClient'

/** True when the app opens on the dashboard: its roll-up worker is starting. */
export const rollupWorkerStarting = typeof location !== 'undefined' && /^#\/dashboard(?:[/?]|$)/.test(location.hash)

if (rollupWorkerStarting) warmUpRollupWorker()
