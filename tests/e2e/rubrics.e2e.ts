import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'

const SECTIONS: [string, string, string][] = [
  ['A1', 'Cân bằng giới tại cấp ra quyết định', 'Gender balance at decision-making level'],
  ['A2', 'Bình đẳng giới tại nơi làm việc và điều kiện làm việc', 'Gender equality in work and working conditions'],
  ['A3', 'Bình đẳng giới tại các hiệp hội, liên hiệp, câu lạc bộ và tổ chức của các nhà báo', 'Gender equality in unions, associations, clubs'],
  ['A4', 'Các tổ chức truyền thông thực hiện các quy định đạo đức', 'Media organisations promote ethical codes and policies'],
  ['A5', 'Cân bằng giới trong giáo dục và đào tạo', 'Gender balance in education and training'],
  ['B1', 'Phản ánh giới trong tin tức và thời sự', 'Gender portrayal in news and current affairs'],
  ['B2', 'Phản ánh giới trong quảng cáo', 'Gender portrayal in advertising'],
]

test('the indicator browser shows every section in Vietnamese and English, and what each version changed', async ({ page }) => {
  test.setTimeout(120_000)
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  await page.goto('/')
  await page.getByRole('navigation').getByRole('link', { name: 'Bộ chỉ số' }).click()
  await expect(page).toHaveURL(/#\/rubrics/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bộ chỉ số')

  for (const [id, vi] of SECTIONS) await expect(page.getByRole('heading', { level: 2, name: new RegExp(`^${id} ${vi}`) })).toBeVisible()
  // Indicators carry their provenance, questions and means of verification.
  const gdesk = page.locator('[data-indicator="A2.SO3.I1"]')
  await expect(gdesk.locator('[data-provenance]')).toContainText('Đã đối chiếu')
  await expect(gdesk).toContainText('Phương tiện kiểm chứng')
  await expect(page.locator('[data-indicator="A1.SO1.I1"] [data-provenance]')).toContainText('Tái dựng')
  await expect(page.locator('[data-indicator="B1.SO1.I1"] [data-provenance]')).toContainText('Theo bản dịch')
  await expect(page.locator('[data-question="A1.SO1.I1.Q1"]')).toContainText('Số lượng theo giới tính')
  await expect(page.locator('[data-section="A3"]')).toContainText('hội, câu lạc bộ, tổ chức nhà báo')

  // Maintainers can list only the reconstructed wording, and jump to a section.
  await page.getByLabel('Chỉ hiện chỉ số có nguồn gốc').selectOption('reconstructed')
  await expect(page.locator('[data-indicator="A2.SO3.I1"]')).toHaveCount(0)
  await expect(page.locator('[data-indicator="A1.SO1.I1"]')).toHaveCount(1)
  await page.getByLabel('Chỉ hiện chỉ số có nguồn gốc').selectOption('')
  await expect(page.locator('[data-indicator="A2.SO3.I1"]')).toHaveCount(1)
  await page.getByRole('navigation', { name: 'Mục lục' }).getByRole('button', { name: 'B2' }).click()
  await expect(page.locator('#sec-B2')).toBeFocused()

  // The latest version (1.1.0) says what changed from 1.0.0.
  const version = page.getByLabel('Phiên bản', { exact: true })
  await expect(version).toHaveValue('1.1.0')
  const changes = page.getByRole('region', { name: 'Thay đổi so với phiên bản trước' })
  await expect(changes.locator('tr[data-kind="split"]').first()).toContainText('A2.SO2.I4')
  await expect(changes.locator('tr[data-kind="merged"]')).toContainText('A2.SO1.I2.Q6')
  await expect(changes).toContainText('Bạo lực giới khác')

  // English.
  await page.getByRole('button', { name: 'English' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Indicator set')
  for (const [id, , en] of SECTIONS) await expect(page.getByRole('heading', { level: 2, name: new RegExp(`^${id} ${en}`) })).toBeVisible()
  await expect(page.getByRole('region', { name: 'What changed from the previous version' }).locator('tr[data-kind="split"]').first()).toContainText('Split')

  // Version 1.0.0 is the first one; back to 1.1.0 shows the changes again.
  await page.getByLabel('Version', { exact: true }).selectOption('1.0.0')
  await expect(page).toHaveURL(/version=1\.0\.0/)
  await expect(page.getByText('This is the first version: there is no previous one.')).toBeVisible()
  await expect(page.locator('[data-indicator="A2.SO2.I4"]')).toHaveCount(0)
  await page.getByLabel('Version', { exact: true }).selectOption('1.1.0')
  await expect(page.locator('[data-indicator="A2.SO2.I4"]')).toHaveCount(1)
  await expect(page.getByRole('region', { name: 'What changed from the previous version' }).locator('tbody tr')).toHaveCount(6)

  // The sections repeat the same components: checking A2 (every question type) and B1 (measures)
  // plus the rest of the page covers each of them, and keeps axe from walking thousands of nodes.
  const axe = await new AxeBuilder({ page })
    .include('.app-header')
    .include('.rubric-browser-picker')
    .include('.rubric-browser-meta')
    .include('.rubric-browser-legend')
    .include('.rubric-changes')
    .include('[data-section="A2"]')
    .include('[data-section="B1"]')
    .include('.rubric-coding')
    .analyze()
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`)).toEqual([])
  expect(errors).toEqual([])
})

test('the rubric files are not in the first route’s bundle', async ({ page, request }) => {
  await page.goto('/')
  const html = await (await request.get('/')).text()
  const scripts = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1] as string)
  expect(scripts.length).toBeGreaterThan(0)
  for (const src of scripts) {
    const js = await (await request.get(src)).text()
    expect(js, src).not.toContain('A2.SO3.I1')
    expect(js, src).not.toContain('genderViolenceOther')
  }
})
