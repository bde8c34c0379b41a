// Importing submission files: read each whole file, plan the merge against the records already
// stored, hold the plan while the user decides, then commit the accepted files in one transaction.
// Reused by the department workspace; the rules live in src/domain (submission, mergePlan).
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { importLogEntries, planMerge, type MergePlan } from '@/domain/mergePlan'
import { commitImport, existingRecordsFor, type ImportCommitResult } from '@/db/imports'
import { toStorageFailure, type StorageFailure } from '@/db/storage'
import { readSubmissionFiles, type SubmissionSource } from '@/workers/submissionReaderClient'
import { rubricFiles } from '@/rubrics'

export type { SubmissionSource } from '@/workers/submissionReaderClient'

export type ImporterTask = 'idle' | 'reading' | 'committing'

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
      // Whole files are read in parallel workers; the plan is made here against the stored records.
      const files = await readSubmissionFiles(sources, rubricFiles.map((f) => `${f.id}@${f.version}`))
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
