// Reading and planning a department import in Node: 200 outlet submission files carrying 100,000
// content assessments (about 3 people each). Times: build + serialise (export), readSubmission of
// every file (size, JSON, checksum over JCS, full validation), and planMerge against an empty and a
// full workspace. Medians of several runs. The browser's end-to-end figure (with IndexedDB writes)
// is the db benchmark's.
import { cpus, loadavg } from 'node:os'
import { generateDemoWorkspace } from '../../src/domain/demo'
import { planMerge, recordsToWrite, type ExistingRecords } from '../../src/domain/mergePlan'
import { readSubmission, type ReadResult } from '../../src/domain/submission'
import { payloadChecksum } from '../../src/platform/checksum'
import { benchSubmissionTexts } from '../support/benchData'
import { testRubric } from '../support/testRubric'

const OUTLETS = 200
const ITEMS = 100_000
const RUNS = 3

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]!
}

export async function run(): Promise<void> {
  const rubric = testRubric()
  const pool = generateDemoWorkspace({ seed: 1, rubric }).contentAssessments.filter((a) => a.kind !== 'advertisement')
  let t = performance.now()
  const { texts, people } = await benchSubmissionTexts(pool, OUTLETS, ITEMS / OUTLETS)
  const exportMs = performance.now() - t
  const mb = texts.reduce((n, x) => n + x.length, 0) / 1e6
  console.log(`machine: ${cpus().length} cores, load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} (figures scale with it)`)
  console.log(`${OUTLETS} files, ${ITEMS.toLocaleString('en')} content assessments (~${people.toFixed(1)} people each), ${mb.toFixed(0)} MB of JSON`)
  console.log(`export (build + checksum + serialise), one run: ${(exportMs / 1000).toFixed(2)} s`)

  const ctx = { checksum: payloadChecksum, rubricKnown: () => true }
  const readTimes: number[] = []
  const planEmpty: number[] = []
  const planFull: number[] = []
  let results: ReadResult[] = []
  for (let r = 0; r < RUNS; r++) {
    t = performance.now()
    results = []
    for (const text of texts) results.push(await readSubmission(text, ctx))
    readTimes.push(performance.now() - t)
    if (results.some((x) => !x.ok)) throw new Error('a benchmark file was refused')
    const files = results.map((result, i) => ({ fileName: `f${i}.json`, result }))
    const empty: ExistingRecords = { outlets: new Map(), organisationAssessments: new Map(), contentAssessments: new Map() }
    t = performance.now()
    const plan = planMerge(empty, files)
    recordsToWrite(plan, plan.files.map((f) => f.fileName))
    planEmpty.push(performance.now() - t)
    const writes = recordsToWrite(plan, plan.files.map((f) => f.fileName))
    const full: ExistingRecords = {
      outlets: new Map(writes.outlets.map((x) => [x.id, x])),
      organisationAssessments: new Map(),
      contentAssessments: new Map(writes.contentAssessments.map((x) => [x.id, { ...x }])),
    }
    t = performance.now()
    const again = planMerge(full, files)
    planFull.push(performance.now() - t)
    if (again.totals.unchanged !== ITEMS + OUTLETS) throw new Error('re-import was not a no-op')
  }
  console.log(`readSubmission of all ${OUTLETS} files: median ${(median(readTimes) / 1000).toFixed(2)} s (runs: ${readTimes.map((x) => (x / 1000).toFixed(2)).join(', ')})`)
  console.log(`planMerge + recordsToWrite, empty workspace: median ${median(planEmpty).toFixed(0)} ms`)
  console.log(`planMerge, every record already there (content compared): median ${median(planFull).toFixed(0)} ms`)
}
