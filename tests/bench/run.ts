// `npm run bench`: runs every tests/bench/*.bench.ts module's `run()` in turn. Each prints its own
// figures (medians of several runs, with the machine's noise in mind). `npm run bench -- name` runs
// only the modules whose file name contains `name`.
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

const dir = import.meta.dirname
const filter = process.argv[2]
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts') && (!filter || f.includes(filter)))
  .sort()

let failed = 0
for (const file of files) {
  console.log(`\n## ${file}`)
  try {
    const mod = (await import(pathToFileURL(join(dir, file)).href)) as { run: () => Promise<void> }
    await mod.run()
  } catch (error) {
    failed += 1
    console.error(`${file} failed:`, error)
  }
}
process.exitCode = failed > 0 ? 1 : 0
