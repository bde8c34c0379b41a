// The `gim analyze` command, spawned as a user runs it: a file, standard input, JSON and text.
import { describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '../..')
const tsx = join(root, 'node_modules', '.bin', 'tsx')
const main = join(root, 'src', 'cli', 'main.ts')

function gim(args: string[], input?: string) {
  const r = spawnSync(tsx, [main, ...args], { cwd: root, encoding: 'utf8', timeout: 60_000, input })
  return { code: r.status, out: r.stdout, err: r.stderr }
}

const ARTICLE = `Giám đốc Sở Y tế Trần Minh Hải cho biết thành phố có 3.200 ca sốt xuất huyết. “Cán bộ y tế phải đến tận nhà”, ông Hải khẳng định.
Bà con ở phường Tân Định lo lắng. Chị Nguyễn Thị Lan, một tiểu thương thuộc phái yếu, bán hàng từ sáng sớm.
Thanh Hà`

interface CliPerson {
  name: string
  sex: string
  quoted: boolean
  function: string
}

describe('gim analyze', () => {
  it('prints one JSON entry per distinct person, with flags, from a file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gim-analyze-'))
    const file = join(dir, 'bai.txt')
    writeFileSync(file, ARTICLE)
    const r = gim(['analyze', '--format', 'json', file])
    expect(r.err).toBe('')
    expect(r.code).toBe(0)
    const out = JSON.parse(r.out) as { people: CliPerson[]; flags: { entryId: string; text: string }[] }
    expect(out.people.map((p) => [p.name, p.sex, p.quoted])).toEqual([
      ['Trần Minh Hải', 'male', true],
      ['Nguyễn Thị Lan', 'female', false],
    ])
    expect(out.people[0]!.function).toBe('spokesperson')
    expect(out.flags.map((f) => [f.entryId, f.text])).toEqual([['phai-yeu', 'phái yếu']])
  })

  it('reads standard input with "-" and prints text by default', () => {
    const r = gim(['analyze', '-'], ARTICLE)
    expect(r.code).toBe(0)
    expect(r.out).toContain('Trần Minh Hải — nam (male)')
    expect(r.out).toContain('“phái yếu” [phai-yeu]')
  })

  it('fails clearly on a missing file, a bad format and a broken lexicon', () => {
    const missing = gim(['analyze', join(tmpdir(), 'khong-co-tep-nay.txt')])
    expect(missing.code).toBe(1)
    expect(missing.err).toContain('cannot be read')
    const format = gim(['analyze', '--format', 'xml', '-'], ARTICLE)
    expect(format.code).toBe(1)
    expect(format.err).toContain('--format must be json or text')
    const dir = mkdtempSync(join(tmpdir(), 'gim-analyze-'))
    const lex = join(dir, 'lex.json')
    writeFileSync(lex, JSON.stringify({ format: 'gim-wording-lexicon', version: '1.0', language: 'vi', entries: [{ id: 'x' }] }))
    const broken = gim(['analyze', '--lexicon', lex, '-'], ARTICLE)
    expect(broken.code).toBe(1)
    expect(broken.err).toContain('version')
    expect(broken.err).toContain('entries[0].patterns: missing')
  })
})
