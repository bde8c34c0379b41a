// Build-time Content-Security-Policy for a static host: a <meta http-equiv> policy whose only
// script and style sources are the app's own files, plus the sha256 of any inline <script>/<style>
// left in index.html (ideally none). Vite's nonce placeholder needs a server that rewrites every
// response, which a static host cannot do, so the policy is hash-based.
// A meta policy cannot carry frame-ancestors, report-uri or sandbox (browsers ignore them there).
// Not applied by `vite dev`: hot reload injects inline code that this policy would block.
import { createHash } from 'node:crypto'
import type { Plugin } from 'vite'

/** The policy's fixed part; hashes of inline code are appended to script-src and style-src. */
export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  // data: and blob: for chart images (toBase64Image) and generated PDF/CSV downloads.
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
}

const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc\s*=)[^>]*>([\s\S]*?)<\/script>/gi
const INLINE_STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/gi
// Inline handlers and style attributes would need 'unsafe-hashes': refuse them at build time
// instead of shipping a page the policy silently breaks.
const FORBIDDEN_ATTRIBUTE = /<[a-z][^>]*\s(on[a-z]+|style)\s*=/i

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`
}

function hashesOf(html: string, pattern: RegExp): string[] {
  return [...html.matchAll(pattern)].map((m) => m[1] ?? '').filter((body) => body.length > 0).map(sha256)
}

/** The policy for this page: the fixed directives plus hashes of its inline scripts and styles. */
export function contentSecurityPolicy(html: string): string {
  const extra: Record<string, string[]> = {
    'script-src': hashesOf(html, INLINE_SCRIPT),
    'style-src': hashesOf(html, INLINE_STYLE),
  }
  return Object.entries(CSP_DIRECTIVES)
    .map(([name, sources]) => [name, ...sources, ...(extra[name] ?? [])].join(' '))
    .join('; ')
}

/** index.html with the policy as the first element after <meta charset> (it only guards what follows it). */
export function withContentSecurityPolicy(html: string): string {
  const offending = FORBIDDEN_ATTRIBUTE.exec(html)
  if (offending) throw new Error(`index.html has an inline ${offending[1]} attribute, which the CSP forbids`)
  if (/http-equiv=["']?Content-Security-Policy/i.test(html)) throw new Error('index.html already has a CSP meta tag')
  const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(html)}" />`
  const charset = /<meta\s+charset=[^>]*>/i.exec(html)
  if (!charset) throw new Error('index.html needs <meta charset> before the CSP can be placed')
  const at = charset.index + charset[0].length
  return `${html.slice(0, at)}\n    ${meta}${html.slice(at)}`
}

export function contentSecurityPolicyPlugin(): Plugin {
  return {
    name: 'gim-content-security-policy',
    apply: 'build',
    transformIndexHtml: { order: 'post', handler: withContentSecurityPolicy },
  }
}
