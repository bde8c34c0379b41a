// The database connection as the UI sees it: fine, closed because another tab upgraded the
// database (reload needed), or our upgrade waiting for an old tab to let go.
import { onScopeDispose, shallowRef, type ShallowRef } from 'vue'
import { onConnectionEvent } from '@/db/db'

export type ConnectionStatus = 'ok' | 'versionChange' | 'blocked'

export function useConnectionStatus(): ShallowRef<ConnectionStatus> {
  const status = shallowRef<ConnectionStatus>('ok')
  const stop = onConnectionEvent((event) => {
    // A reload is the only way out of versionChange; blocked clears itself once the upgrade runs.
    if (status.value !== 'versionChange') status.value = event.type === 'ready' ? 'ok' : event.type
  })
  onScopeDispose(stop)
  return status
}
