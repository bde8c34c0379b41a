// Every user-facing string exists in Vietnamese and English, with the same placeholders, in NFC.
import { describe, expect, it } from 'vitest'
import { loadLocaleMessages, messages } from '@/i18n'

// English is a chunk of its own in the app, loaded when chosen.
await loadLocaleMessages('en')

type Tree = { [key: string]: string | Tree }

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>()
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') out.set(path, value)
    else for (const [k, v] of flatten(value, path)) out.set(k, v)
  }
  return out
}

const vi = flatten(messages.vi)
const en = flatten(messages.en)
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

describe('i18n messages', () => {
  it('has the same keys in Vietnamese and English', () => {
    expect([...vi.keys()].filter((k) => !en.has(k))).toEqual([])
    expect([...en.keys()].filter((k) => !vi.has(k))).toEqual([])
    expect(vi.size).toBeGreaterThan(5)
  })

  it('uses the same placeholders in both languages', () => {
    const mismatched = [...vi].filter(([k, v]) => JSON.stringify(placeholders(v)) !== JSON.stringify(placeholders(en.get(k) ?? '')))
    expect(mismatched.map(([k]) => k)).toEqual([])
  })

  it('stores Vietnamese in NFC and leaves no string empty', () => {
    expect([...vi].filter(([, v]) => v !== v.normalize('NFC') || v.trim() === '').map(([k]) => k)).toEqual([])
    expect([...en].filter(([, v]) => v.trim() === '').map(([k]) => k)).toEqual([])
  })
})
