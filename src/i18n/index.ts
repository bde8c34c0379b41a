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

type RuntimeTree = { [key: string]: string | (() => string) | RuntimeTree }

/** The message syntax of vue-i18n: placeholders, literals, plurals and links. */
const SYNTAX = /[{}@|]/

/**
 * Messages without any syntax (most of them) handed over as message functions, which vue-i18n
 * calls as they are: it parses every other message on its first use, and parsing the first
 * screen's plain texts took some 40 ms of the app's first render. The others are parsed as before.
 */
function plainAsFunctions(tree: Tree): RuntimeTree {
  const out: RuntimeTree = {}
  for (const [key, value] of Object.entries(tree))
    out[key] = typeof value === 'string' ? (SYNTAX.test(value) ? value : () => value) : plainAsFunctions(value)
  return out
}

const runtimeTrees = new Map<Locale, RuntimeTree>()
/** One function per message (vue-i18n stamps each with its locale and key), made once per locale. */
function runtimeTree(locale: Locale): RuntimeTree {
  let tree = runtimeTrees.get(locale)
  if (!tree) runtimeTrees.set(locale, (tree = plainAsFunctions(messages[locale])))
  return tree
}

export function createAppI18n(locale: Locale = savedLocale()) {
  // The language shown and the fallback; another language chosen later is parsed as before.
  const runtime = Object.fromEntries(LOCALES.map((l) => [l, l === locale || l === 'vi' ? runtimeTree(l) : messages[l]])) as unknown as Messages
  return createI18n({ legacy: false, locale, fallbackLocale: 'vi', messages: runtime })
}
