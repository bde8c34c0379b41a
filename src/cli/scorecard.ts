// `npm run gim -- scorecard --outlet <id> --policy <id> --at <date> --out <file.pdf> [--locale vi|en]
// <submission files…>`: the outlet scorecard as a PDF, from submission files, with the same domain
// code (merge rules, engine, scorecard view-model) and the same PDF builder as the app.
import { readFile, writeFile } from 'node:fs/promises'
import type { EngineInput } from '../domain/engine'
import { isDate, parsePeriod, yearPeriod } from '../domain/period'
import { buildScorecard } from '../domain/scorecard'
import type { Locale } from '../domain/text'
import { scorecardDocument } from '../pdf/scorecardDocument'
import { renderPdf } from '../pdf/renderNode'
import { readCatalogueFor } from './files'
import { mergeSubmissionFiles } from './submission'

export const summary = 'the PDF scorecard of one outlet from submission files'

const HELP = `Usage: npm run gim -- scorecard --outlet <id> --policy <id> --at <YYYY-MM-DD> --out <file.pdf> [options] <submission files…>

  --outlet <id>       the outlet (its id, or its exact name)
  --policy <id>       adoption policy (e.g. hanoi-331-2021, national-1790-2021)
  --at <date>         the date the adoption status is evaluated at
  --out <file.pdf>    where the PDF is written
  --locale vi|en      language of the PDF (default vi)
  --period <label>    period of the indicator values: 2026, 2026-Q3, 2026-03 or
                      2026-01-01..2026-06-30 (default: the calendar year of --at)
  --profile <id>      scoring profile (default: "default")
  --rubrics <dir>     where rubrics, profiles and policies are read from (default rubrics/)

Files that cannot be read are reported on stderr and left out. Exit code 1 on bad options, an
unknown outlet or policy; 0 when the PDF is written.`

export interface PdfCliOptions {
  outlet?: string
  policy?: string
  at?: string
  out?: string
  locale: Locale
  period?: string
  profile: string
  rubrics: string
  register?: string
  files: string[]
}

/** Shared by `scorecard` and `report`: returns the options or a message. */
export function parsePdfArgs(args: string[], allowed: readonly string[]): PdfCliOptions | string {
  const o: PdfCliOptions = { locale: 'vi', profile: 'default', rubrics: 'rubrics', files: [] }
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!
    if (!a.startsWith('--')) {
      o.files.push(a)
      continue
    }
    const name = a.slice(2)
    if (!allowed.includes(name)) return `Unknown option '${a}'`
    const v = args[++i]
    if (v === undefined) return `${a} needs a value`
    if (name === 'locale') {
      if (v !== 'vi' && v !== 'en') return `--locale must be vi or en, not '${v}'`
      o.locale = v
    } else if (name === 'files' || name === 'locale') return `Unknown option '${a}'`
    else (o as unknown as Record<string, string>)[name] = v
  }
  if (!o.policy) return '--policy <id> is required'
  if (!o.at) return '--at <YYYY-MM-DD> is required'
  if (!isDate(o.at)) return `--at must be a date YYYY-MM-DD, not '${o.at}'`
  if (!o.out) return '--out <file.pdf> is required'
  return o
}

/** The app's version, printed in the PDF footer. */
export async function appVersion(): Promise<string> {
  try {
    const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string }
    return pkg.version ?? '0.0.0'
  } catch {
    return '0.0.0'
  }
}

/** Today as YYYY-MM-DD (the command line may read the clock; the builders may not). */
export const today = (): string => new Date().toISOString().slice(0, 10)

/** Submission files merged with the app's rules into the engine's input (all outlets of the files). */
export async function engineInputFromFiles(o: PdfCliOptions): Promise<{ input: EngineInput; problems: string[] } | string> {
  const read = await readCatalogueFor(o.rubrics, o.policy!, o.profile)
  if (typeof read === 'string') return read
  const { catalogue: cat, policy, profile } = read
  const { records, problems } = await mergeSubmissionFiles(o.files, cat)
  return {
    input: { outlets: records.outlets, organisationAssessments: records.organisationAssessments, contentAssessments: records.contentAssessments, rubrics: cat.rubrics, profile, policy },
    problems: [...read.problems, ...problems],
  }
}

export async function run(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(HELP)
    return 0
  }
  const o = parsePdfArgs(args, ['outlet', 'policy', 'at', 'out', 'locale', 'period', 'profile', 'rubrics'])
  if (typeof o === 'string') {
    console.error(`${o}.\n\n${HELP}`)
    return 1
  }
  if (!o.outlet) {
    console.error(`--outlet <id> is required.\n\n${HELP}`)
    return 1
  }
  const period = o.period === undefined ? yearPeriod(o.at!.slice(0, 4)) : parsePeriod(o.period)
  if (!period) {
    console.error(`--period: cannot read '${o.period}' (use 2026, 2026-Q3, 2026-03 or 2026-01-01..2026-06-30)`)
    return 1
  }
  const loaded = await engineInputFromFiles(o)
  if (typeof loaded === 'string') {
    console.error(loaded)
    return 1
  }
  for (const p of loaded.problems) console.error(p)
  const { input } = loaded
  const outlet = input.outlets.find((x) => x.id === o.outlet) ?? input.outlets.find((x) => x.name.normalize('NFC') === o.outlet!.normalize('NFC'))
  if (!outlet) {
    console.error(`Outlet '${o.outlet}' is in none of the files read. Outlets: ${input.outlets.map((x) => `${x.id} (${x.name})`).join(', ') || '(none)'}`)
    return 1
  }
  const scorecard = buildScorecard(input, { outletId: outlet.id, period, at: o.at! })
  const doc = scorecardDocument(scorecard, { locale: o.locale, appVersion: await appVersion(), generatedOn: today(), policyTitle: input.policy.title[o.locale] })
  const bytes = await renderPdf(doc)
  await writeFile(o.out!, bytes)
  console.error(`Wrote ${o.out} (${(bytes.length / 1024).toFixed(1)} KB): ${outlet.name}, ${scorecard.period.label}, ${scorecard.adoption.level}`)
  return 0
}
