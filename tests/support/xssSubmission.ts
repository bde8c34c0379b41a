// A valid submission file (correct checksum) whose every free-text field holds an XSS payload.
// It starts from the demo data, fills the optional text fields (evidence, names, url, sender,
// adoption decision), then tries payloads on every string in the payload: a payload stays where
// the submission reader accepts it, so every field the app takes as free text gets one, whatever
// the schema grows into. Each payload sets window.__xss and calls alert() if it ever runs, and
// carries a marker "XSS<n>" so a test can find it shown as text.
import { readCatalogue } from '../../src/cli/files'
import { findRubric, latestRubric, type Catalogue } from '../../src/domain/catalogue'
import { generateDemoWorkspace } from '../../src/domain/demo'
import {
  buildSubmission,
  parseSubmissionPayload,
  readSubmission,
  serializeSubmission,
  type SubmissionPayload,
} from '../../src/domain/submission'
import { Checker } from '../../src/domain/validate'
import { payloadChecksum } from '../../src/platform/checksum'

export const XSS_TEXT_PAYLOADS: ((n: number) => string)[] = [
  (n) => `XSS${n}<script>window.__xss=${n};alert(${n})</script>`,
  (n) => `XSS${n}<img src=x onerror="window.__xss=${n};alert(${n})">`,
  (n) => `XSS${n}<svg onload="window.__xss=${n};alert(${n})">`,
  (n) => `XSS${n}"><iframe srcdoc="<script>parent.__xss=${n};alert(${n})</script>">`,
  (n) => `javascript:window.__xss=${n};alert(${n})//XSS${n}`,
  (n) => `XSS${n}{{constructor.constructor('window.__xss=${n};alert(${n})')()}}`,
]
/** For fields that must be an http(s) address: markup that breaks out of an attribute if unescaped. */
export const XSS_URL_PAYLOAD = (n: number) => `https://xss.invalid/XSS${n}"><svg/onload=window.__xss=${n};alert(${n})>`

export interface XssSubmission {
  fileName: string
  text: string
  outletName: string
  /** Paths that hold a payload, e.g. payload.contentAssessments[0].title. */
  poisoned: string[]
  /** One payload per kind of field (path with indexes as *), to look for on the pages as text. */
  samples: Map<string, string>
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

function leaves(value: Json, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value === 'string') return [path]
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, [...path, i]))
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k]))
  return []
}

function setAt(root: Json, path: (string | number)[], text: string): void {
  let node = root as Record<string | number, Json>
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>
  node[path[path.length - 1]!] = text
}

/** Accepted by the app's reader, with the rubric versions the app knows. */
function accepted(payload: Json, catalogue: Catalogue): boolean {
  const c = new Checker()
  const known = (id: string, version: string) => findRubric(catalogue, id, version) !== undefined
  return parseSubmissionPayload(c, payload, 'payload', known) !== undefined && c.problems.length === 0
}

export async function buildXssSubmission(): Promise<XssSubmission> {
  const { catalogue } = await readCatalogue('rubrics')
  const rubric = latestRubric(catalogue, 'vn-gsim')
  if (!rubric) throw new Error('rubrics/vn-gsim has no rubric')
  const ws = generateDemoWorkspace({ seed: 9, rubric, scale: 0.05 })
  const outlet = ws.outlets.find(
    (o) => ws.organisationAssessments.some((a) => a.outletId === o.id) && ws.contentAssessments.some((a) => a.outletId === o.id),
  )
  if (!outlet) throw new Error('the demo has no outlet with both kinds of assessment')
  const org = ws.organisationAssessments.filter((a) => a.outletId === outlet.id).slice(0, 2)
  const content = ws.contentAssessments.filter((a) => a.outletId === outlet.id).slice(0, 6)
  const base = await buildSubmission(
    {
      outlet,
      organisationAssessments: org,
      contentAssessments: content,
      includeNames: true,
      app: { name: 'GIM Index', version: '0.0.0-xss' },
      createdAt: '2026-11-01T00:00:00Z',
      sender: 'sender',
    },
    payloadChecksum,
  )
  const payload = JSON.parse(JSON.stringify(base.payload)) as SubmissionPayload & Record<string, Json>

  // Optional text fields the demo leaves out.
  payload.outlet.adoptionDecision ??= { reference: 'ref', date: '2025-01-01' }
  for (const a of payload.organisationAssessments)
    for (const answer of Object.values(a.answers))
      if (answer.type === 'yesNo' || answer.type === 'checklist' || answer.type === 'maturity') answer.evidence = 'evidence'
  for (const a of payload.contentAssessments) {
    a.url ??= 'https://example.invalid/'
    for (const person of a.people) person.name ??= 'name'
  }

  // Every string in the payload gets the first payload (in rotation) the reader accepts there.
  const root = payload as unknown as Json
  const poisoned: string[] = []
  const samples = new Map<string, string>()
  let n = 0
  for (const path of leaves(root)) {
    const before = JSON.stringify(root)
    const candidates = [...XSS_TEXT_PAYLOADS.map((_, i) => XSS_TEXT_PAYLOADS[(n + i) % XSS_TEXT_PAYLOADS.length]!), XSS_URL_PAYLOAD]
    const make = candidates.find((candidate) => {
      setAt(root, path, candidate(n + 1))
      if (accepted(root, catalogue)) return true
      Object.assign(root as object, JSON.parse(before))
      return false
    })
    if (!make) continue
    n += 1
    poisoned.push(`payload.${path.join('.')}`)
    const kind = path.map((k) => (typeof k === 'number' ? '*' : k)).join('.')
    if (!samples.has(kind)) samples.set(kind, make(n))
  }
  const final = new Checker()
  parseSubmissionPayload(final, root, 'payload', (id, version) => findRubric(catalogue, id, version) !== undefined)
  if (final.problems.length > 0) throw new Error(`the poisoned payload is not a valid submission: ${JSON.stringify(final.problems.slice(0, 3))}`)

  const submission = await buildSubmission(
    {
      outlet: payload.outlet,
      organisationAssessments: payload.organisationAssessments,
      contentAssessments: payload.contentAssessments,
      includeNames: true,
      app: base.app,
      createdAt: base.createdAt,
      sender: payload.sender,
    },
    payloadChecksum,
  )
  const text = serializeSubmission(submission)
  const check = await readSubmission(text, {
    checksum: payloadChecksum,
    rubricKnown: (id, version) => findRubric(catalogue, id, version) !== undefined,
  })
  if (!check.ok) throw new Error(`the XSS submission does not read back: ${check.reason} ${JSON.stringify(check.problems.slice(0, 3))}`)
  return { fileName: 'gim-submission_xss.json', text, outletName: payload.outlet.name, poisoned, samples }
}

/** A valid file except for one `javascript:` URL, which the reader must refuse (checksum correct). */
export async function buildJavascriptUrlSubmission(): Promise<{ fileName: string; text: string }> {
  const good = JSON.parse((await buildXssSubmission()).text) as { payload: SubmissionPayload; checksum: { value: string } }
  const item = good.payload.contentAssessments[0]
  if (!item) throw new Error('no content assessment to carry the URL')
  item.url = 'javascript:window.__xss=999;alert(999)'
  good.checksum.value = await payloadChecksum(good.payload)
  return { fileName: 'gim-submission_javascript-url.json', text: `${JSON.stringify(good, null, 2)}\n` }
}
