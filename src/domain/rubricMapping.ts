// Version mappings: a newer rubric declares, in `previous`, what became of each indicator and
// question of the version before it. Ids present in both versions and not mentioned are the
// same. Answers and content codings made under an old version are carried forward through the
// chain of versions; whatever cannot be carried is reported, never silently dropped.

import type { AdCoding, Answer, CountsBySex, JournalistRow, PersonRow, StoryCoding } from './assessment'
import {
  CODE_LIST_IDS,
  indexRubric,
  type CodeListId,
  type MappingKind,
  type Question,
  type Rubric,
  type VersionMapping,
} from './rubric'
import { joinPath, type Problem } from './validate'

/** One step's mapping, resolved: every id of the previous version → what it became. */
interface Step {
  /** previous id → its mapping (explicit, or an implicit `same`). */
  byFrom: Map<string, VersionMapping>
  /** ids new in the next version. */
  added: string[]
}

function resolveStep(previous: Rubric, next: Rubric): Step {
  const prevIds = allIds(previous)
  const nextIds = allIds(next)
  const byFrom = new Map<string, VersionMapping>()
  const mappings = next.previous?.version === previous.version ? next.previous.mappings : []
  for (const m of mappings) {
    for (const f of m.from) if (!byFrom.has(f)) byFrom.set(f, m)
  }
  for (const id of prevIds.keys())
    if (!byFrom.has(id) && nextIds.has(id)) byFrom.set(id, { kind: 'same', from: [id], to: [id] })
  const added = [...nextIds.keys()].filter((id) => !prevIds.has(id) && !isTargetOfCarry(id, mappings))
  return { byFrom, added }
}

function isTargetOfCarry(id: string, mappings: VersionMapping[]): boolean {
  return mappings.some((m) => m.kind !== 'new' && m.to.includes(id))
}

/** Indicator and question ids of a rubric, with what each is. */
function allIds(rubric: Rubric): Map<string, 'indicator' | 'question'> {
  const { indicators, questions } = indexRubric(rubric)
  const out = new Map<string, 'indicator' | 'question'>()
  for (const id of indicators.keys()) out.set(id, 'indicator')
  for (const id of questions.keys()) out.set(id, 'question')
  return out
}

/**
 * Checks that `next` declares a complete, consistent mapping from `previous`: every indicator and
 * question of `previous` is accounted for (kept under its id, or mapped), every target exists, no
 * id is claimed twice, indicators map to indicators and questions to questions, and every code
 * that disappeared from a code list is mapped. Paths point into `next`.
 */
export function checkMapping(previous: Rubric, next: Rubric): Problem[] {
  const problems: Problem[] = []
  const add = (path: string, message: string) => problems.push({ path, message })
  if (previous.id !== next.id) add('id', `'${next.id}' cannot follow a version of '${previous.id}'`)
  const prevDecl = next.previous
  if (!prevDecl) {
    add('previous', `missing: version ${next.version} must declare how it maps from ${previous.version}`)
    return problems
  }
  if (prevDecl.version !== previous.version) {
    add('previous.version', `declares ${prevDecl.version}, but was checked against ${previous.version}`)
    return problems
  }
  const prevIds = allIds(previous)
  const nextIds = allIds(next)
  const prevIndex = indexRubric(previous)
  const nextIndex = indexRubric(next)
  const claimedFrom = new Map<string, string>()
  const claimedTo = new Map<string, string>()

  prevDecl.mappings.forEach((m, i) => {
    const path = joinPath('previous.mappings', i)
    const kinds = new Set<string>()
    m.from.forEach((f, j) => {
      const p = joinPath(joinPath(path, 'from'), j)
      const what = prevIds.get(f)
      if (!what) add(p, `no indicator or question '${f}' in ${previous.version}`)
      else kinds.add(what)
      const first = claimedFrom.get(f)
      if (first) add(p, `'${f}' is mapped twice (first at ${first})`)
      else claimedFrom.set(f, p)
    })
    m.to.forEach((t, j) => {
      const p = joinPath(joinPath(path, 'to'), j)
      const what = nextIds.get(t)
      if (!what) add(p, `no indicator or question '${t}' in ${next.version}`)
      else kinds.add(what)
      const first = claimedTo.get(t)
      if (first) add(p, `'${t}' is the target of two mappings (first at ${first})`)
      else claimedTo.set(t, p)
      if (m.kind === 'new' && prevIds.has(t)) add(p, `'${t}' already exists in ${previous.version}: it is not new`)
    })
    if (kinds.size > 1) add(path, 'maps indicators and questions together: map each kind on its own')
    if (m.kind === 'same' || m.kind === 'renamed') {
      const from = m.from[0] !== undefined ? prevIndex.questions.get(m.from[0])?.question : undefined
      const to = m.to[0] !== undefined ? nextIndex.questions.get(m.to[0])?.question : undefined
      if (from && to && from.type !== to.type)
        add(path, `'${from.id}' (${from.type}) and '${to.id}' (${to.type}) differ in type: answers cannot be carried as ${m.kind}`)
    }
  })

  for (const [id, what] of prevIds)
    if (!claimedFrom.has(id) && !nextIds.has(id))
      add('previous.mappings', `${what} '${id}' of ${previous.version} is not in ${next.version} and no mapping says what became of it`)
  for (const [id, what] of nextIds)
    if (!prevIds.has(id) && !claimedTo.has(id))
      add('previous.mappings', `${what} '${id}' is new in ${next.version}: declare it with a 'new' mapping`)
  for (const [id, path] of claimedTo)
    if (prevIds.has(id) && !claimedFrom.has(id))
      add(path, `'${id}' carries on from ${previous.version} under its own id and would receive a second answer: map '${id}' explicitly`)
  for (const [id] of prevIds)
    if (nextIds.has(id) && claimedFrom.has(id) && !claimedTo.has(id))
      add('previous.mappings', `'${id}' is mapped away but still exists in ${next.version}: map it to itself or rename the new one`)

  for (const list of CODE_LIST_IDS) {
    const table = prevDecl.codeMappings?.[list] ?? {}
    const nextCodes = new Set(next.contentCoding.codeLists[list].map((c) => c.code))
    const prevCodes = new Set(previous.contentCoding.codeLists[list].map((c) => c.code))
    for (const oldCode of Object.keys(table))
      if (!prevCodes.has(oldCode)) add(joinPath(joinPath('previous.codeMappings', list), oldCode), `no code '${oldCode}' in ${previous.version}'s ${list} list`)
    const gone = [...prevCodes].filter((c) => !nextCodes.has(c) && !Object.prototype.hasOwnProperty.call(table, c))
    if (gone.length) add(joinPath('previous.codeMappings', list), `codes of ${previous.version} with no place in ${next.version}: ${gone.join(', ')}`)
  }
  return problems
}

// --- Carrying answers ----------------------------------------------------------------------

export interface CarriedAnswer {
  from: string
  to: string
  kind: MappingKind
  /** The version the answer was carried into. */
  version: string
}

export interface RetiredAnswer {
  id: string
  answer: Answer
  /** The version in which the answer stopped being carried. */
  version: string
  reason: 'retired' | 'incompatible' | 'unknownQuestion'
}

export interface CarryResult {
  /** Keyed by question id of the newest version. */
  answers: Record<string, Answer>
  carried: CarriedAnswer[]
  /** Answers that have no place in the newest version: shown to the user, kept in the record. */
  retired: RetiredAnswer[]
  /** Questions of the newest version that need an answer: new, or a carry that was not possible. */
  toAnswer: string[]
}

/** Can this answer stand as an answer to this question, unchanged? */
export function answerFits(answer: Answer, question: Question): boolean {
  if (answer.type === 'na') return question.allowNA
  if (answer.type !== question.type) return false
  const options = new Set((question.options ?? []).map((o) => o.id))
  switch (answer.type) {
    case 'checklist':
      return answer.checked.every((c) => options.has(c))
    case 'singleChoice':
      return options.has(answer.choice)
    case 'multiChoice':
      return answer.choices.every((c) => options.has(c))
    case 'maturity':
      return (question.levels ?? []).some((l) => l.level === answer.level)
    default:
      return true
  }
}

function sameAnswer(a: Answer, b: Answer): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

/** Combines the answers of merged questions into one answer for `target`, if that is meaningful. */
function mergeAnswers(parts: Answer[], target: Question): Answer | undefined {
  const first = parts[0]
  if (!first) return undefined
  if (parts.every((p) => sameAnswer(p, first))) return answerFits(first, target) ? first : undefined
  if (parts.every((p) => p.type === 'countBySex') && target.type === 'countBySex') {
    const counts: CountsBySex = { women: 0, men: 0, other: 0, unknown: 0 }
    for (const p of parts)
      if (p.type === 'countBySex')
        for (const k of ['women', 'men', 'other', 'unknown'] as const) counts[k] += p.counts[k]
    return { type: 'countBySex', counts }
  }
  if (parts.every((p) => p.type === 'checklist') && target.type === 'checklist') {
    const checked = [...new Set(parts.flatMap((p) => (p.type === 'checklist' ? p.checked : [])))]
    const evidence = parts.flatMap((p) => (p.type === 'checklist' && p.evidence ? [p.evidence] : [])).join('; ')
    const merged: Answer = evidence ? { type: 'checklist', checked, evidence } : { type: 'checklist', checked }
    return answerFits(merged, target) ? merged : undefined
  }
  return undefined
}

/**
 * Carries answers given under `chain[0]` to the newest version `chain.at(-1)` (the chain is
 * oldest → newest, as `rubricChain` returns it). Every input answer ends up either carried or
 * retired; every question that could not be given a carried answer is listed in `toAnswer`.
 */
export function carryAnswers(chain: Rubric[], answers: Record<string, Answer>): CarryResult {
  const carried: CarriedAnswer[] = []
  const retired: RetiredAnswer[] = []
  const first = chain[0]
  let current = new Map<string, Answer>()
  let needs = new Set<string>()
  if (!first) return { answers: { ...answers }, carried, retired, toAnswer: [] }
  const firstQuestions = indexRubric(first).questions
  for (const id of Object.keys(answers)) {
    const answer = answers[id]
    if (answer === undefined) continue
    if (firstQuestions.has(id)) current.set(id, answer)
    else retired.push({ id, answer, version: first.version, reason: 'unknownQuestion' })
  }

  for (let i = 1; i < chain.length; i++) {
    const prev = chain[i - 1] as Rubric
    const next = chain[i] as Rubric
    const step = resolveStep(prev, next)
    const nextQuestions = indexRubric(next).questions
    const nextAnswers = new Map<string, Answer>()
    const nextNeeds = new Set<string>()
    const put = (from: string, to: string, kind: MappingKind, answer: Answer) => {
      nextAnswers.set(to, answer)
      carried.push({ from, to, kind, version: next.version })
    }
    const handledMerges = new Set<VersionMapping>()

    for (const [id, answer] of current) {
      const m = step.byFrom.get(id)
      if (!m || m.kind === 'retired' || m.to.length === 0) {
        retired.push({ id, answer, version: next.version, reason: 'retired' })
        continue
      }
      if (m.kind === 'merged') {
        if (handledMerges.has(m)) continue
        handledMerges.add(m)
        const target = nextQuestions.get(m.to[0] as string)?.question
        const parts = m.from.map((f) => current.get(f))
        const complete = parts.every((p): p is Answer => p !== undefined)
        const merged = target && complete ? mergeAnswers(parts, target) : undefined
        if (merged) {
          nextAnswers.set(target!.id, merged)
          for (const f of m.from) carried.push({ from: f, to: target!.id, kind: 'merged', version: next.version })
        } else {
          m.from.forEach((f, k) => {
            const part = parts[k]
            if (part) retired.push({ id: f, answer: part, version: next.version, reason: 'incompatible' })
          })
          for (const t of m.to) nextNeeds.add(t)
        }
        continue
      }
      // same, renamed, split: copy to each target where the answer fits.
      let placed = false
      for (const t of m.to) {
        const q = nextQuestions.get(t)?.question
        if (q && answerFits(answer, q)) {
          put(id, t, m.kind, answer)
          placed = true
        } else nextNeeds.add(t)
      }
      if (!placed) retired.push({ id, answer, version: next.version, reason: 'incompatible' })
    }

    // Questions that needed an answer before still need one, under their new ids.
    for (const id of needs) {
      const m = step.byFrom.get(id)
      for (const t of m?.to ?? []) if (!nextAnswers.has(t)) nextNeeds.add(t)
    }
    for (const id of step.added) if (nextQuestions.has(id)) nextNeeds.add(id)
    current = nextAnswers
    needs = new Set([...nextNeeds].filter((id) => nextQuestions.has(id) && !nextAnswers.has(id)))
  }

  const out: Record<string, Answer> = {}
  for (const [id, a] of current) out[id] = a
  return { answers: out, carried, retired, toAnswer: [...needs] }
}

// --- Carrying content codings --------------------------------------------------------------

export interface ContentCodingParts {
  story: StoryCoding
  people: PersonRow[]
  journalists: JournalistRow[]
  ad?: AdCoding
}

export interface CodeChange {
  /** Where in the coding, e.g. `story.topic`, `people[2].occupation`. */
  path: string
  list: CodeListId
  from: string
  /** "" when the code was retired and a new one must be chosen. */
  to: string
}

/**
 * Maps the codes of a content coding made under `chain[0]` through each version's
 * `codeMappings`. Returns a copy; every change is listed, and codes that were retired (mapped
 * to "") are left empty and listed in `unresolved` for the coder to choose again.
 */
export function carryContentCoding<T extends ContentCodingParts>(
  chain: Rubric[],
  coding: T,
): { coding: T; changes: CodeChange[]; unresolved: CodeChange[] } {
  const changes: CodeChange[] = []
  const mapCode = (list: CodeListId, code: string, path: string): string => {
    let value = code
    for (const r of chain.slice(1)) {
      if (value === '') break
      const table = r.previous?.codeMappings?.[list]
      if (table && Object.prototype.hasOwnProperty.call(table, value)) value = table[value] as string
    }
    if (value !== code) changes.push({ path, list, from: code, to: value })
    return value
  }
  const story: StoryCoding = {
    ...coding.story,
    topic: mapCode('topic', coding.story.topic, 'story.topic'),
    scope: mapCode('scope', coding.story.scope, 'story.scope'),
  }
  const people = coding.people.map((p, i) => ({
    ...p,
    function: mapCode('function', p.function, `people[${i}].function`),
    occupation: mapCode('occupation', p.occupation, `people[${i}].occupation`),
  }))
  const journalists = coding.journalists.map((j, i) => ({ ...j, role: mapCode('journalistRole', j.role, `journalists[${i}].role`) }))
  const copy: T = { ...coding, story, people, journalists }
  if (coding.ad) {
    copy.ad = {
      ...coding.ad,
      womenRoles: coding.ad.womenRoles.map((r, i) => mapCode('adRole', r, `ad.womenRoles[${i}]`)),
      menRoles: coding.ad.menRoles.map((r, i) => mapCode('adRole', r, `ad.menRoles[${i}]`)),
    }
  }
  return { coding: copy, changes, unresolved: changes.filter((c) => c.to === '') }
}

// --- Comparing indicators across versions ---------------------------------------------------

export interface IdTrace {
  /** The ids in the newest version of the chain; [] when retired. */
  ids: string[]
  /** true when every step was `same` or `renamed`: values compare one to one. */
  exact: boolean
}

/**
 * Where an indicator (or question) `id` of version `fromVersion` lives in the newest version of
 * `chain` (oldest → newest), so scores made under different versions can be put side by side.
 * Returns undefined when `fromVersion` is not in the chain.
 */
export function indicatorIdIn(chain: Rubric[], fromVersion: string, id: string): IdTrace | undefined {
  const start = chain.findIndex((r) => r.version === fromVersion)
  if (start < 0) return undefined
  let ids = [id]
  let exact = true
  for (let i = start + 1; i < chain.length; i++) {
    const step = resolveStep(chain[i - 1] as Rubric, chain[i] as Rubric)
    const next: string[] = []
    for (const x of ids) {
      const m = step.byFrom.get(x)
      if (!m) {
        exact = false
        continue
      }
      if (m.kind !== 'same' && m.kind !== 'renamed') exact = false
      for (const t of m.to) if (!next.includes(t)) next.push(t)
    }
    ids = next
  }
  return { ids, exact: exact && ids.length === 1 }
}
