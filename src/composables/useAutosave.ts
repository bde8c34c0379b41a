// Autosave for a draft: every change is written through after a short debounce, and at once when
// the page is hidden or closed. An IndexedDB write started while the page unloads is not sure to
// commit (Chromium drops most of them), so with a `rescueKey` the unsaved draft is also copied
// synchronously to localStorage on pagehide and put back (and saved) when the record next loads.
// "saved" means the database committed; a failed write keeps the draft on screen and says why.
import { onScopeDispose, shallowRef, toRaw, watch, type Ref, type ShallowRef } from 'vue'
import { registerFlusher } from '@/db/db'
import { toStorageFailure, type StorageFailure } from '@/db/storage'

export type SaveState = 'idle' | 'saving' | 'saved' | 'error'

export interface Autosave {
  status: ShallowRef<SaveState>
  /** The last failure, classified (its `kind` picks the message); cleared by the next good save. */
  error: ShallowRef<StorageFailure | undefined>
  lastSavedAt: ShallowRef<Date | undefined>
  /** True when the loaded record was replaced by a draft rescued from an interrupted page. */
  recovered: ShallowRef<boolean>
  /** Writes pending changes now; resolves once they committed (or failed). */
  flush: () => Promise<void>
}

export interface AutosaveOptions<T> {
  /** Debounce in ms (default 250; keep it ≤ 300 so little is ever pending). */
  delay?: number
  /** Names the draft for the unload rescue, e.g. (item) => `item:${item.id}`. */
  rescueKey?: (value: T) => string
}

const RESCUE_PREFIX = 'gim.draft.'
/** A rescued draft older than this is dropped rather than put back over newer work. */
const RESCUE_MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined
  } catch {
    return undefined // storage disabled
  }
}

function writeRescue(key: string, value: unknown): void {
  try {
    storage()?.setItem(RESCUE_PREFIX + key, JSON.stringify({ at: Date.now(), value }))
  } catch {
    // Full or disabled: the IndexedDB flush is still attempted.
  }
}

function dropRescue(key: string): void {
  try {
    storage()?.removeItem(RESCUE_PREFIX + key)
  } catch {
    // nothing to drop
  }
}

/** Takes (and removes) a rescued draft for this key, if a recent one exists. */
export function takeRescuedDraft<T>(key: string): T | undefined {
  const store = storage()
  const text = store?.getItem(RESCUE_PREFIX + key)
  if (!text) return undefined
  store?.removeItem(RESCUE_PREFIX + key)
  try {
    const parsed = JSON.parse(text) as { at?: unknown; value?: unknown }
    if (typeof parsed.at !== 'number' || Date.now() - parsed.at > RESCUE_MAX_AGE_MS) return undefined
    return parsed.value as T
  } catch {
    return undefined
  }
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
  { delay = AUTOSAVE_DELAY_MS, rescueKey }: AutosaveOptions<T> = {},
): Autosave {
  const status = shallowRef<SaveState>('idle')
  const error = shallowRef<StorageFailure | undefined>(undefined)
  const lastSavedAt = shallowRef<Date | undefined>(undefined)
  const recovered = shallowRef(false)
  let dirty = false
  let timer: ReturnType<typeof setTimeout> | undefined
  let queue: Promise<void> = Promise.resolve()

  async function drain(): Promise<void> {
    while (dirty) {
      const value = source.value
      dirty = false
      if (value === undefined) return
      status.value = 'saving'
      const key = rescueKey?.(value)
      try {
        await save(toPlain(value))
        if (key !== undefined && !dirty) dropRescue(key)
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

  function schedule(): void {
    dirty = true
    if (status.value !== 'error') status.value = 'saving'
    if (timer !== undefined) clearTimeout(timer)
    timer = setTimeout(() => void flush(), delay)
  }

  watch(
    source,
    (value, old) => {
      if (value === undefined) return
      if (old === undefined) {
        // A record just loaded: put back a draft an interrupted page left, else leave it be.
        const rescued = rescueKey ? takeRescuedDraft<T>(rescueKey(value)) : undefined
        if (rescued !== undefined) {
          source.value = rescued
          recovered.value = true
          schedule()
        }
        return
      }
      schedule()
    },
    { deep: true, flush: 'sync' },
  )

  function rescueAndFlush(): void {
    const value = source.value
    if (dirty && value !== undefined && rescueKey) writeRescue(rescueKey(value), toPlain(value))
    void flush()
  }

  const onHide = () => {
    if (document.visibilityState === 'hidden') rescueAndFlush()
  }
  const onPageHide = () => rescueAndFlush()
  if (typeof document !== 'undefined') document.addEventListener('visibilitychange', onHide)
  if (typeof window !== 'undefined') window.addEventListener('pagehide', onPageHide)
  const unregister = registerFlusher(() => (dirty ? flush() : queue))

  onScopeDispose(() => {
    if (typeof document !== 'undefined') document.removeEventListener('visibilitychange', onHide)
    if (typeof window !== 'undefined') window.removeEventListener('pagehide', onPageHide)
    unregister()
    if (dirty) void flush()
  })

  return { status, error, lastSavedAt, recovered, flush }
}
