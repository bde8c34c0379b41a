// Tokens, sentences, lines and quotations of a Vietnamese text, with character offsets into the
// NFC text. One pass of one precompiled regular expression: linear in the length of the text.
import { ABBREVIATIONS } from './vocabulary'

export type TokenType = 'word' | 'initials' | 'number' | 'newline' | 'punct'

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
  tokens: Token[]
  quotes: QuoteSpan[]
  lines: Line[]
  /** First token index of each sentence. */
  sentenceStarts: number[]
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

export function tokenize(input: string): Tokenized {
  const text = input.normalize('NFC')
  const tokens: Token[] = []
  const lowerText = text.toLowerCase()
  const sameLength = lowerText.length === text.length
  const len = text.length
  let i = 0
  while (i < len) {
    const c = text.charCodeAt(i)
    if (isSpace(c)) {
      i++
      continue
    }
    const start = i
    let type: TokenType
    let upper = true
    if (c === 10) {
      type = 'newline'
      i++
    } else if (isDigit(c)) {
      type = 'number'
      i++
      while (i < len) {
        const d = text.charCodeAt(i)
        if (isDigit(d)) i++
        else if ((d === 46 || d === 44 || d === 47 || d === 58) && i + 1 < len && isDigit(text.charCodeAt(i + 1))) i += 2
        else break
      }
    } else if (isLetter(c)) {
      type = 'word'
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
          type = 'initials'
        } else {
          const after = j < len ? text.charCodeAt(j) : 32
          if (isSpace(after) || after === 10 || after === 44 || after === 59 || after === 58 || after === 41) type = 'initials'
        }
        if (type === 'initials') i = j
      }
      if (type === 'word') {
        upper = isUpper(c)
        i++
        while (i < len) {
          const d = text.charCodeAt(i)
          if (isLetter(d)) {
            if (!upper && isUpper(d)) upper = true
            i++
          } else if (isJoiner(d) && i + 1 < len && isLetter(text.charCodeAt(i + 1))) {
            if (!upper && isUpper(text.charCodeAt(i + 1))) upper = true
            i += 2
          } else break
        }
      }
    } else {
      type = 'punct'
      // Keep a surrogate pair together.
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < len ? 2 : 1
    }
    const t = text.slice(start, i)
    // A word without capitals is its own lowercase form: one string, not two.
    const lower = type === 'punct' || type === 'number' || type === 'newline' || (type === 'word' && !upper) ? t : sameLength ? lowerText.slice(start, i) : t.toLowerCase()
    const cap = (type === 'word' || type === 'initials') && isUpper(c)
    let acronym = false
    if (type === 'word' && cap && i - start >= 2) {
      acronym = true
      for (let k = start + 1; k < i; k++) {
        const d = text.charCodeAt(k)
        if (isLetter(d) && !isUpper(d)) {
          acronym = false
          break
        }
      }
    }
    const key = type === 'initials' && lower.endsWith('.') ? lower.slice(0, -1) : lower
    tokens.push({ text: t, lower, key, start, end: i, type, cap, acronym, sentence: 0, line: 0, quote: -1 })
  }

  // Lines, sentences and quotations in one sweep.
  const lines: Line[] = []
  const sentenceStarts: number[] = []
  const quotes: QuoteSpan[] = []
  let sentence = 0
  let line = 0
  let lineFirst = 0
  let newSentence = true
  let openQuote = -1
  let straightOpen = -1

  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!
    if (tok.type === 'newline') {
      if (openQuote !== -1) closeQuote(tokens, quotes, openQuote, i - 1, false)
      if (straightOpen !== -1) closeQuote(tokens, quotes, straightOpen, i - 1, false)
      openQuote = -1
      straightOpen = -1
      if (i > lineFirst) lines.push({ first: lineFirst, end: i, start: tokens[lineFirst]!.start, stop: tokens[i - 1]!.end })
      tok.line = line
      tok.sentence = sentence
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
    tok.sentence = sentence
    tok.line = line
    if (tok.type !== 'punct') continue
    if (OPENERS.has(tok.text)) {
      if (openQuote === -1) openQuote = i
    } else if (CLOSERS.has(tok.text)) {
      if (openQuote !== -1) {
        closeQuote(tokens, quotes, openQuote, i, true)
        openQuote = -1
      }
    } else if (tok.text === '"') {
      if (straightOpen === -1) straightOpen = i
      else {
        closeQuote(tokens, quotes, straightOpen, i, true)
        straightOpen = -1
      }
    }
    if (ENDERS.has(tok.text) && endsSentence(tokens, text, i)) {
      // A closing quotation mark right after the full stop stays in this sentence.
      const next = tokens[i + 1]
      if (next && (CLOSERS.has(next.text) || (next.text === '"' && straightOpen !== -1))) continue
      newSentence = true
    } else if (newSentence === false && i > 0 && CLOSERS.has(tok.text) && ENDERS.has(tokens[i - 1]!.text) && endsSentence(tokens, text, i - 1)) {
      newSentence = true
    }
  }
  if (openQuote !== -1) closeQuote(tokens, quotes, openQuote, tokens.length - 1, false)
  if (straightOpen !== -1) closeQuote(tokens, quotes, straightOpen, tokens.length - 1, false)
  if (tokens.length > lineFirst) lines.push({ first: lineFirst, end: tokens.length, start: tokens[lineFirst]!.start, stop: tokens[tokens.length - 1]!.end })
  quotes.sort((a, b) => a.start - b.start)
  // Spans are recorded when they close; index them in text order.
  for (let q = 0; q < quotes.length; q++) {
    const span = quotes[q]!
    for (let k = span.open; k < tokens.length && tokens[k]!.start < span.end; k++) tokens[k]!.quote = q
  }
  return { text, lowerText, tokens, quotes, lines, sentenceStarts }
}

/** Records a quotation from token `openIdx` to `lastIdx`; `closed` says whether a closing mark was found. */
function closeQuote(tokens: Token[], quotes: QuoteSpan[], openIdx: number, lastIdx: number, closed: boolean): void {
  const last = Math.max(openIdx, lastIdx)
  let words = 0
  for (let k = openIdx + 1; k <= last; k++) if (tokens[k]!.type === 'word') words++
  quotes.push({ open: openIdx, close: closed ? last : -1, start: tokens[openIdx]!.start, end: tokens[last]!.end, words })
}

function endsSentence(tokens: Token[], text: string, i: number): boolean {
  const tok = tokens[i]!
  if (tok.text !== '.') return true
  const prev = tokens[i - 1]
  const after = text.charCodeAt(tok.end)
  // "PGS.TS", "3.200": no space after the dot.
  if (tok.end < text.length && after !== 32 && after !== 10 && after !== 13 && after !== 9 && after !== 0x201d && after !== 34) return false
  if (prev && prev.end === tok.start && ABBREVIATIONS.has(prev.lower)) return false
  return true
}
