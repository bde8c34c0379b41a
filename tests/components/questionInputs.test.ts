// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import type { Answer } from '@/domain/assessment'
import type { Question } from '@/domain/rubric'
import { createAppI18n, loadLocaleMessages } from '@/i18n'
import QuestionField from '@/components/assessment/QuestionField.vue'
import { amountQ, checklistQ, countQ, maturityQ, multiQ, singleQ, textQ, yesNoQ } from '../support/editorRubric'

// English is a chunk of its own in the app, loaded when chosen.
await loadLocaleMessages('en')

function mounted(question: Question, modelValue?: Answer, locale: 'vi' | 'en' = 'en') {
  const wrapper = mount(QuestionField, {
    props: { question, modelValue },
    global: { plugins: [createAppI18n(locale)] },
  })
  return wrapper
}

/** The answers the field emitted, last one last. */
function emitted(wrapper: ReturnType<typeof mounted>): (Answer | undefined)[] {
  return (wrapper.emitted('update:modelValue') ?? []).map((args) => args[0] as Answer | undefined)
}

async function roundTrip(wrapper: ReturnType<typeof mounted>) {
  const last = emitted(wrapper).at(-1)
  await wrapper.setProps({ modelValue: last })
}

describe('components/assessment question inputs', () => {
  describe('yes / no', () => {
    it('emits a yes and asks for evidence beside the field until it is given', async () => {
      const w = mounted(yesNoQ)
      expect(w.text()).toContain('Is there a gender-sensitive editorial code?')
      expect(w.text()).toContain('Give the document reference.')
      await w.get('input[value="yes"]').setValue(true)
      expect(emitted(w).at(-1)).toEqual({ type: 'yesNo', value: 'yes' })
      await roundTrip(w)
      const evidence = w.get('#q-A4-1-q1-evidence')
      expect(w.get('[role="alert"]').text()).toBe('A “yes” needs a means of verification.')
      expect(evidence.attributes('aria-invalid')).toBe('true')
      expect(evidence.attributes('aria-describedby')).toBe('q-A4-1-q1-evidence-error')
      await evidence.setValue('QĐ 12/QĐ-BHN')
      expect(emitted(w).at(-1)).toEqual({ type: 'yesNo', value: 'yes', evidence: 'QĐ 12/QĐ-BHN' })
      await roundTrip(w)
      expect(w.find('[role="alert"]').exists()).toBe(false)
    })
    it('offers N/A only where the question allows it', async () => {
      expect(mounted(yesNoQ).find('input[value="na"]').exists()).toBe(false)
      const allowNA = { ...yesNoQ, allowNA: true, evidenceRequired: false }
      const w = mounted(allowNA)
      await w.get('input[value="na"]').setValue(true)
      expect(emitted(w).at(-1)).toEqual({ type: 'na' })
      await roundTrip(w)
      expect((w.get('input[value="na"]').element as HTMLInputElement).checked).toBe(true)
      expect(w.find('#q-A4-1-q1-evidence').exists()).toBe(false)
    })
    it('shows a saved N/A that the question refuses as a problem', () => {
      expect(mounted(yesNoQ, { type: 'na' }).text()).toContain('cannot be answered “not applicable”')
    })
  })

  describe('count by sex', () => {
    it('computes the share of women live and emits whole numbers', async () => {
      const w = mounted(countQ, undefined, 'vi')
      await w.get('#q-A1-1-q1-women').setValue('2')
      await w.get('#q-A1-1-q1-men').setValue('5')
      await w.get('#q-A1-1-q1-unknown').setValue('1')
      expect(emitted(w).at(-1)).toEqual({ type: 'countBySex', counts: { women: 2, men: 5, other: 0, unknown: 1 } })
      expect(w.get('output').text()).toMatch(/Tỷ lệ nữ: 28,6\s?% \(trên 7 người nữ và nam; 1 người khác\/không rõ tính riêng\)/)
    })
    it('refuses negative and fractional numbers beside the field and keeps what was typed', async () => {
      const w = mounted(countQ, { type: 'countBySex', counts: { women: 1, men: 1, other: 0, unknown: 0 } })
      const women = w.get('#q-A1-1-q1-women')
      await women.setValue('-3')
      expect(w.get('#q-A1-1-q1-women-error').text()).toBe('The number must not be negative.')
      expect(women.attributes('aria-describedby')).toBe('q-A1-1-q1-women-error')
      await women.setValue('2.5')
      expect(w.get('#q-A1-1-q1-women-error').text()).toBe('Enter a whole number (people).')
      expect((women.element as HTMLInputElement).value).toBe('2.5')
      expect(emitted(w)).toEqual([])
    })
    it('offers no N/A box when N/A is not allowed', () => {
      expect(mounted(countQ).text()).not.toContain('Not applicable')
    })
  })

  describe('amount by sex', () => {
    it('computes the gap live', async () => {
      const w = mounted(amountQ)
      await w.get('#q-A2-3-q1-women').setValue('8.000.000')
      expect(emitted(w)).toEqual([])
      await w.get('#q-A2-3-q1-men').setValue('10.000.000')
      expect(emitted(w).at(-1)).toEqual({ type: 'amountBySex', amounts: { women: 8000000, men: 10000000 } })
      expect(w.get('output').text()).toBe('Gender gap: 20% (relative to men)')
      expect(w.text()).toContain('Women (VND/month)')
    })
    it('says what is wrong with a non-number', async () => {
      const w = mounted(amountQ)
      await w.get('#q-A2-3-q1-men').setValue('mười triệu')
      expect(w.get('#q-A2-3-q1-men-error').text()).toBe('Enter a number.')
      expect(emitted(w)).toEqual([])
    })
    it('can be marked not applicable, which hides the inputs', async () => {
      const w = mounted(amountQ)
      await w.get('.question-field-na input').setValue(true)
      expect(emitted(w).at(-1)).toEqual({ type: 'na' })
      await roundTrip(w)
      expect(w.find('#q-A2-3-q1-women').exists()).toBe(false)
    })
  })

  describe('checklist and multiple choice', () => {
    it('emits the checked options in rubric order with evidence', async () => {
      const w = mounted(checklistQ)
      const boxes = w.findAll('.options-question-list input')
      await boxes[1]!.setValue(true)
      await roundTrip(w)
      await boxes[0]!.setValue(true)
      expect(emitted(w).at(-1)).toEqual({ type: 'checklist', checked: ['harassment', 'leave'] })
      await roundTrip(w)
      expect(w.text()).toContain('2 of 2 checked')
      await w.get('#q-A2-2-q1-evidence').setValue('Nội quy 2024')
      expect(emitted(w).at(-1)).toEqual({ type: 'checklist', checked: ['harassment', 'leave'], evidence: 'Nội quy 2024' })
    })
    it('shows a saved option that the rubric no longer has as a problem', () => {
      expect(mounted(multiQ, { type: 'multiChoice', choices: ['fax'] }).text()).toContain('a choice no longer in the rubric')
    })
    it('emits nothing chosen as no answer, and has no N/A where refused', async () => {
      const w = mounted(multiQ, { type: 'multiChoice', choices: ['email'] })
      expect(w.text()).not.toContain('Not applicable')
      await w.findAll('input[type="checkbox"]')[0]!.setValue(false)
      expect(emitted(w).at(-1)).toBeUndefined()
    })
    it('N/A on a checklist', async () => {
      const w = mounted(checklistQ)
      await w.get('.question-field-na input').setValue(true)
      expect(emitted(w).at(-1)).toEqual({ type: 'na' })
    })
  })

  describe('maturity and single choice', () => {
    it('shows the levels as radios and emits the level with evidence', async () => {
      const w = mounted(maturityQ, undefined, 'vi')
      expect(w.findAll('input[type="radio"]').map((r) => r.element.parentElement?.textContent?.trim())).toEqual([
        '0 — Chưa có',
        '1 — Thỉnh thoảng',
        '2 — Thường xuyên',
      ])
      await w.findAll('input[type="radio"]')[2]!.setValue(true)
      expect(emitted(w).at(-1)).toEqual({ type: 'maturity', level: 2 })
      await roundTrip(w)
      await w.get('#q-A4-2-q1-evidence').setValue('Kế hoạch đào tạo')
      expect(emitted(w).at(-1)).toEqual({ type: 'maturity', level: 2, evidence: 'Kế hoạch đào tạo' })
    })
    it('flags a saved level outside the scale', () => {
      expect(mounted(maturityQ, { type: 'maturity', level: 9 }).text()).toContain('The saved level is no longer in the rubric.')
    })
    it('single choice emits the option and can be N/A', async () => {
      const w = mounted(singleQ)
      await w.findAll('input[type="radio"]')[0]!.setValue(true)
      expect(emitted(w).at(-1)).toEqual({ type: 'singleChoice', choice: 'officer' })
      await w.get('.question-field-na input').setValue(true)
      expect(emitted(w).at(-1)).toEqual({ type: 'na' })
    })
    it('flags an unknown saved choice', () => {
      expect(mounted(singleQ, { type: 'singleChoice', choice: 'ghost' }).text()).toContain('a choice no longer in the rubric')
    })
  })

  describe('text', () => {
    it('emits the text, and blank as no answer', async () => {
      const w = mounted(textQ)
      const area = w.get('textarea')
      expect(area.attributes('aria-labelledby')).toBe('q-A4-4-q1-label')
      await area.setValue('Ghi chú về chính sách')
      expect(emitted(w).at(-1)).toEqual({ type: 'text', text: 'Ghi chú về chính sách' })
      await area.setValue('   ')
      expect(emitted(w).at(-1)).toBeUndefined()
    })
    it('N/A hides the text box', async () => {
      const w = mounted(textQ, { type: 'na' })
      expect(w.find('textarea').exists()).toBe(false)
      expect((w.get('.question-field-na input').element as HTMLInputElement).checked).toBe(true)
    })
  })
})
