// The one composable over live database reads: a shallowRef that follows the query's result,
// re-subscribed when a watched dependency changes and disposed with the component's scope.
import { onScopeDispose, shallowRef, watch, type ShallowRef, type WatchSource } from 'vue'
import { observe, type LiveSubscription } from '@/db/live'

export interface LiveQuery<T> {
  data: ShallowRef<T | undefined>
  error: ShallowRef<unknown>
  /** True until the first result (or error) of the current subscription arrived. */
  loading: ShallowRef<boolean>
}

/**
 * `const { data } = useLiveQuery(() => listOutlets())`. Vue refs read inside the querier are not
 * tracked by the database: pass them as `deps` to re-run the query when they change.
 */
export function useLiveQuery<T>(querier: () => T | Promise<T>, deps: WatchSource[] = [], initial?: T): LiveQuery<T> {
  const data = shallowRef<T | undefined>(initial)
  const error = shallowRef<unknown>(undefined)
  const loading = shallowRef(true)
  let subscription: LiveSubscription | undefined

  function start(): void {
    subscription?.unsubscribe()
    loading.value = true
    subscription = observe(querier).subscribe(
      (value) => {
        data.value = value
        error.value = undefined
        loading.value = false
      },
      (err) => {
        error.value = err
        loading.value = false
      },
    )
  }

  if (deps.length > 0) watch(deps, start, { immediate: true })
  else start()
  onScopeDispose(() => subscription?.unsubscribe())
  return { data, error, loading }
}
