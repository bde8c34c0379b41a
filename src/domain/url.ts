// URLs from imported files and pasted text are untrusted: only http(s) links may become an href.
// `javascript:`, `data:`, `vbscript:`, `file:` and relative URLs would run code, show attacker
// content under the app's origin, or point somewhere unexpected.

/** Longest URL accepted; longer values are treated as not a link (and shown as text). */
export const MAX_URL_LENGTH = 2048

/**
 * The value as a normalised absolute http(s) URL, or undefined when it is anything else (wrong
 * scheme, relative, malformed, embedded credentials, too long). Bind the result, never the input:
 * `<a v-if="href" :href="href" target="_blank" rel="noopener noreferrer">`.
 */
export function safeHttpUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined
  const text = value.trim()
  if (text.length === 0 || text.length > MAX_URL_LENGTH) return undefined
  let url: URL
  try {
    // No base: a relative URL throws instead of resolving against the app's own origin.
    url = new URL(text)
  } catch {
    return undefined
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined
  if (url.hostname === '') return undefined
  // "https://trusted.example@evil.example" reads as the first host but opens the second.
  if (url.username !== '' || url.password !== '') return undefined
  return url.href
}
