// The catalogue in the browser: the files of rubrics/ bundled by Vite and parsed with the same
// domain parsers as the command line. Rubric versions are large, so each is its own lazily
// loaded chunk (never in the first route's bundle); policies and profiles are small and eager.

import { parseAdoptionPolicy, type AdoptionPolicy } from '@/domain/adoptionPolicy'
import { rubricChain, type Catalogue } from '@/domain/catalogue'
import { compareSemver, parseRubric, type Rubric } from '@/domain/rubric'
import { parseScoringProfile, type ScoringProfile } from '@/domain/scoringProfile'
import { formatProblem, type Parsed } from '@/domain/validate'

const rubricModules = import.meta.glob<unknown>(
  ['/rubrics/*/*.json', '!/rubrics/policies/**', '!/rubrics/scoring/**', '!/rubrics/schema/**', '!/rubrics/lexicon/**'],
  { import: 'default' },
)
const policyModules = import.meta.glob<unknown>('/rubrics/policies/*.json', { import: 'default', eager: true })
const profileModules = import.meta.glob<unknown>('/rubrics/scoring/*.json', { import: 'default', eager: true })

/**
 * File names and ids are ASCII: a plain comparison orders them. localeCompare would build an ICU
 * collator on first use, some 20 ms of the first page's main thread for a sort of a few names.
 */
function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

const RUBRIC_FILE = /^\/rubrics\/([a-z0-9][a-z0-9-]*)\/(\d+\.\d+\.\d+)\.json$/

export interface RubricFile {
  id: string
  version: string
}

/** The published rubric versions, known from file names without loading them; oldest first. */
export const rubricFiles: RubricFile[] = Object.keys(rubricModules)
  .flatMap((path) => {
    const m = RUBRIC_FILE.exec(path)
    return m ? [{ id: m[1] as string, version: m[2] as string }] : []
  })
  .sort((a, b) => byCodePoint(a.id, b.id) || compareSemver(a.version, b.version))

/** The indicator set the app works with by default. */
export const DEFAULT_RUBRIC_ID = 'vn-gsim'

/** A shipped file that fails its parser: a build that ships it is broken, so say exactly where. */
export class InvalidDocumentError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}: ${problems.slice(0, 5).join('; ')}${problems.length > 5 ? ` (+${problems.length - 5} more)` : ''}`)
    this.name = 'InvalidDocumentError'
  }
}

function valueOrThrow<T>(file: string, parsed: Parsed<T>): T {
  if (!parsed.ok) throw new InvalidDocumentError(file, parsed.problems.map(formatProblem))
  return parsed.value
}

const cache = new Map<string, Promise<Rubric>>()

const rubricPath = (id: string, version: string) => `/rubrics/${id}/${version}.json`
/** The newest published version of a rubric (rubricFiles is sorted by semantic version). */
const latestRubricFile = (id: string) => rubricFiles.filter((f) => f.id === id).at(-1)

/** One rubric version, parsed; undefined when no such version is published. */
export function loadRubric(id: string, version: string): Promise<Rubric | undefined> {
  const path = rubricPath(id, version)
  const load = rubricModules[path]
  if (!load) return Promise.resolve(undefined)
  let pending = cache.get(path)
  if (!pending) {
    pending = load().then((data) => valueOrThrow(path, parseRubric(data)))
    // A failed load (e.g. offline before the chunk was cached) may be retried later.
    pending.catch(() => cache.delete(path))
    cache.set(path, pending)
  }
  return pending
}

/**
 * Fetches the newest version's chunk without parsing it (a roll-up that may need it soon, while
 * the cache is looked up: the fetch is slow to wait for, the parse only worth it when needed).
 */
export function fetchLatestRubric(id: string = DEFAULT_RUBRIC_ID): void {
  const latest = latestRubricFile(id)
  const load = latest && rubricModules[rubricPath(latest.id, latest.version)]
  // A failure shows again (and is handled) when the rubric is loaded.
  if (load) void load().catch(() => undefined)
}

export function loadLatestRubric(id: string = DEFAULT_RUBRIC_ID): Promise<Rubric | undefined> {
  const latest = latestRubricFile(id)
  return latest ? loadRubric(latest.id, latest.version) : Promise.resolve(undefined)
}

function parseAll<T>(modules: Record<string, unknown>, parse: (x: unknown) => Parsed<T>): T[] {
  return Object.entries(modules)
    .sort(([a], [b]) => byCodePoint(a, b))
    .map(([file, data]) => valueOrThrow(file, parse(data)))
}

let policiesCache: AdoptionPolicy[] | undefined
let profilesCache: ScoringProfile[] | undefined

/** The adoption policies (Hanoi 331, national 1790, …). */
export function adoptionPolicies(): AdoptionPolicy[] {
  return (policiesCache ??= parseAll(policyModules, parseAdoptionPolicy))
}

/** The scoring profiles. */
export function scoringProfiles(): ScoringProfile[] {
  return (profilesCache ??= parseAll(profileModules, parseScoringProfile))
}

/** Every published rubric version, loaded, with the policies and profiles. */
export async function loadCatalogue(): Promise<Catalogue> {
  const rubrics = await Promise.all(rubricFiles.map((f) => loadRubric(f.id, f.version)))
  return {
    rubrics: rubrics.filter((r): r is Rubric => r !== undefined),
    profiles: scoringProfiles(),
    policies: adoptionPolicies(),
  }
}

/** The versions from the oldest to `version`, for carrying answers and comparing scores. */
export async function loadRubricChain(id: string, version: string): Promise<Rubric[]> {
  const files = rubricFiles.filter((f) => f.id === id && compareSemver(f.version, version) <= 0)
  const rubrics = await Promise.all(files.map((f) => loadRubric(f.id, f.version)))
  const cat: Catalogue = { rubrics: rubrics.filter((r): r is Rubric => r !== undefined), profiles: [], policies: [] }
  return rubricChain(cat, id, version)
}
