// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import type { AdCoding, JournalistRow } from '@/domain/assessment'
import type { Outlet } from '@/domain/outlet'
import { createAppI18n } from '@/i18n'
import OutletProfileForm from '@/components/outlet/OutletProfileForm.vue'
import SectionApplicabilityList from '@/components/outlet/SectionApplicabilityList.vue'
import ContentItemMeta from '@/components/coding/ContentItemMeta.vue'
import SpeakingTime from '@/components/coding/SpeakingTime.vue'
import JournalistTable from '@/components/coding/JournalistTable.vue'
import AdCodingFields from '@/components/coding/AdCodingFields.vue'
import { editorRubric } from '../support/editorRubric'

const global = { plugins: [createAppI18n('vi')] }
const outlet: Outlet = { id: 'o1', name: 'Báo Mẫu', kind: 'newspaper', channels: ['print'], carriesAds: false, governingBody: '', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' }
const last = <T>(w: { emitted: (e: string) => unknown[][] | undefined }, event = 'update:modelValue') => (w.emitted(event) ?? []).at(-1)?.[0] as T

describe('components/outlet/OutletProfileForm', () => {
  it('emits the profile as it is edited, channels in their fixed order', async () => {
    const w = mount(OutletProfileForm, { props: { modelValue: outlet }, global })
    await w.get('#outlet-name').setValue('Báo Thủ Đô')
    expect(last<Outlet>(w).name).toBe('Báo Thủ Đô')
    await w.setProps({ modelValue: last<Outlet>(w) })
    const boxes = w.findAll('fieldset input[type="checkbox"]')
    await boxes[3]!.setValue(true) // tv
    await w.setProps({ modelValue: last<Outlet>(w) })
    await boxes[1]!.setValue(true) // online
    expect(last<Outlet>(w).channels).toEqual(['print', 'online', 'tv'])
  })
  it('keeps a blank name or half a decision on screen with its message, and emits nothing', async () => {
    const w = mount(OutletProfileForm, { props: { modelValue: outlet }, global })
    await w.get('#outlet-name').setValue('  ')
    expect(w.get('#outlet-name-error').text()).toBe('Cần nhập tên cơ quan.')
    expect(w.emitted('update:modelValue')).toBeUndefined()
    await w.get('#outlet-name').setValue('Báo Mẫu')
    await w.get('#outlet-decision-ref').setValue('QĐ 12/QĐ-BM')
    expect(w.get('#outlet-decision-error').text()).toBe('Cần nhập ngày ký quyết định.')
    await w.get('#outlet-decision-date').setValue('2026-02-01')
    expect(last<Outlet>(w).adoptionDecision).toEqual({ reference: 'QĐ 12/QĐ-BM', date: '2026-02-01' })
    expect(w.find('#outlet-decision-error').exists()).toBe(false)
  })
})

describe('components/outlet/SectionApplicabilityList', () => {
  it('says which sections apply and why', () => {
    const w = mount(SectionApplicabilityList, { props: { sections: editorRubric.sections, outlet }, global })
    expect(w.get('[data-section="A3"]').text()).toContain('Không')
    expect(w.get('[data-section="A3"]').text()).toContain('Chỉ dành cho hội, hiệp hội.')
    expect(w.get('[data-section="B2"]').text()).toContain('Chỉ áp dụng khi cơ quan có quảng cáo.')
    expect(w.get('[data-section="A1"]').text()).toContain('Áp dụng cho mọi cơ quan.')
  })
})

describe('components/coding/ContentItemMeta', () => {
  const meta = { kind: 'article' as const, channel: 'print' as const, date: '2026-03-01', title: 'Tin' }
  it('accepts only http(s) links and opens them without opener or referrer', async () => {
    const w = mount(ContentItemMeta, { props: { modelValue: meta, channels: ['print'], itemId: 'a' }, global })
    await w.get('#item-url').setValue('javascript:alert(1)')
    expect(w.get('#item-url-error').text()).toContain('http://')
    expect(w.emitted('update:modelValue')).toBeUndefined()
    expect(w.find('a').exists()).toBe(false)
    await w.get('#item-url').setValue('https://example.vn/bai-viet')
    expect(last<typeof meta & { url?: string }>(w).url).toBe('https://example.vn/bai-viet')
    await w.setProps({ modelValue: last(w) })
    const link = w.get('a')
    expect(link.attributes('href')).toBe('https://example.vn/bai-viet')
    expect(link.attributes('rel')).toBe('noopener noreferrer')
  })
  it('switches the kind', async () => {
    const w = mount(ContentItemMeta, { props: { modelValue: meta, channels: ['print'], itemId: 'a' }, global })
    await w.get('input[value="advertisement"]').setValue(true)
    expect(last<typeof meta>(w).kind).toBe('advertisement')
  })
})

describe('components/coding/SpeakingTime', () => {
  it('reads minutes:seconds, emits seconds and shows the women’s share', async () => {
    const w = mount(SpeakingTime, { props: { modelValue: undefined }, global })
    await w.get('#speaking-female').setValue('1:30')
    await w.get('#speaking-male').setValue('2:30')
    expect(last(w)).toEqual({ female: 90, male: 150, other: 0, unknown: 0 })
    expect(w.get('output').text()).toMatch(/Nữ chiếm 37,5\s?% tổng thời lượng 4:00/)
  })
  it('says what is wrong with a bad time and emits nothing', async () => {
    const w = mount(SpeakingTime, { props: { modelValue: undefined }, global })
    await w.get('#speaking-male').setValue('2:75')
    expect(w.get('#speaking-male-error').text()).toBe('Nhập dạng phút:giây, ví dụ 2:05.')
    expect(w.emitted('update:modelValue')).toBeUndefined()
  })
})

describe('components/coding/JournalistTable', () => {
  it('adds a row, codes sex by one key and removes with Alt+Delete', async () => {
    const w = mount(JournalistTable, { props: { journalists: [] as JournalistRow[], roles: editorRubric.contentCoding.codeLists.journalistRole }, global, attachTo: document.body })
    await w.get('button').trigger('click')
    const rows = last<JournalistRow[]>(w, 'update:journalists')
    expect(rows).toEqual([{ sex: 'unknown', role: 'reporter' }])
    await w.setProps({ journalists: rows })
    await w.get('select').trigger('keydown', { key: 'n' })
    expect(last<JournalistRow[]>(w, 'update:journalists')).toEqual([{ sex: 'female', role: 'reporter' }])
    await w.get('select').trigger('keydown', { key: 'Delete', altKey: true })
    expect(last<JournalistRow[]>(w, 'update:journalists')).toEqual([])
    w.unmount()
  })
})

describe('components/coding/AdCodingFields', () => {
  it('rates the ad and records the roles shown by sex', async () => {
    const ad: AdCoding = { rating: 'neutral', womenRoles: [], menRoles: [] }
    const w = mount(AdCodingFields, { props: { modelValue: ad, roles: editorRubric.contentCoding.codeLists.adRole }, global })
    await w.get('input[value="stereotyped"]').setValue(true)
    expect(last<AdCoding>(w).rating).toBe('stereotyped')
    await w.setProps({ modelValue: last<AdCoding>(w) })
    const womenBoxes = w.findAll('fieldset')[1]!.findAll('input')
    await womenBoxes[0]!.setValue(true)
    expect(last<AdCoding>(w)).toEqual({ rating: 'stereotyped', womenRoles: ['homemaker'], menRoles: [] })
    await w.setProps({ modelValue: last<AdCoding>(w) })
    await w.get('select').setValue('female')
    expect(last<AdCoding>(w).voiceOverSex).toBe('female')
  })
})
