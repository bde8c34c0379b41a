// Hand-made roll-up rows for the department's component and comparison tests.
import type { AdoptionLevel } from '@/domain/adoptionPolicy'
import type { MissingItem } from '@/domain/adoption'
import type { Channel, OutletKind } from '@/domain/outlet'
import type { RollupCell, RollupColumn, RollupOutletRow } from '@/domain/rollup'

export const columns: RollupColumn[] = [
  { key: 'sources.womenShare', indicatorId: null, sectionId: 'B1', label: { vi: 'Nữ trong nguồn tin', en: 'Women among sources' }, unit: 'share' },
  { key: 'experts.womenShare', indicatorId: null, sectionId: 'B1', label: { vi: 'Nữ trong chuyên gia', en: 'Women among experts' }, unit: 'share' },
]

export function cell(value: number | null, n: number): RollupCell {
  return { value, n, low: value === null ? null : Math.max(0, value - 0.1), high: value === null ? null : Math.min(1, value + 0.1), score: null }
}

export function row(
  outletId: string,
  name: string,
  opts: {
    kind?: OutletKind
    channels?: Channel[]
    status?: AdoptionLevel
    sources?: number | null
    overall?: number | null
    items?: number
    archived?: boolean
    missing?: MissingItem[]
  } = {},
): RollupOutletRow {
  const status = opts.status ?? 'none'
  const missing = opts.missing ?? []
  return {
    outletId,
    name,
    kind: opts.kind ?? 'newspaper',
    channels: opts.channels ?? ['print'],
    archived: opts.archived ?? false,
    status,
    missing,
    adoption: {
      outletId,
      at: '2026-06-30',
      level: status,
      pilot: { met: status !== 'none', missing: status === 'none' ? missing : [] },
      official: { met: status === 'official', missing: status === 'official' ? [] : missing },
      missing,
      evidence: {
        pilotWindow: { start: '2025-07-01', end: '2026-06-30' },
        officialWindow: { start: '2025-07-01', end: '2026-06-30' },
        contentItemsInPilotWindow: opts.items ?? 0,
        sectionsAssessed: [],
        quarters: [],
      },
    },
    contentItems: opts.items ?? 0,
    values: { 'sources.womenShare': cell(opts.sources ?? null, opts.items ?? 0), 'experts.womenShare': cell(null, 0) },
    scores: { overall: opts.overall ?? null, categories: { A: null, B: null }, sections: {} },
  }
}

export const rows: RollupOutletRow[] = [
  row('o1', 'Báo Hà Nội Mới', { kind: 'newspaper', channels: ['print', 'online'], status: 'official', sources: 0.31, overall: 62, items: 400 }),
  row('o2', 'Đài Phát thanh và Truyền hình Hà Nội', { kind: 'broadcaster', channels: ['radio', 'tv'], status: 'pilot', sources: 0.42, overall: 70, items: 120 }),
  row('o3', 'Tạp chí Người Hà Nội', { kind: 'magazine', channels: ['print'], status: 'none', sources: null, overall: null, items: 3 }),
  row('o4', 'Báo điện tử Kinh tế Đô thị', { kind: 'online', channels: ['online'], status: 'pilot', sources: 0.25, overall: 48, items: 60 }),
  row('o5', 'Ấn phẩm cũ', { kind: 'magazine', channels: ['print'], status: 'none', archived: true }),
]
