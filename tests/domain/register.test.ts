import { describe, expect, it } from 'vitest'
import { parseCsv } from '@/platform/csv'
import { formatRegisterFileProblem, formatRegisterProblem, parseRegisterRows, registerColumnOf, registerToCsv } from '@/domain/register'
import { CHANNELS, OUTLET_KINDS } from '@/domain/outlet'

let n = 0
const ctx = { newId: () => `new-${++n}`, now: '2025-05-01T00:00:00Z' }

function parse(text: string) {
  n = 0
  return parseRegisterRows(parseCsv(text).rows, ctx)
}

describe('parseRegisterRows', () => {
  it('reads Vietnamese headers and values', () => {
    const text =
      '\ufeffMã,Tên cơ quan,Loại hình,Kênh,Có quảng cáo,Cơ quan chủ quản,Số quyết định áp dụng,Ngày quyết định,Ngày lưu trữ\r\n' +
      'hn-001,Báo Thủ đô Sáng,Báo in,in; điện tử,có,Thành ủy (hư cấu),Quyết định số 12/QĐ-TĐS,15/03/2024,\r\n' +
      ',Đài Phát thanh Hồ Tây,Đài phát thanh,phát thanh,không,UBND (hư cấu),,,2026-01-01\r\n'
    const r = parse(text)
    expect(r.headerProblems).toEqual([])
    expect(r.unknownColumns).toEqual([])
    expect(r.report).toEqual([
      { row: 2, status: 'ok', problems: [] },
      { row: 3, status: 'ok', problems: [] },
    ])
    expect(r.outlets).toEqual([
      {
        id: 'hn-001',
        name: 'Báo Thủ đô Sáng',
        kind: 'newspaper',
        channels: ['print', 'online'],
        carriesAds: true,
        governingBody: 'Thành ủy (hư cấu)',
        adoptionDecision: { reference: 'Quyết định số 12/QĐ-TĐS', date: '2024-03-15' },
        createdAt: ctx.now,
        updatedAt: ctx.now,
      },
      {
        id: 'new-1',
        name: 'Đài Phát thanh Hồ Tây',
        kind: 'radio',
        channels: ['radio'],
        carriesAds: false,
        governingBody: 'UBND (hư cấu)',
        archivedAt: '2026-01-01',
        createdAt: ctx.now,
        updatedAt: ctx.now,
      },
    ])
  })

  it('reads English headers, in any case, and headers typed without diacritics', () => {
    expect(registerColumnOf('Governing body')).toBe('governingBody')
    expect(registerColumnOf('ten co quan')).toBe('name')
    expect(registerColumnOf('LOẠI HÌNH')).toBe('kind')
    const r = parse('name,kind,channels,carriesAds\nOnline Hà Nội,online,online,true\n')
    expect(r.outlets[0]).toMatchObject({ name: 'Online Hà Nội', kind: 'online', channels: ['online'], carriesAds: true })
  })

  it('reports every problem of every row, and keeps the good rows', () => {
    const text =
      'id,name,kind,channels,carriesAds,adoptionDecisionReference,adoptionDecisionDate,archivedAt,ghi chú\n' +
      'hn-001,Báo A,blog,print,có,,,,\n' +
      'hn 002,,newspaper,fax,maybe,QĐ 1,,2025-02-30,\n' +
      'hn-001,Báo C,newspaper,print,no,,2024-01-01,,\n' +
      'hn-004,Báo D,magazine,print,no,,,,\n' +
      'hn-005,báo d,magazine,print,no,,,,\n'
    const r = parse(text)
    expect(r.unknownColumns).toEqual(['ghi chú'])
    expect(r.report).toEqual([
      { row: 2, status: 'error', problems: [{ code: 'unknownKind', column: 'kind', value: 'blog', allowed: OUTLET_KINDS }] },
      {
        row: 3,
        status: 'error',
        problems: [
          { code: 'badId', column: 'id', value: 'hn 002' },
          { code: 'missing', column: 'name' },
          { code: 'unknownChannel', column: 'channels', value: 'fax', allowed: CHANNELS },
          { code: 'notYesNo', column: 'carriesAds', value: 'maybe' },
          { code: 'decisionDateMissing', column: 'adoptionDecisionDate' },
          { code: 'notDate', column: 'archivedAt', value: '2025-02-30' },
        ],
      },
      {
        row: 4,
        status: 'error',
        problems: [
          { code: 'decisionReferenceMissing', column: 'adoptionDecisionReference' },
          { code: 'duplicateId', column: 'id', value: 'hn-001', line: 2 },
        ],
      },
      { row: 5, status: 'ok', problems: [] },
      { row: 6, status: 'error', problems: [{ code: 'duplicateName', column: 'name', value: 'báo d', line: 5 }] },
    ])
    // The command line's English wording of the same problems.
    expect(r.report.map((x) => x.problems.map(formatRegisterProblem))).toEqual([
      ['kind: "blog" is not one of newspaper, magazine, online, radio, television, broadcaster, association, trainingInstitution'],
      [
        'id: "hn 002" is not an id (letters, digits, _ . : -; at most 64)',
        'name: missing',
        'channels: "fax" is not one of print, online, radio, tv',
        'carriesAds: "maybe" is not yes/no (có/không)',
        'adoptionDecisionDate: missing (the decision reference is given)',
        'archivedAt: "2025-02-30" is not a date YYYY-MM-DD',
      ],
      ['adoptionDecisionReference: missing (the decision date is given)', 'id: "hn-001" is already used on line 2'],
      [],
      ['name: "báo d" is already on line 5'],
    ])
    expect(r.outlets.map((o) => o.id)).toEqual(['hn-004'])
  })

  it('says when a required column is missing', () => {
    const r = parse('id,channels\nhn-1,print\n')
    expect(r.headerProblems).toEqual([
      { code: 'missingColumn', column: 'name' },
      { code: 'missingColumn', column: 'kind' },
    ])
    expect(r.headerProblems.map(formatRegisterFileProblem)).toEqual(['missing column name', 'missing column kind'])
  })

  it('says when a column is given twice, and which headers are not register columns', () => {
    const r = parse('name,Tên cơ quan,kind,ghi chú\nBáo A,Báo A bis,newspaper,x\n')
    expect(r.headerProblems).toEqual([{ code: 'repeatedColumn', header: 'Tên cơ quan', column: 'name' }])
    expect(r.headerProblems.map(formatRegisterFileProblem)).toEqual(['column "Tên cơ quan" repeats column name'])
    expect(r.unknownColumns).toEqual(['ghi chú'])
  })

  it('reports a value longer than the outlet allows as tooLong with the limit, on its column', () => {
    const r = parse(`name,kind,governingBody\nBáo A,newspaper,${'x'.repeat(5000)}\n`)
    const problems = r.report[0]!.problems
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatchObject({ code: 'tooLong', column: 'governingBody' })
    expect(formatRegisterProblem(problems[0]!)).toMatch(/^governingBody: longer than \d+ characters$/)
    expect(r.report[0]!.status).toBe('error')
  })

  it('an empty file gives no outlets and no crash', () => {
    expect(parse('')).toEqual({ outlets: [], report: [], headerProblems: [], unknownColumns: [] })
  })
})

describe('registerToCsv', () => {
  it('round-trips through parseRegisterRows, formula-looking names included', () => {
    const first = parse(
      'id,name,kind,channels,carriesAds,governingBody,adoptionDecisionReference,adoptionDecisionDate\n' +
        'hn-001,"Báo ""Thủ đô"", Sáng",newspaper,print;online,yes,Sở (hư cấu),QĐ 12,2024-03-15\n' +
        'hn-002,-Tạp chí Gạch Đầu Dòng,magazine,print,no,,,\n',
    )
    expect(first.outlets).toHaveLength(2)
    const csv = registerToCsv(first.outlets)
    expect(csv).toContain("'-Tạp chí")
    const again = parse(csv)
    expect(again.report.every((r) => r.status === 'ok')).toBe(true)
    expect(again.outlets).toEqual(first.outlets)
  })
})
