import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { contentSecurityPolicy, withContentSecurityPolicy } from '../src/build/csp'

const page = (head: string, body = '') =>
  `<!doctype html><html><head><meta charset="UTF-8" />${head}</head><body>${body}</body></html>`

function sha(text: string): string {
  return `'sha256-${createHash('sha256').update(text).digest('base64')}'`
}

describe('build-time content security policy', () => {
  it('allows only the app’s own files when the page has no inline code', () => {
    const policy = contentSecurityPolicy(page('<script type="module" src="/assets/index.js"></script>'))
    expect(policy).toContain("script-src 'self';")
    expect(policy).toContain("style-src 'self';")
    expect(policy).toContain("object-src 'none'")
    expect(policy).toContain("base-uri 'none'")
    expect(policy).not.toMatch(/unsafe|sha256/)
  })

  it('adds the sha256 of each inline script and style, exactly as written', () => {
    const script = "window.x = 'ắ'"
    const style = 'body{color:red}'
    const policy = contentSecurityPolicy(page(`<script>${script}</script><style>${style}</style>`))
    expect(policy).toContain(`script-src 'self' ${sha(script)};`)
    expect(policy).toContain(`style-src 'self' ${sha(style)};`)
  })

  it('puts the meta tag right after <meta charset>, before anything it must guard', () => {
    const html = withContentSecurityPolicy(page('<script type="module" src="/a.js"></script>'))
    const meta = html.indexOf('http-equiv="Content-Security-Policy"')
    expect(meta).toBeGreaterThan(html.indexOf('<meta charset'))
    expect(meta).toBeLessThan(html.indexOf('<script'))
  })

  it('refuses inline event handlers and style attributes, which the policy would block', () => {
    expect(() => withContentSecurityPolicy(page('', '<img src="x.png" onerror="go()">'))).toThrow(/onerror/)
    expect(() => withContentSecurityPolicy(page('', '<div style="color:red"></div>'))).toThrow(/style/)
  })
})
