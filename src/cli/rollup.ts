// `npm run gim -- rollup --policy <id> --at <YYYY-MM-DD> [--register <csv>] [--format json|csv]
// <submission files…>`: the department roll-up from submission files, with the same domain code
// as the app (submission reading, merge rules, scoring, adoption). Outlets of the register with
// no file count as none.

import { readFile } from 'node:fs/promises'
import { describeMissing } from '../domain/adoption'
import { toCsv } from '../domain/csv'
import type { EngineInput } from '../domain/engine'
import type { Outlet } from '../domain/outlet'
import { isDate, parsePeriod } from '../domain/period'
import { formatRegisterFileProblem, formatRegisterProblem, parseRegisterRows } from '../domain/register'
import { computeRollup } from '../domain/rollup'
import type { Rollup } from '../domain/rollup'
import { SECTION_IDS } from '../domain/rubric'
import { parseCsv } from '../platform/csv'
import { readCatalogueFor } from './files'
import { mergeSubmissionFiles } from './submission'

export const summary = 'adoption rates and scores over the register from submission files'

const HELP = `Usage: npm run gim -- rollup --policy <id> --at <YYYY-MM-DD> [options] <submission files…>

  --policy <id>       adoption policy (e.g. hanoi-331-2021, national-1790-2021)
  --at <date>         the date statuses and rates are evaluated at
  --register <csv>    the register of outlets (default: the outlets of the files)
  --format json|csv   output (default json): csv gives one row per outlet
  --profile <id>      scoring profile (default: "default")
  --period <label>    period of indicator values and scores: 2026, 2026-Q3, 2026-03 or
                      2026-01-01..2026-06-30 (default: the 12 months ending at --at)
  --rubrics <dir>     where rubrics, profiles and policies are read from (default rubrics/)

Files that cannot be read are reported on stderr and left out; the others are merged with the
app's rules (the newest version of each record wins). Exit code 1 on bad options or unreadable
register/policy, 0 otherwise.`

interface Options {
  policy?: string
  at?: string
  register?: string
  format: 'json' | 'csv'
  profile: string
  period?: string
  rubrics: string
  files: string[]
}

function parseArgs(args: string[]): Options | string {
  const o: Options = { format: 'json', profile: 'default', rubrics: 'rubrics', files: [] }
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!
    const value = (): string => {
      const v = args[++i]
      if (v === undefined) throw new Error(`${a} needs a value`)
      return v
    }
    try {
      if (a === '--policy') o.policy = value()
      else if (a === '--at') o.at = value()
      else if (a === '--register') o.register = value()
      else if (a === '--profile') o.profile = value()
      else if (a === '--period') o.period = value()
      else if (a === '--rubrics') o.rubrics = value()
      else if (a === '--format') {
        const f = value()
        if (f !== 'json' && f !== 'csv') return `--format must be json or csv, not '${f}'`
        o.format = f
      } else if (a.startsWith('--')) return `Unknown option '${a}'`
      else o.files.push(a)
    } catch (error) {
      return (error as Error).message
    }
  }
  if (!o.policy) return '--policy <id> is required'
  if (!o.at) return '--at <YYYY-MM-DD> is required'
  if (!isDate(o.at)) return `--at must be a date YYYY-MM-DD, not '${o.at}'`
  return o
}

/** Register outlets from CSV; problems are returned as lines for stderr. */
async function readRegister(file: string): Promise<{ outlets: Outlet[]; problems: string[] } | string> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    return `${file}: cannot be read: ${(error as Error).message}`
  }
  const csv = parseCsv(text)
  let n = 0
  const parsed = parseRegisterRows(csv.rows, { newId: () => `register-${++n}`, now: '1970-01-01T00:00:00Z' })
  const problems = [
    ...csv.errors.map((e) => `${file}: line ${e.row}: ${e.message}`),
    ...parsed.headerProblems.map((p) => `${file}: ${formatRegisterFileProblem(p)}`),
    ...parsed.report.filter((r) => r.status === 'error').map((r) => `${file}: line ${r.row}: ${r.problems.map(formatRegisterProblem).join('; ')}`),
  ]
  if (parsed.headerProblems.length > 0) return problems.join('\n')
  return { outlets: parsed.outlets, problems }
}

/**
 * The register row decides membership, name, kind, channels, ads, governing body and archiving;
 * an adoption decision comes from the register when it has one, else from the outlet's own file.
 */
function mergeOutlet(registered: Outlet, submitted: Outlet | undefined): Outlet {
  if (!submitted || registered.adoptionDecision) return registered
  return submitted.adoptionDecision ? { ...registered, adoptionDecision: submitted.adoptionDecision } : registered
}

export interface RollupCliResult {
  rollup: Rollup
  problems: string[]
}

/** Reads everything and computes the roll-up; returns a message on a fatal problem. */
export async function rollupFromFiles(o: Options): Promise<RollupCliResult | string> {
  const read = await readCatalogueFor(o.rubrics, o.policy!, o.profile)
  if (typeof read === 'string') return read
  const { catalogue: cat, policy, profile } = read
  const period = o.period === undefined ? undefined : parsePeriod(o.period)
  if (period === null) return `--period: cannot read '${o.period}' (use 2026, 2026-Q3, 2026-03 or 2026-01-01..2026-06-30)`
  const { records, problems: mergeProblems } = await mergeSubmissionFiles(o.files, cat)
  const problems = [...read.problems, ...mergeProblems]

  let outlets: Outlet[] = records.outlets
  if (o.register) {
    const reg = await readRegister(o.register)
    if (typeof reg === 'string') return reg
    problems.push(...reg.problems)
    const submitted = new Map(records.outlets.map((x) => [x.id, x]))
    outlets = reg.outlets.map((r) => mergeOutlet(r, submitted.get(r.id)))
    const inRegister = new Set(outlets.map((x) => x.id))
    for (const x of records.outlets) if (!inRegister.has(x.id)) problems.push(`outlet ${x.id} (${x.name}) has files but is not in the register: left out`)
  }
  const ids = new Set(outlets.map((x) => x.id))
  const input: EngineInput = {
    outlets,
    organisationAssessments: records.organisationAssessments.filter((a) => ids.has(a.outletId)),
    contentAssessments: records.contentAssessments.filter((a) => ids.has(a.outletId)),
    rubrics: cat.rubrics,
    profile,
    policy,
  }
  const rollup = computeRollup(input, period ? { at: o.at!, period } : { at: o.at! })
  return { rollup, problems: [...problems, ...rollup.notes] }
}

/** The JSON the command prints (a stable, documented subset of the Rollup view-model). */
export function rollupJson(r: Rollup): unknown {
  const rate = (x: { count: number; share: number | null }) => ({ count: x.count, share: x.share })
  return {
    policy: r.policy.id,
    policyVersion: r.policy.version,
    profile: { id: r.profile.id, version: r.profile.version },
    rubric: r.rubric,
    rubricVersionsUsed: r.rubricVersionsUsed,
    at: r.at,
    period: r.period,
    outlets: r.registerSize,
    adoption: {
      none: rate(r.adoption.none),
      pilot: rate(r.adoption.pilot),
      official: rate(r.adoption.official),
      targets: r.adoption.targets,
    },
    byOutlet: r.byOutlet.map((row) => ({
      outletId: row.outletId,
      name: row.name,
      kind: row.kind,
      channels: row.channels,
      archived: row.archived,
      status: row.status,
      missing: row.missing.map((m) => ({ ...m, text: describeMissing(m, 'en') })),
      contentItems: row.contentItems,
      scores: { overall: row.scores.overall, ...row.scores.categories, ...row.scores.sections },
      sourcesWomenShare: row.values['sources.womenShare'] ?? null,
      peopleWomenShare: row.values['people.womenShare'] ?? null,
    })),
  }
}

const round = (x: number | null | undefined, digits = 4) => (x === null || x === undefined ? null : Number(x.toFixed(digits)))

export function rollupCsv(r: Rollup): string {
  const header = [
    'outletId',
    'name',
    'kind',
    'channels',
    'archived',
    'status',
    'missing',
    'contentItems',
    'overall',
    'A',
    'B',
    ...SECTION_IDS,
    'sourcesWomenShare',
    'sourcesN',
    'peopleWomenShare',
    'peopleN',
  ]
  const rows = r.byOutlet.map((row) => [
    row.outletId,
    row.name,
    row.kind,
    row.channels.join(' '),
    row.archived,
    row.status,
    row.missing.map((m) => describeMissing(m, 'en')).join('; '),
    row.contentItems,
    round(row.scores.overall, 2),
    round(row.scores.categories.A, 2),
    round(row.scores.categories.B, 2),
    ...SECTION_IDS.map((s) => round(row.scores.sections[s], 2)),
    round(row.values['sources.womenShare']?.value),
    row.values['sources.womenShare']?.n ?? 0,
    round(row.values['people.womenShare']?.value),
    row.values['people.womenShare']?.n ?? 0,
  ])
  return toCsv(header, rows)
}

export async function run(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(HELP)
    return 0
  }
  const o = parseArgs(args)
  if (typeof o === 'string') {
    console.error(`${o}.\n\n${HELP}`)
    return 1
  }
  const result = await rollupFromFiles(o)
  if (typeof result === 'string') {
    console.error(result)
    return 1
  }
  for (const p of result.problems) console.error(p)
  process.stdout.write(o.format === 'csv' ? rollupCsv(result.rollup) : `${JSON.stringify(rollupJson(result.rollup), null, 2)}\n`)
  return 0
}
