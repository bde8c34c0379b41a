// Charts as images for files (PNG downloads, the PDF report): drawn off screen at a fixed size
// and pixel ratio, so the picture does not depend on the window the user happens to have.
import { drawChart } from './chartConfig'
import type { ChartLocale, ChartSpec } from './chartSpec'

export interface ChartImageOptions {
  locale: ChartLocale
  /** CSS pixels; the bitmap is `width × pixelRatio`. */
  width?: number
  height?: number
  /** 2 gives crisp print output (chart.js `devicePixelRatio`). */
  pixelRatio?: number
}

/** Renders a chart off screen and returns it as a PNG data URL (`data:image/png;base64,…`). */
export function renderChartPng(spec: ChartSpec, options: ChartImageOptions): string {
  const width = options.width ?? 960
  const height = options.height ?? 480
  const canvas = document.createElement('canvas')
  canvas.width = width
  canvas.height = height
  const chart = drawChart(canvas, spec, { locale: options.locale, responsive: false, devicePixelRatio: options.pixelRatio ?? 2 })
  try {
    return chart.toBase64Image('image/png', 1)
  } finally {
    chart.destroy()
  }
}

/** The same picture as a Blob, for a download. Decoded by hand: a strict CSP forbids fetch(data:). */
export function renderChartBlob(spec: ChartSpec, options: ChartImageOptions): Blob {
  const dataUrl = renderChartPng(spec, options)
  const binary = atob(dataUrl.slice(dataUrl.indexOf(',') + 1))
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i)
  return new Blob([bytes], { type: 'image/png' })
}
