// `npm run gim -- submission check <files…>`: reads each submission file with the same code as the
// app's import (size, JSON, format, newer format, checksum, every field, rubric versions known)
// and prints OK or every reason. Exit 1 when any file is invalid.

import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { findRubric, type Catalogue } from '../domain/catalogue'
import { planMerge, recordsToWrite, type RecordsToWrite } from '../domain/mergePlan'
import { DEFAULT_MAX_FILE_BYTES, readSubmission, type ReadResult } from '../domain/submission'
import { formatProblem } from '../domain/validate'
import { payloadChecksum } from '../platform/checksum'
import { readCatalogue } from './files'

export const summary = 'check submission files (format, checksum, every field, rubric versions)'

const HELP = `Usage: npm run gim -- submission check [--rubrics <dir>] <files…>

Checks each submission file as the app's import does and prints OK or every problem with its
path. Exit code 0 when all files are valid, 1 when any is not.`

/** Reads one file from disk and checks it; never throws. */
export async function checkSubmissionFile(
  file: string,
  rubricKnown: (id: string, version: string) => boolean,
  maxBytes = DEFAULT_MAX_FILE_BYTES,
): Promise<ReadResult> {
  try {
    const info = await stat(file)
    if (!info.isFile()) return { ok: false, reason: 'notJson', problems: [{ path: '', message: 'not a file' }] }
    if (info.size > maxBytes)
      return { ok: false, reason: 'tooLarge', problems: [{ path: '', message: `the file is larger than ${Math.floor(maxBytes / (1024 * 1024))} MB` }] }
    const bytes = await readFile(file)
    let text: string
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    } catch {
      return { ok: false, reason: 'notJson', problems: [{ path: '', message: 'not UTF-8 text' }] }
    }
    return await readSubmission(text, { checksum: payloadChecksum, rubricKnown, maxBytes })
  } catch (error) {
    return { ok: false, reason: 'notJson', problems: [{ path: '', message: `cannot be read: ${error instanceof Error ? error.message : String(error)}` }] }
  }
}

/**
 * Merges submission files with the app's import rules into an empty workspace: the records of the
 * valid files, and a line for every refused file and every conflicting or rejected record.
 */
export async function mergeSubmissionFiles(files: readonly string[], catalogue: Catalogue): Promise<{ records: RecordsToWrite; problems: string[] }> {
  const known = (id: string, version: string) => catalogue.rubrics.some((r) => r.id === id && r.version === version)
  const problems: string[] = []
  const read: { fileName: string; result: ReadResult }[] = []
  for (const file of files) {
    const result = await checkSubmissionFile(file, known)
    if (!result.ok) problems.push(`${file}: refused (${result.reason}): ${result.problems.slice(0, 5).map(formatProblem).join('; ')}`)
    read.push({ fileName: basename(file), result })
  }
  const plan = planMerge({ outlets: new Map(), organisationAssessments: new Map(), contentAssessments: new Map() }, read)
  for (const f of plan.files)
    for (const r of f.records) if (r.status === 'conflicting' || r.status === 'rejected') problems.push(`${f.fileName}: ${r.kind} ${r.id}: ${r.status} (${r.reason})`)
  return { records: recordsToWrite(plan, plan.files.filter((f) => f.valid).map((f) => f.fileName)), problems }
}

export async function run(args: string[]): Promise<number> {
  const [sub, ...rest] = args
  if (sub === '--help' || sub === '-h' || sub === undefined) {
    console.log(HELP)
    return sub === undefined ? 1 : 0
  }
  if (sub !== 'check') {
    console.error(`Unknown subcommand '${sub}'.\n\n${HELP}`)
    return 1
  }
  let rubricsDir = 'rubrics'
  const files: string[] = []
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!
    if (a === '--rubrics') rubricsDir = rest[++i] ?? rubricsDir
    else if (a === '--help' || a === '-h') {
      console.log(HELP)
      return 0
    } else files.push(a)
  }
  if (files.length === 0) {
    console.error(`No files given.\n\n${HELP}`)
    return 1
  }
  const { catalogue, problems } = await readCatalogue(rubricsDir)
  if (catalogue.rubrics.length === 0) {
    console.error(`No rubric could be read from ${rubricsDir}; cannot check rubric versions.`)
    for (const p of problems) console.error(`  ${p.file}: ${p.path ? `${p.path}: ` : ''}${p.message}`)
    return 1
  }
  const rubricKnown = (id: string, version: string) => findRubric(catalogue, id, version) !== undefined
  let invalid = 0
  for (const file of files) {
    const r = await checkSubmissionFile(file, rubricKnown)
    if (r.ok) {
      const p = r.submission.payload
      console.log(
        `OK       ${file}: ${p.outlet.name} — ${p.organisationAssessments.length} organisation assessment(s), ` +
          `${p.contentAssessments.length} content assessment(s), names ${p.includesNames ? 'included' : 'left out'}`,
      )
    } else {
      invalid++
      console.log(`INVALID  ${file} (${r.reason})`)
      for (const problem of r.problems) console.log(`  ${formatProblem(problem)}`)
    }
  }
  console.log(`\n${files.length - invalid} valid, ${invalid} invalid`)
  return invalid > 0 ? 1 : 0
}
