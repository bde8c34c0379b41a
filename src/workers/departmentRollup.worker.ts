// The department roll-up off the main thread. The worker reads IndexedDB itself (100,000 content
// items never cross the page's thread), keeps the prepared engine while the data is unchanged (so
// switching policy or date recomputes without reloading), answers at once from the roll-up cache
// and confirms or recomputes it, and drops runs that a newer request superseded. When it must
// recompute for the dashboard, it first answers from the item facts kept beside the pages
// (statuses, rates, series: final) and then reads the codings for the breakdowns.
// This first script is small: the first answer is read in plain IndexedDB (db/rollupReader.ts);
// Dexie and the full roll-up (rollupCompute.ts) load only after it, or when the reader cannot read.
import { findPolicy, findProfile, type Catalogue } from '@/domain/catalogue'
import type { AdoptionPolicy } from '@/domain/adoptionPolicy'
import type { Rubric } from '@/domain/rubric'
import type { ScoringProfile } from '@/domain/scoringProfile'
import type { Outlet } from '@/domain/outlet'
import type { OrganisationAssessment } from '@/domain/assessment'
import type { ContentFacts } from '@/db/contentPageLayout'
import { readCachedSummary, readWorkspace } from '@/db/rollupReader'
import { adoptionPolicies, fetchLatestRubric, loadLatestRubric, loadRubric, rubricFiles, scoringProfiles } from '@/rubrics'
import { preliminaryDashboardSummary, type DashboardSummary } from '@/domain/dashboardSummary'
import { datedItemsFromFacts } from '@/domain/contentColumns'
import { todayIso } from '@/platform/today'
import { defaultPolicyId, type RollupPrefetch, type RollupRequest, type RollupWorkerMessage } from './departmentRollupProtocol'

let latest = 0
type HeavyPart = typeof import('./rollupCompute')
/** The heavy part (Dexie, the full roll-up), loaded once the first answer no longer waits for it. */
let heavyPart: Promise<HeavyPart> | undefined
let heavyLoaded: HeavyPart | undefined
function heavy(): Promise<HeavyPart> {
  heavyPart ??= import('./rollupCompute').then(
    (m) => (heavyLoaded = m),
    (error: unknown) => {
      heavyPart = undefined
      throw error
    },
  )
  return heavyPart
}
/** The fingerprint of the workspace the heavy part's prepared engine was made from, if any. */
const preparedFor = () => heavyLoaded?.preparedFingerprint()

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
  /** Of the workspace these were read from. */
  fingerprint: string
}

/** Read in plain IndexedDB when it can be, else with Dexie. */
async function readAdoptionTables(): Promise<Omit<AdoptionInput, 'rubrics'>> {
  const read = await readWorkspace({ input: true })
  moments.tablesReadAt ??= epoch()
  if (read?.organisationAssessments) return { outlets: read.outlets, organisationAssessments: read.organisationAssessments, facts: read.facts, fingerprint: read.fingerprint }
  return (await heavy()).readInputWithDexie()
}

/** The workspace's fingerprint, in plain IndexedDB when it can be, else with Dexie. */
async function fingerprintNow(): Promise<string> {
  return (await readWorkspace({ input: false }))?.fingerprint ?? (await heavy()).workspaceFingerprint()
}

function readAdoptionInput(): Promise<AdoptionInput> {
  // Not the whole catalogue: the newest version loads at once (assessments are usually made with
  // it), any other an assessment names once they are read; parsing a rubric is costly.
  const newest = loadLatestRubric()
  void newest.then(() => (moments.rubricAt ??= epoch()))
  const tables = readAdoptionTables()
  const rubrics = Promise.all([newest, tables]).then(async ([, { organisationAssessments: assessments }]) => {
    const named = new Map(assessments.map((a) => [`${a.rubricId}@${a.rubricVersion}`, a]))
    const loaded = await Promise.all([...named.values()].map((a) => loadRubric(a.rubricId, a.rubricVersion)))
    return loaded.filter((r): r is Rubric => r !== undefined)
  })
  return Promise.all([rubrics, tables]).then(([rubricList, read]) => {
    moments.inputReadAt ??= epoch()
    return { rubrics: rubricList, ...read }
  })
}

type CachedSummary = Awaited<ReturnType<typeof readCachedSummary>>

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
  const cached = readCachedSummary(cacheKey(question, policy, profile))
  void cached.then(() => (moments.cacheReadAt ??= epoch()))
  // Its chunk is on its way meanwhile (measured under load: fetched only on a miss, it held the
  // first answer back 400-600 ms after the facts were read).
  fetchLatestRubric()
  prefetchedAt = performance.now()
  // The fingerprint is a few single reads; the input (every organisation assessment, the item
  // facts, a rubric to parse) is read only when no up-to-date summary is cached: reading it
  // anyway would only compete with the page's own start for the processor.
  const fingerprint = fingerprintNow()
  void fingerprint.then(() => (moments.fingerprintAt ??= epoch()))
  const input = Promise.all([cached, fingerprint]).then(([hit, now]) => (hit && hit.fingerprint === now ? undefined : readAdoptionInput()))
  prefetched = input
  const summary = input.then((read) => (read ? preliminary(question, Promise.resolve(read)) : undefined))
  // A failure here only means the first request reads (or computes) again.
  speculation = { policyId: question.policyId, at: question.at, cached, summary: summary.catch(() => undefined) }
}

const post = (message: RollupWorkerMessage) => (self as unknown as Worker).postMessage(message)
/** Lets queued messages in, so a newer request can supersede this one. */
const yieldToQueue = () => new Promise((resolve) => setTimeout(resolve, 0))

class Superseded extends Error {}

/** The first answer's page renders its chart and lists in about this time (the final figures follow). */
const HEAVY_AFTER_FIRST_ANSWER_MS = 700

/** Everything that changes the answer besides the workspace itself. */
function cacheKey(request: RollupRequest, policy: AdoptionPolicy, profile: ScoringProfile): string {
  const rubrics = rubricFiles.map((r) => `${r.id}@${r.version}`).join(',')
  const period = request.period ? `${request.period.start}..${request.period.end}` : ''
  const app = typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : ''
  return [app, policy.id, policy.version, profile.id, profile.version, rubrics, request.at, period].join('|')
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
        ? (guessed?.cached ?? readCachedSummary(key)).then((entry) => entry && { view: entry.summary, fingerprint: entry.fingerprint })
        : heavy()
            .then((m) => m.getCachedRollup(key))
            .then((entry) => entry && { view: entry.rollup, fingerprint: entry.fingerprint })
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
    const startEarly = request.view === 'dashboard' && preparedFor() === undefined
    const earlyAtOnce = startEarly
      ? cachedEntry
          .then((entry) => (entry ? undefined : firstAnswer()))
          .then((summary) => (postEarly(summary), summary))
          .catch(() => undefined)
      : undefined
    const [hit, fingerprint] = await Promise.all([cachedEntry, fingerprintNow()])
    lap('cacheAndFingerprint')
    check()
    if (hit && hit.fingerprint === fingerprint) {
      if (first) Object.assign(timings, moments)
      post({ type: 'confirmed', id: request.id, timings })
      return
    }
    if (request.view === 'dashboard' && preparedFor() !== fingerprint) {
      if (earlyAtOnce && !hit) await earlyAtOnce
      else postEarly(await firstAnswer().catch(() => undefined))
      lap('preliminary')
      check()
      // The page draws its chart and lists now: the heavy reads (seconds of this thread and of the
      // browser's storage) start a moment later, not competing with those tasks.
      if (first) await new Promise((resolve) => setTimeout(resolve, HEAVY_AFTER_FIRST_ANSWER_MS))
      check()
    }
    const { computeFull } = await heavy()
    lap('heavyLoaded')
    const { rollup, summary } = await computeFull(request, key, fingerprint, { check, lap, post, yieldToQueue })
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
