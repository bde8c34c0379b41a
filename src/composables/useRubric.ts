// The rubric an editor's screen needs, loaded lazily: the version an assessment was made with, or
// the latest published version for new work.
import { shallowRef, watch, type ShallowRef } from 'vue'
import type { RubricRef } from '@/domain/assessment'
import type { Rubric } from '@/domain/rubric'
import { loadLatestRubric, loadRubric } from '@/rubrics'

export interface RubricState {
  rubric: ShallowRef<Rubric | undefined>
  error: ShallowRef<string | undefined>
}

/** Follows `ref()`: the rubric version it names, or an error that names it. */
export function useRubric(ref: () => RubricRef | undefined): RubricState {
  const rubric = shallowRef<Rubric | undefined>(undefined)
  const error = shallowRef<string | undefined>(undefined)
  watch(
    () => (ref() ? `${ref()!.rubricId}@${ref()!.rubricVersion}` : ''),
    async (key) => {
      const wanted = ref()
      if (!wanted) return
      try {
        const loaded = await loadRubric(wanted.rubricId, wanted.rubricVersion)
        if (key === (ref() ? `${ref()!.rubricId}@${ref()!.rubricVersion}` : '')) {
          rubric.value = loaded
          error.value = loaded ? undefined : key
        }
      } catch (e) {
        error.value = `${key}: ${e instanceof Error ? e.message : String(e)}`
      }
    },
    { immediate: true },
  )
  return { rubric, error }
}

/** The latest published version of the indicator set, for new assessments and the outlet page. */
export function useLatestRubric(): RubricState {
  const rubric = shallowRef<Rubric | undefined>(undefined)
  const error = shallowRef<string | undefined>(undefined)
  loadLatestRubric().then(
    (r) => (rubric.value = r),
    (e: unknown) => (error.value = e instanceof Error ? e.message : String(e)),
  )
  return { rubric, error }
}
