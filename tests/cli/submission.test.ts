// Spawns the real command line: `gim demo` writes files, `gim submission check` judges them.
import { describe, expect, it, beforeAll } from 'vitest'
import { execFile } from 'node:child_process'
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'

const root = resolve(import.meta.dirname, '../..')
const run = promisify(execFile)

async function gim(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(join(root, 'node_modules/.bin/tsx'), [join(root, 'src/cli/main.ts'), ...args], { cwd: root, maxBuffer: 64 * 1024 * 1024 })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string }
    return { code: e.code ?? -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' }
  }
}

let dir = ''
let files: string[] = []

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gim-demo-'))
  const r = await gim('demo', '--out', dir, '--seed', '11', '--scale', '0.05')
  expect(r.stderr).toBe('')
  expect(r.code).toBe(0)
  files = (await readdir(dir)).filter((f) => f.endsWith('.json')).map((f) => join(dir, f))
}, 60_000)

describe('gim demo', () => {
  it('writes one file per outlet with data and the register', async () => {
    expect(files.length).toBe(14)
    const register = await readFile(join(dir, 'register.csv'), 'utf8')
    expect(register.startsWith('\ufeffid,name,kind,channels,carriesAds')).toBe(true)
    expect(register.split('\r\n').filter(Boolean)).toHaveLength(17)
    expect(register).toContain('Báo Thủ đô Sáng')
  }, 60_000)

  it('is deterministic for a seed', async () => {
    const again = await mkdtemp(join(tmpdir(), 'gim-demo-'))
    expect((await gim('demo', '--out', again, '--seed', '11', '--scale', '0.05')).code).toBe(0)
    const a = await readFile(files[0]!, 'utf8')
    const b = await readFile(join(again, files[0]!.split('/').pop()!), 'utf8')
    expect(b).toBe(a)
  }, 60_000)

  it('refuses a missing --out', async () => {
    const r = await gim('demo')
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('--out <dir> is required')
  }, 60_000)
})

describe('gim submission check', () => {
  it('accepts every demo file (exit 0)', async () => {
    const r = await gim('submission', 'check', ...files)
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('14 valid, 0 invalid')
    expect(r.stdout.match(/^OK {7}/gm)).toHaveLength(14)
  }, 60_000)

  it('rejects a copy with one byte changed, a newer format and a non-JSON file, with reasons (exit 1)', async () => {
    const text = await readFile(files[0]!, 'utf8')
    const i = text.indexOf('"title": "') + 10
    const tampered = join(dir, 'tampered.json')
    await writeFile(tampered, text.slice(0, i) + (text[i] === 'X' ? 'Y' : 'X') + text.slice(i + 1))
    const newer = join(dir, 'newer.json')
    await writeFile(newer, text.replace('"formatVersion": 1', '"formatVersion": 7'))
    const junk = join(dir, 'junk.json')
    await writeFile(junk, '{"format": "gim-submission", "formatVersion": 1, "payload": ')
    const r = await gim('submission', 'check', files[1]!, tampered, newer, junk, join(dir, 'missing.json'))
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(/^OK {7}/m)
    expect(r.stdout).toContain(`INVALID  ${tampered} (checksumMismatch)`)
    expect(r.stdout).toContain('checksum.value: does not match the payload')
    expect(r.stdout).toContain(`INVALID  ${newer} (newerFormat)`)
    expect(r.stdout).toContain('made by a newer GIM Index; update the app')
    expect(r.stdout).toContain(`INVALID  ${junk} (notJson)`)
    expect(r.stdout).toContain(`INVALID  ${join(dir, 'missing.json')} (notJson)`)
    expect(r.stdout).toContain('1 valid, 4 invalid')
  }, 60_000)

  it('says what to do without files', async () => {
    const r = await gim('submission', 'check')
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('No files given')
  }, 60_000)
})
