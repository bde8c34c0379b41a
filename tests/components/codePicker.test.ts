// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { createAppI18n } from '@/i18n'
import CodePicker from '@/components/coding/CodePicker.vue'
import { editorRubric } from '../support/editorRubric'

const functions = editorRubric.contentCoding.codeLists.function
const topics = editorRubric.contentCoding.codeLists.topic

function picker(codes = functions, modelValue = '', locale: 'vi' | 'en' = 'vi') {
  return mount(CodePicker, { props: { codes, modelValue, label: 'Vai trò' }, global: { plugins: [createAppI18n(locale)] }, attachTo: document.body })
}
const optionTexts = (w: ReturnType<typeof picker>) => w.findAll('[role="option"]').map((o) => o.text())

describe('components/coding/CodePicker', () => {
  it('finds Vietnamese labels typed without diacritics', async () => {
    const w = picker()
    const input = w.get('input[role="combobox"]')
    await input.setValue('chuyen gia')
    expect(optionTexts(w)).toEqual(['Chuyên gia, bình luận viên'])
    await input.setValue('nhân chứng')
    expect(optionTexts(w)).toEqual(['Nhân chứng'])
    await input.setValue('NGUOI')
    expect(optionTexts(w)).toEqual(['Người phát ngôn', 'Ý kiến người dân'])
    await input.setValue('bao luc')
    expect(optionTexts(w)).toEqual([])
    await w.setProps({ codes: topics })
    await input.setValue('bao luc')
    expect(optionTexts(w)).toEqual(['Bạo lực trên cơ sở giới'])
    await input.setValue('Bạo lực') // NFC, with diacritics
    expect(optionTexts(w)).toEqual(['Bạo lực trên cơ sở giới'])
    w.unmount()
  })

  it('puts labels that start with the query first and also searches English', async () => {
    const w = picker()
    const input = w.get('input')
    await input.setValue('ng')
    expect(optionTexts(w)[0]).toBe('Người phát ngôn')
    await input.setValue('witness')
    expect(optionTexts(w)).toEqual(['Nhân chứng'])
    w.unmount()
  })

  it('is a keyboard-operable ARIA combobox', async () => {
    const w = picker()
    const input = w.get('input')
    expect(input.attributes('aria-expanded')).toBe('false')
    expect(input.attributes('aria-controls')).toBe(w.get('[role="listbox"]').attributes('id'))
    await input.setValue('n')
    expect(input.attributes('aria-expanded')).toBe('true')
    const first = w.findAll('[role="option"]')[0]!
    expect(input.attributes('aria-activedescendant')).toBe(first.attributes('id'))
    expect(first.attributes('aria-selected')).toBe('true')
    await input.trigger('keydown', { key: 'ArrowDown' })
    const second = w.findAll('[role="option"]')[1]!
    expect(input.attributes('aria-activedescendant')).toBe(second.attributes('id'))
    await input.trigger('keydown', { key: 'Enter' })
    expect(second.text()).toBe('Nhân chứng')
    expect(w.emitted('update:modelValue')!.at(-1)).toEqual(['eyewitness'])
    expect(input.attributes('aria-expanded')).toBe('false')
    w.unmount()
  })

  it('takes the highlighted code on Tab, and Escape restores the previous one', async () => {
    const w = picker(functions, 'subject')
    const input = w.get('input')
    expect((input.element as HTMLInputElement).value).toBe('Chủ thể')
    await input.setValue('nhan chung')
    await input.trigger('keydown', { key: 'Tab' })
    expect(w.emitted('update:modelValue')!.at(-1)).toEqual(['eyewitness'])
    await w.setProps({ modelValue: 'eyewitness' })
    await input.setValue('chu')
    await input.trigger('keydown', { key: 'Escape' })
    expect((input.element as HTMLInputElement).value).toBe('Nhân chứng')
    expect(w.emitted('update:modelValue')).toHaveLength(1)
    w.unmount()
  })

  it('lets an Enter with the list closed reach the surrounding form', async () => {
    const w = picker(functions, 'subject')
    const event = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true })
    w.get('input').element.dispatchEvent(event)
    expect(event.defaultPrevented).toBe(false)
    w.unmount()
  })
})
