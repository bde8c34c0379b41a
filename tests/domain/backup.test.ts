import { describe, expect, it } from 'vitest'
import { payloadChecksum } from '@/platform/checksum'
import { buildBackup, readBackup, serializeBackup, type BackupData } from '@/domain/backup'
import { T0, T1, makeContent, makeOrg, makeOutlet } from '../support/exchangeFixtures'

const app = { name: 'GIM Index', version: '0.1.0' }

function data(): BackupData {
  const org = makeOrg()
  return {
    outlets: [makeOutlet(), makeOutlet({ id: 'hn-002', name: 'Đài Phát thanh Hồ Gươm', kind: 'radio', channels: ['radio'], archivedAt: '2026-01-01' })],
    organisationAssessments: [org],
    contentAssessments: [makeContent(), makeContent({ title: 'Chữ Việt: ặ ế ộ ữ 𝔸 😀' })],
    evidence: [{ id: 'ev-1', assessmentId: org.id, questionId: 'A2.1.q1', kind: 'url', value: 'https://example.org/quy-che', createdAt: T0 }],
    settings: [
      { key: 'locale', value: 'vi' },
      { key: 'backupReminderDays', value: 7 },
      { key: 'persisted', value: true },
      { key: 'lastBackup', value: null },
    ],
    importLog: [
      { id: 'log-1', importedAt: T1, fileName: 'a.json', outletId: 'hn-001', outletName: 'Báo Thủ đô Sáng', sender: 'Tòa soạn', createdAt: T0, counts: { added: 3, updated: 0, unchanged: 0, conflicting: 0, rejected: 0 }, accepted: true },
      { id: 'log-2', importedAt: T1, fileName: 'bad.json', outletId: '', outletName: '', createdAt: '', counts: { added: 0, updated: 0, unchanged: 0, conflicting: 0, rejected: 0 }, accepted: false, problems: ['not valid JSON'] },
    ],
  }
}

const ctx = { checksum: payloadChecksum }

describe('backup', () => {
  it('round-trips every record exactly and says what a restore will put back', async () => {
    const d = data()
    const b = await buildBackup({ data: d, app, createdAt: T1 }, payloadChecksum)
    const r = await readBackup(serializeBackup(b), ctx)
    expect(r).toEqual({
      ok: true,
      backup: b,
      counts: { outlets: 2, organisationAssessments: 1, contentAssessments: 2, evidence: 1, settings: 4, importLog: 2 },
    })
    if (r.ok) expect(r.backup.data).toEqual(d)
  })

  it('detects a changed byte, a newer format and another format', async () => {
    const text = serializeBackup(await buildBackup({ data: data(), app, createdAt: T1 }, payloadChecksum))
    const tampered = await readBackup(text.replace('Hồ Gươm', 'Hồ Guơm'), ctx)
    expect(tampered.ok ? '' : tampered.reason).toBe('checksumMismatch')
    const newer = await readBackup(text.replace('"formatVersion":1', '"formatVersion":2'), ctx)
    expect(newer.ok ? '' : newer.problems[0]!.message).toContain('made by a newer GIM Index; update the app')
    const submission = await readBackup(text.replace('"format":"gim-backup"', '"format":"gim-submission"'), ctx)
    expect(submission.ok ? '' : submission.reason).toBe('wrongFormat')
  })

  it('validates the whole file first: every bad record is reported with its path', async () => {
    const d = data()
    d.contentAssessments.push({ ...d.contentAssessments[0]! })
    ;(d.settings[0] as { value: unknown }).value = { nested: true }
    ;(d.evidence[0] as { value: string }).value = 'javascript:alert(1)'
    const text = serializeBackup(await buildBackup({ data: d, app, createdAt: T1 }, payloadChecksum))
    const r = await readBackup(text, ctx)
    expect(r.ok).toBe(false)
    if (!r.ok)
      expect(r.problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
        `data.contentAssessments[2]: "${d.contentAssessments[0]!.id}" appears twice`,
        'data.evidence[0].value: expected an http(s) address',
        'data.settings[0].value: expected a string, number, true/false or null',
      ])
  })

  it('checks rubric versions when asked to', async () => {
    const text = serializeBackup(await buildBackup({ data: data(), app, createdAt: T1 }, payloadChecksum))
    const r = await readBackup(text, { ...ctx, rubricKnown: () => false })
    expect(r.ok ? [] : r.problems.map((p) => p.path)).toEqual(['data.organisationAssessments[0].rubricVersion'])
  })

  it('never throws on junk', async () => {
    for (const junk of ['', 'null', '{"format":"gim-backup","formatVersion":1,"data":{"__proto__":{}}}', '{"format":"gim-backup"']) {
      const r = await readBackup(junk, ctx)
      expect(r.ok).toBe(false)
    }
  })
})
