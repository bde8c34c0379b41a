// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { defineComponent, h, ref, computed } from 'vue'
import { mount } from '@vue/test-utils'
import { createAppI18n, loadLocaleMessages } from '@/i18n'
import RegisterImportReport from '@/components/department/RegisterImportReport.vue'
import DepartmentBigNumber from '@/components/department/DepartmentBigNumber.vue'
import DepartmentComparisonTable from '@/components/department/DepartmentComparisonTable.vue'
import DepartmentComparisonFilters from '@/components/department/DepartmentComparisonFilters.vue'
import DepartmentBehindList from '@/components/department/DepartmentBehindList.vue'
import RegisterOutletForm from '@/components/department/RegisterOutletForm.vue'
import type { RegisterReportRow } from '@/components/department/types'
import { describeRegisterFileNote, type RegisterFileNote } from '@/components/department/registerProblemText'
import { parseCsv } from '@/platform/csv'
import { EMPTY_FILTER, filterComparisonRows, sortComparisonRows, type ComparisonFilter, type ComparisonSort } from '@/domain/comparison'
import type { TargetProgress } from '@/domain/adoption'
import { columns, row, rows } from '../support/departmentRows'

// English is a chunk of its own in the app, loaded when chosen.
await loadLocaleMessages('en')

const i18n = (locale: 'vi' | 'en' = 'vi') => ({ global: { plugins: [createAppI18n(locale)] } })

describe('components/department', () => {
  describe('RegisterImportReport', () => {
    const reportRows: RegisterReportRow[] = [
      { line: 2, name: 'Báo Hà Nội Mới', ok: true, action: 'new', problems: [] },
      {
        line: 3,
        name: '',
        ok: false,
        problems: [
          { code: 'missing', column: 'name' },
          { code: 'unknownChannel', column: 'channels', value: 'fax', allowed: ['print', 'tv'] },
          { code: 'notDate', column: 'archivedAt', value: '2025-02-30' },
          { code: 'duplicateId', column: 'id', value: 'hn-1', line: 2 },
        ],
      },
      { line: 4, name: 'Đài Hà Nội', ok: true, action: 'update', problems: [] },
    ]
    const fileProblems: RegisterFileNote[] = [{ code: 'unknownColumn', header: 'ghi chú' }, { code: 'missingColumn', column: 'kind' }]

    it('shows every line with its result and the reasons of each refused row, in Vietnamese', () => {
      const w = mount(RegisterImportReport, { props: { fileName: 'so-dang-ky.csv', rows: reportRows, fileProblems }, ...i18n() })
      expect(w.get('[data-testid="register-report-summary"]').text()).toBe('2 dòng hợp lệ, 1 dòng lỗi')
      const line3 = w.get('tr[data-line="3"]')
      expect(line3.text()).toContain('Lỗi')
      expect(line3.findAll('li').map((li) => li.text())).toEqual([
        'Tên cơ quan (name): chưa điền',
        'Kênh “fax” không có trong danh sách: Báo in, Truyền hình',
        'Ngày lưu trữ (archivedAt): “2025-02-30” không phải ngày (YYYY-MM-DD hoặc DD/MM/YYYY)',
        'Mã “hn-1” đã dùng ở dòng 2',
      ])
      expect(w.findAll('ul.error-text li').map((li) => li.text())).toEqual([
        'Cột “ghi chú” không thuộc danh sách, được bỏ qua',
        'Tệp thiếu cột Loại hình (kind)',
      ])
      expect(w.get('tr[data-line="4"]').text()).toContain('Hợp lệ, cập nhật cơ quan đã có')
    })

    it('words the same reasons in English', () => {
      const w = mount(RegisterImportReport, { props: { fileName: 'register.csv', rows: reportRows, fileProblems }, ...i18n('en') })
      expect(w.get('tr[data-line="3"]').findAll('li').map((li) => li.text())).toEqual([
        'name: missing',
        'channel “fax” is not one of: Print, Television',
        'archivedAt: “2025-02-30” is not a date (YYYY-MM-DD or DD/MM/YYYY)',
        'id “hn-1” is already used on line 2',
      ])
      expect(w.findAll('ul.error-text li').map((li) => li.text())).toEqual([
        'column “ghi chú” is not a register column and is ignored',
        'the file has no column kind',
      ])
    })

    it('words the CSV reader’s syntax problems in the reader’s language, with their line', () => {
      const csv = parseCsv('name,kind\nBáo A,newspaper,extra\nBáo B\n"Báo C,newspaper\n')
      const notes: RegisterFileNote[] = csv.errors.map(({ row, message: _english, ...problem }) => ({ code: 'csvError', line: row, problem }))
      const vi = createAppI18n('vi').global.t
      const en = createAppI18n('en').global.t
      expect(notes.map((n) => describeRegisterFileNote(vi, n))).toEqual([
        'Dòng 2: thừa ô: 3 ô, dòng tiêu đề có 2 cột',
        'Dòng 3: thiếu ô: 1 ô, dòng tiêu đề có 2 cột',
        'Dòng 4: dấu ngoặc kép mở mà không đóng',
        'Dòng 4: thiếu ô: 1 ô, dòng tiêu đề có 2 cột',
      ])
      expect(notes.map((n) => describeRegisterFileNote(en, n))).toEqual([
        'Line 2: more cells than columns: 3 here, 2 in the header row',
        'Line 3: fewer cells than columns: 1 here, 2 in the header row',
        'Line 4: a quotation mark is opened and never closed',
        'Line 4: fewer cells than columns: 1 here, 2 in the header row',
      ])
    })

    it('offers to save only the valid rows, and nothing when none is valid', async () => {
      const w = mount(RegisterImportReport, { props: { fileName: 'a.csv', rows: reportRows }, ...i18n('en') })
      const commit = w.get('[data-testid="register-commit"]')
      expect(commit.text()).toBe('Save 2 valid rows')
      await commit.trigger('click')
      expect(w.emitted('commit')).toHaveLength(1)
      await w.setProps({ rows: [reportRows[1]!] })
      expect(w.get('[data-testid="register-commit"]').attributes('disabled')).toBeDefined()
    })
  })

  describe('DepartmentBigNumber', () => {
    const target: TargetProgress = {
      level: 'pilot', target: 0.8, by: '2025-12-31', current: 0.75, gap: 0.05, outletsNeeded: 1, met: false,
      projection: { method: 'leastSquares12Months', fittedFrom: '2025-01', fittedTo: '2025-12', slopePerMonth: 0.01, shareAtTarget: 0.85, willMeet: true },
    }

    it('shows the rate as a big number with its count over the register and the target', () => {
      const w = mount(DepartmentBigNumber, {
        props: { label: 'Thí điểm', rate: { count: 12, share: 0.75 }, registerSize: 16, target },
        ...i18n(),
      })
      expect(w.get('[data-testid="big-number-share"]').text()).toBe('75%')
      expect(w.get('[data-testid="big-number-count"]').text()).toBe('12 / 16 cơ quan')
      expect(w.get('[data-testid="big-number-target"]').text()).toBe('Mục tiêu 80% đến 2025-12-31')
      expect(w.text()).toContain('Còn thiếu 5% (1 cơ quan)')
      expect(w.text()).toContain('sẽ đạt (85%)')
    })

    it('says when the target is met and when the register is empty', () => {
      const met = mount(DepartmentBigNumber, {
        props: { label: 'Official', rate: { count: 0, share: null }, registerSize: 0, target: { ...target, met: true, gap: 0 } },
        ...i18n('en'),
      })
      expect(met.get('[data-testid="big-number-share"]').text()).toBe('–')
      expect(met.get('[data-testid="big-number-count"]').text()).toBe('0 / 0 outlets')
      expect(met.text()).toContain('Target met')
    })
  })

  describe('DepartmentComparisonTable with its filters', () => {
    // The view's wiring in miniature: filters and sort state feeding the pure comparison functions.
    const Harness = defineComponent(() => {
      const filter = ref<ComparisonFilter>({ ...EMPTY_FILTER })
      const sort = ref<ComparisonSort>({ key: 'name', direction: 'asc' })
      const shown = computed(() => sortComparisonRows(filterComparisonRows(rows, filter.value), sort.value))
      function onSort(key: string) {
        sort.value = { key, direction: sort.value.key === key && sort.value.direction === 'asc' ? 'desc' : 'asc' }
      }
      return () => [
        h(DepartmentComparisonFilters, { modelValue: filter.value, 'onUpdate:modelValue': (v: ComparisonFilter) => (filter.value = v) }),
        h(DepartmentComparisonTable, { rows: shown.value, columns, sort: sort.value, scorecardHref: (id: string) => `#/scorecard?outlet=${id}`, onSort }),
      ]
    })
    const order = (w: ReturnType<typeof mount>) => w.findAll('tbody tr').map((tr) => tr.attributes('data-outlet-id'))

    it('shows each share with its sample size and interval, and links to the scorecard', () => {
      const w = mount(DepartmentComparisonTable, {
        props: { rows: rows.slice(0, 1), columns, sort: { key: 'name', direction: 'asc' }, scorecardHref: (id: string) => `#/scorecard?outlet=${id}` },
        ...i18n('en'),
      })
      const cells = w.findAll('tbody td')
      expect(cells[2]?.text()).toContain('31%')
      expect(cells[2]?.text()).toContain('n = 400 · 21%–41%')
      expect(w.get('tbody a').attributes('href')).toBe('#/scorecard?outlet=o1')
      expect(w.get('th[aria-sort="ascending"]').text()).toContain('Outlet')
    })

    it('sorts by a column on click and reverses on a second click', async () => {
      const w = mount(Harness, i18n())
      expect(order(w)).toEqual(['o4', 'o1', 'o2', 'o3'])
      await w.get('[data-sort-key="sources.womenShare"]').trigger('click')
      expect(order(w)).toEqual(['o4', 'o1', 'o2', 'o3'])
      await w.get('[data-sort-key="sources.womenShare"]').trigger('click')
      expect(order(w)).toEqual(['o2', 'o1', 'o4', 'o3'])
      expect(w.get('th[aria-sort="descending"]').text()).toContain('Nữ trong nguồn tin')
      await w.get('[data-sort-key="overall"]').trigger('click')
      expect(order(w)).toEqual(['o4', 'o1', 'o2', 'o3'])
    })

    it('filters by kind, channel, status and name', async () => {
      const w = mount(Harness, i18n())
      await w.get('[data-testid="filter-status"]').setValue('pilot')
      expect(order(w)).toEqual(['o4', 'o2'])
      await w.get('[data-testid="filter-channel"]').setValue('tv')
      expect(order(w)).toEqual(['o2'])
      await w.get('[data-testid="filter-status"]').setValue('')
      await w.get('[data-testid="filter-channel"]').setValue('')
      await w.get('[data-testid="filter-kind"]').setValue('magazine')
      expect(order(w)).toEqual(['o3'])
      await w.get('input[type="checkbox"]').setValue(true)
      expect(order(w)).toEqual(['o5', 'o3'])
      await w.get('[data-testid="filter-kind"]').setValue('')
      await w.get('[data-testid="filter-search"]').setValue('ha noi moi')
      expect(order(w)).toEqual(['o1'])
    })
  })

  describe('DepartmentBehindList', () => {
    it('words each missing item in the chosen language, channel names included', () => {
      const behind = [
        row('o3', 'Tạp chí Người Hà Nội', {
          status: 'pilot',
          missing: [
            { code: 'noAdoptionDecision' },
            { code: 'contentItemsInQuarter', quarter: '2026-Q1', have: 28, need: 40, missing: 12 },
            { code: 'channelNotCoveredInQuarter', quarter: '2026-Q2', channel: 'tv' },
          ],
        }),
      ]
      const w = mount(DepartmentBehindList, { props: { rows: behind, scorecardHref: (id: string) => `#/scorecard?outlet=${id}` }, ...i18n() })
      expect(w.findAll('li').map((li) => li.text())).toEqual([
        'Chưa ghi nhận quyết định áp dụng Bộ chỉ số',
        'Cần thêm 12 tin bài trong 2026-Q1 (có 28/40)',
        'Chưa có tin bài nào của kênh Truyền hình trong 2026-Q2',
      ])
      expect(w.text()).toContain('Thí điểm')
    })

    it('shows a page of rows at a time and pages through all of them', async () => {
      const many = Array.from({ length: 30 }, (_, i) => row(`o${i}`, `Cơ quan ${String(i).padStart(2, '0')}`, { missing: [{ code: 'noAdoptionDecision' }] }))
      const w = mount(DepartmentBehindList, { props: { rows: many, scorecardHref: (id: string) => `#/scorecard?outlet=${id}` }, ...i18n('en') })
      const names = () => w.findAll('tbody th').map((th) => th.text())
      expect(w.get('h2').text()).toContain('(30)')
      expect(names()).toHaveLength(25)
      expect(names()[0]).toBe('Cơ quan 00')
      const pager = w.get('[data-testid="behind-pager"]')
      expect(pager.text()).toContain('1–25 of 30 outlets')
      const [previous, next] = pager.findAll('button')
      expect(previous!.attributes('disabled')).toBeDefined()
      await next!.trigger('click')
      expect(names()).toEqual(['Cơ quan 25', 'Cơ quan 26', 'Cơ quan 27', 'Cơ quan 28', 'Cơ quan 29'])
      expect(w.get('[data-testid="behind-pager"]').text()).toContain('26–30 of 30 outlets')
      // Fewer rows later (another date): the page stays within the list.
      await w.setProps({ rows: many.slice(0, 10) })
      expect(names()).toHaveLength(10)
      expect(w.find('[data-testid="behind-pager"]').exists()).toBe(false)
    })
  })

  describe('RegisterOutletForm', () => {
    const blank = { name: '', kind: 'newspaper', channels: [], carriesAds: false, governingBody: '', adoptionReference: '', adoptionDate: '' }

    it('refuses an outlet without a name or channel, and a reference without its date', async () => {
      const w = mount(RegisterOutletForm, { props: { initial: blank, editing: false }, ...i18n('en') })
      await w.get('input[name="adoptionReference"]').setValue('12/QĐ-BHN')
      await w.get('form').trigger('submit')
      expect(w.emitted('save')).toBeUndefined()
      expect(w.text()).toContain('Required.')
      expect(w.text()).toContain('Choose at least one channel.')
      expect(w.text()).toContain('Give both the reference and the date, or neither.')
    })

    it('emits a trimmed draft once it is valid, without touching the initial object', async () => {
      const initial = { ...blank, channels: [] as string[] }
      const w = mount(RegisterOutletForm, { props: { initial, editing: false }, ...i18n() })
      await w.get('input[name="name"]').setValue('  Báo Tuổi trẻ Thủ đô ')
      await w.get('input[value="online"]').setValue(true)
      await w.get('form').trigger('submit')
      expect(w.emitted('save')?.[0]?.[0]).toMatchObject({ name: 'Báo Tuổi trẻ Thủ đô', channels: ['online'] })
      expect(initial.channels).toEqual([])
    })
  })
})
