// Canonical JSON (RFC 8785, JCS) and SHA-256 through Web Crypto: the same bytes and hash in the
// browser, a Web Worker and Node 20, so any tool can verify a file's checksum.
import canonicalize from 'canonicalize'

/** The RFC 8785 canonical form of a JSON value (throws on NaN, Infinity, lone surrogates, cycles). */
export function canonicalJson(value: unknown): string {
  const text = canonicalize(value)
  if (text === undefined) throw new Error('not a JSON value')
  return text
}

/** Lower-case hex SHA-256 of the UTF-8 bytes of a text. */
export async function sha256Hex(text: string): Promise<string> {
  const bytes = new TextEncoder().encode(text)
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes)
  const view = new Uint8Array(digest)
  let hex = ''
  for (let i = 0; i < view.length; i++) hex += view[i]!.toString(16).padStart(2, '0')
  return hex
}

/** The checksum of a submission payload or backup data: hex SHA-256 of its JCS form. */
export async function payloadChecksum(payload: unknown): Promise<string> {
  return sha256Hex(canonicalJson(payload))
}
