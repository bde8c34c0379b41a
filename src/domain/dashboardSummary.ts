// What the adoption dashboard shows of a roll-up, and nothing more. The full roll-up carries every
// outlet's indicator values, rankings and distributions (for the comparison page and the report);
// crossing from the worker to the page, each byte of it is deserialised on the main thread, so the
// dashboard receives this summary instead.
import type { Rollup, RollupOutletRow } from './rollup'

/** An outlet still at "none" or "pilot", with what it lacks for the next level. */
export type BehindRow = Pick<RollupOutletRow, 'outletId' | 'name' | 'kind' | 'status' | 'missing'>

export interface DashboardSummary {
  policy: Rollup['policy']
  profile: Rollup['profile']
  at: string
  period: Rollup['period']
  registerSize: number
  adoption: Rollup['adoption']
  series: Rollup['series']
  breakdowns: Rollup['breakdowns']
  /** Register outlets not archived and not applying officially, in the roll-up's order (by name). */
  behind: BehindRow[]
}

export function toDashboardSummary(rollup: Rollup): DashboardSummary {
  return {
    policy: rollup.policy,
    profile: rollup.profile,
    at: rollup.at,
    period: rollup.period,
    registerSize: rollup.registerSize,
    adoption: rollup.adoption,
    series: rollup.series,
    breakdowns: rollup.breakdowns,
    behind: rollup.byOutlet
      .filter((r) => !r.archived && r.status !== 'official')
      .map((r) => ({ outletId: r.outletId, name: r.name, kind: r.kind, status: r.status, missing: r.missing })),
  }
}
