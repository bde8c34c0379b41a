// The outlet this browser works for (the `currentOutletId` setting), followed live: it changes
// when the editor picks another outlet, loads the demo, or restores a backup, in any tab.
// A page may ask for another outlet (the department's click-through to a scorecard) with `requestedId`.
import { computed, type Ref } from 'vue'
import type { Outlet } from '@/domain/outlet'
import { getOutlet } from '@/db/outlets'
import { getStringSetting, SETTING_KEYS } from '@/db/settings'
import { useLiveQuery } from './useLiveQuery'

export function useCurrentOutlet(requestedId?: Ref<string | undefined>) {
  const { data, loading, error } = useLiveQuery<Outlet | null>(
    async () => {
      const id = requestedId?.value ?? (await getStringSetting(SETTING_KEYS.currentOutletId))
      return (id ? await getOutlet(id) : undefined) ?? null
    },
    requestedId ? [requestedId] : [],
  )
  const outlet = computed(() => data.value ?? undefined)
  return { outlet, loading, error }
}
