// The outlet this browser works for (the `currentOutletId` setting), followed live: it changes
// when the editor picks another outlet, loads the demo, or restores a backup, in any tab.
import { computed } from 'vue'
import type { Outlet } from '@/domain/outlet'
import { getOutlet } from '@/db/outlets'
import { getStringSetting, SETTING_KEYS } from '@/db/settings'
import { useLiveQuery } from './useLiveQuery'

export function useCurrentOutlet() {
  const { data, loading, error } = useLiveQuery<Outlet | null>(async () => {
    const id = await getStringSetting(SETTING_KEYS.currentOutletId)
    return (id ? await getOutlet(id) : undefined) ?? null
  })
  const outlet = computed(() => data.value ?? undefined)
  return { outlet, loading, error }
}
