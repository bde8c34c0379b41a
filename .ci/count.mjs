// Sums the JSON reports of Vitest and Playwright into CI's closing line: "N passed, N failed".
// A missing report counts as a failure (the runner crashed before writing it).
import { existsSync, readFileSync } from 'node:fs'

let passed = 0
let failed = 0
const [vitestFile, playwrightFile] = process.argv.slice(2)

if (vitestFile && existsSync(vitestFile)) {
  const r = JSON.parse(readFileSync(vitestFile, 'utf8'))
  passed += r.numPassedTests ?? 0
  // A file that failed to load has no test results of its own: count it as one failure.
  const brokenFiles = (r.testResults ?? []).filter((f) => f.status === 'failed' && (f.assertionResults ?? []).length === 0)
  failed += (r.numFailedTests ?? 0) + brokenFiles.length
} else failed += 1

if (playwrightFile && existsSync(playwrightFile)) {
  const s = JSON.parse(readFileSync(playwrightFile, 'utf8')).stats ?? {}
  passed += (s.expected ?? 0) + (s.flaky ?? 0)
  failed += s.unexpected ?? 0
} else failed += 1

console.log(`${passed} passed, ${failed} failed`)
process.exit(failed > 0 || passed === 0 ? 1 : 0)
