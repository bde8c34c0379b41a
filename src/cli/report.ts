// `npm run gim -- report --policy <id> --at <date> --out <file.pdf> [--register <csv>] [--locale vi|en]
// <submission files…>`: the department report as a PDF — the same roll-up as `gim rollup` (same
// merge rules, register handling and engine) through the same PDF builder as the dashboard.
import { writeFile } from 'node:fs/promises'
import { parsePeriod } from '../domain/period'
import { departmentReportDocument } from '../pdf/departmentReport'
import { renderPdf } from '../pdf/renderNode'
import { rollupFromFiles } from './rollup'
import { appVersion, parsePdfArgs, today } from './scorecard'

export const summary = 'the department report as a PDF from submission files'

const HELP = `Usage: npm run gim -- report --policy <id> --at <YYYY-MM-DD> --out <file.pdf> [options] <submission files…>

  --policy <id>       adoption policy (e.g. hanoi-331-2021, national-1790-2021)
  --at <date>         the date statuses and rates are evaluated at
  --out <file.pdf>    where the PDF is written
  --register <csv>    the register of outlets (default: the outlets of the files)
  --locale vi|en      language of the PDF (default vi)
  --period <label>    period of indicator values and scores: 2026, 2026-Q3, 2026-03 or
                      2026-01-01..2026-06-30 (default: the 12 months ending at --at)
  --profile <id>      scoring profile (default: "default")
  --rubrics <dir>     where rubrics, profiles and policies are read from (default rubrics/)

Files that cannot be read are reported on stderr and left out. Exit code 1 on bad options or an
unreadable register or policy; 0 when the PDF is written.`

export async function run(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(HELP)
    return 0
  }
  const o = parsePdfArgs(args, ['policy', 'at', 'out', 'register', 'locale', 'period', 'profile', 'rubrics'])
  if (typeof o === 'string') {
    console.error(`${o}.\n\n${HELP}`)
    return 1
  }
  if (o.period !== undefined && parsePeriod(o.period) === null) {
    console.error(`--period: cannot read '${o.period}' (use 2026, 2026-Q3, 2026-03 or 2026-01-01..2026-06-30)`)
    return 1
  }
  const result = await rollupFromFiles({ policy: o.policy, at: o.at, register: o.register, format: 'json', profile: o.profile, period: o.period, rubrics: o.rubrics, files: o.files })
  if (typeof result === 'string') {
    console.error(result)
    return 1
  }
  for (const p of result.problems) console.error(p)
  const { rollup } = result
  const doc = departmentReportDocument(rollup, { locale: o.locale, appVersion: await appVersion(), generatedOn: today() })
  const bytes = await renderPdf(doc)
  await writeFile(o.out!, bytes)
  console.error(`Wrote ${o.out} (${(bytes.length / 1024).toFixed(1)} KB): ${rollup.registerSize} outlets, pilot ${rollup.adoption.pilot.count}, official ${rollup.adoption.official.count}`)
  return 0
}
