// The app's i18n hands plain messages to vue-i18n as functions (no runtime parse): every message
// must still read exactly as vue-i18n renders the stored text, with or without values given.
import { describe, expect, it } from 'vitest'
import { createI18n } from 'vue-i18n'
import { createAppI18n, loadLocaleMessages, messages } from '@/i18n'

// English is a chunk of its own in the app, loaded when chosen.
await loadLocaleMessages('en')

type Tree = { [key: string]: string | Tree }

function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key
    return typeof value === 'string' ? [path] : keys(value, path)
  })
}

describe('app i18n', () => {
  const all = keys(messages.vi)
  const values = { count: 3, n: 7, name: 'Báo Hà Nội', year: 2025, at: '2025-12-31', level: 'thí điểm', share: '40 %', file: 'a.csv', why: 'x' }

  for (const locale of ['vi', 'en'] as const) {
    it(`renders every ${locale} message as vue-i18n renders its stored text`, () => {
      const app = createAppI18n(locale).global
      const reference = createI18n({ legacy: false, locale, fallbackLocale: 'vi', messages }).global
      const differing = all.filter((key) => app.t(key) !== reference.t(key) || app.t(key, values) !== reference.t(key, values) || app.t(key, 2) !== reference.t(key, 2))
      expect(differing).toEqual([])
      expect(all.length).toBeGreaterThan(100)
      // Both kinds are really there: plain texts and texts with placeholders.
      const stored = (key: string) => key.split('.').reduce<string | Tree>((tree, k) => (tree as Tree)[k]!, messages[locale]) as string
      expect(all.filter((key) => /[{}@|]/.test(stored(key))).length).toBeGreaterThan(10)
      expect(all.filter((key) => !/[{}@|]/.test(stored(key))).length).toBeGreaterThan(100)
    })
  }
})
