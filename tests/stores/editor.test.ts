import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { getContentAssessment, getOrganisationAssessment } from '@/db/assessments'
import { resetDatabaseForTests } from '@/db/db'
import { getOutlet } from '@/db/outlets'
import { blankContentAssessment } from '@/domain/coding'
import { useEditorStore } from '@/stores/editor'

const rubric = { rubricId: 'vn-gsim', rubricVersion: '1.1.0' }

describe('stores/editor', () => {
  beforeEach(async () => {
    setActivePinia(createPinia())
    await resetDatabaseForTests()
  })

  it('starts an outlet and saves its profile with a fresh updatedAt', async () => {
    const store = useEditorStore()
    const outlet = await store.startOutlet('Cơ quan của tôi')
    expect(await getOutlet(outlet.id)).toEqual(outlet)
    await store.saveProfile({ ...outlet, name: 'Báo Thủ Đô', updatedAt: '2000-01-01T00:00:00.000Z' })
    const saved = await getOutlet(outlet.id)
    expect(saved?.name).toBe('Báo Thủ Đô')
    expect(saved!.updatedAt > '2000-01-01T00:00:00.000Z').toBe(true)
  })

  it('starts an organisation assessment pinned to the rubric version, as a draft', async () => {
    const store = useEditorStore()
    const outlet = await store.startOutlet('Cơ quan')
    const a = await store.startOrganisationAssessment(outlet.id, rubric, { start: '2026-01-01', end: '2026-12-31' })
    expect(await getOrganisationAssessment(a.id)).toMatchObject({ outletId: outlet.id, ...rubric, status: 'draft', answers: {} })
  })

  it('duplicates an item as a new draft without title, link or names', async () => {
    const store = useEditorStore()
    const outlet = await store.startOutlet('Cơ quan')
    const item = blankContentAssessment({ id: crypto.randomUUID(), outletId: outlet.id, rubric, channel: 'online', date: '2026-03-01', now: new Date().toISOString() })
    item.title = 'Bài gốc'
    item.url = 'https://example.vn/a'
    item.status = 'complete'
    item.people = [{ id: 'p1', name: 'Trần Thị Mai', sex: 'female', function: 'expert', occupation: 'doctor', quoted: true, photographed: false, victim: false, survivor: false, familyRole: false, chosenByNewsroom: true }]
    await store.saveItem(item)
    const copy = await store.duplicateItem(item.id)
    expect(copy).toBeDefined()
    const stored = await getContentAssessment(copy!.id)
    expect(stored).toMatchObject({ title: '', status: 'draft', outletId: outlet.id })
    expect(stored?.url).toBeUndefined()
    expect(stored?.people[0]).toMatchObject({ sex: 'female', function: 'expert', quoted: true })
    expect(stored?.people[0]?.name).toBeUndefined()
    expect(stored?.people[0]?.id).not.toBe('p1')
    expect(await store.duplicateItem('00000000-0000-4000-8000-000000000000')).toBeUndefined()
  })
})
