// Reveals a page's parts one stage per task once `start()` is called: what matters first paints
// first, and the heavier parts below follow in tasks of their own (after a frame each), so no
// single main-thread task renders the whole page.
import { onBeforeUnmount, ref, type Ref } from 'vue'

export function useStagedReveal(stages: number): { stage: Ref<number>; start: () => void } {
  const stage = ref(0)
  let frame: number | undefined
  let timer: ReturnType<typeof setTimeout> | undefined
  const next = () => {
    frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        stage.value += 1
        if (stage.value < stages) next()
      }, 0)
    })
  }
  function start(): void {
    if (stage.value === 0 && frame === undefined) next()
  }
  onBeforeUnmount(() => {
    if (frame !== undefined) cancelAnimationFrame(frame)
    clearTimeout(timer)
  })
  return { stage, start }
}
