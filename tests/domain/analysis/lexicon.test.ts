// The wording lexicon: validation with exact paths, and each flagging rule.
import { describe, expect, it } from 'vitest'
import { parseLexicon } from '../../../src/domain/analysis/lexicon'
import { analyse, shippedLexicon } from './helpers'

const entry = (over: Record<string, unknown> = {}) => ({
  id: 'phai-yeu',
  patterns: ['phái yếu'],
  category: 'stereotype',
  explanation: { vi: 'Giải thích', en: 'Explanation' },
  suggestion: { vi: 'Gợi ý', en: 'Suggestion' },
  ...over,
})
const doc = (entries: unknown[], over: Record<string, unknown> = {}) => ({ format: 'gim-wording-lexicon', version: '1.0.0', language: 'vi', entries, ...over })

describe('parseLexicon', () => {
  it('accepts the shipped lexicon, every entry bilingual', () => {
    const lex = shippedLexicon()
    expect(lex.version).toBe('1.0.0')
    expect(lex.entries.length).toBeGreaterThanOrEqual(20)
    for (const e of lex.entries) {
      expect(e.explanation.vi && e.explanation.en && e.suggestion.vi && e.suggestion.en).toBeTruthy()
      for (const p of e.patterns) expect(p).toBe(p.normalize('NFC'))
    }
  })

  it('names every problem with its path', () => {
    const r = parseLexicon(
      doc([entry(), entry({ patterns: [] }), entry({ id: 'Bad Id', explanation: { vi: '' } }), entry({ id: 'x', context: { near: ['a'] } })], {
        format: 'other',
        version: '1',
      }),
    )
    expect(r.ok).toBe(false)
    if (r.ok) return
    const paths = r.problems.map((p) => `${p.path}: ${p.message}`)
    expect(paths).toEqual(
      expect.arrayContaining([
        'format: expected "gim-wording-lexicon"',
        expect.stringMatching(/^version: does not match/),
        'entries[1].id: duplicate id "phai-yeu"',
        'entries[1].patterns: must not be empty',
        expect.stringMatching(/^entries\[2\]\.id: does not match/),
        'entries[2].explanation.vi: must not be empty',
        'entries[2].explanation.en: missing',
        'entries[3].context.near: unknown context rule',
      ]),
    )
  })

  it('refuses what is not an object', () => {
    expect(parseLexicon('[]').ok).toBe(false)
    expect(parseLexicon(null).ok).toBe(false)
  })
})

describe('wording flags', () => {
  const flagged = (text: string) => analyse(text).flags.map((f) => [f.entryId, f.text])

  it('flags a term with its explanation, suggestion and offsets', () => {
    const a = analyse('Những nữ tài xế thuộc phái yếu chạy xe đêm.')
    expect(a.flags).toHaveLength(1)
    const f = a.flags[0]!
    expect([f.entryId, f.category, a.text.slice(f.start, f.end)]).toEqual(['phai-yeu', 'stereotype', 'phái yếu'])
    expect(f.explanation.vi).toContain('Phái yếu')
    expect(f.suggestion.en.length).toBeGreaterThan(0)
  })

  it.each([
    ['looks first', 'Người đẹp Vũ Quỳnh Như ra mắt phim.', 'nguoi-dep'],
    ['demeaning label', 'Cô bị gọi là bình hoa di động từ lâu, nay đã khác.', ''],
    ['demeaning label used', 'Bình hoa di động đã chứng minh điều ngược lại.', 'binh-hoa-di-dong'],
    ['gái quê', 'Từ gái quê đến đại sứ thời trang.', 'gai-que'],
    ['novelty: nữ tướng for a businesswoman', 'Nữ tướng ngành dệt may nhận giải.', 'nu-tuong'],
    ['novelty: nữ tướng in the army is a rank', 'Nữ tướng của quân đội nhân dân được truy tặng danh hiệu.', ''],
    ['breadwinner framed as the man’s role', 'Ông Lục là trụ cột gia đình.', 'tru-cot-gia-dinh'],
    ['breadwinner said of a woman', 'Giờ đây chị trở thành trụ cột gia đình.', ''],
    ['negated use', 'Chăm con không phải thiên chức riêng của phụ nữ.', ''],
    ['inside a quotation: the source’s words', 'Bà nói: “Đừng gọi tôi là nữ tướng, tôi chỉ là người quản lý”.', ''],
    ['scare quotes around a term under discussion', 'Báo chí hay gọi bà là “nữ tướng ngành dệt may”.', ''],
    ['đàn bà, but not người đàn bà', 'Đàn bà thì lo bếp núc. Người đàn bà ấy rất kiên cường.', 'dan-ba'],
    ['a concession that makes competence an exception', 'Dù là phụ nữ nhưng chị lái xe rất giỏi.', 'du-la-phu-nu'],
  ])('%s', (_label, text, id) => {
    const ids = flagged(text).map((f) => f[0])
    expect(ids).toEqual(id ? [id] : [])
  })

  it('matches across a comma inside a fixed expression', () => {
    expect(flagged('Chị là tấm gương giỏi việc nước, đảm việc nhà.')).toEqual([['gioi-viec-nuoc', 'giỏi việc nước, đảm việc nhà']])
  })
})
