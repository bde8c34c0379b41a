import { describe, expect, it } from 'vitest'
import { acceptedPersonRows, correctedPerson } from '../../../src/domain/analysis/personRows'
import { analyse } from './helpers'

describe('acceptedPersonRows', () => {
  const analysis = analyse(
    'Bác sĩ Phan Ngọc Diệp cho biết bệnh nhân đã qua cơn nguy kịch. Anh Tăng Văn Quyết trồng vải. Vợ anh, chị Lâm Thị Nguyệt, bán hàng. Nạn nhân Trần Văn Bình đang điều trị.',
  )

  it('maps only accepted people, with corrections, to person rows', () => {
    let n = 0
    const rows = acceptedPersonRows(
      analysis,
      { p1: { status: 'accepted' }, p2: { status: 'rejected' }, p3: { status: 'accepted', edit: { quoted: true, function: 'personalExperience' } } },
      () => `row${++n}`,
    )
    expect(rows).toEqual([
      { id: 'row1', name: 'Phan Ngọc Diệp', sex: 'unknown', function: 'expert', occupation: 'doctor', quoted: true, photographed: false, victim: false, survivor: false, familyRole: false, chosenByNewsroom: false },
      { id: 'row2', name: 'Lâm Thị Nguyệt', sex: 'female', function: 'personalExperience', occupation: '', quoted: true, photographed: false, victim: false, survivor: false, familyRole: true, chosenByNewsroom: false },
    ])
  })

  it('marks a victim from the role word and leaves pending people out', () => {
    const rows = acceptedPersonRows(analysis, { p4: { status: 'accepted' } }, () => 'x')
    expect(rows.map((r) => [r.name, r.victim, r.sex])).toEqual([['Trần Văn Bình', true, 'male']])
    expect(acceptedPersonRows(analysis, {}, () => 'x')).toEqual([])
  })

  it('applies an edit without touching the suggestion', () => {
    const p = analysis.people[0]!
    expect(correctedPerson(p, { status: 'pending', edit: { sex: 'female' } }).sex).toBe('female')
    expect(p.sex).toBe('unknown')
  })
})
