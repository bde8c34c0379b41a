// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { createAppI18n, loadLocaleMessages } from '@/i18n'
import { CONTENT_METRICS, ITEM_FLAGS, parseRubric, type Rubric } from '@/domain/rubric'
import ProvenanceBadge from '@/components/rubric/ProvenanceBadge.vue'
import RubricIndicator from '@/components/rubric/RubricIndicator.vue'
import RubricChanges from '@/components/rubric/RubricChanges.vue'
import { minimalRubric } from '../fixtures/minimalRubric'

// English is a chunk of its own in the app, loaded when chosen.
await loadLocaleMessages('en')

function rubric(edit: (doc: Record<string, any>) => void = () => {}): Rubric { // eslint-disable-line @typescript-eslint/no-explicit-any
  const doc = minimalRubric()
  edit(doc)
  const parsed = parseRubric(doc)
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems))
  return parsed.value
}

const plugins = (locale: 'vi' | 'en') => ({ global: { plugins: [createAppI18n(locale)] } })

describe('ProvenanceBadge', () => {
  it.each([
    ['verified', 'vi', 'Đã đối chiếu'],
    ['translation', 'vi', 'Theo bản dịch'],
    ['reconstructed', 'en', 'Reconstructed'],
  ] as const)('labels %s in %s and explains it to screen readers', (provenance, locale, label) => {
    const w = mount(ProvenanceBadge, { props: { provenance }, ...plugins(locale) })
    expect(w.text()).toContain(label)
    expect(w.find('.visually-hidden').text().length).toBeGreaterThan(10)
    expect(w.find(`[data-provenance="${provenance}"]`).exists()).toBe(true)
  })

  it('shows the explanation as visible text in the legend', () => {
    const w = mount(ProvenanceBadge, { props: { provenance: 'reconstructed', explain: true }, ...plugins('en') })
    expect(w.find('.provenance-badge-help').text()).toBe('Reconstructed from general knowledge of GSIM; not yet checked against the original text.')
  })
})

describe('RubricIndicator', () => {
  it('shows a Category A indicator with its questions, means of verification and source', () => {
    const r = rubric()
    const indicator = r.sections[0]!.indicators[0]!
    const w = mount(RubricIndicator, { props: { indicator, coding: r.contentCoding }, ...plugins('vi') })
    expect(w.find('h4').text()).toBe('A1.SO1.I1 Tỷ lệ nữ trong ban lãnh đạo')
    expect(w.text()).toContain('Tái dựng')
    expect(w.text()).toContain('Sơ đồ tổ chức')
    const questions = w.findAll('[data-question]')
    expect(questions.map((q) => q.attributes('data-question'))).toEqual(['A1.Q1', 'A1.Q2'])
    expect(questions[0]!.text()).toContain('Số lượng theo giới tính')
    expect(questions[1]!.text()).toContain('cần phương tiện kiểm chứng')
    expect(questions[1]!.text()).toContain('có thể chọn "Không áp dụng"')
  })

  it('describes a Category B measure with the code label from the rubric, and hides nothing as HTML', () => {
    const r = rubric((doc) => {
      doc.contentCoding.codeLists.function[2].label = { vi: '<b>Chuyên gia</b>', en: '<b>Expert</b>' }
      doc.sections[1].indicators[1].appliesTo = { channels: ['radio', 'tv'] }
    })
    const indicator = r.sections[1]!.indicators[1]!
    const w = mount(RubricIndicator, { props: { indicator, coding: r.contentCoding }, ...plugins('en') })
    expect(w.text()).toContain('Share of women among people in the news (function in the story: <b>Expert</b>)')
    expect(w.find('b').exists()).toBe(false)
    expect(w.text()).toContain('Applies to: radio, television')
    expect(w.findAll('[data-question]')).toHaveLength(0)
  })
})

describe('RubricChanges', () => {
  it('lists each declared mapping with the texts on both sides', () => {
    const v1 = rubric()
    const v2 = rubric((doc) => {
      doc.version = '2.0.0'
      doc.changeSummary = { vi: 'Đổi mã một câu hỏi', en: 'One question renamed' }
      doc.sections[0].indicators[0].questions[1].id = 'A1.Q2b'
      doc.previous = { version: '1.0.0', mappings: [{ kind: 'renamed', from: ['A1.Q2'], to: ['A1.Q2b'] }] }
    })
    const w = mount(RubricChanges, { props: { rubric: v2, previous: v1 }, ...plugins('en') })
    expect(w.text()).toContain('One question renamed')
    const row = w.find('tr[data-kind="renamed"]')
    expect(row.text()).toContain('Renamed')
    expect(row.text()).toContain('A1.Q2 Policy?')
    expect(row.text()).toContain('A1.Q2b Policy?')
  })

  it('says when a version is the first', () => {
    const w = mount(RubricChanges, { props: { rubric: rubric() }, ...plugins('vi') })
    expect(w.text()).toContain('Đây là phiên bản đầu tiên')
    expect(w.find('table').exists()).toBe(false)
  })
})

describe('rubric browser messages', () => {
  it.each(['vi', 'en'] as const)('name every metric and filter value the engine knows in %s', (locale) => {
    const { t, te } = createAppI18n(locale).global
    for (const metric of Object.keys(CONTENT_METRICS)) expect(te(`rubrics.metric.${metric}`), metric).toBe(true)
    const values = [...ITEM_FLAGS, 'reporter', 'presenter', 'stereotyped', 'genderSensitive', 'occupation', 'function']
    for (const v of values) expect(te(`rubrics.filterValue.${v}`), v).toBe(true)
    for (const spec of Object.values(CONTENT_METRICS)) for (const key of Object.keys(spec.filters)) expect(t(`rubrics.filter.${key}`)).not.toContain('rubrics.')
  })
})
