// One language of a messages file (src/i18n/messages/<feature>.ts, `export const messages = { vi, en }`)
// when it is imported with `?locale=<code>`: the other languages' texts are cut out of the module,
// so the app's first chunk carries Vietnamese only and English is a chunk of its own, fetched when
// the user switches (src/i18n/index.ts). The files themselves keep both languages side by side.
import { parseAst, type Plugin } from 'vite'

const MESSAGES_FILE = /\/src\/i18n\/messages\/[^/?]+\.ts\?(?:[^#]*&)?locale=([a-z]{2})(?:&|$)/

interface Node {
  type: string
  start: number
  end: number
  [key: string]: unknown
}

/** The source with every top-level language of `messages` but `locale` removed. */
export function keepOneLocale(code: string, locale: string, file = 'messages file'): string {
  const program = parseAst(code, { lang: 'ts' }) as unknown as { body: Node[] }
  let object: Node | undefined
  for (const statement of program.body) {
    const declaration = statement.type === 'ExportNamedDeclaration' ? (statement.declaration as Node | null) : null
    for (const declarator of (declaration?.declarations as Node[] | undefined) ?? []) {
      const id = declarator.id as Node & { name?: string }
      let init = declarator.init as Node | null
      while (init && (init.type === 'TSAsExpression' || init.type === 'TSSatisfiesExpression')) init = init.expression as Node
      if (id.name === 'messages' && init?.type === 'ObjectExpression') object = init
    }
  }
  if (!object) throw new Error(`${file}: no \`export const messages = { … }\` object`)
  const properties = object.properties as (Node & { key?: Node & { name?: string; value?: unknown } })[]
  const keyOf = (p: (typeof properties)[number]) => String(p.key?.name ?? p.key?.value ?? '')
  if (!properties.some((p) => keyOf(p) === locale)) throw new Error(`${file}: no '${locale}' messages`)
  // Cut the others from the end backwards, each with the comma that follows it.
  let out = code
  for (const p of [...properties].reverse()) {
    if (keyOf(p) === locale) continue
    let end = p.end
    while (end < out.length && /\s/.test(out[end]!)) end += 1
    if (out[end] === ',') end += 1
    out = out.slice(0, p.start) + out.slice(end)
  }
  return out
}

export function messagesByLocalePlugin(): Plugin {
  return {
    name: 'gim:messages-by-locale',
    // Before TypeScript is stripped, on the file as written.
    enforce: 'pre',
    transform(code, id) {
      const match = MESSAGES_FILE.exec(id)
      if (!match) return null
      return { code: keepOneLocale(code, match[1]!, id.replace(/\?.*$/, '')), map: null }
    },
  }
}
