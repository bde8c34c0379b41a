// Dexie's liveQuery behind a tiny interface, so only src/db imports dexie: the querier re-runs
// whenever a table it read from changes, in this tab or another.
import { liveQuery } from 'dexie'

export interface LiveSubscription {
  unsubscribe(): void
}

export interface Observable<T> {
  subscribe(next: (value: T) => void, error?: (error: unknown) => void): LiveSubscription
}

export function observe<T>(querier: () => T | Promise<T>): Observable<T> {
  const observable = liveQuery(querier)
  return {
    subscribe(next, error) {
      const subscription = observable.subscribe({ next, error: error ?? (() => undefined) })
      return { unsubscribe: () => subscription.unsubscribe() }
    },
  }
}
