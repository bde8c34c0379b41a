import { describe, expect, it } from 'vitest'
import { formatMinutesSeconds, parseAmount, parseCount, parseMinutesSeconds } from '@/domain/numberInput'

describe('domain/numberInput', () => {
  it('reads whole numbers and refuses the rest with a reason', () => {
    expect(parseCount(' 7 ')).toEqual({ ok: true, value: 7 })
    expect(parseCount('')).toEqual({ ok: true, value: undefined })
    expect(parseCount('-1')).toEqual({ ok: false, problem: 'negative' })
    expect(parseCount('2,5')).toEqual({ ok: false, problem: 'notInteger' })
    expect(parseCount('abc')).toEqual({ ok: false, problem: 'notANumber' })
    expect(parseCount('1e3')).toEqual({ ok: false, problem: 'notANumber' })
  })
  it('reads Vietnamese and English amounts', () => {
    expect(parseAmount('12.000.000')).toEqual({ ok: true, value: 12000000 })
    expect(parseAmount('12.500.000,5')).toEqual({ ok: true, value: 12500000.5 })
    expect(parseAmount('12,5')).toEqual({ ok: true, value: 12.5 })
    expect(parseAmount('12.5')).toEqual({ ok: true, value: 12.5 })
    expect(parseAmount('9.500')).toEqual({ ok: true, value: 9500 })
    expect(parseAmount('12,000,000')).toEqual({ ok: true, value: 12000000 })
  })
  it('reads minutes:seconds', () => {
    expect(parseMinutesSeconds('2:05')).toEqual({ ok: true, value: 125 })
    expect(parseMinutesSeconds('90')).toEqual({ ok: true, value: 90 })
    expect(parseMinutesSeconds('1:75')).toEqual({ ok: false, problem: 'notANumber' })
    expect(formatMinutesSeconds(125)).toBe('2:05')
  })
})
