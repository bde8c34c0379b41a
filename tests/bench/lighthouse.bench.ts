// Lighthouse (performance, accessibility, best practices) on the built app, served by vite preview
// and driven through Debian's Chromium. Target: each score ≥ 95 on the home page and every static
// route. Performance depends on the machine's load, so a low score prints a WARN line instead of
// failing; accessibility and best-practice scores are stable from run to run.
// The home page gets LIGHTHOUSE_RUNS runs (default 3, the median is reported), every other route one.
// Desktop preset (newsrooms work on laptops); LIGHTHOUSE_PRESET=mobile uses Lighthouse's default
// mobile emulation (slow 4G, 4× CPU slowdown) instead.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { loadavg } from 'node:os'
import { join, resolve } from 'node:path'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse, { desktopConfig } from 'lighthouse'
import { chromiumArgs } from '../../playwright.config'
import { staticRoutePaths } from '../support/pageGuards'

const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 4308)
const TARGET = 95
const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const
const root = resolve(import.meta.dirname, '../..')
const outDir = `.e2e/dist-${PORT}`

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

async function waitForServer(url: string, server: ChildProcess): Promise<void> {
  for (let i = 0; i < 100; i += 1) {
    if (server.exitCode !== null) throw new Error(`vite preview exited with ${server.exitCode}`)
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`vite preview did not answer on ${url}`)
}

export async function run(): Promise<void> {
  const built = spawnSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  })
  if (built.status !== 0) throw new Error('vite build failed')
  // Its own process group, so the server (and anything it spawned) can be stopped together.
  const server = spawn(
    process.execPath,
    [join(root, 'node_modules/vite/bin/vite.js'), 'preview', '--outDir', outDir, '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'],
    { cwd: root, detached: true, stdio: 'ignore' },
  )
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: [...chromiumArgs, '--headless=new'],
  })
  const runs = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 3))
  const low: string[] = []
  try {
    const origin = `http://127.0.0.1:${PORT}`
    await waitForServer(origin, server)
    const preset = process.env.LIGHTHOUSE_PRESET === 'mobile' ? 'mobile' : 'desktop'
    console.log(
      `lighthouse 12.8.2, ${preset} preset, ${runs} run(s) on the home page, 1 on other routes; target ≥ ${TARGET}; load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
    )
    for (const path of staticRoutePaths()) {
      const pageRuns = path === '/' ? runs : 1
      const url = path === '/' ? `${origin}/` : `${origin}/#${path}`
      const scores: Record<string, number[]> = {}
      const metrics: Record<'lcp' | 'tbt' | 'cpu', number[]> = { lcp: [], tbt: [], cpu: [] }
      const failing = new Set<string>()
      for (let i = 0; i < pageRuns; i += 1) {
        const result = await lighthouse(
          url,
          { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
          preset === 'desktop' ? desktopConfig : undefined,
        )
        if (!result) throw new Error(`no Lighthouse result for ${url}`)
        for (const category of CATEGORIES) {
          ;(scores[category] ??= []).push(Math.round((result.lhr.categories[category]?.score ?? 0) * 100))
        }
        metrics.lcp.push(result.lhr.audits['largest-contentful-paint']?.numericValue ?? NaN)
        metrics.tbt.push(result.lhr.audits['total-blocking-time']?.numericValue ?? NaN)
        // Lighthouse's own CPU benchmark: lower = busier machine (a quiet desktop scores ≈ 1500+).
        metrics.cpu.push(result.lhr.environment.benchmarkIndex)
        // Name what costs points, so a low score can be acted on.
        for (const audit of Object.values(result.lhr.audits)) {
          if (audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'manual') {
            failing.add(`${audit.id} (${Math.round(audit.score * 100)})`)
          }
        }
      }
      const line = CATEGORIES.map((c) => `${c} ${median(scores[c]!)}${pageRuns > 1 ? ` [${scores[c]!.join(' ')}]` : ''}`).join(', ')
      const extra = `LCP ${Math.round(median(metrics.lcp))} ms, TBT ${Math.round(median(metrics.tbt))} ms, CPU index ${Math.round(median(metrics.cpu))}`
      console.log(`lighthouse: ${path.padEnd(20)} ${line}; ${extra}`)
      const below = CATEGORIES.filter((c) => median(scores[c]!) < TARGET)
      for (const c of below) low.push(`${c} ${median(scores[c]!)} < ${TARGET} on ${path}`)
      if (below.length > 0) console.log(`  audits below 90 on ${path}: ${[...failing].join(', ')}`)
    }
  } finally {
    chrome.kill()
    if (server.pid) process.kill(-server.pid, 'SIGTERM')
  }
  for (const line of low) console.log(`WARN lighthouse: ${line}`)
  if (low.length === 0) console.log(`lighthouse: every score ≥ ${TARGET}`)
}
