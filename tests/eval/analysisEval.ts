// `npm run eval:analysis`: scores the Vietnamese text assistant on the labelled corpus, split by
// split (each split's history is in tests/fixtures/analysis/README.md), the blind splits together,
// and overall. Exits non-zero when a held-out split misses a target. `--errors` lists every
// disagreement.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { analyzeText } from '../../src/domain/analysis/analyze'
import { parseLexicon } from '../../src/domain/analysis/lexicon'
import { meetsTargets, score, TARGETS, type Figures, type GoldText } from './analysisMetrics'

/** Every split in the order written; `heldOut` splits gate the exit code, `blind` ones were never tuned on. */
const ALL_SPLITS: { name: string; label: string; heldOut: boolean; blind?: boolean }[] = [
  { name: 'dev', label: 'tuned on', heldOut: false },
  { name: 'test', label: 'held out, but its errors were read after the first run', heldOut: true },
  { name: 'heldout2', label: 'held out; its errors were read after its first run and rules added', heldOut: true },
  { name: 'heldout3', label: 'held out; run once, then its errors were read and general rules added', heldOut: true },
  { name: 'heldout4', label: 'written blind by a separate annotator; run once, then its errors were read and general rules added', heldOut: true },
  { name: 'heldout5', label: 'written blind by a separate annotator; run once, then its errors were read and general rules added', heldOut: true },
  { name: 'heldout6', label: 'written blind by two separate annotators; run once, then its errors were read and general rules added in session 4', heldOut: true },
  { name: 'heldout7', label: 'written blind by two separate annotators; run once, then read and tuned on (precision) in session 4', heldOut: true },
  { name: 'heldout8', label: 'written blind by two further annotators; run once, then read and tuned on (precision) in session 4', heldOut: true },
  { name: 'heldout9', label: 'clean held-out: written blind to the rules by two further annotators in session 4 after heldout7/8 had run, never tuned on', heldOut: true, blind: true },
  { name: 'heldout10', label: 'written blind by two further annotators in session 5; run once (bias −2.55), then read and tuned on (bias) in session 5', heldOut: true },
  { name: 'heldout11', label: 'clean held-out: written blind to the rules by two further annotators in session 5 after heldout10 had run and before its errors were read, never tuned on', heldOut: true, blind: true },
]
// --tuning leaves the blind splits out altogether (not even their figures), for rule work between
// their runs: choosing between two variants by a blind split's score would tune on it.
const SPLITS = process.argv.includes('--tuning') ? ALL_SPLITS.filter((s) => !s.blind) : ALL_SPLITS

const root = join(import.meta.dirname, '..', '..')
const read = (p: string) => JSON.parse(readFileSync(join(root, p), 'utf8')) as unknown
const parsed = parseLexicon(read('rubrics/lexicon/gender-wording-vi-1.0.0.json'))
if (!parsed.ok) {
  console.error('Lexicon invalid:', parsed.problems)
  process.exit(2)
}
const lexicon = parsed.value
// --errors lists each split's misses, but never a blind split's (nor the overall figures, which
// include them): reading them would end their use as an estimate on unseen text.
const showErrors = process.argv.includes('--errors')

const pct = (x: number) => `${(100 * x).toFixed(1)}%`
function report(label: string, f: Figures, errors = false): void {
  console.log(`\n${label}: ${f.texts} texts, ${f.gold} gold people, ${f.predicted} predicted, ${f.matched} matched`)
  console.log(`  people     P ${pct(f.precision)}  R ${pct(f.recall)}  F1 ${f.f1.toFixed(3)}   (target ≥ ${TARGETS.peopleF1})`)
  console.log(`  sex        accuracy on people found ${f.sexAccuracy.toFixed(3)}   (target ≥ ${TARGETS.sexAccuracy})`)
  console.log(`  quoted     P ${pct(f.quotedPrecision)}  R ${pct(f.quotedRecall)}  F1 ${f.quotedF1.toFixed(3)}   (target ≥ ${TARGETS.quotedF1})`)
  console.log(
    `  women      predicted share ${f.predictedWomenShare.toFixed(1)}%, true ${f.trueWomenShare.toFixed(1)}%, bias ${f.womenShareBias >= 0 ? '+' : ''}${f.womenShareBias.toFixed(2)} points   (target ±${TARGETS.biasPoints})`,
  )
  console.log(`  function   accuracy on people found ${f.functionAccuracy.toFixed(3)}   (no target)`)
  console.log(`  flags      P ${pct(f.flagPrecision)}  R ${pct(f.flagRecall)}  F1 ${f.flagF1.toFixed(3)}   (no target)`)
  if (errors) for (const e of f.errors) console.log(`    - ${e}`)
}

const analyse = (text: string) => analyzeText(text, lexicon)
const texts = new Map(SPLITS.map((s) => [s.name, (read(`tests/fixtures/analysis/${s.name}.json`) as { texts: GoldText[] }).texts]))
const figures = new Map(SPLITS.map((s) => [s.name, score(texts.get(s.name)!, analyse)]))
console.log('GIM Index — Vietnamese text assistant evaluation (matching rule: tests/eval/analysisMetrics.ts)')
for (const s of SPLITS) report(`${s.name} (${s.label})`, figures.get(s.name)!, showErrors && !s.blind)
const blind = SPLITS.filter((s) => s.blind)
if (blind.length > 1) report(`${blind.map((s) => s.name).join(' + ')} (the blind splits together: the honest estimate on unseen text)`, score(blind.flatMap((s) => texts.get(s.name)!), analyse))
report('overall', score([...texts.values()].flat(), analyse))

let failed = false
for (const s of SPLITS.filter((x) => x.heldOut)) {
  const misses = meetsTargets(figures.get(s.name)!)
  if (misses.length > 0) {
    console.log(`\nHeld-out split ${s.name} misses: ${misses.join('; ')}`)
    failed = true
  } else console.log(`\nHeld-out split ${s.name} meets every target.`)
}
if (failed) process.exitCode = 1
