// The roll-up worker's heavy part, loaded (with Dexie) only once the first answer is on its way:
// the whole roll-up from every coding, the prepared engine kept while the workspace is unchanged,
// the roll-up cache's writes, and the Dexie reads the first answer falls back to when the plain
// IndexedDB reader cannot read the database (one this build must first create or upgrade).
import { computeRollup, type Rollup } from '@/domain/rollup'
import { prepareEngine, type PreparedEngine } from '@/domain/engine'
import { findPolicy, findProfile, type Catalogue } from '@/domain/catalogue'
import { toDashboardSummary, type DashboardSummary } from '@/domain/dashboardSummary'
import type { Outlet } from '@/domain/outlet'
import type { OrganisationAssessment } from '@/domain/assessment'
import type { ContentFacts } from '@/db/contentPageLayout'
import { listOutlets } from '@/db/outlets'
import { readAllContentAssessments, readAllOrganisationAssessments, readContentFacts } from '@/db/assessments'
import { workspaceFingerprint } from '@/db/rollupSource'
import { getCachedRollup, putCachedRollup } from '@/db/rollupCache'
import { loadCatalogue } from '@/rubrics'
import type { RollupRequest, RollupWorkerMessage } from './departmentRollupProtocol'

export { getCachedRollup, workspaceFingerprint }

let catalogue: Promise<Catalogue> | undefined
let cached: { fingerprint: string; prepared: PreparedEngine } | undefined

/** The catalogue, loaded once (a failed load, e.g. offline before its chunks were cached, is retried). */
function loadCatalogueOnce(): Promise<Catalogue> {
  catalogue ??= loadCatalogue().catch((error: unknown) => {
    catalogue = undefined
    throw error
  })
  return catalogue
}

/** The fingerprint of the workspace the prepared engine was made from, if any. */
export function preparedFingerprint(): string | undefined {
  return cached?.fingerprint
}

/** The first answer's input read with Dexie (the fallback of rollupReader.ts's readWorkspace). */
export async function readInputWithDexie(): Promise<{ outlets: Outlet[]; organisationAssessments: OrganisationAssessment[]; facts: ContentFacts[] | undefined; fingerprint: string }> {
  // The fingerprint first: a write between the two reads then only makes the input newer than it.
  const fingerprint = await workspaceFingerprint()
  const [outlets, organisationAssessments, facts] = await Promise.all([listOutlets(), readAllOrganisationAssessments(), readContentFacts()])
  return { outlets: outlets.records, organisationAssessments, facts, fingerprint }
}

type Post = (message: RollupWorkerMessage) => void

async function prepared(request: RollupRequest, fingerprint: string, check: () => void, lap: (stage: string) => void, post: Post, yieldToQueue: () => Promise<unknown>): Promise<PreparedEngine> {
  const cat = await loadCatalogueOnce()
  lap('catalogue')
  const policy = findPolicy(cat, request.policyId)
  const profile = cat.profiles[0] ? findProfile(cat, cat.profiles[0].id) : undefined
  if (!policy || !profile) throw new Error(`unknown adoption policy ${request.policyId} or no scoring profile`)
  if (!cached || cached.fingerprint !== fingerprint) {
    post({ type: 'progress', id: request.id, fraction: 0.05, stage: 'loading' })
    const outlets: Outlet[] = (await listOutlets()).records
    const organisationAssessments = await readAllOrganisationAssessments()
    lap('readOutletsAndOrganisation')
    const contentAssessments = await readAllContentAssessments()
    lap('readContent')
    check()
    post({ type: 'progress', id: request.id, fraction: 0.4, stage: 'preparing' })
    const engine = prepareEngine({ outlets, organisationAssessments, contentAssessments, rubrics: cat.rubrics, profile, policy })
    lap('prepare')
    cached = { fingerprint, prepared: engine }
    await yieldToQueue()
    check()
  }
  // The prepared evidence does not depend on the policy: only the input's policy is swapped.
  const engine = cached.prepared
  return engine.input.policy.id === policy.id && engine.input.profile === profile
    ? engine
    : { ...engine, input: { ...engine.input, policy, profile } }
}

/**
 * The whole roll-up for the request, from the workspace whose fingerprint is given, cached under
 * `key` (kept even when superseded: the same question is likely to come back).
 */
export async function computeFull(
  request: RollupRequest,
  key: string,
  fingerprint: string,
  hooks: { check: () => void; lap: (stage: string) => void; post: Post; yieldToQueue: () => Promise<unknown> },
): Promise<{ rollup: Rollup; summary: DashboardSummary }> {
  const { check, lap, post } = hooks
  const engine = await prepared(request, fingerprint, check, lap, post, hooks.yieldToQueue)
  const full = computeRollup(engine, {
    at: request.at,
    period: request.period,
    onProgress: (fraction, stage) => post({ type: 'progress', id: request.id, fraction: 0.5 + fraction * 0.5, stage }),
  })
  lap('rollup')
  // The dense matrix repeats byOutlet[].values (a third of the message); no page reads it, so it
  // does not cross to the main thread, where every byte is deserialised.
  const rollup: Rollup = { ...full, matrix: { outletIds: [], keys: [], cells: [] } }
  const summary = toDashboardSummary(rollup)
  void putCachedRollup(key, fingerprint, rollup, summary, Date.now())
  return { rollup, summary }
}
