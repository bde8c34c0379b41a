// `npm run gim -- rubric check [files…]`: validates rubrics, scoring profiles and adoption
// policies (all of rubrics/ by default) and each rubric's mapping from its previous version.
// Exit 0 when everything is valid; 1 with every problem as `<file>: <path>: <message>`.

import { stat } from 'node:fs/promises'
import { catalogueOf, crossCheck, documentFiles, documentKey, formatFileProblem, parseFiles } from './files'

const USAGE = `Usage: npm run gim -- rubric check [--root <dir>] [files or folders…]

Validates every rubric, scoring profile and adoption policy (by their "format"), and each
rubric's declared mapping from its previous version. Without files, checks all of rubrics/.
A new version's previous version is looked up among the files given, then in --root (rubrics/).`

export const summary = 'validate rubrics, scoring profiles and adoption policies'

async function expand(paths: string[]): Promise<string[]> {
  const out: string[] = []
  for (const p of paths) {
    const isDir = await stat(p).then(
      (s) => s.isDirectory(),
      () => false,
    )
    out.push(...(isDir ? await documentFiles(p) : [p]))
  }
  return out
}

export async function run(args: string[]): Promise<number> {
  const [sub, ...rest] = args
  if (!sub || sub === '--help' || sub === '-h') {
    console.log(USAGE)
    return sub ? 0 : 1
  }
  if (sub !== 'check') {
    console.error(`Unknown subcommand '${sub}'.\n\n${USAGE}`)
    return 1
  }
  let root = 'rubrics'
  const targets: string[] = []
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i] as string
    if (a === '--root') root = rest[++i] ?? root
    else if (a === '--help' || a === '-h') {
      console.log(USAGE)
      return 0
    } else targets.push(a)
  }

  const named = await expand(targets.length ? targets : [root])
  const checked = await parseFiles(named)
  let problems = checked.problems
  if (!targets.length) problems = [...problems, ...crossCheck(checked.docs)]
  else {
    // A named file stands in for the published one of the same version; its mapping is checked
    // against the published previous version. Only problems in the named files are reported.
    const namedKeys = new Set(checked.docs.map((d) => documentKey(d.kind, d.value.id, d.value.version)))
    const rootFiles = await expand([root]).catch(() => [] as string[])
    const published = (await parseFiles(rootFiles.filter((f) => !named.includes(f)))).docs.filter(
      (d) => !namedKeys.has(documentKey(d.kind, d.value.id, d.value.version)),
    )
    const namedFiles = new Set(checked.docs.map((d) => d.file))
    problems = [...problems, ...crossCheck([...checked.docs, ...published]).filter((p) => namedFiles.has(p.file))]
  }

  for (const s of checked.skipped) console.log(`${s.file}: skipped (format "${s.format}" is checked elsewhere)`)
  if (problems.length) {
    for (const p of problems) console.error(formatFileProblem(p))
    console.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} in ${new Set(problems.map((p) => p.file)).size} file(s).`)
    return 1
  }
  const c = catalogueOf(checked.docs)
  console.log(`valid: ${c.rubrics.length} rubric(s), ${c.profiles.length} scoring profile(s), ${c.policies.length} adoption policy(ies)`)
  return 0
}
