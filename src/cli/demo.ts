// `npm run gim -- demo --out <dir> [--seed N]`: writes the demo workspace as the department would
// receive it — one submission file per outlet plus register.csv — from the same generator as the
// app's "load demo workspace".

import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { DEMO_DEFAULT_NOW, DEMO_DEFAULT_SEED, demoOutletFiles, generateDemoWorkspace, pickDemoRubric } from '../domain/demo'
import { isValidTimestamp } from '../domain/submission'
import { payloadChecksum } from '../platform/checksum'
import { readCatalogue } from './files'

export const summary = 'write the demo workspace as submission files + register.csv'

const HELP = `Usage: npm run gim -- demo --out <dir> [--seed N] [--now <ISO timestamp>] [--names] [--scale X]

Writes one submission file per fictional Hanoi outlet with data, and register.csv with all of them.
  --seed N     another deterministic demo (default ${DEMO_DEFAULT_SEED})
  --now T      the demo's "today" (default ${DEMO_DEFAULT_NOW}); nothing is dated after it
  --names      keep people's names in the files (left out by default, as the app does)
  --scale X    multiply the number of content items (default 1, about 10,000 items)`

async function appVersion(): Promise<string> {
  try {
    const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string }
    return pkg.version ?? '0.0.0'
  } catch {
    return '0.0.0'
  }
}

export async function run(args: string[]): Promise<number> {
  let out: string | undefined
  let seed = DEMO_DEFAULT_SEED
  let now = DEMO_DEFAULT_NOW
  let names = false
  let scale = 1
  let rubricsDir = 'rubrics'
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!
    const value = () => args[++i]
    if (a === '--out') out = value()
    else if (a === '--seed') seed = Number(value())
    else if (a === '--now') now = value() ?? ''
    else if (a === '--names') names = true
    else if (a === '--scale') scale = Number(value())
    else if (a === '--rubrics') rubricsDir = value() ?? rubricsDir
    else if (a === '--help' || a === '-h') {
      console.log(HELP)
      return 0
    } else {
      console.error(`Unknown option '${a}'.\n\n${HELP}`)
      return 1
    }
  }
  if (!out) {
    console.error(`--out <dir> is required.\n\n${HELP}`)
    return 1
  }
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    console.error('--seed must be a whole number from 0 to 4294967295')
    return 1
  }
  if (!isValidTimestamp(now)) {
    console.error('--now must be an ISO timestamp such as 2026-11-01T00:00:00Z')
    return 1
  }
  if (!Number.isFinite(scale) || scale <= 0 || scale > 100) {
    console.error('--scale must be a number above 0 and at most 100')
    return 1
  }
  const { catalogue, problems } = await readCatalogue(rubricsDir)
  const rubric = pickDemoRubric(catalogue.rubrics)
  if (!rubric) {
    console.error(`No vn-gsim rubric could be read from ${rubricsDir}.`)
    for (const p of problems) console.error(`  ${p.file}: ${p.path ? `${p.path}: ` : ''}${p.message}`)
    return 1
  }
  const ws = generateDemoWorkspace({ seed, rubric, now, scale })
  const { files, registerCsv } = await demoOutletFiles(ws, {
    app: { name: 'GIM Index', version: await appVersion() },
    checksum: payloadChecksum,
    createdAt: now,
    includeNames: names,
  })
  await mkdir(out, { recursive: true })
  for (const f of files) await writeFile(join(out, f.fileName), f.text, 'utf8')
  await writeFile(join(out, 'register.csv'), registerCsv, 'utf8')
  console.log(
    `Wrote ${files.length} submission files and register.csv (${ws.outlets.length} outlets, ` +
      `${ws.organisationAssessments.length} organisation and ${ws.contentAssessments.length} content assessments, ` +
      `rubric ${rubric.id} ${rubric.version}, seed ${seed}) to ${out}`,
  )
  return 0
}
