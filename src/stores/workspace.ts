// The workspace as a whole: current outlet, demo loading, backup and restore, storage health.
// Orchestration only: checks live in src/domain, writes in src/db.
import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import { serializeBackup, type Backup, type BackupCounts } from '@/domain/backup'
import type { Problem } from '@/domain/validate'
import type { ReadFailure } from '@/domain/submission'
import { countWorkspace, createBackup, readBackupFile, restoreBackup } from '@/db/backup'
import { loadDemoWorkspace, type DemoLoadResult } from '@/db/demo'
import { getStringSetting, setSetting, SETTING_KEYS } from '@/db/settings'
import { checkStorageHealth, requestPersistence, toStorageFailure, type StorageFailure, type StorageHealth } from '@/db/storage'
import { rubricFiles } from '@/rubrics'

export const APP_INFO = { name: 'GIM Index', version: typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : '0.0.0' }

export function rubricKnown(id: string, version: string): boolean {
  return rubricFiles.some((f) => f.id === id && f.version === version)
}

export interface RestorePreview {
  fileName: string
  backup: Backup
  /** What the file holds, per table. */
  counts: BackupCounts
  /** What the workspace holds now (all of it is replaced). */
  current: BackupCounts
}

export interface RestoreRefusal {
  fileName: string
  reason: ReadFailure
  problems: Problem[]
}

export type WorkspaceTask = 'idle' | 'demo' | 'backup' | 'reading' | 'restore'

/** "gim-backup_2026-03-01T08-30-00.json": sortable, safe on every file system. */
export function backupFileName(createdAt: string): string {
  return `gim-backup_${createdAt.slice(0, 19).replace(/:/g, '-')}.json`
}

export const useWorkspaceStore = defineStore('workspace', () => {
  const currentOutletId = ref<string | undefined>()
  const task = ref<WorkspaceTask>('idle')
  const error = shallowRef<StorageFailure | undefined>()
  const health = shallowRef<StorageHealth | undefined>()
  const persistRequested = ref(false)
  const restorePreview = shallowRef<RestorePreview | undefined>()
  const restoreRefusal = shallowRef<RestoreRefusal | undefined>()
  const restoredCount = ref<number | undefined>()

  async function run<T>(name: WorkspaceTask, work: () => Promise<T>): Promise<T | undefined> {
    task.value = name
    error.value = undefined
    try {
      return await work()
    } catch (e) {
      error.value = toStorageFailure(e)
      return undefined
    } finally {
      task.value = 'idle'
    }
  }

  async function load(): Promise<void> {
    await run('idle', async () => {
      currentOutletId.value = await getStringSetting(SETTING_KEYS.currentOutletId)
    })
  }

  async function selectOutlet(id: string): Promise<void> {
    await run('idle', async () => {
      await setSetting(SETTING_KEYS.currentOutletId, id)
      currentOutletId.value = id
    })
  }

  async function refreshHealth(now: Date = new Date()): Promise<void> {
    await run('idle', async () => {
      const [lastBackupAt, counts] = await Promise.all([getStringSetting(SETTING_KEYS.lastBackupAt), countWorkspace()])
      const hasData = counts.outlets + counts.organisationAssessments + counts.contentAssessments > 0
      health.value = await checkStorageHealth(lastBackupAt ?? null, hasData, now)
    })
  }

  async function askPersistence(): Promise<boolean> {
    const granted = await requestPersistence()
    persistRequested.value = true
    await refreshHealth()
    return granted
  }

  async function loadDemo(seed?: number): Promise<DemoLoadResult | undefined> {
    const result = await run('demo', () => loadDemoWorkspace(seed))
    if (result) await load()
    return result
  }

  /** The backup file's name and text; the caller hands it to the user (download). */
  async function backup(now: Date = new Date()): Promise<{ fileName: string; text: string } | undefined> {
    const result = await run('backup', async () => {
      const createdAt = now.toISOString()
      const text = serializeBackup(await createBackup({ createdAt, app: APP_INFO }))
      await setSetting(SETTING_KEYS.lastBackupAt, createdAt)
      return { fileName: backupFileName(createdAt), text }
    })
    if (result) await refreshHealth(now)
    return result
  }

  /** Reads and checks a backup file in full; sets either a preview to confirm or the refusal. */
  async function chooseRestoreFile(file: { name: string; text(): Promise<string> }): Promise<void> {
    cancelRestore()
    await run('reading', async () => {
      const read = await readBackupFile(await file.text(), { rubricKnown })
      if (!read.ok) {
        restoreRefusal.value = { fileName: file.name, reason: read.reason, problems: read.problems }
        return
      }
      restorePreview.value = { fileName: file.name, backup: read.backup, counts: read.counts, current: await countWorkspace() }
    })
  }

  async function confirmRestore(): Promise<void> {
    const preview = restorePreview.value
    if (!preview) return
    const counts = await run('restore', () => restoreBackup(preview.backup))
    if (counts) {
      restorePreview.value = undefined
      restoredCount.value = Object.values(counts).reduce((a, b) => a + b, 0)
      await load()
      await refreshHealth()
    }
  }

  function cancelRestore(): void {
    restorePreview.value = undefined
    restoreRefusal.value = undefined
    restoredCount.value = undefined
    error.value = undefined
  }

  return {
    currentOutletId,
    task,
    error,
    health,
    persistRequested,
    restorePreview,
    restoreRefusal,
    restoredCount,
    load,
    selectOutlet,
    refreshHealth,
    askPersistence,
    loadDemo,
    backup,
    chooseRestoreFile,
    confirmRestore,
    cancelRestore,
  }
})
