// The chart.js adapter: turns a plain ChartSpec into a chart.js configuration. Only the
// controllers and elements used here are registered (never chart.js/auto), to keep the bundle small.
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
  type ChartDataset,
  type Plugin,
} from 'chart.js'
import {
  binLabel,
  defaultMax,
  formatValue,
  seriesColor,
  type ChartLocale,
  type ChartSpec,
  type ValueFormat,
} from './chartSpec'

let registered = false
export function registerCharts(): void {
  if (registered) return
  Chart.register(LineController, BarController, LineElement, PointElement, BarElement, CategoryScale, LinearScale, Legend, Tooltip)
  registered = true
}

/** Paints a white background so exported PNGs are readable on any viewer and in the PDF. */
const whiteBackground: Plugin = {
  id: 'gimWhiteBackground',
  beforeDraw(chart) {
    const { ctx, width, height } = chart
    ctx.save()
    ctx.globalCompositeOperation = 'destination-over'
    ctx.fillStyle = '#ffffff'
    ctx.fillRect(0, 0, width, height)
    ctx.restore()
  },
}

/** Writes each marker's label beside its point, so a target is named without the legend. */
function markerLabels(datasetIndexes: number[], labels: string[]): Plugin {
  return {
    id: 'gimMarkerLabels',
    afterDatasetsDraw(chart) {
      const { ctx } = chart
      ctx.save()
      ctx.font = '12px system-ui, sans-serif'
      ctx.fillStyle = '#1c1b22'
      ctx.textAlign = 'right'
      datasetIndexes.forEach((datasetIndex, i) => {
        const meta = chart.getDatasetMeta(datasetIndex)
        const values = chart.data.datasets[datasetIndex]?.data ?? []
        const point = meta.data[values.findIndex((value) => value !== null && value !== undefined)]
        if (point) ctx.fillText(labels[i] ?? '', point.x - 10, point.y - 8)
      })
      ctx.restore()
    },
  }
}

function valueAxis(format: ValueFormat, locale: ChartLocale, max: number | undefined, stacked: boolean) {
  return {
    beginAtZero: true,
    max: max ?? defaultMax(format),
    stacked,
    ticks: { callback: (value: string | number) => formatValue(Number(value), format, locale) },
  }
}

export interface BuildOptions {
  locale: ChartLocale
  /** Screen charts resize with their box; images for files are drawn at a fixed size. */
  responsive: boolean
  devicePixelRatio?: number
}

export function buildChartConfig(spec: ChartSpec, options: BuildOptions): ChartConfiguration {
  const { locale } = options
  const base = {
    responsive: options.responsive,
    maintainAspectRatio: false,
    animation: false as const,
    devicePixelRatio: options.devicePixelRatio,
  }

  if (spec.type === 'histogram') {
    const color = seriesColor(0, spec.color)
    return {
      type: 'bar',
      data: {
        labels: spec.bins.map((bin) => binLabel(bin, spec.format, locale)),
        datasets: [{ label: spec.countLabel, data: spec.bins.map((b) => b.count), backgroundColor: color, borderColor: color, categoryPercentage: 1, barPercentage: 0.95 }],
      },
      options: {
        ...base,
        plugins: { legend: { display: false } },
        scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
      },
      plugins: [whiteBackground],
    }
  }

  const tooltip = {
    callbacks: {
      label: (item: { dataset: { label?: string }; parsed: { x: number | null; y: number | null } }) => {
        const value = spec.type === 'bar' && spec.horizontal ? item.parsed.x : item.parsed.y
        return `${item.dataset.label ?? ''}: ${formatValue(value, spec.format, locale)}`
      },
    },
  }

  if (spec.type === 'bar') {
    const datasets: ChartDataset<'bar', (number | null)[]>[] = spec.series.map((s, i) => ({
      label: s.label,
      data: s.values,
      backgroundColor: seriesColor(i, s.color),
      borderColor: seriesColor(i, s.color),
    }))
    const stacked = spec.stacked ?? false
    const valueScale = valueAxis(spec.format, locale, spec.max, stacked)
    const categoryScale = { stacked, ticks: { autoSkip: false } }
    return {
      type: 'bar',
      data: { labels: spec.labels, datasets },
      options: {
        ...base,
        indexAxis: spec.horizontal ? 'y' : 'x',
        plugins: { legend: { display: spec.series.length > 1 }, tooltip },
        scales: spec.horizontal ? { x: valueScale, y: categoryScale } : { x: categoryScale, y: valueScale },
      },
      plugins: [whiteBackground],
    }
  }

  const lines: ChartDataset<'line', (number | null)[]>[] = spec.series.map((s, i) => ({
    label: s.label,
    data: s.values,
    borderColor: seriesColor(i, s.color),
    backgroundColor: seriesColor(i, s.color),
    borderDash: s.dashed ? [6, 4] : [],
    borderWidth: 2,
    pointRadius: 0,
    pointHitRadius: 6,
    spanGaps: false,
  }))
  const markers = spec.markers ?? []
  const markerSets: ChartDataset<'line', (number | null)[]>[] = markers.map((m, i) => ({
    label: m.label,
    data: spec.labels.map((label) => (label === m.at ? m.value : null)),
    showLine: false,
    pointStyle: 'rectRot',
    pointRadius: 7,
    pointHoverRadius: 8,
    borderColor: seriesColor(spec.series.length + i, m.color),
    backgroundColor: seriesColor(spec.series.length + i, m.color),
  }))
  const markerIndexes = markers.map((_, i) => lines.length + i)
  return {
    type: 'line',
    data: { labels: spec.labels, datasets: [...lines, ...markerSets] },
    options: {
      ...base,
      interaction: { mode: 'nearest', intersect: false },
      plugins: { legend: { display: true }, tooltip },
      // Month labels all have the same width: measuring a sample to fit them, not all ~100 of
      // them, takes a good part of building the chart off the main thread's critical path.
      scales: { x: { ticks: { autoSkip: true, maxRotation: 0, sampleSize: 12 } }, y: valueAxis(spec.format, locale, spec.max, false) },
    },
    plugins: [whiteBackground, markerLabels(markerIndexes, markers.map((m) => m.label))],
  }
}

/** Tiny charts of each kind, drawn off screen only to run chart.js's code once (see warmUpSteps). */
const WARM_UP_SPECS: Record<'line' | 'bar', ChartSpec> = {
  line: {
    type: 'line',
    labels: ['2025-01', '2025-02', '2025-03'],
    series: [
      { label: 'a', values: [0.1, 0.2, null] },
      { label: 'b', values: [null, 0.2, 0.3], dashed: true },
    ],
    markers: [{ label: 'm', at: '2025-03', value: 0.5 }],
    format: 'share',
    max: 1,
  },
  bar: { type: 'bar', labels: ['a', 'b'], series: [{ label: 'a', values: [1, 2] }, { label: 'b', values: [2, 1] }], format: 'count', stacked: true },
}
const warmedUp = new Set<'line' | 'bar'>()

/**
 * The first chart of a kind on a page took 100-220 ms in one task (measured in a trace: chart.js
 * running its code for the first time, most of it the same whatever the data; the same chart drawn
 * again takes 20-40 ms). These steps, each meant for a task of its own before that first chart,
 * run that code on a tiny off-screen chart instead: the chart with no data (set-up, scales, legend,
 * drawing), then its data (the kind's elements). Empty once the kind has been warmed up.
 */
export function warmUpSteps(spec: ChartSpec): (() => void)[] {
  const kind = spec.type === 'line' ? 'line' : 'bar'
  if (warmedUp.has(kind)) return []
  warmedUp.add(kind)
  let chart: Chart | undefined
  let data: ChartConfiguration['data'] | undefined
  // Warming up is only an optimisation: a failure here (no canvas context) must never surface.
  const quietly = (step: () => void) => () => {
    try {
      step()
    } catch {
      chart?.destroy()
      chart = undefined
    }
  }
  return [
    quietly(() => {
      registerCharts()
      const canvas = document.createElement('canvas')
      canvas.width = 300
      canvas.height = 150
      const config = buildChartConfig(WARM_UP_SPECS[kind], { locale: 'vi', responsive: false })
      data = config.data
      chart = new Chart(canvas, { ...config, data: { labels: [], datasets: [] } })
    }),
    quietly(() => {
      if (chart && data) {
        chart.data = data
        chart.update()
      }
      chart?.destroy()
      chart = undefined
    }),
  ]
}

/** Draws on a canvas and returns the chart.js instance, as an opaque handle for the callers here. */
export function drawChart(canvas: HTMLCanvasElement, spec: ChartSpec, options: BuildOptions): Chart {
  registerCharts()
  return new Chart(canvas, buildChartConfig(spec, options))
}
