// Tokens, sentences, lines and quotations of a Vietnamese text, with character offsets into the
// NFC text. One hand-written left-to-right scan, then one sweep: linear in the length of the text.
// Tokens are stored as a struct of arrays (typed arrays and two string arrays), not one object per
// token: a 5 MB text has a million tokens, and a million small objects cost the garbage collector
// more than all the analysis does.
import { ABBREVIATIONS } from './vocabulary'

export type TokenType = 'word' | 'initials' | 'number' | 'newline' | 'punct'

/** Token type codes in `Tokenized.type` (0 never occurs: out of range reads give undefined). */
export const WORD = 1
export const INITIALS = 2
export const NUMBER = 3
export const NEWLINE = 4
export const PUNCT = 5
const TYPE_NAMES: readonly TokenType[] = ['punct', 'word', 'initials', 'number', 'newline', 'punct']
/** Bits of `Tokenized.flags`. */
export const CAP = 1
export const ACRONYM = 2

/** One token as an object: for tests and debugging (`tokenList`), not for the analysis. */
export interface Token {
  text: string
  lower: string
  /** Lowercase, without the final full stop of initials: the key for word lists. */
  key: string
  start: number
  end: number
  type: TokenType
  /** Starts with a capital letter (words and initials). */
  cap: boolean
  /** All capitals, two letters or more ("UBND", "PV"). */
  acronym: boolean
  sentence: number
  line: number
  /** Index of the quotation span containing the token, or -1. */
  quote: number
}

export interface QuoteSpan {
  /** Token index of the opening and closing marks (close = -1 when the quote runs to the line end). */
  open: number
  close: number
  start: number
  end: number
  words: number
}

export interface Line {
  first: number
  /** One past the last token of the line (newline excluded). */
  end: number
  start: number
  stop: number
}

export interface Tokenized {
  text: string
  /** The text lowercased (same length as `text` when `lowerSameLength`). */
  lowerText: string
  /** Number of tokens; the arrays below are indexed by token and may be longer. */
  count: number
  /** Lowercase text of each token (a mark, number or newline is its own text; initials without
   * their final full stop: "n.t.h"). */
  lower: string[]
  /** The key for word lists: the same array as `lower`. */
  key: string[]
  /** The vocabulary id of each token's key: equal keys, equal ids (within one `idGeneration`). */
  id: Int32Array
  /** Changes when the shared vocabulary is cleared: caches by id must be dropped. */
  idGeneration: number
  start: Int32Array
  end: Int32Array
  /** WORD, INITIALS, NUMBER, NEWLINE or PUNCT. */
  type: Uint8Array
  /** CAP (starts with a capital letter) and ACRONYM (all capitals, two letters or more). */
  flags: Uint8Array
  sentence: Int32Array
  line: Int32Array
  /** Index of the quotation span containing the token, or -1. */
  quote: Int32Array
  quotes: QuoteSpan[]
  lines: Line[]
  /** First token index of each sentence. */
  sentenceStarts: number[]
}

/** The tokens as objects, for tests and debugging. */
export function tokenList(tk: Tokenized): Token[] {
  const out: Token[] = []
  for (let i = 0; i < tk.count; i++)
    out.push({
      text: tk.text.slice(tk.start[i], tk.end[i]),
      lower: tk.type[i] === INITIALS ? tk.text.slice(tk.start[i], tk.end[i]).toLowerCase() : tk.lower[i]!,
      key: tk.key[i]!,
      start: tk.start[i]!,
      end: tk.end[i]!,
      type: TYPE_NAMES[tk.type[i]!]!,
      cap: (tk.flags[i]! & CAP) !== 0,
      acronym: (tk.flags[i]! & ACRONYM) !== 0,
      sentence: tk.sentence[i]!,
      line: tk.line[i]!,
      quote: tk.quote[i]!,
    })
  return out
}

// Character classes, cached per UTF-16 code unit: a hand-written scanner is several times faster
// than one big Unicode regular expression, and the text assistant must read ≥ 5 MB/s.
const LETTER_BIT = 1
const UPPER_BIT = 2
const KNOWN_BIT = 128
const classes = new Uint8Array(65536)
const LETTER_RE = /[\p{L}\p{M}]/u
const UPPER_RE = /\p{Lu}/u
function charClass(code: number): number {
  let c = classes[code]!
  if (c === 0) {
    const ch = String.fromCharCode(code)
    c = KNOWN_BIT | (LETTER_RE.test(ch) ? LETTER_BIT : 0) | (UPPER_RE.test(ch) ? UPPER_BIT : 0)
    classes[code] = c
  }
  return c
}
const isLetter = (code: number) => code >= 97 && code <= 122 ? true : code >= 65 && code <= 90 ? true : code < 0xc0 ? false : (charClass(code) & LETTER_BIT) !== 0
const isUpper = (code: number) => (code >= 65 && code <= 90) || (code >= 0xc0 && (charClass(code) & UPPER_BIT) !== 0)
const isDigit = (code: number) => code >= 48 && code <= 57
const isSpace = (code: number) => code === 32 || code === 9 || code === 13 || code === 0xa0 || code === 0x2009 || code === 0x202f || code === 0xfeff || code === 11 || code === 12
/** Apostrophes and hyphens inside a word: "H’Linh", "M’gar", "Ê-kíp". */
const isJoiner = (code: number) => code === 0x2019 || code === 39 || code === 0x2018 || code === 45

const OPENERS = new Set(['“', '«', '„'])
const CLOSERS = new Set(['”', '»'])
const ENDERS = new Set(['.', '!', '?', '…'])

/**
 * The vocabulary of token strings (lowercase), shared between texts: each distinct token gets one
 * string and one id. A token already seen is found by hashing its characters in place, so it costs
 * no new string: a 5 MB text repeats a few thousand syllables a million times, and a million fresh
 * strings kept for the whole analysis are what the garbage collector spent its time on. Ids let
 * the word lists cache their answer per id instead of hashing the string again. Cleared (and its
 * generation bumped) at the start of a text once it holds more than a large vocabulary.
 */
let vocabStrings: string[] = []
/** Open addressing, at most half full: per slot the id (-1 = free) and that string's hash. */
let vocabSlots = new Int32Array(1 << 14).fill(-1)
let vocabSlotHashes = new Int32Array(1 << 14)
let vocabGeneration = 0
const VOCAB_LIMIT = 200_000
const FNV_BASIS = 0x811c9dc5 | 0
const FNV_PRIME = 16777619

function resetVocabulary(): void {
  vocabStrings = []
  vocabSlots = new Int32Array(1 << 14).fill(-1)
  vocabSlotHashes = new Int32Array(1 << 14)
  vocabGeneration++
}

/** FNV-1a over the UTF-16 code units of src[from, to). */
function hashOf(src: string, from: number, to: number): number {
  let h = FNV_BASIS
  for (let k = from; k < to; k++) h = Math.imul(h ^ src.charCodeAt(k), FNV_PRIME)
  return h
}

/** The id of the string src[from, to), whose hash is h, added to the vocabulary if new. */
function vocabularyId(src: string, from: number, to: number, h = hashOf(src, from, to)): number {
  const length = to - from
  let mask = vocabSlots.length - 1
  let slot = h & mask
  for (;;) {
    const id = vocabSlots[slot]!
    if (id === -1) break
    if (vocabSlotHashes[slot] === h) {
      const known = vocabStrings[id]!
      if (known.length === length) {
        let k = 0
        while (k < length && known.charCodeAt(k) === src.charCodeAt(from + k)) k++
        if (k === length) return id
      }
    }
    slot = (slot + 1) & mask
  }
  const id = vocabStrings.length
  vocabStrings.push(src.slice(from, to))
  vocabSlots[slot] = id
  vocabSlotHashes[slot] = h
  if (vocabStrings.length * 2 > vocabSlots.length) {
    // Keep the table at most half full.
    const oldSlots = vocabSlots
    const oldHashes = vocabSlotHashes
    vocabSlots = new Int32Array(oldSlots.length * 2).fill(-1)
    vocabSlotHashes = new Int32Array(oldSlots.length * 2)
    mask = vocabSlots.length - 1
    for (let k = 0; k < oldSlots.length; k++) {
      const known = oldSlots[k]!
      if (known === -1) continue
      let s2 = oldHashes[k]! & mask
      while (vocabSlots[s2] !== -1) s2 = (s2 + 1) & mask
      vocabSlots[s2] = known
      vocabSlotHashes[s2] = oldHashes[k]!
    }
  }
  return id
}

/**
 * A buffer a caller lends to tokenize for the token columns, reused from one text to the next:
 * the result of a call is only valid until the next call with the same scratch.
 */
export interface TokenScratch {
  buffer?: ArrayBuffer
}

export function tokenize(input: string, scratch?: TokenScratch): Tokenized {
  const text = input.normalize('NFC')
  const lowerText = text.toLowerCase()
  const sameLength = lowerText.length === text.length
  const len = text.length
  if (vocabStrings.length > VOCAB_LIMIT) resetVocabulary()
  // About one token per four characters in Vietnamese; the arrays double when that is too few.
  let cap = (len >> 2) + 16
  let cols = columns(cap, scratch)
  cap = cols.cap
  let { start, end, type, flags, id } = cols
  // Sized once (by the estimate) and filled by index: growing by push copied a long text's array
  // again and again.
  const lower: string[] = new Array<string>((len >> 2) + 16)
  let count = 0
  let i = 0
  while (i < len) {
    const c = text.charCodeAt(i)
    if (isSpace(c)) {
      i++
      continue
    }
    const from = i
    let ty: number
    let h = 0
    let upper = true
    if (c === 10) {
      ty = NEWLINE
      i++
    } else if (isDigit(c)) {
      ty = NUMBER
      i++
      while (i < len) {
        const d = text.charCodeAt(i)
        if (isDigit(d)) i++
        else if ((d === 46 || d === 44 || d === 47 || d === 58) && i + 1 < len && isDigit(text.charCodeAt(i + 1))) i += 2
        else break
      }
    } else if (isLetter(c)) {
      ty = WORD
      // Initials: "N.T.H.", "K." before a space or punctuation.
      if (isUpper(c) && text.charCodeAt(i + 1) === 46) {
        let j = i
        let groups = 0
        while (j + 1 < len && isUpper(text.charCodeAt(j)) && text.charCodeAt(j + 1) === 46) {
          j += 2
          groups++
        }
        if (groups >= 2) {
          if (j < len && isUpper(text.charCodeAt(j)) && !(j + 1 < len && isLetter(text.charCodeAt(j + 1)))) j++
          ty = INITIALS
        } else {
          const after = j < len ? text.charCodeAt(j) : 32
          if (isSpace(after) || after === 10 || after === 44 || after === 59 || after === 58 || after === 41) ty = INITIALS
        }
        if (ty === INITIALS) i = j
      }
      if (ty === WORD) {
        // The vocabulary hash is taken on the way: a word without capitals is its own lowercase.
        upper = isUpper(c)
        h = Math.imul(FNV_BASIS ^ c, FNV_PRIME)
        i++
        while (i < len) {
          const d = text.charCodeAt(i)
          if (isLetter(d)) {
            if (!upper && isUpper(d)) upper = true
            h = Math.imul(h ^ d, FNV_PRIME)
            i++
          } else if (isJoiner(d) && i + 1 < len && isLetter(text.charCodeAt(i + 1))) {
            const e = text.charCodeAt(i + 1)
            if (!upper && isUpper(e)) upper = true
            h = Math.imul(Math.imul(h ^ d, FNV_PRIME) ^ e, FNV_PRIME)
            i += 2
          } else break
        }
      }
    } else {
      ty = PUNCT
      // Keep a surrogate pair together.
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < len ? 2 : 1
    }
    // A word without capitals is its own lowercase form: one string, not two.
    // The lowercase form, found in the vocabulary without building a new string when the
    // lowercase text lines up with the text (it does unless a letter changes length in lowercase).
    let lowerId: number
    if (ty === WORD && !upper) lowerId = vocabularyId(text, from, i, h)
    else if (sameLength) lowerId = vocabularyId(lowerText, from, i)
    else {
      const lowered = text.slice(from, i).toLowerCase()
      lowerId = vocabularyId(lowered, 0, lowered.length)
    }
    const lw = vocabStrings[lowerId]!
    let fl = 0
    if ((ty === WORD || ty === INITIALS) && isUpper(c)) {
      fl = CAP
      if (ty === WORD && i - from >= 2) {
        fl |= ACRONYM
        for (let k = from + 1; k < i; k++) {
          const d = text.charCodeAt(k)
          if (isLetter(d) && !isUpper(d)) {
            fl = CAP
            break
          }
        }
      }
    }
    if (count === cap) {
      cap *= 2
      const grown = columns(cap, scratch)
      cap = grown.cap
      grown.start.set(start)
      grown.end.set(end)
      grown.type.set(type)
      grown.flags.set(flags)
      grown.id.set(id)
      cols = grown
      ;({ start, end, type, flags, id } = cols)
    }
    start[count] = from
    end[count] = i
    type[count] = ty
    flags[count] = fl
    if (ty === INITIALS && lw.endsWith('.')) {
      // Initials keep their dots but not the final full stop: "n.t.h" (the key for word lists).
      const keyId = vocabularyId(lw, 0, lw.length - 1)
      id[count] = keyId
      lower[count] = vocabStrings[keyId]!
    } else {
      id[count] = lowerId
      lower[count] = lw
    }
    count++
  }

  // Lines, sentences and quotations in one sweep.
  // Views of exactly `count` tokens: a read past the last token gives undefined, as for an array.
  lower.length = count
  const key = lower
  start = start.subarray(0, count)
  end = end.subarray(0, count)
  type = type.subarray(0, count)
  flags = flags.subarray(0, count)
  id = id.subarray(0, count)
  const sentenceOf = cols.sentence.subarray(0, count)
  const lineOf = cols.line.subarray(0, count)
  const quoteOf = cols.quote.subarray(0, count).fill(-1)
  const tk: Tokenized = { text, lowerText, count, lower, key, id, idGeneration: vocabGeneration, start, end, type, flags, sentence: sentenceOf, line: lineOf, quote: quoteOf, quotes: [], lines: [], sentenceStarts: [] }
  const { lines, sentenceStarts, quotes } = tk
  let sentence = 0
  let line = 0
  let lineFirst = 0
  let newSentence = true
  let openQuote = -1
  let straightOpen = -1

  for (let i = 0; i < count; i++) {
    const ty = type[i]!
    if (ty === NEWLINE) {
      if (openQuote !== -1) closeQuote(tk, openQuote, i - 1, false)
      if (straightOpen !== -1) closeQuote(tk, straightOpen, i - 1, false)
      openQuote = -1
      straightOpen = -1
      if (i > lineFirst) lines.push({ first: lineFirst, end: i, start: start[lineFirst]!, stop: end[i - 1]! })
      lineOf[i] = line
      sentenceOf[i] = sentence
      line++
      lineFirst = i + 1
      newSentence = true
      continue
    }
    if (newSentence) {
      sentence = sentenceStarts.length
      sentenceStarts.push(i)
      newSentence = false
    }
    sentenceOf[i] = sentence
    lineOf[i] = line
    if (ty !== PUNCT) continue
    const mark = lower[i]!
    if (OPENERS.has(mark)) {
      if (openQuote === -1) openQuote = i
    } else if (CLOSERS.has(mark)) {
      if (openQuote !== -1) {
        closeQuote(tk, openQuote, i, true)
        openQuote = -1
      }
    } else if (mark === '"') {
      if (straightOpen === -1) straightOpen = i
      else {
        closeQuote(tk, straightOpen, i, true)
        straightOpen = -1
      }
    }
    if (ENDERS.has(mark) && endsSentence(tk, i)) {
      // A closing quotation mark right after the full stop stays in this sentence.
      const next = i + 1 < count ? lower[i + 1]! : ''
      if (CLOSERS.has(next) || (next === '"' && straightOpen !== -1)) continue
      newSentence = true
    } else if (newSentence === false && i > 0 && CLOSERS.has(mark) && ENDERS.has(lower[i - 1]!) && type[i - 1] === PUNCT && endsSentence(tk, i - 1)) {
      newSentence = true
    }
  }
  if (openQuote !== -1) closeQuote(tk, openQuote, count - 1, false)
  if (straightOpen !== -1) closeQuote(tk, straightOpen, count - 1, false)
  if (count > lineFirst) lines.push({ first: lineFirst, end: count, start: start[lineFirst]!, stop: end[count - 1]! })
  quotes.sort((a, b) => a.start - b.start)
  // Spans are recorded when they close; index them in text order.
  for (let q = 0; q < quotes.length; q++) {
    const span = quotes[q]!
    for (let k = span.open; k < count && start[k]! < span.end; k++) quoteOf[k] = q
  }
  return tk
}

/** The typed columns of `cap` tokens in one buffer: one allocation per text, not seven. */
function columns(cap: number, scratch?: TokenScratch) {
  // A caller's scratch buffer is reused when it is big enough and not much too big (a huge one
  // left by a long text is let go).
  const bytes = cap * 26
  let buf = scratch?.buffer
  if (!buf || buf.byteLength < bytes || buf.byteLength > Math.max(bytes * 8, 1 << 20)) {
    buf = new ArrayBuffer(bytes)
    if (scratch) scratch.buffer = buf
  } else cap = Math.floor(buf.byteLength / 26)
  return {
    cap,
    start: new Int32Array(buf, 0, cap),
    end: new Int32Array(buf, cap * 4, cap),
    sentence: new Int32Array(buf, cap * 8, cap),
    line: new Int32Array(buf, cap * 12, cap),
    quote: new Int32Array(buf, cap * 16, cap),
    id: new Int32Array(buf, cap * 20, cap),
    type: new Uint8Array(buf, cap * 24, cap),
    flags: new Uint8Array(buf, cap * 25, cap),
  }
}

/** Records a quotation from token `openIdx` to `lastIdx`; `closed` says whether a closing mark was found. */
function closeQuote(tk: Tokenized, openIdx: number, lastIdx: number, closed: boolean): void {
  const last = Math.max(openIdx, lastIdx)
  let words = 0
  for (let k = openIdx + 1; k <= last; k++) if (tk.type[k] === WORD) words++
  tk.quotes.push({ open: openIdx, close: closed ? last : -1, start: tk.start[openIdx]!, end: tk.end[last]!, words })
}

function endsSentence(tk: Tokenized, i: number): boolean {
  if (tk.lower[i] !== '.') return true
  const { text } = tk
  const end = tk.end[i]!
  const after = text.charCodeAt(end)
  // "PGS.TS", "3.200": no space after the dot.
  if (end < text.length && after !== 32 && after !== 10 && after !== 13 && after !== 9 && after !== 0x201d && after !== 34) return false
  if (i > 0 && tk.end[i - 1] === tk.start[i] && ABBREVIATIONS.has(tk.lower[i - 1]!)) return false
  return true
}
