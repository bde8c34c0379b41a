import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { MAX_URL_LENGTH, safeHttpUrl } from '@/domain/url'

describe('safeHttpUrl', () => {
  it('keeps http and https links, normalised', () => {
    expect(safeHttpUrl('https://vnexpress.net/bai-viet-1.html')).toBe('https://vnexpress.net/bai-viet-1.html')
    expect(safeHttpUrl('  HTTP://Example.COM ')).toBe('http://example.com/')
    expect(safeHttpUrl('https://báo.vn/tin?id=1#a')).toBe('https://xn--bo-mia.vn/tin?id=1#a')
  })

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0000javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://example.com/a',
    'blob:https://example.com/uuid',
    '//evil.example/path',
    '/relative/path',
    'example.com',
    'https://',
    'https://trusted.example@evil.example/',
    'https://user:pass@example.com/',
    '"><iframe srcdoc=x>',
    '',
  ])('rejects %j', (value) => {
    expect(safeHttpUrl(value)).toBeUndefined()
  })

  it('rejects values that are not strings, and over-long URLs', () => {
    for (const value of [undefined, null, 42, {}, ['https://a.vn'], new String('https://a.vn')]) {
      expect(safeHttpUrl(value)).toBeUndefined()
    }
    expect(safeHttpUrl(`https://a.vn/${'x'.repeat(MAX_URL_LENGTH)}`)).toBeUndefined()
  })

  it('never returns anything but an http(s) URL, whatever the input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webUrl(), fc.string().map((s) => `javascript:${s}`)), (value) => {
        const result = safeHttpUrl(value)
        if (result !== undefined) expect(result).toMatch(/^https?:\/\/[^/@\s]+/)
      }),
      { numRuns: 2000 },
    )
  })
})
