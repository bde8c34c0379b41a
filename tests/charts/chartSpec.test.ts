import { describe, expect, it } from 'vitest'
import { formatValue, toChartTable, toHistogramBins, type LineChartSpec } from '@/charts/chartSpec'
import { buildChartConfig } from '@/charts/chartConfig'

const adoption: LineChartSpec = {
  type: 'line',
  labels: ['2025-11', '2025-12', '2026-01'],
  series: [
    { label: 'Thí điểm', values: [0.5, 0.625, null] },
    { label: 'Dự báo', values: [null, 0.625, 0.7], dashed: true },
  ],
  markers: [{ label: 'Mục tiêu 2025: 80 %', at: '2025-12', value: 0.8 }],
  format: 'share',
}

describe('charts/chartSpec', () => {
  describe('toHistogramBins', () => {
    it('counts values into equal bins, the last one closed on the right', () => {
      const bins = toHistogramBins([0, 0.1, 0.25, 0.5, 0.99, 1], { min: 0, max: 1, binCount: 4 })
      expect(bins.map((b) => b.count)).toEqual([2, 1, 1, 2])
      expect(bins[3]).toMatchObject({ from: 0.75, to: 1 })
    })

    it('leaves out values outside the range and non-numbers', () => {
      const bins = toHistogramBins([-0.1, 1.1, Number.NaN, Infinity, 0.5], { min: 0, max: 1, binCount: 2 })
      expect(bins.reduce((sum, b) => sum + b.count, 0)).toBe(1)
    })

    it('survives an empty range without dividing by zero', () => {
      expect(toHistogramBins([1, 1], { min: 1, max: 1, binCount: 3 }).map((b) => b.count)).toEqual([0, 0, 0])
    })
  })

  describe('formatValue', () => {
    it('prints shares as percentages in the chosen language and gaps as a dash', () => {
      expect(formatValue(0.625, 'share', 'en')).toBe('62.5%')
      expect(formatValue(0.625, 'share', 'vi')).toBe('62,5%')
      expect(formatValue(null, 'share', 'vi')).toBe('–')
      expect(formatValue(1234, 'count', 'en')).toBe('1,234')
    })
  })

  describe('toChartTable', () => {
    it('gives one row per category with every series and the markers on their own month', () => {
      const table = toChartTable(adoption, 'en')
      expect(table.columns).toEqual(['Thí điểm', 'Dự báo', 'Mục tiêu 2025: 80 %'])
      expect(table.rows[1]).toEqual({ label: '2025-12', cells: ['62.5%', '62.5%', '80%'] })
      expect(table.rows[2]?.cells).toEqual(['–', '70%', ''])
    })

    it('lists histogram bins with their counts', () => {
      const table = toChartTable(
        { type: 'histogram', bins: toHistogramBins([0.2, 0.3], { min: 0, max: 1, binCount: 2 }), countLabel: 'Số cơ quan', format: 'share' },
        'vi',
      )
      expect(table.rows.map((r) => [r.label, r.cells[0]])).toEqual([
        ['0%–50%', '2'],
        ['50%–100%', '0'],
      ])
    })
  })
})

describe('charts/chartConfig', () => {
  it('draws projections dashed and each target as a lone marker on its month', () => {
    const config = buildChartConfig(adoption, { locale: 'vi', responsive: false })
    const datasets = config.data.datasets
    expect(datasets).toHaveLength(3)
    expect(datasets[0]).toMatchObject({ borderDash: [] })
    expect(datasets[1]).toMatchObject({ borderDash: [6, 4] })
    expect(datasets[2]).toMatchObject({ label: 'Mục tiêu 2025: 80 %', data: [null, 0.8, null], showLine: false })
    expect(config.options?.animation).toBe(false)
  })

  it('puts categories on the vertical axis for horizontal bars', () => {
    const config = buildChartConfig(
      { type: 'bar', labels: ['A', 'B'], series: [{ label: 'x', values: [0.1, 0.2] }], format: 'share', horizontal: true },
      { locale: 'en', responsive: true },
    )
    expect(config.options).toMatchObject({ indexAxis: 'y' })
  })
})
