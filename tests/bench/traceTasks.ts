// What is inside each long main-thread task of a Chromium trace (Playwright's browser.startTracing
// with TRACE_CATEGORIES): the browser's own work by kind (script compiling and running, style,
// layout, paint, garbage collection) and, from the trace's CPU samples, the app's functions that
// took the time. Used by the dashboard benchmark (BENCH_TRACE=1) to say why a task is long, which
// a long-task observer cannot.

export const TRACE_CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'v8.execute',
  'blink.user_timing',
  'disabled-by-default-v8.cpu_profiler',
]

/** Enough for tasks and their CPU time, at a small cost to the page (no sampling, no invalidation tracking). */
export const LIGHT_TRACE_CATEGORIES = ['toplevel', 'devtools.timeline', 'blink.user_timing']

interface TraceEvent {
  name: string
  ph: string
  ts: number
  dur?: number
  /** CPU time of the thread in the event (µs): unlike `dur`, not stretched when the machine is busy. */
  tdur?: number
  pid: number
  tid: number
  id?: string
  args?: Record<string, unknown>
}

interface CallFrame {
  functionName: string
  url?: string
  lineNumber: number
  columnNumber: number
}

interface ProfileNode {
  id: number
  callFrame: CallFrame
  parent?: number
}

export interface TaskComposition {
  /** ms since the page's navigation (or the trace's start). */
  start: number
  duration: number
  /** The main thread's CPU time in the task (ms). */
  cpu: number
  /** Self time (ms) by trace event, largest first. */
  byEvent: [string, number][]
  /** Samples (≈ ms) by the innermost frame of the app's own scripts, largest first. */
  byAppFunction: [string, number][]
  /** Samples by the innermost frame whatever it is (the app's, a library's, or the engine's). */
  bySelf: [string, number][]
}

const TASK_NAMES = new Set(['RunTask', 'ThreadControllerImpl::RunTask'])

function top(map: Map<string, number>, n: number, scale = 1): [string, number][] {
  return [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => [k, Math.round(v * scale)] as [string, number])
}

function frameName(frame: CallFrame): string {
  const file = (frame.url ?? '').replace(/^.*\/assets\//, '').replace(/^.*\//, '')
  return `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`
}

/**
 * The long tasks (≥ minMs of wall or CPU time) of the busiest renderer main thread in the trace, with what was in them.
 * Starts are in ms since the navigation to a URL containing `urlPart` (the page's renderer).
 */
export function longTaskComposition(trace: { traceEvents: TraceEvent[] } | TraceEvent[], minMs = 50, urlPart = ''): { tasks: TaskComposition[]; originTs: number } {
  const events = Array.isArray(trace) ? trace : trace.traceEvents
  // The page's renderer: the one that navigated to `urlPart` (its last such navigation), else the
  // renderer main thread with the most task time.
  const navigations = events.filter((e) => e.name === 'navigationStart' && String((e.args?.data as { documentLoaderURL?: string } | undefined)?.documentLoaderURL ?? '').includes(urlPart))
  const nav = navigations[navigations.length - 1]
  let pid: number
  let tid: number
  if (nav) [pid, tid] = [nav.pid, nav.tid]
  else {
    const mainThreads = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && (e.args?.name as string) === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`))
    const busy = new Map<string, number>()
    for (const e of events) if (e.ph === 'X' && TASK_NAMES.has(e.name) && mainThreads.has(`${e.pid}:${e.tid}`)) busy.set(`${e.pid}:${e.tid}`, (busy.get(`${e.pid}:${e.tid}`) ?? 0) + (e.dur ?? 0))
    const thread = [...busy.entries()].sort((a, b) => b[1] - a[1])[0]?.[0]
    if (!thread) return { tasks: [], originTs: 0 }
    ;[pid, tid] = thread.split(':').map(Number) as [number, number]
  }
  const onThread = events.filter((e) => e.pid === pid && e.tid === tid)
  const originTs = nav?.ts ?? Math.min(...onThread.map((e) => e.ts))

  // Complete events (X) and begin/end pairs on the thread, as intervals.
  const intervals: { name: string; ts: number; end: number; cpu?: number }[] = []
  const open: TraceEvent[] = []
  for (const e of onThread.sort((a, b) => a.ts - b.ts)) {
    if (e.ph === 'X') intervals.push({ name: e.name, ts: e.ts, end: e.ts + (e.dur ?? 0), cpu: e.tdur })
    else if (e.ph === 'B') open.push(e)
    else if (e.ph === 'E') {
      const i = open.map((o) => o.name).lastIndexOf(e.name)
      const b = i >= 0 ? open.splice(i, 1)[0] : open.pop()
      if (b) intervals.push({ name: b.name, ts: b.ts, end: e.ts })
    }
  }
  intervals.sort((a, b) => a.ts - b.ts || b.end - a.end)

  // CPU samples of the page's renderer (its main thread's profile), as [ts, node].
  const samples: { ts: number; node: number }[] = []
  const nodes = new Map<number, ProfileNode>()
  // A profile's chunks come from the profiler's own thread: the 'Profile' event names the thread sampled.
  const profiles = new Map<string, number>()
  for (const e of events) if (e.pid === pid && e.tid === tid && e.ph === 'P' && e.name === 'Profile' && e.id !== undefined) profiles.set(e.id, (e.args?.data as { startTime: number }).startTime)
  for (const e of events) {
    if (e.pid !== pid || e.ph !== 'P' || e.name !== 'ProfileChunk' || e.id === undefined || !profiles.has(e.id)) continue
    const data = e.args?.data as { cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] } | undefined
    for (const n of data?.cpuProfile?.nodes ?? []) nodes.set(n.id, n)
    let ts = profiles.get(e.id)!
    const deltas = data?.timeDeltas ?? []
    ;(data?.cpuProfile?.samples ?? []).forEach((node, i) => {
      ts += deltas[i] ?? 0
      samples.push({ ts, node })
    })
    profiles.set(e.id, ts)
  }
  samples.sort((a, b) => a.ts - b.ts)
  const interval = samples.length > 1 ? (samples[samples.length - 1]!.ts - samples[0]!.ts) / (samples.length - 1) / 1000 : 1

  const tasks: TaskComposition[] = []
  for (const task of intervals) {
    if (!TASK_NAMES.has(task.name) || Math.max(task.end - task.ts, task.cpu ?? 0) < minMs * 1000) continue
    if (tasks.length > 0 && task.ts < originTs + tasks[tasks.length - 1]!.start * 1000 + tasks[tasks.length - 1]!.duration * 1000) continue
    // Self time of every event nested in the task.
    const inside = intervals.filter((x) => x !== task && x.ts >= task.ts && x.end <= task.end && !TASK_NAMES.has(x.name))
    const self = new Map<string, number>()
    const stack: { name: string; end: number; child: number; dur: number }[] = []
    const close = (upTo: number) => {
      while (stack.length > 0 && stack[stack.length - 1]!.end <= upTo) {
        const done = stack.pop()!
        self.set(done.name, (self.get(done.name) ?? 0) + done.dur - done.child)
        if (stack.length > 0) stack[stack.length - 1]!.child += done.dur
      }
    }
    let covered = 0
    for (const x of inside) {
      close(x.ts)
      if (stack.length === 0) covered += x.end - x.ts
      stack.push({ name: x.name, end: x.end, child: 0, dur: x.end - x.ts })
    }
    close(Number.POSITIVE_INFINITY)
    const dur = task.end - task.ts
    self.set('(task, outside any event)', dur - covered)

    const byApp = new Map<string, number>()
    const bySelf = new Map<string, number>()
    for (const s of samples) {
      if (s.ts < task.ts || s.ts > task.end) continue
      const leaf = nodes.get(s.node)
      if (!leaf) continue
      bySelf.set(frameName(leaf.callFrame), (bySelf.get(frameName(leaf.callFrame)) ?? 0) + 1)
      let n: ProfileNode | undefined = leaf
      while (n && !/\/assets\//.test(n.callFrame.url ?? '')) n = n.parent === undefined ? undefined : nodes.get(n.parent)
      const key = n ? frameName(n.callFrame) : `(no app frame: ${leaf.callFrame.functionName || leaf.callFrame.url || '?'})`
      byApp.set(key, (byApp.get(key) ?? 0) + 1)
    }
    tasks.push({
      start: Math.round((task.ts - originTs) / 1000),
      duration: Math.round(dur / 1000),
      cpu: Math.round((task.cpu ?? dur) / 1000),
      byEvent: top(self, 8, 1 / 1000).filter(([, v]) => v >= 1),
      byAppFunction: top(byApp, 8, interval).filter(([, v]) => v >= 1),
      bySelf: top(bySelf, 8, interval).filter(([, v]) => v >= 1),
    })
  }
  return { tasks, originTs }
}

export function formatComposition(tasks: TaskComposition[]): string {
  return tasks
    .map(
      (t) =>
        `      task ${t.duration} ms (CPU ${t.cpu} ms) @${t.start}: ${t.byEvent.map(([k, v]) => `${k} ${v}`).join(', ')}\n` +
        `        app code (innermost app frame, ms): ${t.byAppFunction.map(([k, v]) => `${k} ${v}`).join(' | ')}\n` +
        `        self (ms): ${t.bySelf.map(([k, v]) => `${k} ${v}`).join(' | ')}`,
    )
    .join('\n')
}
