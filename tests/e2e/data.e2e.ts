// The data layer in real Chromium: a backup restores every record exactly; a tampered submission
// file is refused with its reason and writes nothing; a real quota error (DevTools protocol) is
// shown in plain words and leaves the database as it was; another tab's upgrade is announced;
// a draft survives a reload and a closed tab.
import { expect, test, type Page } from '@playwright/test'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildBackup, serializeBackup, type BackupData } from '../../src/domain/backup'
import { generateDemoWorkspace } from '../../src/domain/demo'
import { parseRubric } from '../../src/domain/rubric'
import { buildSubmission, serializeSubmission } from '../../src/domain/submission'
import { payloadChecksum } from '../../src/platform/checksum'
import { T0, T1, makeContent, makeOrg, makeOutlet, testUuid } from '../support/exchangeFixtures'

test.describe.configure({ mode: 'serial', timeout: 120_000 })

const DB = 'gim-index'
const app = { name: 'GIM Index', version: '0.1.0' }
const dir = mkdtempSync(join(tmpdir(), 'gim-data-'))
const v1 = JSON.parse(readFileSync('tests/fixtures/db/schema-v1.json', 'utf8')) as { schemas: Record<string, Record<string, string>>; tables: Record<string, unknown[]> }

/** Record counts per table, read with raw IndexedDB in the page. */
function countRecords(page: Page): Promise<Record<string, number>> {
  return page.evaluate(
    (name) =>
      new Promise<Record<string, number>>((resolve, reject) => {
        const request = indexedDB.open(name)
        request.onerror = () => reject(request.error)
        request.onsuccess = () => {
          const idb = request.result
          const names = [...idb.objectStoreNames]
          const tx = idb.transaction(names, 'readonly')
          const counts: Record<string, number> = {}
          for (const store of names) {
            const r = tx.objectStore(store).count()
            r.onsuccess = () => (counts[store] = r.result)
          }
          tx.oncomplete = () => {
            idb.close()
            resolve(counts)
          }
        }
      }),
    DB,
  )
}

async function openDataPage(page: Page): Promise<void> {
  await page.goto('/#/data')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dữ liệu của bạn')
  await expect(page.getByTestId('storage-health')).toBeVisible()
}

async function submissionFile(name: string, outletId: string, items: number, tamper = false): Promise<string> {
  const outlet = makeOutlet({ id: outletId, name: `Báo thử ${outletId}` })
  const submission = await buildSubmission(
    {
      outlet,
      organisationAssessments: [makeOrg({ outletId })],
      contentAssessments: Array.from({ length: items }, (_, i) => makeContent({ outletId, title: `Bài ${i}: chị Hằng nói về bình đẳng giới ${'— '.repeat(50)}` })),
      includeNames: false,
      app,
      createdAt: T1,
    },
    payloadChecksum,
  )
  let text = serializeSubmission(submission)
  if (tamper) {
    // One byte changed inside the payload: still valid JSON, but the checksum no longer matches.
    const at = text.indexOf('"date": "2025-02-03"') + '"date": "2025-02-0'.length
    text = `${text.slice(0, at)}4${text.slice(at + 1)}`
  }
  const path = join(dir, name)
  writeFileSync(path, text)
  return path
}

const sortRows = (rows: { id?: string; key?: string }[]) => [...rows].sort((a, b) => String(a.id ?? a.key).localeCompare(String(b.id ?? b.key)))

test('a restored backup round-trips every record exactly', async ({ page }) => {
  const rubricJson = JSON.parse(readFileSync('rubrics/vn-gsim/1.1.0.json', 'utf8')) as unknown
  const parsed = parseRubric(rubricJson)
  if (!parsed.ok) throw new Error('rubric does not parse')
  const ws = generateDemoWorkspace({ seed: 11, rubric: parsed.value, scale: 0.05 })
  const org = ws.organisationAssessments[0]!
  const data: BackupData = {
    ...ws,
    evidence: [{ id: testUuid(), assessmentId: org.id, questionId: 'A2.1.q1', kind: 'reference', value: 'Quyết định số 12/QĐ — “Bình đẳng”', createdAt: T0 }],
    settings: [{ key: 'currentOutletId', value: ws.outlets[0]!.id }, { key: 'workspaceNote', value: 'Ghi chú có dấu: Đà Nẵng, Huế 🌸' }],
    importLog: [{ id: testUuid(), importedAt: T1, fileName: 'gim-submission_x.json', outletId: ws.outlets[1]!.id, outletName: ws.outlets[1]!.name, createdAt: T0, counts: { added: 4, updated: 1, unchanged: 0, conflicting: 1, rejected: 0 }, accepted: true }],
  }
  const backupPath = join(dir, 'gim-backup_test.json')
  writeFileSync(backupPath, serializeBackup(await buildBackup({ data, app, createdAt: T1 }, payloadChecksum)))

  await openDataPage(page)
  await page.getByTestId('restore-input').setInputFiles(backupPath)
  await expect(page.getByTestId('restore-preview')).toBeVisible()
  await expect(page.getByTestId('restore-count-contentAssessments')).toHaveText(String(ws.contentAssessments.length))
  await page.getByRole('button', { name: 'Khôi phục và thay thế dữ liệu hiện có' }).click()
  await expect(page.getByTestId('restore-done')).toBeVisible({ timeout: 30_000 })

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('backup-button').click()])
  const exported = JSON.parse(readFileSync(await download.path(), 'utf8')) as { format: string; data: BackupData }
  expect(exported.format).toBe('gim-backup')
  for (const table of Object.keys(data) as (keyof BackupData)[])
    expect(sortRows(exported.data[table]), table).toEqual(sortRows(data[table]))
})

test('a tampered submission file is refused with its reason and the database is unchanged', async ({ page }) => {
  await openDataPage(page)
  const before = await countRecords(page)
  const tampered = await submissionFile('gim-submission_tampered.json', 'hn-050', 3, true)
  await page.getByTestId('submission-input').setInputFiles(tampered)
  const row = page.getByTestId('plan-row-gim-submission_tampered.json')
  await expect(row).toContainText('Bị từ chối')
  await expect(row).toContainText('Mã kiểm tra không khớp')
  await expect(row.locator('input[type="checkbox"]')).toBeDisabled()
  expect(await countRecords(page)).toEqual(before)
  // Committing the batch only logs the refusal; no record of the file is written.
  await page.getByTestId('import-commit').click()
  await expect(page.getByTestId('import-log')).toContainText('gim-submission_tampered.json')
  const after = await countRecords(page)
  expect(after).toEqual({ ...before, importLog: before.importLog! + 1 })
})

test('a quota error is shown in plain words and leaves the database as it was', async ({ page, context }) => {
  await openDataPage(page)
  const big = await submissionFile('gim-submission_big.json', 'hn-060', 3000)
  const before = await countRecords(page)
  const cdp = await context.newCDPSession(page)
  const origin = new URL(page.url()).origin
  const usage = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0)
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: usage + 64 * 1024 })
  try {
    await page.getByTestId('submission-input').setInputFiles(big)
    await expect(page.getByTestId('import-plan')).toBeVisible({ timeout: 30_000 })
    await page.getByTestId('import-commit').click()
    await expect(page.getByTestId('import-error')).toContainText('Bộ nhớ của trình duyệt đã đầy', { timeout: 30_000 })
    expect(await countRecords(page)).toEqual(before)
    // The plan stays on screen, so the user can free space and try again.
    await expect(page.getByTestId('import-plan')).toBeVisible()
  } finally {
    await cdp.send('Storage.overrideQuotaForOrigin', { origin })
  }
})

test('an upgrade in another tab makes this tab say it must reload', async ({ page, context }) => {
  await openDataPage(page)
  const other = await context.newPage()
  await other.goto('/#/')
  const result = await other.evaluate(
    (name) =>
      new Promise<string>((resolve) => {
        const request = indexedDB.open(name, 100_000)
        request.onsuccess = () => {
          request.result.close()
          resolve('upgraded')
        }
        request.onerror = () => resolve(`error ${request.error?.name}`)
      }),
    DB,
  )
  expect(result).toBe('upgraded')
  await expect(page.getByTestId('connection-banner')).toContainText('GIM Index vừa được cập nhật trong một thẻ khác')
  await expect(page.getByRole('button', { name: 'Tải lại' })).toBeVisible()
  await other.close()
})

test('a database written by schema v1 is upgraded in Chromium with nothing lost', async ({ page }) => {
  // A same-origin document that is not the app, so nothing opens the database before us.
  await page.goto('/icons/gim-192.png')
  await page.evaluate(
    ({ name, fixture }) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open(name, 10) // Dexie stores version n as n × 10
        request.onupgradeneeded = () => {
          const idb = request.result
          for (const [table, spec] of Object.entries(fixture.schemas['1'] as Record<string, string>)) {
            const [key, ...indexes] = spec.split(',').map((x) => x.trim())
            const store = idb.createObjectStore(table, { keyPath: key })
            for (const index of indexes) store.createIndex(index, index)
          }
          for (const [table, rows] of Object.entries(fixture.tables as Record<string, unknown[]>))
            for (const row of rows) request.transaction!.objectStore(table).add(row)
        }
        request.onsuccess = () => {
          request.result.close()
          resolve()
        }
        request.onerror = () => reject(request.error)
      }),
    { name: DB, fixture: v1 },
  )
  await openDataPage(page)
  await expect(page.getByTestId('storage-health')).toBeVisible()
  const stored = await page.evaluate(
    (name) =>
      new Promise<{ version: number; stores: string[]; content: Record<string, unknown>[]; outlets: Record<string, unknown>[] }>((resolve) => {
        const request = indexedDB.open(name)
        request.onsuccess = () => {
          const idb = request.result
          // Content assessments are kept in pages since schema v4.
          const tx = idb.transaction(['contentPages', 'outlets'])
          const pages = tx.objectStore('contentPages').getAll()
          const outlets = tx.objectStore('outlets').getAll()
          tx.oncomplete = () => {
            const content = (pages.result as { items: Record<string, unknown>[] }[]).flatMap((p) => p.items)
            resolve({ version: idb.version, stores: [...idb.objectStoreNames], content, outlets: outlets.result })
            idb.close()
          }
        }
      }),
    DB,
  )
  expect(stored.version).toBe(70) // schema v7 (src/db/dbIdentity.ts DB_VERSION) × 10
  expect(stored.stores).toContain('importLog')
  expect(stored.stores).not.toContain('contentAssessments')
  expect(stored.content).toHaveLength(v1.tables.contentAssessments!.length)
  for (const record of stored.content) {
    expect(record).toMatchObject({ rubricId: 'vn-gsim', rubricVersion: '1.0.0' })
    expect(record.date).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(record).not.toHaveProperty('rubric')
    expect(record).not.toHaveProperty('publishedOn')
  }
  expect(stored.outlets.map((o) => o.channels)).toEqual([['print'], ['radio']])
})

test('a draft survives a reload right after typing, and a closed tab', async ({ page, context }) => {
  await openDataPage(page)
  const note = page.getByTestId('workspace-note')
  await note.fill('Bản nháp: phỏng vấn chị Lan, Sở Thông tin')
  await page.reload() // no wait: the pagehide flush must save it
  await expect(page.getByTestId('workspace-note')).toHaveValue('Bản nháp: phỏng vấn chị Lan, Sở Thông tin')

  await page.getByTestId('workspace-note').fill('Đóng thẻ ngay sau khi gõ')
  await page.close({ runBeforeUnload: true })
  const again = await context.newPage()
  await openDataPage(again)
  await expect(again.getByTestId('workspace-note')).toHaveValue('Đóng thẻ ngay sau khi gõ')
})
