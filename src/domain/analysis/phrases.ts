// Longest-match phrase lookup over lowercase word tokens: a trie keyed by syllable, so each
// lookup costs at most the length of the longest phrase, never a scan of the list.
import { INITIALS, WORD, type Tokenized } from './tokenize'

/** A trie node keyed by syllable; the root may cache its children by vocabulary id. */
export interface SyllableTrie<N> {
  next: Map<string, N>
  /** On the root: its children by vocabulary id (null = none), for one id generation. */
  byId?: { generation: number; nodes: (N | null | undefined)[] }
}

export interface PhraseTrie<V> extends SyllableTrie<PhraseTrie<V>> {
  value?: V
  phrase?: string
}

/** The root's child for token k's key, cached by the token's vocabulary id. */
export function firstNode<N>(trie: SyllableTrie<N>, tk: Tokenized, k: number): N | undefined {
  let cache = trie.byId
  if (!cache || cache.generation !== tk.idGeneration) cache = trie.byId = { generation: tk.idGeneration, nodes: [] }
  const id = tk.id[k]!
  const nodes = cache.nodes
  // Grown in order, never with a gap: a far index would turn the array into a slow dictionary.
  while (nodes.length <= id) nodes.push(undefined)
  let node = nodes[id]
  if (node === undefined) {
    node = trie.next.get(tk.key[k]!) ?? null
    nodes[id] = node
  }
  return node ?? undefined
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
  // The longest match so far; one result object at the end, not one per shorter match.
  let found: PhraseTrie<V> | undefined
  let last = -1
  for (let k = i; k < count; k++) {
    const ty = type[k]
    if (ty !== WORD && ty !== INITIALS) break
    node = k === i ? firstNode(trie, tk, k) : node.next.get(key[k]!)
    if (!node) break
    if (node.value !== undefined) {
      found = node
      last = k
    }
  }
  return found ? { value: found.value!, phrase: found.phrase!, last } : undefined
}
