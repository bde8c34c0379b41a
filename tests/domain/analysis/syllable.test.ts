import { describe, expect, it } from 'vitest'
import { isVietnameseSyllable } from '../../../src/domain/analysis/syllable'

describe('isVietnameseSyllable', () => {
  it.each(['nguyễn', 'thị', 'nghiêng', 'quốc', 'giàng', 'khoảng', 'người', 'truyền', 'khuya', 'oanh', 'y'])('%s is one', (w) => {
    expect(isVietnameseSyllable(w)).toBe(true)
  })
  it.each(['bríu', 'ksor', 'petrov', 'ivan', 'sarah', 'hiroshi', 'park', 'ji-ho', 'hwing'])('%s is not', (w) => {
    expect(isVietnameseSyllable(w)).toBe(false)
  })
})
