// Shared pieces of the PDF scorecard and department report: labels, number wording, page frame
// (A4, running header, "Trang 1/3"), table layout, version block and a vector line chart for when
// no chart PNG is given (the command line has no canvas).
import type { LineChartSpec } from '../charts/chartSpec'
import type { Share } from '../domain/stats'
import type { Locale } from '../domain/text'
import { formatNumber, formatPercent } from '../i18n/format'
import { messages } from '../i18n/messages/pdf'
import type { PdfContent, PdfDocument, PdfNode } from './docTypes'

export type PdfLabels = (typeof messages)['vi']['pdf']

export function pdfLabels(locale: Locale): PdfLabels {
  return messages[locale].pdf as PdfLabels
}

/** "{name}" placeholders filled; unknown placeholders are left as they are. */
export function fill(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (Object.hasOwn(params, key) ? String(params[key]) : whole))
}

/** What every document builder needs besides its view-model. */
export interface PdfContext {
  locale: Locale
  /** GIM Index version (__APP_VERSION__ in the browser, package.json on the command line). */
  appVersion: string
  /** The date the PDF is generated, YYYY-MM-DD (an argument: builders never read the clock). */
  generatedOn: string
  /** Title of the adoption policy in the PDF's language (the view-model carries its id only). */
  policyTitle?: string
  /** Chart PNGs rendered by src/charts in the browser (`data:image/png;base64,…`). */
  charts?: { trend?: string; series?: string }
  /** Labels override (tests); default the messages of `locale`. */
  labels?: PdfLabels
}

export const MARGIN = 40
export const A4 = { width: 595.28, height: 841.89 }
export const CONTENT_WIDTH = A4.width - 2 * MARGIN

export const pct = (x: number | null | undefined, locale: Locale, digits = 1): string => (x === null || x === undefined ? '–' : formatPercent(x, locale, digits))
export const num = (x: number | null | undefined, locale: Locale, digits = 0): string => (x === null || x === undefined ? '–' : formatNumber(x, locale, digits))
export const scoreText = (x: number | null): string => (x === null ? '–' : String(Math.round(x)))

/** "28–41 %": the 95 % interval of a share, or "–". */
export function intervalText(share: Share, locale: Locale): string {
  if (share.low === null || share.high === null) return '–'
  return `${formatPercent(share.low, locale, 0)} – ${formatPercent(share.high, locale, 0)}`
}

/** Only PNG data URLs drawn by our own charts are embedded (never an imported image). */
export function isChartPng(url: string | undefined): url is string {
  return typeof url === 'string' && /^data:image\/png;base64,[A-Za-z0-9+/]+=*$/.test(url)
}

/** Thin horizontal rules; header row shaded; used by every table. */
export const TABLE_LAYOUT = {
  hLineWidth: (i: number, node: { table: { body: unknown[]; headerRows?: number } }) => (i === 0 || i === node.table.body.length ? 0.6 : i === (node.table.headerRows ?? 0) ? 0.8 : 0.3),
  vLineWidth: () => 0,
  hLineColor: () => '#9aa3ad',
  fillColor: (row: number, node: { table: { headerRows?: number } }) => (row < (node.table.headerRows ?? 0) ? '#eef1f4' : null),
  paddingLeft: () => 4,
  paddingRight: () => 4,
  paddingTop: () => 2,
  paddingBottom: () => 2,
}

/** A table whose header row repeats on every page and whose rows never split across pages. */
export function table(widths: (number | string)[], header: PdfContent[], rows: PdfContent[][], extra: PdfNode = {}): PdfNode {
  return {
    // Sizes set on the node, not as named styles: style lookups are pdfmake's main cost per word.
    table: { headerRows: 1, dontBreakRows: true, widths, body: [header.map((h) => ({ text: h, bold: true })), ...rows] },
    layout: TABLE_LAYOUT,
    fontSize: 8,
    margin: [0, 2, 0, 6],
    ...extra,
  }
}

export function heading(text: string, extra: PdfNode = {}): PdfNode {
  return { text, style: 'h2', ...extra }
}

/** A4 portrait, running header with the document's subject, "Trang 1/3" footer with the version. */
export function pageFrame(title: string, runningHeader: string, ctx: PdfContext, content: PdfContent[]): PdfDocument {
  const L = ctx.labels ?? pdfLabels(ctx.locale)
  const generated = fill(L.generated, { date: ctx.generatedOn, version: ctx.appVersion })
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [MARGIN, 56, MARGIN, 48],
    info: { title, author: L.appName, creator: `${L.appName} ${ctx.appVersion}` },
    defaultStyle: { font: 'Roboto', fontSize: 9 },
    styles: {
      h1: { fontSize: 16, bold: true, margin: [0, 0, 0, 4] },
      h2: { fontSize: 12, bold: true, margin: [0, 12, 0, 4] },
      subtitle: { fontSize: 11, margin: [0, 0, 0, 8] },
      th: { bold: true, fontSize: 8 },
      table: { fontSize: 8, margin: [0, 2, 0, 6] },
      muted: { color: '#555555', fontSize: 8 },
      note: { fontSize: 8, italics: true, margin: [0, 2, 0, 6] },
      running: { fontSize: 7.5, color: '#555555' },
    },
    header: (currentPage) =>
      currentPage === 1
        ? { text: '' }
        : { columns: [{ text: runningHeader, style: 'running' }, { text: title, style: 'running', alignment: 'right' }], margin: [MARGIN, 24, MARGIN, 0] },
    footer: (currentPage, pageCount) => ({
      columns: [
        { text: generated, style: 'running' },
        { text: fill(L.page, { page: currentPage, pages: pageCount }), style: 'running', alignment: 'right', width: 'auto' },
      ],
      margin: [MARGIN, 16, MARGIN, 0],
    }),
    content,
  }
}

/**
 * A line chart of shares (0–1) drawn with pdfmake's canvas from the same LineChartSpec the screen
 * draws with chart.js: grid at 0/25/50/75/100 %, one polyline per series (gaps at nulls, dashed
 * where the spec says so), dots for markers, first/middle/last category under it, and a legend.
 */
export function vectorLineChart(spec: LineChartSpec, locale: Locale, width = CONTENT_WIDTH - 34, height = 150): PdfNode {
  const { labels } = spec
  const n = Math.max(1, labels.length - 1)
  const max = spec.max ?? 1
  const x = (i: number) => (i / n) * width
  const y = (v: number) => height - Math.min(1, Math.max(0, v / max)) * height
  const shapes: PdfNode[] = []
  for (const g of [0, 0.25, 0.5, 0.75, 1]) shapes.push({ type: 'line', x1: 0, y1: y(g * max), x2: width, y2: y(g * max), lineWidth: g === 0 ? 0.8 : 0.3, lineColor: g === 0 ? '#444444' : '#cccccc' })
  spec.series.forEach((line, k) => {
    const color = line.color ?? PALETTE[k % PALETTE.length]!
    let run: { x: number; y: number }[] = []
    const flush = () => {
      if (run.length > 1) shapes.push({ type: 'polyline', points: run, lineWidth: 1.4, lineColor: color, ...(line.dashed ? { dash: { length: 3 } } : {}) })
      else if (run.length === 1) shapes.push({ type: 'ellipse', x: run[0]!.x, y: run[0]!.y, r1: 1.5, r2: 1.5, color })
      run = []
    }
    line.values.forEach((v, i) => (v === null ? flush() : run.push({ x: x(i), y: y(v) })))
    flush()
  })
  for (const m of spec.markers ?? []) {
    const index = labels.indexOf(m.at)
    if (index >= 0) shapes.push({ type: 'ellipse', x: x(index), y: y(m.value), r1: 3, r2: 3, color: m.color ?? '#333333' })
  }
  const tick = (v: number) => (spec.format === 'share' ? pct(v, locale, 0) : num(v, locale))
  const yAxis = [1, 0.75, 0.5, 0.25, 0].map((g, i) => ({ text: tick(g * max), fontSize: 6.5, alignment: 'right', margin: [0, i === 0 ? -3 : height / 4 - 7.5, 0, 0] }))
  const mid = Math.floor((labels.length - 1) / 2)
  const xAxis = labels.length === 0 ? [] : [
    { text: labels[0]!, fontSize: 6.5 },
    { text: labels.length > 2 ? labels[mid]! : '', fontSize: 6.5, alignment: 'center' },
    { text: labels.length > 1 ? labels[labels.length - 1]! : '', fontSize: 6.5, alignment: 'right' },
  ]
  const legend = [
    ...spec.series.map((line, k) => ({ text: [{ text: line.dashed ? '- - ' : '■ ', color: line.color ?? PALETTE[k % PALETTE.length]! }, `${line.label}   `] })),
    ...(spec.markers ?? []).map((m) => ({ text: [{ text: '● ', color: m.color ?? '#333333' }, `${m.label}   `] })),
  ]
  return {
    stack: [
      { columns: [{ width: 30, stack: yAxis }, { width: 4, text: '' }, { width, canvas: shapes }], margin: [0, 6, 0, 2] },
      { columns: [{ width: 34, text: '' }, { width, columns: xAxis }] },
      { text: legend.flatMap((l) => l.text), style: 'muted', margin: [34, 4, 0, 0] },
    ],
    unbreakable: true,
    margin: [0, 0, 0, 6],
  }
}

const PALETTE = ['#1f5f99', '#b3541e', '#1f6b3a', '#5b2480']

/** The chart as an image when a PNG of it is given (browser), otherwise the vector drawing. */
export function chartOrVector(png: string | undefined, spec: LineChartSpec, locale: Locale, height = 220): PdfNode {
  return isChartPng(png) ? { image: png, fit: [CONTENT_WIDTH, height], alignment: 'center', margin: [0, 4, 0, 6] } : vectorLineChart(spec, locale)
}

/** The version footer block shared by both documents. */
export function versionBlock(L: PdfLabels, lines: string[], ctx: PdfContext): PdfContent[] {
  return [
    heading(L.versions.title),
    { ul: [...lines, fill(L.generated, { date: ctx.generatedOn, version: ctx.appVersion })], style: 'table' },
  ]
}
