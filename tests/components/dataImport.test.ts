// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { nextTick } from 'vue'
import { createAppI18n } from '@/i18n'
import ImportPlanTable from '@/components/data/ImportPlanTable.vue'
import SaveStatus from '@/components/data/SaveStatus.vue'
import RestorePreview from '@/components/data/RestorePreview.vue'
import { planMerge } from '@/domain/mergePlan'
import type { ReadResult, Submission } from '@/domain/submission'
import { T2, makeContent, makeOutlet } from '../support/exchangeFixtures'

const global = { plugins: [createAppI18n('vi')] }

function plan() {
  const submission: Submission = {
    format: 'gim-submission',
    formatVersion: 1,
    createdAt: T2,
    app: { name: 'GIM Index', version: '0.1.0' },
    payload: { outlet: makeOutlet(), organisationAssessments: [], contentAssessments: [makeContent(), makeContent({ title: 'Bài thứ hai' })], includesNames: false },
    checksum: { algorithm: 'SHA-256', canonicalization: 'JCS', value: '0'.repeat(64) },
  }
  const bad: ReadResult = { ok: false, reason: 'checksumMismatch', problems: [{ path: 'checksum.value', message: 'does not match the payload' }] }
  return planMerge({ outlets: new Map(), organisationAssessments: new Map(), contentAssessments: new Map() }, [
    { fileName: 'a.json', result: { ok: true, submission } },
    { fileName: 'b.json', result: bad },
  ])
}

describe('ImportPlanTable', () => {
  it('shows counts per valid file and the reason of a refused one, which cannot be accepted', async () => {
    const wrapper = mount(ImportPlanTable, { props: { files: plan().files, accepted: ['a.json'], busy: false }, global })
    const good = wrapper.get('[data-testid="plan-row-a.json"]')
    expect(good.get('[data-testid="plan-added"]').text()).toBe('3')
    const bad = wrapper.get('[data-testid="plan-row-b.json"]')
    expect(bad.text()).toContain('Bị từ chối')
    expect(bad.text()).toContain('Mã kiểm tra không khớp')
    expect(bad.text()).toContain('checksum.value: does not match the payload')
    expect((bad.get('input[type="checkbox"]').element as HTMLInputElement).disabled).toBe(true)
    await good.get('input[type="checkbox"]').setValue(false)
    expect(wrapper.emitted('toggle')).toEqual([['a.json', false]])
    await wrapper.get('[data-testid="import-commit"]').trigger('click')
    expect(wrapper.emitted('commit')).toHaveLength(1)
  })

  it('renders the record-by-record list only once its details are opened', async () => {
    const wrapper = mount(ImportPlanTable, { props: { files: plan().files, accepted: [], busy: false }, global })
    expect(wrapper.text()).not.toContain('Bài thứ hai')
    const details = wrapper.get('details')
    ;(details.element as HTMLDetailsElement).open = true
    await details.trigger('toggle')
    await nextTick()
    expect(wrapper.text()).toContain('Bài thứ hai')
    expect(wrapper.text()).toContain('Thêm mới')
  })
})

describe('SaveStatus and RestorePreview', () => {
  it('announces saving, saved and a failure in plain words', async () => {
    const wrapper = mount(SaveStatus, { props: { status: 'saving' }, global })
    expect(wrapper.get('[role="status"]').attributes('aria-live')).toBe('polite')
    expect(wrapper.text()).toBe('Đang lưu…')
    await wrapper.setProps({ status: 'saved' })
    expect(wrapper.text()).toBe('Đã lưu.')
    await wrapper.setProps({ status: 'error', errorKind: 'quota' })
    expect(wrapper.text()).toContain('Chưa lưu được.')
    expect(wrapper.text()).toContain('Bộ nhớ của trình duyệt đã đầy')
  })

  it('lists what a restore will put back against what is there now', async () => {
    const wrapper = mount(RestorePreview, {
      props: { fileName: 'gim-backup.json', createdAt: T2, tables: ['outlets', 'contentAssessments'], counts: { outlets: 2, contentAssessments: 40 }, current: { outlets: 1, contentAssessments: 3 }, busy: false },
      global,
    })
    expect(wrapper.get('[data-testid="restore-count-contentAssessments"]').text()).toBe('40')
    expect(wrapper.text()).toContain('Đánh giá nội dung')
    await wrapper.findAll('button')[0]!.trigger('click')
    expect(wrapper.emitted('confirm')).toHaveLength(1)
  })
})
