// Reads many submission files in parallel in a small pool of workers (one file each at a time),
// so 200 files use every core and the page stays responsive. Where workers are unavailable
// (tests, old browsers) or one fails, the file is read on the main thread instead: same code.
import { readSubmission, type ReadResult } from '@/domain/submission'
import { payloadChecksum } from '@/platform/checksum'

export interface ReaderRequest {
  id: number
  /** A File/Blob is handed over without copying its bytes; plain text otherwise. */
  file: Blob | string
  /** "rubricId@version" of every rubric version the app knows. */
  known: string[]
}

export interface ReaderResponse {
  id: number
  result: ReadResult
}

export interface SubmissionSource {
  name: string
  text(): Promise<string>
}

export interface ReadFile {
  fileName: string
  result: ReadResult
}

const MAX_WORKERS = 4

async function readHere(source: SubmissionSource, known: ReadonlySet<string>): Promise<ReadResult> {
  try {
    return await readSubmission(await source.text(), { checksum: payloadChecksum, rubricKnown: (r, v) => known.has(`${r}@${v}`) })
  } catch (error) {
    return { ok: false, reason: 'notJson', problems: [{ path: '', message: `could not be read (${error instanceof Error ? error.message : String(error)})` }] }
  }
}

function workerCount(files: number): number {
  if (typeof Worker === 'undefined' || files === 0) return 0
  const cores = typeof navigator !== 'undefined' && navigator.hardwareConcurrency ? navigator.hardwareConcurrency : 2
  return Math.max(1, Math.min(MAX_WORKERS, cores, files))
}

function startWorker(): Worker | undefined {
  try {
    return new Worker(new URL('./submissionReader.worker.ts', import.meta.url), { type: 'module', name: 'submission-reader' })
  } catch {
    return undefined
  }
}

/** Every file read in full, in the order given. */
export async function readSubmissionFiles(sources: readonly SubmissionSource[], knownRubrics: readonly string[]): Promise<ReadFile[]> {
  const known = new Set(knownRubrics)
  const results: ReadFile[] = new Array(sources.length)
  let next = 0
  const take = () => (next < sources.length ? next++ : -1)

  async function onMainThread(): Promise<void> {
    for (let i = take(); i >= 0; i = take()) results[i] = { fileName: sources[i]!.name, result: await readHere(sources[i]!, known) }
  }

  async function inWorker(worker: Worker): Promise<void> {
    try {
      for (let i = take(); i >= 0; i = take()) {
        const source = sources[i]!
        const file = source instanceof Blob ? source : await source.text()
        const result = await new Promise<ReadResult | undefined>((resolve) => {
          const onMessage = (event: MessageEvent<ReaderResponse>) => {
            if (event.data.id !== i) return
            cleanup()
            resolve(event.data.result)
          }
          const onError = (event: Event) => {
            event.preventDefault()
            cleanup()
            resolve(undefined)
          }
          const cleanup = () => {
            worker.removeEventListener('message', onMessage)
            worker.removeEventListener('error', onError)
          }
          worker.addEventListener('message', onMessage)
          worker.addEventListener('error', onError)
          worker.postMessage({ id: i, file, known: [...known] } satisfies ReaderRequest)
        })
        // A worker that could not start or crashed: this file, and the rest of its share, here.
        results[i] = { fileName: source.name, result: result ?? (await readHere(source, known)) }
        if (result === undefined) return onMainThread()
      }
    } finally {
      worker.terminate()
    }
  }

  const pool = Array.from({ length: workerCount(sources.length) }, startWorker).filter((w): w is Worker => w !== undefined)
  await Promise.all(pool.length > 0 ? pool.map(inWorker) : [onMainThread()])
  return results
}
