// The demo workspace: fictional Hanoi outlets coding content and assessing themselves from 2022 to
// 2026, with adoption rising over time (a few official, most pilot by 2025, some none). Every
// name is invented. Deterministic for a seed (own PRNG, UUID-shaped ids from it, no clock): the
// app's "load demo workspace" and `npm run gim -- demo` produce the same records.

import type {
  Answer,
  ContentAssessment,
  ContentKind,
  JournalistRow,
  OrganisationAssessment,
  PersonRow,
  Sex,
} from './assessment'
import { applicableQuestions } from './completeness'
import type { Channel, Outlet, OutletKind } from './outlet'
import { dateOfDay, daysInMonth } from './period'
import { registerToCsv } from './register'
import { compareSemver, type CodeListId, type Question, type Rubric } from './rubric'
import { buildSubmission, serializeSubmission, submissionFileName, type AppInfo, type ChecksumFn } from './submission'

/** The demo's default "today": data runs from 2022-01 up to the day before. */
export const DEMO_DEFAULT_NOW = '2026-11-01T00:00:00Z'
export const DEMO_DEFAULT_SEED = 2026

export interface DemoWorkspace {
  outlets: Outlet[]
  organisationAssessments: OrganisationAssessment[]
  contentAssessments: ContentAssessment[]
}

export interface DemoOptions {
  seed: number
  /** The rubric every demo assessment is pinned to (vn-gsim). */
  rubric: Rubric
  /** ISO timestamp; nothing is dated after it. Default DEMO_DEFAULT_NOW. */
  now?: string
  /** Multiplies the number of content items (1 ≈ 10,000). */
  scale?: number
}

/** The rubric the demo pins: the newest published vn-gsim version (app and CLI agree on it). */
export function pickDemoRubric(rubrics: readonly Rubric[]): Rubric | undefined {
  return rubrics
    .filter((r) => r.id === 'vn-gsim')
    .sort((a, b) => compareSemver(a.version, b.version))
    .at(-1)
}

// --- deterministic randomness ------------------------------------------------------------------

/** mulberry32: a small, fast 32-bit PRNG; plenty for fictional data. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

class Rng {
  private readonly next: () => number
  constructor(seed: number) {
    this.next = mulberry32(seed)
  }
  float(): number {
    return this.next()
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1))
  }
  chance(p: number): boolean {
    return this.next() < p
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!
  }
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((s, [, w]) => s + w, 0)
    let r = this.next() * total
    for (const [item, w] of items) {
      r -= w
      if (r < 0) return item
    }
    return items[items.length - 1]![0]
  }
  subset<T>(items: readonly T[], p: number): T[] {
    return items.filter(() => this.next() < p)
  }
  private hex8(): string {
    return Math.floor(this.next() * 4294967296)
      .toString(16)
      .padStart(8, '0')
  }
  /** A version-4-shaped UUID from the generator. */
  uuid(): string {
    const a = this.hex8()
    const b = this.hex8()
    const c = this.hex8()
    const d = this.hex8()
    const variant = '89ab'[Math.floor(this.next() * 4)]!
    return `${a}-${b.slice(0, 4)}-4${b.slice(5, 8)}-${variant}${c.slice(1, 4)}-${c.slice(4, 8)}${d}`
  }
}

// --- the fictional outlets ---------------------------------------------------------------------

type Tier = 'official' | 'pilot' | 'late' | 'lapsed' | 'never'

interface OutletSpec {
  name: string
  kind: OutletKind
  channels: Channel[]
  carriesAds: boolean
  governingBody: string
  tier: Tier
  /** First month with data, YYYY-MM. */
  from: string
  /** Last month with data (lapsed outlets), YYYY-MM. */
  until?: string
  decision?: { reference: string; date: string }
  /** Items per month once running. */
  perMonth: number
  /** How far the outlet's share of women sources sits from the average. */
  lean: number
}

const OUTLETS: readonly OutletSpec[] = [
  { name: 'Báo Thủ đô Sáng', kind: 'newspaper', channels: ['print', 'online'], carriesAds: true, governingBody: 'Hội đồng Biên tập Thủ đô Sáng (hư cấu)', tier: 'official', from: '2022-02', decision: { reference: 'Quyết định số 15/QĐ-TĐS', date: '2024-06-14' }, perMonth: 42, lean: 0.06 },
  { name: 'Đài Truyền hình Tây Hồ', kind: 'television', channels: ['tv', 'online'], carriesAds: true, governingBody: 'Công ty Truyền thông Tây Hồ (hư cấu)', tier: 'official', from: '2022-05', decision: { reference: 'Quyết định số 08/QĐ-THTH', date: '2025-03-20' }, perMonth: 38, lean: 0.03 },
  { name: 'Báo điện tử Tin Hồ Tây', kind: 'online', channels: ['online'], carriesAds: true, governingBody: 'Hội Văn nghệ Hồ Tây (hư cấu)', tier: 'official', from: '2022-09', decision: { reference: 'Quyết định số 21/QĐ-THT', date: '2025-09-10' }, perMonth: 40, lean: 0.08 },
  { name: 'Đài Phát thanh Hồ Gươm', kind: 'radio', channels: ['radio', 'online'], carriesAds: true, governingBody: 'Trung tâm Phát thanh Hồ Gươm (hư cấu)', tier: 'official', from: '2023-01', decision: { reference: 'Quyết định số 02/QĐ-PTHG', date: '2026-02-02' }, perMonth: 36, lean: 0.0 },
  { name: 'Báo Phố Cổ', kind: 'newspaper', channels: ['print', 'online'], carriesAds: true, governingBody: 'Hội Doanh nghiệp Phố Cổ (hư cấu)', tier: 'pilot', from: '2023-02', perMonth: 12, lean: -0.02 },
  { name: 'Tạp chí Văn hóa Kinh Kỳ', kind: 'magazine', channels: ['print', 'online'], carriesAds: true, governingBody: 'Hội Văn hóa Kinh Kỳ (hư cấu)', tier: 'pilot', from: '2023-06', perMonth: 8, lean: 0.04 },
  { name: 'Báo điện tử Nhịp Sống Long Biên', kind: 'online', channels: ['online'], carriesAds: true, governingBody: 'Công ty Cổ phần Nhịp Sống (hư cấu)', tier: 'pilot', from: '2024-01', perMonth: 13, lean: -0.04 },
  { name: 'Đài Phát thanh – Truyền hình Sóc Sơn', kind: 'broadcaster', channels: ['radio', 'tv', 'online'], carriesAds: true, governingBody: 'Trung tâm Văn hóa Sóc Sơn (hư cấu)', tier: 'pilot', from: '2024-04', perMonth: 12, lean: -0.06 },
  { name: 'Kênh Truyền hình Hà Thành Xanh', kind: 'television', channels: ['tv'], carriesAds: true, governingBody: 'Công ty Truyền thông Hà Thành Xanh (hư cấu)', tier: 'pilot', from: '2024-09', perMonth: 10, lean: 0.01 },
  { name: 'Tạp chí Gia đình Thăng Long', kind: 'magazine', channels: ['print'], carriesAds: true, governingBody: 'Hội Gia đình Thăng Long (hư cấu)', tier: 'pilot', from: '2025-01', perMonth: 7, lean: 0.1 },
  { name: 'Báo điện tử Bông Sen Trắng', kind: 'online', channels: ['online'], carriesAds: true, governingBody: 'Hội Bảo tồn Bông Sen (hư cấu)', tier: 'pilot', from: '2025-04', perMonth: 9, lean: 0.05 },
  { name: 'Hội Nhà báo Quận Hoàn Kiếm (hư cấu)', kind: 'association', channels: ['online'], carriesAds: false, governingBody: 'Hội Nhà báo Thành phố (hư cấu)', tier: 'pilot', from: '2025-03', perMonth: 5, lean: 0.07 },
  { name: 'Tuần báo Sông Hồng Xanh', kind: 'newspaper', channels: ['print'], carriesAds: true, governingBody: 'Hội Du lịch Sông Hồng (hư cấu)', tier: 'late', from: '2026-03', perMonth: 8, lean: -0.03 },
  { name: 'Đài Phát thanh Giao thông Đông Anh', kind: 'radio', channels: ['radio'], carriesAds: true, governingBody: 'Trung tâm Giao thông Đông Anh (hư cấu)', tier: 'lapsed', from: '2022-05', until: '2023-08', perMonth: 6, lean: -0.08 },
  { name: 'Trang tin Cầu Giấy 24h', kind: 'online', channels: ['online'], carriesAds: false, governingBody: 'Công ty Tin nhanh Cầu Giấy (hư cấu)', tier: 'never', from: '2099-01', perMonth: 0, lean: 0 },
  { name: 'Tạp chí Khoa học Ba Vì', kind: 'magazine', channels: ['online'], carriesAds: false, governingBody: 'Viện Khoa học Ba Vì (hư cấu)', tier: 'never', from: '2099-01', perMonth: 0, lean: 0 },
]

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Đinh', 'Mai']
const MIDDLE_F = ['Thị', 'Ngọc', 'Thu', 'Minh', 'Thanh', 'Hồng', 'Diệu']
const MIDDLE_M = ['Văn', 'Đức', 'Quang', 'Minh', 'Hữu', 'Công', 'Thành']
const GIVEN_F = ['Hằng', 'Lan', 'Mai', 'Hương', 'Thảo', 'Linh', 'Trang', 'Yến', 'Hoa', 'Nga', 'Phượng', 'Huyền', 'Loan', 'Vân']
const GIVEN_M = ['Dũng', 'Hùng', 'Nam', 'Tuấn', 'Sơn', 'Long', 'Hải', 'Quân', 'Khánh', 'Thắng', 'Cường', 'Phúc', 'Bình', 'Toàn']
const PLACES = ['Ba Đình', 'Hoàn Kiếm', 'Tây Hồ', 'Long Biên', 'Cầu Giấy', 'Đống Đa', 'Hai Bà Trưng', 'Hoàng Mai', 'Thanh Xuân', 'Sóc Sơn', 'Đông Anh', 'Gia Lâm', 'Ba Vì', 'Sơn Tây']
const HEADLINES = [
  'Mở rộng tuyến xe buýt điện đến {p}',
  'Người dân {p} góp ý quy hoạch công viên mới',
  'Trường học ở {p} thí điểm bữa ăn bán trú miễn phí',
  'Chợ đêm {p} tấp nập dịp cuối tuần',
  'Hợp tác xã nông nghiệp {p} xuất khẩu lô hàng đầu tiên',
  'Bệnh viện quận {p} ra mắt phòng khám sức khỏe sinh sản',
  'Nữ doanh nhân khởi nghiệp với sản phẩm gốm {p}',
  'Câu lạc bộ bóng đá thiếu niên {p} giành cúp thành phố',
  'Giá rau xanh tại {p} tăng sau mưa lớn',
  'Lễ hội làng nghề truyền thống ở {p}',
  'Phường {p} xử lý điểm ngập úng kéo dài',
  'Thanh niên {p} tình nguyện dọn rác ven sông',
  'Kỹ sư trẻ {p} chế tạo máy lọc nước giá rẻ',
  'Hội thảo về phòng chống bạo lực gia đình tại {p}',
  'Nghệ nhân {p} truyền dạy hát ca trù cho học sinh',
  'Doanh nghiệp công nghệ {p} tuyển dụng lập trình viên',
  'Cải tạo nhà văn hóa khu dân cư {p}',
  'Tai nạn giao thông trên đường vành đai qua {p}',
  'Triển lãm ảnh về phụ nữ làm khoa học tại {p}',
  'Người cao tuổi {p} học sử dụng điện thoại thông minh',
  'Khai trương thư viện cộng đồng ở {p}',
  'Đội phản ứng nhanh {p} diễn tập phòng cháy',
  'Mô hình nhà trẻ tại khu công nghiệp gần {p}',
  'Bàn giao nhà tình nghĩa cho gia đình chính sách ở {p}',
]
const AD_PRODUCTS = ['nước giặt', 'sữa bột', 'xe máy', 'điện thoại', 'bảo hiểm', 'mỹ phẩm', 'nồi cơm điện', 'ngân hàng số', 'bia', 'căn hộ']

// --- small date helpers (UTC, no clock) -------------------------------------------------------

function pad2(n: number): string {
  return String(n).padStart(2, '0')
}

/** UTC timestamp "YYYY-MM-DDThh:mm:ssZ" of a time in ms (civil-from-days, no Date object). */
function iso(ms: number): string {
  const days = Math.floor(ms / 86_400_000)
  let secs = Math.floor((ms - days * 86_400_000) / 1000)
  const hh = Math.floor(secs / 3600)
  secs -= hh * 3600
  const mm = Math.floor(secs / 60)
  const ss = secs - mm * 60
  return `${dateOfDay(days)}T${pad2(hh)}:${pad2(mm)}:${pad2(ss)}Z`
}

function msOf(date: string, hour = 0, minute = 0): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)), hour, minute)
}

function monthsBetween(from: string, to: string): string[] {
  const out: string[] = []
  let y = Number(from.slice(0, 4))
  let m = Number(from.slice(5, 7))
  const ty = Number(to.slice(0, 4))
  const tm = Number(to.slice(5, 7))
  while (y < ty || (y === ty && m <= tm)) {
    out.push(`${y}-${pad2(m)}`)
    m++
    if (m === 13) {
      m = 1
      y++
    }
  }
  return out
}

// --- content --------------------------------------------------------------------------------

function codes(rubric: Rubric, list: CodeListId, fallback: string): string[] {
  const found = rubric.contentCoding.codeLists[list]?.map((c) => c.code) ?? []
  return found.length > 0 ? found : [fallback]
}

interface Codebook {
  topic: string[]
  scope: string[]
  functions: [string, number][]
  occupation: string[]
  adRole: string[]
  journalistRole: string[]
}

const FUNCTION_WEIGHTS: Record<string, number> = {
  subject: 30,
  spokesperson: 20,
  expert: 14,
  personalExperience: 12,
  eyewitness: 6,
  popularOpinion: 12,
  other: 4,
  unknown: 2,
}

function codebook(rubric: Rubric): Codebook {
  return {
    topic: codes(rubric, 'topic', 'other'),
    scope: codes(rubric, 'scope', 'local'),
    functions: codes(rubric, 'function', 'subject').map((c) => [c, FUNCTION_WEIGHTS[c] ?? 1]),
    occupation: codes(rubric, 'occupation', 'unknown'),
    adRole: codes(rubric, 'adRole', 'other'),
    journalistRole: codes(rubric, 'journalistRole', 'reporter'),
  }
}

function personName(rng: Rng, sex: Sex): string | undefined {
  if (sex === 'female') return `${rng.pick(FAMILY)} ${rng.pick(MIDDLE_F)} ${rng.pick(GIVEN_F)}`
  if (sex === 'male') return `${rng.pick(FAMILY)} ${rng.pick(MIDDLE_M)} ${rng.pick(GIVEN_M)}`
  return undefined
}

/** Share of women among people in the news: about a quarter in 2022, a third by 2026. */
function womenShare(spec: OutletSpec, month: string): number {
  const t = (Number(month.slice(0, 4)) - 2022) * 12 + Number(month.slice(5, 7)) - 1
  const decided = spec.decision && month >= spec.decision.date.slice(0, 7) ? 0.04 : 0
  return Math.min(0.6, Math.max(0.08, 0.24 + (t / 60) * 0.09 + spec.lean + decided))
}

function drawSex(rng: Rng, pWomen: number): Sex {
  const r = rng.float()
  if (r < 0.02) return 'unknown'
  if (r < 0.025) return 'other'
  return rng.chance(pWomen) ? 'female' : 'male'
}

function makePeople(rng: Rng, book: Codebook, pWomen: number, count: number): PersonRow[] {
  const people: PersonRow[] = []
  for (let i = 0; i < count; i++) {
    const fn = rng.weighted(book.functions)
    // Fewer women among experts and spokespeople, as monitoring finds everywhere.
    const p = fn === 'expert' || fn === 'spokesperson' ? pWomen * 0.75 : fn === 'popularOpinion' || fn === 'personalExperience' ? Math.min(0.7, pWomen * 1.3) : pWomen
    const sex = drawSex(rng, p)
    const person: PersonRow = {
      id: `p${i + 1}`,
      sex,
      function: fn,
      occupation: rng.pick(book.occupation),
      quoted: fn === 'subject' ? rng.chance(0.35) : rng.chance(0.85),
      photographed: rng.chance(sex === 'female' ? 0.4 : 0.3),
      victim: rng.chance(0.05),
      survivor: rng.chance(0.02),
      familyRole: rng.chance(sex === 'female' ? 0.16 : 0.04),
      chosenByNewsroom: fn === 'expert' ? rng.chance(0.6) : rng.chance(0.1),
    }
    const name = personName(rng, sex)
    if (name !== undefined) person.name = name
    people.push(person)
  }
  return people
}

function contentItem(
  rng: Rng,
  book: Codebook,
  rubric: Rubric,
  spec: OutletSpec,
  outletId: string,
  month: string,
  serial: number,
  nowMs: number,
): ContentAssessment | undefined {
  const y = Number(month.slice(0, 4))
  const m = Number(month.slice(5, 7))
  const date = `${month}-${pad2(rng.int(1, daysInMonth(y, m)))}`
  const createdMs = msOf(date, rng.int(1, 10), rng.int(0, 59)) + rng.int(0, 3) * 86_400_000
  if (createdMs >= nowMs) return undefined
  const updatedMs = Math.min(nowMs - 60_000, createdMs + (rng.chance(0.3) ? rng.int(5, 600) * 60_000 : 0))
  const channel = rng.pick(spec.channels)
  const isAd = spec.carriesAds && rng.chance(0.08)
  const kind: ContentKind = isAd ? 'advertisement' : channel === 'radio' || channel === 'tv' ? 'broadcast' : 'article'
  const pWomen = womenShare(spec, month)
  const place = rng.pick(PLACES)
  const title = isAd ? `Quảng cáo ${rng.pick(AD_PRODUCTS)} (${place})` : rng.pick(HEADLINES).replace('{p}', place)
  const trend = (y - 2022) / 4
  const item: ContentAssessment = {
    id: rng.uuid(),
    outletId,
    rubricId: rubric.id,
    rubricVersion: rubric.version,
    kind,
    channel,
    date,
    title,
    story: {
      topic: rng.pick(book.topic),
      scope: rng.pick(book.scope),
      aboutWomen: rng.chance(0.1 + 0.05 * trend),
      womenConcerns: rng.chance(0.08 + 0.04 * trend),
      stereotypeOvert: rng.chance(0.07 - 0.03 * trend),
      stereotypeSubtle: rng.chance(0.14 - 0.04 * trend),
      challengesStereotypes: rng.chance(0.03 + 0.04 * trend),
      refersToLaw: rng.chance(0.03 + 0.03 * trend),
      highlightsInequality: rng.chance(0.04 + 0.04 * trend),
    },
    people: [],
    journalists: [],
    status: updatedMs > nowMs - 14 * 86_400_000 && rng.chance(0.3) ? 'draft' : 'complete',
    createdAt: iso(createdMs),
    updatedAt: iso(updatedMs),
  }
  if (channel === 'online') item.url = `https://demo.gim-index.invalid/${outletId.slice(0, 8)}/${month}/${serial}`
  if (isAd) {
    const stereotyped = 0.38 - 0.15 * trend
    item.ad = {
      rating: rng.weighted([
        ['stereotyped', stereotyped],
        ['neutral', 0.5],
        ['genderSensitive', 0.12 + 0.15 * trend],
      ] as const),
      womenRoles: rng.subset(book.adRole, 0.35).slice(0, 3),
      menRoles: rng.subset(book.adRole, 0.3).slice(0, 3),
    }
    if (channel !== 'print') item.ad.voiceOverSex = rng.chance(0.3) ? 'female' : 'male'
    return item
  }
  item.people = makePeople(rng, book, pWomen, kind === 'broadcast' ? rng.int(1, 5) : rng.int(1, 6))
  const journalists: JournalistRow[] = []
  const reporter = book.journalistRole.includes('reporter') ? 'reporter' : book.journalistRole[0]!
  const presenter = book.journalistRole.includes('presenter') ? 'presenter' : book.journalistRole[0]!
  journalists.push({ sex: rng.chance(0.45 + 0.05 * trend) ? 'female' : 'male', role: reporter })
  if (rng.chance(0.2)) journalists.push({ sex: rng.chance(0.45) ? 'female' : 'male', role: reporter })
  if (kind === 'broadcast') {
    journalists.push({ sex: rng.chance(0.55) ? 'female' : 'male', role: presenter })
    const seconds = { female: 0, male: 0, other: 0, unknown: 0 }
    for (const p of item.people) if (p.quoted) seconds[p.sex] += rng.int(8, 90)
    item.speakingSeconds = seconds
  }
  item.journalists = journalists
  return item
}

// --- organisation assessments ----------------------------------------------------------------

const EVIDENCE = ['Quyết định số {n}/QĐ', 'Biên bản họp ban biên tập ngày {d}', 'Quy chế nội bộ số {n}/QC', 'Kế hoạch số {n}/KH về bình đẳng giới']

function answerFor(rng: Rng, q: Question, maturity: number, year: number): Answer {
  const evidence = () => rng.pick(EVIDENCE).replace('{n}', String(rng.int(1, 60))).replace('{d}', `${pad2(rng.int(1, 28))}/${pad2(rng.int(1, 12))}/${year}`)
  switch (q.type) {
    case 'yesNo': {
      const yes = rng.chance(0.3 + 0.6 * maturity)
      if (!yes) return { type: 'yesNo', value: 'no' }
      return q.evidenceRequired || rng.chance(0.5) ? { type: 'yesNo', value: 'yes', evidence: evidence() } : { type: 'yesNo', value: 'yes' }
    }
    case 'checklist': {
      const checked = rng.subset((q.options ?? []).map((o) => o.id), 0.25 + 0.6 * maturity)
      return rng.chance(0.5) ? { type: 'checklist', checked, evidence: evidence() } : { type: 'checklist', checked }
    }
    case 'countBySex': {
      const total = rng.int(4, 80)
      const women = Math.round(total * Math.min(0.6, 0.2 + 0.25 * maturity + rng.float() * 0.15))
      const unknown = rng.chance(0.1) ? 1 : 0
      return { type: 'countBySex', counts: { women, men: Math.max(0, total - women - unknown), other: 0, unknown } }
    }
    case 'amountBySex': {
      const men = rng.int(11, 19) * 1_000_000
      const gap = 0.18 - 0.14 * maturity + rng.float() * 0.05
      return { type: 'amountBySex', amounts: { women: Math.round((men * (1 - gap)) / 10_000) * 10_000, men } }
    }
    case 'maturity': {
      const levels = (q.levels ?? []).map((l) => l.level).sort((a, b) => a - b)
      if (levels.length === 0) return { type: 'maturity', level: 0 }
      const idx = Math.min(levels.length - 1, Math.max(0, Math.round(maturity * (levels.length - 1) + (rng.float() - 0.5))))
      return { type: 'maturity', level: levels[idx]! }
    }
    case 'singleChoice':
      return { type: 'singleChoice', choice: rng.pick((q.options ?? [{ id: 'other' }]).map((o) => o.id)) }
    case 'multiChoice': {
      const ids = (q.options ?? []).map((o) => o.id)
      const choices = rng.subset(ids, 0.4)
      return { type: 'multiChoice', choices: choices.length > 0 || ids.length === 0 ? choices : [ids[0]!] }
    }
    case 'text':
      return { type: 'text', text: rng.pick(['Đã tổ chức tập huấn về giới cho phóng viên.', 'Đang xây dựng quy chế nội bộ.', 'Chưa có hoạt động cụ thể trong kỳ.', 'Phối hợp với Hội Phụ nữ (hư cấu) tổ chức tọa đàm.']) }
  }
}

function organisationAssessment(
  rng: Rng,
  rubric: Rubric,
  spec: OutletSpec,
  outlet: Outlet,
  year: number,
  nowMs: number,
): OrganisationAssessment | undefined {
  const start = `${year}-01-01`
  const firstMonth = Math.max(1, spec.from.startsWith(String(year)) ? Number(spec.from.slice(5, 7)) : 2)
  const createdMs = msOf(`${year}-${pad2(Math.min(12, firstMonth + 1))}-${pad2(rng.int(1, 28))}`, 9)
  if (createdMs >= nowMs) return undefined
  const updatedMs = Math.min(nowMs - 3_600_000, createdMs + rng.int(2, 40) * 86_400_000)
  const decided = spec.decision !== undefined && `${year}-12-31` >= spec.decision.date
  // Official outlets answer every applicable A-section once they have decided (and the year before);
  // pilots answer A1 fully and a few questions elsewhere.
  const full = spec.tier === 'official' && (decided || `${year + 1}-12-31` >= spec.decision!.date)
  const maturity = Math.min(1, (year - 2021) * 0.15 + (full ? 0.3 : 0))
  const answers: Record<string, Answer> = {}
  for (const { section, question } of applicableQuestions(rubric, outlet)) {
    const answer = full || section.id === 'A1' || rng.chance(0.25)
    if (!answer) continue
    answers[question.id] = question.allowNA && !question.required && rng.chance(0.05) ? { type: 'na' } : answerFor(rng, question, maturity, year)
  }
  return {
    id: rng.uuid(),
    outletId: outlet.id,
    rubricId: rubric.id,
    rubricVersion: rubric.version,
    period: { start, end: `${year}-12-31` },
    answers,
    status: full ? 'complete' : 'draft',
    createdAt: iso(createdMs),
    updatedAt: iso(updatedMs),
  }
}

// --- the workspace -----------------------------------------------------------------------------

export function generateDemoWorkspace(opts: DemoOptions): DemoWorkspace {
  const rubric = opts.rubric
  const now = opts.now ?? DEMO_DEFAULT_NOW
  const nowMs = Date.parse(now)
  const scale = opts.scale ?? 1
  const rng = new Rng(opts.seed)
  const book = codebook(rubric)
  const lastMonth = now.slice(0, 7) > '2026-12' ? '2026-12' : now.slice(0, 7)
  const outlets: Outlet[] = []
  const organisationAssessments: OrganisationAssessment[] = []
  const contentAssessments: ContentAssessment[] = []
  OUTLETS.forEach((spec, index) => {
    const id = rng.uuid()
    // Each outlet draws from its own stream, so one outlet's volume does not reshuffle the others.
    const own = new Rng((opts.seed * 7919 + index * 104_729) >>> 0)
    const registeredMs = Math.min(nowMs - 86_400_000, msOf('2021-12-15', 8) + index * 3_600_000)
    const outlet: Outlet = {
      id,
      name: spec.name,
      kind: spec.kind,
      channels: [...spec.channels],
      carriesAds: spec.carriesAds,
      governingBody: spec.governingBody,
      createdAt: iso(registeredMs),
      updatedAt: iso(registeredMs),
    }
    if (spec.decision && msOf(spec.decision.date, 12) < nowMs) {
      outlet.adoptionDecision = { ...spec.decision }
      outlet.updatedAt = iso(msOf(spec.decision.date, 15))
    }
    outlets.push(outlet)
    if (spec.tier === 'never') return
    const until = spec.until && spec.until < lastMonth ? spec.until : lastMonth
    const months = monthsBetween(spec.from, until)
    let serial = 0
    months.forEach((month, age) => {
      // Volume ramps up over the first months of adoption.
      const ramp = Math.min(1, 0.4 + age / 8)
      const n = Math.max(0, Math.round(spec.perMonth * ramp * scale * (0.85 + own.float() * 0.3)))
      const batch: ContentAssessment[] = []
      for (let i = 0; i < n; i++) {
        const item = contentItem(own, book, rubric, spec, id, month, ++serial, nowMs)
        if (item) batch.push(item)
      }
      batch.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
      contentAssessments.push(...batch)
    })
    const firstYear = Number(spec.from.slice(0, 4))
    const lastYear = Number(until.slice(0, 4))
    for (let year = firstYear; year <= lastYear; year++) {
      const a = organisationAssessment(own, rubric, spec, outlet, year, nowMs)
      if (a) organisationAssessments.push(a)
    }
  })
  return { outlets, organisationAssessments, contentAssessments }
}

export interface DemoFile {
  fileName: string
  text: string
}

/**
 * The demo as a department receives it: one submission file per outlet that has anything to send
 * (outlets that never took part appear only in the register), plus the register as CSV.
 */
export async function demoOutletFiles(
  ws: DemoWorkspace,
  opts: { app: AppInfo; checksum: ChecksumFn; createdAt?: string; includeNames?: boolean },
): Promise<{ files: DemoFile[]; registerCsv: string }> {
  const createdAt = opts.createdAt ?? DEMO_DEFAULT_NOW
  const files: DemoFile[] = []
  for (const outlet of ws.outlets) {
    const org = ws.organisationAssessments.filter((a) => a.outletId === outlet.id)
    const content = ws.contentAssessments.filter((a) => a.outletId === outlet.id)
    if (org.length === 0 && content.length === 0) continue
    const submission = await buildSubmission(
      {
        outlet,
        organisationAssessments: org,
        contentAssessments: content,
        includeNames: opts.includeNames ?? false,
        app: opts.app,
        createdAt,
        sender: `Thư ký tòa soạn, ${outlet.name}`,
      },
      opts.checksum,
    )
    files.push({ fileName: submissionFileName(outlet.name, createdAt), text: serializeSubmission(submission) })
  }
  return { files, registerCsv: registerToCsv(ws.outlets) }
}
