import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import canonicalize from 'canonicalize'
import { canonicalJson, payloadChecksum, sha256Hex } from '@/platform/checksum'

describe('canonicalJson (RFC 8785)', () => {
  it('gives the RFC 8785 §3.2.2 example output exactly', () => {
    const input = JSON.parse(
      '{"numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],' +
        ' "string": "\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/", "literals": [null, true, false]}',
    )
    expect(canonicalJson(input)).toBe(
      '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}',
    )
  })

  it('sorts keys by UTF-16 code units (RFC 8785 §3.2.3)', () => {
    const input = { '\u20ac': 'Euro Sign', '\r': 'Carriage Return', '\ufb33': 'Hebrew Letter Dalet With Dagesh', '1': 'One', '\ud83d\ude00': 'Emoji: Grinning Face', '\u0080': 'Control', '\u00f6': 'Latin Small Letter O With Diaeresis' }
    const order = Object.keys(JSON.parse(canonicalJson(input)) as object)
    // JSON.parse re-sorts integer-like keys, so compare the raw text instead.
    expect(order).toContain('1')
    const text = canonicalJson(input)
    const positions = ['\r', '1', '\u0080', '\u00f6', '\u20ac', '\ud83d\ude00', '\ufb33'].map((k) => text.indexOf(JSON.stringify(k)))
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)
  })

  it('refuses values JSON cannot carry', () => {
    expect(() => canonicalJson({ a: Number.NaN })).toThrow()
    expect(() => canonicalJson({ a: Infinity })).toThrow()
  })
})

describe('sha256Hex', () => {
  it('matches the FIPS 180-2 "abc" vector', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
  })

  it('hashes UTF-8 bytes (Vietnamese)', async () => {
    // printf 'Bình đẳng giới' | sha256sum
    expect(await sha256Hex('Bình đẳng giới'.normalize('NFC'))).toBe('07c77f611f0cf394479ce1ea8f1514ae0e4cb6ef994feb2aed44c16f9137d9bc')
    expect(await sha256Hex('Bình đẳng giới')).not.toBe(await sha256Hex('Bình đẳng giới'.normalize('NFD')))
  })

  it('payloadChecksum does not depend on key order', async () => {
    expect(await payloadChecksum({ a: 1, b: [1, 2] })).toBe(await payloadChecksum({ b: [1, 2], a: 1 }))
    expect(await payloadChecksum({ a: 1 })).not.toBe(await payloadChecksum({ a: 2 }))
  })
})

describe('canonicalJson agrees with the reference implementation (canonicalize)', () => {
  it('on thousands of generated JSON values, dangerous keys and index-like keys included', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.jsonValue(),
          fc.dictionary(fc.oneof(fc.constantFrom('__proto__', 'constructor', '10', '9', '0', '01', 'a', 'A', 'é', '\u20ac', '\ud83d\ude00'), fc.string()), fc.jsonValue({ maxDepth: 2 })),
        ),
        (value) => {
          expect(canonicalJson(value)).toBe(canonicalize(value))
        },
      ),
      { numRuns: 2000 },
    )
  })

  it('on a parsed object carrying an own __proto__ key, and on already-sorted input', () => {
    const parsed = JSON.parse('{"b":1,"__proto__":{"x":[1,"2"]},"a":{"d":null,"c":true}}') as unknown
    expect(canonicalJson(parsed)).toBe(canonicalize(parsed))
    expect(canonicalJson(parsed)).toBe('{"__proto__":{"x":[1,"2"]},"a":{"c":true,"d":null},"b":1}')
    const sorted = { a: 1, b: { c: 'x', d: [{ e: 1.5e-7 }] } }
    expect(canonicalJson(sorted)).toBe(canonicalize(sorted))
  })

  it('refuses lone surrogates like the reference', () => {
    expect(() => canonicalJson({ a: '\ud800' })).toThrow()
    expect(() => canonicalJson({ ['\udc00']: 1 })).toThrow()
  })
})
