// @vitest-environment happy-dom
// The text assistant panel: highlights as text spans, accept / correct / reject, fill, flags.
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { createAppI18n, loadLocaleMessages } from '@/i18n'
import TextAssistantPanel from '@/components/analysis/TextAssistantPanel.vue'
import type { SuggestionDecisions } from '@/domain/analysis/personRows'
import { analyse } from '../domain/analysis/helpers'

// English is a chunk of its own in the app, loaded when chosen.
await loadLocaleMessages('en')

const TEXT = 'Giám đốc Trần Minh Hải cho biết: “Cán bộ phải đến tận nhà”. Chị Lê Thị Lan, thuộc phái yếu, bán rau. <b>x</b>'

function mountPanel(decisions: SuggestionDecisions = {}, locale: 'vi' | 'en' = 'vi') {
  const analysis = analyse(TEXT)
  const wrapper = mount(TextAssistantPanel, {
    props: { text: TEXT, analysis, decisions, lexiconVersion: '1.0.0' },
    global: { plugins: [createAppI18n(locale)] },
  })
  return { wrapper, analysis }
}

describe('TextAssistantPanel', () => {
  it('shows the text exactly, with mentions, quotes and flags as spans (never HTML)', () => {
    const { wrapper, analysis } = mountPanel()
    const box = wrapper.get('[data-testid="highlighted-text"]')
    expect(box.text()).toBe(analysis.text)
    expect(box.find('b').exists()).toBe(false)
    const marks = box.findAll('mark.mention').map((m) => [m.text(), m.attributes('data-person')])
    expect(marks).toEqual([
      ['Trần Minh Hải', 'p1'],
      ['Chị Lê Thị Lan', 'p2'],
    ])
    expect(box.findAll('.quote').map((q) => q.text()).join('')).toContain('“Cán bộ phải đến tận nhà”')
    expect(box.get('.flag').text()).toBe('phái yếu')
  })

  it('lists each suggested person with sex, quoted, function and evidence', () => {
    const { wrapper } = mountPanel()
    const cards = wrapper.findAll('li.suggested-person')
    expect(cards).toHaveLength(2)
    expect(cards[0]!.text()).toContain('Trần Minh Hải')
    expect(cards[0]!.text()).toContain('Có trích dẫn')
    expect(cards[0]!.text()).toContain('Người phát ngôn')
    expect(cards[1]!.text()).toContain('Giới tính: Nữ')
    expect(cards[1]!.text()).toContain('“Thị” (tên đệm → Nữ)')
    expect(cards[1]!.text()).toContain('“Chị” (đại từ xưng hô → Nữ)')
  })

  it('emits accept and reject with the person id', async () => {
    const { wrapper } = mountPanel()
    await wrapper.findAll('button.accept')[0]!.trigger('click')
    await wrapper.findAll('button.reject')[1]!.trigger('click')
    expect(wrapper.emitted('accept')).toEqual([['p1']])
    expect(wrapper.emitted('reject')).toEqual([['p2']])
  })

  it('lets the editor correct sex, quoted, function and name', async () => {
    const { wrapper } = mountPanel({ p1: { status: 'pending', edit: { quoted: false } } })
    const card = wrapper.findAll('li.suggested-person')[0]!
    await card.get('button.correct-toggle').trigger('click')
    await card.get('select[id$="-sex"]').setValue('female')
    await card.get('select[id$="-function"]').setValue('expert')
    await card.get('input[type="text"]').setValue('Trần Minh Hà')
    const updates = wrapper.emitted('update')!
    expect(updates[0]).toEqual(['p1', { quoted: false, sex: 'female' }])
    expect(updates[1]).toEqual(['p1', { quoted: false, function: 'expert' }])
    expect(updates[2]).toEqual(['p1', { quoted: false, name: 'Trần Minh Hà' }])
    // The corrected values are shown.
    expect(card.text()).toContain('Không trích dẫn')
  })

  it('fills the table only once something is accepted', async () => {
    const none = mountPanel().wrapper
    expect(none.get('button.fill').attributes('disabled')).toBeDefined()
    const { wrapper } = mountPanel({ p1: { status: 'accepted' }, p2: { status: 'rejected' } })
    const fill = wrapper.get('button.fill')
    expect(fill.text()).toContain('Điền 1 người')
    await fill.trigger('click')
    expect(wrapper.emitted('fill')).toHaveLength(1)
    expect(wrapper.findAll('li.suggested-person').map((c) => c.classes().find((k) => k.startsWith('status-')))).toEqual(['status-accepted', 'status-rejected'])
  })

  it('shows wording flags with why and the alternative, in the interface language', () => {
    const vi = mountPanel().wrapper.get('.wording-flags')
    expect(vi.text()).toContain('“phái yếu”')
    expect(vi.text()).toContain('Vì sao')
    const en = mountPanel({}, 'en').wrapper.get('.wording-flags')
    expect(en.text()).toContain('The weaker sex')
    expect(en.text()).toContain('Suggested alternative')
  })

  it('sends the pasted text and the request to analyse', async () => {
    const wrapper = mount(TextAssistantPanel, {
      props: { text: '', analysis: null, decisions: {} },
      global: { plugins: [createAppI18n('vi')] },
    })
    expect(wrapper.get('button.analyse').attributes('disabled')).toBeDefined()
    await wrapper.get('textarea').setValue('Bà Lan nói.')
    expect(wrapper.emitted('update:text')).toEqual([['Bà Lan nói.']])
    await wrapper.setProps({ text: 'Bà Lan nói.' })
    await wrapper.get('button.analyse').trigger('click')
    expect(wrapper.emitted('analyse')).toHaveLength(1)
  })
})
