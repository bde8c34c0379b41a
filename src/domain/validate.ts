// Validation at a boundary: every problem is collected with its exact path
// (e.g. `sections[2].indicators[0].text.vi: missing`), never thrown one at a time.

import type { LocalText } from './text'

export interface Problem {
  path: string
  message: string
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: Problem[] }

export function formatProblem(p: Problem): string {
  return p.path ? `${p.path}: ${p.message}` : p.message
}

export function joinPath(base: string, key: string | number): string {
  if (typeof key === 'number') return `${base}[${key}]`
  return base ? `${base}.${key}` : key
}

/** Own-property object check that refuses arrays and null. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Reads an own property only, so `__proto__` or `constructor` keys never reach the prototype. */
export function own(obj: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined
}

/** Collects problems while a parser walks an unknown value. */
export class Checker {
  readonly problems: Problem[] = []

  add(path: string, message: string): void {
    this.problems.push({ path, message })
  }

  record(value: unknown, path: string): Record<string, unknown> | undefined {
    if (value === undefined) this.add(path, 'missing')
    else if (!isRecord(value)) this.add(path, 'expected an object')
    else return value
    return undefined
  }

  array(value: unknown, path: string): unknown[] | undefined {
    if (value === undefined) this.add(path, 'missing')
    else if (!Array.isArray(value)) this.add(path, 'expected an array')
    else return value
    return undefined
  }

  string(value: unknown, path: string, opts: { nonEmpty?: boolean; pattern?: RegExp; max?: number } = {}): string | undefined {
    if (value === undefined) this.add(path, 'missing')
    else if (typeof value !== 'string') this.add(path, 'expected a string')
    else if (opts.nonEmpty && value.trim() === '') this.add(path, 'must not be empty')
    else if (opts.max !== undefined && value.length > opts.max) this.add(path, `longer than ${opts.max} characters`)
    else if (opts.pattern && !opts.pattern.test(value)) this.add(path, `does not match ${opts.pattern.source}`)
    else return value.normalize('NFC')
    return undefined
  }

  optionalString(value: unknown, path: string, opts: { pattern?: RegExp; max?: number } = {}): string | undefined {
    return value === undefined ? undefined : this.string(value, path, opts)
  }

  number(value: unknown, path: string, opts: { min?: number; max?: number; integer?: boolean } = {}): number | undefined {
    if (value === undefined) this.add(path, 'missing')
    else if (typeof value !== 'number' || !Number.isFinite(value)) this.add(path, 'expected a number')
    else if (opts.integer && !Number.isInteger(value)) this.add(path, 'expected a whole number')
    else if (opts.min !== undefined && value < opts.min) this.add(path, `must be at least ${opts.min}`)
    else if (opts.max !== undefined && value > opts.max) this.add(path, `must be at most ${opts.max}`)
    else return value
    return undefined
  }

  boolean(value: unknown, path: string): boolean | undefined {
    if (value === undefined) this.add(path, 'missing')
    else if (typeof value !== 'boolean') this.add(path, 'expected true or false')
    else return value
    return undefined
  }

  oneOf<T extends string>(value: unknown, path: string, allowed: readonly T[]): T | undefined {
    if (value === undefined) this.add(path, 'missing')
    else if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value))
      this.add(path, `expected one of ${allowed.join(', ')}`)
    else return value as T
    return undefined
  }

  /** A text in both languages: an object with non-empty `vi` and `en`, stored in NFC. */
  localText(value: unknown, path: string): LocalText | undefined {
    const obj = this.record(value, path)
    if (!obj) return undefined
    const vi = this.string(own(obj, 'vi'), joinPath(path, 'vi'), { nonEmpty: true })
    const en = this.string(own(obj, 'en'), joinPath(path, 'en'), { nonEmpty: true })
    return vi !== undefined && en !== undefined ? { vi, en } : undefined
  }

  result<T>(value: T | undefined): Parsed<T> {
    if (this.problems.length > 0 || value === undefined)
      return { ok: false, problems: this.problems.length ? this.problems : [{ path: '', message: 'invalid' }] }
    return { ok: true, value }
  }
}

export const DATE_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/
export const SEMVER_PATTERN = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/
