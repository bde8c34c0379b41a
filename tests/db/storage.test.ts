import { describe, expect, it } from 'vitest'
import { Dexie } from 'dexie'
import { StorageFailure, isBackupDue, isSafari, storageRisks, toStorageFailure } from '@/db/storage'

const chromeUA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36'
const safariUA = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15'
const GB = 1024 ** 3

describe('toStorageFailure', () => {
  const quota = () => new DOMException('quota', 'QuotaExceededError')
  const cases: [string, unknown, StorageFailure['kind']][] = [
    ['a bare QuotaExceededError', quota(), 'quota'],
    ["Dexie's AbortError with an inner QuotaExceededError", new Dexie.AbortError('Transaction aborted', quota()), 'quota'],
    ['OpenFailedError wrapping a quota error', new Dexie.OpenFailedError('open failed', quota()), 'quota'],
    ['a BulkError whose failures are quota errors', new Dexie.BulkError('bulk', [quota()]), 'quota'],
    ['a legacy DOMException code 22', { name: 'Error', code: 22 }, 'quota'],
    ['a ConstraintError in a BulkError', new Dexie.BulkError('bulk', [new DOMException('key exists', 'ConstraintError')]), 'conflict'],
    ['a closed database (another tab upgraded)', new Dexie.DatabaseClosedError('closed'), 'versionChange'],
    ['private-window InvalidStateError on open', new Dexie.OpenFailedError('open', new DOMException('no', 'InvalidStateError')), 'unavailable'],
    ['MissingAPIError', new Dexie.MissingAPIError('no indexedDB'), 'unavailable'],
    ['anything else', new Error('boom'), 'unknown'],
    ['a thrown string', 'boom', 'unknown'],
  ]
  for (const [name, error, kind] of cases)
    it(`${name} → ${kind}`, () => {
      const failure = toStorageFailure(error)
      expect(failure).toBeInstanceOf(StorageFailure)
      expect(failure.kind).toBe(kind)
      expect(failure.cause).toBe(error)
    })
})

describe('storage risks', () => {
  it('warns when storage is not persisted, in small private-window quotas, and in Safari tabs', () => {
    const base = { persisted: true, usage: 1, quota: 10 * GB, userAgent: chromeUA, standalone: false }
    expect(storageRisks(base)).toEqual([])
    expect(storageRisks({ ...base, persisted: false })).toEqual(['notPersisted'])
    expect(storageRisks({ ...base, persisted: false, quota: 100 * 1024 * 1024 })).toEqual(['notPersisted', 'privateWindow'])
    expect(storageRisks({ ...base, userAgent: safariUA })).toEqual(['safariEviction'])
    expect(storageRisks({ ...base, userAgent: safariUA, standalone: true })).toEqual([])
    expect(isSafari(chromeUA)).toBe(false)
  })

  it('reminds to back up when there is data and no backup in the last 7 days', () => {
    const now = new Date('2026-03-10T12:00:00Z')
    expect(isBackupDue(null, now, false)).toBe(false)
    expect(isBackupDue(null, now, true)).toBe(true)
    expect(isBackupDue('2026-03-05T12:00:00Z', now, true)).toBe(false)
    expect(isBackupDue('2026-03-03T11:00:00Z', now, true)).toBe(true)
    expect(isBackupDue('not a date', now, true)).toBe(true)
  })
})
