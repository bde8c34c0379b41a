// The English messages of every feature, merged: a chunk of its own, loaded by src/i18n/index.ts
// (loadLocaleMessages) when English is first chosen; the app's first chunk carries Vietnamese only.
import { merge, type Tree } from './tree'

const modules = import.meta.glob<{ messages: { en: Tree } }>('./messages/*.ts', { eager: true, query: { locale: 'en' } })

export const english: Tree = {}
for (const mod of Object.values(modules)) merge(english, mod.messages.en)
