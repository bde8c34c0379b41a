// Shared by the text assistant's tests: the shipped lexicon, parsed once.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { analyzeText } from '../../../src/domain/analysis/analyze'
import { parseLexicon, type Lexicon } from '../../../src/domain/analysis/lexicon'
import type { Analysis } from '../../../src/domain/analysis/types'

export const root = join(import.meta.dirname, '..', '..', '..')

export function shippedLexicon(): Lexicon {
  const parsed = parseLexicon(JSON.parse(readFileSync(join(root, 'rubrics/lexicon/gender-wording-vi-1.0.0.json'), 'utf8')))
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems))
  return parsed.value
}

const lexicon = shippedLexicon()

export function analyse(text: string): Analysis {
  return analyzeText(text, lexicon)
}

/** name, sex, quoted of every suggested person. */
export function summary(text: string): [string, string, boolean][] {
  return analyse(text).people.map((p) => [p.name, p.sex, p.quoted])
}
