// Property-based fuzzing of the submission reader (reliability-and-security.md §4.1): random JSON,
// structure-aware mutations of a valid file (wrong types, prototype keys, unknown fields, huge
// strings, truncation, newer and unknown versions, flipped bytes) and valid re-encodings.
// Over 1,000 generated files per run. The reader must never throw, never pollute a prototype,
// and refuse everything invalid.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { payloadChecksum } from '@/platform/checksum'
import { buildSubmission, readSubmission, type ReadContext, type ReadResult } from '@/domain/submission'
import { makeContent, makeOrg, makeOutlet } from '../support/exchangeFixtures'

const ctx: ReadContext = {
  checksum: payloadChecksum,
  rubricKnown: (id, version) => id === 'vn-gsim' && version === '1.0.0',
  maxBytes: 1024 * 1024,
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json }
type Path = (string | number)[]

let base: Record<string, Json>
let baseText = ''
const protoNames = Object.getOwnPropertyNames(Object.prototype).sort()
let runs = 0

beforeAll(async () => {
  const s = await buildSubmission(
    {
      outlet: makeOutlet({ adoptionDecision: { reference: 'Quyết định số 3/QĐ', date: '2025-01-02' } }),
      organisationAssessments: [makeOrg()],
      contentAssessments: [
        makeContent(),
        makeContent({
          kind: 'advertisement',
          channel: 'tv',
          people: [],
          ad: { rating: 'stereotyped', womenRoles: ['homemaker'], menRoles: ['expert'], voiceOverSex: 'male' },
          speakingSeconds: { female: 0, male: 12, other: 0, unknown: 0 },
        }),
      ],
      includeNames: true,
      app: { name: 'GIM Index', version: '0.1.0' },
      createdAt: '2025-04-01T09:00:00Z',
      sender: 'Tòa soạn',
    },
    payloadChecksum,
  )
  baseText = JSON.stringify(s)
  base = JSON.parse(baseText) as Record<string, Json>
  expect((await readSubmission(baseText, ctx)).ok).toBe(true)
})

afterAll(() => {
  expect(runs).toBeGreaterThanOrEqual(1000)
})

/** The reader's contract on any input: resolves, never throws, leaves prototypes alone. */
async function readSafely(text: string): Promise<ReadResult> {
  runs++
  let result: ReadResult | undefined
  let thrown: unknown
  try {
    result = await readSubmission(text, ctx)
  } catch (error) {
    thrown = error
  }
  expect(thrown).toBeUndefined()
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(protoNames)
  expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  expect(result === undefined ? 'none' : result.ok ? 'ok' : 'refused').not.toBe('none')
  if (result && !result.ok) {
    expect(result.problems.length).toBeGreaterThan(0)
    expect(result).not.toHaveProperty('submission')
  }
  return result!
}

function clone(v: Json): Json {
  return JSON.parse(JSON.stringify(v)) as Json
}

/** Every path in the value (objects, arrays and leaves), root excluded. */
function paths(v: Json, prefix: Path = [], out: Path[] = []): Path[] {
  if (Array.isArray(v))
    v.forEach((x, i) => {
      out.push([...prefix, i])
      paths(x, [...prefix, i], out)
    })
  else if (v !== null && typeof v === 'object')
    for (const k of Object.keys(v)) {
      out.push([...prefix, k])
      paths(v[k]!, [...prefix, k], out)
    }
  return out
}

function getAt(v: Json, path: Path): Json {
  return path.reduce<Json>((acc, k) => (acc as Record<string | number, Json>)[k]!, v)
}

function setAt(v: Json, path: Path, value: Json): void {
  const parent = getAt(v, path.slice(0, -1)) as Record<string | number, Json>
  parent[path[path.length - 1]!] = value
}

/** A value of another JSON type than `v` (every field of the format has exactly one type). */
function otherType(v: Json, pick: number): Json {
  const options: Json[] = [42, 'text', true, [], {}, null].filter((o) => {
    if (Array.isArray(v)) return !Array.isArray(o)
    if (v === null) return o !== null
    if (typeof v === 'object') return o === null || typeof o !== 'object' || Array.isArray(o)
    return typeof o !== typeof v
  })
  return options[pick % options.length]!
}

async function reseal(doc: Record<string, Json>): Promise<string> {
  const checksum = doc.checksum as Record<string, Json> | undefined
  if (checksum && typeof checksum === 'object' && !Array.isArray(checksum)) {
    try {
      checksum.value = await payloadChecksum(doc.payload)
    } catch {
      // a payload JCS cannot encode stays unsealed
    }
  }
  return JSON.stringify(doc)
}

type Mutation = { kind: string; pathPick: number; valuePick: number; reseal: boolean; text: string; n: number }

const mutation = fc.record({
  kind: fc.constantFrom('type', 'protoKey', 'unknownKey', 'huge', 'truncate', 'newer', 'rubric', 'flip', 'format', 'dup'),
  pathPick: fc.nat(),
  valuePick: fc.nat(),
  reseal: fc.boolean(),
  text: fc.string({ maxLength: 12 }),
  n: fc.integer({ min: 2, max: 1_000_000 }),
})

/** Set when a mutation changed the envelope, which is checked before the checksum. */
let touchedEnvelope = false

/** Applies one invalidating mutation; returns the file text. */
async function mutate(m: Mutation): Promise<string> {
  touchedEnvelope = false
  const doc = clone(base) as Record<string, Json>
  const payloadPaths = paths(doc.payload!).map((p) => ['payload', ...p])
  const objectPaths = [[], ...payloadPaths.filter((p) => {
    const v = getAt(doc, p)
    return v !== null && typeof v === 'object' && !Array.isArray(v)
  })]
  const pick = <T,>(xs: T[]) => xs[m.pathPick % xs.length]!
  switch (m.kind) {
    case 'type': {
      const p = pick(payloadPaths)
      setAt(doc, p, otherType(getAt(doc, p), m.valuePick))
      break
    }
    case 'protoKey': {
      const p = pick(objectPaths)
      const key = ['__proto__', 'constructor', 'prototype'][m.valuePick % 3]!
      const text = await (m.reseal ? reseal(doc) : Promise.resolve(JSON.stringify(doc)))
      // Inserted as text: an own "__proto__" key, exactly what a hostile file carries.
      const target = JSON.stringify(getAt(JSON.parse(text) as Json, p))
      const injected = `{"${key}":{"polluted":true},${target.slice(1)}`
      return text.replace(target, target === '{}' ? `{"${key}":{"polluted":true}}` : injected)
    }
    case 'unknownKey': {
      const p = pick(objectPaths)
      touchedEnvelope = p.length === 0
      ;(getAt(doc, p) as Record<string, Json>)[`x${m.text.replace(/[^A-Za-z]/g, '')}Extra`] = 1
      break
    }
    case 'huge': {
      const strings = payloadPaths.filter((p) => typeof getAt(doc, p) === 'string')
      setAt(doc, pick(strings), 'ữ'.repeat(20_001))
      break
    }
    case 'truncate':
      return baseText.slice(0, m.pathPick % (baseText.length - 1))
    case 'newer':
      doc.formatVersion = m.n
      break
    case 'rubric': {
      const refs = payloadPaths.filter((p) => p[p.length - 1] === 'rubricVersion')
      setAt(doc, pick(refs), `${m.n}.${m.valuePick % 10}.0`)
      break
    }
    case 'flip': {
      const start = baseText.indexOf('"payload"') + 12
      const end = baseText.indexOf('"checksum"') - 2
      const i = start + (m.pathPick % (end - start))
      const ch = baseText.charCodeAt(i)
      return baseText.slice(0, i) + String.fromCharCode(ch === 0x41 ? 0x42 : ch ^ 1 || 0x41) + baseText.slice(i + 1)
    }
    case 'format':
      doc.format = m.text === 'gim-submission' ? 'x' : m.text
      break
    case 'dup': {
      const items = (doc.payload as Record<string, Json>).contentAssessments as Json[]
      items.push(clone(items[m.pathPick % items.length]!))
      break
    }
  }
  return m.reseal ? reseal(doc) : JSON.stringify(doc)
}

describe('readSubmission under fuzzing', () => {
  it('random JSON (and random text) is refused cleanly', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.json({ maxDepth: 4 }),
          fc.string({ maxLength: 200 }),
          fc.jsonValue({ maxDepth: 3 }).map((payload) => JSON.stringify({ format: 'gim-submission', formatVersion: 1, payload, checksum: { algorithm: 'SHA-256', canonicalization: 'JCS', value: '0'.repeat(64) } })),
          fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'prototype', 'format', 'payload', 'toString'), fc.jsonValue({ maxDepth: 2 })).map((d) => JSON.stringify(d)),
        ),
        async (text) => {
          const r = await readSafely(text)
          expect(r.ok).toBe(false)
        },
      ),
      { numRuns: 600 },
    )
  })

  it('every invalidating mutation of a valid file is refused', async () => {
    await fc.assert(
      fc.asyncProperty(mutation, async (m) => {
        const text = await mutate(m)
        const r = await readSafely(text)
        expect(r.ok, `${m.kind} ${text.length < 400 ? text : ''}`).toBe(false)
        if (!r.ok && m.kind === 'newer') expect(r.reason).toBe('newerFormat')
        if (!r.ok && m.kind === 'rubric' && m.reseal) expect(r.reason).toBe('unknownRubric')
        if (!r.ok && !m.reseal && !touchedEnvelope && !['truncate', 'newer', 'format', 'protoKey', 'flip'].includes(m.kind)) expect(r.reason).toBe('checksumMismatch')
        // A flipped byte breaks the JSON or the checksum, never passes as something else.
        if (!r.ok && m.kind === 'flip') expect(['notJson', 'checksumMismatch']).toContain(r.reason)
      }),
      { numRuns: 1500 },
    )
  })

  it('a valid file re-encoded (key order, whitespace, BOM) is still read exactly', async () => {
    const expected = await readSubmission(baseText, ctx)
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 8 }), fc.boolean(), fc.boolean(), async (indent, reverse, bom) => {
        const reorder = (v: Json): Json =>
          Array.isArray(v) ? v.map(reorder) : v !== null && typeof v === 'object' ? Object.fromEntries((reverse ? Object.keys(v).reverse() : Object.keys(v)).map((k) => [k, reorder(v[k]!)])) : v
        const text = (bom ? '\ufeff' : '') + JSON.stringify(reorder(base), null, indent)
        expect(await readSafely(text)).toEqual(expected)
      }),
      { numRuns: 60 },
    )
  })
})
