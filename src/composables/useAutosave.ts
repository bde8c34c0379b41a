// Autosave for a draft: every change is written through after a short debounce, and at once when
// the page is hidden or closed, so a reload or a closed tab loses nothing. "saved" means the
// database committed; a failed write keeps the draft on screen and says why.
import { onScopeDispose, shallowRef, toRaw, watch, type Ref, type ShallowRef } from 'vue'
import { registerFlusher } from '@/db/db'
import { toStorageFailure, type StorageFailure } from '@/db/storage'

export type SaveState = 'idle' | 'saving' | 'saved' | 'error'

export interface Autosave {
  status: ShallowRef<SaveState>
  /** The last failure, classified (its `kind` picks the message); cleared by the next good save. */
  error: ShallowRef<StorageFailure | undefined>
  lastSavedAt: ShallowRef<Date | undefined>
  /** Writes pending changes now; resolves once they committed (or failed). */
  flush: () => Promise<void>
}

/** A structured-clone-safe copy: reactive proxies are unwrapped and `undefined` fields dropped. */
export function toPlain<T>(value: T): T {
  return JSON.parse(JSON.stringify(toRaw(value))) as T
}

export const AUTOSAVE_DELAY_MS = 250

/**
 * `useAutosave(draft, (value) => saveContentAssessment({ ...value, updatedAt: now() }))`.
 * The first value the source gets (undefined → loaded record) is not saved back; every change
 * after that is, deep changes included. `save` receives a plain copy, never the reactive draft.
 */
export function useAutosave<T>(
  source: Ref<T | undefined>,
  save: (value: T) => Promise<void>,
  { delay = AUTOSAVE_DELAY_MS }: { delay?: number } = {},
): Autosave {
  const status = shallowRef<SaveState>('idle')
  const error = shallowRef<StorageFailure | undefined>(undefined)
  const lastSavedAt = shallowRef<Date | undefined>(undefined)
  let dirty = false
  let timer: ReturnType<typeof setTimeout> | undefined
  let queue: Promise<void> = Promise.resolve()

  async function drain(): Promise<void> {
    while (dirty) {
      const value = source.value
      dirty = false
      if (value === undefined) return
      status.value = 'saving'
      try {
        await save(toPlain(value))
      } catch (e) {
        dirty = true // kept, so the next change or flush tries again
        error.value = toStorageFailure(e)
        status.value = 'error'
        return
      }
      if (!dirty) {
        error.value = undefined
        lastSavedAt.value = new Date()
        status.value = 'saved'
      }
    }
  }

  function flush(): Promise<void> {
    if (timer !== undefined) clearTimeout(timer)
    timer = undefined
    // Serialised: a write never overtakes an earlier one of the same draft.
    queue = queue.then(drain)
    return queue
  }

  watch(
    source,
    (value, old) => {
      if (value === undefined || old === undefined) return
      dirty = true
      if (status.value !== 'error') status.value = 'saving'
      if (timer !== undefined) clearTimeout(timer)
      timer = setTimeout(() => void flush(), delay)
    },
    { deep: true, flush: 'sync' },
  )

  const onHide = () => {
    if (document.visibilityState === 'hidden') void flush()
  }
  const onPageHide = () => void flush()
  if (typeof document !== 'undefined') document.addEventListener('visibilitychange', onHide)
  if (typeof window !== 'undefined') window.addEventListener('pagehide', onPageHide)
  const unregister = registerFlusher(() => (dirty ? flush() : queue))

  onScopeDispose(() => {
    if (typeof document !== 'undefined') document.removeEventListener('visibilitychange', onHide)
    if (typeof window !== 'undefined') window.removeEventListener('pagehide', onPageHide)
    unregister()
    if (dirty) void flush()
  })

  return { status, error, lastSavedAt, flush }
}
