// Offline use after one visit, through the service worker; and the proof that it is the service
// worker doing it: with service workers blocked, the same offline reload fails.
import { expect, test, type Page } from '@playwright/test'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { readCatalogue } from '../../src/cli/files'
import { latestRubric } from '../../src/domain/catalogue'
import { demoOutletFiles, generateDemoWorkspace } from '../../src/domain/demo'
import { payloadChecksum } from '../../src/platform/checksum'

/** One outlet's submission file from the demo workspace (valid, with its checksum). */
async function demoSubmission(): Promise<{ fileName: string; text: string }> {
  const { catalogue } = await readCatalogue('rubrics')
  const rubric = latestRubric(catalogue, 'vn-gsim')!
  const ws = generateDemoWorkspace({ seed: 3, rubric, scale: 0.02 })
  const { files } = await demoOutletFiles(ws, { app: { name: 'GIM Index', version: '0.0.0-offline' }, checksum: payloadChecksum })
  return files[0]!
}

async function visitUntilControlled(page: Page): Promise<void> {
  await page.goto('/')
  await expect(page.locator('main h1').first()).toBeVisible()
  // ready = installed (the whole precache fetched) and active; the reload puts the page under it.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
  })
  await page.reload()
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true)
}

test.describe('with the service worker', () => {
  test('after one visit the app opens offline and every main page works', async ({ page, context }) => {
    await visitUntilControlled(page)
    await context.setOffline(true)
    expect(await page.evaluate(() => navigator.onLine)).toBe(false)
    await page.reload()
    await expect(page.locator('main h1').first()).toBeVisible()

    // Each page of the main navigation, lazy chunks included, comes from the precache.
    const links = page.locator('header nav a')
    const count = await links.count()
    expect(count).toBeGreaterThan(0)
    for (let i = 0; i < count; i += 1) {
      await links.nth(i).click()
      await expect(page.locator('main h1').first()).toBeVisible()
    }
    // A cold start on a deep link works too (navigation fallback to the cached index.html).
    const href = await links.last().getAttribute('href')
    await page.goto(`/${href ?? ''}`)
    await expect(page.locator('main h1').first()).toBeVisible()
  })

  test('offline, an editor starts an assessment and the department imports a submission file', async ({ page, context }) => {
    await visitUntilControlled(page)
    await context.setOffline(true)
    await page.reload()

    // Assess: create the outlet and type into its profile; the answer survives an offline reload.
    await page.getByRole('button', { name: 'Bắt đầu với cơ quan của tôi' }).click()
    await page.getByLabel('Tên cơ quan').fill('Báo Ngoại Tuyến')
    await expect(page.locator('.save-status').first()).toHaveText(/Đã lưu/, { timeout: 10_000 })
    await page.reload()
    await expect(page.getByLabel('Tên cơ quan')).toHaveValue('Báo Ngoại Tuyến')
    await page.goto('/#/assessment')
    await page.getByRole('button', { name: 'Tạo kỳ đánh giá mới' }).click()
    const yes = page.locator('.question-field input[value="yes"]').first()
    await yes.check()
    await expect(page.locator('.save-status').first()).toHaveText(/Đã lưu/, { timeout: 10_000 })
    await page.reload()
    await expect(page.locator('.question-field input[value="yes"]').first()).toBeChecked()

    // Import: a department reads an outlet's submission file with the network off.
    const file = await demoSubmission()
    await page.goto('/#/department/import')
    await page.getByTestId('submission-input').setInputFiles({ name: file.fileName, mimeType: 'application/json', buffer: Buffer.from(file.text) })
    await expect(page.getByTestId(`plan-row-${file.fileName}`)).toBeVisible({ timeout: 30_000 })
    await page.getByTestId('import-commit').click()
    await expect(page.getByTestId('import-result')).toBeVisible({ timeout: 30_000 })
    await page.goto('/#/dashboard')
    await expect(page.locator('main h1').first()).toBeVisible()
    expect(await page.evaluate(() => navigator.onLine)).toBe(false)
  })

  test('offline, the demo workspace loads and the scorecard exports as a PDF (library and fonts precached)', async ({ page, context }) => {
    await visitUntilControlled(page)
    await context.setOffline(true)
    await page.reload()
    await page.getByRole('button', { name: 'Tải dữ liệu mẫu' }).click()
    await expect(page.getByText(/Đã tải dữ liệu mẫu: \d+ cơ quan/)).toBeVisible({ timeout: 90_000 })
    await page.goto('/#/scorecard')
    await expect(page.getByText(/Mẫu: \d+ tin bài/)).toBeVisible({ timeout: 30_000 })
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('export-pdf').click()])
    const path = await download.path()
    const bytes = readFileSync(path)
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    expect(bytes.length).toBeGreaterThan(10_000)
    expect(await page.evaluate(() => navigator.onLine)).toBe(false)
  })

  test('a new version is offered, and the page is not reloaded until the user asks', async ({ page, baseURL }) => {
    await visitUntilControlled(page)
    // Deploy a byte-different service worker into the folder vite preview serves (it reads files
    // on every request): the browser installs it and, with registerType 'prompt', keeps it waiting.
    const swPath = join(process.cwd(), `.e2e/dist-${new URL(baseURL!).port}`, 'sw.js')
    const original = readFileSync(swPath, 'utf8')
    writeFileSync(swPath, `${original}\n// next version\n`)
    try {
      await offerUpdate(page)
    } finally {
      writeFileSync(swPath, original)
    }
  })
})

async function offerUpdate(page: Page): Promise<void> {
  await page.evaluate(() => {
    ;(window as unknown as Record<string, unknown>).__samePage = true
  })
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration()
    await registration?.update()
  })
  const prompt = page.getByTestId('update-available')
  await expect(prompt).toBeVisible()
  await expect(prompt).toContainText('Có phiên bản mới')
  // Nothing was forced: still the same document.
  expect(await page.evaluate(() => (window as unknown as Record<string, unknown>).__samePage)).toBe(true)

  await prompt.getByRole('button', { name: 'Tải lại' }).click()
  // While the page reloads its context is gone for a moment: count that as "not yet".
  await expect
    .poll(() => page.evaluate(() => (window as unknown as Record<string, unknown>).__samePage ?? false).catch(() => 'reloading'))
    .toBe(false)
  await expect(page.locator('main h1').first()).toBeVisible()
}

test.describe('with service workers blocked', () => {
  test.use({ serviceWorkers: 'block' })

  test('the same offline reload fails, so the test above really tests the service worker', async ({ page, context }) => {
    await page.goto('/')
    await expect(page.locator('main h1').first()).toBeVisible()
    await page.reload()
    await context.setOffline(true)
    await expect(page.reload()).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/)
  })
})
