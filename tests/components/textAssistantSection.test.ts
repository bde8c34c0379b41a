// @vitest-environment happy-dom
// The text assistant wired into the content-coding form: paste, analyse (lazy-loaded), accept,
// fill the person table, and never add the same person twice.
import { describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createAppI18n } from '@/i18n'
import type { PersonRow } from '@/domain/assessment'
import TextAssistantSection from '@/views/editor/TextAssistantSection.vue'

async function until(check: () => boolean) {
  for (let i = 0; i < 100 && !check(); i++) {
    await flushPromises()
    await new Promise((r) => setTimeout(r, 20))
  }
}

describe('TextAssistantSection', () => {
  it('fills the person table with the accepted people only, once', async () => {
    const existing: PersonRow = { id: 'old', sex: 'male', function: 'subject', occupation: '', quoted: false, photographed: false, victim: false, survivor: false, familyRole: false, chosenByNewsroom: false }
    const wrapper = mount(TextAssistantSection, { props: { people: [existing] }, global: { plugins: [createAppI18n('vi')] } })
    await wrapper.get('textarea').setValue('Bà Đỗ Thị Hà cho biết giá rau tăng. Ông Trần Văn Nam bán thịt.')
    await wrapper.get('button.analyse').trigger('click')
    await until(() => wrapper.findAll('li.suggested-person').length === 2)
    expect(wrapper.text()).toContain('Từ điển phiên bản 1.0.0')
    await wrapper.findAll('button.accept')[0]!.trigger('click')
    await wrapper.findAll('button.reject')[1]!.trigger('click')
    await wrapper.get('button.fill').trigger('click')
    const emitted = wrapper.emitted('update:people') as PersonRow[][][]
    expect(emitted).toHaveLength(1)
    const rows = emitted[0]![0]!
    expect(rows.map((r) => [r.id === 'old' ? 'old' : 'new', r.name ?? '', r.sex, r.quoted])).toEqual([
      ['old', '', 'male', false],
      ['new', 'Đỗ Thị Hà', 'female', true],
    ])
    expect(wrapper.get('[role="status"]').text()).toBe('Đã thêm 1 người vào bảng.')
    await wrapper.get('button.fill').trigger('click')
    expect(wrapper.emitted('update:people')).toHaveLength(1)
  })
})
