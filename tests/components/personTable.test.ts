// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { defineComponent, h, ref } from 'vue'
import type { PersonRow } from '@/domain/assessment'
import { createAppI18n } from '@/i18n'
import PersonTable from '@/components/coding/PersonTable.vue'
import { editorRubric } from '../support/editorRubric'

const lists = editorRubric.contentCoding.codeLists

/** A parent that owns the rows, as a view does with v-model:people. */
function mountTable(initial: PersonRow[] = []) {
  let n = 0
  const people = ref<PersonRow[]>(initial)
  const Host = defineComponent(() => () =>
    h(PersonTable, {
      people: people.value,
      functions: lists.function,
      occupations: lists.occupation,
      newId: () => `p${++n}`,
      'onUpdate:people': (rows: PersonRow[]) => (people.value = rows),
    }),
  )
  const wrapper = mount(Host, { global: { plugins: [createAppI18n('vi')] }, attachTo: document.body })
  return { wrapper, people }
}

async function key(target: Element | null, keyName: string, opts: KeyboardEventInit = {}) {
  target!.dispatchEvent(new KeyboardEvent('keydown', { key: keyName, bubbles: true, cancelable: true, ...opts }))
  await new Promise((r) => setTimeout(r, 0))
}

async function type(text: string) {
  const el = document.activeElement as HTMLInputElement
  el.value = text
  el.dispatchEvent(new Event('input', { bubbles: true }))
  await new Promise((r) => setTimeout(r, 0))
}

describe('components/coding/PersonTable', () => {
  it('Enter on the last row adds a row and focuses its first cell', async () => {
    const { wrapper, people } = mountTable()
    await wrapper.get('button:not([aria-label])').trigger('click')
    await new Promise((r) => setTimeout(r, 0))
    expect(people.value).toHaveLength(1)
    expect(document.activeElement?.getAttribute('data-col')).toBe('0')
    expect(document.activeElement?.tagName).toBe('SELECT')
    await key(document.activeElement, 'Enter')
    expect(people.value).toHaveLength(2)
    expect(document.activeElement?.getAttribute('data-row')).toBe('1')
    expect(document.activeElement?.getAttribute('data-col')).toBe('0')
    wrapper.unmount()
  })

  it('codes sex by one key and moves on to the function, which is found by typing', async () => {
    const { wrapper, people } = mountTable()
    await wrapper.get('button:not([aria-label])').trigger('click')
    await new Promise((r) => setTimeout(r, 0))
    await key(document.activeElement, 'n')
    expect(people.value[0]!.sex).toBe('female')
    expect(document.activeElement?.getAttribute('role')).toBe('combobox')
    await type('chuyen gia')
    await key(document.activeElement, 'Enter') // takes the code, does not add a row
    expect(people.value).toHaveLength(1)
    expect(people.value[0]!.function).toBe('expert')
    await key(document.activeElement, 'Enter') // list closed: next row
    expect(people.value).toHaveLength(2)
    await key(document.activeElement, 'm')
    expect(people.value[1]!.sex).toBe('male')
    await key(document.activeElement, 'Enter')
    await key(document.activeElement, 'k')
    await key(document.activeElement, 'Enter')
    await key(document.activeElement, '?')
    expect(people.value.map((p) => p.sex)).toEqual(['female', 'male', 'other', 'unknown'])
    wrapper.unmount()
  })

  it('ticks flags with the checkboxes and removes a row with Alt+Delete', async () => {
    const base = { sex: 'female' as const, function: 'subject', occupation: '', quoted: false, photographed: false, victim: false, survivor: false, familyRole: false, chosenByNewsroom: false }
    const { wrapper, people } = mountTable([{ ...base, id: 'a' }, { ...base, id: 'b', sex: 'male' }])
    const quoted = wrapper.get('input[aria-label="Được trích lời, người 2"]')
    await quoted.setValue(true)
    expect(people.value[1]!.quoted).toBe(true)
    await wrapper.get('input[aria-label="Toà soạn chọn, người 1"]').setValue(true)
    expect(people.value[0]!.chosenByNewsroom).toBe(true)
    await key(wrapper.get('input[aria-label="Được trích lời, người 2"]').element, 'Delete', { altKey: true })
    expect(people.value.map((p) => p.id)).toEqual(['a'])
    expect(wrapper.findAll('tbody tr')).toHaveLength(1)
    wrapper.unmount()
  })

  it('ignores other keys on the sex cell and keeps ids stable', async () => {
    const { wrapper, people } = mountTable()
    await wrapper.get('button:not([aria-label])').trigger('click')
    await new Promise((r) => setTimeout(r, 0))
    await key(document.activeElement, 'x')
    expect(people.value[0]!.sex).toBe('unknown')
    expect(people.value[0]!.id).toBe('p1')
    wrapper.unmount()
  })
})
