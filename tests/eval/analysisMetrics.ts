// Scoring of the text assistant against the hand-labelled corpus (tests/fixtures/analysis).
//
// Matching rule, predicted person ↔ gold person (one-to-one, greedy by strength):
// - gold keys: the gold name and its aliases; predicted keys: the predicted name and the texts of
//   its mentions that carry a name or a role phrase (those with a capital letter or opening with
//   "một"); bare pronouns ("ông", "chị") never match. All keys are NFC, lowercased, spaces collapsed.
// - two keys match when they are equal, or when one ends with the other (names: "Phó Đức Vượng" /
//   "Đức Vượng") or starts with the other (role phrases: "một sinh viên" / "một sinh viên Đại học
//   Thủy lợi"), on a syllable boundary, and the shorter has at least two syllables.
// - strength: predicted name = gold name (3) > predicted name ↔ a gold alias (2) > any mention (1).
import type { Analysis, SuggestedPerson } from '../../src/domain/analysis/types'

export interface GoldPerson {
  name: string
  sex: 'female' | 'male' | 'unknown'
  quoted: boolean
  function: string
  aliases?: string[]
}

export interface GoldText {
  id: string
  beat: string
  medium: string
  text: string
  people: GoldPerson[]
  flags: { text: string; category: string }[]
}

export interface Figures {
  texts: number
  gold: number
  predicted: number
  matched: number
  precision: number
  recall: number
  f1: number
  sexAccuracy: number
  quotedPrecision: number
  quotedRecall: number
  quotedF1: number
  /** Predicted share of women minus true share, in percentage points. */
  womenShareBias: number
  predictedWomenShare: number
  trueWomenShare: number
  functionAccuracy: number
  flagPrecision: number
  flagRecall: number
  flagF1: number
  errors: string[]
}

export const TARGETS = { peopleF1: 0.95, sexAccuracy: 0.97, quotedF1: 0.92, biasPoints: 1 }

const norm = (s: string) => s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim()
const syllables = (s: string) => s.split(' ').length

function keysMatch(a: string, b: string): boolean {
  if (a === b) return true
  const [short, long] = a.length <= b.length ? [a, b] : [b, a]
  if (syllables(short) < 2) return false
  return long.endsWith(` ${short}`) || long.startsWith(`${short} `)
}

function predictedKeys(p: SuggestedPerson): string[] {
  const keys = new Set([norm(p.name)])
  for (const m of p.mentions) if (/\p{Lu}/u.test(m.text) || /^một /iu.test(m.text)) keys.add(norm(m.text))
  // A mention like "Ông" (capitalised pronoun) is not a name.
  return [...keys].filter((k) => syllables(k) > 1 || !/^(ông|bà|anh|chị|cô|chú|bác|cụ|em|thầy|cháu|bé)$/u.test(k))
}

export interface Match {
  pred: number
  gold: number
}

export function matchPeople(pred: SuggestedPerson[], gold: GoldPerson[]): Match[] {
  const pairs: { pred: number; gold: number; strength: number }[] = []
  pred.forEach((p, pi) => {
    const pName = norm(p.name)
    const pKeys = predictedKeys(p)
    gold.forEach((g, gi) => {
      const gName = norm(g.name)
      const gKeys = [gName, ...(g.aliases ?? []).map(norm)]
      let strength = 0
      if (keysMatch(pName, gName)) strength = 3
      else if (gKeys.some((k) => keysMatch(pName, k))) strength = 2
      else if (pKeys.some((pk) => gKeys.some((gk) => keysMatch(pk, gk)))) strength = 1
      if (strength > 0) pairs.push({ pred: pi, gold: gi, strength })
    })
  })
  pairs.sort((a, b) => b.strength - a.strength || a.pred - b.pred)
  const usedP = new Set<number>()
  const usedG = new Set<number>()
  const out: Match[] = []
  for (const pair of pairs) {
    if (usedP.has(pair.pred) || usedG.has(pair.gold)) continue
    usedP.add(pair.pred)
    usedG.add(pair.gold)
    out.push({ pred: pair.pred, gold: pair.gold })
  }
  return out
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b)
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r))

export function score(texts: GoldText[], analyse: (text: string) => Analysis): Figures {
  let gold = 0
  let predicted = 0
  let matched = 0
  let sexRight = 0
  let fnRight = 0
  let qTP = 0
  let qPred = 0
  let qGold = 0
  let predWomen = 0
  let goldWomen = 0
  let flagTP = 0
  let flagPred = 0
  let flagGold = 0
  const errors: string[] = []
  for (const t of texts) {
    const a = analyse(t.text)
    gold += t.people.length
    predicted += a.people.length
    predWomen += a.people.filter((p) => p.sex === 'female').length
    goldWomen += t.people.filter((p) => p.sex === 'female').length
    qPred += a.people.filter((p) => p.quoted).length
    qGold += t.people.filter((p) => p.quoted).length
    const matches = matchPeople(a.people, t.people)
    matched += matches.length
    const mp = new Set(matches.map((m) => m.pred))
    const mg = new Set(matches.map((m) => m.gold))
    for (const m of matches) {
      const p = a.people[m.pred]!
      const g = t.people[m.gold]!
      if (p.sex === g.sex) sexRight++
      else errors.push(`${t.id} sex: ${g.name} predicted ${p.sex}, gold ${g.sex}`)
      if (p.quoted && g.quoted) qTP++
      else if (p.quoted !== g.quoted) errors.push(`${t.id} quoted: ${g.name} predicted ${p.quoted}, gold ${g.quoted}`)
      if (p.function === g.function) fnRight++
    }
    a.people.forEach((p, i) => {
      if (!mp.has(i)) errors.push(`${t.id} extra person: ${p.name}`)
    })
    t.people.forEach((g, i) => {
      if (!mg.has(i)) errors.push(`${t.id} missed person: ${g.name}`)
    })
    // Flags: one-to-one on overlapping text.
    flagPred += a.flags.length
    flagGold += t.flags.length
    const used = new Set<number>()
    for (const gf of t.flags) {
      const g = norm(gf.text)
      const hit = a.flags.findIndex((f, i) => !used.has(i) && (norm(f.text).includes(g) || g.includes(norm(f.text))))
      if (hit !== -1) {
        used.add(hit)
        flagTP++
      } else errors.push(`${t.id} missed flag: ${gf.text}`)
    }
    a.flags.forEach((f, i) => {
      if (!used.has(i)) errors.push(`${t.id} extra flag: ${f.text}`)
    })
  }
  const precision = ratio(matched, predicted)
  const recall = ratio(matched, gold)
  const qp = ratio(qTP, qPred)
  const qr = ratio(qTP, qGold)
  const fp = ratio(flagTP, flagPred)
  const fr = ratio(flagTP, flagGold)
  const predictedWomenShare = 100 * ratio(predWomen, predicted)
  const trueWomenShare = 100 * ratio(goldWomen, gold)
  return {
    texts: texts.length,
    gold,
    predicted,
    matched,
    precision,
    recall,
    f1: f1(precision, recall),
    sexAccuracy: ratio(sexRight, matched),
    quotedPrecision: qp,
    quotedRecall: qr,
    quotedF1: f1(qp, qr),
    womenShareBias: predictedWomenShare - trueWomenShare,
    predictedWomenShare,
    trueWomenShare,
    functionAccuracy: ratio(fnRight, matched),
    flagPrecision: fp,
    flagRecall: fr,
    flagF1: f1(fp, fr),
    errors,
  }
}

export function meetsTargets(f: Figures): string[] {
  const misses: string[] = []
  if (f.f1 < TARGETS.peopleF1) misses.push(`people F1 ${f.f1.toFixed(3)} < ${TARGETS.peopleF1}`)
  if (f.sexAccuracy < TARGETS.sexAccuracy) misses.push(`sex accuracy ${f.sexAccuracy.toFixed(3)} < ${TARGETS.sexAccuracy}`)
  if (f.quotedF1 < TARGETS.quotedF1) misses.push(`quoted F1 ${f.quotedF1.toFixed(3)} < ${TARGETS.quotedF1}`)
  if (Math.abs(f.womenShareBias) > TARGETS.biasPoints) misses.push(`women-share bias ${f.womenShareBias.toFixed(2)} points outside ±${TARGETS.biasPoints}`)
  return misses
}
