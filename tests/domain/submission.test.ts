import { describe, expect, it } from 'vitest'
import { payloadChecksum } from '@/platform/checksum'
import {
  buildSubmission,
  readSubmission,
  serializeSubmission,
  submissionFileName,
  type ReadContext,
  type Submission,
} from '@/domain/submission'
import { makeContent, makeOrg, makeOutlet } from '../support/exchangeFixtures'

const ctx: ReadContext = {
  checksum: payloadChecksum,
  rubricKnown: (id, version) => id === 'vn-gsim' && (version === '1.0.0' || version === '1.1.0'),
}
const app = { name: 'GIM Index', version: '0.1.0' }

async function build(includeNames = false): Promise<Submission> {
  return buildSubmission(
    {
      outlet: makeOutlet(),
      organisationAssessments: [makeOrg()],
      contentAssessments: [makeContent(), makeContent({ kind: 'broadcast', channel: 'tv', speakingSeconds: { female: 40, male: 75.5, other: 0, unknown: 3 } })],
      includeNames,
      app,
      createdAt: '2025-04-01T09:00:00Z',
    },
    payloadChecksum,
  )
}

/** A file whose payload is whatever we say, with a correct checksum: tests the validation after it. */
async function sealed(payload: unknown, envelope: Record<string, unknown> = {}): Promise<string> {
  return JSON.stringify({
    format: 'gim-submission',
    formatVersion: 1,
    createdAt: '2025-04-01T09:00:00Z',
    app,
    payload,
    checksum: { algorithm: 'SHA-256', canonicalization: 'JCS', value: await payloadChecksum(payload) },
    ...envelope,
  })
}

async function problemsOf(text: string): Promise<string[]> {
  const r = await readSubmission(text, ctx)
  expect(r.ok).toBe(false)
  return r.ok ? [] : r.problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message))
}

describe('submission round trip', () => {
  it('reads back exactly what was built, names included when chosen', async () => {
    const s = await build(true)
    const r = await readSubmission(serializeSubmission(s), ctx)
    expect(r).toEqual({ ok: true, submission: s })
    expect(s.payload.contentAssessments[0]!.people[0]!.name).toBe('Nguyễn Thị Hằng')
    expect(s.payload.includesNames).toBe(true)
  })

  it('leaves names of people out unless the editor chooses to include them', async () => {
    const s = await build(false)
    const text = serializeSubmission(s)
    expect(text).not.toContain('Nguyễn Thị Hằng')
    expect(s.payload.includesNames).toBe(false)
    expect(s.payload.contentAssessments.flatMap((a) => a.people).every((p) => !('name' in p))).toBe(true)
    const r = await readSubmission(text, ctx)
    expect(r.ok).toBe(true)
  })

  it('refuses a file that says names are left out but carries them', async () => {
    const s = await build(true)
    const payload = { ...s.payload, includesNames: false }
    expect(await problemsOf(await sealed(payload))).toContain(
      'payload.contentAssessments[0].people[0].name: present although includesNames is false',
    )
  })

  it('verifies the checksum over the canonical form, not the formatting', async () => {
    const s = await build()
    const compact = JSON.stringify(s)
    const reordered = JSON.stringify({ checksum: s.checksum, payload: s.payload, app: s.app, createdAt: s.createdAt, formatVersion: 1, format: 'gim-submission' })
    expect((await readSubmission(compact, ctx)).ok).toBe(true)
    expect((await readSubmission(reordered, ctx)).ok).toBe(true)
    expect((await readSubmission('\ufeff' + compact, ctx)).ok).toBe(true)
  })

  it('names the file after the outlet without diacritics', () => {
    expect(submissionFileName('Báo Thủ đô Sáng', '2025-04-01T09:00:00Z')).toBe('gim-submission_bao-thu-do-sang_2025-04-01.json')
  })
})

describe('refusals', () => {
  it('detects one changed byte in the payload', async () => {
    const text = serializeSubmission(await build())
    const i = text.indexOf('Nữ kỹ sư')
    const tampered = text.slice(0, i) + 'N' + 'u' + text.slice(i + 2)
    const r = await readSubmission(tampered, ctx)
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.reason).toBe('checksumMismatch')
      expect(r.problems[0]!.path).toBe('checksum.value')
      expect(r.problems[0]!.message).toMatch(/changed or damaged/)
    }
  })

  it('detects a changed number and a changed checksum value', async () => {
    const text = serializeSubmission(await build())
    const r1 = await readSubmission(text.replace('"female": 40', '"female": 41'), ctx)
    expect(r1.ok ? '' : r1.reason).toBe('checksumMismatch')
    const s = await build()
    const r2 = await readSubmission(JSON.stringify({ ...s, checksum: { ...s.checksum, value: '0'.repeat(64) } }), ctx)
    expect(r2.ok ? '' : r2.reason).toBe('checksumMismatch')
  })

  it('refuses a newer format version with an "update the app" message', async () => {
    const s = await build()
    const r = await readSubmission(JSON.stringify({ ...s, formatVersion: 2 }), ctx)
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.reason).toBe('newerFormat')
      expect(r.problems[0]!.message).toContain('made by a newer GIM Index; update the app')
    }
  })

  it('refuses other formats, non-JSON and truncated files without throwing', async () => {
    const text = serializeSubmission(await build())
    const cases: [string, string][] = [
      ['{"format":"gim-backup","formatVersion":1}', 'wrongFormat'],
      ['[1,2,3]', 'wrongFormat'],
      ['not json at all', 'notJson'],
      ['', 'notJson'],
      [text.slice(0, text.length / 2), 'notJson'],
      ['{"format":"gim-submission","formatVersion":"1"}', 'invalid'],
      ['{"format":"gim-submission","formatVersion":0}', 'invalid'],
    ]
    for (const [input, reason] of cases) {
      const r = await readSubmission(input, ctx)
      expect(r.ok ? 'ok' : r.reason, input.slice(0, 40)).toBe(reason)
    }
  })

  it('refuses a file over the size limit before parsing it', async () => {
    const text = serializeSubmission(await build())
    const r = await readSubmission(text, { ...ctx, maxBytes: 1000 })
    expect(r.ok ? '' : r.reason).toBe('tooLarge')
    // Vietnamese letters take 2–3 bytes in UTF-8: the limit counts bytes, not characters.
    const viet = JSON.stringify({ format: 'x', pad: 'ữ'.repeat(400) })
    expect((await readSubmission(viet, { ...ctx, maxBytes: 1000 })).ok ? '' : 'refused').toBe('refused')
    const r2 = await readSubmission(viet, { ...ctx, maxBytes: 1000 })
    expect(r2.ok ? '' : r2.reason).toBe('tooLarge')
  })

  it('refuses an unknown rubric version, once per version, with the place it is used', async () => {
    const s = await build()
    const payload = {
      ...s.payload,
      contentAssessments: s.payload.contentAssessments.map((a) => ({ ...a, rubricVersion: '9.0.0' })),
    }
    const r = await readSubmission(await sealed(payload), ctx)
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.reason).toBe('unknownRubric')
      expect(r.problems).toEqual([
        {
          path: 'payload.contentAssessments[0].rubricVersion',
          message: 'rubric vn-gsim version 9.0.0 is not known to this app; update the app',
        },
      ])
    }
  })

  it('refuses assessments of another outlet', async () => {
    const s = await build()
    const payload = { ...s.payload, organisationAssessments: [makeOrg({ outletId: 'hn-999' })] }
    expect(await problemsOf(await sealed(payload))).toEqual([
      'payload.organisationAssessments[0].outletId: belongs to another outlet ("hn-999", not "hn-001")',
    ])
  })

  it('reports every invalid field with its exact path', async () => {
    const s = await build(true)
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a deliberately broken file
    const bad = JSON.parse(JSON.stringify(s.payload)) as Record<string, any>
    bad.outlet.kind = 'blog'
    bad.outlet.channels = ['print', 'print']
    bad.outlet.adoptionDecision = { reference: '', date: '2025-02-30' }
    bad.contentAssessments[0].people[1].sex = 'f'
    bad.contentAssessments[0].people[0].quoted = 'yes'
    bad.contentAssessments[0].date = '2025-13-01'
    bad.contentAssessments[0].url = 'javascript:alert(1)'
    bad.contentAssessments[0].extra = 1
    bad.contentAssessments[1].id = 'not-a-uuid'
    bad.contentAssessments[1].updatedAt = '2025-01-10 08:00'
    bad.contentAssessments[1].title = 'x'.repeat(1001)
    bad.organisationAssessments[0].answers['A1.1.q1'].counts.women = -1
    bad.organisationAssessments[0].answers['A2.1.q1'] = { type: 'yesNo', value: 'maybe' }
    bad.organisationAssessments[0].answers['A5.2.q1'] = { type: 'guess' }
    bad.organisationAssessments[0].period = { start: '2025-12-31', end: '2025-01-01' }
    const problems = await problemsOf(await sealed(bad))
    expect(problems).toEqual(
      expect.arrayContaining([
        'payload.outlet.kind: expected one of newspaper, magazine, online, radio, television, broadcaster, association, trainingInstitution',
        'payload.outlet.channels[1]: listed twice',
        'payload.outlet.adoptionDecision.reference: must not be empty',
        'payload.outlet.adoptionDecision.date: expected a date YYYY-MM-DD',
        'payload.contentAssessments[0].people[1].sex: expected one of female, male, other, unknown',
        'payload.contentAssessments[0].people[0].quoted: expected true or false',
        'payload.contentAssessments[0].date: expected a date YYYY-MM-DD',
        'payload.contentAssessments[0].url: expected an http(s) address',
        'payload.contentAssessments[0].extra: unknown field',
        'payload.contentAssessments[1].id: expected a UUID',
        'payload.contentAssessments[1].updatedAt: expected an ISO timestamp such as 2025-03-01T08:30:00Z',
        'payload.contentAssessments[1].title: longer than 1000 characters',
        'payload.organisationAssessments[0].answers.A1.1.q1.counts.women: must be at least 0',
        'payload.organisationAssessments[0].answers.A2.1.q1.value: expected one of yes, no',
        'payload.organisationAssessments[0].answers.A5.2.q1.type: expected one of na, yesNo, checklist, countBySex, amountBySex, maturity, singleChoice, multiChoice, text',
        'payload.organisationAssessments[0].period.end: before the start',
      ]),
    )
    expect(problems).toHaveLength(16)
  })

  it('refuses __proto__, constructor and prototype keys at any depth and pollutes nothing', async () => {
    const s = await build()
    const text = serializeSubmission(s).replace('"includesNames": false', '"includesNames": false, "__proto__": {"polluted": true}')
    const deep = serializeSubmission(s).replace('"topic":', '"constructor": {"prototype": {"polluted": true}}, "topic":')
    for (const t of [text, deep]) {
      const r = await readSubmission(t, ctx)
      expect(r.ok).toBe(false)
      if (!r.ok) expect(r.problems.map((p) => p.message)).toContain('forbidden key')
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false)
  })

  it('refuses answers keyed by a non-question id and deep nesting, never throwing', async () => {
    let nested = '1'
    for (let i = 0; i < 50_000; i++) nested = `[${nested}]`
    const text = `{"format":"gim-submission","formatVersion":1,"payload":${nested}}`
    const r = await readSubmission(text, ctx)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.problems[0]!.message).toMatch(/nested deeper than 16 levels|could not be read|not valid JSON/)
  })

  it('a throwing checksum function is reported, not thrown', async () => {
    const text = serializeSubmission(await build())
    const r = await readSubmission(text, { ...ctx, checksum: () => Promise.reject(new Error('no crypto')) })
    expect(r.ok).toBe(false)
  })

  it('caps the list of problems so a huge bad file gives a readable answer', async () => {
    const s = await build()
    const many = Array.from({ length: 1000 }, () => ({ ...makeContent(), kind: 'poem' }))
    const r = await readSubmission(await sealed({ ...s.payload, contentAssessments: many }), ctx)
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.problems).toHaveLength(201)
      expect(r.problems[200]!.message).toBe('… and 800 more problems')
    }
  })

  it('refuses duplicated ids inside one file', async () => {
    const s = await build(true)
    const a = makeContent()
    expect(await problemsOf(await sealed({ ...s.payload, contentAssessments: [a, a] }))).toEqual([
      'payload.contentAssessments[1].id: used twice in this file',
    ])
  })
})
