import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { wilson, ratio } from '@/domain/stats'
import {
  addMonths,
  dateOfDay,
  dayNumber,
  lastQuarters,
  monthsBetween,
  parsePeriod,
  periodLabel,
  quarterOf,
  quarterPeriod,
  trailingWindow,
  inPeriod,
  isDate,
  quarterIndex,
} from '@/domain/period'
import { quarterIndexOfDay } from '@/domain/contentCube'

describe('wilson', () => {
  it.each([
    // numerator, denominator, value, low, high (hand-computed with the Wilson formula, z = 1.96)
    [5, 10, 0.5, 0.236593, 0.763407],
    [0, 10, 0, 0, 0.277533],
    [10, 10, 1, 0.722467, 1],
    [1, 1, 1, 0.206549, 1],
    [3, 12, 0.25, 0.088942, 0.532305],
    [6, 8, 0.75, 0.409275, 0.928521],
  ])('%i of %i', (x, n, value, low, high) => {
    const s = wilson(x, n)
    expect(s.numerator).toBe(x)
    expect(s.denominator).toBe(n)
    expect(s.value).toBeCloseTo(value, 9)
    expect(s.low).toBeCloseTo(low, 5)
    expect(s.high).toBeCloseTo(high, 5)
  })

  it('n = 0 has no value and no interval', () => {
    expect(wilson(0, 0)).toEqual({ numerator: 0, denominator: 0, value: null, low: null, high: null })
    expect(ratio(3, 0).value).toBeNull()
    expect(ratio(30, 60)).toEqual({ numerator: 30, denominator: 60, value: 0.5, low: null, high: null })
  })

  it('value and interval stay in [0, 1] and contain the share', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100000 }), fc.double({ min: 0, max: 1, noNaN: true }), (n, f) => {
        const x = Math.round(n * f)
        const s = wilson(x, n)
        expect(s.low!).toBeGreaterThanOrEqual(0)
        expect(s.high!).toBeLessThanOrEqual(1)
        expect(s.low!).toBeLessThanOrEqual(s.value! + 1e-12)
        expect(s.high!).toBeGreaterThanOrEqual(s.value! - 1e-12)
      }),
    )
  })
})

describe('period', () => {
  it('day numbers round-trip, including leap days and century years', () => {
    expect(dayNumber('1970-01-01')).toBe(0)
    expect(dayNumber('2000-03-01') - dayNumber('2000-02-28')).toBe(2)
    expect(dayNumber('2100-03-01') - dayNumber('2100-02-28')).toBe(1)
    fc.assert(fc.property(fc.integer({ min: -50000, max: 100000 }), (d) => {
      expect(dayNumber(dateOfDay(d))).toBe(d)
    }))
    expect(() => dayNumber('2026-02-30')).toThrow(/Not a date/)
    expect(isDate('2024-02-29')).toBe(true)
    expect(isDate('2025-02-29')).toBe(false)
  })

  it('quarter of a day number (no strings) equals quarterIndex of its date', () => {
    fc.assert(
      fc.property(fc.integer({ min: -20000, max: 60000 }), (d) => {
        expect(quarterIndexOfDay(d)).toBe(quarterIndex(dateOfDay(d)))
      }),
    )
  })

  it.each([
    ['2026-01-01', '2026-Q1'],
    ['2026-03-31', '2026-Q1'],
    ['2026-04-01', '2026-Q2'],
    ['2026-09-30', '2026-Q3'],
    ['2026-10-01', '2026-Q4'],
    ['2026-12-31', '2026-Q4'],
  ])('quarterOf(%s) = %s', (date, quarter) => expect(quarterOf(date)).toBe(quarter))

  it.each([
    ['2026', { start: '2026-01-01', end: '2026-12-31' }, '2026'],
    ['2026-Q1', { start: '2026-01-01', end: '2026-03-31' }, '2026-Q1'],
    ['2026-Q4', { start: '2026-10-01', end: '2026-12-31' }, '2026-Q4'],
    ['2024-02', { start: '2024-02-01', end: '2024-02-29' }, '2024-02'],
    ['2025-02', { start: '2025-02-01', end: '2025-02-28' }, '2025-02'],
    ['2026-01-15..2026-02-20', { start: '2026-01-15', end: '2026-02-20' }, '2026-01-15..2026-02-20'],
    ['2026-01-15/2026-02-20', { start: '2026-01-15', end: '2026-02-20' }, '2026-01-15..2026-02-20'],
  ])('parsePeriod(%s)', (label, period, back) => {
    expect(parsePeriod(label)).toEqual(period)
    expect(periodLabel(period)).toBe(back)
  })

  it('rejects unreadable labels', () => {
    for (const bad of ['2026-Q5', '2026-13', '2026-02-20..2026-01-15', 'soon', '2026-02-30']) expect(parsePeriod(bad)).toBeNull()
  })

  it.each([
    // at, months, start — window is (at − m months, at], boundaries inclusive
    ['2026-06-30', 12, '2025-07-01'],
    ['2026-12-31', 12, '2026-01-01'],
    ['2026-03-31', 3, '2026-01-01'],
    ['2026-02-28', 12, '2025-03-01'],
    ['2024-02-29', 12, '2023-03-01'],
    ['2026-03-31', 1, '2026-03-01'],
    ['2026-03-30', 1, '2026-03-01'],
    ['2026-05-31', 3, '2026-03-01'],
  ])('trailingWindow(%s, %i) starts %s', (at, months, start) => {
    const w = trailingWindow(at, months)
    expect(w).toEqual({ start, end: at })
    expect(inPeriod(start, w)).toBe(true)
    expect(inPeriod(at, w)).toBe(true)
  })

  it.each([
    ['2026-09-30', 2, ['2026-Q2', '2026-Q3']],
    ['2026-09-29', 2, ['2026-Q1', '2026-Q2']],
    ['2026-10-01', 4, ['2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3']],
    ['2026-01-01', 1, ['2025-Q4']],
    ['2026-12-31', 1, ['2026-Q4']],
  ])('lastQuarters(%s, %i)', (at, n, quarters) => expect(lastQuarters(at, n)).toEqual(quarters))

  it('months between, inclusive', () => {
    expect(monthsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02'])
    expect(monthsBetween('2022-01', '2030-12')).toHaveLength(108)
    expect(monthsBetween('2026-02', '2026-01')).toEqual([])
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28')
    expect(quarterPeriod('2024-Q1')).toEqual({ start: '2024-01-01', end: '2024-03-31' })
  })
})
