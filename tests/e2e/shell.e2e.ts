import { expect, test } from '@playwright/test'

test('the app opens in Vietnamese and remembers a switch to English', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Chào mừng đến với GIM Index')
  await page.getByRole('button', { name: 'English' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome to GIM Index')
  await page.reload()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome to GIM Index')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
})
