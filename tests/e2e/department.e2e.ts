// The department's workspace in real Chromium: import the register CSV and the demo submission
// files (one of them corrupt: refused with its reason while the others merge); the dashboard's
// counts equal `gim rollup` on the same files and date; switching policy changes the targets;
// charts draw and export as PNG; the comparison table sorts and filters; CSV exports start with a
// BOM and hold correct Vietnamese; archiving takes an outlet out of the denominator; axe-core on
// every department page.
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test'
import { noSeriousAxeViolations } from '../support/axe'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

test.describe.configure({ mode: 'serial', timeout: 240_000 })

const AT = '2026-06-30'
let dir = ''
let submissionFiles: string[] = []
let corruptFile = ''
let expected: { outlets: number; adoption: { pilot: { count: number }; official: { count: number } } }
let context: BrowserContext
let page: Page

function gim(args: string[]): string {
  const run = spawnSync('npx', ['tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  if (run.status !== 0) throw new Error(`gim ${args.join(' ')} failed: ${run.stderr}`)
  return run.stdout
}

async function download(p: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [dl] = await Promise.all([p.waitForEvent('download'), click()])
  const path = await dl.path()
  return { name: dl.suggestedFilename(), bytes: readFileSync(path) }
}

async function setDate(p: Page, date: string) {
  await p.getByTestId('at-input').fill(date)
  await p.getByTestId('at-input').dispatchEvent('change')
}

test.beforeAll(async ({ browser }: { browser: Browser }, testInfo) => {
  dir = mkdtempSync(join(tmpdir(), 'gim-department-'))
  gim(['demo', '--out', dir])
  submissionFiles = readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => join(dir, f))
  // One byte changed inside the payload: the checksum no longer matches.
  const original = readFileSync(submissionFiles[0]!, 'utf8')
  const tampered = original.replace(/("title":\s*")(.)/, (_m, head: string, c: string) => `${head}${c === 'X' ? 'Y' : 'X'}`)
  expect(tampered).not.toBe(original)
  corruptFile = join(dir, 'gim-submission_hong.json')
  writeFileSync(corruptFile, tampered)
  expected = JSON.parse(gim(['rollup', '--policy', 'hanoi-331-2021', '--at', AT, '--register', join(dir, 'register.csv'), '--format', 'json', ...submissionFiles]))
  // One page for the whole journey (the workspace lives in its IndexedDB); axe needs a context.
  context = await browser.newContext({ acceptDownloads: true, baseURL: testInfo.project.use.baseURL, locale: 'vi-VN' })
  page = await context.newPage()
})

test.afterAll(async () => {
  await context?.close()
})

test('the register is imported from CSV with a row-by-row report and exported with a BOM', async () => {
  await page.goto('/#/register')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Danh sách cơ quan báo chí')
  await page.getByTestId('register-csv-input').setInputFiles(join(dir, 'register.csv'))
  await expect(page.getByTestId('register-report-summary')).toHaveText(`${expected.outlets} dòng hợp lệ, 0 dòng lỗi`)
  await noSeriousAxeViolations(page, 'register report')
  await page.getByTestId('register-commit').click()
  await expect(page.getByTestId('register-notice')).toContainText(`${expected.outlets} cơ quan`)
  await expect(page.getByTestId('register-table').locator('tbody tr')).toHaveCount(expected.outlets)

  // A second file with a bad row: the report names the line and the reason; nothing is saved from it.
  const bad = join(dir, 'bad-register.csv')
  writeFileSync(bad, 'name,kind,channels\nBáo Mới Tinh,newspaper,print\n,báo lá cải,print\n')
  await page.getByTestId('register-csv-input').setInputFiles(bad)
  await expect(page.getByTestId('register-report-summary')).toHaveText('1 dòng hợp lệ, 1 dòng lỗi')
  // The reasons are worded in the reader's language (Vietnamese by default, English on switching).
  const line3 = page.locator('tr[data-line="3"]')
  await expect(line3.locator('li')).toHaveText([
    'Tên cơ quan (name): chưa điền',
    /^Loại hình “báo lá cải” không có trong danh sách: Báo in, Tạp chí, Báo điện tử, /,
  ])
  await page.getByRole('button', { name: 'English' }).click()
  await expect(line3.locator('li')).toHaveText(['name: missing', /^kind “báo lá cải” is not one of: Newspaper, /])
  await page.getByRole('button', { name: 'Tiếng Việt' }).click()
  await expect(line3.locator('li').first()).toHaveText('Tên cơ quan (name): chưa điền')
  await page.getByRole('button', { name: 'Huỷ' }).click()

  const csv = await download(page, () => page.getByTestId('register-export').click())
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  const text = csv.bytes.toString('utf8')
  expect(text).toContain('Báo Thủ đô Sáng')
  expect(text).toContain('Đài Truyền hình Tây Hồ')
  await noSeriousAxeViolations(page, 'register')
})

test('bulk import merges the demo files and refuses the corrupt one with its reason', async () => {
  await page.goto('/#/department/import')
  await page.getByTestId('submission-input').setInputFiles([...submissionFiles, corruptFile])
  const plan = page.getByTestId('import-plan')
  await expect(plan).toBeVisible({ timeout: 60_000 })
  const corruptRow = page.getByTestId('plan-row-gim-submission_hong.json')
  await expect(corruptRow).toContainText('Bị từ chối')
  await expect(corruptRow).toContainText(/checksum|tổng kiểm/i)
  await expect(corruptRow.locator('input[type="checkbox"]')).toBeDisabled()
  await noSeriousAxeViolations(page, 'import plan')
  await page.getByTestId('import-commit').click()
  await expect(page.getByTestId('import-result')).toContainText(`${submissionFiles.length} tệp`, { timeout: 60_000 })
  // The log keeps who sent what: every file, the refused one included.
  await expect(page.locator('.department-import__log tbody tr')).toHaveCount(submissionFiles.length + 1)
  await noSeriousAxeViolations(page, 'import')
})

test('the dashboard shows the same counts as gim rollup, and the targets follow the policy', async () => {
  await page.goto('/#/dashboard')
  await setDate(page, AT)
  const numbers = page.locator(`[data-testid="big-numbers"][data-at="${AT}"][data-policy="hanoi-331-2021"]`)
  await expect(numbers).toBeVisible({ timeout: 30_000 })
  const counts = numbers.getByTestId('big-number-count')
  await expect(counts.nth(0)).toHaveText(`${expected.adoption.pilot.count} / ${expected.outlets} cơ quan`)
  await expect(counts.nth(1)).toHaveText(`${expected.adoption.official.count} / ${expected.outlets} cơ quan`)
  const targets = numbers.getByTestId('big-number-target')
  await expect(targets.nth(0)).toHaveText('Mục tiêu 80% đến 2025-12-31')
  await expect(targets.nth(1)).toHaveText('Mục tiêu 100% đến 2030-12-31')

  // The series chart is drawn (non-white pixels) and downloads as a PNG.
  const canvas = page.locator('figure canvas').first()
  await expect.poll(() => canvas.evaluate((c: HTMLCanvasElement) => {
    const ctx = c.getContext('2d')!
    const { data } = ctx.getImageData(0, 0, c.width, c.height)
    let ink = 0
    for (let i = 0; i < data.length; i += 4) if (data[i]! < 200 || data[i + 1]! < 200 || data[i + 2]! < 200) ink++
    return ink
  })).toBeGreaterThan(500)
  const png = await download(page, () => page.getByRole('button', { name: 'Tải ảnh PNG' }).first().click())
  expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  expect(png.bytes.length).toBeGreaterThan(10_000)

  await expect(page.getByTestId('behind-table').locator('tbody tr')).toHaveCount(expected.outlets - expected.adoption.official.count)
  const behind = await download(page, () => page.locator('#behind-title').locator('..').getByRole('button', { name: 'Xuất CSV' }).click())
  expect([...behind.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  expect(behind.bytes.toString('utf8')).toMatch(/Cần thêm \d+ tin bài|Chưa ghi nhận quyết định áp dụng/)
  await noSeriousAxeViolations(page, 'dashboard')

  await page.getByTestId('policy-select').selectOption('national-1790-2021')
  const national = page.locator(`[data-testid="big-numbers"][data-policy="national-1790-2021"]`)
  await expect(national).toBeVisible({ timeout: 30_000 })
  await expect(national.getByTestId('big-number-target').nth(0)).toHaveText('Mục tiêu 70% đến 2025-12-31')
  await expect(national.getByTestId('big-number-target').nth(1)).toHaveText('Mục tiêu 90% đến 2030-12-31')
  await page.getByTestId('policy-select').selectOption('hanoi-331-2021')
})

test('the comparison table sorts, filters, links to scorecards and exports CSV', async () => {
  await page.goto('/#/compare')
  await setDate(page, AT)
  const table = page.getByTestId('comparison-table')
  await expect(table.locator('tbody tr')).toHaveCount(expected.outlets, { timeout: 30_000 })
  await noSeriousAxeViolations(page, 'compare')

  // The bar and distribution charts draw, each with a data table behind it for screen readers.
  const figures = page.locator('.compare-page__charts figure')
  await expect(figures).toHaveCount(2)
  for (const i of [0, 1]) {
    await expect(figures.nth(i).locator('canvas')).toHaveAttribute('role', 'img')
    expect(await figures.nth(i).locator('table tbody tr').count()).toBeGreaterThan(0)
    await expect.poll(() => figures.nth(i).locator('canvas').evaluate((c: HTMLCanvasElement) => {
      const { data } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height)
      let ink = 0
      for (let k = 0; k < data.length; k += 4) if (data[k]! < 200) ink++
      return ink
    })).toBeGreaterThan(200)
  }

  const sourcesHeader = page.locator('[data-sort-key="sources.womenShare"]')
  await sourcesHeader.click()
  await expect(table.locator('th[aria-sort="descending"]')).toContainText('nguồn tin')
  const values = async () =>
    table.locator('tbody tr').evaluateAll((rows) =>
      rows.map((r) => r.querySelector('td[data-key="sources.womenShare"] .value')?.textContent?.trim() ?? ''),
    )
  const parse = (s: string) => (s === '–' ? null : Number(s.replace('%', '').replace(',', '.')))
  const desc = (await values()).map(parse)
  const numbers = desc.filter((v): v is number => v !== null)
  expect(numbers.length).toBeGreaterThan(3)
  expect(numbers).toEqual([...numbers].sort((a, b) => b - a))
  expect(desc.slice(numbers.length).every((v) => v === null)).toBe(true)
  await sourcesHeader.click()
  const asc = (await values()).map(parse).filter((v): v is number => v !== null)
  expect(asc).toEqual([...asc].sort((a, b) => a - b))

  await page.getByTestId('filter-kind').selectOption('radio')
  const kinds = await table.locator('tbody th .small').allTextContents()
  expect(kinds.length).toBeGreaterThan(0)
  expect(kinds.every((k) => k.trim() === 'Đài phát thanh')).toBe(true)
  await expect(page.getByTestId('compare-count')).toHaveText(`Đang hiện ${kinds.length} / ${expected.outlets} cơ quan`)
  await page.getByTestId('filter-kind').selectOption('')
  await page.getByTestId('filter-status').selectOption('official')
  await expect(table.locator('tbody tr')).toHaveCount(expected.adoption.official.count)
  await page.getByTestId('filter-status').selectOption('')
  await page.getByTestId('filter-search').fill('thu do sang')
  await expect(table.locator('tbody tr')).toHaveCount(1)
  await expect(table.locator('tbody a').first()).toHaveAttribute('href', /#\/scorecard\?outlet=[0-9a-f-]+/)

  const csv = await download(page, () => page.getByTestId('compare-export').click())
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  const text = csv.bytes.toString('utf8')
  expect(text).toContain('Báo Thủ đô Sáng')
  expect(text).toContain('Nữ trong số nguồn tin')

  // Click-through opens that outlet's scorecard, not the browser's own outlet.
  await table.locator('tbody a').first().click()
  await expect(page).toHaveURL(/#\/scorecard\?outlet=/)
  await expect(page.locator('main .muted').first()).toHaveText('Báo Thủ đô Sáng', { timeout: 30_000 })
  await page.goBack()
  await page.getByTestId('filter-search').fill('')
})

test('archiving an outlet takes it out of the denominator from its archive date on', async () => {
  await page.goto('/#/register')
  const row = page.getByTestId('register-table').locator('tbody tr').first()
  const name = (await row.locator('th').first().innerText()).split('\n')[0]!.trim()
  await row.getByRole('button', { name: `Lưu trữ: ${name}` }).click()
  await row.getByTestId('archive-date').fill('2026-01-01')
  await row.getByRole('button', { name: 'Xác nhận lưu trữ' }).click()
  await expect(page.getByTestId('register-count')).toHaveText(`${expected.outlets - 1} cơ quan đang hoạt động, 1 đã lưu trữ`)
  await page.getByTestId('register-show-archived').check()
  await expect(page.getByTestId('archived-note')).toHaveText('Lưu trữ từ 2026-01-01')

  await page.goto('/#/dashboard')
  await setDate(page, AT)
  await expect(page.locator(`[data-testid="big-numbers"][data-at="${AT}"]`).getByTestId('big-number-count').first()).toContainText(
    `/ ${expected.outlets - 1} cơ quan`,
    { timeout: 30_000 },
  )
  // Before the archive date the outlet still counts.
  await setDate(page, '2025-12-31')
  await expect(page.locator('[data-testid="big-numbers"][data-at="2025-12-31"]').getByTestId('big-number-count').first()).toContainText(
    `/ ${expected.outlets} cơ quan`,
    { timeout: 30_000 },
  )
})
