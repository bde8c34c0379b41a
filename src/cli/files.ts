// Reads the documents in `rubrics/` (rubrics, scoring profiles, adoption policies) from disk and
// parses them with the same domain code as the app. Other commands build their Catalogue here.

import { readdir, readFile } from 'node:fs/promises'
import { basename, join, relative } from 'node:path'
import { ADOPTION_POLICY_FORMAT, parseAdoptionPolicy, type AdoptionPolicy } from '../domain/adoptionPolicy'
import { catalogueProblems, findPolicy, findProfile, type Catalogue, type DocumentKind } from '../domain/catalogue'
import { RUBRIC_FORMAT, parseRubric } from '../domain/rubric'
import { SCORING_PROFILE_FORMAT, parseScoringProfile, type ScoringProfile } from '../domain/scoringProfile'
import { isRecord, own, type Parsed } from '../domain/validate'

export interface FileProblem {
  file: string
  path: string
  message: string
}

export function formatFileProblem(p: FileProblem): string {
  return p.path ? `${p.file}: ${p.path}: ${p.message}` : `${p.file}: ${p.message}`
}

const PARSERS: Record<string, { kind: DocumentKind; parse: (x: unknown) => Parsed<unknown> }> = {
  [RUBRIC_FORMAT]: { kind: 'rubric', parse: parseRubric },
  [SCORING_PROFILE_FORMAT]: { kind: 'profile', parse: parseScoringProfile },
  [ADOPTION_POLICY_FORMAT]: { kind: 'policy', parse: parseAdoptionPolicy },
}
export const DOCUMENT_FORMATS = Object.keys(PARSERS)

/** Every .json file under `dir`, sorted, except the JSON Schemas. */
export async function documentFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true })
  const out: string[] = []
  for (const e of entries) {
    const path = join(dir, e.name)
    if (e.isDirectory()) {
      if (e.name !== 'schema') out.push(...(await documentFiles(path)))
    } else if (e.name.endsWith('.json')) out.push(path)
  }
  return out.sort()
}

export type ReadDocument =
  | { status: 'parsed'; file: string; kind: DocumentKind; value: unknown }
  | { status: 'invalid'; file: string; problems: FileProblem[] }
  /** Another `gim-…` format (a lexicon, a submission example): not this command's business. */
  | { status: 'other'; file: string; format: string }

/** Reads and parses one file by its `format`. Never throws: a read or JSON error is a problem. */
export async function readDocument(file: string, shownAs = file): Promise<ReadDocument> {
  const invalid = (path: string, message: string): ReadDocument => ({ status: 'invalid', file: shownAs, problems: [{ file: shownAs, path, message }] })
  let data: unknown
  try {
    data = JSON.parse(await readFile(file, 'utf8'))
  } catch (error) {
    return invalid('', error instanceof SyntaxError ? `not valid JSON: ${error.message}` : `cannot be read: ${String(error)}`)
  }
  const format = isRecord(data) ? own(data, 'format') : undefined
  const parser = typeof format === 'string' ? PARSERS[format] : undefined
  if (!parser) {
    if (typeof format === 'string' && format.startsWith('gim-')) return { status: 'other', file: shownAs, format }
    return invalid('format', `expected one of ${DOCUMENT_FORMATS.join(', ')}`)
  }
  const parsed = parser.parse(data)
  if (!parsed.ok) return { status: 'invalid', file: shownAs, problems: parsed.problems.map((p) => ({ file: shownAs, ...p })) }
  if (parser.kind === 'rubric') {
    const v = parsed.value as { version: string }
    if (basename(file) !== `${v.version}.json`)
      return invalid('version', `the file of version ${v.version} must be named ${v.version}.json (files are never renamed or edited once published)`)
  }
  return { status: 'parsed', file: shownAs, kind: parser.kind, value: parsed.value }
}

export interface ParsedDocument {
  file: string
  kind: DocumentKind
  value: { id: string; version: string }
}

export interface ParsedFiles {
  docs: ParsedDocument[]
  problems: FileProblem[]
  /** Files of other formats that were left alone. */
  skipped: { file: string; format: string }[]
}

export function documentKey(kind: DocumentKind, id: string, version: string): string {
  return `${kind}/${id}@${version}`
}

/** Reads and parses each file on its own. */
export async function parseFiles(paths: string[], cwd = process.cwd()): Promise<ParsedFiles> {
  const out: ParsedFiles = { docs: [], problems: [], skipped: [] }
  for (const path of paths) {
    const doc = await readDocument(path, relative(cwd, path) || path)
    if (doc.status === 'invalid') out.problems.push(...doc.problems)
    else if (doc.status === 'other') out.skipped.push({ file: doc.file, format: doc.format })
    else out.docs.push({ file: doc.file, kind: doc.kind, value: doc.value as ParsedDocument['value'] })
  }
  return out
}

export function catalogueOf(docs: ParsedDocument[]): Catalogue {
  const catalogue: Catalogue = { rubrics: [], profiles: [], policies: [] }
  for (const d of docs) {
    if (d.kind === 'rubric') catalogue.rubrics.push(d.value as Catalogue['rubrics'][number])
    else if (d.kind === 'profile') catalogue.profiles.push(d.value as Catalogue['profiles'][number])
    else catalogue.policies.push(d.value as Catalogue['policies'][number])
  }
  return catalogue
}

/** The problems only the documents together show (mappings, duplicates, scoring rules), by file. */
export function crossCheck(docs: ParsedDocument[]): FileProblem[] {
  const files = new Map<string, string>()
  for (const d of docs) files.set(documentKey(d.kind, d.value.id, d.value.version), d.file)
  return catalogueProblems(catalogueOf(docs)).map((p) => ({
    file: files.get(documentKey(p.kind, p.id, p.version)) ?? `${p.kind} ${p.id} ${p.version}`,
    path: p.path,
    message: p.message,
  }))
}

/** Everything in `rootDir` (default `rubrics/`), parsed, with every problem found. */
export async function readCatalogue(rootDir = 'rubrics'): Promise<{ catalogue: Catalogue; problems: FileProblem[] }> {
  let paths: string[]
  try {
    paths = await documentFiles(rootDir)
  } catch (error) {
    return { catalogue: { rubrics: [], profiles: [], policies: [] }, problems: [{ file: rootDir, path: '', message: `cannot be read: ${String(error)}` }] }
  }
  const parsed = await parseFiles(paths)
  return { catalogue: catalogueOf(parsed.docs), problems: [...parsed.problems, ...crossCheck(parsed.docs)] }
}

/**
 * The catalogue with the policy and scoring profile a command asked for (`rollup`, `scorecard`,
 * `report`); returns a message when there is no rubric or either id is unknown.
 */
export async function readCatalogueFor(
  rootDir: string,
  policyId: string,
  profileId: string,
): Promise<{ catalogue: Catalogue; policy: AdoptionPolicy; profile: ScoringProfile; problems: string[] } | string> {
  const { catalogue, problems } = await readCatalogue(rootDir)
  if (catalogue.rubrics.length === 0) return `No rubric could be read from ${rootDir}`
  const policy = findPolicy(catalogue, policyId)
  if (!policy) return `Unknown policy '${policyId}'. Known: ${catalogue.policies.map((p) => p.id).join(', ') || '(none)'}`
  const profile = findProfile(catalogue, profileId)
  if (!profile) return `Unknown scoring profile '${profileId}'. Known: ${catalogue.profiles.map((p) => p.id).join(', ') || '(none)'}`
  return { catalogue, policy, profile, problems: problems.map(formatFileProblem) }
}
