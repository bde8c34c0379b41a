// The built app carries a strict Content-Security-Policy, every page works under it (no violation
// reported), nothing is ever requested from another origin, and the policy really blocks inline
// scripts, inline <style> and eval (so the absence of violations means something).
import { expect, test, type Page } from '@playwright/test'
import { guardPage, staticRoutePaths } from '../support/pageGuards'

test.describe.configure({ timeout: 180_000 })

async function visitEveryPage(page: Page): Promise<string[]> {
  const visited: string[] = []
  for (const path of staticRoutePaths()) {
    await page.goto(`/#${path}`)
    await expect(page.locator('main h1').first()).toBeVisible()
    visited.push(path)
  }
  // Also follow every link of the main navigation by clicking, as a user would.
  const links = page.locator('header nav a')
  for (let i = 0; i < (await links.count()); i += 1) {
    await links.nth(i).click()
    await expect(page.locator('main h1').first()).toBeVisible()
    visited.push(`nav ${(await links.nth(i).getAttribute('href')) ?? ''}`)
  }
  await page.waitForLoadState('networkidle')
  return visited
}

test('every page renders under the CSP, with no violation and no request to another origin', async ({ page, baseURL }) => {
  const guards = await guardPage(page, new URL(baseURL!).origin)
  await page.goto('/')
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
  for (const directive of ["default-src 'self'", "script-src 'self'", "style-src 'self'", "connect-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'none'"]) {
    expect(policy).toContain(directive)
  }
  expect(policy).not.toMatch(/unsafe-(inline|eval)/)

  // Empty workspace first, then with the demo loaded (charts, scorecards and tables with data).
  const empty = await visitEveryPage(page)
  await page.goto('/')
  await page.getByRole('button', { name: 'Tải dữ liệu mẫu' }).click()
  await expect(page.getByText(/Đã tải dữ liệu mẫu/)).toBeVisible({ timeout: 60_000 })
  const withDemo = await visitEveryPage(page)
  // PDF export (pdfmake, its fonts, chart PNGs) under the policy too.
  for (const path of ['/scorecard', '/dashboard']) {
    await page.goto(`/#${path}`)
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 90_000 }), page.getByTestId('export-pdf').click()])
    expect(download.suggestedFilename()).toMatch(/\.pdf$/)
  }
  console.log(`csp: visited ${empty.length} pages empty and ${withDemo.length} with the demo: ${withDemo.join(', ')}`)
  expect(guards.cspViolations).toEqual([])
  expect(guards.pageErrors).toEqual([])
  expect(guards.foreignRequests).toEqual([])
  expect(guards.dialogs).toEqual([])
})

test('the policy blocks inline script, inline style and eval, and reports each', async ({ page, baseURL }) => {
  const guards = await guardPage(page, new URL(baseURL!).origin)
  await page.route('**/__eval-probe.js', (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      body: "try { new Function('return 1')(); window.__evalResult = 'ran' } catch (e) { window.__evalResult = e.name }",
    }),
  )
  await page.goto('/')
  await expect(page.locator('main h1').first()).toBeVisible()
  const outcome = await page.evaluate(async () => {
    const flags = window as unknown as Record<string, unknown>
    const script = document.createElement('script')
    script.textContent = 'window.__inlineRan = true'
    document.head.append(script)
    const style = document.createElement('style')
    style.textContent = 'body { background: rgb(1, 2, 3) }'
    document.head.append(style)
    // Code evaluated by the test driver is exempt from CSP, so eval is tried from a same-origin
    // script file (allowed by script-src 'self'), served by the route below.
    const probe = document.createElement('script')
    probe.src = '/__eval-probe.js'
    const loaded = new Promise((resolve) => probe.addEventListener('load', resolve))
    document.head.append(probe)
    await loaded
    await new Promise((resolve) => setTimeout(resolve, 100))
    return { inlineRan: flags.__inlineRan === true, background: getComputedStyle(document.body).backgroundColor, evalResult: flags.__evalResult }
  })
  expect(outcome.inlineRan).toBe(false)
  expect(outcome.background).not.toBe('rgb(1, 2, 3)')
  expect(outcome.evalResult).toBe('EvalError')
  await expect.poll(() => guards.cspViolations.map((v) => v.split(' ')[0])).toEqual(
    expect.arrayContaining(['script-src-elem', 'style-src-elem', 'script-src']),
  )
})
