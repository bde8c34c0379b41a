// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import { mount } from '@vue/test-utils'
import { useStagedReveal } from '@/composables/useStagedReveal'

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))

function harness() {
  let api!: ReturnType<typeof useStagedReveal>
  const w = mount(
    defineComponent({
      setup() {
        api = useStagedReveal(3)
        return () => h('p', String(api.stage.value))
      },
    }),
  )
  return { w, api }
}

describe('useStagedReveal', () => {
  it('reveals nothing until started, then one stage per frame and task, up to the last', async () => {
    const { w, api } = harness()
    await frame()
    expect(api.stage.value).toBe(0)
    api.start()
    expect(api.stage.value).toBe(0)
    const seen: number[] = []
    for (let i = 0; i < 4; i++) {
      await frame()
      await frame()
      seen.push(api.stage.value)
    }
    expect(seen.at(-1)).toBe(3)
    expect(seen).toEqual([...seen].sort((a, b) => a - b))
    // Starting again (new data) does not run the stages again.
    api.start()
    await frame()
    expect(api.stage.value).toBe(3)
    w.unmount()
  })

  it('stops when the page goes away before the last stage', async () => {
    const { w, api } = harness()
    api.start()
    w.unmount()
    await frame()
    await frame()
    await frame()
    expect(api.stage.value).toBe(0)
  })
})
