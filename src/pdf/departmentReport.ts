// The department report as a pdfmake document definition: a pure function of the same Rollup
// view-model the dashboard shows — rates against the targets with the monthly series, the status
// of every outlet with what it lacks, and the comparison of key indicators (value, n, interval).
import type { LineChartSpec } from '../charts/chartSpec'
import { toAdoptionLineSpec } from '../charts/departmentCharts'
import { describeMissing } from '../domain/adoption'
import type { Rollup, RollupCell } from '../domain/rollup'
import type { Locale } from '../domain/text'
import { chartOrVector, fill, heading, num, pageFrame, pct, pdfLabels, scoreText, table, versionBlock, type PdfContext, type PdfLabels } from './common'
import type { PdfContent, PdfDocument } from './docTypes'
import { nfcDeep } from './nfc'

/** A comparison cell: share, then "n = …" and the 95 % interval on a second line. */
export function cellText(cell: RollupCell | undefined, locale: Locale): string {
  if (!cell || cell.value === null) return ''
  const ci = cell.low === null || cell.high === null ? '' : ` · ${pct(cell.low, locale, 0)} – ${pct(cell.high, locale, 0)}`
  return `${pct(cell.value, locale)}\nn = ${num(cell.n, locale)}${ci}`
}

/** The adoption series chart, exactly as the dashboard builds it (src/charts/departmentCharts). */
export function departmentSeriesSpec(r: Rollup, locale: Locale, L: PdfLabels = pdfLabels(locale)): LineChartSpec {
  return toAdoptionLineSpec(r.series, r.adoption.targets, r.adoption, {
    pilot: L.report.pilot,
    official: L.report.official,
    projection: (level) => `${L.report.projected} (${L.level[level]})`,
    target: (level, year, share) => `${L.report.target} ${L.level[level]} ${year}: ${pct(share, locale, 0)}`,
  })
}

export function departmentReportDocument(r: Rollup, ctx: PdfContext): PdfDocument {
  const { locale } = ctx
  const L = ctx.labels ?? pdfLabels(locale)
  const R = L.report
  const policyTitle = ctx.policyTitle ?? r.policy.title[locale]

  const intro: PdfContent[] = [
    { text: R.title, style: 'h1' },
    { text: policyTitle, style: 'subtitle' },
    {
      table: {
        widths: [150, '*'],
        body: [
          [{ text: R.policy, bold: true }, `${policyTitle} (${r.policy.id} ${r.policy.version})`],
          [{ text: R.at, bold: true }, r.at],
          [{ text: R.period, bold: true }, `${r.period.start} – ${r.period.end}`],
          [{ text: R.registerSize, bold: true }, num(r.registerSize, locale)],
        ],
      },
      layout: 'noBorders',
      style: 'table',
    },
  ]

  // Rates against the targets.
  const rateRows: PdfContent[][] = (['pilot', 'official'] as const).map((level) => {
    const rate = r.adoption[level]
    const t = r.adoption.targets.find((x) => x.level === level)
    const outlook = !t ? '–' : t.met ? R.met : t.projection.willMeet === null ? '–' : `${pct(t.projection.shareAtTarget, locale)} (${t.projection.willMeet ? R.willMeet : R.willNotMeet})`
    return [
      L.level[level],
      num(rate.count, locale),
      pct(rate.share, locale),
      t ? pct(t.target, locale, 0) : '–',
      t ? t.by : '–',
      t ? pct(t.gap, locale) : '–',
      t ? num(t.outletsNeeded, locale) : '–',
      outlook,
    ]
  })
  rateRows.push([L.level.none, num(r.adoption.none.count, locale), pct(r.adoption.none.share, locale), '', '', '', '', ''])
  const rates: PdfContent[] = [heading(R.rates), table([62, 44, 44, 44, 52, 44, 48, '*'], [R.levelCol, R.count, R.shareCol, R.target, R.by, R.gap, R.needed, R.projection], rateRows)]

  // The monthly series with targets and projections: the dashboard's own chart spec.
  const yearEnds = r.series.points.filter((p) => p.observed && p.month.endsWith('-12'))
  const series: PdfContent[] = [
    heading(R.series),
    chartOrVector(ctx.charts?.series, departmentSeriesSpec(r, locale, L), locale),
    { text: R.seriesTable, bold: true, margin: [0, 4, 0, 2] },
    table(
      [60, 70, 50, 70, 50, '*'],
      [R.month, R.pilot, R.shareCol, R.official, R.shareCol, ''],
      [
        ...yearEnds.map((p) => [p.month, num(p.pilot.count, locale), pct(p.pilot.share, locale), num(p.official.count, locale), pct(p.official.share, locale), '']),
        [r.at, num(r.adoption.pilot.count, locale), pct(r.adoption.pilot.share, locale), num(r.adoption.official.count, locale), pct(r.adoption.official.share, locale), R.at],
      ],
    ),
  ]

  // Status of every outlet.
  const statusRows: PdfContent[][] = r.byOutlet.map((row) => [
    row.archived ? `${row.name} ${R.archivedFlag}` : row.name,
    L.kind[row.kind],
    L.level[row.status],
    num(row.contentItems, locale),
    row.missing.map((m) => describeMissing(m, locale)).join('; '),
  ])
  const status: PdfContent[] = [
    heading(R.status, { pageBreak: 'before' }),
    r.byOutlet.length === 0 ? { text: R.noOutlets } : table([120, 62, 46, 34, '*'], [R.outlet, L.scorecard.kind, R.statusCol, R.items, R.missing], statusRows),
  ]

  // Comparison of the key indicators (landscape: one column per key metric).
  const keyColumns = r.columns.filter((c) => c.indicatorId === null)
  const comparison: PdfContent[] = [
    heading(R.comparison, { pageBreak: 'before', pageOrientation: 'landscape' }),
    { text: R.comparisonNote, style: 'muted', margin: [0, 0, 0, 4] },
    table(
      [130, 46, 36, ...keyColumns.map(() => '*')],
      [R.outlet, R.statusCol, L.scorecard.overall, ...keyColumns.map((c) => c.label[locale])],
      r.byOutlet.filter((row) => !row.archived).map((row) => [row.name, L.level[row.status], scoreText(row.scores.overall), ...keyColumns.map((c) => cellText(row.values[c.key], locale))]),
      { fontSize: 7 },
    ),
  ]

  const V = L.versions
  const versionLines = [
    fill(V.rubric, { id: r.rubric.rubricId, version: r.rubric.rubricVersion }),
    ...r.rubricVersionsUsed.filter((v) => v.rubricVersion !== r.rubric.rubricVersion || v.rubricId !== r.rubric.rubricId).map((v) => `${v.rubricId} ${v.rubricVersion}`),
    fill(V.profile, { id: r.profile.id, version: r.profile.version }),
    fill(V.policy, { id: r.policy.id, version: r.policy.version }),
  ]
  const notes: PdfContent[] = r.notes.length > 0 ? [heading(R.notes), { ul: r.notes, style: 'table' }] : []

  const content: PdfContent[] = [
    ...intro,
    ...rates,
    ...series,
    ...status,
    ...comparison,
    { text: [{ text: `${L.scorecard.scoreNote}: `, bold: true }, r.profile.note[locale]], style: 'note', margin: [0, 8, 0, 0] },
    ...notes,
    ...versionBlock(L, versionLines, ctx),
  ]
  return nfcDeep(pageFrame(R.title, `${policyTitle} · ${r.at}`, ctx, content))
}
