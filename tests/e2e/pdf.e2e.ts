// PDF export in real Chromium: load the demo workspace, open the scorecard, click "Xuất PDF", catch
// the download and read it back with poppler (Vietnamese text exact, the page's figures, pages not
// blank, the chart embedded as an image, under 300 KB); the same for the department report from
// the dashboard. pdfmake must not be fetched before the user exports.
import { expect, test, type Page } from '@playwright/test'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pageInk, pdfImageCount, pdfPages, pdfText } from '../pdf/poppler'

test.describe.configure({ timeout: 180_000 })

let dir = ''

async function downloadPdf(page: Page, name: string): Promise<{ file: string; size: number; suggested: string }> {
  const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('export-pdf').click()])
  const bytes = readFileSync(await dl.path())
  const file = join(dir, name)
  writeFileSync(file, bytes)
  return { file, size: bytes.length, suggested: dl.suggestedFilename() }
}

const flat = (s: string) => s.replace(/[ \u00a0\u202f]+/g, ' ').trim()

test('scorecard and department report PDFs exported from the demo workspace read back exactly', async ({ page }) => {
  dir = mkdtempSync(join(tmpdir(), 'gim-pdf-e2e-'))
  const pdfRequests: string[] = []
  page.on('request', (r) => {
    if (/pdfmake|Roboto-.*\.ttf|exportBrowser/i.test(r.url())) pdfRequests.push(r.url())
  })
  await page.goto('/')
  await page.getByRole('button', { name: 'Tải dữ liệu mẫu' }).click()
  await expect(page.getByText(/Đã tải dữ liệu mẫu: \d+ cơ quan/)).toBeVisible({ timeout: 90_000 })

  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Bảng điểm' }).click()
  await expect(page.getByText(/Mẫu: \d+ tin bài/)).toBeVisible({ timeout: 30_000 })
  const outletName = flat(await page.locator('.scorecard-view > p.muted').first().innerText())
  const sampleLine = flat(await page.getByText(/Mẫu: \d+ tin bài/).innerText())
  const items = /Mẫu: ([\d.]+) tin bài/.exec(sampleLine)![1]!
  const level = flat(await page.locator('.adoption-checklist-level').innerText())
  // Nothing of the PDF code or its fonts is loaded before the user asks for a PDF.
  expect(pdfRequests, pdfRequests.join('\n')).toEqual([])

  const sc = await downloadPdf(page, 'scorecard.pdf')
  await expect(page.getByTestId('export-pdf-status')).toContainText('Đã tạo tệp PDF')
  expect(sc.suggested).toMatch(/^bang-diem-.*\.pdf$/)
  expect(pdfRequests.some((u) => /\.ttf/.test(u))).toBe(true)
  const text = pdfText(sc.file).flat
  expect(text).toContain('Bảng điểm Bộ chỉ số GSIM về bình đẳng giới trong truyền thông')
  expect(text).toContain(outletName)
  expect(text).toContain('Trạng thái áp dụng theo Kế hoạch')
  expect(text).toContain(`Mức hiện tại: ${level}`)
  expect(text).toContain(`Mẫu: ${items} tin bài`)
  expect(text).toContain('Đặc biệt lưu ý: GSIM')
  expect(text).toMatch(/Trang 1\/\d/)
  expect(text).toMatch(/GIM Index \d+\.\d+\.\d+/)
  const pages = pdfPages(sc.file)
  expect(pages).toBeGreaterThanOrEqual(2)
  expect(pages).toBeLessThanOrEqual(12)
  for (const ink of pageInk(sc.file)) expect(ink).toBeGreaterThan(0.002)
  // The trend chart is the chart.js PNG drawn in the page, not the vector fallback.
  expect(pdfImageCount(sc.file)).toBe(1)
  expect(sc.size).toBeLessThan(300 * 1024)
  console.log(`pdf e2e: scorecard ${(sc.size / 1024).toFixed(1)} KB, ${pages} pages`)

  // The browser's own print of the scorecard: no navigation or buttons, the charts kept.
  await page.emulateMedia({ media: 'print' })
  await expect(page.getByTestId('export-pdf')).toBeHidden()
  await expect(page.getByRole('navigation', { name: 'Điều hướng chính' })).toBeHidden()
  await expect(page.locator('canvas').first()).toBeVisible()
  await page.emulateMedia({ media: 'screen' })

  await page.goto('/#/dashboard')
  await expect(page.getByTestId('big-numbers')).toBeVisible({ timeout: 60_000 })
  const pilotShare = flat(await page.getByTestId('big-number-pilot').getByTestId('big-number-share').innerText())
  const pilotCount = /^(\d+)/.exec(flat(await page.getByTestId('big-number-pilot').getByTestId('big-number-count').innerText()))![1]!
  const report = await downloadPdf(page, 'report.pdf')
  expect(report.suggested).toMatch(/^bao-cao-ap-dung-.*\.pdf$/)
  const rt = pdfText(report.file).flat
  expect(rt).toContain('Báo cáo áp dụng Bộ chỉ số GSIM của các cơ quan báo chí')
  expect(rt).toContain(`Thí điểm ${pilotCount} ${pilotShare}`)
  expect(rt).toContain('Trạng thái của từng cơ quan')
  expect(rt).toContain('Những điều còn thiếu cho mức tiếp theo')
  expect(rt).toContain('Bảng so sánh các chỉ báo chính')
  expect(rt).toContain(outletName)
  for (const ink of pageInk(report.file)) expect(ink).toBeGreaterThan(0.002)
  expect(pdfImageCount(report.file)).toBe(1)
  console.log(`pdf e2e: department report ${(report.size / 1024).toFixed(1)} KB, ${pdfPages(report.file)} pages`)
})
