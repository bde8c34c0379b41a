// Security guards for end-to-end tests: record every CSP violation, dialog, uncaught page error
// and request to another origin, so a test can assert there were none.
import type { Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

export interface PageGuards {
  /** `directive blocked-uri source:line` for each securitypolicyviolation event, in every document. */
  cspViolations: string[]
  dialogs: string[]
  pageErrors: string[]
  /** Requests to any origin but the app's own (data: and blob: URLs are local and not counted). */
  foreignRequests: string[]
}

declare global {
  interface Window {
    __reportCspViolation?: (text: string) => void
  }
}

export async function guardPage(page: Page, origin: string): Promise<PageGuards> {
  const guards: PageGuards = { cspViolations: [], dialogs: [], pageErrors: [], foreignRequests: [] }
  // A binding survives reloads, so violations from every document of the page are kept.
  await page.exposeFunction('__reportCspViolation', (text: string) => guards.cspViolations.push(text))
  // Registered before any app script runs, in every navigation of this page.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__reportCspViolation?.(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`)
    })
  })
  page.on('dialog', (dialog) => {
    guards.dialogs.push(`${dialog.type()}: ${dialog.message()}`)
    void dialog.dismiss()
  })
  page.on('pageerror', (error) => guards.pageErrors.push(error.message))
  page.on('request', (request) => {
    const url = request.url()
    if (/^(data|blob):/.test(url)) return
    if (new URL(url).origin !== origin) guards.foreignRequests.push(url)
  })
  return guards
}

/** The router's static paths (no parameters, no catch-all), read from src/router.ts. */
export function staticRoutePaths(): string[] {
  const source = readFileSync(join(import.meta.dirname, '../../src/router.ts'), 'utf8')
  const paths = [...source.matchAll(/path:\s*['"]([^'"]*)['"]/g)].map((m) => m[1] ?? '')
  return [...new Set(paths.filter((p) => p.startsWith('/') && !p.includes(':') && !p.includes('*')))]
}
