// Tokens, sentences, lines and quotations of a Vietnamese text, with character offsets into the
// NFC text. One pass of one precompiled regular expression: linear in the length of the text.
import { ABBREVIATIONS } from './vocabulary'

export type TokenType = 'word' | 'initials' | 'number' | 'newline' | 'punct'

export interface Token {
  text: string
  lower: string
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
  tokens: Token[]
  quotes: QuoteSpan[]
  lines: Line[]
  /** First token index of each sentence. */
  sentenceStarts: number[]
}

const TOKEN =
  /(?:\p{Lu}\.){2,}\p{Lu}?|\p{Lu}\.(?=[\s,;:)]|$)|\p{N}+(?:[.,/:]\p{N}+)*|[\p{L}\p{M}]+(?:[’'‘-][\p{L}\p{M}]+)*|\n|[^\s]/gu
const UPPER = /^\p{Lu}/u
const LOWER_ANY = /\p{Ll}/u
const LETTER = /\p{L}/u

const OPENERS = new Set(['“', '«', '„'])
const CLOSERS = new Set(['”', '»'])
const ENDERS = new Set(['.', '!', '?', '…'])

export function tokenize(input: string): Tokenized {
  const text = input.normalize('NFC')
  const tokens: Token[] = []
  TOKEN.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = TOKEN.exec(text)) !== null) {
    const t = m[0]
    const start = m.index
    let type: TokenType
    const c = t.charCodeAt(0)
    if (t === '\n') type = 'newline'
    else if (c >= 48 && c <= 57) type = 'number'
    else if (t.length >= 2 && t.endsWith('.') && UPPER.test(t)) type = 'initials'
    else if (t.length > 1 && t.charCodeAt(1) === 46 /* . */ && UPPER.test(t)) type = 'initials'
    else if (LETTER.test(t)) type = 'word'
    else type = 'punct'
    const cap = (type === 'word' || type === 'initials') && UPPER.test(t)
    const acronym = type === 'word' && t.length >= 2 && cap && !LOWER_ANY.test(t.slice(1))
    tokens.push({ text: t, lower: t.toLowerCase(), start, end: start + t.length, type, cap, acronym, sentence: 0, line: 0, quote: -1 })
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
  /** Records a quotation from token `openIdx` to `lastIdx`; `closed` says whether a closing mark was found. */
  const closeQuote = (openIdx: number, lastIdx: number, closed: boolean) => {
    const last = Math.max(openIdx, lastIdx)
    let words = 0
    for (let k = openIdx + 1; k <= last; k++) if (tokens[k]!.type === 'word') words++
    quotes.push({ open: openIdx, close: closed ? last : -1, start: tokens[openIdx]!.start, end: tokens[last]!.end, words })
  }

  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!
    if (tok.type === 'newline') {
      if (openQuote !== -1) closeQuote(openQuote, i - 1, false)
      if (straightOpen !== -1) closeQuote(straightOpen, i - 1, false)
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
    if (OPENERS.has(tok.text)) {
      if (openQuote === -1) openQuote = i
    } else if (CLOSERS.has(tok.text)) {
      if (openQuote !== -1) {
        closeQuote(openQuote, i, true)
        openQuote = -1
      }
    } else if (tok.text === '"') {
      if (straightOpen === -1) straightOpen = i
      else {
        closeQuote(straightOpen, i, true)
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
  if (openQuote !== -1) closeQuote(openQuote, tokens.length - 1, false)
  if (straightOpen !== -1) closeQuote(straightOpen, tokens.length - 1, false)
  if (tokens.length > lineFirst) lines.push({ first: lineFirst, end: tokens.length, start: tokens[lineFirst]!.start, stop: tokens[tokens.length - 1]!.end })
  quotes.sort((a, b) => a.start - b.start)
  // Spans are recorded when they close; index them in text order.
  for (let q = 0; q < quotes.length; q++) {
    const span = quotes[q]!
    for (let k = span.open; k < tokens.length && tokens[k]!.start < span.end; k++) tokens[k]!.quote = q
  }
  return { text, tokens, quotes, lines, sentenceStarts }
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
