// Canonical JSON (RFC 8785, JCS) and SHA-256 through Web Crypto: the same bytes and hash in the
// browser, a Web Worker and Node 20, so any tool can verify a file's checksum.
//
// canonicalJson is a direct implementation rather than the `canonicalize` package: that package
// scans every string character by character in JavaScript, which made a 100,000-item import spend
// most of its time canonicalising. JCS is JSON.stringify's string and number forms with keys sorted
// by UTF-16 code units, so the native serialiser does the work here; tests check it against
// `canonicalize` (the reference) on the RFC's examples and on thousands of generated values.

const wellFormed: (s: string) => boolean =
  typeof (String.prototype as { isWellFormed?: unknown }).isWellFormed === 'function'
    ? (s) => (s as string & { isWellFormed(): boolean }).isWellFormed()
    : (s) => !/\p{Surrogate}/u.test(s.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, ''))

function serialize(value: unknown, out: string[], seen: Set<object>): void {
  if (value === null) {
    out.push('null')
    return
  }
  switch (typeof value) {
    case 'string':
      if (!wellFormed(value)) throw new Error('Lone surrogate is not allowed')
      out.push(JSON.stringify(value))
      return
    case 'number':
      if (!Number.isFinite(value)) throw new Error(`${value} is not allowed in JSON`)
      out.push(JSON.stringify(value))
      return
    case 'boolean':
      out.push(value ? 'true' : 'false')
      return
    case 'object':
      break
    default:
      throw new Error(`a ${typeof value} is not a JSON value`)
  }
  const obj = value as object
  if (seen.has(obj)) throw new Error('Circular reference detected')
  if (typeof (obj as { toJSON?: unknown }).toJSON === 'function') {
    seen.add(obj)
    serialize((obj as { toJSON: () => unknown }).toJSON(), out, seen)
    seen.delete(obj)
    return
  }
  seen.add(obj)
  if (Array.isArray(obj)) {
    out.push('[')
    for (let i = 0; i < obj.length; i++) {
      if (i > 0) out.push(',')
      const item: unknown = obj[i]
      serialize(item === undefined || typeof item === 'function' || typeof item === 'symbol' ? null : item, out, seen)
    }
    out.push(']')
  } else {
    const record = obj as Record<string, unknown>
    // Default sort compares UTF-16 code units, exactly what RFC 8785 §3.2.3 asks for.
    const keys = Object.keys(record).sort()
    out.push('{')
    let first = true
    for (const key of keys) {
      const v = record[key]
      if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue
      if (!first) out.push(',')
      first = false
      if (!wellFormed(key)) throw new Error('Lone surrogate is not allowed')
      out.push(JSON.stringify(key), ':')
      serialize(v, out, seen)
    }
    out.push('}')
  }
  seen.delete(obj)
}

const ARRAY_INDEX = /^(?:0|[1-9]\d{0,9})$/

/** Thrown inside sortedCopy when the fast path cannot represent a value exactly. */
const SLOW = Symbol('slow')

/**
 * A copy with every object's keys inserted in JCS order, so the native JSON.stringify writes the
 * canonical form. Objects with array-index-like keys ("10", "9") cannot keep that order (engines
 * list such keys numerically first), nor can toJSON or odd values: those take the slow path.
 */
function sortedCopy(value: unknown, depth: number): unknown {
  if (value === null) return null
  switch (typeof value) {
    case 'string':
      if (!wellFormed(value)) throw new Error('Lone surrogate is not allowed')
      return value
    case 'number':
      if (!Number.isFinite(value)) throw new Error(`${value} is not allowed in JSON`)
      return value
    case 'boolean':
      return value
    case 'object':
      break
    default:
      throw SLOW
  }
  if (depth > 1000) throw SLOW
  if (Array.isArray(value)) {
    const out = new Array<unknown>(value.length)
    for (let i = 0; i < value.length; i++) out[i] = sortedCopy(value[i], depth + 1)
    return out
  }
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') throw SLOW
  const record = value as Record<string, unknown>
  const keys = Object.keys(record).sort()
  const out: Record<string, unknown> = {}
  for (const key of keys) {
    if (ARRAY_INDEX.test(key) || key === '__proto__' || !wellFormed(key)) throw SLOW
    const v = record[key]
    if (v === undefined) continue
    out[key] = sortedCopy(v, depth + 1)
  }
  return out
}

/**
 * True when JSON.stringify(value) is already canonical: every object's keys in JCS order (our
 * writers emit them so), no index-like keys, only JSON values. Then no copy is needed.
 */
function alreadyCanonical(value: unknown, depth: number): boolean {
  if (value === null) return true
  switch (typeof value) {
    case 'string':
      return wellFormed(value)
    case 'number':
      return Number.isFinite(value)
    case 'boolean':
      return true
    case 'object':
      break
    default:
      return false
  }
  if (depth > 1000) return false
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (!alreadyCanonical(value[i], depth + 1)) return false
    return true
  }
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return false
  const record = value as Record<string, unknown>
  let previous: string | undefined
  for (const key in record) {
    if (!Object.prototype.hasOwnProperty.call(record, key)) return false
    if ((previous !== undefined && !(previous < key)) || ARRAY_INDEX.test(key) || !wellFormed(key)) return false
    previous = key
    const v = record[key]
    if (v === undefined || !alreadyCanonical(v, depth + 1)) return false
  }
  return true
}

/** The RFC 8785 canonical form of a JSON value (throws on NaN, Infinity, lone surrogates, cycles). */
export function canonicalJson(value: unknown): string {
  if (alreadyCanonical(value, 0)) return JSON.stringify(value)
  try {
    return JSON.stringify(sortedCopy(value, 0))
  } catch (error) {
    if (error !== SLOW) throw error
  }
  const out: string[] = []
  serialize(value, out, new Set())
  return out.join('')
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
