// "Today" for the pages and the roll-up worker alike: one definition, so the dashboard's question
// and the worker's prefetch of it name the same day.

/** Today as YYYY-MM-DD in the user's time zone (what "as of today" means to them). */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}
