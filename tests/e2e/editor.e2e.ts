// The newsroom editor's whole journey in real Chromium: create an outlet, fill an organisation
// assessment, code three items (one with five people entirely by keyboard, keystrokes counted),
// reload mid-form and find every answer, see the scorecard change, export a submission file that
// the command line accepts; axe-core on every page of the journey.
import { expect, test, type Page } from '@playwright/test'
import { noSeriousAxeViolations } from '../support/axe'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

test.describe.configure({ timeout: 240_000 })

async function saved(page: Page) {
  await expect(page.locator('.save-status').first()).toHaveText(/Đã lưu/, { timeout: 10_000 })
}

/** Answers every question on the organisation assessment page the way an editor would. */
async function answerEverything(page: Page) {
  const fields = page.locator('.question-field')
  const n = await fields.count()
  for (let i = 0; i < n; i++) {
    const field = fields.nth(i)
    if (await field.locator('input[value="yes"]').count()) {
      await field.locator('input[value="yes"]').check()
      await field.locator('input[id$="-evidence"]').fill(`Văn bản số ${i + 1}/QĐ-BTĐ`)
    } else if (await field.locator('input[id$="-unknown"]').count()) {
      await field.locator('input[id$="-women"]').fill(String(2 + (i % 5)))
      await field.locator('input[id$="-men"]').fill(String(3 + (i % 4)))
    } else if (await field.locator('input[inputmode="decimal"]').count()) {
      await field.locator('input[id$="-women"]').fill('9.500.000')
      await field.locator('input[id$="-men"]').fill('10.000.000')
    } else if (await field.locator('.options-question-list input').count()) {
      await field.locator('.options-question-list input').first().check()
      const evidence = field.locator('input[id$="-evidence"]')
      if (await evidence.count()) await evidence.fill('Nội quy cơ quan 2026')
    } else if (await field.locator('.choice-question-list input').count()) {
      await field.locator('.choice-question-list input').last().check()
    } else if (await field.locator('textarea').count()) {
      await field.locator('textarea').fill('Ghi chú của ban biên tập')
    }
  }
}

test('an editor sets up the outlet, assesses it, codes three items and exports the submission file', async ({ page }) => {
  // --- First run -------------------------------------------------------------------------------
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Chào mừng đến với GIM Index')
  await expect(page.getByText('Mọi dữ liệu chỉ được lưu trong trình duyệt này')).toBeVisible()
  await expect(page.getByRole('link', { name: 'Sao lưu và khôi phục' })).toHaveAttribute('href', '#/data')
  await noSeriousAxeViolations(page, 'home (first run)')
  await page.getByRole('button', { name: 'Bắt đầu với cơ quan của tôi' }).click()

  // --- Outlet profile ---------------------------------------------------------------------------
  await expect(page).toHaveURL(/#\/outlet$/)
  await page.getByLabel('Tên cơ quan').fill('Báo Thủ Đô Sáng')
  await page.getByLabel('Loại hình').selectOption('newspaper')
  await page.getByRole('checkbox', { name: 'Báo in' }).check()
  await page.getByRole('checkbox', { name: 'Truyền hình' }).check()
  await page.getByRole('checkbox', { name: 'Có đăng, phát quảng cáo' }).check()
  await page.getByLabel('Cơ quan chủ quản').fill('Thành uỷ Hà Nội')
  await page.getByLabel('Số văn bản').fill('Quyết định số 12/QĐ-BTĐS')
  await expect(page.getByText('Cần nhập ngày ký quyết định.')).toBeVisible()
  await page.getByLabel('Ngày ký').fill('2026-01-15')
  await expect(page.getByText('Cần nhập ngày ký quyết định.')).toHaveCount(0)
  await saved(page)
  const b2 = page.locator('tr[data-section="B2"]')
  await expect(b2).toContainText('Cơ quan có quảng cáo.')
  await expect(page.locator('tr[data-section="A3"]')).toContainText('Chỉ dành cho hội, hiệp hội.')
  await noSeriousAxeViolations(page, 'outlet')

  // --- Organisation assessment -------------------------------------------------------------------
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Tự đánh giá tổ chức' }).click()
  await page.getByRole('button', { name: 'Tạo kỳ đánh giá mới' }).click()
  const markComplete = page.getByRole('button', { name: 'Đánh dấu hoàn thành' })
  await expect(markComplete).toBeDisabled()
  await expect(page.locator('#assessment-missing')).toContainText('Còn')
  // A "yes" without evidence is flagged beside the field.
  const firstYesNo = page.locator('.question-field').filter({ has: page.locator('input[value="yes"]') }).first()
  await firstYesNo.locator('input[value="yes"]').check()
  await expect(firstYesNo.getByRole('alert')).toHaveText('Trả lời “Có” cần kèm phương tiện kiểm chứng.')
  // A negative count is refused beside the field.
  const firstCount = page.locator('.question-field').filter({ has: page.locator('input[id$="-unknown"]') }).first()
  await firstCount.locator('input[id$="-women"]').fill('-2')
  await expect(firstCount.getByRole('alert')).toHaveText('Số không được âm.')
  await answerEverything(page)
  await expect(firstCount.locator('output')).toContainText('Tỷ lệ nữ: 40')
  await saved(page)
  await noSeriousAxeViolations(page, 'assessment')

  // Reload mid-form: every answer is still there.
  const answersBefore = await page.locator('.question-field input[type="text"], .question-field textarea').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))
  const checkedBefore = await page.locator('.question-field input:checked').count()
  await page.reload()
  await expect(page.locator('.question-field').first()).toBeVisible()
  expect(await page.locator('.question-field input[type="text"], .question-field textarea').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))).toEqual(answersBefore)
  expect(await page.locator('.question-field input:checked').count()).toBe(checkedBefore)
  await expect(markComplete).toBeEnabled()
  await markComplete.click()
  await expect(page.getByRole('button', { name: 'Mở lại để sửa (bản nháp)' })).toBeVisible()
  await saved(page)

  // --- The scorecard before any item ----------------------------------------------------------
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Bảng điểm' }).click()
  await expect(page.getByText(/Mẫu: 0 tin bài/)).toBeVisible({ timeout: 15_000 })
  const womenAmongPeopleBefore = await page.locator('tr[data-indicator="B1.SO1.I1"] td').first().innerText()
  expect(womenAmongPeopleBefore).toContain('chưa có mẫu')

  // --- Item 1: an article with five people, entirely by keyboard -------------------------------
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Tin bài đã mã hoá' }).click()
  await page.getByRole('link', { name: 'Mã hoá tin bài mới' }).click()
  await expect(page.locator('#item-title')).toBeFocused()
  let keystrokes = 0
  const press = async (key: string) => {
    keystrokes++
    await page.keyboard.press(key)
  }
  /** Letters typed to search a code list: counted, they are keystrokes beyond the item's text. */
  const search = async (letters: string) => {
    keystrokes += letters.length
    await page.keyboard.type(letters)
  }
  await page.keyboard.type('Nữ kỹ sư dẫn đầu dự án cầu Tứ Liên') // the text typed: not counted
  await press('Tab') // link
  await press('Tab') // topic
  await search('bat')
  await press('Tab') // takes "Bất bình đẳng…", on to scope
  await search('d')
  await press('Tab') // takes "Địa phương", on to the first story box
  await press('Space') // centred on a woman
  await press('Alt+KeyP') // people table, first row
  const people: [sex: string, fn: string, quoted: boolean][] = [
    ['n', 'gi', true], // woman, expert, quoted
    ['m', 'ng', true], // man, spokesperson, quoted
    ['n', 'c', false], // woman, subject
    ['m', 'nh', true], // man, eye-witness, quoted
    ['?', 'y', false], // unknown, popular opinion
  ]
  for (const [i, [sex, fn, quoted]] of people.entries()) {
    await press(sex)
    await search(fn)
    await press('Tab')
    if (quoted) await press('Space')
    if (i < people.length - 1) await press('Enter')
  }
  await press('Control+Enter') // coding complete
  await saved(page)
  console.log(`Keystrokes to code one article with five people, beyond its text: ${keystrokes}`)
  expect(keystrokes).toBeLessThanOrEqual(40)
  await expect(page).toHaveURL(/#\/items\/[0-9a-f-]{36}$/)
  const rows = page.locator('.person-table tbody tr')
  await expect(rows).toHaveCount(5)
  const sexes = await rows.locator('select').evaluateAll((els) => els.map((e) => (e as HTMLSelectElement).value))
  expect(sexes).toEqual(['female', 'male', 'female', 'male', 'unknown'])
  const functions = await rows.locator('input[role="combobox"]').evaluateAll((els) => els.filter((_, i) => i % 2 === 0).map((e) => (e as HTMLInputElement).value))
  expect(functions).toEqual(['Chuyên gia, bình luận viên', 'Người phát ngôn: nói thay cho người khác hoặc tổ chức', 'Chủ thể: tin bài nói về người này', 'Nhân chứng', 'Ý kiến người dân'])
  const quotedBoxes = await rows.locator('input[aria-label^="Được trích lời"]').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).checked))
  expect(quotedBoxes).toEqual([true, true, false, true, false])
  await expect(page.locator('#story-topic')).toHaveValue(/^Bất bình đẳng/)
  await expect(page.locator('#story-scope')).toHaveValue('Địa phương')
  await expect(page.getByRole('checkbox', { name: 'Tập trung vào một phụ nữ hoặc nhóm phụ nữ' })).toBeChecked()
  await noSeriousAxeViolations(page, 'content coding')

  // Reload mid-form: the item and its people come back exactly.
  await page.reload()
  await expect(page.locator('.person-table tbody tr')).toHaveCount(5)
  expect(await page.locator('.person-table tbody tr select').evaluateAll((els) => els.map((e) => (e as HTMLSelectElement).value))).toEqual(sexes)
  await expect(page.locator('#item-title')).toHaveValue('Nữ kỹ sư dẫn đầu dự án cầu Tứ Liên')
  await expect(page.getByRole('button', { name: /Đã mã hoá xong/ })).toHaveAttribute('aria-pressed', 'true')

  // --- Item 2: a broadcast segment with speaking time, from "duplicate as template" --------------
  await page.getByRole('button', { name: 'Nhân bản làm mẫu' }).click()
  await expect(page.locator('#item-title')).toHaveValue('')
  await expect(page.locator('.person-table tbody tr')).toHaveCount(5)
  await page.locator('#item-title').fill('Bản tin thời sự: giao thông giờ cao điểm')
  await page.getByRole('radio', { name: 'Tin phát sóng' }).check()
  await page.locator('#item-channel').selectOption('tv')
  await page.getByLabel('Nữ', { exact: true }).fill('1:30')
  await page.getByLabel('Nam', { exact: true }).fill('2:45')
  await expect(page.locator('.speaking-time output')).toContainText('Nữ chiếm 35,3')
  await page.getByRole('button', { name: 'Thêm phóng viên / người dẫn' }).click()
  await page.keyboard.press('n')
  await page.keyboard.press('Control+Enter')
  await saved(page)

  // --- Item 3: an advertisement ---------------------------------------------------------------
  await page.getByRole('link', { name: 'Tin bài đã mã hoá' }).last().click()
  await page.getByRole('link', { name: 'Mã hoá tin bài mới' }).click()
  await page.locator('#item-title').fill('Quảng cáo nước giặt')
  await page.getByRole('radio', { name: 'Quảng cáo' }).check()
  await page.getByRole('radio', { name: 'Rập khuôn giới' }).check()
  await page.getByRole('group', { name: 'Phụ nữ được thể hiện trong vai' }).getByRole('checkbox', { name: 'Nội trợ, làm việc nhà' }).check()
  await page.locator('#item-url').fill('javascript:alert(1)')
  await expect(page.getByText('Chỉ nhận đường dẫn bắt đầu bằng http:// hoặc https://.')).toBeVisible()
  await page.locator('#item-url').fill('https://example.vn/quang-cao')
  await expect(page.getByRole('link', { name: 'Mở đường dẫn' })).toHaveAttribute('rel', 'noopener noreferrer')
  await page.keyboard.press('Control+Enter')
  await saved(page)

  // A copy made by mistake is deleted (after a confirmation) and never written back by autosave.
  await page.getByRole('button', { name: 'Nhân bản làm mẫu' }).click()
  await expect(page.locator('#item-title')).toHaveValue('')
  await page.locator('#item-title').fill('Bản sao nhầm')
  await saved(page)
  page.once('dialog', (dialog) => void dialog.accept())
  await page.getByRole('button', { name: 'Xoá tin bài' }).click()
  await expect(page).toHaveURL(/#\/items$/)

  // --- My items: search without diacritics, filters ---------------------------------------------
  await expect(page.getByText('3/3 tin bài')).toBeVisible()
  await page.getByRole('searchbox', { name: 'Tìm kiếm' }).fill('ky su')
  await expect(page.getByText('1/3 tin bài')).toBeVisible()
  await expect(page.locator('.item-list-table tbody tr')).toHaveCount(1)
  await page.getByRole('searchbox', { name: 'Tìm kiếm' }).fill('')
  await page.getByLabel('Kênh').selectOption('tv')
  await expect(page.getByText('1/3 tin bài')).toBeVisible()
  await noSeriousAxeViolations(page, 'my items')

  // --- The scorecard changed ------------------------------------------------------------------
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Bảng điểm' }).click()
  await expect(page.getByText(/Mẫu: 3 tin bài/)).toBeVisible({ timeout: 15_000 })
  const womenAmongPeopleAfter = await page.locator('tr[data-indicator="B1.SO1.I1"] td').first().innerText()
  expect(womenAmongPeopleAfter).not.toEqual(womenAmongPeopleBefore)
  expect(womenAmongPeopleAfter).toMatch(/n = \d+/)
  await expect(page.getByText('GSIM', { exact: false }).first()).toBeVisible()
  await expect(page.getByText(/Bộ chỉ số dùng để tính: vn-gsim/)).toBeVisible()
  await noSeriousAxeViolations(page, 'scorecard')

  // --- Export the submission file and check it with the command line --------------------------
  await expect(page.getByRole('checkbox', { name: /Kèm tên/ })).not.toBeChecked()
  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Xuất tệp nộp báo cáo' }).click()
  const download = await downloading
  const file = join(mkdtempSync(join(tmpdir(), 'gim-e2e-')), download.suggestedFilename())
  await download.saveAs(file)
  const submission = JSON.parse(readFileSync(file, 'utf8')) as { payload: { contentAssessments: unknown[]; includesNames: boolean } }
  expect(submission.payload.contentAssessments).toHaveLength(3)
  expect(submission.payload.includesNames).toBe(false)
  const check = spawnSync('npx', ['tsx', 'src/cli/main.ts', 'submission', 'check', file], { encoding: 'utf8' })
  expect(check.status, `${check.stdout}\n${check.stderr}`).toBe(0)

  // --- Home now shows the outlet and its status -------------------------------------------------
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Trang chủ' }).click()
  await expect(page.getByRole('heading', { name: 'Báo Thủ Đô Sáng' })).toBeVisible()
  await expect(page.getByTestId('home-adoption')).toBeVisible()
  await noSeriousAxeViolations(page, 'home (workspace)')
})

test('a newcomer loads the demo workspace and sees real screens in one click', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('button', { name: 'Tải dữ liệu mẫu' }).click()
  await expect(page.getByText(/Đã tải dữ liệu mẫu: \d+ cơ quan/)).toBeVisible({ timeout: 60_000 })
  await expect(page.getByTestId('home-adoption')).toBeVisible({ timeout: 30_000 })
  await expect(page.getByLabel('Đổi cơ quan đang làm việc')).toBeVisible()

  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Tin bài đã mã hoá' }).click()
  const count = page.getByText(/^\d+\/\d+ tin bài$/)
  await expect(count).toBeVisible({ timeout: 30_000 })
  const total = Number((await count.innerText()).split('/')[1]!.split(' ')[0])
  expect(total).toBeGreaterThan(50)
  // Pages of 50: only one page of rows is in the document.
  await expect(page.locator('.item-list-table tbody tr')).toHaveCount(50)
  await expect(page.getByText(/^Trang 1\//)).toBeVisible()
  await page.getByRole('button', { name: 'Trang sau' }).click()
  await expect(page.getByText(/^Trang 2\//)).toBeVisible()
  await noSeriousAxeViolations(page, 'my items (demo)')
  // Open an item of the demo and come back.
  await page.locator('.item-list-table tbody a').first().click()
  await expect(page.locator('.person-table')).toBeVisible()
  await noSeriousAxeViolations(page, 'content coding (demo)')

  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Bảng điểm' }).click()
  await expect(page.getByText(/Mẫu: \d+ tin bài/)).toBeVisible({ timeout: 30_000 })
  await expect(page.locator('.adoption-checklist-level')).toHaveText(/Chưa áp dụng|Thí điểm|Chính thức/)
  await expect(page.locator('canvas').first()).toBeVisible()
  await noSeriousAxeViolations(page, 'scorecard (demo)')
  // The same screen in English, then back to Vietnamese.
  await page.getByRole('button', { name: 'English' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Outlet scorecard')
  await expect(page.getByRole('heading', { name: 'Adoption of the indicator set' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Export submission file' })).toBeVisible()
  await page.getByRole('button', { name: 'Tiếng Việt' }).click()

  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Tự đánh giá tổ chức' }).click()
  await expect(page.locator('.question-field').first()).toBeVisible({ timeout: 30_000 })
  await noSeriousAxeViolations(page, 'assessment (demo)')
})
