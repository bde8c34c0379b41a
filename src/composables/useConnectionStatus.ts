// The database connection as the UI sees it: fine, closed because another tab upgraded the
// database (reload needed), or our upgrade waiting for an old tab to let go.
// The database module (and Dexie) is imported, not bundled with the app shell, and only once the
// first screen is up and the page is idle: evaluating Dexie and preloading its chunks was some 60 ms of the first screen's
// main thread, and a page that reads in a worker (the dashboard) does not need it. Events that
// came before are replayed on subscribing (db.ts); a route that uses the database loads it itself.
import { onScopeDispose, shallowRef, type ShallowRef } from 'vue'

export type ConnectionStatus = 'ok' | 'versionChange' | 'blocked'

/** After the first screen (the dashboard is interactive within a second of opening). */
const SUBSCRIBE_AFTER_MS = 1500

export function useConnectionStatus(): ShallowRef<ConnectionStatus> {
  const status = shallowRef<ConnectionStatus>('ok')
  let stop: (() => unknown) | undefined
  let disposed = false
  onScopeDispose(() => {
    disposed = true
    stop?.()
  })
  const subscribe = () =>
    void import('@/db/db').then(({ onConnectionEvent }) => {
      if (disposed) return
      stop = onConnectionEvent((event) => {
        // A reload is the only way out of versionChange; blocked clears itself once the upgrade runs.
        if (status.value !== 'versionChange') status.value = event.type === 'ready' ? 'ok' : event.type
      })
    })
  // Not in the first idle moments either: the app's start has many (waiting for its chunks), and
  // the dashboard's figures should not wait for Dexie. Nothing is missed meanwhile (replayed).
  const whenIdle = () => (typeof requestIdleCallback === 'function' ? requestIdleCallback(subscribe, { timeout: 2000 }) : subscribe())
  setTimeout(whenIdle, SUBSCRIBE_AFTER_MS)
  return status
}
