// The build keeps one language of each messages file (src/build/messagesByLocale.ts): what is left
// must still be the file's `messages` export, with that language only and its texts untouched.
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseAst } from 'vite'
import { keepOneLocale } from '../../src/build/messagesByLocale'

const dir = new URL('../../src/i18n/messages/', import.meta.url)
const files = readdirSync(dir).filter((f) => f.endsWith('.ts'))

/** The top-level language keys of `export const messages = {…}` in a module's source. */
function languagesOf(code: string): string[] {
  const program = parseAst(code, { lang: 'ts' }) as unknown as { body: { declaration?: { declarations?: { init: { properties: { key: { name: string } }[] } }[] } }[] }
  const init = program.body.flatMap((s) => s.declaration?.declarations ?? [])[0]!.init
  return init.properties.map((p) => p.key.name)
}

describe('messages by locale', () => {
  it('finds the messages files', () => expect(files.length).toBeGreaterThan(5))

  for (const file of files) {
    it(`keeps only the asked language of ${file}`, () => {
      const code = readFileSync(new URL(file, dir), 'utf8')
      expect(languagesOf(code)).toEqual(['vi', 'en'])
      const vi = keepOneLocale(code, 'vi')
      const en = keepOneLocale(code, 'en')
      expect(languagesOf(vi)).toEqual(['vi'])
      expect(languagesOf(en)).toEqual(['en'])
      // Each language's block is kept character for character.
      expect(vi.length + en.length).toBeGreaterThan(code.length)
    })
  }

  it('cuts a language written first or last, with or without a trailing comma', () => {
    const code = "const x = 1\nexport const messages = {\n  en: { a: 'A', b: { c: 'C' } },\n  vi: { a: 'Ả', b: { c: 'Ç' } }\n} as const\n"
    const squeeze = (s: string) => s.replace(/\s+/g, ' ')
    expect(squeeze(keepOneLocale(code, 'vi'))).toBe("const x = 1 export const messages = { vi: { a: 'Ả', b: { c: 'Ç' } } } as const ")
    expect(squeeze(keepOneLocale(code, 'en'))).toBe("const x = 1 export const messages = { en: { a: 'A', b: { c: 'C' } }, } as const ")
  })

  it('refuses a file without the language or without a messages object', () => {
    expect(() => keepOneLocale("export const messages = { vi: {} }", 'en', 'x.ts')).toThrow("x.ts: no 'en' messages")
    expect(() => keepOneLocale('export const other = {}', 'vi', 'y.ts')).toThrow('y.ts: no `export const messages')
  })
})
