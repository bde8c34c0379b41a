import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { parseCsv } from '@/platform/csv'
import {
  BOM,
  contentAssessmentsToCsv,
  csvCell,
  organisationAnswersToCsv,
  peopleRowsToCsv,
  toCsv,
} from '@/domain/csv'
import { makeContent, makeOrg } from '../support/exchangeFixtures'

describe('csvCell: formula injection', () => {
  const cases: [unknown, string][] = [
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+84 912 345 678', "'+84 912 345 678"],
    ['-2+3', "'-2+3"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['\r=1', "\"'\r=1\""],
    ['=HYPERLINK("http://x","bấm")', "\"'=HYPERLINK(\"\"http://x\"\",\"\"bấm\"\")\""],
    [-3, '-3'],
    [-0.25, '-0.25'],
    [12, '12'],
    [Number.NaN, ''],
    [true, 'true'],
    [null, ''],
    [undefined, ''],
    ['a=b', 'a=b'],
    ['Hà Nội, Việt Nam', '"Hà Nội, Việt Nam"'],
    ['dòng 1\ndòng 2', '"dòng 1\ndòng 2"'],
    ['"trích dẫn"', '"""trích dẫn"""'],
  ]
  for (const [input, expected] of cases)
    it(`${JSON.stringify(input)} → ${JSON.stringify(expected)}`, () => {
      expect(csvCell(input as string)).toBe(expected)
    })

  it('normalises Vietnamese text to NFC', () => {
    expect(csvCell('Bình đẳng'.normalize('NFD'))).toBe('Bình đẳng'.normalize('NFC'))
  })

  it('property: no exported text cell starts with a trigger, and parsing gives the text back', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 30 }), { minLength: 1, maxLength: 6 }), (cells) => {
        const text = toCsv(['a', 'b', 'c', 'd', 'e', 'f'].slice(0, cells.length), [cells])
        const parsed = parseCsv(text)
        expect(parsed.errors).toEqual([])
        const row = parsed.rows[0]
        // An all-empty row is skipped by the reader; nothing else may be lost.
        if (cells.every((c) => c === '')) return
        const back = Object.values(row ?? {})
        back.forEach((cell, i) => {
          expect(/^[=+\-@\t\r\0]/.test(cell)).toBe(false)
          const original = cells[i]!.normalize('NFC')
          expect(cell).toBe(/^[=+\-@\t\r\0]/.test(original) ? `'${original}` : original)
        })
      }),
      { numRuns: 300 },
    )
  })
})

describe('toCsv', () => {
  it('starts with a BOM, ends records with CRLF and quotes per RFC 4180', () => {
    const text = toCsv(['tên', 'ghi chú'], [['Báo Thủ đô Sáng', 'có "dấu" , phẩy'], ['Đài Hồ Tây', null]])
    expect(text.startsWith(BOM)).toBe(true)
    expect(text).toBe(`${BOM}tên,ghi chú\r\nBáo Thủ đô Sáng,"có ""dấu"" , phẩy"\r\nĐài Hồ Tây,\r\n`)
    expect(new TextEncoder().encode(text).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]))
  })
})

describe('exporters', () => {
  const item = makeContent({ title: '=Tin nóng', speakingSeconds: { female: 30, male: 60, other: 0, unknown: 0 } })

  it('content assessments: one row per item with people counted by sex', () => {
    const { rows } = parseCsv(contentAssessmentsToCsv([item], { outletNames: new Map([['hn-001', 'Báo Thủ đô Sáng']]) }))
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({
      id: item.id,
      outletName: 'Báo Thủ đô Sáng',
      title: "'=Tin nóng",
      people: '2',
      peopleFemale: '1',
      peopleMale: '1',
      quotedFemale: '1',
      quotedMale: '0',
      speakingSecondsMale: '60',
      aboutWomen: 'true',
    })
  })

  it('uses translated column labels when given', () => {
    const text = contentAssessmentsToCsv([item], { labels: { title: 'Tiêu đề', date: 'Ngày' } })
    expect(text.split('\r\n')[0]).toContain('Ngày')
    expect(text.split('\r\n')[0]).toContain('Tiêu đề')
  })

  it('people: one row per person, names as given', () => {
    const { rows } = parseCsv(peopleRowsToCsv([item, makeContent()]))
    expect(rows).toHaveLength(4)
    expect(rows[0]).toMatchObject({ personId: 'p1', name: 'Nguyễn Thị Hằng', sex: 'female', function: 'expert', quoted: 'true' })
  })

  it('organisation answers: one row per answer, every answer type', () => {
    const { rows } = parseCsv(organisationAnswersToCsv([makeOrg()]))
    const byQ = Object.fromEntries(rows.map((r) => [r.questionId, r]))
    expect(rows).toHaveLength(9)
    expect(byQ['A1.1.q1']).toMatchObject({ type: 'countBySex', women: '3', men: '5' })
    expect(byQ['A2.1.q1']).toMatchObject({ type: 'yesNo', value: 'yes', evidence: 'Quyết định số 12/QĐ' })
    expect(byQ['A2.2.q1']).toMatchObject({ type: 'na', value: 'na' })
    expect(byQ['A3.1.q1']).toMatchObject({ women: '12000000', men: '13500000' })
    expect(byQ['A5.1.q1']).toMatchObject({ value: 'a;b' })
  })
})

describe('parseCsv', () => {
  it('tolerates a BOM and CRLF, keeps Vietnamese and reports ragged rows with their line', () => {
    const { rows, errors } = parseCsv(`${BOM}tên,loại\r\nBáo Thủ đô Sáng,báo in\r\nĐài,radio,extra\r\n`)
    expect(rows[0]).toEqual({ tên: 'Báo Thủ đô Sáng', loại: 'báo in' })
    expect(errors).toEqual([{ row: 3, code: 'tooManyFields', expected: 2, found: 3, message: expect.stringContaining('Too many fields') }])
  })

  it('a "__proto__" header stays a plain key', () => {
    const { rows } = parseCsv('__proto__,name\r\n{"x":1},a\r\n')
    expect(({} as Record<string, unknown>).x).toBeUndefined()
    expect(Object.keys(rows[0]!)).toEqual(['__proto__', 'name'])
  })
})
