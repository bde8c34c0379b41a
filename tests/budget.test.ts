// Bundle budget, enforced by the build: one production build (the real config, service worker
// included) into a temporary folder; the JavaScript the first route loads is the entry chunk
// plus everything it imports statically (followed through .vite/manifest.json's `imports`), and
// the app chunk the entry always imports (src/app.ts) with its static imports.
// That must stay ≤ 150 KB gzipped, and chart.js, the PDF code and the text assistant must only
// ever be in lazy chunks. The figures are printed so they show in CI's output.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const BUDGET_KB = 150
const root = resolve(import.meta.dirname, '..')

/** Code that must never be on the first route: heavy, and only needed on some pages. */
const LAZY_ONLY: Record<string, RegExp> = {
  'chart.js': /[\\/]node_modules[\\/](chart\.js|vue-chartjs)[\\/]/,
  'pdfmake (PDF library)': /[\\/]node_modules[\\/](pdfmake|pdfkit|@foliojs-fork)[\\/]/,
  'src/pdf (PDF export)': /[\\/]src[\\/]pdf[\\/]/,
  'src/charts': /[\\/]src[\\/]charts[\\/]/,
  'src/domain/analysis (text assistant)': /[\\/]src[\\/]domain[\\/]analysis[\\/.]/,
}

interface ManifestChunk {
  file: string
  isEntry?: boolean
  imports?: string[]
  dynamicImports?: string[]
}

interface Measured {
  firstRoute: { file: string; gzip: number }[]
  modulesByFile: Map<string, string[]>
  allFiles: string[]
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1)
const gzipSize = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length

let outDir = ''
let measured: Measured

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'gim-budget-'))
  // Vitest sets NODE_ENV=test, which would make Vite bundle Vue's development build.
  const nodeEnv = process.env.NODE_ENV
  process.env.NODE_ENV = 'production'
  try {
    const { build } = await import('vite')
    const result = await build({
      root,
      configFile: join(root, 'vite.config.ts'),
      mode: 'production',
      logLevel: 'error',
      build: { outDir, emptyOutDir: true, manifest: true },
    })
    const outputs = Array.isArray(result) ? result : [result]
    const modulesByFile = new Map<string, string[]>()
    for (const output of outputs) {
      if (!('output' in output)) throw new Error('expected a one-off build, not a watcher')
      for (const item of output.output) if (item.type === 'chunk') modulesByFile.set(item.fileName, item.moduleIds)
    }
    const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>
    const entries = Object.entries(manifest).filter(([, chunk]) => chunk.isEntry)
    expect(entries.map(([key]) => key)).toEqual(['index.html'])
    // Walk static imports only: dynamic imports are the lazy chunks, except the app itself, which
    // the small entry (src/main.ts) always imports once it has started the dashboard's worker.
    const seen = new Set<string>()
    const walk = (key: string) => {
      if (seen.has(key)) return
      seen.add(key)
      for (const next of manifest[key]?.imports ?? []) walk(next)
    }
    walk('index.html')
    expect(manifest['index.html']?.dynamicImports).toContain('src/app.ts')
    walk('src/app.ts')
    const firstRoute = [...seen].map((key) => {
      const file = manifest[key]!.file
      return { file, gzip: gzipSize(join(outDir, file)) }
    })
    measured = { firstRoute, modulesByFile, allFiles: [...modulesByFile.keys()] }
  } finally {
    process.env.NODE_ENV = nodeEnv
  }
}, 180_000)

afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true })
})

describe('bundle budget', () => {
  it(`keeps the first route's JavaScript within ${BUDGET_KB} KB gzipped`, () => {
    const total = measured.firstRoute.reduce((sum, chunk) => sum + chunk.gzip, 0)
    const lazy = measured.allFiles
      .filter((file) => !measured.firstRoute.some((chunk) => chunk.file === file) && file.endsWith('.js'))
      .map((file) => ({ file, gzip: gzipSize(join(outDir, file)) }))
      .sort((a, b) => b.gzip - a.gzip)
    console.log(
      `budget: first-route JS ${kb(total)} KB gz of ${BUDGET_KB} KB (${measured.firstRoute.map((c) => `${c.file} ${kb(c.gzip)}`).join(', ')})`,
    )
    console.log(
      `budget: ${lazy.length} lazy chunks, ${kb(lazy.reduce((s, c) => s + c.gzip, 0))} KB gz in all; largest: ${lazy
        .slice(0, 5)
        .map((c) => `${c.file} ${kb(c.gzip)}`)
        .join(', ')}`,
    )
    expect(total).toBeGreaterThan(10 * 1024) // Vue alone is more: the walk found the entry.
    expect(total).toBeLessThanOrEqual(BUDGET_KB * 1024)
  })

  it('the service worker precaches every chunk, lazy ones included, and the PDF fonts', () => {
    const sw = readFileSync(join(outDir, 'sw.js'), 'utf8')
    const urls = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]!)
    const bytes = urls.reduce((sum, url) => sum + readFileSync(join(outDir, url)).length, 0)
    console.log(`budget: service worker precache ${urls.length} files, ${kb(bytes)} KB on disk (downloaded once, in the background)`)
    const js = measured.allFiles.filter((file) => file.endsWith('.js'))
    expect(js.filter((file) => !urls.includes(file))).toEqual([])
    const fonts = readdirSync(join(outDir, 'assets')).filter((file) => file.endsWith('.ttf'))
    expect(fonts.filter((file) => !urls.includes(`assets/${file}`))).toEqual([])
    expect(urls).toContain('index.html')
  })

  it('the module map is real: Vue is on the first route', () => {
    const firstModules = measured.firstRoute.flatMap((chunk) => measured.modulesByFile.get(chunk.file) ?? [])
    expect(firstModules.some((id) => /[\\/]@vue[\\/]runtime-core[\\/]/.test(id))).toBe(true)
  })

  it('chart.js, the PDF code and the text assistant load only when needed', () => {
    const firstModules = measured.firstRoute.flatMap((chunk) => measured.modulesByFile.get(chunk.file) ?? [])
    const lazyModules = [...measured.modulesByFile.entries()]
      .filter(([file]) => !measured.firstRoute.some((chunk) => chunk.file === file))
      .flatMap(([, ids]) => ids)
    const onFirstRoute: string[] = []
    for (const [name, pattern] of Object.entries(LAZY_ONLY)) {
      const where = firstModules.some((id) => pattern.test(id))
        ? 'ON THE FIRST ROUTE'
        : lazyModules.some((id) => pattern.test(id))
          ? 'lazy'
          : 'not in the build yet'
      console.log(`budget: ${name}: ${where}`)
      if (where === 'ON THE FIRST ROUTE') onFirstRoute.push(name)
    }
    expect(onFirstRoute).toEqual([])
  })
})
