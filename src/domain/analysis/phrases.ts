// Longest-match phrase lookup over lowercase word tokens: a trie keyed by syllable, so each
// lookup costs at most the length of the longest phrase, never a scan of the list.
import { INITIALS, WORD, vocabularyGeneration, vocabularyIdOf, type Tokenized } from './tokenize'

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

/**
 * A trie node that finds its child for a token by the token's vocabulary id: it keeps its children's
 * keys' ids (for childIdGeneration) and the children in the same order, and scans them. Comparing
 * a few small integers costs a fraction of a Map lookup by string, which was most of matchAt's time.
 */
export interface IdChildren<N> {
  next: Map<string, N>
  childIds: Int32Array | undefined
  children: N[]
  childIdGeneration: number
}

/** Past this many children a node is looked up in its Map, not scanned. */
const SCAN_LIMIT = 8

/** The child of `node` for token k's key (see IdChildren). */
export function childAt<N>(node: IdChildren<N>, tk: Tokenized, k: number): N | undefined {
  const generation = tk.idGeneration
  if (node.childIdGeneration !== generation) {
    // Ids from an older vocabulary (a stale token list) cannot be compared with the current one's.
    if (generation !== vocabularyGeneration() || node.next.size > SCAN_LIMIT) return node.next.get(tk.key[k]!)
    const ids = new Int32Array(node.next.size)
    const children: N[] = []
    for (const [word, child] of node.next) {
      ids[children.length] = vocabularyIdOf(word)
      children.push(child)
    }
    node.childIds = ids
    node.children = children
    node.childIdGeneration = generation
  }
  const ids = node.childIds!
  const id = tk.id[k]!
  for (let c = 0; c < ids.length; c++) if (ids[c] === id) return node.children[c]
  return undefined
}

/**
 * Every node of every phrase trie, the root included, made by this class with all its fields: one
 * object shape, so matchAt's property reads stay monomorphic (nodes that gained `value` or `byId`
 * later had four shapes between them, and every read a slow lookup).
 */
class PhraseNode<V> implements PhraseTrie<V>, IdChildren<PhraseNode<V>> {
  next = new Map<string, PhraseNode<V>>()
  value: V | undefined = undefined
  phrase: string | undefined = undefined
  byId: { generation: number; nodes: (PhraseNode<V> | null | undefined)[] } | undefined = undefined
  childIds: Int32Array | undefined = undefined
  children: PhraseNode<V>[] = []
  childIdGeneration = -1
}

export function phraseTrie<V>(entries: Iterable<[string, V]>): PhraseTrie<V> {
  const root = new PhraseNode<V>()
  for (const [phrase, value] of entries) {
    let node = root
    for (const w of phrase.split(' ')) {
      let child = node.next.get(w)
      if (!child) {
        child = new PhraseNode<V>()
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
  const { type, count } = tk
  let node: PhraseTrie<V> | undefined = trie
  // The longest match so far; one result object at the end, not one per shorter match.
  let found: PhraseTrie<V> | undefined
  let last = -1
  for (let k = i; k < count; k++) {
    const ty = type[k]
    if (ty !== WORD && ty !== INITIALS) break
    node = k === i ? firstNode(trie, tk, k) : childAt(node as PhraseNode<V>, tk, k)
    if (!node) break
    if (node.value !== undefined) {
      found = node
      last = k
    }
  }
  return found ? { value: found.value!, phrase: found.phrase!, last } : undefined
}
