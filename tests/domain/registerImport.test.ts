import { describe, expect, it } from 'vitest'
import { planRegisterImport } from '@/domain/registerImport'
import type { Outlet } from '@/domain/outlet'

const base = (id: string, name: string, extra: Partial<Outlet> = {}): Outlet => ({
  id, name, kind: 'newspaper', channels: ['print'], carriesAds: false, governingBody: 'UBND TP Hà Nội',
  createdAt: '2024-01-01T00:00:00Z', updatedAt: '2024-01-01T00:00:00Z', ...extra,
})

describe('domain/registerImport', () => {
  const existing = [base('a', 'Báo Hà Nội Mới', { archivedAt: '2025-06-30' }), base('b', 'Đài Hà Nội')]

  it('matches rows without ids by name, ignoring case and diacritics, and keeps id and createdAt', () => {
    const parsed = [base('new-1', 'BAO HA NOI MOI', { governingBody: 'Thành uỷ Hà Nội', createdAt: '2026-11-27T00:00:00Z' }), base('new-2', 'Báo mới')]
    const plan = planRegisterImport(parsed, existing)
    expect(plan.map((p) => p.action)).toEqual(['update', 'new'])
    expect(plan[0]?.outlet).toMatchObject({ id: 'a', createdAt: '2024-01-01T00:00:00Z', governingBody: 'Thành uỷ Hà Nội', archivedAt: '2025-06-30' })
    expect(plan[1]?.outlet.id).toBe('new-2')
  })

  it('matches by id when the file has ids, and reports identical rows as unchanged', () => {
    const plan = planRegisterImport([base('b', 'Đài Hà Nội', { updatedAt: '2026-01-01T00:00:00Z' })], existing)
    expect(plan[0]?.action).toBe('unchanged')
    expect(plan[0]?.outlet).toBe(existing[1])
  })
})
