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
// than one big Unicode regular expression, and the text assistant must read ≥ 5 MB/s. One table
// load per character gives its classes and its lowercase, so a word is classified, hashed and
// hashed in lowercase in a single pass.
/** Bits of a `charInfo` value; its low 16 bits are the lowercase code unit. */
const C_KNOWN = 1 << 16
/** A letter or mark (\p{L}, \p{M}); only ASCII below U+00C0. */
const C_LETTER = 1 << 17
/** An uppercase letter (\p{Lu}); only ASCII below U+00C0. */
const C_UPPER = 1 << 18
const C_SPACE = 1 << 19
/** Its lowercase is not one code unit free of context (İ, a final Σ, a surrogate): the slow path. */
const C_SPECIAL = 1 << 20
const info = new Int32Array(65536)
const LETTER_RE = /[\p{L}\p{M}]/u
const UPPER_RE = /\p{Lu}/u
function charInfo(code: number): number {
  const v = info[code]!
  return v !== 0 ? v : learnChar(code)
}
function learnChar(code: number): number {
  const ch = String.fromCharCode(code)
  const asciiUpper = code >= 65 && code <= 90
  const letter = (code >= 97 && code <= 122) || asciiUpper || (code >= 0xc0 && LETTER_RE.test(ch))
  const upper = asciiUpper || (code >= 0xc0 && UPPER_RE.test(ch))
  const lower = ch.toLowerCase()
  const special = lower.length !== 1 || code === 0x3a3 || (code >= 0xd800 && code <= 0xdfff)
  const space = code === 32 || code === 9 || code === 13 || code === 0xa0 || code === 0x2009 || code === 0x202f || code === 0xfeff || code === 11 || code === 12
  const v = C_KNOWN | (letter ? C_LETTER : 0) | (upper ? C_UPPER : 0) | (space ? C_SPACE : 0) | (special ? C_SPECIAL | code : lower.charCodeAt(0))
  info[code] = v
  return v
}
/** Out of range (NaN) reads are neither: as a missing character. */
const isLetterAt = (text: string, k: number) => k < text.length && (charInfo(text.charCodeAt(k)) & C_LETTER) !== 0
const isUpperAt = (text: string, k: number) => k < text.length && (charInfo(text.charCodeAt(k)) & C_UPPER) !== 0
const isDigit = (code: number) => code >= 48 && code <= 57
/** Apostrophes and hyphens inside a word: "H’Linh", "M’gar", "Ê-kíp". */
const isJoiner = (code: number) => code === 0x2019 || code === 39 || code === 0x2018 || code === 45

// Marks the sentence and quotation sweep looks for (punctuation tokens are one code unit).
const LEFT_QUOTE = 0x201c
const LEFT_GUILLEMET = 0xab
const LOW_QUOTE = 0x201e
const RIGHT_QUOTE = 0x201d
const RIGHT_GUILLEMET = 0xbb
const STRAIGHT_QUOTE = 34
const FULL_STOP = 46
const isOpener = (c: number) => c === LEFT_QUOTE || c === LEFT_GUILLEMET || c === LOW_QUOTE
const isCloser = (c: number) => c === RIGHT_QUOTE || c === RIGHT_GUILLEMET
const isEnder = (c: number) => c === FULL_STOP || c === 33 || c === 63 || c === 0x2026

/**
 * The vocabulary of token strings (lowercase), shared between texts: each distinct token gets one
 * string and one id. A token already seen is found by hashing its characters in place, so it costs
 * no new string: a 5 MB text repeats a few thousand syllables a million times, and a million fresh
 * strings kept for the whole analysis are what the garbage collector spent its time on. Ids let
 * the word lists cache their answer per id instead of hashing the string again. Cleared (and its
 * generation bumped) at the start of a text once it holds more than a large vocabulary.
 */
let vocabStrings: string[] = []
/**
 * Open addressing, at most half full: slot s holds, at 4s to 4s + 3, the id (-1 = free), that
 * string's hash, and where its characters start in `vocabChars` and how many there are. A probe
 * reads one cache line and compares against the packed characters, not against a string object
 * elsewhere in the heap (for a known token, that second look-up was half the cost of the first).
 */
let vocabTable = new Int32Array(4 << 14).fill(-1)
/** The characters of every vocabulary string, one after the other. */
let vocabChars = new Uint16Array(1 << 16)
let vocabCharsUsed = 0
let vocabGeneration = 0
const VOCAB_LIMIT = 200_000
const FNV_BASIS = 0x811c9dc5 | 0
const FNV_PRIME = 16777619

/** Per code unit, 1 + the id of the one-character token (punctuation, newline) it makes; 0 = not yet. */
let unitIds = new Int32Array(65536)

function resetVocabulary(): void {
  vocabStrings = []
  vocabTable = new Int32Array(4 << 14).fill(-1)
  vocabChars = new Uint16Array(1 << 16)
  vocabCharsUsed = 0
  unitIds = new Int32Array(65536)
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
  const table = vocabTable
  const chars = vocabChars
  const mask = (table.length >> 2) - 1
  let slot = h & mask
  for (;;) {
    const at = slot << 2
    const id = table[at]!
    if (id === -1) break
    if (table[at + 1] === h && table[at + 3] === length) {
      const offset = table[at + 2]!
      let k = 0
      while (k < length && chars[offset + k] === src.charCodeAt(from + k)) k++
      if (k === length) return id
    }
    slot = (slot + 1) & mask
  }
  return addToVocabulary(src.slice(from, to), slot, h)
}

/**
 * The id of the lowercase of text[from, to), whose lowercase hash is h: compared through the
 * character table, so no lowercase string is made unless the token is new. Only for a token
 * without C_SPECIAL characters, whose lowercase is its characters' lowercase one by one.
 */
function loweredId(text: string, from: number, to: number, h: number): number {
  const length = to - from
  const table = vocabTable
  const chars = vocabChars
  const mask = (table.length >> 2) - 1
  let slot = h & mask
  for (;;) {
    const at = slot << 2
    const id = table[at]!
    if (id === -1) break
    if (table[at + 1] === h && table[at + 3] === length) {
      const offset = table[at + 2]!
      let k = 0
      while (k < length && chars[offset + k] === (info[text.charCodeAt(from + k)]! & 0xffff)) k++
      if (k === length) return id
    }
    slot = (slot + 1) & mask
  }
  return addToVocabulary(text.slice(from, to).toLowerCase(), slot, h)
}

/** Adds a string known to be new at its free slot; returns its id. */
function addToVocabulary(str: string, slot: number, h: number): number {
  const id = vocabStrings.length
  vocabStrings.push(str)
  if (vocabCharsUsed + str.length > vocabChars.length) {
    const grown = new Uint16Array(Math.max(vocabChars.length * 2, vocabCharsUsed + str.length))
    grown.set(vocabChars)
    vocabChars = grown
  }
  const offset = vocabCharsUsed
  for (let k = 0; k < str.length; k++) vocabChars[offset + k] = str.charCodeAt(k)
  vocabCharsUsed += str.length
  const at = slot << 2
  vocabTable[at] = id
  vocabTable[at + 1] = h
  vocabTable[at + 2] = offset
  vocabTable[at + 3] = str.length
  if (vocabStrings.length * 8 > vocabTable.length) {
    // Keep the table at most half full.
    const old = vocabTable
    const table = new Int32Array(old.length * 2).fill(-1)
    const mask = (table.length >> 2) - 1
    for (let k = 0; k < old.length; k += 4) {
      if (old[k] === -1) continue
      let s2 = old[k + 1]! & mask
      while (table[s2 << 2] !== -1) s2 = (s2 + 1) & mask
      table.set(old.subarray(k, k + 4), s2 << 2)
    }
    vocabTable = table
  }
  return id
}

/**
 * The lowercase of the text being read, made for slowLowerId by the first token that needs it
 * (rare: the whole text's lowercase cost more than the vocabulary lookups of all its tokens).
 * Released at the end of tokenize.
 */
let slowLowerText: string | undefined

/**
 * The id of the lowercase of a token with a C_SPECIAL character, taken as the whole text's
 * lowercase does (a final sigma depends on its neighbours) unless "İ" made that longer.
 */
function slowLowerId(text: string, from: number, to: number): number {
  slowLowerText ??= text.toLowerCase()
  if (slowLowerText.length === text.length) return vocabularyId(slowLowerText, from, to)
  const lowered = text.slice(from, to).toLowerCase()
  return vocabularyId(lowered, 0, lowered.length)
}

/** The id of the lowercase of text[from, to): through the character table unless a character is C_SPECIAL. */
function lowerIdOf(text: string, from: number, to: number): number {
  let h = FNV_BASIS
  for (let k = from; k < to; k++) {
    const w = charInfo(text.charCodeAt(k))
    if (w & C_SPECIAL) return slowLowerId(text, from, to)
    h = Math.imul(h ^ (w & 0xffff), FNV_PRIME)
  }
  return loweredId(text, from, to, h)
}

/** The id of a one-character token (not C_SPECIAL), cached per code unit. */
function unitId(c: number, v: number): number {
  let id = unitIds[c]! - 1
  if (id === -1) {
    const lowered = String.fromCharCode(v & 0xffff)
    id = vocabularyId(lowered, 0, 1)
    unitIds[c] = id + 1
  }
  return id
}

/** The vocabulary id of a lowercase word, added if new: for word lists that look tokens up by id. */
export function vocabularyIdOf(word: string): number {
  return vocabularyId(word, 0, word.length)
}

/** The vocabulary's current generation: ids from an older one (a `Tokenized.idGeneration`) are stale. */
export function vocabularyGeneration(): number {
  return vocabGeneration
}

/**
 * A buffer a caller lends to tokenize for the token columns, reused from one text to the next:
 * the result of a call is only valid until the next call with the same scratch.
 */
export interface TokenScratch {
  buffer?: ArrayBuffer
  /** The typed views of `buffer`, made once per buffer rather than once per text. */
  views?: Columns
}

export function tokenize(input: string, scratch?: TokenScratch): Tokenized {
  const text = input.normalize('NFC')
  slowLowerText = undefined
  const len = text.length
  if (vocabStrings.length > VOCAB_LIMIT) resetVocabulary()
  // One token per three characters: Vietnamese news runs 3.4–4 characters a token (short
  // syllables, punctuation), so this is rarely too few (the arrays then double); one per four was
  // too few for a third of the corpus, and a long text paid for a second, twice as big buffer.
  const estimate = Math.floor(len / 3) + 16
  let cap = estimate
  let cols = columns(cap, scratch)
  cap = cols.cap
  let { start, end, type, flags, id } = cols
  // Sized once (by the estimate) and filled by index: growing by push copied a long text's array
  // again and again.
  const lower: string[] = new Array<string>(estimate)
  let count = 0
  let i = 0
  while (i < len) {
    const c = text.charCodeAt(i)
    const v = charInfo(c)
    if (v & C_SPACE) {
      i++
      continue
    }
    const from = i
    let ty: number
    // The token's vocabulary id, and for words: capitals, lowercase letters after the first
    // letter (not an acronym), and whether any character needs the slow lowercase path.
    let lowerId: number
    let fl = 0
    if (c === 10) {
      ty = NEWLINE
      i++
      lowerId = unitId(c, v)
    } else if (isDigit(c)) {
      ty = NUMBER
      i++
      while (i < len) {
        const d = text.charCodeAt(i)
        if (isDigit(d)) i++
        else if ((d === 46 || d === 44 || d === 47 || d === 58) && i + 1 < len && isDigit(text.charCodeAt(i + 1))) i += 2
        else break
      }
      // Digits and separators are their own lowercase.
      lowerId = vocabularyId(text, from, i)
    } else if (v & C_LETTER) {
      ty = WORD
      // Initials: "N.T.H.", "K." before a space or punctuation.
      if (v & C_UPPER && text.charCodeAt(i + 1) === 46) {
        let j = i
        let groups = 0
        while (j + 1 < len && isUpperAt(text, j) && text.charCodeAt(j + 1) === 46) {
          j += 2
          groups++
        }
        if (groups >= 2) {
          if (isUpperAt(text, j) && !isLetterAt(text, j + 1)) j++
          ty = INITIALS
        } else {
          const after = j < len ? text.charCodeAt(j) : 32
          if ((charInfo(after) & C_SPACE || after === 10 || after === 44 || after === 59 || after === 58 || after === 41) && !letterWordAt(c, count, type, lower)) ty = INITIALS
        }
        if (ty === INITIALS) i = j
      }
      if (ty === WORD) {
        // One pass: the hash of the word as written and of its lowercase; a word without
        // capitals is its own lowercase form.
        let upper = (v & C_UPPER) !== 0
        let lowerAfterFirst = false
        let seen = v
        let h = Math.imul(FNV_BASIS ^ c, FNV_PRIME)
        let hl = Math.imul(FNV_BASIS ^ (v & 0xffff), FNV_PRIME)
        i++
        while (i < len) {
          const d = text.charCodeAt(i)
          const w = charInfo(d)
          if (w & C_LETTER) {
            if (w & C_UPPER) upper = true
            else lowerAfterFirst = true
            seen |= w
            h = Math.imul(h ^ d, FNV_PRIME)
            hl = Math.imul(hl ^ (w & 0xffff), FNV_PRIME)
            i++
          } else if (isJoiner(d) && i + 1 < len) {
            const e = text.charCodeAt(i + 1)
            const x = charInfo(e)
            if (!(x & C_LETTER)) break
            if (x & C_UPPER) upper = true
            else lowerAfterFirst = true
            seen |= x
            // A joiner is its own lowercase.
            h = Math.imul(Math.imul(h ^ d, FNV_PRIME) ^ e, FNV_PRIME)
            hl = Math.imul(Math.imul(hl ^ d, FNV_PRIME) ^ (x & 0xffff), FNV_PRIME)
            i += 2
          } else break
        }
        if (!upper) lowerId = vocabularyId(text, from, i, h)
        else if (seen & C_SPECIAL) lowerId = slowLowerId(text, from, i)
        else lowerId = loweredId(text, from, i, hl)
        // Capitalised; an acronym when all its letters (two or more characters) are capitals.
        if (v & C_UPPER) fl = i - from >= 2 && !lowerAfterFirst ? CAP | ACRONYM : CAP
      } else {
        lowerId = lowerIdOf(text, from, i)
        fl = CAP
      }
    } else {
      ty = PUNCT
      // Keep a surrogate pair together.
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < len) {
        i += 2
        lowerId = slowLowerId(text, from, i)
      } else {
        i++
        lowerId = v & C_SPECIAL ? slowLowerId(text, from, i) : unitId(c, v)
      }
    }
    const lw = vocabStrings[lowerId]!
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
  const tk: Tokenized = { text, count, lower, key, id, idGeneration: vocabGeneration, start, end, type, flags, sentence: sentenceOf, line: lineOf, quote: quoteOf, quotes: [], lines: [], sentenceStarts: [] }
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
    // A mark is one code unit (0 for a surrogate pair): compared by code, not as a string.
    const mark = end[i]! - start[i]! === 1 ? text.charCodeAt(start[i]!) : 0
    if (isOpener(mark)) {
      if (openQuote === -1) openQuote = i
    } else if (isCloser(mark)) {
      if (openQuote !== -1) {
        closeQuote(tk, openQuote, i, true)
        openQuote = -1
      }
    } else if (mark === STRAIGHT_QUOTE) {
      if (straightOpen === -1) straightOpen = i
      else {
        closeQuote(tk, straightOpen, i, true)
        straightOpen = -1
      }
    }
    if (isEnder(mark) && endsSentence(tk, i, mark)) {
      // A closing quotation mark right after the full stop stays in this sentence.
      const next = markAt(tk, i + 1)
      if (isCloser(next) || (next === STRAIGHT_QUOTE && straightOpen !== -1)) continue
      newSentence = true
    } else if (newSentence === false && i > 0 && isCloser(mark)) {
      const before = markAt(tk, i - 1)
      if (isEnder(before) && endsSentence(tk, i - 1, before)) newSentence = true
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
  slowLowerText = undefined
  return tk
}

/**
 * The lowercase of the text's first `length` code units: the start of the whole text's lowercase,
 * made from the start alone when its characters lowercase one by one, free of context.
 */
export function lowerLead(tk: Tokenized, length: number): string {
  const { text } = tk
  const end = Math.min(length, text.length)
  for (let k = 0; k < end; k++) if (charInfo(text.charCodeAt(k)) & C_SPECIAL) return text.toLowerCase().slice(0, length)
  return text.slice(0, length).toLowerCase()
}

interface Columns {
  buffer: ArrayBuffer
  cap: number
  start: Int32Array
  end: Int32Array
  sentence: Int32Array
  line: Int32Array
  quote: Int32Array
  id: Int32Array
  type: Uint8Array
  flags: Uint8Array
}

/** The typed columns of `cap` tokens in one buffer: one allocation per text, not seven. */
function columns(cap: number, scratch?: TokenScratch): Columns {
  // A caller's scratch buffer is reused when it is big enough and not much too big (a huge one
  // left by a long text is let go).
  const bytes = cap * 26
  let buf = scratch?.buffer
  if (!buf || buf.byteLength < bytes || buf.byteLength > Math.max(bytes * 8, 1 << 20)) {
    buf = new ArrayBuffer(bytes)
    if (scratch) scratch.buffer = buf
  } else {
    cap = Math.floor(buf.byteLength / 26)
    if (scratch?.views?.buffer === buf) return scratch.views
  }
  const views = viewsOf(buf, cap)
  if (scratch) scratch.views = views
  return views
}

function viewsOf(buf: ArrayBuffer, cap: number): Columns {
  return {
    buffer: buf,
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

/** "Á" (Asia) and "Ý" (Italy) after a word that names them ("Đông Nam Á.", "châu Á.", "người Ý."): a word ending its sentence, not an initial. */
const LETTER_WORD_BEFORE: ReadonlySet<string> = new Set(['châu', 'đông', 'tây', 'nam', 'bắc', 'trung', 'người', 'nước', 'tiếng', 'đội'])
function letterWordAt(c: number, count: number, type: Uint8Array, lower: string[]): boolean {
  return (c === 0xc1 || c === 0xdd) && count > 0 && type[count - 1] === WORD && LETTER_WORD_BEFORE.has(lower[count - 1]!)
}

/** Records a quotation from token `openIdx` to `lastIdx`; `closed` says whether a closing mark was found. */
function closeQuote(tk: Tokenized, openIdx: number, lastIdx: number, closed: boolean): void {
  const last = Math.max(openIdx, lastIdx)
  let words = 0
  for (let k = openIdx + 1; k <= last; k++) if (tk.type[k] === WORD) words++
  tk.quotes.push({ open: openIdx, close: closed ? last : -1, start: tk.start[openIdx]!, end: tk.end[last]!, words })
}

/** The code of punctuation token k when it is one code unit, else 0 (also out of range). */
function markAt(tk: Tokenized, k: number): number {
  return k >= 0 && k < tk.count && tk.type[k] === PUNCT && tk.end[k]! - tk.start[k]! === 1 ? tk.text.charCodeAt(tk.start[k]!) : 0
}

/** Whether the ender `mark` at token i ends its sentence. */
function endsSentence(tk: Tokenized, i: number, mark: number): boolean {
  if (mark !== FULL_STOP) return true
  const { text } = tk
  const end = tk.end[i]!
  const after = text.charCodeAt(end)
  // "PGS.TS", "3.200": no space after the dot.
  if (end < text.length && after !== 32 && after !== 10 && after !== 13 && after !== 9 && after !== 0x201d && after !== 34) return false
  if (i > 0 && tk.end[i - 1] === tk.start[i] && ABBREVIATIONS.has(tk.lower[i - 1]!)) return false
  return true
}
