// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import { effectScope, isProxy, nextTick, ref, type Ref } from 'vue'
import { useAutosave, type Autosave } from '@/composables/useAutosave'
import { StorageFailure } from '@/db/storage'

interface Draft {
  title: string
  people: { name: string }[]
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
const scopes: ReturnType<typeof effectScope>[] = []

function setup(
  save: (value: Draft) => Promise<void>,
  initial?: Draft,
  delay = 20,
  rescueKey?: (value: Draft) => string,
): { draft: Ref<Draft | undefined>; autosave: Autosave } {
  const scope = effectScope()
  scopes.push(scope)
  const draft = ref<Draft | undefined>(initial)
  const autosave = scope.run(() => useAutosave(draft, save, { delay, rescueKey }))!
  return { draft, autosave }
}

afterEach(() => scopes.splice(0).forEach((s) => s.stop()))

describe('useAutosave', () => {
  it('debounces changes into one write of a plain copy, and says "saved" only after it committed', async () => {
    const writes: Draft[] = []
    let commit!: () => void
    const { draft, autosave } = setup((value) => {
      writes.push(value)
      return new Promise<void>((resolve) => (commit = resolve))
    }, { title: '', people: [] })
    draft.value!.title = 'B'
    draft.value!.title = 'Bà'
    draft.value!.people.push({ name: 'Lan' })
    expect(autosave.status.value).toBe('saving')
    await sleep(40)
    expect(writes).toHaveLength(1)
    expect(isProxy(writes[0])).toBe(false)
    expect(writes[0]).toEqual({ title: 'Bà', people: [{ name: 'Lan' }] })
    expect(autosave.status.value).toBe('saving')
    commit()
    await sleep(0)
    expect(autosave.status.value).toBe('saved')
    expect(autosave.lastSavedAt.value).toBeInstanceOf(Date)
  })

  it('does not save the loaded record back', async () => {
    const writes: Draft[] = []
    const { draft, autosave } = setup(async (v) => void writes.push(v))
    draft.value = { title: 'Loaded', people: [] }
    await sleep(40)
    expect(writes).toEqual([])
    expect(autosave.status.value).toBe('idle')
  })

  it('a failed write shows the error, keeps the typed data, and the next change retries', async () => {
    let fail = true
    const writes: Draft[] = []
    const { draft, autosave } = setup(async (v) => {
      if (fail) throw new DOMException('full', 'QuotaExceededError')
      writes.push(v)
    }, { title: '', people: [] })
    draft.value!.title = 'Chị Hằng'
    await autosave.flush()
    expect(autosave.status.value).toBe('error')
    expect(autosave.error.value).toBeInstanceOf(StorageFailure)
    expect(autosave.error.value?.kind).toBe('quota')
    expect(draft.value!.title).toBe('Chị Hằng')
    fail = false
    draft.value!.title = 'Chị Hằng Nga'
    await autosave.flush()
    expect(autosave.status.value).toBe('saved')
    expect(autosave.error.value).toBeUndefined()
    expect(writes.at(-1)!.title).toBe('Chị Hằng Nga')
  })

  it('writes at once when the page is hidden or closed', async () => {
    const writes: Draft[] = []
    const { draft } = setup(async (v) => void writes.push(v), { title: '', people: [] }, 10_000)
    draft.value!.title = 'Gõ rồi đóng thẻ'
    window.dispatchEvent(new Event('pagehide'))
    await sleep(0)
    expect(writes.map((w) => w.title)).toEqual(['Gõ rồi đóng thẻ'])
  })

  it('an unload that kills the write still loses nothing: the draft is rescued and saved on the next load', async () => {
    localStorage.clear()
    const key = () => 'draft:item-1'
    // The page unloads before the database write commits: it never resolves.
    const first = setup(() => new Promise<void>(() => undefined), { title: '', people: [] }, 10_000, key)
    first.draft.value!.title = 'Gõ xong thì tải lại'
    window.dispatchEvent(new Event('pagehide'))
    scopes.splice(0).forEach((s) => s.stop())

    const writes: Draft[] = []
    const second = setup(async (v) => void writes.push(v), undefined, 1, key)
    second.draft.value = { title: 'bản cũ trong cơ sở dữ liệu', people: [] }
    expect(second.draft.value.title).toBe('Gõ xong thì tải lại')
    expect(second.autosave.recovered.value).toBe(true)
    await sleep(20)
    expect(writes.map((w) => w.title)).toEqual(['Gõ xong thì tải lại'])
    expect(localStorage.length).toBe(0)
  })

  it('never lets an older write overtake a newer one; the last value wins', async () => {
    const writes: string[] = []
    const { draft, autosave } = setup(async (v) => {
      await sleep(15)
      writes.push(v.title)
    }, { title: '', people: [] }, 1)
    draft.value!.title = 'một'
    await sleep(5) // the first write is in flight
    draft.value!.title = 'hai'
    await nextTick()
    await sleep(60)
    expect(writes).toEqual(['một', 'hai'])
    expect(autosave.status.value).toBe('saved')
  })
})
