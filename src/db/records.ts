// Shared by the table modules: every record is checked with the domain's parser when it is written
// (so the store only ever holds valid records) and when it is read (a record corrupted on disk, or
// left half-upgraded by a killed tab, is set aside and reported instead of breaking the list).
import { Checker, formatProblem, type Problem } from '@/domain/validate'
import type { TableName } from './db'
// storageFailure, not storage: this module is also used where Dexie is not loaded (the roll-up worker's reader).
import { StorageFailure } from './storageFailure'

export type RecordParser<T> = (c: Checker, value: unknown, path: string) => T | undefined

export interface CorruptRecord {
  table: TableName
  /** The stored key, when it could be read. */
  id: string
  problems: Problem[]
}

/** A list read from a table: the valid records, and those set aside with their problems. */
export interface Listed<T> {
  records: T[]
  corrupt: CorruptRecord[]
}

export function checkRecord<T>(parse: RecordParser<T>, value: unknown): { ok: true; value: T } | { ok: false; problems: Problem[] } {
  const c = new Checker()
  try {
    const parsed = parse(c, value, '')
    if (parsed !== undefined && c.problems.length === 0) return { ok: true, value: parsed }
  } catch (error) {
    c.add('', `could not be read (${error instanceof Error ? error.message : String(error)})`)
  }
  return { ok: false, problems: c.problems.length ? c.problems : [{ path: '', message: 'invalid' }] }
}

/** The checked, normalised copy of a record about to be written; throws 'invalid' otherwise. */
export function forWrite<T>(parse: RecordParser<T>, value: T, table: TableName): T {
  const checked = checkRecord(parse, value)
  if (checked.ok) return checked.value
  throw new StorageFailure('invalid', `${table}: ${checked.problems.map(formatProblem).join('; ')}`, {
    problems: checked.problems,
  })
}

function keyOf(value: unknown, key: string): string {
  if (typeof value === 'object' && value !== null && Object.prototype.hasOwnProperty.call(value, key)) {
    const id = (value as Record<string, unknown>)[key]
    if (typeof id === 'string' || typeof id === 'number') return String(id)
  }
  return '?'
}

export function checkAll<T>(
  parse: RecordParser<T>,
  values: readonly unknown[],
  table: TableName,
  repair?: (value: Record<string, unknown>) => boolean,
): Listed<T> {
  const records: T[] = []
  const corrupt: CorruptRecord[] = []
  for (const value of values) {
    if (repair && typeof value === 'object' && value !== null) repair(value as Record<string, unknown>)
    const checked = checkRecord(parse, value)
    if (checked.ok) records.push(checked.value)
    else corrupt.push({ table, id: keyOf(value, table === 'settings' ? 'key' : 'id'), problems: checked.problems })
  }
  if (corrupt.length > 0) console.warn(`GIM Index: ${corrupt.length} stored ${table} record(s) set aside as invalid`, corrupt)
  return { records, corrupt }
}

export function checkOne<T>(
  parse: RecordParser<T>,
  value: unknown,
  table: TableName,
  repair?: (value: Record<string, unknown>) => boolean,
): T | undefined {
  if (value === undefined) return undefined
  return checkAll(parse, [value], table, repair).records[0]
}
