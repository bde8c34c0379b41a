import { describe, expect, it } from 'vitest'
import { EMPTY_FILTER, filterComparisonRows, sortComparisonRows } from '@/domain/comparison'
import { rows } from '../support/departmentRows'

const ids = (list: { outletId: string }[]) => list.map((r) => r.outletId)

describe('domain/comparison', () => {
  describe('filterComparisonRows', () => {
    it('leaves archived outlets out unless asked for', () => {
      expect(ids(filterComparisonRows(rows, EMPTY_FILTER))).toEqual(['o1', 'o2', 'o3', 'o4'])
      expect(ids(filterComparisonRows(rows, { ...EMPTY_FILTER, includeArchived: true }))).toHaveLength(5)
    })

    it('filters by kind, by any of the channels and by status', () => {
      expect(ids(filterComparisonRows(rows, { ...EMPTY_FILTER, kinds: ['magazine'] }))).toEqual(['o3'])
      expect(ids(filterComparisonRows(rows, { ...EMPTY_FILTER, channels: ['online'] }))).toEqual(['o1', 'o4'])
      expect(ids(filterComparisonRows(rows, { ...EMPTY_FILTER, statuses: ['pilot'] }))).toEqual(['o2', 'o4'])
    })

    it('finds names without diacritics', () => {
      expect(ids(filterComparisonRows(rows, { ...EMPTY_FILTER, search: 'dai phat thanh' }))).toEqual(['o2'])
      expect(ids(filterComparisonRows(rows, { ...EMPTY_FILTER, search: 'ĐÔ THỊ' }))).toEqual(['o4'])
    })
  })

  describe('sortComparisonRows', () => {
    it('sorts by an indicator with outlets lacking a value last in both directions', () => {
      const active = rows.slice(0, 4)
      expect(ids(sortComparisonRows(active, { key: 'sources.womenShare', direction: 'asc' }))).toEqual(['o4', 'o1', 'o2', 'o3'])
      expect(ids(sortComparisonRows(active, { key: 'sources.womenShare', direction: 'desc' }))).toEqual(['o2', 'o1', 'o4', 'o3'])
    })

    it('sorts names in Vietnamese order and statuses by level', () => {
      expect(ids(sortComparisonRows(rows, { key: 'name', direction: 'asc' }))).toEqual(['o5', 'o4', 'o1', 'o2', 'o3'])
      expect(ids(sortComparisonRows(rows, { key: 'status', direction: 'desc' }))).toEqual(['o1', 'o2', 'o4', 'o3', 'o5'])
    })

    it('does not reorder its input', () => {
      const copy = [...rows]
      sortComparisonRows(rows, { key: 'overall', direction: 'desc' })
      expect(rows).toEqual(copy)
    })
  })
})
