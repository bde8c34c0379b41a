// Several tabs: another connection upgrading the database closes ours, tells the app, and lets
// pending drafts be written first; nothing reopens silently against an unknown schema.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { Dexie } from 'dexie'
import { DB_NAME, DB_VERSION, db, isOutdated, onConnectionEvent, registerFlusher, resetDatabaseForTests, type ConnectionEvent } from '@/db/db'
import { saveOutlet } from '@/db/outlets'
import { toStorageFailure } from '@/db/storage'
import { makeOutlet } from '../support/exchangeFixtures'

function openRaw(version: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, version)
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error)
  })
}

beforeEach(resetDatabaseForTests)
afterEach(resetDatabaseForTests)

describe('connection life cycle', () => {
  it('a newer version opened elsewhere: the app is told, drafts are flushed, then the connection closes for good', async () => {
    const events: ConnectionEvent[] = []
    onConnectionEvent((e) => events.push(e))
    let flushed = false
    registerFlusher(async () => {
      await saveOutlet(makeOutlet({ name: 'Bản nháp cuối' }))
      flushed = true
    })
    const newer = await openRaw(1000) // resolves only once our connection has closed
    expect(events).toEqual([{ type: 'versionChange' }])
    expect(flushed).toBe(true)
    expect(isOutdated()).toBe(true)
    const tx = newer.transaction('outlets', 'readonly')
    const stored = await new Promise((resolve) => {
      const req = tx.objectStore('outlets').get('hn-001')
      req.onsuccess = () => resolve(req.result)
    })
    expect(stored).toMatchObject({ name: 'Bản nháp cuối' })
    newer.close()
    // A write after the close fails plainly instead of reopening the database silently.
    const error = await saveOutlet(makeOutlet()).catch((e: unknown) => e)
    expect(toStorageFailure(error).kind).toBe('versionChange')
    expect(db.isOpen()).toBe(false)
  })

  it('our upgrade waiting for an old tab that will not close is reported as blocked, then completes', async () => {
    db.close({ disableAutoOpen: false })
    await Dexie.delete(DB_NAME)
    const events: ConnectionEvent[] = []
    onConnectionEvent((e) => events.push(e))
    // An old build's tab: version 1, ignores versionchange.
    const old = await openRaw(10)
    old.onversionchange = () => undefined
    const opening = db.open()
    await new Promise((r) => setTimeout(r, 50))
    expect(events).toEqual([{ type: 'blocked' }])
    expect(db.isOpen()).toBe(false)
    old.close() // the user closes the old tab
    await opening
    expect(db.verno).toBe(DB_VERSION)
    expect(events).toEqual([{ type: 'blocked' }, { type: 'ready' }])
  })

  it('a listener subscribing while our upgrade is blocked hears it, and one subscribing after it completed does not', async () => {
    db.close({ disableAutoOpen: false })
    await Dexie.delete(DB_NAME)
    const old = await openRaw(10)
    old.onversionchange = () => undefined
    const opening = db.open()
    await new Promise((r) => setTimeout(r, 50))
    // The connection banner subscribes only once the page is idle (useConnectionStatus).
    const late: ConnectionEvent[] = []
    onConnectionEvent((e) => late.push(e))
    expect(late).toEqual([{ type: 'blocked' }])
    old.close()
    await opening
    expect(late).toEqual([{ type: 'blocked' }, { type: 'ready' }])
    const after: ConnectionEvent[] = []
    onConnectionEvent((e) => after.push(e))
    expect(after).toEqual([])
  })

  it('a listener subscribing after the event still hears it', async () => {
    const newer = await openRaw(1000)
    newer.close()
    const events: ConnectionEvent[] = []
    onConnectionEvent((e) => events.push(e))
    expect(events).toEqual([{ type: 'versionChange' }])
  })
})
