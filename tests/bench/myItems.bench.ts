// "My items" at 10,000 items: the in-memory search and filters the list runs on every keystroke
// (diacritics-insensitive search over titles and topics; sorted once when the list loads).
// Medians of 15 runs.
import type { ContentAssessment } from '@/domain/assessment'
import { blankContentAssessment, filterItems, newestFirst, topicSearchIndex, type ItemFilters } from '@/domain/coding'
import { mulberry32 } from '@/domain/demo'
import type { Code } from '@/domain/rubric'

const WORDS = ['Bình đẳng', 'giới', 'phụ nữ', 'lãnh đạo', 'doanh nghiệp', 'giao thông', 'Hà Nội', 'bạo lực', 'gia đình', 'kỹ sư', 'nông thôn', 'y tế', 'giáo dục', 'thể thao']
const TOPICS: Code[] = [
  { code: 'economy', label: { vi: 'Kinh tế', en: 'Economy' } },
  { code: 'gbv', label: { vi: 'Bạo lực trên cơ sở giới', en: 'Gender-based violence' } },
  { code: 'health', label: { vi: 'Y tế, sức khoẻ', en: 'Health' } },
  { code: 'sports', label: { vi: 'Thể thao', en: 'Sports' } },
]

function items(n: number): ContentAssessment[] {
  const rnd = mulberry32(7)
  const out: ContentAssessment[] = []
  for (let i = 0; i < n; i++) {
    const day = 1 + Math.floor(rnd() * 1460)
    const date = new Date(Date.UTC(2022, 0, day)).toISOString().slice(0, 10)
    const item = blankContentAssessment({ id: `i${i}`, outletId: 'o', rubric: { rubricId: 'vn-gsim', rubricVersion: '1.1.0' }, channel: rnd() < 0.5 ? 'online' : 'print', date, now: '2026-01-01T00:00:00.000Z' })
    item.title = Array.from({ length: 6 }, () => WORDS[Math.floor(rnd() * WORDS.length)]).join(' ')
    item.story.topic = TOPICS[i % TOPICS.length]!.code
    item.status = rnd() < 0.8 ? 'complete' : 'draft'
    out.push(item)
  }
  return out
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]!
}

export async function run(): Promise<void> {
  const all = newestFirst(items(10_000))
  const index = topicSearchIndex(TOPICS)
  const cases: [string, ItemFilters][] = [
    ['no filter', {}],
    ['search "binh dang" (cold fold cache)', { query: 'binh dang' }],
    ['search "bao luc gia dinh" + channel + status', { query: 'bao luc gia dinh', channel: 'online', status: 'complete' }],
    ['period 2024 + topic', { period: { start: '2024-01-01', end: '2024-12-31' }, topic: 'gbv' }],
  ]
  const warm = new Map<string, string>()
  const sortTimes: number[] = []
  for (let r = 0; r < 15; r++) {
    const t0 = performance.now()
    newestFirst(all)
    sortTimes.push(performance.now() - t0)
  }
  console.log(`my items, 10,000 items, sort newest first (once per list change): median ${median(sortTimes).toFixed(1)} ms`)
  for (const [name, filters] of cases) {
    const times: number[] = []
    let shown = 0
    for (let r = 0; r < 15; r++) {
      const cache = name.includes('cold') ? new Map<string, string>() : warm
      const t0 = performance.now()
      shown = filterItems(all, filters, index, cache).length
      times.push(performance.now() - t0)
    }
    console.log(`my items, 10,000 items, ${name}: median ${median(times).toFixed(1)} ms (${shown} shown)`)
  }
}
