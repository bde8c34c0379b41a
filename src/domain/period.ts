// Periods as YYYY-MM-DD strings, both ends inclusive. No Date objects: day numbers (days since
// 1970-01-01, proleptic Gregorian, no time zone) keep every computation exact and zone-free.
//
// Rules, stated once:
// - A period { start, end } includes both ends: a date d is in it iff start ≤ d ≤ end.
// - Month "2026-03" = 2026-03-01…2026-03-31; quarter "2026-Q3" = 2026-07-01…2026-09-30;
//   year "2026" = 2026-01-01…2026-12-31.
// - trailingWindow(at, m): the m months ending at `at`, i.e. (at − m months, at]: starts the day
//   after the same day m months earlier (day clamped to the month's length), ends at `at`.
//   trailingWindow('2026-06-30', 12) = 2025-07-01…2026-06-30.
// - lastQuarters(at, n): the last n calendar quarters that have ENDED on or before `at` (a quarter
//   whose last day is `at` has ended). lastQuarters('2026-09-30', 2) = [2026-Q2, 2026-Q3];
//   lastQuarters('2026-09-29', 2) = [2026-Q1, 2026-Q2]. Oldest first.

import type { Period } from './assessment'

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/

export function isDate(text: string): boolean {
  const m = DATE.exec(text)
  if (!m) return false
  const y = Number(m[1])
  const mo = Number(m[2])
  const d = Number(m[3])
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo)
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!
}

/** Days since 1970-01-01 (Howard Hinnant's days_from_civil). */
export function dayFromParts(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y
  const era = Math.floor(yy / 400)
  const yoe = yy - era * 400
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
}

/** Day number of a YYYY-MM-DD date. Throws on a malformed date (callers validate input first). */
export function dayNumber(date: string): number {
  const c0 = date.charCodeAt(0) - 48
  // fast path for well-formed ASCII dates (hot in column building)
  if (date.length === 10 && c0 >= 0 && c0 <= 9 && date.charCodeAt(4) === 45 && date.charCodeAt(7) === 45) {
    const y = c0 * 1000 + (date.charCodeAt(1) - 48) * 100 + (date.charCodeAt(2) - 48) * 10 + (date.charCodeAt(3) - 48)
    const m = (date.charCodeAt(5) - 48) * 10 + (date.charCodeAt(6) - 48)
    const d = (date.charCodeAt(8) - 48) * 10 + (date.charCodeAt(9) - 48)
    if (m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m)) return dayFromParts(y, m, d)
  }
  throw new Error(`Not a date (YYYY-MM-DD): '${date}'`)
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0')
}

/** YYYY-MM-DD of a day number (civil_from_days). */
export function dateOfDay(day: number): string {
  const z = day + 719468
  const era = Math.floor(z / 146097)
  const doe = z - era * 146097
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365)
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1
  const m = mp < 10 ? mp + 3 : mp - 9
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0)
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`
}

export function addDays(date: string, days: number): string {
  return dateOfDay(dayNumber(date) + days)
}

/** Same day n months later (or earlier), the day clamped to the target month's length. */
export function addMonths(date: string, months: number): string {
  const y = Number(date.slice(0, 4))
  const m = Number(date.slice(5, 7))
  const d = Number(date.slice(8, 10))
  const index = y * 12 + (m - 1) + months
  const ny = Math.floor(index / 12)
  const nm = index - ny * 12 + 1
  return `${pad(ny, 4)}-${pad(nm, 2)}-${pad(Math.min(d, daysInMonth(ny, nm)), 2)}`
}

/** "2026-03" of a date. */
export function monthOf(date: string): string {
  return date.slice(0, 7)
}

/** Months since 1970-01 (month index), for dense per-month tables. */
export function monthIndex(dateOrMonth: string): number {
  return (Number(dateOrMonth.slice(0, 4)) - 1970) * 12 + Number(dateOrMonth.slice(5, 7)) - 1
}

export function monthOfIndex(index: number): string {
  const y = Math.floor(index / 12) + 1970
  return `${pad(y, 4)}-${pad(index - (y - 1970) * 12 + 1, 2)}`
}

/** "2026-Q3" of a date. */
export function quarterOf(date: string): string {
  return `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`
}

export function monthPeriod(month: string): Period {
  const y = Number(month.slice(0, 4))
  const m = Number(month.slice(5, 7))
  return { start: `${month}-01`, end: `${month}-${pad(daysInMonth(y, m), 2)}` }
}

export function monthEnd(month: string): string {
  return monthPeriod(month).end
}

export function quarterPeriod(quarter: string): Period {
  const m = /^(\d{4})-Q([1-4])$/.exec(quarter)
  if (!m) throw new Error(`Not a quarter (YYYY-Qn): '${quarter}'`)
  const first = (Number(m[2]) - 1) * 3 + 1
  return { start: `${m[1]}-${pad(first, 2)}-01`, end: monthEnd(`${m[1]}-${pad(first + 2, 2)}`) }
}

export function yearPeriod(year: string | number): Period {
  return { start: `${year}-01-01`, end: `${year}-12-31` }
}

/** Quarter index (quarters since 1970-Q1). */
export function quarterIndex(dateOrQuarter: string): number {
  const y = Number(dateOrQuarter.slice(0, 4)) - 1970
  if (dateOrQuarter[5] === 'Q') return y * 4 + Number(dateOrQuarter[6]) - 1
  return y * 4 + Math.floor((Number(dateOrQuarter.slice(5, 7)) - 1) / 3)
}

export function quarterOfIndex(index: number): string {
  const y = Math.floor(index / 4)
  return `${pad(y + 1970, 4)}-Q${index - y * 4 + 1}`
}

/**
 * Reads a period label: "2026" (year), "2026-Q3" (quarter), "2026-03" (month),
 * "2026-01-15..2026-02-20" or "2026-01-15/2026-02-20" (range). Returns null when unreadable.
 */
export function parsePeriod(label: string): Period | null {
  const text = label.trim()
  if (/^\d{4}$/.test(text)) return yearPeriod(text)
  if (/^\d{4}-Q[1-4]$/.test(text)) return quarterPeriod(text)
  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(text)) return monthPeriod(text)
  const range = /^(\d{4}-\d{2}-\d{2})\s*(?:\.\.|\/)\s*(\d{4}-\d{2}-\d{2})$/.exec(text)
  if (range && isDate(range[1]!) && isDate(range[2]!) && range[1]! <= range[2]!) return { start: range[1]!, end: range[2]! }
  if (isDate(text)) return { start: text, end: text }
  return null
}

/** The shortest label that names the period exactly ("2026", "2026-Q3", "2026-03" or "start..end"). */
export function periodLabel(period: Period): string {
  const y = period.start.slice(0, 4)
  if (period.start === `${y}-01-01` && period.end === `${y}-12-31`) return y
  const q = quarterOf(period.start)
  const qp = quarterPeriod(q)
  if (qp.start === period.start && qp.end === period.end) return q
  const mp = monthPeriod(monthOf(period.start))
  if (mp.start === period.start && mp.end === period.end) return monthOf(period.start)
  return `${period.start}..${period.end}`
}

/** Months from `from` to `to` inclusive, as YYYY-MM (accepts months or dates). Empty if from > to. */
export function monthsBetween(from: string, to: string): string[] {
  const a = monthIndex(from)
  const b = monthIndex(to)
  const out: string[] = []
  for (let i = a; i <= b; i++) out.push(monthOfIndex(i))
  return out
}

/** The `months` months ending at `at` (see the rules above). */
export function trailingWindow(at: string, months: number): Period {
  return { start: addDays(addMonths(at, -months), 1), end: at }
}

/** The last n calendar quarters that ended on or before `at`, oldest first. */
export function lastQuarters(at: string, n: number): string[] {
  const current = quarterIndex(at)
  const ended = quarterPeriod(quarterOfIndex(current)).end === at ? current : current - 1
  const out: string[] = []
  for (let i = ended - n + 1; i <= ended; i++) out.push(quarterOfIndex(i))
  return out
}

export function inPeriod(date: string, period: Period): boolean {
  return period.start <= date && date <= period.end
}

/** Both periods share at least one day. */
export function overlaps(a: Period, b: Period): boolean {
  return a.start <= b.end && b.start <= a.end
}
