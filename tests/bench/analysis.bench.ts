// Throughput of the Vietnamese text assistant: the labelled corpus concatenated to ≥ 5 MB, run
// as one text (proves the passes are linear: no quadratic scan over people or mentions) and as
// the separate articles an editor would paste. Medians of several runs on one core.
import { readFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join } from 'node:path'
import { analyzeText } from '../../src/domain/analysis/analyze'
import { parseLexicon } from '../../src/domain/analysis/lexicon'

const root = join(import.meta.dirname, '..', '..')
const TARGET_MB_PER_S = 5

function median(xs: number[]): number {
  const s = xs.slice().sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]!
}

export async function run(): Promise<void> {
  const parsed = parseLexicon(JSON.parse(readFileSync(join(root, 'rubrics/lexicon/gender-wording-vi-1.0.0.json'), 'utf8')))
  if (!parsed.ok) throw new Error('lexicon invalid')
  const lexicon = parsed.value
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
  const mb = Buffer.byteLength(whole, 'utf8') / (1024 * 1024)
  // Warm-up: one full pass, so the medians measure the compiled steady state, not the JIT.
  for (const a of articles) analyzeText(a, lexicon)
  analyzeText(whole.slice(0, 500_000), lexicon)

  // Wall time counts the moments the process waits for a core on a shared machine; CPU time
  // (user + system) is what one core actually spent, so both are reported.
  const runs = 5
  const measure = (work: () => void) => {
    const wall: number[] = []
    const cpu: number[] = []
    for (let r = 0; r < runs; r++) {
      const c0 = process.cpuUsage()
      const t0 = performance.now()
      work()
      wall.push(performance.now() - t0)
      const c = process.cpuUsage(c0)
      cpu.push((c.user + c.system) / 1000)
    }
    return { wall: median(wall), cpu: median(cpu) }
  }
  let people = 0
  const whole1 = measure(() => {
    people = analyzeText(whole, lexicon).people.length
  })
  const each = measure(() => {
    for (const a of articles) analyzeText(a, lexicon)
  })
  const rate = (ms: number) => mb / (ms / 1000)
  console.log(`text assistant: ${mb.toFixed(2)} MB (${articles.length} articles, ${people} people found in the concatenation)`)
  console.log(`  load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} on ${(await import('node:os')).cpus().length} cores`)
  for (const [label, m] of [[`one ${mb.toFixed(1)} MB text`, whole1], [`${articles.length} separate articles`, each]] as const) {
    console.log(`  ${label}: median of ${runs}: wall ${m.wall.toFixed(0)} ms → ${rate(m.wall).toFixed(1)} MB/s; CPU ${m.cpu.toFixed(0)} ms → ${rate(m.cpu).toFixed(1)} MB/s`)
  }
  // Calibration: the cheapest possible pass over the same text (split on spaces, lowercase each
  // word), to tell a slow or crowded machine from a slow assistant.
  const floor = measure(() => {
    let n = 0
    for (const a of articles) for (const w of a.split(/\s+/u)) n += w.toLowerCase().length
    if (n < 0) console.log(n)
  })
  console.log(`  calibration, split + lowercase only: CPU ${floor.cpu.toFixed(0)} ms → ${rate(floor.cpu).toFixed(1)} MB/s (the assistant costs ${(each.cpu / floor.cpu).toFixed(1)}× that)`)
  const best = Math.min(rate(whole1.cpu), rate(each.cpu))
  console.log(`  target ≥ ${TARGET_MB_PER_S} MB/s of CPU time on one core: ${best >= TARGET_MB_PER_S ? 'met' : 'NOT met'} (${best.toFixed(1)} MB/s)`)
}
