// Filtering and sorting the department's outlet comparison: pure functions over the roll-up's
// rows, so the table, its CSV export and the tests agree on what "sorted by X" means.

import type { AdoptionLevel } from './adoptionPolicy'
import type { Channel, OutletKind } from './outlet'
import type { RollupOutletRow } from './rollup'
import { foldForSearch } from './text'

export interface ComparisonFilter {
  /** Empty = every kind. */
  kinds: OutletKind[]
  /** Empty = every channel; otherwise the outlet has at least one of them. */
  channels: Channel[]
  /** Empty = every status. */
  statuses: AdoptionLevel[]
  /** Diacritics-insensitive part of the name. */
  search: string
  includeArchived: boolean
}

export const EMPTY_FILTER: ComparisonFilter = { kinds: [], channels: [], statuses: [], search: '', includeArchived: false }

/** 'name' | 'status' | 'contentItems' | 'overall' | a key of Rollup.columns. */
export type ComparisonSortKey = string
export type SortDirection = 'asc' | 'desc'

export interface ComparisonSort {
  key: ComparisonSortKey
  direction: SortDirection
}

const LEVEL_ORDER: Record<AdoptionLevel, number> = { none: 0, pilot: 1, official: 2 }

export function filterComparisonRows(rows: readonly RollupOutletRow[], filter: ComparisonFilter): RollupOutletRow[] {
  const needle = foldForSearch(filter.search.trim())
  return rows.filter(
    (row) =>
      (filter.includeArchived || !row.archived) &&
      (filter.kinds.length === 0 || filter.kinds.includes(row.kind)) &&
      (filter.channels.length === 0 || row.channels.some((c) => filter.channels.includes(c))) &&
      (filter.statuses.length === 0 || filter.statuses.includes(row.status)) &&
      (needle === '' || foldForSearch(row.name).includes(needle)),
  )
}

/** The value a row is sorted by; null when the outlet has none (sorted last either way). */
export function comparisonSortValue(row: RollupOutletRow, key: ComparisonSortKey): number | string | null {
  if (key === 'name') return row.name
  if (key === 'status') return LEVEL_ORDER[row.status]
  if (key === 'contentItems') return row.contentItems
  if (key === 'overall') return row.scores.overall
  return row.values[key]?.value ?? null
}

/** Stable sort; outlets without a value go last in both directions, ties keep name order. */
export function sortComparisonRows(rows: readonly RollupOutletRow[], sort: ComparisonSort): RollupOutletRow[] {
  const sign = sort.direction === 'asc' ? 1 : -1
  return rows
    .map((row, index) => ({ row, index, value: comparisonSortValue(row, sort.key) }))
    .sort((a, b) => {
      if (a.value === null || b.value === null) {
        if (a.value === b.value) return a.index - b.index
        return a.value === null ? 1 : -1
      }
      const order =
        typeof a.value === 'string' && typeof b.value === 'string'
          ? a.value.localeCompare(b.value, 'vi')
          : Number(a.value) - Number(b.value)
      return order !== 0 ? sign * order : a.index - b.index
    })
    .map((entry) => entry.row)
}
