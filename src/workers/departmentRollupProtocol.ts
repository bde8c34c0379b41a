// Messages between the page and the department roll-up worker.
import type { Period } from '@/domain/assessment'
import type { Rollup } from '@/domain/rollup'

export interface RollupRequest {
  /** Increasing; a request with a higher id supersedes every earlier one. */
  id: number
  policyId: string
  at: string
  /** Default: the 12 months ending at `at`. */
  period?: Period
}

export type RollupWorkerMessage =
  | { type: 'progress'; id: number; fraction: number; stage: string }
  /**
   * The last roll-up computed for the same question, sent before the workspace is checked:
   * shown at once, flagged as being checked, then 'confirmed' or replaced by a fresh 'result'.
   */
  | { type: 'cached'; id: number; rollup: Rollup }
  | { type: 'confirmed'; id: number; timings: Record<string, number> }
  /**
   * `rollup.matrix` comes empty (it repeats byOutlet[].values); `timings`: milliseconds per stage
   * in the worker (reported by the dashboard benchmark).
   */
  | { type: 'result'; id: number; rollup: Rollup; timings: Record<string, number> }
  | { type: 'error'; id: number; message: string }
