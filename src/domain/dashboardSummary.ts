// What the adoption dashboard shows of a roll-up, and nothing more. The full roll-up carries every
// outlet's indicator values, rankings and distributions (for the comparison page and the report);
// crossing from the worker to the page, each byte of it is deserialised on the main thread, so the
// dashboard receives this summary instead.
import type { AdoptionPolicy } from './adoptionPolicy'
import { adoptionSeries, adoptionStatus, inRegister, prepareAdoption, ratesOf, targetProgress } from './adoption'
import type { OrganisationAssessment, Period } from './assessment'
import type { DatedItems } from './contentColumns'
import type { Outlet } from './outlet'
import { trailingWindow } from './period'
import type { Rollup, RollupOutletRow } from './rollup'
import type { Rubric } from './rubric'
import type { ScoringProfile } from './scoringProfile'

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
  /**
   * True while only adoption evidence is in: statuses, rates, series and the behind list are
   * final, the breakdowns (women among sources, mean scores) wait for the content indicators.
   */
  preliminary?: boolean
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

const BY_NAME = new Intl.Collator('vi')

/**
 * The dashboard's adoption parts from adoption evidence alone: the register, the organisation
 * assessments and the dated items (not the 100,000 codings). The same statuses, rates, series and
 * behind list as the full roll-up (computeRollup, same order); the breakdowns come with it.
 */
export function preliminaryDashboardSummary(input: {
  outlets: readonly Outlet[]
  organisationAssessments: readonly OrganisationAssessment[]
  rubrics: readonly Rubric[]
  dated: DatedItems
  policy: AdoptionPolicy
  profile: ScoringProfile
  at: string
  period?: Period
}): DashboardSummary {
  const { policy, profile, at } = input
  const ctx = prepareAdoption({ outlets: input.outlets, organisationAssessments: input.organisationAssessments, rubrics: input.rubrics, columns: input.dated })
  const outlets = [...input.outlets].sort((a, b) => BY_NAME.compare(a.name, b.name) || (a.id < b.id ? -1 : 1))
  const rows = outlets
    .filter((o) => inRegister(o, at))
    .map((o) => ({ outlet: o, status: adoptionStatus(ctx, o, at, policy) }))
  const rates = ratesOf(at, rows.map((r) => r.status.level))
  const series = adoptionSeries(ctx, policy, at)
  return {
    policy: { id: policy.id, version: policy.version, title: policy.title },
    profile: { id: profile.id, version: profile.version, note: profile.note },
    at,
    period: input.period ?? trailingWindow(at, 12),
    registerSize: rates.registerSize,
    adoption: { ...rates, targets: targetProgress(ctx, policy, at, rates, series) },
    series,
    breakdowns: { byKind: [], byChannel: [] },
    behind: rows
      .filter((r) => r.status.level !== 'official')
      .map((r) => ({ outletId: r.outlet.id, name: r.outlet.name, kind: r.outlet.kind, status: r.status.level, missing: r.status.missing })),
    preliminary: true,
  }
}
