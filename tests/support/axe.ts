// axe-core in the end-to-end tests: issue 6 and the editor's journey ask for no serious or critical
// violation on any page; the message names the page and the first elements at fault.
import { expect, type Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'

export async function noSeriousAxeViolations(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze()
  const bad = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${where}: ${v.id} (${v.impact}) ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`)
  expect(bad, bad.join('\n')).toEqual([])
}
