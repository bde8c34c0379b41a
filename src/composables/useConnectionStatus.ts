// The database connection as the UI sees it: fine, closed because another tab upgraded the
// database (reload needed), or our upgrade waiting for an old tab to let go.
// The database module (and Dexie) is imported, not bundled with the app shell: the first route's
// own chunk loads it in a task of its own, so the boot task stays short.
import { onScopeDispose, shallowRef, type ShallowRef } from 'vue'

export type ConnectionStatus = 'ok' | 'versionChange' | 'blocked'

export function useConnectionStatus(): ShallowRef<ConnectionStatus> {
  const status = shallowRef<ConnectionStatus>('ok')
  let stop: (() => unknown) | undefined
  let disposed = false
  onScopeDispose(() => {
    disposed = true
    stop?.()
  })
  void import('@/db/db').then(({ onConnectionEvent }) => {
    if (disposed) return
    stop = onConnectionEvent((event) => {
      // A reload is the only way out of versionChange; blocked clears itself once the upgrade runs.
      if (status.value !== 'versionChange') status.value = event.type === 'ready' ? 'ok' : event.type
    })
  })
  return status
}
