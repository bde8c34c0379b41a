// The entry is small on purpose: on the dashboard, its roll-up worker starts first (rollupPrestart),
// while the app's own code (Vue, the router, the messages: some 300 KB) is still being fetched and
// the page's thread is free, so the worker's answer is ready about when the page is. The
// dashboard's own code is fetched alongside the app's, not once the app has run.
import { rollupWorkerStarting } from './workers/rollupPrestart'
import './styles/main.css'

performance.mark('gim:main')
if (rollupWorkerStarting) void import('./views/department/DashboardView.vue').catch(() => undefined)
void import('./app')
