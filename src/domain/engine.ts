// The engine's shared preparation for scorecards and the roll-up: the target rubric version,
// content codings in columns (codes of older versions mapped to the target's), organisation
// assessments carried to the target version, and the adoption evidence. Built once per input.

import { prepareAdoption, type AdoptionContext } from './adoption'
import type { ContentAssessment, OrganisationAssessment, Period, RubricRef } from './assessment'
import { buildContentColumns, type CodeMapper, type ContentColumns } from './contentColumns'
import type { ContentCube } from './contentCube'
import { contentValue, indicatorNotApplicable, organisationValue, type IndicatorValue } from './indicatorValues'
import type { Outlet } from './outlet'
import { overlaps } from './period'
import { carryAnswers } from './rubricMapping'
import { compareSemver, type Rubric } from './rubric'
import type { AdoptionPolicy } from './adoptionPolicy'
import type { ScoringProfile } from './scoringProfile'
import type { Answer } from './assessment'

export interface EngineInput {
  /** The register: every outlet counted in rates (outlets that never submitted included). */
  outlets: Outlet[]
  organisationAssessments: OrganisationAssessment[]
  /** Content assessments as records, or already in columns (the benchmark, big workspaces). */
  contentAssessments: ContentAssessment[] | ContentColumns
  /** Every rubric version the assessments may refer to. */
  rubrics: Rubric[]
  profile: ScoringProfile
  policy: AdoptionPolicy
  /** The rubric to express results in; default: the newest version of the rubric most used. */
  rubric?: RubricRef
}

/** An organisation assessment with its answers carried to the target version. */
export interface CarriedAssessment {
  assessment: OrganisationAssessment
  answers: Record<string, Answer>
}

export interface PreparedEngine {
  input: EngineInput
  target: Rubric
  columns: ContentColumns
  /** Outlet id → its organisation assessments, answers carried to the target version. */
  organisation: Map<string, CarriedAssessment[]>
  adoption: AdoptionContext
  /** Rubric versions of the assessments, with counts. */
  versionsUsed: { rubricId: string; rubricVersion: string; organisationAssessments: number; contentItems: number }[]
  notes: string[]
}

function key(ref: RubricRef): string {
  return `${ref.rubricId}@${ref.rubricVersion}`
}

/** Versions from `fromVersion` to `target` (oldest first), following `previous`; null when not linked. */
export function chainBetween(rubrics: readonly Rubric[], target: Rubric, fromVersion: string): Rubric[] | null {
  const chain: Rubric[] = [target]
  let current: Rubric | undefined = target
  const seen = new Set<string>([target.version])
  while (current && current.version !== fromVersion) {
    const prev: string | undefined = current.previous?.version
    if (prev === undefined || seen.has(prev)) return null
    seen.add(prev)
    current = rubrics.find((r) => r.id === target.id && r.version === prev)
    if (!current) return null
    chain.unshift(current)
  }
  return current ? chain : null
}

function chooseTarget(input: EngineInput, notes: string[]): Rubric {
  if (input.rubric) {
    const r = input.rubrics.find((x) => x.id === input.rubric!.rubricId && x.version === input.rubric!.rubricVersion)
    if (r) return r
    notes.push(`rubric ${input.rubric.rubricId} ${input.rubric.rubricVersion} is not known; using the newest version instead`)
  }
  const uses = new Map<string, number>()
  for (const a of input.organisationAssessments) uses.set(a.rubricId, (uses.get(a.rubricId) ?? 0) + 1)
  if (Array.isArray(input.contentAssessments)) for (const a of input.contentAssessments) uses.set(a.rubricId, (uses.get(a.rubricId) ?? 0) + 1)
  else for (const v of input.contentAssessments.versions) uses.set(v.split('@')[0]!, (uses.get(v.split('@')[0]!) ?? 0) + 1)
  const ids = [...new Set(input.rubrics.map((r) => r.id))]
  ids.sort((a, b) => (uses.get(b) ?? 0) - (uses.get(a) ?? 0))
  const id = ids[0]
  const newest = input.rubrics.filter((r) => r.id === id).sort((a, b) => compareSemver(a.version, b.version)).at(-1)
  if (!newest) throw new Error('No rubric given: the engine needs at least one rubric version')
  return newest
}

/** Maps codes of older versions to the target's through each version's codeMappings (cached). */
export function codeMapperFor(rubrics: readonly Rubric[], target: Rubric): CodeMapper {
  const chains = new Map<string, Rubric[] | null>()
  const cache = new Map<string, string>()
  return (versionKey, list, code) => {
    const ck = `${versionKey}\u0000${list}\u0000${code}`
    const hit = cache.get(ck)
    if (hit !== undefined) return hit
    let chain = chains.get(versionKey)
    if (chain === undefined) {
      const at = versionKey.lastIndexOf('@')
      const id = versionKey.slice(0, at)
      chain = id === target.id ? chainBetween(rubrics, target, versionKey.slice(at + 1)) : null
      chains.set(versionKey, chain)
    }
    let value = code
    for (const r of (chain ?? []).slice(1)) {
      if (value === '') break
      const table = r.previous?.codeMappings?.[list]
      if (table && Object.hasOwn(table, value)) value = table[value] as string
    }
    cache.set(ck, value)
    return value
  }
}

/** Builds columns, carries answers and prepares adoption evidence. */
export function prepareEngine(input: EngineInput): PreparedEngine {
  const notes: string[] = []
  const target = chooseTarget(input, notes)
  const known = new Set(input.rubrics.map((r) => key({ rubricId: r.id, rubricVersion: r.version })))
  const outletIds = input.outlets.map((o) => o.id)
  let columns: ContentColumns
  if (Array.isArray(input.contentAssessments)) {
    const unknown = new Map<string, number>()
    const items = input.contentAssessments.filter((a) => {
      if (known.has(key(a))) return true
      unknown.set(key(a), (unknown.get(key(a)) ?? 0) + 1)
      return false
    })
    // One note per unknown version, not per item: a big file must not flood the report.
    for (const [k, n] of unknown) notes.push(`${n} content item(s) made with rubric ${k.replace('@', ' ')}, which is not known: left out`)
    const lists = target.contentCoding.codeLists
    columns = buildContentColumns(items, {
      outletIds,
      functionCodes: lists.function.map((c) => c.code),
      occupationCodes: lists.occupation.map((c) => c.code),
      journalistRoleCodes: lists.journalistRole.map((c) => c.code),
      adRoleCodes: lists.adRole.map((c) => c.code),
      mapCode: codeMapperFor(input.rubrics, target),
      targetVersion: key({ rubricId: target.id, rubricVersion: target.version }),
    })
    for (const skip of columns.skipped ?? []) notes.push(`content item ${skip.id}: ${skip.reason}; left out`)
  } else columns = input.contentAssessments

  const organisation = new Map<string, CarriedAssessment[]>()
  const orgByVersion = new Map<string, number>()
  for (const a of input.organisationAssessments) {
    const chain = a.rubricId === target.id ? chainBetween(input.rubrics, target, a.rubricVersion) : null
    if (!chain) {
      notes.push(`organisation assessment ${a.id}: rubric ${a.rubricId} ${a.rubricVersion} cannot be carried to ${target.id} ${target.version}; left out of scores`)
      continue
    }
    orgByVersion.set(key(a), (orgByVersion.get(key(a)) ?? 0) + 1)
    const carried = chain.length > 1 ? carryAnswers(chain, a.answers) : null
    if (carried && carried.retired.length > 0)
      notes.push(`organisation assessment ${a.id}: ${carried.retired.length} answer(s) have no place in ${target.version} (${carried.retired.map((r) => r.id).join(', ')})`)
    const list = organisation.get(a.outletId) ?? []
    list.push({ assessment: a, answers: carried ? carried.answers : a.answers })
    organisation.set(a.outletId, list)
  }

  const perVersion = new Int32Array(Math.max(1, columns.versions.length))
  for (let i = 0; i < columns.size; i++) perVersion[columns.version[i]!]!++
  const itemsByVersion = new Map<string, number>()
  columns.versions.forEach((v, i) => {
    if (perVersion[i]! > 0) itemsByVersion.set(v, perVersion[i]!)
  })
  const versionKeys = [...new Set([...orgByVersion.keys(), ...itemsByVersion.keys()])].sort()
  const versionsUsed = versionKeys.map((k) => {
    const at = k.lastIndexOf('@')
    return { rubricId: k.slice(0, at), rubricVersion: k.slice(at + 1), organisationAssessments: orgByVersion.get(k) ?? 0, contentItems: itemsByVersion.get(k) ?? 0 }
  })

  const adoption = prepareAdoption({ outlets: input.outlets, organisationAssessments: input.organisationAssessments, rubrics: input.rubrics, columns })
  notes.push(...adoption.notes)
  return { input, target, columns, organisation, adoption, versionsUsed, notes }
}

/**
 * The organisation assessment that speaks for a period: among the outlet's assessments whose
 * period overlaps it, complete before draft, then the latest period end, then the latest update.
 */
export function assessmentFor(prep: PreparedEngine, outletId: string, period: Period): CarriedAssessment | null {
  const list = (prep.organisation.get(outletId) ?? []).filter((c) => overlaps(c.assessment.period, period))
  list.sort((x, y) => {
    const a = x.assessment
    const b = y.assessment
    if (a.status !== b.status) return a.status === 'complete' ? -1 : 1
    if (a.period.end !== b.period.end) return a.period.end > b.period.end ? -1 : 1
    return a.updatedAt > b.updatedAt ? -1 : a.updatedAt < b.updatedAt ? 1 : 0
  })
  return list[0] ?? null
}

/** Every indicator value of the target rubric for one outlet, from a cube over the period. */
export function outletValues(prep: PreparedEngine, outlet: Outlet, cube: ContentCube, row: number, period: Period): Map<string, IndicatorValue> {
  const values = new Map<string, IndicatorValue>()
  const org = assessmentFor(prep, outlet.id, period)
  for (const section of prep.target.sections)
    for (const indicator of section.indicators) {
      const na = indicatorNotApplicable(section, indicator, outlet)
      if (na) values.set(indicator.id, na)
      else if (indicator.measure) {
        values.set(
          indicator.id,
          row < 0 ? contentValue(EMPTY_CUBE, 0, indicator.measure.metric, indicator.measure.filter) : contentValue(cube, row, indicator.measure.metric, indicator.measure.filter),
        )
      } else values.set(indicator.id, organisationValue(indicator, outlet, org ? org.answers : null, org?.assessment.id))
    }
  return values
}

const EMPTY_CUBE: ContentCube = {
  outletIds: [''],
  functionCodes: [],
  occupationCodes: [],
  journalistRoleCodes: [],
  adRoleCodes: [],
  versions: [],
  items: new Int32Array(1),
  flagCounts: new Int32Array(7),
  people: new Int32Array(4),
  sources: new Int32Array(4),
  peopleByFunction: new Int32Array(4),
  sourcesByFunction: new Int32Array(4),
  peopleByOccupation: new Int32Array(4),
  journalists: new Int32Array(4),
  speaking: new Float64Array(4),
  speakingItems: new Int32Array(1),
  ads: new Int32Array(1),
  adRatings: new Int32Array(4),
  adWomenRoles: new Int32Array(32),
  itemsByVersion: new Int32Array(1),
}

