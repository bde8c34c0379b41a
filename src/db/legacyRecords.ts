// The v1 → v2 record repairs, used by the schema upgrade and on read (no Dexie here: the roll-up
// worker's plain-IndexedDB reader uses them too).

export type LegacyRecord = Record<string, unknown>

/**
 * v1 → v2 for one assessment, in place. Idempotent: it only touches records that still have the
 * old shape, so it is also safe to run on read (an upgrade skipped by a killed tab, Dexie #1175).
 */
export function upgradeAssessmentV1(record: LegacyRecord): boolean {
  let changed = false
  const rubric = record.rubric
  if (typeof rubric === 'string') {
    const at = rubric.lastIndexOf('@')
    if (record.rubricId === undefined) record.rubricId = at > 0 ? rubric.slice(0, at) : rubric
    if (record.rubricVersion === undefined) record.rubricVersion = at > 0 ? rubric.slice(at + 1) : '1.0.0'
    delete record.rubric
    changed = true
  }
  if (record.publishedOn !== undefined) {
    if (record.date === undefined) record.date = record.publishedOn
    delete record.publishedOn
    changed = true
  }
  if (record.updatedAt === undefined && typeof record.createdAt === 'string') {
    record.updatedAt = record.createdAt
    changed = true
  }
  return changed
}

export function upgradeOutletV1(record: LegacyRecord): boolean {
  let changed = false
  if (!Array.isArray(record.channels)) {
    record.channels = typeof record.channel === 'string' ? [record.channel] : []
    delete record.channel
    changed = true
  }
  if (record.updatedAt === undefined && typeof record.createdAt === 'string') {
    record.updatedAt = record.createdAt
    changed = true
  }
  return changed
}
