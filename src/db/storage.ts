// Storage health and honest failures: persistence, usage and quota, where the browser may clear
// the data, and every IndexedDB failure turned into one of a few kinds the UI words plainly.
import { isOutdated } from './db'
import { StorageFailure, type StorageFailureKind } from './storageFailure'

// The failure type lives apart (no database code): pages may word failures without loading Dexie.
export { StorageFailure, type StorageFailureKind }

interface ErrorLike {
  name?: unknown
  message?: unknown
  inner?: unknown
  cause?: unknown
  failures?: unknown
  code?: unknown
}

/** Every error in the chain: Dexie wraps the real cause in `inner`, BulkError in `failures`. */
function* errorChain(error: unknown, depth = 0): Generator<ErrorLike> {
  if (depth > 8 || typeof error !== 'object' || error === null) return
  const e = error as ErrorLike
  yield e
  yield* errorChain(e.inner, depth + 1)
  if (e.cause !== e.inner) yield* errorChain(e.cause, depth + 1)
  if (Array.isArray(e.failures)) for (const f of e.failures.slice(0, 3)) yield* errorChain(f, depth + 1)
  else if (typeof e.failures === 'object' && e.failures !== null)
    for (const f of Object.values(e.failures).slice(0, 3)) yield* errorChain(f, depth + 1)
}

const UNAVAILABLE = new Set(['MissingAPIError', 'InvalidStateError', 'UnknownError', 'SecurityError', 'InvalidAccessError'])

export function toStorageFailure(error: unknown): StorageFailure {
  if (error instanceof StorageFailure) return error
  const chain = [...errorChain(error)]
  const names = chain.map((e) => (typeof e.name === 'string' ? e.name : ''))
  const message = chain.map((e) => (typeof e.message === 'string' ? e.message : '')).find((m) => m) ?? String(error)
  const kind: StorageFailureKind =
    names.includes('QuotaExceededError') || chain.some((e) => e.code === 22) || /quota/i.test(message)
      ? 'quota'
      : isOutdated() || names.includes('VersionChangeError') || names.includes('DatabaseClosedError')
        ? 'versionChange'
        : names.includes('ConstraintError')
          ? 'conflict'
          : names.some((n) => UNAVAILABLE.has(n)) || (names.includes('OpenFailedError') && !names.includes('VersionError'))
            ? 'unavailable'
            : 'unknown'
  return new StorageFailure(kind, message, { cause: error })
}

/** Runs a database operation and rethrows any failure as a classified StorageFailure. */
export async function guarded<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation()
  } catch (error) {
    throw toStorageFailure(error)
  }
}

// ---- Health ---------------------------------------------------------------------------------

export type StorageRisk =
  /** The browser may clear the data under storage pressure. */
  | 'notPersisted'
  /** Looks like a private window: everything goes when the window closes. */
  | 'privateWindow'
  /** Safari deletes a site's storage after 7 days of use without visiting it. */
  | 'safariEviction'

export interface StorageHealth {
  supported: boolean
  persisted: boolean | null
  usage: number | null
  quota: number | null
  risks: StorageRisk[]
  lastBackupAt: string | null
  backupDue: boolean
}

export interface StorageEnvironment {
  persisted: boolean | null
  usage: number | null
  quota: number | null
  userAgent: string
  /** Installed to the home screen / as an app (Safari counts its days separately). */
  standalone: boolean
}

/** A backup older than this is reminded; it matches Safari's 7-day clearing. */
export const BACKUP_REMINDER_DAYS = 7
/** Private windows get a small, memory-bound quota (Chromium ≈ 100 MB, Safari less). */
const PRIVATE_QUOTA_BELOW = 150 * 1024 * 1024
const DAY_MS = 24 * 60 * 60 * 1000

export function isSafari(userAgent: string): boolean {
  return /Safari\//.test(userAgent) && !/(Chrome|Chromium|CriOS|Edg|OPR|Android|FxiOS|Firefox)\//.test(userAgent)
}

/** Where this browser may lose the data, from what it tells us (heuristics, stated as such in the UI). */
export function storageRisks(env: StorageEnvironment): StorageRisk[] {
  const risks: StorageRisk[] = []
  if (env.persisted !== true) risks.push('notPersisted')
  if (env.quota !== null && env.quota > 0 && env.quota < PRIVATE_QUOTA_BELOW && env.persisted !== true)
    risks.push('privateWindow')
  if (isSafari(env.userAgent) && !env.standalone) risks.push('safariEviction')
  return risks
}

export function isBackupDue(lastBackupAt: string | null, now: Date, hasData: boolean): boolean {
  if (!hasData) return false
  if (!lastBackupAt) return true
  const last = Date.parse(lastBackupAt)
  return !Number.isFinite(last) || now.getTime() - last > BACKUP_REMINDER_DAYS * DAY_MS
}

function storageManager(): StorageManager | undefined {
  return typeof navigator !== 'undefined' && navigator.storage ? navigator.storage : undefined
}

/** Asks the browser to keep the data under storage pressure; true when granted. */
export async function requestPersistence(): Promise<boolean> {
  const manager = storageManager()
  if (!manager?.persist) return false
  try {
    return (await manager.persisted?.()) || (await manager.persist())
  } catch {
    return false
  }
}

/** What the browser says about this origin's storage; `estimate()` can itself throw (Expensify). */
export async function readStorageEnvironment(): Promise<StorageEnvironment & { supported: boolean }> {
  const manager = storageManager()
  let persisted: boolean | null = null
  let usage: number | null = null
  let quota: number | null = null
  try {
    persisted = (await manager?.persisted?.()) ?? null
  } catch {
    persisted = null
  }
  try {
    const estimate = await manager?.estimate?.()
    usage = estimate?.usage ?? null
    quota = estimate?.quota ?? null
  } catch {
    usage = quota = null
  }
  const standalone =
    typeof matchMedia === 'function' && matchMedia('(display-mode: standalone)').matches
  return {
    supported: manager !== undefined,
    persisted,
    usage,
    quota,
    userAgent: typeof navigator !== 'undefined' ? navigator.userAgent : '',
    standalone,
  }
}

export async function checkStorageHealth(lastBackupAt: string | null, hasData: boolean, now: Date): Promise<StorageHealth> {
  const env = await readStorageEnvironment()
  return {
    supported: env.supported,
    persisted: env.persisted,
    usage: env.usage,
    quota: env.quota,
    risks: storageRisks(env),
    lastBackupAt,
    backupDue: isBackupDue(lastBackupAt, now, hasData),
  }
}
