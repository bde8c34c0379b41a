// Everything the app and the command line know from `rubrics/`: the published rubric versions,
// scoring profiles and adoption policies, each already parsed.

import type { AdoptionPolicy } from './adoptionPolicy'
import { compareSemver, indexRubric, type Rubric } from './rubric'
import { checkMapping } from './rubricMapping'
import type { ScoringProfile } from './scoringProfile'
import { joinPath, type Problem } from './validate'

export interface Catalogue {
  rubrics: Rubric[]
  profiles: ScoringProfile[]
  policies: AdoptionPolicy[]
}

export function findRubric(cat: Catalogue, id: string, version: string): Rubric | undefined {
  return cat.rubrics.find((r) => r.id === id && r.version === version)
}

/** Versions of one rubric, oldest first. */
export function rubricVersions(cat: Catalogue, id: string): Rubric[] {
  return cat.rubrics.filter((r) => r.id === id).sort((a, b) => compareSemver(a.version, b.version))
}

export function latestRubric(cat: Catalogue, id: string): Rubric | undefined {
  return rubricVersions(cat, id).at(-1)
}

/**
 * The versions from the oldest reachable one to `toVersion`, following each `previous`
 * (oldest → newest). Stops where a previous version is not in the catalogue.
 */
export function rubricChain(cat: Catalogue, id: string, toVersion: string): Rubric[] {
  const chain: Rubric[] = []
  const seen = new Set<string>()
  let current = findRubric(cat, id, toVersion)
  while (current && !seen.has(current.version)) {
    seen.add(current.version)
    chain.unshift(current)
    const prev = current.previous?.version
    current = prev !== undefined ? findRubric(cat, id, prev) : undefined
  }
  return chain
}

/** A policy by id; the highest version unless one is asked for. */
export function findPolicy(cat: Catalogue, id: string, version?: string): AdoptionPolicy | undefined {
  return latestOf(cat.policies, id, version)
}

/** A scoring profile by id; the highest version unless one is asked for. */
export function findProfile(cat: Catalogue, id: string, version?: string): ScoringProfile | undefined {
  return latestOf(cat.profiles, id, version)
}

function latestOf<T extends { id: string; version: string }>(items: T[], id: string, version?: string): T | undefined {
  const matching = items.filter((x) => x.id === id && (version === undefined || x.version === version))
  return matching.sort((a, b) => compareSemver(a.version, b.version)).at(-1)
}

export type DocumentKind = 'rubric' | 'profile' | 'policy'

/** A problem found by looking at the documents together, pointing at the document it is in. */
export interface CatalogueProblem extends Problem {
  kind: DocumentKind
  id: string
  version: string
}

/**
 * Checks what no single file can: duplicate versions, every rubric's mapping from the version
 * before it, and scoring rules that name indicators no rubric has.
 */
export function catalogueProblems(cat: Catalogue): CatalogueProblem[] {
  const out: CatalogueProblem[] = []
  const duplicates = (kind: DocumentKind, items: { id: string; version: string }[]) => {
    const seen = new Set<string>()
    for (const x of items) {
      const key = `${x.id}@${x.version}`
      if (seen.has(key)) out.push({ kind, id: x.id, version: x.version, path: 'version', message: `${x.id} ${x.version} is published twice` })
      seen.add(key)
    }
  }
  duplicates('rubric', cat.rubrics)
  duplicates('profile', cat.profiles)
  duplicates('policy', cat.policies)

  for (const r of cat.rubrics) {
    if (!r.previous) continue
    const ref = { kind: 'rubric' as const, id: r.id, version: r.version }
    const prev = findRubric(cat, r.id, r.previous.version)
    if (!prev) out.push({ ...ref, path: 'previous.version', message: `the previous version ${r.previous.version} of ${r.id} is not published` })
    else for (const p of checkMapping(prev, r)) out.push({ ...ref, ...p })
  }

  const known = new Set<string>()
  for (const r of cat.rubrics) for (const id of indexRubric(r).indicators.keys()) known.add(id)
  for (const p of cat.profiles)
    for (const id of Object.keys(p.indicatorRules))
      if (!known.has(id))
        out.push({ kind: 'profile', id: p.id, version: p.version, path: joinPath('indicatorRules', id), message: `no published rubric has an indicator '${id}'` })
  return out
}
