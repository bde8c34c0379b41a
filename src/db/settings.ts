// Workspace settings: small key → value pairs (current outlet, last backup date, notes…).
import { parseSetting, type SettingRecord } from '@/domain/backup'
import { db } from './db'
import { checkOne, forWrite } from './records'
import { guarded } from './storage'

export type SettingValue = SettingRecord['value']

/** The keys the data layer itself uses; other features may add their own. */
export const SETTING_KEYS = {
  currentOutletId: 'currentOutletId',
  lastBackupAt: 'lastBackupAt',
  workspaceNote: 'workspaceNote',
} as const

export function getSetting(key: string): Promise<SettingValue | undefined> {
  return guarded(async () => checkOne(parseSetting, await db.settings.get(key), 'settings')?.value)
}

export async function getStringSetting(key: string): Promise<string | undefined> {
  const value = await getSetting(key)
  return typeof value === 'string' ? value : undefined
}

export function setSetting(key: string, value: SettingValue): Promise<void> {
  return guarded(async () => {
    await db.settings.put(forWrite(parseSetting, { key, value }, 'settings'))
  })
}

export function removeSetting(key: string): Promise<void> {
  return guarded(() => db.settings.delete(key))
}
