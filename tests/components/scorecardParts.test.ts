// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import type { AdoptionStatus } from '@/domain/adoption'
import { wilson } from '@/domain/stats'
import { createAppI18n } from '@/i18n'
import AdoptionChecklist from '@/components/scorecard/AdoptionChecklist.vue'
import { valueText } from '@/components/scorecard/valueText'

const i18n = createAppI18n('vi')
const t = (key: string, params?: Record<string, unknown>) => i18n.global.t(key, params ?? {})

describe('components/scorecard', () => {
  it('words a share of women with its sample size and 95 % interval', () => {
    const text = valueText(
      { kind: 'womenShare', metric: 'people.womenShare', unit: 'people', counts: { women: 12, men: 28, other: 1, unknown: 2 }, share: wilson(12, 40), sample: 43, rule: 'womenOverWomenAndMen' },
      'vi',
      t,
    )
    expect(text).toMatch(/^30\s?% \(n = 40; KTC 95 %: 18\s?%–45\s?%\); 3 người khác\/không rõ$/)
    expect(valueText({ kind: 'itemShare', metric: 'items.aboutWomen', unit: 'items', share: wilson(0, 0) }, 'vi', t)).toBe('chưa có mẫu')
    expect(valueText({ kind: 'notApplicable', reason: 'ads' }, 'vi', t)).toBe('Không áp dụng (không có quảng cáo)')
    expect(valueText({ kind: 'questions', questions: [] }, 'vi', t)).toBe('chưa có tự đánh giá tổ chức cho kỳ này')
  })

  it('lists what is missing for pilot and for official', () => {
    const adoption: AdoptionStatus = {
      outletId: 'o1',
      at: '2026-09-30',
      level: 'pilot',
      pilot: { met: true, missing: [] },
      official: { met: false, missing: [{ code: 'noAdoptionDecision' }, { code: 'contentItemsInQuarter', quarter: '2026-Q3', have: 28, need: 40, missing: 12 }] },
      missing: [],
      evidence: { pilotWindow: { start: '2025-10-01', end: '2026-09-30' }, officialWindow: { start: '2025-10-01', end: '2026-09-30' }, contentItemsInPilotWindow: 30, sectionsAssessed: ['A1'], quarters: [] },
    }
    const w = mount(AdoptionChecklist, { props: { adoption, policyTitle: 'Hà Nội 331' }, global: { plugins: [i18n] } })
    expect(w.get('.adoption-checklist-level').text()).toBe('Thí điểm')
    expect(w.get('[data-level-check="pilot"]').text()).toContain('Không thiếu điều kiện nào.')
    const official = w.get('[data-level-check="official"]').text()
    expect(official).toContain('chưa đạt')
    expect(official).toContain('chưa ghi nhận quyết định áp dụng')
    expect(official).toContain('cần thêm 12 tin bài được mã hóa trong 2026 quý 3 (có 28/40)')
  })
})
