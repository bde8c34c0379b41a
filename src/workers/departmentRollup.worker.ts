// The department roll-up off the main thread. The worker reads IndexedDB itself (100,000 content
// items never cross the page's thread), keeps the prepared engine while the data is unchanged (so
// switching policy or date recomputes without reloading), answers at once from the roll-up cache
// and confirms or recomputes it, and drops runs that a newer request superseded. When it must
// recompute for the dashboard, it first answers from the item facts kept beside the pages
// (statuses, rates, series: final) and then reads the codings for the breakdowns.
import { computeRollup } from '@/domain/rollup'
import { prepareEngine, type PreparedEngine } from '@/domain/engine'
import { findPolicy, findProfile, type Catalogue } from '@/domain/catalogue'
import type { AdoptionPolicy } from '@/domain/adoptionPolicy'
import type { Rollup } from '@/domain/rollup'
import type { Rubric } from '@/domain/rubric'
import type { ScoringProfile } from '@/domain/scoringProfile'
import type { Outlet } from '@/domain/outlet'
import type { OrganisationAssessment } from '@/domain/assessment'
import type { ContentFacts } from '@/db/contentPageLayout'
import { listOutlets } from '@/db/outlets'
import { readAllContentAssessments, readAllOrganisationAssessments, readContentFacts } from '@/db/assessments'
import { openWorkspace, workspaceFingerprint } from '@/db/rollupSource'
import { getCachedRollup, getCachedSummary, putCachedRollup } from '@/db/rollupCache'
import { adoptionPolicies, loadCatalogue, loadLatestRubric, loadRubric, rubricFiles, scoringProfiles } from '@/rubrics'
import { preliminaryDashboardSummary, toDashboardSummary, type DashboardSummary } from '@/domain/dashboardSummary'
import { datedItemsFromFacts } from '@/domain/contentColumns'
import { todayIso } from '@/platform/today'
import { defaultPolicyId, type RollupPrefetch, type RollupRequest, type RollupWorkerMessage } from './departmentRollupProtocol'

let catalogue: Promise<Catalogue> | undefined
let cached: { fingerprint: string; prepared: PreparedEngine } | undefined
let latest = 0

/** The catalogue, loaded once (a failed load, e.g. offline before its chunks were cached, is retried). */
function loadCatalogueOnce(): Promise<Catalogue> {
  catalogue ??= loadCatalogue().catch((error: unknown) => {
    catalogue = undefined
    throw error
  })
  return catalogue
}

const epoch = () => Math.round(performance.timeOrigin + performance.now())
/**
 * Moments of the worker's start and of its first answer (ms since the epoch; keys end in At),
 * sent with the timings: the dashboard benchmark shows them since the page's navigation.
 */
const moments: Record<string, number> = { workerStartedAt: Math.round(performance.timeOrigin), workerReadyAt: epoch() }

/** What the dashboard's first answer needs besides the question: a few kilobytes per outlet. */
interface AdoptionInput {
  /** The rubric versions the organisation assessments were made with (those shipped). */
  rubrics: Rubric[]
  outlets: Outlet[]
  organisationAssessments: OrganisationAssessment[]
  /** Undefined when the facts are not in step with the pages. */
  facts: ContentFacts[] | undefined
}

function readAdoptionInput(): Promise<AdoptionInput> {
  // Not the whole catalogue: the newest version loads at once (assessments are usually made with
  // it), any other an assessment names once they are read; parsing a rubric is costly.
  const newest = loadLatestRubric()
  const organisationAssessments = readAllOrganisationAssessments()
  const rubrics = Promise.all([newest, organisationAssessments]).then(async ([, assessments]) => {
    const named = new Map(assessments.map((a) => [`${a.rubricId}@${a.rubricVersion}`, a]))
    const loaded = await Promise.all([...named.values()].map((a) => loadRubric(a.rubricId, a.rubricVersion)))
    return loaded.filter((r): r is Rubric => r !== undefined)
  })
  return Promise.all([rubrics, listOutlets(), organisationAssessments, readContentFacts()]).then(([rubricList, outlets, assessments, facts]) => {
    moments.inputReadAt ??= epoch()
    return { rubrics: rubricList, outlets: outlets.records, organisationAssessments: assessments, facts }
  })
}

type CachedSummary = Awaited<ReturnType<typeof getCachedSummary>>

/** Read at the dashboard's prefetch, before it asks: its first request uses it, later ones read afresh. */
let prefetched: Promise<AdoptionInput | undefined> | undefined
/**
 * The dashboard's default question at the prefetch: its cached summary, looked up first, and
 * when there is none or the workspace changed since, the answer worked out from the prefetched input.
 */
let speculation: { policyId: string; at: string; cached: Promise<CachedSummary>; summary: Promise<DashboardSummary | undefined> } | undefined
/** When the prefetch was made: one the dashboard did not use soon after is not trusted any more. */
let prefetchedAt = 0
/** The page asks within a second of the prefetch; a prefetch left unused that long may be stale. */
const PREFETCH_FRESH_MS = 15_000

function prefetchForDashboard(): void {
  // Only for a worker that has answered nothing yet (the dashboard's own, started with the app).
  if (latest > 0 || prefetched) return
  const policies = adoptionPolicies()
  const policy = policies.find((p) => p.id === defaultPolicyId(policies))
  const profile = scoringProfiles()[0]
  if (!policy || !profile) return
  const question: RollupRequest = { id: 0, policyId: policy.id, at: todayIso(), view: 'dashboard' }
  // The workspace's connection opens while the cache is looked up: either way it is read next.
  void openWorkspace()
  const cached = getCachedSummary(cacheKey(question, policy, profile))
  prefetchedAt = performance.now()
  // With an up-to-date summary cached, nothing more is read: reading would only delay that answer
  // (measured: reads alongside the lookup held it back 220-330 ms). The request reads the
  // fingerprint again before confirming it.
  const input = cached.then(async (hit) => (hit && hit.fingerprint === (await workspaceFingerprint()) ? undefined : readAdoptionInput()))
  prefetched = input
  const summary = input.then((read) => (read ? preliminary(question, Promise.resolve(read)) : undefined))
  // A failure here only means the first request reads (or computes) again.
  speculation = { policyId: question.policyId, at: question.at, cached, summary: summary.catch(() => undefined) }
}

const post = (message: RollupWorkerMessage) => (self as unknown as Worker).postMessage(message)
/** Lets queued messages in, so a newer request can supersede this one. */
const yieldToQueue = () => new Promise((resolve) => setTimeout(resolve, 0))

class Superseded extends Error {}

/** Everything that changes the answer besides the workspace itself. */
function cacheKey(request: RollupRequest, policy: AdoptionPolicy, profile: ScoringProfile): string {
  const rubrics = rubricFiles.map((r) => `${r.id}@${r.version}`).join(',')
  const period = request.period ? `${request.period.start}..${request.period.end}` : ''
  const app = typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : ''
  return [app, policy.id, policy.version, profile.id, profile.version, rubrics, request.at, period].join('|')
}

async function prepared(request: RollupRequest, fingerprint: string, check: () => void, lap: (stage: string) => void): Promise<PreparedEngine> {
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

/** The dashboard's adoption parts from the item facts, before the 100,000 codings are read. */
async function preliminary(request: RollupRequest, input: Promise<AdoptionInput>): Promise<DashboardSummary | undefined> {
  const { rubrics, outlets, organisationAssessments, facts } = await input
  const cat: Catalogue = { rubrics, policies: adoptionPolicies(), profiles: scoringProfiles() }
  const policy = findPolicy(cat, request.policyId)
  const profile = cat.profiles[0] ? findProfile(cat, cat.profiles[0].id) : undefined
  if (!facts || !policy || !profile) return undefined
  // Every shipped version is known (the full roll-up loads them all), whether loaded here or not.
  const known = new Set(rubricFiles.map((r) => `${r.id}@${r.version}`))
  const dated = datedItemsFromFacts(
    outlets.map((o) => o.id),
    facts,
    known,
  )
  return preliminaryDashboardSummary({ outlets, organisationAssessments, rubrics, dated, policy, profile, at: request.at, period: request.period })
}

async function run(request: RollupRequest): Promise<void> {
  const check = () => {
    if (request.id !== latest) throw new Superseded()
  }
  const timings: Record<string, number> = {}
  let last = performance.now()
  const lap = (stage: string) => {
    const now = performance.now()
    timings[stage] = Math.round(now - last)
    last = now
  }
  const first = moments.requestAt === undefined
  moments.requestAt ??= epoch()
  // The first request takes what the prefetch read (and its answer, for the same question), unless
  // the prefetch is old (the app opened on the dashboard, then the analyst went elsewhere first).
  const fresh = performance.now() - prefetchedAt < PREFETCH_FRESH_MS
  const input = fresh ? prefetched : undefined
  const guess = fresh ? speculation : undefined
  prefetched = speculation = undefined
  const adoptionInput = () =>
    input ? input.then((read) => read ?? readAdoptionInput()).catch(() => readAdoptionInput()) : readAdoptionInput()
  const guessed = guess && request.view === 'dashboard' && request.period === undefined && guess.policyId === request.policyId && guess.at === request.at ? guess : undefined
  const firstAnswer = async () => (await guessed?.summary) ?? preliminary(request, adoptionInput())
  try {
    await yieldToQueue()
    check()
    const policy = adoptionPolicies().find((p) => p.id === request.policyId)
    const profile = scoringProfiles()[0]
    if (!policy) throw new Error(`unknown adoption policy ${request.policyId}`)
    if (!profile) throw new Error('no scoring profile is installed')
    const key = cacheKey(request, policy, profile)
    // The dashboard reads its small summary back, other pages the whole roll-up.
    const lookup =
      request.view === 'dashboard'
        ? (guessed?.cached ?? getCachedSummary(key)).then((entry) => entry && { view: entry.summary, fingerprint: entry.fingerprint })
        : getCachedRollup(key).then((entry) => entry && { view: entry.rollup, fingerprint: entry.fingerprint })
    const cachedEntry = lookup.then((entry) => {
      if (entry && request.id === latest) {
        post({ type: 'cached', id: request.id, rollup: entry.view })
        if (first) moments.firstAnswerAt = epoch()
      }
      return entry
    })
    const postEarly = (summary: DashboardSummary | undefined) => {
      if (!summary || request.id !== latest) return
      post({ type: 'cached', id: request.id, rollup: summary })
      if (first) moments.firstAnswerAt = epoch()
    }
    // Nothing cached and nothing prepared: the dashboard's first answer is computed (or taken from
    // the prefetch) at once and sent as soon as it is there, while the fingerprint is read. A
    // failure only means no early answer.
    const startEarly = request.view === 'dashboard' && cached === undefined
    const earlyAtOnce = startEarly
      ? cachedEntry
          .then((entry) => (entry ? undefined : firstAnswer()))
          .then((summary) => (postEarly(summary), summary))
          .catch(() => undefined)
      : undefined
    const [hit, fingerprint] = await Promise.all([cachedEntry, workspaceFingerprint()])
    lap('cacheAndFingerprint')
    check()
    if (hit && hit.fingerprint === fingerprint) {
      if (first) Object.assign(timings, moments)
      post({ type: 'confirmed', id: request.id, timings })
      return
    }
    if (request.view === 'dashboard' && cached?.fingerprint !== fingerprint) {
      if (earlyAtOnce && !hit) await earlyAtOnce
      else postEarly(await firstAnswer().catch(() => undefined))
      lap('preliminary')
      check()
    }
    const engine = await prepared(request, fingerprint, check, lap)
    const full = computeRollup(engine, {
      at: request.at,
      period: request.period,
      onProgress: (fraction, stage) => post({ type: 'progress', id: request.id, fraction: 0.5 + fraction * 0.5, stage }),
    })
    lap('rollup')
    // The dense matrix repeats byOutlet[].values (a third of the message); no page reads it, so it
    // does not cross to the main thread, where every byte is deserialised.
    const rollup: Rollup = { ...full, matrix: { outletIds: [], keys: [], cells: [] } }
    // Kept even when superseded: the same question is likely to come back.
    const summary = toDashboardSummary(rollup)
    void putCachedRollup(key, fingerprint, rollup, summary, Date.now())
    check()
    if (first) Object.assign(timings, moments)
    post({ type: 'result', id: request.id, rollup: request.view === 'dashboard' ? summary : rollup, timings })
  } catch (error) {
    if (error instanceof Superseded) return
    post({ type: 'error', id: request.id, message: error instanceof Error ? error.message : String(error) })
  }
}

self.addEventListener('message', (event: MessageEvent<RollupRequest | RollupPrefetch>) => {
  const message = event.data
  if ('prefetch' in message) return prefetchForDashboard()
  latest = Math.max(latest, message.id)
  void run(message)
})
