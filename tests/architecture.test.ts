// The one layering rule, checked: src/domain imports nothing but itself, and Dexie, chart.js and
// the PDF library each stay behind their one adapter folder.
import { describe, expect, it } from 'vitest'
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')
const src = join(root, 'src')

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return filesUnder(path)
    return /\.(ts|vue)$/.test(entry.name) ? [path] : []
  })
}

const IMPORT = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g

export function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8')
  return [...text.matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? m[3] ?? '')
}

function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1')
}

/** The folders an import may reach, for each folder whose imports are restricted. */
function violations(folder: string, allowed: (spec: string, file: string) => boolean): string[] {
  return filesUnder(join(src, folder)).flatMap((file) =>
    importsOf(file)
      .filter((spec) => !allowed(spec, file))
      .map((spec) => `${relative(root, file)} imports '${spec}'`),
  )
}

function staysInside(folder: string, spec: string, file: string): boolean {
  if (spec.startsWith('@/')) return spec.startsWith(`@/${folder}/`)
  if (spec.startsWith('.')) return resolve(dirname(file), spec).startsWith(join(src, folder))
  return false
}

describe('architecture', () => {
  it('src/domain imports nothing outside itself', () => {
    expect(violations('domain', (spec, file) => staysInside('domain', spec, file))).toEqual([])
  })

  it('src/domain uses no clock, random ids or DOM globals', () => {
    // Comments are left out, and `x.window.start` is a property, not the global.
    const GLOBALS = /(?<![.\w])(Date\.now\(|new Date\(\)|Math\.random\(|crypto\.|window\.|document\.|localStorage|indexedDB)/
    const offenders = filesUnder(join(src, 'domain')).filter((file) => GLOBALS.test(withoutComments(readFileSync(file, 'utf8'))))
    expect(offenders.map((f) => relative(root, f))).toEqual([])
    expect(GLOBALS.test(withoutComments('// window.\nconst a = item.window.start'))).toBe(false)
    expect(GLOBALS.test(withoutComments('const now = Date.now()'))).toBe(true)
  })

  it('only src/db imports dexie', () => {
    const outside = filesUnder(src).filter(
      (file) => !file.startsWith(join(src, 'db')) && importsOf(file).some((s) => s === 'dexie' || s.startsWith('dexie/')),
    )
    expect(outside.map((f) => relative(root, f))).toEqual([])
  })

  it('only src/charts imports chart.js, and only src/pdf imports the PDF library', () => {
    const misplaced = filesUnder(src).flatMap((file) =>
      importsOf(file)
        .filter(
          (spec) =>
            (/^(chart\.js|vue-chartjs)/.test(spec) && !file.startsWith(join(src, 'charts'))) ||
            (/^pdfmake/.test(spec) && !file.startsWith(join(src, 'pdf'))),
        )
        .map((spec) => `${relative(root, file)} imports '${spec}'`),
    )
    expect(misplaced).toEqual([])
  })

  it('components stay presentational: no stores, db or router', () => {
    const bad = violations('components', (spec) => !/^@\/(stores|db|views)\/|^vue-router$|^pinia$/.test(spec))
    expect(bad).toEqual([])
  })

  it('the check itself sees a forbidden import', () => {
    // Guard against a regex that matches nothing: a line like the ones above must be caught.
    const sample = "import { ref } from 'vue'\nimport type { X } from '../db/db'\nconst m = import('dexie')"
    const specs = [...sample.matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? m[3])
    expect(specs).toEqual(['vue', '../db/db', 'dexie'])
  })
})
