// vue-i18n in Composition mode. Messages live beside each feature in src/i18n/messages/*.ts, each
// exporting `messages = { vi: {...}, en: {...} }`; they are merged here. Vietnamese is the default
// and the fallback; the user's choice is remembered in localStorage.
import { createI18n } from 'vue-i18n'
import type { Locale } from '@/domain/text'

type Tree = { [key: string]: string | Tree }
type Messages = Record<Locale, Tree>

const modules = import.meta.glob<{ messages: Messages }>('./messages/*.ts', { eager: true })

function merge(target: Tree, source: Tree): Tree {
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key]
    if (typeof value === 'object' && typeof existing === 'object') merge(existing, value)
    else target[key] = value
  }
  return target
}

export const messages: Messages = { vi: {}, en: {} }
for (const mod of Object.values(modules)) {
  merge(messages.vi, mod.messages.vi)
  merge(messages.en, mod.messages.en)
}

export const LOCALES: readonly Locale[] = ['vi', 'en']
const STORAGE_KEY = 'gim.locale'

export function savedLocale(): Locale {
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY)
    return value === 'en' ? 'en' : 'vi'
  } catch {
    return 'vi'
  }
}

export function rememberLocale(locale: Locale): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, locale)
  } catch {
    // Storage may be disabled (private windows): the switch still works for this visit.
  }
  if (typeof document !== 'undefined') document.documentElement.lang = locale
}

export function createAppI18n(locale: Locale = savedLocale()) {
  return createI18n({ legacy: false, locale, fallbackLocale: 'vi', messages })
}
