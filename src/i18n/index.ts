// vue-i18n in Composition mode. Messages live beside each feature in src/i18n/messages/*.ts, each
// exporting `messages = { vi: {...}, en: {...} }`; they are merged here. Vietnamese is the default
// and the fallback, and the only language in the app's first chunk: each file is imported with
// `?locale=vi` (src/build/messagesByLocale.ts cuts the other language out), and English, the
// other half of the messages (some 40 KB), is a chunk of its own loaded when it is first chosen
// (loadLocaleMessages). The user's choice is remembered in localStorage.
import { createI18n, type Composer } from 'vue-i18n'
import type { Locale } from '@/domain/text'
import { merge, type Tree } from './tree'

type Messages = Record<Locale, Tree>

const vietnamese = import.meta.glob<{ messages: { vi: Tree } }>('./messages/*.ts', { eager: true, query: { locale: 'vi' } })

/** Every language's messages; a language other than Vietnamese is empty until loadLocaleMessages. */
export const messages: Messages = { vi: {}, en: {} }
for (const mod of Object.values(vietnamese)) merge(messages.vi, mod.messages.vi)

const loaders: Record<Exclude<Locale, 'vi'>, () => Promise<Tree>> = {
  en: () => import('./english').then((m) => m.english),
}
const loaded = new Map<Locale, Promise<void>>([['vi', Promise.resolve()]])

/** Loads a language's messages into `messages` (once; Vietnamese is always there). */
export function loadLocaleMessages(locale: Locale): Promise<void> {
  let done = loaded.get(locale)
  if (!done) {
    done = loaders[locale as Exclude<Locale, 'vi'>]().then((tree) => {
      merge(messages[locale], tree)
    })
    // A failed load (offline without the chunk) may be tried again.
    done.catch(() => loaded.delete(locale))
    loaded.set(locale, done)
  }
  return done
}

/** Shows the app in `locale`, loading its messages first if this is the first time it is chosen. */
export async function showLocale(i18n: Pick<Composer, 'locale' | 'availableLocales' | 'setLocaleMessage'>, locale: Locale): Promise<void> {
  await loadLocaleMessages(locale)
  if (!i18n.availableLocales.includes(locale)) i18n.setLocaleMessage(locale, runtimeTree(locale) as unknown as Tree)
  i18n.locale.value = locale
  rememberLocale(locale)
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

/**
 * The app's i18n, showing `locale`, whose messages must have been loaded (loadLocaleMessages):
 * until then the texts are the Vietnamese fallback's.
 */
export function createAppI18n(locale: Locale = savedLocale()) {
  // The language shown and the fallback; another language loaded already is parsed as before.
  const runtime = Object.fromEntries(
    LOCALES.filter((l) => l === 'vi' || Object.keys(messages[l]).length > 0).map((l) => [l, l === locale || l === 'vi' ? runtimeTree(l) : messages[l]]),
  ) as unknown as Messages
  return createI18n({ legacy: false, locale, fallbackLocale: 'vi', messages: runtime })
}
