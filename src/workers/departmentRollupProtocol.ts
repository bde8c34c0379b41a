// Messages between the page and the department roll-up worker, and the question both sides expect first.
import type { Period } from '@/domain/assessment'
import type { DashboardSummary } from '@/domain/dashboardSummary'
import type { Rollup } from '@/domain/rollup'

/**
 * What a page receives: the full roll-up (comparison page, PDF report) or only what the dashboard
 * shows (a small fraction of the bytes the main thread must deserialise).
 */
export interface RollupViews {
  full: Rollup
  dashboard: DashboardSummary
}
export type RollupViewName = keyof RollupViews

export interface RollupRequest {
  /** Increasing; a request with a higher id supersedes every earlier one. */
  id: number
  policyId: string
  at: string
  /** Default: the 12 months ending at `at`. */
  period?: Period
  /** Default: 'full'. */
  view?: RollupViewName
}

/**
 * Sent when the dashboard is about to ask (its worker starts with the app): the worker reads what
 * the first answer needs and works out the answer to the dashboard's default question meanwhile.
 */
export interface RollupPrefetch {
  prefetch: 'dashboard'
}

/** The dashboard's first question: the Hanoi 331 policy (or the first one), as of today. */
export function defaultPolicyId(policies: readonly { id: string }[]): string {
  return policies.find((p) => p.id === 'hanoi-331-2021')?.id ?? policies[0]?.id ?? ''
}

export type RollupWorkerMessage =
  | { type: 'progress'; id: number; fraction: number; stage: string }
  /**
   * The last roll-up computed for the same question, sent before the workspace is checked:
   * shown at once, flagged as being checked, then 'confirmed' or replaced by a fresh 'result'.
   * For the dashboard it may instead be a preliminary summary of the current workspace, from the
   * item facts alone (`preliminary: true`: adoption final, breakdowns still to come).
   */
  | { type: 'cached'; id: number; rollup: RollupViews[RollupViewName] }
  | { type: 'confirmed'; id: number; timings: Record<string, number> }
  /**
   * In the requested view; a full `rollup.matrix` comes empty (it repeats byOutlet[].values);
   * `timings`: milliseconds per stage in the worker (reported by the dashboard benchmark).
   */
  | { type: 'result'; id: number; rollup: RollupViews[RollupViewName]; timings: Record<string, number> }
  | { type: 'error'; id: number; message: string }
