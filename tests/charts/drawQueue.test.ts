import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { cancelChartDrawing, queueChartDrawing } from '@/charts/drawQueue'

describe('drawQueue', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('runs queued drawings one per task, in order, never in the task that queued them', () => {
    const ran: string[] = []
    queueChartDrawing(() => ran.push('line'))
    queueChartDrawing(() => ran.push('bar'))
    expect(ran).toEqual([])
    vi.advanceTimersToNextTimer()
    expect(ran).toEqual(['line'])
    vi.advanceTimersToNextTimer()
    expect(ran).toEqual(['line', 'bar'])
    expect(vi.getTimerCount()).toBe(0)
  })

  it('forgets a drawing whose chart went away before its turn', () => {
    const ran: string[] = []
    const gone = () => ran.push('gone')
    queueChartDrawing(gone)
    queueChartDrawing(() => ran.push('kept'))
    cancelChartDrawing(gone)
    vi.runAllTimers()
    expect(ran).toEqual(['kept'])
  })
})
