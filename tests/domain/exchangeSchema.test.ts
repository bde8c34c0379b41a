// The submission and backup JSON Schemas (rubrics/schema) agree with the readers, and the
// documented example (rubrics/examples/submission.example.json) is valid with a correct checksum.
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { payloadChecksum } from '@/platform/checksum'
import { buildBackup } from '@/domain/backup'
import { demoOutletFiles, generateDemoWorkspace } from '@/domain/demo'
import { parseRubric, type Rubric } from '@/domain/rubric'
import { readSubmission, type ReadContext } from '@/domain/submission'
import { validate } from '../support/miniSchema'

const root = resolve(import.meta.dirname, '../..')
const readJson = (p: string) => JSON.parse(readFileSync(join(root, p), 'utf8')) as Record<string, unknown>
const submissionSchema = readJson('rubrics/schema/submission.schema.json')
const backupSchema = readJson('rubrics/schema/backup.schema.json')
const exampleText = readFileSync(join(root, 'rubrics/examples/submission.example.json'), 'utf8')

function rubricFile(version: string): Rubric {
  const p = parseRubric(readJson(`rubrics/vn-gsim/${version}.json`))
  if (!p.ok) throw new Error('shipped rubric does not parse')
  return p.value
}
const rubrics = [rubricFile('1.0.0'), rubricFile('1.1.0')]
const ctx: ReadContext = {
  checksum: payloadChecksum,
  rubricKnown: (id, version) => rubrics.some((r) => r.id === id && r.version === version),
}

describe('rubrics/examples/submission.example.json', () => {
  it('is read by the app, matches the schema, and its checksum is the SHA-256 of the JCS payload', async () => {
    const r = await readSubmission(exampleText, ctx)
    expect(r.ok ? 'ok' : r.problems).toBe('ok')
    const doc = JSON.parse(exampleText) as { payload: unknown; checksum: { value: string } }
    expect(validate(submissionSchema, doc)).toEqual([])
    expect(await payloadChecksum(doc.payload)).toBe(doc.checksum.value)
  })

  it('uses real question ids and codes of the rubric version it names', async () => {
    const r = await readSubmission(exampleText, ctx)
    if (!r.ok) throw new Error('example invalid')
    const rubric = rubrics.find((x) => x.version === r.submission.payload.contentAssessments[0]!.rubricVersion)!
    const questions = new Set(rubric.sections.flatMap((s) => s.indicators.flatMap((i) => i.questions.map((q) => q.id))))
    for (const a of r.submission.payload.organisationAssessments) for (const q of Object.keys(a.answers)) expect(questions.has(q), q).toBe(true)
    const codes = (list: keyof Rubric['contentCoding']['codeLists']) => new Set(rubric.contentCoding.codeLists[list].map((c) => c.code))
    for (const a of r.submission.payload.contentAssessments) {
      expect(codes('topic').has(a.story.topic)).toBe(true)
      for (const p of a.people) expect(codes('occupation').has(p.occupation) && codes('function').has(p.function)).toBe(true)
      for (const role of [...(a.ad?.womenRoles ?? []), ...(a.ad?.menRoles ?? [])]) expect(codes('adRole').has(role)).toBe(true)
    }
  })
})

describe('submission.schema.json', () => {
  it('accepts every demo file made with the shipped rubric', async () => {
    const ws = generateDemoWorkspace({ seed: 3, rubric: rubrics[1]!, scale: 0.03 })
    const { files } = await demoOutletFiles(ws, { app: { name: 'GIM Index', version: '0.1.0' }, checksum: payloadChecksum, includeNames: true })
    for (const f of files) expect(validate(submissionSchema, JSON.parse(f.text)), f.fileName).toEqual([])
  })

  it('refuses what the reader refuses', async () => {
    const base = JSON.parse(exampleText) as Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any
    const cases: [string, (d: any) => void][] = [ // eslint-disable-line @typescript-eslint/no-explicit-any
      ['newer format', (d) => (d.formatVersion = 2)],
      ['unknown field', (d) => (d.payload.outlet.website = 'x')],
      ['wrong sex', (d) => (d.payload.contentAssessments[0].people[0].sex = 'f')],
      ['bad date', (d) => (d.payload.contentAssessments[0].date = '2026-13-01')],
      ['bad uuid', (d) => (d.payload.contentAssessments[0].id = 'abc')],
      ['javascript url', (d) => (d.payload.contentAssessments[0].url = 'javascript:alert(1)')],
      ['bad answer', (d) => (d.payload.organisationAssessments[0].answers['A1.SO1.I1.Q1'] = { type: 'countBySex', counts: { women: -1, men: 0, other: 0, unknown: 0 } })],
      ['constructor answer key', (d) => (d.payload.organisationAssessments[0].answers.constructor = { type: 'na' })],
      ['huge title', (d) => (d.payload.contentAssessments[0].title = 'x'.repeat(1001))],
      ['bad checksum', (d) => (d.checksum.value = 'xyz')],
    ]
    for (const [name, mutate] of cases) {
      const d = structuredClone(base)
      mutate(d)
      expect(validate(submissionSchema, d).length, name).toBeGreaterThan(0)
      d.checksum.value = name === 'bad checksum' ? d.checksum.value : await payloadChecksum(d.payload)
      const r = await readSubmission(JSON.stringify(d), ctx)
      expect(r.ok, name).toBe(false)
    }
  })
})

describe('backup.schema.json', () => {
  it('accepts a backup of the demo workspace with evidence, settings and an import log', async () => {
    const ws = generateDemoWorkspace({ seed: 3, rubric: rubrics[1]!, scale: 0.02 })
    const b = await buildBackup(
      {
        data: {
          ...ws,
          evidence: [{ id: 'ev-1', assessmentId: ws.organisationAssessments[0]!.id, questionId: 'A2.SO3.I1.Q1', kind: 'note', value: 'Biên bản họp', createdAt: '2026-01-02T00:00:00Z' }],
          settings: [{ key: 'locale', value: 'vi' }, { key: 'lastBackup', value: null }],
          importLog: [{ id: 'l1', importedAt: '2026-01-02T00:00:00Z', fileName: 'x.json', outletId: '', outletName: '', createdAt: '', counts: { added: 0, updated: 0, unchanged: 0, conflicting: 0, rejected: 0 }, accepted: false, problems: ['not valid JSON'] }],
        },
        app: { name: 'GIM Index', version: '0.1.0' },
        createdAt: '2026-01-02T00:00:00Z',
      },
      payloadChecksum,
    )
    expect(validate(backupSchema, JSON.parse(JSON.stringify(b)))).toEqual([])
    expect(validate(backupSchema, { ...b, format: 'gim-submission' }).length).toBeGreaterThan(0)
  })
})
