// The wording lexicon: curated, versioned Vietnamese expressions that stereotype or demean by
// gender, stored as data (rubrics/lexicon/gender-wording-vi-*.json, format "gim-wording-lexicon").
// The app and the CLI load the file and pass it in; this module validates and applies it.
import type { LocalText } from '../text'
import { Checker, SEMVER_PATTERN, isRecord, joinPath, own, type Parsed } from '../validate'
import { childAt, firstNode, type IdChildren, type SyllableTrie } from './phrases'
import { NEWLINE, NUMBER, WORD, type Tokenized } from './tokenize'
import type { WordingFlag } from './types'

export const LEXICON_FORMAT = 'gim-wording-lexicon'

export interface LexiconContext {
  /** Flag only when one of these words or phrases is in the same sentence. */
  requireInSentence?: string[]
  /** Never flag when one of these is in the same sentence (e.g. military words for "nữ tướng"). */
  excludeInSentence?: string[]
  /** Never flag right after one of these words ("người" before "đàn bà"). */
  notAfter?: string[]
}

export interface LexiconEntry {
  id: string
  patterns: string[]
  category: string
  explanation: LocalText
  suggestion: LocalText
  context?: LexiconContext
}

export interface Lexicon {
  format: typeof LEXICON_FORMAT
  version: string
  language: 'vi'
  entries: LexiconEntry[]
}

const ID = /^[a-z0-9][a-z0-9-]*$/

function wordsOf(phrase: string): string[] {
  return phrase
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{M}\p{N}’'-]+/u)
    .filter((w) => w !== '')
}

function stringList(c: Checker, value: unknown, path: string, nonEmpty: boolean): string[] | undefined {
  const arr = c.array(value, path)
  if (!arr) return undefined
  if (nonEmpty && arr.length === 0) c.add(path, 'must not be empty')
  const out: string[] = []
  arr.forEach((v, i) => {
    const s = c.string(v, joinPath(path, i), { nonEmpty: true, max: 200 })
    if (s !== undefined) {
      if (wordsOf(s).length === 0) c.add(joinPath(path, i), 'has no words')
      else out.push(s)
    }
  })
  return out
}

/** Validates an unknown value (parsed JSON) as a wording lexicon; every problem has its path. */
export function parseLexicon(value: unknown): Parsed<Lexicon> {
  const c = new Checker()
  const root = c.record(value, '')
  if (!root) return c.result<Lexicon>(undefined)
  const format = own(root, 'format')
  if (format !== LEXICON_FORMAT) c.add('format', `expected "${LEXICON_FORMAT}"`)
  const version = c.string(own(root, 'version'), 'version', { pattern: SEMVER_PATTERN })
  const language = c.oneOf(own(root, 'language'), 'language', ['vi'] as const)
  const rawEntries = c.array(own(root, 'entries'), 'entries')
  const entries: LexiconEntry[] = []
  const seen = new Set<string>()
  rawEntries?.forEach((raw, i) => {
    const path = joinPath('entries', i)
    const e = c.record(raw, path)
    if (!e) return
    const id = c.string(own(e, 'id'), joinPath(path, 'id'), { pattern: ID, max: 80 })
    if (id !== undefined) {
      if (seen.has(id)) c.add(joinPath(path, 'id'), `duplicate id "${id}"`)
      seen.add(id)
    }
    const patterns = stringList(c, own(e, 'patterns'), joinPath(path, 'patterns'), true)
    const category = c.string(own(e, 'category'), joinPath(path, 'category'), { nonEmpty: true, max: 60 })
    const explanation = c.localText(own(e, 'explanation'), joinPath(path, 'explanation'))
    const suggestion = c.localText(own(e, 'suggestion'), joinPath(path, 'suggestion'))
    let context: LexiconContext | undefined
    const rawContext = own(e, 'context')
    if (rawContext !== undefined) {
      const cpath = joinPath(path, 'context')
      if (!isRecord(rawContext)) c.add(cpath, 'expected an object')
      else {
        context = {}
        for (const key of Object.keys(rawContext)) {
          if (key !== 'requireInSentence' && key !== 'excludeInSentence' && key !== 'notAfter') c.add(joinPath(cpath, key), 'unknown context rule')
        }
        for (const key of ['requireInSentence', 'excludeInSentence', 'notAfter'] as const) {
          const v = own(rawContext, key)
          if (v !== undefined) {
            const list = stringList(c, v, joinPath(cpath, key), true)
            if (list) context[key] = list
          }
        }
      }
    }
    if (id && patterns && category && explanation && suggestion)
      entries.push(context ? { id, patterns, category, explanation, suggestion, context } : { id, patterns, category, explanation, suggestion })
  })
  if (version === undefined || language === undefined || rawEntries === undefined) return c.result<Lexicon>(undefined)
  return c.result<Lexicon>({ format: LEXICON_FORMAT, version, language, entries })
}

/** A lexicon trie node, all fields set at creation: one object shape (see PhraseNode in phrases.ts). */
class TrieNode implements SyllableTrie<TrieNode>, IdChildren<TrieNode> {
  next = new Map<string, TrieNode>()
  entry: LexiconEntry | undefined = undefined
  byId: { generation: number; nodes: (TrieNode | null | undefined)[] } | undefined = undefined
  childIds: Int32Array | undefined = undefined
  children: TrieNode[] = []
  childIdGeneration = -1
}

interface Compiled {
  root: TrieNode
  require: Map<LexiconEntry, string[][]>
  exclude: Map<LexiconEntry, string[][]>
  notAfter: Map<LexiconEntry, Set<string>>
}

const compiledCache = new WeakMap<Lexicon, Compiled>()

function compile(lexicon: Lexicon): Compiled {
  const cached = compiledCache.get(lexicon)
  if (cached) return cached
  const root = new TrieNode()
  const require = new Map<LexiconEntry, string[][]>()
  const exclude = new Map<LexiconEntry, string[][]>()
  const notAfter = new Map<LexiconEntry, Set<string>>()
  for (const entry of lexicon.entries) {
    for (const pattern of entry.patterns) {
      let node = root
      for (const w of wordsOf(pattern)) {
        let child = node.next.get(w)
        if (!child) {
          child = new TrieNode()
          node.next.set(w, child)
        }
        node = child
      }
      node.entry ??= entry
    }
    if (entry.context?.requireInSentence) require.set(entry, entry.context.requireInSentence.map(wordsOf))
    if (entry.context?.excludeInSentence) exclude.set(entry, entry.context.excludeInSentence.map(wordsOf))
    if (entry.context?.notAfter) notAfter.set(entry, new Set(entry.context.notAfter.map((w) => w.normalize('NFC').toLowerCase())))
  }
  const compiled = { root, require, exclude, notAfter }
  compiledCache.set(lexicon, compiled)
  return compiled
}

/** Words that show the term is mentioned, not used: "gọi là …", "cách gọi …". */
const METALINGUISTIC = new Set(['gọi', 'danh', 'xưng', 'chữ', 'cụm', 'thuật'])
const NEGATIONS = new Set(['không', 'chẳng', 'chứ', 'đâu', 'chưa'])

/** A negation among the three words before, but not "không chỉ" / "không những" ("not only … but also" affirms). */
function negatedIn(before: string[]): boolean {
  for (let j = 0; j < 3 && j < before.length; j++) {
    if (!NEGATIONS.has(before[j]!)) continue
    const next = j > 0 ? before[j - 1]! : ''
    if (next !== 'chỉ' && next !== 'những') return true
  }
  return false
}

function sentenceHas(words: string[], from: number, to: number, phrase: string[]): boolean {
  for (let i = from; i + phrase.length <= to; i++) {
    let ok = true
    for (let k = 0; k < phrase.length; k++) if (words[i + k] !== phrase[k]) { ok = false; break }
    if (ok) return true
  }
  return false
}

function isWordAt(tk: Tokenized, k: number): boolean {
  const t = tk.type[k]
  return t === WORD || t === NUMBER
}
/** The words of the sentence of token k (only built when an entry has a context rule). */
function sentenceWords(tk: Tokenized, k: number): string[] {
  const s = tk.sentence[k]!
  const from = tk.sentenceStarts[s] ?? 0
  const out: string[] = []
  for (let q = from; q < tk.count && tk.sentence[q] === s; q++) if (isWordAt(tk, q)) out.push(tk.lower[q]!)
  return out
}
/** Up to `count` words before token k in its sentence, nearest first. */
function wordsBefore(tk: Tokenized, k: number, count: number): string[] {
  const s = tk.sentence[k]!
  const out: string[] = []
  for (let q = k - 1; q >= 0 && out.length < count && tk.sentence[q] === s; q--) if (isWordAt(tk, q)) out.push(tk.lower[q]!)
  return out
}

/**
 * Finds the lexicon's expressions in the reporter's own wording. Not flagged: words inside a
 * quotation (the source's words), a term mentioned to discuss it ("gọi là …"), a negated use
 * ("không phải thiên chức…"), and anything an entry's context rule rules out.
 */
export function findWordingFlags(tk: Tokenized, lexicon: Lexicon): WordingFlag[] {
  const { root, require, exclude, notAfter } = compile(lexicon)
  const { text, count, sentence: sentenceOf, type, quote, start, end } = tk
  const flags: WordingFlag[] = []
  for (let i = 0; i < count; i++) {
    if (!isWordAt(tk, i)) continue
    let node = firstNode(root, tk, i)
    if (!node) continue
    // Longest match over the following words of the sentence ("giỏi việc nước, đảm việc nhà").
    let found: { entry: LexiconEntry; last: number } | undefined = node.entry ? { entry: node.entry, last: i } : undefined
    const sentence = sentenceOf[i]!
    for (let k = i + 1; k < count && node; k++) {
      if (sentenceOf[k] !== sentence || type[k] === NEWLINE) break
      if (!isWordAt(tk, k)) continue
      node = childAt(node, tk, k)
      if (node?.entry) found = { entry: node.entry, last: k }
    }
    if (!found) continue
    const entry = found.entry
    let skip = quote[i] !== -1 || quote[found.last] !== -1
    if (!skip) {
      const before = wordsBefore(tk, i, 4)
      if (before.some((w) => METALINGUISTIC.has(w)) || negatedIn(before)) skip = true
      else if (before[0] !== undefined && notAfter.get(entry)?.has(before[0])) skip = true
    }
    const req = require.get(entry)
    const exc = exclude.get(entry)
    if (!skip && (req || exc)) {
      const words = sentenceWords(tk, i)
      if (req && !req.some((p) => sentenceHas(words, 0, words.length, p))) skip = true
      if (exc && exc.some((p) => sentenceHas(words, 0, words.length, p))) skip = true
    }
    if (!skip)
      flags.push({
        entryId: entry.id,
        category: entry.category,
        start: start[i]!,
        end: end[found.last]!,
        text: text.slice(start[i]!, end[found.last]!),
        explanation: entry.explanation,
        suggestion: entry.suggestion,
      })
    i = found.last
  }
  return flags
}
