// Everything the app and the command line know from `rubrics/`: the published rubric versions,
// scoring profiles and adoption policies, each already parsed.

import type { AdoptionPolicy } from './adoptionPolicy'
import { compareSemver, type Rubric } from './rubric'
import type { ScoringProfile } from './scoringProfile'

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
