// Longest-match phrase lookup over lowercase word tokens: a trie keyed by syllable, so each
// lookup costs at most the length of the longest phrase, never a scan of the list.
import { INITIALS, WORD, type Tokenized } from './tokenize'

export interface PhraseTrie<V> {
  next: Map<string, PhraseTrie<V>>
  value?: V
  phrase?: string
}

export function phraseTrie<V>(entries: Iterable<[string, V]>): PhraseTrie<V> {
  const root: PhraseTrie<V> = { next: new Map() }
  for (const [phrase, value] of entries) {
    let node = root
    for (const w of phrase.split(' ')) {
      let child = node.next.get(w)
      if (!child) {
        child = { next: new Map() }
        node.next.set(w, child)
      }
      node = child
    }
    node.value = value
    node.phrase = phrase
  }
  return root
}

export interface PhraseMatch<V> {
  value: V
  phrase: string
  /** Index of the last token of the match. */
  last: number
}

/** The longest phrase starting at token `i`, over consecutive word tokens. */
export function matchAt<V>(trie: PhraseTrie<V>, tk: Tokenized, i: number): PhraseMatch<V> | undefined {
  const { type, key, count } = tk
  let node: PhraseTrie<V> | undefined = trie
  let found: PhraseMatch<V> | undefined
  for (let k = i; k < count; k++) {
    const ty = type[k]
    if (ty !== WORD && ty !== INITIALS) break
    node = node.next.get(key[k]!)
    if (!node) break
    if (node.value !== undefined) found = { value: node.value, phrase: node.phrase!, last: k }
  }
  return found
}
