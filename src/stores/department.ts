// The department's workspace state: the register actions and the dashboard's question (policy,
// date, period) with the roll-up it produced. Orchestration only: rules live in src/domain, the
// computation in the roll-up worker.
import { defineStore } from 'pinia'
import { ref, shallowRef, watch } from 'vue'
import type { Outlet } from '@/domain/outlet'
import type { Rollup } from '@/domain/rollup'
import type { DashboardSummary } from '@/domain/dashboardSummary'
import { parsePeriod } from '@/domain/period'
import { adoptionPolicies } from '@/rubrics'
import { runDepartmentRollup, SupersededError } from '@/workers/departmentRollupClient'
import { defaultPolicyId, type RollupViewName } from '@/workers/departmentRollupProtocol'
import { todayIso } from '@/platform/today'

// The worker prepares the answer to the default question before the page asks: both take it from there.

/** Typing a date or flicking through policies should not start a roll-up per keystroke. */
const DEBOUNCE_MS = 200

export const useDepartmentStore = defineStore('department', () => {
  const policies = adoptionPolicies()
  const policyId = ref(defaultPolicyId(policies))
  const at = ref(todayIso())
  /** '' = trailing 12 months ending at `at`; otherwise a period label ("2025", "2025-Q3"). */
  const period = ref('')

  /** The full roll-up (comparison page); the dashboard gets only its summary. */
  const rollup = shallowRef<Rollup | null>(null)
  const dashboard = shallowRef<DashboardSummary | null>(null)
  /** The view the page on screen asked for; a change of the question recomputes that one. */
  let view: RollupViewName = 'full'
  const busy = ref(false)
  const progress = ref<number | null>(null)
  const error = ref<string | null>(null)
  /** Milliseconds per stage of the last run (worker stages, then 'total' as the page saw it). */
  const timings = shallowRef<Record<string, number>>({})

  let timer: ReturnType<typeof setTimeout> | undefined

  function question() {
    return { policyId: policyId.value, at: at.value, period: period.value ? (parsePeriod(period.value) ?? undefined) : undefined }
  }

  /** Screen runs started; a run the PDF export superseded is started again once the export has its figures. */
  let screenRuns = 0
  let screenInterrupted = false

  async function compute(): Promise<void> {
    const run = ++screenRuns
    busy.value = true
    progress.value = 0
    error.value = null
    try {
      const started = performance.now()
      const onProgress = (fraction: number) => (progress.value = fraction)
      let ran: Record<string, number>
      if (view === 'dashboard') {
        // Shown at once while the worker checks the workspace; `busy` stays on until confirmed.
        const result = await runDepartmentRollup({ ...question(), view: 'dashboard' }, { onProgress, onCached: (cached) => (dashboard.value = cached) })
        dashboard.value = result.rollup
        ran = result.timings
      } else {
        const result = await runDepartmentRollup(question(), { onProgress, onCached: (cached) => (rollup.value = cached) })
        rollup.value = result.rollup
        ran = result.timings
      }
      timings.value = { ...ran, total: Math.round(performance.now() - started) }
      busy.value = false
      progress.value = null
    } catch (e) {
      // A superseded run leaves the state to the run that replaced it (or, if the PDF export
      // replaced it, to the run started again after the export).
      if (e instanceof SupersededError) {
        if (run === screenRuns) screenInterrupted = true
        return
      }
      error.value = e instanceof Error ? e.message : String(e)
      busy.value = false
      progress.value = null
    }
  }

  /**
   * Recomputes soon, in the view the calling page shows (default: the full roll-up); calls in
   * quick succession make one run, and a newer run supersedes an older.
   */
  function refresh(delay = DEBOUNCE_MS, forView: RollupViewName = 'full'): void {
    view = forView
    clearTimeout(timer)
    busy.value = true
    timer = setTimeout(() => void compute(), delay)
  }

  /** Computes now, in the view the calling page shows: a page opening asks at once, not a task later. */
  function refreshNow(forView: RollupViewName = 'full'): void {
    view = forView
    clearTimeout(timer)
    void compute()
  }

  /**
   * The full roll-up for the question asked now (the dashboard's PDF report needs every figure).
   * The worker runs one request at a time: when the page recomputes meanwhile (the analyst changed
   * the policy), the export waits for the page's figures and asks again for its own question.
   */
  async function fullRollup(): Promise<Rollup> {
    const asked = question()
    try {
      for (;;) {
        try {
          return (await runDepartmentRollup(asked)).rollup
        } catch (e) {
          if (!(e instanceof SupersededError)) throw e
          await untilIdle()
        }
      }
    } finally {
      if (screenInterrupted) {
        screenInterrupted = false
        refresh(0, view)
      }
    }
  }

  function untilIdle(): Promise<void> {
    if (!busy.value) return Promise.resolve()
    return new Promise((resolve) => {
      const stop = watch(busy, (now) => {
        if (now) return
        stop()
        resolve()
      })
    })
  }

  watch([policyId, at, period], () => refresh(DEBOUNCE_MS, view))

  // The register's writes load their storage code when used: the dashboard, which shares this
  // store, never writes and should not evaluate that code on its way to the first figures.
  async function saveOutlet(outlet: Outlet): Promise<Outlet> {
    const { saveOutlet: writeOutlet } = await import('@/db/outlets')
    return writeOutlet({ ...outlet, updatedAt: new Date().toISOString() })
  }

  async function saveOutlets(outlets: readonly Outlet[]): Promise<number> {
    const now = new Date().toISOString()
    const { saveOutletsTogether } = await import('@/db/outletsBulk')
    return saveOutletsTogether(outlets.map((o) => ({ ...o, updatedAt: now })))
  }

  async function archiveOutlet(outlet: Outlet, date: string): Promise<Outlet> {
    return saveOutlet({ ...outlet, archivedAt: date })
  }

  async function unarchiveOutlet(outlet: Outlet): Promise<Outlet> {
    const copy: Outlet = { ...outlet }
    delete copy.archivedAt
    return saveOutlet(copy)
  }

  return {
    policies,
    policyId,
    at,
    period,
    rollup,
    dashboard,
    busy,
    progress,
    error,
    timings,
    refresh,
    refreshNow,
    fullRollup,
    saveOutlet,
    saveOutlets,
    archiveOutlet,
    unarchiveOutlet,
  }
})
