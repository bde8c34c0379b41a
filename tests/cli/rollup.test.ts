// gim rollup on generated submission files: the same counts as the app's engine over the same
// records, outlets of the register without files counted as none, bad files reported not fatal.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readCatalogue } from '@/cli/files'
import { run } from '@/cli/rollup'
import { findPolicy, findProfile } from '@/domain/catalogue'
import { demoOutletFiles, generateDemoWorkspace, pickDemoRubric, type DemoWorkspace } from '@/domain/demo'
import { rollupFromInput } from '@/domain/rollup'
import { payloadChecksum } from '@/platform/checksum'

let dir = ''
let files: string[] = []
let ws: DemoWorkspace
const AT = '2026-06-30'

async function runCli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk)
    return true
  })
  const error = vi.spyOn(console, 'error').mockImplementation((...parts: unknown[]) => {
    err += `${parts.join(' ')}\n`
  })
  try {
    const code = await run(args)
    return { code, out, err }
  } finally {
    write.mockRestore()
    error.mockRestore()
  }
}

beforeAll(async () => {
  const { catalogue } = await readCatalogue('rubrics')
  const rubric = pickDemoRubric(catalogue.rubrics)!
  ws = generateDemoWorkspace({ seed: 7, rubric, scale: 0.1 })
  const { files: demo, registerCsv } = await demoOutletFiles(ws, { app: { name: 'GIM Index', version: 'test' }, checksum: payloadChecksum })
  dir = await mkdtemp(join(tmpdir(), 'gim-rollup-'))
  files = []
  for (const f of demo) {
    const path = join(dir, f.fileName)
    await writeFile(path, f.text, 'utf8')
    files.push(path)
  }
  await writeFile(join(dir, 'register.csv'), registerCsv, 'utf8')
  await writeFile(join(dir, 'broken.json'), '{ "format": "gim-submission", ', 'utf8')
})

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true })
})

describe('gim rollup', () => {
  it('prints the documented JSON with the same adoption counts as the engine over the records', async () => {
    const { code, out, err } = await runCli(['--policy', 'hanoi-331-2021', '--at', AT, '--register', join(dir, 'register.csv'), ...files, join(dir, 'broken.json')])
    expect(code).toBe(0)
    expect(err).toMatch(/broken\.json: refused \(notJson\)/)
    const json = JSON.parse(out) as {
      policy: string
      at: string
      outlets: number
      adoption: { pilot: { count: number; share: number }; official: { count: number; share: number } }
      byOutlet: { outletId: string; name: string; status: string; missing: unknown[]; scores: Record<string, number | null> }[]
    }
    expect(json.policy).toBe('hanoi-331-2021')
    expect(json.at).toBe(AT)
    expect(json.outlets).toBe(ws.outlets.filter((o) => !o.archivedAt || o.archivedAt > AT).length)

    const { catalogue } = await readCatalogue('rubrics')
    const app = rollupFromInput({
      at: AT,
      outlets: ws.outlets,
      organisationAssessments: ws.organisationAssessments,
      contentAssessments: ws.contentAssessments,
      rubrics: catalogue.rubrics,
      profile: findProfile(catalogue, 'default')!,
      policy: findPolicy(catalogue, 'hanoi-331-2021')!,
    })
    expect(json.adoption.pilot).toEqual({ count: app.adoption.pilot.count, share: app.adoption.pilot.share })
    expect(json.adoption.official).toEqual({ count: app.adoption.official.count, share: app.adoption.official.share })
    expect(json.adoption.pilot.share).toBeCloseTo(json.adoption.pilot.count / json.outlets, 12)
    expect(json.byOutlet.map((r) => [r.outletId, r.status])).toEqual(app.byOutlet.map((r) => [r.outletId, r.status]))
    // outlets of the register that sent no file are there, as none
    const withFiles = new Set(ws.contentAssessments.map((a) => a.outletId).concat(ws.organisationAssessments.map((a) => a.outletId)))
    const silent = ws.outlets.filter((o) => !withFiles.has(o.id))
    for (const o of silent) expect(json.byOutlet.find((r) => r.outletId === o.id)).toMatchObject({ status: 'none', scores: { overall: null } })
    expect(json.byOutlet[0]).toHaveProperty('missing')
    expect(Object.keys(json.byOutlet[0]!.scores)).toEqual(expect.arrayContaining(['overall', 'A', 'B']))
  })

  it('CSV: one row per outlet with a header', async () => {
    const { code, out } = await runCli(['--policy', 'national-1790-2021', '--at', AT, '--format', 'csv', ...files])
    expect(code).toBe(0)
    const lines = out.replace(/^\ufeff/, '').trim().split(/\r?\n/)
    expect(lines[0]).toMatch(/^outletId,name,kind,channels,archived,status,missing,contentItems,overall,A,B,A1/)
    expect(lines).toHaveLength(files.length + 1)
  })

  it('bad options and unknown policies exit 1 with a message', async () => {
    expect((await runCli(['--at', AT])).err).toMatch(/--policy <id> is required/)
    expect((await runCli(['--policy', 'hanoi-331-2021', '--at', '2026-02-30'])).code).toBe(1)
    const unknown = await runCli(['--policy', 'nowhere', '--at', AT, ...files])
    expect(unknown.code).toBe(1)
    expect(unknown.err).toMatch(/Unknown policy 'nowhere'. Known: .*hanoi-331-2021/)
  })

  it('words the refused rows of a register in English with their line, and a missing column stops the run', async () => {
    const bad = join(dir, 'bad-register.csv')
    await writeFile(bad, 'name,kind,channels\nBáo Mới Tinh,newspaper,print\n,báo lá cải,print\n', 'utf8')
    const rows = await runCli(['--policy', 'hanoi-331-2021', '--at', AT, '--register', bad, ...files])
    expect(rows.err).toContain(`${bad}: line 3: name: missing; kind: "báo lá cải" is not one of newspaper,`)
    const noKind = join(dir, 'no-kind.csv')
    await writeFile(noKind, 'name\nBáo Mới Tinh\n', 'utf8')
    const header = await runCli(['--policy', 'hanoi-331-2021', '--at', AT, '--register', noKind, ...files])
    expect(header.code).toBe(1)
    expect(header.err).toContain(`${noKind}: missing column kind`)
  })
})
