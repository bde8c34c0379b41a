// Roll-up benchmark: deterministic synthetic workspaces of 10k, 100k and 1M content items (about 3
// people each) across 200 outlets, generated directly in columns (generation not timed). Each size
// runs in its own child process so peak memory (max RSS) belongs to that size alone. Targets
// (issue 4, Node, one core): 1M items < 1.5 s and < 1 GB; 100k < 150 ms.
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { cpus, loadavg } from 'node:os'
import { performance } from 'node:perf_hooks'
import type { AdoptionPolicy } from '../../src/domain/adoptionPolicy'
import type { Answer, OrganisationAssessment } from '../../src/domain/assessment'
import { FLAG_HAS_SPEAKING, PERSON_QUOTED, PERSON_SOURCE, type ContentColumns } from '../../src/domain/contentColumns'
import { mulberry32 } from '../../src/domain/demo'
import type { EngineInput } from '../../src/domain/engine'
import { CHANNELS, OUTLET_KINDS, type Outlet } from '../../src/domain/outlet'
import { dayNumber } from '../../src/domain/period'
import { parseRubric, type Rubric } from '../../src/domain/rubric'
import { parseScoringProfile } from '../../src/domain/scoringProfile'
import { parseAdoptionPolicy } from '../../src/domain/adoptionPolicy'
import { computeRollup } from '../../src/domain/rollup'

const OUTLETS = 200
const SIZES = [10_000, 100_000, 1_000_000]
const RUNS = 7
const WARM_UP = 3
const AT = '2026-10-31'
const root = fileURLToPath(new URL('../../', import.meta.url))

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(root + path, 'utf8'))
}

function documents(): { rubric: Rubric; profile: EngineInput['profile']; policy: AdoptionPolicy } {
  const rubric = parseRubric(readJson('rubrics/vn-gsim/1.1.0.json'))
  const profile = parseScoringProfile(readJson('rubrics/scoring/default-1.0.0.json'))
  const policy = parseAdoptionPolicy(readJson('rubrics/policies/hanoi-331-2021.json'))
  if (!rubric.ok || !profile.ok || !policy.ok) throw new Error('cannot read the rubric, profile or policy')
  return { rubric: rubric.value, profile: profile.value, policy: policy.value }
}

/** A deterministic workspace of n items in columns, with one organisation assessment per outlet and year. */
export function syntheticWorkspace(n: number, seed = 42): EngineInput {
  const rnd = mulberry32(seed)
  const { rubric, profile, policy } = documents()
  const lists = rubric.contentCoding.codeLists
  const outlets: Outlet[] = Array.from({ length: OUTLETS }, (_, i) => {
    const channels = [CHANNELS[i % 4]!, ...(i % 3 === 0 ? [CHANNELS[(i + 1) % 4]!] : [])]
    const o: Outlet = {
      id: `outlet-${i}`,
      name: `Cơ quan ${String(i).padStart(3, '0')}`,
      kind: OUTLET_KINDS[i % 6]!,
      channels,
      carriesAds: i % 2 === 0,
      governingBody: 'Sở',
      createdAt: '2022-01-01T00:00:00Z',
      updatedAt: '2022-01-01T00:00:00Z',
    }
    if (i % 4 === 0) o.adoptionDecision = { reference: `QĐ ${i}`, date: '2024-06-01' }
    if (i % 50 === 49) o.archivedAt = '2026-01-01'
    return o
  })
  // Answers: every A-question answered with a plausible value.
  const answers: Record<string, Answer> = {}
  for (const s of rubric.sections)
    for (const ind of s.indicators)
      for (const q of ind.questions) {
        if (q.type === 'countBySex') answers[q.id] = { type: 'countBySex', counts: { women: 4, men: 6, other: 0, unknown: 0 } }
        else if (q.type === 'amountBySex') answers[q.id] = { type: 'amountBySex', amounts: { women: 9, men: 10 } }
        else if (q.type === 'yesNo') answers[q.id] = { type: 'yesNo', value: 'yes', evidence: 'QĐ 1' }
        else if (q.type === 'maturity') answers[q.id] = { type: 'maturity', level: 1 }
        else if (q.type === 'checklist') answers[q.id] = { type: 'checklist', checked: [q.options![0]!.id] }
        else if (q.type === 'singleChoice') answers[q.id] = { type: 'singleChoice', choice: q.options![0]!.id }
        else if (q.type === 'multiChoice') answers[q.id] = { type: 'multiChoice', choices: [q.options![0]!.id] }
        else if (q.allowNA) answers[q.id] = { type: 'na' }
        else answers[q.id] = { type: 'text', text: 'Có' }
      }
  const organisationAssessments: OrganisationAssessment[] = []
  outlets.forEach((o, i) => {
    for (const year of [2023, 2024, 2025, 2026])
      if ((i + year) % 3 !== 0)
        organisationAssessments.push({
          id: `org-${i}-${year}`,
          rubricId: rubric.id,
          rubricVersion: rubric.version,
          outletId: o.id,
          period: { start: `${year}-01-01`, end: `${year}-12-31` },
          answers,
          status: 'complete',
          createdAt: `${year}-12-31T00:00:00Z`,
          updatedAt: `${year}-12-31T00:00:00Z`,
        })
  })

  const from = dayNumber('2022-01-01')
  const span = dayNumber('2026-10-31') - from + 1
  const F = lists.function.length
  const OC = lists.occupation.length
  const people = new Uint32Array(n + 1)
  let total = 0
  for (let i = 0; i < n; i++) {
    people[i] = total
    total += 1 + Math.floor(rnd() * 5) // 1–5, mean 3
  }
  people[n] = total
  const cols: ContentColumns = {
    size: n,
    outletIds: outlets.map((o) => o.id),
    outlet: new Uint32Array(n),
    day: new Int32Array(n),
    flags: new Uint8Array(n),
    kind: new Uint8Array(n),
    channel: new Uint8Array(n),
    version: new Uint8Array(n),
    versions: [`${rubric.id}@${rubric.version}`],
    personStart: people,
    personSex: new Uint8Array(total),
    personFunction: new Uint16Array(total),
    personOccupation: new Uint16Array(total),
    personFlags: new Uint8Array(total),
    journalistStart: new Uint32Array(n + 1),
    journalistSex: new Uint8Array(n),
    journalistRole: new Uint8Array(n),
    speaking: new Float32Array(n * 4),
    adRating: new Uint8Array(n),
    adWomenRoles: new Uint32Array(n),
    functionCodes: lists.function.map((c) => c.code),
    occupationCodes: lists.occupation.map((c) => c.code),
    journalistRoleCodes: lists.journalistRole.map((c) => c.code),
    adRoleCodes: lists.adRole.map((c) => c.code),
  }
  const sourceFns = new Set(['spokesperson', 'expert', 'personalExperience', 'eyewitness', 'popularOpinion'].map((c) => cols.functionCodes.indexOf(c)))
  for (let i = 0; i < n; i++) {
    // Later days more likely: adoption grows over the years.
    cols.outlet[i] = Math.floor(rnd() * OUTLETS)
    cols.day[i] = from + Math.floor(Math.sqrt(rnd()) * span)
    const kind = rnd() < 0.1 ? 2 : rnd() < 0.3 ? 1 : 0
    cols.kind[i] = kind
    cols.channel[i] = Math.floor(rnd() * 4)
    let f = Math.floor(rnd() * 128)
    if (kind === 1) {
      f |= FLAG_HAS_SPEAKING
      cols.speaking[i * 4] = Math.floor(rnd() * 300)
      cols.speaking[i * 4 + 1] = Math.floor(rnd() * 400)
    }
    if (kind === 2) {
      cols.adRating[i] = 1 + Math.floor(rnd() * 3)
      cols.adWomenRoles[i] = Math.floor(rnd() * 4)
    }
    cols.flags[i] = f
    cols.journalistStart[i] = i
    cols.journalistSex[i] = rnd() < 0.45 ? 0 : 1
    cols.journalistRole[i] = Math.floor(rnd() * cols.journalistRoleCodes.length)
    for (let k = people[i]!; k < people[i + 1]!; k++) {
      const r = rnd()
      cols.personSex[k] = r < 0.3 ? 0 : r < 0.95 ? 1 : r < 0.96 ? 2 : 3
      const fn = Math.floor(rnd() * F)
      cols.personFunction[k] = fn
      cols.personOccupation[k] = Math.floor(rnd() * OC)
      const quoted = rnd() < 0.5
      cols.personFlags[k] = (quoted ? PERSON_QUOTED : 0) | (quoted || sourceFns.has(fn) ? PERSON_SOURCE : 0)
    }
  }
  cols.journalistStart[n] = n
  return { outlets, organisationAssessments, contentAssessments: cols, rubrics: [rubric], profile, policy }
}

interface Figures {
  items: number
  people: number
  medianMs: number
  minMs: number
  /** CPU time (user + system) of the run: the machine is shared, so wall time carries others' load. */
  medianCpuMs: number
  maxRssMb: number
  heapPeakMb: number
  pilot: number
  official: number
}

/** Runs one size in this process (called in the child). */
async function measure(n: number): Promise<Figures> {
  const input = syntheticWorkspace(n)
  const cols = input.contentAssessments as ContentColumns
  const times: number[] = []
  const cpu: number[] = []
  let heapPeak = 0
  let last: ReturnType<typeof computeRollup> | null = null
  for (let r = 0; r < WARM_UP; r++) computeRollup(input, { at: AT }) // JIT warm-up, not counted
  for (let r = 0; r < RUNS; r++) {
    const c0 = process.cpuUsage()
    const t0 = performance.now()
    last = computeRollup(input, { at: AT })
    times.push(performance.now() - t0)
    const c = process.cpuUsage(c0)
    cpu.push((c.user + c.system) / 1000)
    heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed)
  }
  times.sort((a, b) => a - b)
  cpu.sort((a, b) => a - b)
  return {
    items: n,
    people: cols.personSex.length,
    medianMs: times[Math.floor(times.length / 2)]!,
    minMs: times[0]!,
    medianCpuMs: cpu[Math.floor(cpu.length / 2)]!,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    heapPeakMb: heapPeak / 1024 / 1024,
    pilot: last!.adoption.pilot.count,
    official: last!.adoption.official.count,
  }
}

export async function run(): Promise<void> {
  const rows: Figures[] = []
  for (const n of SIZES) {
    const out = execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--child', String(n)], {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    })
    rows.push(JSON.parse(out.trim().split('\n').at(-1)!) as Figures)
  }
  const target = (n: number) => (n === 1_000_000 ? '< 1500 ms, < 1024 MB' : n === 100_000 ? '< 150 ms' : '—')
  console.log(`Full roll-up (prepare + aggregate + ${OUTLETS} scorecards + statuses + 2022–2030 monthly series), median of ${RUNS} runs after ${WARM_UP} warm-up runs, each size in its own process:`)
  console.log(`Machine load average now: ${loadavg().map((x) => x.toFixed(1)).join(' ')} on ${cpus().length} cores (wall time includes other processes' load; CPU time does not).`)
  console.log('| items | people | median wall ms | min wall ms | median CPU ms | max RSS MB | heap peak MB | target | pilot/official |')
  console.log('|---:|---:|---:|---:|---:|---:|---:|---|---|')
  for (const r of rows)
    console.log(
      `| ${r.items.toLocaleString('en')} | ${r.people.toLocaleString('en')} | ${r.medianMs.toFixed(0)} | ${r.minMs.toFixed(0)} | ${r.medianCpuMs.toFixed(0)} | ${r.maxRssMb.toFixed(0)} | ${r.heapPeakMb.toFixed(0)} | ${target(r.items)} | ${r.pilot}/${r.official} |`,
    )
}

if (process.argv[2] === '--child') {
  const figures = await measure(Number(process.argv[3]))
  console.log(JSON.stringify(figures))
}
