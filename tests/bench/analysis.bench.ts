// Throughput of the Vietnamese text assistant: the labelled corpus concatenated to ≥ 5 MB, run
// as one text (proves the passes are linear: no quadratic scan over people or mentions) and as
// the separate articles an editor would paste.
//
// "On one core": the figures that count are measured in a child Node process started with V8's
// --single-threaded flag, so the garbage collector (scavenges and marking) and the optimising
// compiler run on the main thread. That process's CPU time (user + system) is then exactly what
// one core spends on the analysis, garbage collection included: not inflated by the coordination
// of parallel GC helper threads, and not hiding work that they would otherwise do on a second
// core. Wall time is printed beside it; on a shared machine it also counts the moments the
// process waits for a core, so it is not the gate. The two modes alternate run by run, so the
// machine's load falls on both alike; medians of RUNS runs. For reference, the same measure with
// V8's default flags (parallel GC) follows, in this process.
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { analyzeText } from '../../src/domain/analysis/analyze'
import { findWordingFlags, parseLexicon, type Lexicon } from '../../src/domain/analysis/lexicon'
import { findPeople } from '../../src/domain/analysis/people'
import { tokenize, type TokenScratch } from '../../src/domain/analysis/tokenize'

const root = join(import.meta.dirname, '..', '..')
const TARGET_MB_PER_S = 5
const RUNS = 7
/** Set in the child process that takes the single-threaded measure. */
const CHILD_ENV = 'GIM_ANALYSIS_BENCH_SINGLE_THREADED'

function median(xs: number[]): number {
  const s = xs.slice().sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]!
}

const load = () => `load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} on ${cpus().length} cores`

interface Input {
  lexicon: Lexicon
  articles: string[]
  whole: string
  mb: number
}

function input(): Input {
  const parsed = parseLexicon(JSON.parse(readFileSync(join(root, 'rubrics/lexicon/gender-wording-vi-1.0.0.json'), 'utf8')))
  if (!parsed.ok) throw new Error('lexicon invalid')
  const texts = ['dev', 'test'].flatMap(
    (s) => (JSON.parse(readFileSync(join(root, `tests/fixtures/analysis/${s}.json`), 'utf8')) as { texts: { text: string }[] }).texts.map((t) => t.text),
  )
  const articles: string[] = []
  let bytes = 0
  while (bytes < 5 * 1024 * 1024) {
    for (const t of texts) {
      articles.push(t)
      bytes += Buffer.byteLength(t, 'utf8') + 2
    }
  }
  const whole = articles.join('\n\n')
  return { lexicon: parsed.value, articles, whole, mb: Buffer.byteLength(whole, 'utf8') / (1024 * 1024) }
}

interface Figures {
  wall: number
  cpu: number
}

/** Medians of RUNS runs of each mode, alternating; returns CPU and wall milliseconds per mode. */
function measure({ lexicon, articles, whole }: Input): { one: Figures; each: Figures; people: number } {
  // Warm-up: two full passes in each mode, so the medians measure the compiled steady state, not
  // the JIT (single-threaded, V8 optimises on the main thread: one pass left the next run ~20% slow).
  let people = 0
  for (let r = 0; r < 2; r++) {
    for (const a of articles) analyzeText(a, lexicon)
    people = analyzeText(whole, lexicon).people.length
  }
  const runs = { oneWall: [] as number[], oneCpu: [] as number[], eachWall: [] as number[], eachCpu: [] as number[] }
  const time = (work: () => void, wall: number[], cpu: number[]) => {
    const c0 = process.cpuUsage()
    const t0 = performance.now()
    work()
    wall.push(performance.now() - t0)
    const c = process.cpuUsage(c0)
    cpu.push((c.user + c.system) / 1000)
  }
  for (let r = 0; r < RUNS; r++) {
    time(() => (people = analyzeText(whole, lexicon).people.length), runs.oneWall, runs.oneCpu)
    time(() => { for (const a of articles) analyzeText(a, lexicon) }, runs.eachWall, runs.eachCpu)
  }
  return {
    one: { wall: median(runs.oneWall), cpu: median(runs.oneCpu) },
    each: { wall: median(runs.eachWall), cpu: median(runs.eachCpu) },
    people,
  }
}

function report(data: Input, m: { one: Figures; each: Figures }): number {
  const rate = (ms: number) => data.mb / (ms / 1000)
  for (const [label, f] of [[`one ${data.mb.toFixed(1)} MB text`, m.one], [`${data.articles.length} separate articles`, m.each]] as const) {
    console.log(`    ${label}: median of ${RUNS}: CPU ${f.cpu.toFixed(0)} ms → ${rate(f.cpu).toFixed(1)} MB/s; wall ${f.wall.toFixed(0)} ms → ${rate(f.wall).toFixed(1)} MB/s`)
  }
  return Math.min(rate(m.one.cpu), rate(m.each.cpu))
}

/** The shares of the three passes of analyzeText (tokens, people, wording flags) over the texts. */
function phases({ lexicon }: Input, texts: string[]): string {
  const scratch: TokenScratch = {}
  let tokens = 0
  let people = 0
  let flags = 0
  for (const text of texts) {
    const t0 = performance.now()
    const tk = tokenize(text, scratch)
    const t1 = performance.now()
    findPeople(tk)
    const t2 = performance.now()
    findWordingFlags(tk, lexicon)
    tokens += t1 - t0
    people += t2 - t1
    flags += performance.now() - t2
  }
  const pct = (x: number) => `${Math.round((100 * x) / (tokens + people + flags))}%`
  return `tokens ${pct(tokens)}, people ${pct(people)}, flags ${pct(flags)}`
}

/** The child's part: the single-threaded measure, the gate and a calibration. */
function singleThreaded(): void {
  const data = input()
  console.log(`text assistant: ${data.mb.toFixed(2)} MB (${data.articles.length} articles)`)
  console.log(`  ${load()} (before)`)
  const m = measure(data)
  console.log(`  one core (child process, node --single-threaded; ${m.people} people found in the concatenation):`)
  const best = report(data, m)
  // Calibration: the cheapest possible pass over the same text (split on spaces, lowercase each
  // word), to tell a slow or crowded machine from a slow assistant.
  const floor: number[] = []
  for (let r = 0; r < RUNS; r++) {
    const c0 = process.cpuUsage()
    let n = 0
    for (const a of data.articles) for (const w of a.split(/\s+/u)) n += w.toLowerCase().length
    if (n < 0) console.log(n)
    const c = process.cpuUsage(c0)
    floor.push((c.user + c.system) / 1000)
  }
  const cal = median(floor)
  console.log(`    calibration, split + lowercase only: CPU ${cal.toFixed(0)} ms → ${(data.mb / (cal / 1000)).toFixed(1)} MB/s (the assistant costs ${(m.each.cpu / cal).toFixed(1)}× that on separate articles)`)
  console.log(`    where the time goes (shares of one more pass): ${phases(data, [data.whole])} in one text; ${phases(data, data.articles)} in separate articles`)
  console.log(`  ${load()} (after)`)
  console.log(`  target ≥ ${TARGET_MB_PER_S} MB/s of CPU time on one core, both modes: ${best >= TARGET_MB_PER_S ? 'met' : 'NOT met'} (${best.toFixed(1)} MB/s)`)
}

export async function run(): Promise<void> {
  // The same module, re-run as the entry of a child process (with this process's loader flags).
  const child = spawnSync(process.execPath, [...process.execArgv, '--single-threaded', fileURLToPath(import.meta.url)], {
    env: { ...process.env, [CHILD_ENV]: '1' },
    stdio: 'inherit',
  })
  if (child.status !== 0) throw new Error(`the single-threaded measure failed (exit ${child.status ?? child.signal})`)
  const data = input()
  const m = measure(data)
  console.log(`  for reference, V8's default flags (parallel GC; CPU time counts its helper threads), ${load()}:`)
  report(data, m)
}

if (process.env[CHILD_ENV] === '1') singleThreaded()
