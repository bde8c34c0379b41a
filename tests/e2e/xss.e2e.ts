// Untrusted text stays text. A submission file with a correct checksum carries XSS payloads in
// every free-text field (script tags, event handlers, javascript: text, SVG, iframe srcdoc,
// template syntax, attribute break-outs in URLs). It is imported through the app's own import
// page, then every page is visited, with the imported outlet selected where pages take one.
// Fails on: any dialog, the sentinel window.__xss being set, any CSP violation, any page error,
// any request to another origin, any javascript: link in the DOM. The payloads must be visible as text.
import { expect, test, type Page } from '@playwright/test'
import { guardPage, staticRoutePaths, type PageGuards } from '../support/pageGuards'
import { buildJavascriptUrlSubmission, buildXssSubmission } from '../support/xssSubmission'

test.describe.configure({ timeout: 240_000 })

const IMPORT_PAGE = '/#/department/import'

async function importFile(page: Page, file: { fileName: string; text: string }): Promise<void> {
  await page.goto(IMPORT_PAGE)
  await page.getByTestId('submission-input').setInputFiles({
    name: file.fileName,
    mimeType: 'application/json',
    buffer: Buffer.from(file.text, 'utf8'),
  })
  await expect(page.getByTestId(`plan-row-${file.fileName}`)).toBeVisible({ timeout: 30_000 })
}

async function assertNothingRan(page: Page, guards: PageGuards, where: string): Promise<void> {
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss), `script ran on ${where}`).toBeUndefined()
  const badLinks = await page.evaluate(() =>
    [...document.querySelectorAll('a[href], area[href], iframe, embed, object, [srcdoc]')]
      .filter((el) => !(el instanceof HTMLAnchorElement) || !/^(https?:|blob:|#|\/)/.test(el.getAttribute('href') ?? ''))
      .map((el) => el.outerHTML.slice(0, 120)),
  )
  expect(badLinks, `unsafe links or frames on ${where}`).toEqual([])
  expect(guards.dialogs, `dialogs on ${where}`).toEqual([])
}

test('a submission with XSS payloads in every text field is shown as text on every page', async ({ page, baseURL }) => {
  const file = await buildXssSubmission()
  expect(file.poisoned.length).toBeGreaterThan(20)
  const guards = await guardPage(page, new URL(baseURL!).origin)

  await importFile(page, file)
  const row = page.getByTestId(`plan-row-${file.fileName}`)
  await expect(row).toContainText(file.outletName) // the outlet name is itself a payload, shown as text
  await assertNothingRan(page, guards, 'the import plan')
  // Open the record-by-record details too: titles and names are listed there.
  for (const details of await page.locator('[data-testid="import-plan"] details').all()) await details.locator('summary').click()
  await assertNothingRan(page, guards, 'the import details')
  await page.getByTestId('import-commit').click()
  await expect(page.getByTestId('import-result')).toBeVisible({ timeout: 30_000 })
  await assertNothingRan(page, guards, 'the import result')

  const parsed = JSON.parse(file.text) as { payload: { outlet: { id: string }; contentAssessments: { id: string }[] } }
  const outletId = parsed.payload.outlet.id
  const itemIds = parsed.payload.contentAssessments.slice(0, 3).map((a) => a.id)
  const seen = new Set<string>()
  const visit = async (where: string) => {
    await expect(page.locator('main h1').first()).toBeVisible()
    await page.waitForLoadState('networkidle')
    await assertNothingRan(page, guards, where)
    // Text on the page, and text in form fields (evidence, names, URLs are edited in inputs).
    const text = [
      await page.locator('body').innerText(),
      ...(await page.evaluate(() => [...document.querySelectorAll('input, textarea')].map((el) => (el as HTMLInputElement).value))),
    ].join('\n')
    for (const [kind, sample] of file.samples) if (text.includes(sample)) seen.add(kind)
  }
  for (const path of staticRoutePaths()) {
    await page.goto(`/#${path}`)
    await visit(path)
  }
  // Pages that take an outlet, with the imported one.
  for (const path of [`/scorecard?outlet=${encodeURIComponent(outletId)}`, '/items', '/assessment', '/outlet']) {
    await page.goto(`/#${path}`)
    await visit(`${path} (imported outlet)`)
  }
  // The home page lists outlets to switch to: choose the imported one if it is offered, then
  // visit the editor's pages with it as the current outlet.
  await page.goto('/#/')
  const choose = page.getByRole('button', { name: file.outletName, exact: true })
  const selectable = (await choose.count()) > 0
  if (selectable) {
    await choose.first().click()
    for (const path of ['/outlet', '/assessment', '/items', '/scorecard', ...itemIds.map((id) => `/items/${id}`)]) {
      await page.goto(`/#${path}`)
      await visit(`${path} (imported outlet current)`)
    }
  }
  console.log(
    `xss: ${file.poisoned.length} fields poisoned (${file.samples.size} kinds); shown as text somewhere: ${seen.size} kinds (${[...seen].join(', ')}); imported outlet selectable on home: ${selectable}`,
  )
  expect(seen.has('outlet.name'), 'the payload outlet name is shown as text somewhere').toBe(true)
  expect(guards.cspViolations).toEqual([])
  expect(guards.pageErrors).toEqual([])
  expect(guards.foreignRequests).toEqual([])
  expect(guards.dialogs).toEqual([])
})

test('a pasted article full of markup is analysed and highlighted as text, never run', async ({ page, baseURL }) => {
  const guards = await guardPage(page, new URL(baseURL!).origin)
  await page.goto('/')
  await page.getByRole('button', { name: 'Bắt đầu với cơ quan của tôi' }).click()
  await page.getByLabel('Tên cơ quan').fill('<img src=x onerror="window.__xss=1;alert(1)">')
  await expect(page.locator('.save-status').first()).toHaveText(/Đã lưu/, { timeout: 10_000 })
  await page.goto('/#/items/new')
  // People, quotes and gendered wording next to markup, so highlights split the payloads.
  const article = [
    'Bà Nguyễn Thị <script>window.__xss=2;alert(2)</script>Lan, giám đốc sở, cho biết: "<img src=x onerror="window.__xss=3;alert(3)">Chúng tôi sẽ làm."',
    'Ông Trần Văn <svg onload="window.__xss=4;alert(4)">Hùng nói rằng phụ nữ chân yếu tay mềm "><iframe srcdoc="<script>parent.__xss=5;alert(5)</script>">.',
    'javascript:window.__xss=6;alert(6) {{constructor.constructor(\'window.__xss=7;alert(7)\')()}}',
  ].join('\n\n')
  await page.getByLabel('Văn bản bài báo hoặc bản ghi').fill(article)
  await page.getByRole('button', { name: 'Phân tích' }).click()
  const assistant = page.locator('.text-assistant')
  await expect(assistant.locator('.columns')).toBeVisible({ timeout: 30_000 })
  await expect(assistant).toContainText('<script>window.__xss=2;alert(2)</script>')
  await expect(assistant).toContainText('<svg onload="window.__xss=4;alert(4)">')
  // The highlighting really ran over the payloads: people and quotes are marked as spans.
  expect(await assistant.locator('.mention').count()).toBeGreaterThan(0)
  expect(await assistant.locator('.quote').count()).toBeGreaterThan(0)
  await assertNothingRan(page, guards, 'the text assistant')
  expect(guards.cspViolations).toEqual([])
  expect(guards.pageErrors).toEqual([])
})

test('a javascript: URL in a submission is refused with a message, and never becomes a link', async ({ page, baseURL }) => {
  const file = await buildJavascriptUrlSubmission()
  const guards = await guardPage(page, new URL(baseURL!).origin)
  await importFile(page, file)
  const row = page.getByTestId(`plan-row-${file.fileName}`)
  await expect(row).toContainText('url')
  await expect(row.getByRole('checkbox')).toBeDisabled()
  await assertNothingRan(page, guards, 'the refused file')
  expect(guards.cspViolations).toEqual([])
  expect(guards.pageErrors).toEqual([])
})
