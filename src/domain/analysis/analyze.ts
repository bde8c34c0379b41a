// The Vietnamese text assistant's entry point: people (with sex, quoted, function and the
// evidence for each) and wording flags, suggested for the editor to confirm.
import { findWordingFlags, type Lexicon } from './lexicon'
import { findPeople } from './people'
import { tokenize, type TokenScratch } from './tokenize'
import type { Analysis } from './types'

/** The token columns' buffer, reused between texts: the tokens never leave analyzeText. */
const scratch: TokenScratch = {}

export function analyzeText(text: string, lexicon: Lexicon): Analysis {
  const tk = tokenize(text, scratch)
  const { people } = findPeople(tk)
  const flags = findWordingFlags(tk, lexicon)
  return { text: tk.text, people, flags }
}
