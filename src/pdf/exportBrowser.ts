// What the export buttons call (by dynamic import): chart PNGs drawn by src/charts from the same
// specs as the vector fallback, the document built from the page's view-model, rendered, saved.
import { renderChartPng } from '../charts/chartImage'
import type { LineChartSpec } from '../charts/chartSpec'
import type { Rollup } from '../domain/rollup'
import type { Scorecard } from '../domain/scorecard'
import { foldForSearch, type Locale } from '../domain/text'
import { downloadBlob } from '../platform/download'
import { pdfLabels } from './common'
import { departmentReportDocument, departmentSeriesSpec } from './departmentReport'
import { renderPdf } from './renderBrowser'
import { scorecardDocument, scorecardTrendSpec } from './scorecardDocument'

export interface BrowserPdfOptions {
  locale: Locale
  /** YYYY-MM-DD, the day the user exports. */
  generatedOn: string
  policyTitle?: string
}

/** A chart PNG, or undefined (the document then draws the chart as vectors). */
function chartPng(spec: LineChartSpec, locale: Locale): string | undefined {
  try {
    return renderChartPng(spec, { locale, width: 960, height: 400, pixelRatio: 2 })
  } catch {
    return undefined
  }
}

function slug(text: string): string {
  return foldForSearch(text).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'gim'
}

export async function scorecardPdf(sc: Scorecard, o: BrowserPdfOptions): Promise<{ blob: Blob; fileName: string }> {
  const trend = chartPng(scorecardTrendSpec(sc, pdfLabels(o.locale)), o.locale)
  const doc = scorecardDocument(sc, { locale: o.locale, appVersion: __APP_VERSION__, generatedOn: o.generatedOn, policyTitle: o.policyTitle, charts: { trend } })
  const bytes = await renderPdf(doc)
  return { blob: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }), fileName: `bang-diem-${slug(sc.outlet.name)}-${sc.period.label}.pdf` }
}

export async function departmentReportPdf(r: Rollup, o: BrowserPdfOptions): Promise<{ blob: Blob; fileName: string }> {
  const series = chartPng(departmentSeriesSpec(r, o.locale), o.locale)
  const doc = departmentReportDocument(r, { locale: o.locale, appVersion: __APP_VERSION__, generatedOn: o.generatedOn, policyTitle: o.policyTitle, charts: { series } })
  const bytes = await renderPdf(doc)
  return { blob: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }), fileName: `bao-cao-ap-dung-${r.policy.id}-${r.at}.pdf` }
}

/** Builds and downloads the scorecard PDF; returns the file name. */
export async function downloadScorecardPdf(sc: Scorecard, o: BrowserPdfOptions): Promise<string> {
  const { blob, fileName } = await scorecardPdf(sc, o)
  downloadBlob(blob, fileName)
  return fileName
}

/** Builds and downloads the department report PDF; returns the file name. */
export async function downloadDepartmentReportPdf(r: Rollup, o: BrowserPdfOptions): Promise<string> {
  const { blob, fileName } = await departmentReportPdf(r, o)
  downloadBlob(blob, fileName)
  return fileName
}
