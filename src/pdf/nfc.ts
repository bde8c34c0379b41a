// Every string that reaches pdfmake in Unicode NFC: with decomposed input (NFD, as some keyboards
// and pasted text give) pdfmake draws empty boxes for Vietnamese marks.

/** A deep copy of `value` with every string normalised to NFC; functions return NFC too. */
export function nfcDeep<T>(value: T): T {
  return walk(value) as T
}

function walk(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFC')
  if (typeof value === 'function') {
    const fn = value as (...args: unknown[]) => unknown
    return (...args: unknown[]) => walk(fn(...args))
  }
  if (Array.isArray(value)) return value.map(walk)
  if (value !== null && typeof value === 'object' && !ArrayBuffer.isView(value)) {
    const out: Record<string, unknown> = {}
    // Table layouts are functions of numbers: left as they are (they run once per cell).
    for (const [k, v] of Object.entries(value)) out[k] = k === 'layout' ? v : walk(v)
    return out
  }
  return value
}
