// The text assistant in the content-coding form, in real Chromium with real IndexedDB (issue 8,
// item 4): paste an article, see people, quotes and wording flags highlighted, accept one
// suggestion, correct and accept another, reject a third, fill the person table (twice: never a
// duplicate), and find the people again after a reload. The article is written for this test.
import { expect, test, type Page } from '@playwright/test'
import { noSeriousAxeViolations } from '../support/axe'

test.describe.configure({ timeout: 180_000 })

const ARTICLE = `Hà Nội mở thêm điểm khám sàng lọc ung thư vú miễn phí

Sáng 20/11, Giám đốc Sở Y tế Trần Minh Hải cho biết thành phố sẽ mở thêm 12 điểm khám sàng lọc trong năm 2027. “Chúng tôi ưu tiên các xã vùng xa”, ông Hải nói.

Bác sĩ Nguyễn Thị Thu Hương, Trưởng khoa Ung bướu, khuyến cáo chị em nên khám định kỳ. Theo bà Hương, phát hiện sớm giúp chi phí điều trị giảm một nửa.

Một người dân ở xã Minh Phú chia sẻ: “Tôi đã chờ cơ hội này từ lâu”.

Dù thuộc phái yếu, các nữ điều dưỡng vẫn trực suốt 12 tiếng mỗi ngày.

Minh Anh`

async function personTable(page: Page) {
  const rows = page.locator('.person-table tbody tr')
  return {
    count: await rows.count(),
    names: await rows.locator('.person-table-name').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value)),
    sexes: await rows.locator('select').evaluateAll((els) => els.map((e) => (e as HTMLSelectElement).value)),
    quoted: await rows.locator('input[aria-label^="Được trích lời"]').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).checked)),
    functions: await rows.locator('input[role="combobox"][id$="-function"]').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value)),
  }
}

test('an editor pastes an article, confirms the suggested people and fills the person table', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('button', { name: 'Tải dữ liệu mẫu' }).click()
  await expect(page.getByText(/Đã tải dữ liệu mẫu: \d+ cơ quan/)).toBeVisible({ timeout: 60_000 })
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Tin bài đã mã hoá' }).click()
  await page.getByRole('link', { name: 'Mã hoá tin bài mới' }).click()
  await page.locator('#item-title').fill('Sàng lọc ung thư vú miễn phí')

  const assistant = page.locator('.text-assistant')
  await assistant.getByLabel('Văn bản bài báo hoặc bản ghi').fill(ARTICLE)
  await assistant.getByRole('button', { name: 'Phân tích' }).click()
  const cards = assistant.locator('.suggested-person')
  await expect(cards).toHaveCount(3, { timeout: 30_000 })
  // Collectives ("chị em") and the byline are not suggested; the later references are one person.
  await expect(cards.locator('.name')).toHaveText(['Trần Minh Hải', 'Nguyễn Thị Thu Hương', 'Một người dân'])
  await expect(cards.nth(0).locator('.facts')).toContainText('Giới tính: Nam')
  await expect(cards.nth(0).locator('.facts')).toContainText('Có trích dẫn')
  await expect(cards.nth(1).locator('.facts')).toContainText('Giới tính: Nữ')
  await expect(cards.nth(2).locator('.facts')).toContainText('Giới tính: Không rõ')
  // The text is highlighted: every mention of a person, the quotes, and the wording flag.
  const highlighted = assistant.locator('.text-column')
  expect(await highlighted.locator('.mention').count()).toBeGreaterThanOrEqual(5)
  expect(await highlighted.locator('.quote').count()).toBeGreaterThanOrEqual(2)
  await expect(assistant).toContainText('Cách diễn đạt cần xem lại (1)')
  await expect(assistant.locator('.wording-flags')).toContainText('phái yếu')
  await expect(assistant.getByRole('button', { name: 'Chấp nhận ít nhất một người để điền vào bảng' })).toBeDisabled()

  // Accept the first, correct then accept the second, reject the third.
  await cards.nth(0).getByRole('button', { name: 'Chấp nhận' }).click()
  await cards.nth(1).getByRole('button', { name: 'Sửa' }).click()
  await cards.nth(1).getByLabel('Chức năng').selectOption('spokesperson')
  await cards.nth(1).getByRole('button', { name: 'Xong' }).click()
  await expect(cards.nth(1).locator('.facts')).toContainText('Chức năng: Người phát ngôn')
  await cards.nth(1).getByRole('button', { name: 'Chấp nhận' }).click()
  await cards.nth(2).getByRole('button', { name: 'Loại bỏ' }).click()
  await expect(cards.locator('.status')).toHaveText(['Đã chấp nhận', 'Đã chấp nhận', 'Đã loại bỏ'])
  await noSeriousAxeViolations(page, 'text assistant with suggestions')

  const fill = assistant.getByRole('button', { name: 'Điền 2 người đã chấp nhận vào bảng' })
  await fill.click()
  await expect(page.getByText('Đã thêm 2 người vào bảng.')).toBeVisible()
  await fill.click() // filling again adds no one twice
  await expect(page.locator('.person-table tbody tr')).toHaveCount(2)
  const expected = {
    count: 2,
    names: ['Trần Minh Hải', 'Nguyễn Thị Thu Hương'],
    sexes: ['male', 'female'],
    quoted: [true, true],
  }
  const filled = await personTable(page)
  expect(filled).toMatchObject(expected)
  for (const f of filled.functions) expect(f).toMatch(/^Người phát ngôn/)
  await expect(page.locator('.save-status').first()).toHaveText(/Đã lưu/, { timeout: 10_000 })

  // The same panel in English, then back.
  await page.getByRole('button', { name: 'English' }).click()
  await expect(cards.locator('.status')).toHaveText(['Accepted', 'Accepted', 'Rejected'])
  await expect(cards.nth(0).locator('.facts')).toContainText('Sex: Male')
  await page.getByRole('button', { name: 'Tiếng Việt' }).click()

  // Saved in IndexedDB: a reload brings the people back exactly.
  await expect(page).toHaveURL(/#\/items\/[0-9a-f-]{36}$/)
  await page.reload()
  await expect(page.locator('.person-table tbody tr')).toHaveCount(2)
  expect(await personTable(page)).toEqual(filled)
})
