// The `gim rubric check` command, spawned as a user runs it.
import { describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '../..')
const tsx = join(root, 'node_modules', '.bin', 'tsx')
const main = join(root, 'src', 'cli', 'main.ts')

function gim(args: string[], cwd = root) {
  const r = spawnSync(tsx, [main, ...args], { cwd, encoding: 'utf8', timeout: 60_000 })
  return { code: r.status, out: r.stdout, err: r.stderr }
}

/** A copy of rubrics/ in a temp folder, to break without touching the real files. */
function copyOfRubrics(): string {
  const dir = mkdtempSync(join(tmpdir(), 'gim-rubric-check-'))
  cpSync(join(root, 'rubrics'), join(dir, 'rubrics'), { recursive: true })
  return dir
}

function edit(file: string, change: (doc: any) => void): void { // eslint-disable-line @typescript-eslint/no-explicit-any
  const doc = JSON.parse(readFileSync(file, 'utf8'))
  change(doc)
  writeFileSync(file, JSON.stringify(doc, null, 2))
}

describe('gim rubric check', () => {
  it('passes on the shipped files', () => {
    const r = gim(['rubric', 'check'])
    expect(r.err).toBe('')
    expect(r.out).toContain('valid: 2 rubric(s), 1 scoring profile(s), 2 adoption policy(ies)')
    expect(r.code).toBe(0)
  })

  it('fails on a broken copy, naming every file and path', () => {
    const dir = copyOfRubrics()
    edit(join(dir, 'rubrics/vn-gsim/1.1.0.json'), (doc) => {
      delete doc.sections[0].title.vi
      doc.sections[1].indicators[0].provenance = 'rumour'
      doc.previous.mappings = doc.previous.mappings.filter((m: { kind: string }) => m.kind !== 'new')
    })
    writeFileSync(join(dir, 'rubrics/policies/hanoi-331-2021.json'), '{ "format": "gim-adoption-policy", ')
    edit(join(dir, 'rubrics/scoring/default-1.0.0.json'), (doc) => (doc.yesNo.yes = 120))
    const r = gim(['rubric', 'check'], dir)
    expect(r.code).toBe(1)
    const lines = r.err.trim().split('\n')
    expect(lines).toContain('rubrics/vn-gsim/1.1.0.json: sections[0].title.vi: missing')
    expect(lines).toContain('rubrics/vn-gsim/1.1.0.json: sections[1].indicators[0].provenance: expected one of verified, translation, reconstructed')
    expect(lines).toContain('rubrics/scoring/default-1.0.0.json: yesNo.yes: must be at most 100')
    expect(lines.some((l) => /^rubrics\/policies\/hanoi-331-2021\.json: not valid JSON/.test(l))).toBe(true)
    expect(r.out).not.toContain('valid:')
  })

  it('checks a new version named on the command line against the published previous one', () => {
    const dir = copyOfRubrics()
    const draft = join(dir, 'draft', 'vn-gsim')
    cpSync(join(dir, 'rubrics/vn-gsim/1.1.0.json'), join(draft, '1.1.0.json'))
    edit(join(draft, '1.1.0.json'), (doc) => {
      doc.previous.mappings = doc.previous.mappings.filter((m: { kind: string }) => m.kind !== 'new')
    })
    const r = gim(['rubric', 'check', 'draft/vn-gsim/1.1.0.json'], dir)
    expect(r.code).toBe(1)
    expect(r.err).toContain("draft/vn-gsim/1.1.0.json: previous.mappings: question 'A2.SO2.I4.Q4' is new in 1.1.0: declare it with a 'new' mapping")
  })

  it('refuses a file from a newer format version with a clear message', () => {
    const dir = copyOfRubrics()
    edit(join(dir, 'rubrics/vn-gsim/1.0.0.json'), (doc) => (doc.formatVersion = 2))
    const r = gim(['rubric', 'check', 'rubrics/vn-gsim/1.0.0.json'], dir)
    expect(r.code).toBe(1)
    expect(r.err).toContain(
      'rubrics/vn-gsim/1.0.0.json: formatVersion: this file uses format version 2, newer than the 1 this version of GIM Index reads: update the app',
    )
  })
})
