// Plain chart descriptions: what the views, the PDF and the tests hand to the chart adapter.
// No chart.js types here, so nothing outside src/charts depends on the chart library.

/** How values are read and printed: shares are 0–1 (shown as %), scores 0–100, counts integers. */
export type ValueFormat = 'share' | 'score' | 'count'

export interface ChartSeries {
  label: string
  /** One value per category label; null leaves a gap. */
  values: (number | null)[]
  /** Drawn dashed (a projection, an estimate). */
  dashed?: boolean
  color?: string
}

/** A single dated point drawn as a marker with its label beside it (a policy target). */
export interface ChartMarker {
  label: string
  /** The category label it sits on, e.g. "2025-12". */
  at: string
  value: number
  color?: string
}

export interface LineChartSpec {
  type: 'line'
  labels: string[]
  series: ChartSeries[]
  markers?: ChartMarker[]
  format: ValueFormat
  /** Upper bound of the value axis; defaults to 1 for shares and 100 for scores. */
  max?: number
}

export interface BarChartSpec {
  type: 'bar'
  labels: string[]
  series: ChartSeries[]
  format: ValueFormat
  stacked?: boolean
  /** Categories on the vertical axis: suits long outlet names. */
  horizontal?: boolean
  max?: number
}

export interface HistogramBin {
  /** Inclusive lower bound. */
  from: number
  /** Exclusive upper bound (inclusive for the last bin). */
  to: number
  count: number
}

export interface HistogramSpec {
  type: 'histogram'
  bins: HistogramBin[]
  /** What is counted, e.g. "Số cơ quan". */
  countLabel: string
  /** How the bin bounds are printed. */
  format: ValueFormat
  color?: string
}

export type ChartSpec = LineChartSpec | BarChartSpec | HistogramSpec

export type ChartLocale = 'vi' | 'en'

/** Colours with at least 4.5:1 contrast on white, distinct for the common colour blindnesses. */
export const CHART_PALETTE = ['#5b2480', '#1f6b3a', '#b35c00', '#1f5fa8', '#6b6672', '#b00020'] as const

export function seriesColor(index: number, explicit?: string): string {
  return explicit ?? CHART_PALETTE[index % CHART_PALETTE.length] ?? '#5b2480'
}

/** One formatter per locale and format: building an Intl.NumberFormat costs far more than using it. */
const formatters = new Map<string, Intl.NumberFormat>()

function formatterFor(format: ValueFormat, locale: ChartLocale): Intl.NumberFormat {
  const key = `${locale}|${format}`
  let f = formatters.get(key)
  if (!f) {
    f =
      format === 'share'
        ? new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 })
        : new Intl.NumberFormat(locale, { maximumFractionDigits: format === 'score' ? 1 : 0 })
    formatters.set(key, f)
  }
  return f
}

export function formatValue(value: number | null | undefined, format: ValueFormat, locale: ChartLocale): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '–'
  return formatterFor(format, locale).format(value)
}

export function defaultMax(format: ValueFormat): number | undefined {
  if (format === 'share') return 1
  if (format === 'score') return 100
  return undefined
}

/**
 * Counts values into `binCount` equal bins over [min, max]; the last bin includes `max`.
 * Values outside the range or not finite are left out (the caller reports its sample size).
 */
export function toHistogramBins(values: readonly number[], options: { min: number; max: number; binCount: number }): HistogramBin[] {
  const { min, max } = options
  const binCount = Math.max(1, Math.floor(options.binCount))
  const width = (max - min) / binCount
  const bins: HistogramBin[] = Array.from({ length: binCount }, (_, i) => ({
    from: min + i * width,
    to: i === binCount - 1 ? max : min + (i + 1) * width,
    count: 0,
  }))
  if (!(width > 0)) return bins
  for (const value of values) {
    if (!Number.isFinite(value) || value < min || value > max) continue
    const index = Math.min(binCount - 1, Math.floor((value - min) / width))
    const bin = bins[index]
    if (bin) bin.count += 1
  }
  return bins
}

export function binLabel(bin: HistogramBin, format: ValueFormat, locale: ChartLocale): string {
  return `${formatValue(bin.from, format, locale)}–${formatValue(bin.to, format, locale)}`
}

/** The rows of the accessible data table that stands in for the canvas. */
export interface ChartTable {
  columns: string[]
  rows: { label: string; cells: string[] }[]
}

export function toChartTable(spec: ChartSpec, locale: ChartLocale): ChartTable {
  if (spec.type === 'histogram') {
    return {
      columns: [spec.countLabel],
      rows: spec.bins.map((bin) => ({ label: binLabel(bin, spec.format, locale), cells: [formatValue(bin.count, 'count', locale)] })),
    }
  }
  const markerColumns = spec.type === 'line' ? (spec.markers ?? []) : []
  return {
    columns: [...spec.series.map((s) => s.label), ...markerColumns.map((m) => m.label)],
    rows: spec.labels.map((label, i) => ({
      label,
      cells: [
        ...spec.series.map((s) => formatValue(s.values[i], spec.format, locale)),
        ...markerColumns.map((m) => (m.at === label ? formatValue(m.value, spec.format, locale) : '')),
      ],
    })),
  }
}
