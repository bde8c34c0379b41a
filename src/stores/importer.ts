// Importing submission files: read each whole file, plan the merge against the records already
// stored, hold the plan while the user decides, then commit the accepted files in one transaction.
// Reused by the department workspace; the rules live in src/domain (submission, mergePlan).
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { importLogEntries, planMerge, type MergePlan } from '@/domain/mergePlan'
import { readSubmission, type ReadResult } from '@/domain/submission'
import { payloadChecksum } from '@/platform/checksum'
import { commitImport, existingRecordsFor, type ImportCommitResult } from '@/db/imports'
import { toStorageFailure, type StorageFailure } from '@/db/storage'
import { rubricKnown } from './workspace'

/** What the importer needs of a chosen file (a File, or anything with a name and a text). */
export interface SubmissionSource {
  name: string
  text(): Promise<string>
}

export type ImporterTask = 'idle' | 'reading' | 'committing'

/** Files read at once: checksums run off the main thread in Web Crypto, parsing on it. */
const READ_CONCURRENCY = 4

async function readAll(sources: readonly SubmissionSource[]): Promise<{ fileName: string; result: ReadResult }[]> {
  const out: { fileName: string; result: ReadResult }[] = new Array(sources.length)
  let next = 0
  async function worker(): Promise<void> {
    while (next < sources.length) {
      const i = next++
      const source = sources[i]!
      let result: ReadResult
      try {
        result = await readSubmission(await source.text(), { checksum: payloadChecksum, rubricKnown })
      } catch (e) {
        result = { ok: false, reason: 'notJson', problems: [{ path: '', message: `could not be read (${e instanceof Error ? e.message : String(e)})` }] }
      }
      out[i] = { fileName: source.name, result }
    }
  }
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, sources.length) }, worker))
  return out
}

export const useImporterStore = defineStore('importer', () => {
  const plan = shallowRef<MergePlan | undefined>()
  const accepted = ref<string[]>([])
  const task = ref<ImporterTask>('idle')
  const fileCount = ref(0)
  const error = shallowRef<StorageFailure | undefined>()
  const lastResult = shallowRef<ImportCommitResult | undefined>()

  const validFileNames = computed(() => plan.value?.files.filter((f) => f.valid).map((f) => f.fileName) ?? [])

  /** Reads and checks the files and computes the merge plan; nothing is written. */
  async function readFiles(sources: readonly SubmissionSource[]): Promise<void> {
    if (sources.length === 0) return
    task.value = 'reading'
    fileCount.value = sources.length
    error.value = undefined
    lastResult.value = undefined
    try {
      const files = await readAll(sources)
      const submissions = files.flatMap((f) => (f.result.ok ? [f.result.submission] : []))
      const made = planMerge(await existingRecordsFor(submissions), files)
      plan.value = made
      // Valid files start accepted; the user unticks what they do not want.
      accepted.value = made.files.filter((f) => f.valid).map((f) => f.fileName)
    } catch (e) {
      error.value = toStorageFailure(e)
    } finally {
      task.value = 'idle'
    }
  }

  function setAccepted(fileName: string, yes: boolean): void {
    const rest = accepted.value.filter((n) => n !== fileName)
    accepted.value = yes && validFileNames.value.includes(fileName) ? [...rest, fileName] : rest
  }

  function acceptAll(): void {
    accepted.value = [...validFileNames.value]
  }

  /** Writes the accepted files and one log entry per file of the batch, in one transaction. */
  async function commit(now: Date = new Date()): Promise<ImportCommitResult | undefined> {
    const current = plan.value
    if (!current) return undefined
    task.value = 'committing'
    error.value = undefined
    try {
      const names = [...accepted.value]
      const log = importLogEntries(current, names, { importedAt: now.toISOString(), newId: () => globalThis.crypto.randomUUID() })
      const result = await commitImport(current, names, log)
      lastResult.value = result
      plan.value = undefined
      accepted.value = []
      return result
    } catch (e) {
      // Nothing was written; the plan stays on screen so the user can retry or back up first.
      error.value = toStorageFailure(e)
      return undefined
    } finally {
      task.value = 'idle'
    }
  }

  function clear(): void {
    plan.value = undefined
    accepted.value = []
    error.value = undefined
  }

  return { plan, accepted, task, fileCount, error, lastResult, validFileNames, readFiles, setAccepted, acceptAll, commit, clear }
})
