// Charts that mount together draw one per task (a macrotask each), so the browser can paint and
// answer input between them instead of running every chart's layout and drawing in one long task.
const queue: (() => void)[] = []
let scheduled = false

function runNext(): void {
  scheduled = false
  const job = queue.shift()
  job?.()
  if (queue.length > 0) schedule()
}

function schedule(): void {
  if (scheduled) return
  scheduled = true
  setTimeout(runNext, 0)
}

/** Runs `job` in a task of its own, after the jobs queued before it. */
export function queueChartDrawing(job: () => void): void {
  queue.push(job)
  schedule()
}

/** Forgets a job not yet run (its chart unmounted first). */
export function cancelChartDrawing(job: () => void): void {
  const i = queue.indexOf(job)
  if (i >= 0) queue.splice(i, 1)
}
