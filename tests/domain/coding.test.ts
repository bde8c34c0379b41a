import { describe, expect, it } from 'vitest'
import type { ContentAssessment } from '@/domain/assessment'
import { blankContentAssessment, duplicateAsTemplate, filterItems, newestFirst, topicSearchIndex, withKind } from '@/domain/coding'
import { editorRubric } from '../support/editorRubric'

const rubric = { rubricId: 'vn-gsim', rubricVersion: '1.1.0' }
const now = '2026-03-01T08:00:00.000Z'

function item(id: string, patch: Partial<ContentAssessment> = {}): ContentAssessment {
  return { ...blankContentAssessment({ id, outletId: 'o1', rubric, channel: 'online', date: '2026-02-10', now }), ...patch }
}

describe('domain/coding', () => {
  it('makes a blank item whose kind follows the channel', () => {
    expect(blankContentAssessment({ id: 'a', outletId: 'o1', rubric, channel: 'tv', date: '2026-02-01', now }).kind).toBe('broadcast')
    const a = blankContentAssessment({ id: 'a', outletId: 'o1', rubric, channel: 'print', date: '2026-02-01', now })
    expect(a).toMatchObject({ kind: 'article', rubricId: 'vn-gsim', rubricVersion: '1.1.0', status: 'draft', people: [], title: '' })
  })

  it('duplicates as a template: new ids, no title, link or names, draft', () => {
    const original = item('a', {
      title: 'Nữ doanh nhân khởi nghiệp',
      url: 'https://example.vn/a',
      status: 'complete',
      story: { ...item('x').story, topic: 'economy', aboutWomen: true },
      people: [{ id: 'p1', name: 'Nguyễn Thị Lan', sex: 'female', function: 'subject', occupation: 'business', quoted: true, photographed: false, victim: false, survivor: false, familyRole: false, chosenByNewsroom: true }],
      journalists: [{ sex: 'male', role: 'reporter' }],
    })
    const copy = duplicateAsTemplate(original, { id: 'b', now: '2026-03-02T00:00:00.000Z', personId: (i) => `n${i}` })
    expect(copy).toMatchObject({ id: 'b', title: '', status: 'draft', createdAt: '2026-03-02T00:00:00.000Z', story: { topic: 'economy', aboutWomen: true } })
    expect(copy.url).toBeUndefined()
    expect(copy.people).toEqual([{ id: 'n0', sex: 'female', function: 'subject', occupation: 'business', quoted: true, photographed: false, victim: false, survivor: false, familyRole: false, chosenByNewsroom: true }])
    expect(copy.journalists).toEqual([{ sex: 'male', role: 'reporter' }])
    copy.journalists[0]!.sex = 'female'
    expect(original.journalists[0]!.sex).toBe('male')
  })

  it('keeps kind-specific fields consistent', () => {
    const ad = withKind(item('a', { speakingSeconds: { female: 1, male: 2, other: 0, unknown: 0 } }), 'advertisement')
    expect(ad.ad).toEqual({ rating: 'neutral', womenRoles: [], menRoles: [] })
    expect(ad.speakingSeconds).toBeUndefined()
    expect(withKind(ad, 'article').ad).toBeUndefined()
  })

  it('searches titles and topics without diacritics and filters, newest first', () => {
    const index = topicSearchIndex(editorRubric.contentCoding.codeLists.topic)
    const items = [
      item('1', { title: 'Bình đẳng giới trong doanh nghiệp', date: '2026-01-05', story: { ...item('x').story, topic: 'economy' } }),
      item('2', { title: 'Phòng chống bạo lực gia đình', date: '2026-02-05', channel: 'print', story: { ...item('x').story, topic: 'gbv' }, status: 'complete' }),
      item('3', { title: 'Giá xăng tăng', date: '2025-12-30', story: { ...item('x').story, topic: 'economy' } }),
    ]
    const ids = (f: Parameters<typeof filterItems>[1]) => filterItems(newestFirst(items), f, index).map((i) => i.id)
    expect(ids({})).toEqual(['2', '1', '3'])
    expect(filterItems(items, {}, index).map((i) => i.id)).toEqual(['1', '2', '3'])
    expect(ids({ query: 'binh dang' })).toEqual(['1'])
    expect(ids({ query: 'BẠO LỰC' })).toEqual(['2'])
    expect(ids({ query: 'kinh te' })).toEqual(['1', '3'])
    expect(ids({ query: 'kinh te', period: { start: '2026-01-01', end: '2026-12-31' } })).toEqual(['1'])
    expect(ids({ channel: 'print' })).toEqual(['2'])
    expect(ids({ status: 'draft', topic: 'economy' })).toEqual(['1', '3'])
  })
})
