// The department's tables as CSV (through toCsv: UTF-8 with BOM, formula injection neutralised).
// Headers and words come translated from the caller; values stay machine-readable (0–1 shares,
// codes for kinds and statuses next to their words) so a spreadsheet can compute with them.

import type { AdoptionSeries } from './adoption'
import type { BreakdownRow, RollupColumn, RollupOutletRow } from './rollup'
import { toCsv, type CsvCell } from './csv'

export interface CsvWords {
  /** Header text for a fixed column key (e.g. 'name', 'status', 'pilotShare'). */
  header: (key: string) => string
  /** Words for codes: kinds, channels, statuses. */
  kind: (code: string) => string
  channel: (code: string) => string
  level: (code: string) => string
  /** A missing item in words. */
  missing: (item: RollupOutletRow['missing'][number]) => string
  locale: 'vi' | 'en'
}

export function comparisonToCsv(rows: readonly RollupOutletRow[], columns: readonly RollupColumn[], w: CsvWords): string {
  const header = [
    w.header('outletId'), w.header('name'), w.header('kind'), w.header('channels'), w.header('status'), w.header('contentItems'),
    ...columns.flatMap((c) => [c.label[w.locale], `${c.label[w.locale]} – n`, `${c.label[w.locale]} – ${w.header('low')}`, `${c.label[w.locale]} – ${w.header('high')}`]),
    w.header('overall'),
  ]
  const body: CsvCell[][] = rows.map((r) => [
    r.outletId, r.name, w.kind(r.kind), r.channels.map(w.channel).join('; '), w.level(r.status), r.contentItems,
    ...columns.flatMap((c) => {
      const cell = r.values[c.key]
      return [cell?.value ?? null, cell?.n ?? 0, cell?.low ?? null, cell?.high ?? null]
    }),
    r.scores.overall,
  ])
  return toCsv(header, body)
}

export function behindToCsv(rows: readonly Pick<RollupOutletRow, 'outletId' | 'name' | 'kind' | 'status' | 'missing'>[], w: CsvWords): string {
  return toCsv(
    [w.header('outletId'), w.header('name'), w.header('kind'), w.header('status'), w.header('missing')],
    rows.map((r) => [r.outletId, r.name, w.kind(r.kind), w.level(r.status), r.missing.map(w.missing).join('; ')]),
  )
}

export function breakdownToCsv(rows: readonly BreakdownRow[], group: (key: string) => string, w: CsvWords): string {
  return toCsv(
    [w.header('group'), w.header('outlets'), w.header('none'), w.header('pilot'), w.header('pilotShare'), w.header('official'), w.header('officialShare')],
    rows.map((r) => [group(r.key), r.outlets, r.outlets - r.pilot, r.pilot, r.pilotShare, r.official, r.officialShare]),
  )
}

export function seriesToCsv(series: AdoptionSeries, w: CsvWords): string {
  return toCsv(
    [w.header('month'), w.header('registerSize'), w.header('pilot'), w.header('pilotShare'), w.header('official'), w.header('officialShare')],
    series.points.map((p) => [p.month, p.registerSize, p.pilot.count, p.pilot.share, p.official.count, p.official.share]),
  )
}
