import { describe, expect, it } from 'vitest'
import { tokenize, tokenList } from '../../../src/domain/analysis/tokenize'

describe('tokenize', () => {
  it('splits Vietnamese syllables and punctuation with offsets into the NFC text', () => {
    const nfd = 'Bà Hương nói: “Được”.'.normalize('NFD')
    const tk = tokenize(nfd)
    expect(tk.text).toBe('Bà Hương nói: “Được”.')
    expect(tokenList(tk).map((t) => t.text)).toEqual(['Bà', 'Hương', 'nói', ':', '“', 'Được', '”', '.'])
    for (const t of tokenList(tk)) expect(tk.text.slice(t.start, t.end)).toBe(t.text)
  })

  it.each([
    ['initials', 'chị N.T.H. kể', ['chị', 'N.T.H.', 'kể'], 'initials'],
    ['one initial before a space', 'Phí Văn K. (52 tuổi)', ['Phí', 'Văn', 'K.', '(', '52', 'tuổi', ')'], 'initials'],
    ['a number with thousands', 'hơn 3.200 ca', ['hơn', '3.200', 'ca'], 'number'],
    ['an Ê Đê name with an apostrophe', 'chị H’Linh Êban', ['chị', 'H’Linh', 'Êban'], 'word'],
  ])('keeps %s together', (_label, text, expected, type) => {
    const tk = tokenize(text)
    expect(tokenList(tk).map((t) => t.text)).toEqual(expected)
    expect(tokenList(tk).some((t) => t.type === type)).toBe(true)
  })

  it('does not end a sentence after a title abbreviation, but does after a full stop', () => {
    const tk = tokenize('Theo TS. Lâm Thanh Tú, giá tăng. Ông Hải nói.')
    const sentenceOf = (w: string) => tokenList(tk).find((t) => t.text === w)!.sentence
    expect(sentenceOf('Theo')).toBe(sentenceOf('Tú'))
    expect(sentenceOf('Ông')).toBe(sentenceOf('Theo') + 1)
  })

  it('finds curly and straight quotations, and closes an unclosed one at the line end', () => {
    const tk = tokenize('Bà nói “một hai ba” và "bốn năm".\n“Chưa đóng\nDòng sau')
    expect(tk.quotes.map((q) => tk.text.slice(q.start, q.end))).toEqual(['“một hai ba”', '"bốn năm"', '“Chưa đóng'])
    expect(tk.quotes[0]!.words).toBe(3)
    expect(tokenList(tk).find((t) => t.text === 'Dòng')!.quote).toBe(-1)
  })

  it('lowercases a word with a capital after an apostrophe', () => {
    expect(tokenList(tokenize('M’Nông')).map((t) => [t.text, t.lower])).toEqual([['M’Nông', 'm’nông']])
    expect(tokenList(tokenize('k’Ho')).map((t) => [t.text, t.lower])).toEqual([['k’Ho', 'k’ho']])
  })

  it('marks capitals and acronyms', () => {
    const tk = tokenize('UBND tỉnh Hà Giang')
    expect(tokenList(tk).map((t) => [t.text, t.cap, t.acronym])).toEqual([
      ['UBND', true, true],
      ['tỉnh', false, false],
      ['Hà', true, false],
      ['Giang', true, false],
    ])
  })
})
