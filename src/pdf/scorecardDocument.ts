// The outlet scorecard as a pdfmake document definition: a pure function of the same Scorecard
// view-model the /scorecard page shows, plus labels, versions and (in the browser) the chart PNG.
import type { LineChartSpec } from '../charts/chartSpec'
import { describeMissing } from '../domain/adoption'
import type { IndicatorValue, QuestionValue } from '../domain/indicatorValues'
import type { Scorecard, ScorecardIndicator } from '../domain/scorecard'
import { describeWithheld } from '../domain/scoring'
import type { Locale } from '../domain/text'
import { chartOrVector, fill, heading, intervalText, num, pageFrame, pct, pdfLabels, scoreText, table, TABLE_LAYOUT, versionBlock, type PdfContext, type PdfLabels } from './common'
import type { PdfContent, PdfDocument } from './docTypes'
import { nfcDeep } from './nfc'

/** An indicator value split into the table's cells: value in words, sample size, interval. */
export interface ValueCells {
  value: string
  n: string
  interval: string
}

function questionWords(q: QuestionValue, locale: Locale, L: PdfLabels): string | undefined {
  const V = L.value
  switch (q.type) {
    case 'na':
      return undefined
    case 'unanswered':
      return q.required ? V.unanswered : undefined
    case 'countBySex':
      return q.share.value === null ? V.noSample : `${pct(q.share.value, locale)} (n = ${num(q.share.denominator, locale)})`
    case 'amountBySex':
      return q.gap === null ? V.gapNone : fill(V.gap, { gap: pct(q.gap, locale) })
    case 'yesNo':
      return `${q.value === 'yes' ? V.yesAnswer : V.noAnswer}${q.value === 'yes' && !q.evidence && q.evidenceRequired ? ` (${V.noEvidence})` : ''}`
    case 'maturity':
      return fill(V.maturity, { level: q.level, highest: q.highest })
    case 'checklist':
      return fill(V.checklist, { n: q.checked.length, total: q.total })
    case 'info':
      return V.info
  }
}

export function valueCells(value: IndicatorValue, locale: Locale, L: PdfLabels = pdfLabels(locale)): ValueCells {
  const V = L.value
  switch (value.kind) {
    case 'womenShare': {
      const other = value.counts.other + value.counts.unknown
      const words = value.share.value === null ? V.noSample : pct(value.share.value, locale)
      return {
        value: other > 0 ? `${words}; ${fill(V.womenOtherUnknown, { other: num(other, locale) })}` : words,
        n: num(value.share.denominator, locale),
        interval: intervalText(value.share, locale),
      }
    }
    case 'itemShare':
      return { value: value.share.value === null ? V.noSample : pct(value.share.value, locale), n: num(value.share.denominator, locale), interval: intervalText(value.share, locale) }
    case 'distribution': {
      const n = value.total.women + value.total.men
      return { value: fill(V.distribution, { codes: value.rows.length, n: num(n, locale) }), n: num(n, locale), interval: '–' }
    }
    case 'notApplicable':
      return { value: V.notApplicable[value.reason], n: '–', interval: '–' }
    case 'questions': {
      if (!value.assessmentId) return { value: V.noAssessment, n: '–', interval: '–' }
      const parts = value.questions.map((q) => questionWords(q, locale, L)).filter((x): x is string => Boolean(x))
      return { value: parts.length > 0 ? parts.join(' · ') : V.allNA, n: '–', interval: '–' }
    }
  }
}

/** The score cell: the score, "Không áp dụng", or "Không chấm: <why>". */
export function scoreCell(ind: ScorecardIndicator, locale: Locale, L: PdfLabels = pdfLabels(locale)): string {
  if (!ind.applicable) return L.scorecard.notApplicableScore
  if (ind.score !== null) return scoreText(ind.score)
  return ind.withheld ? fill(L.scorecard.withheld, { why: describeWithheld(ind.withheld, locale) }) : '–'
}

/** The trend chart (women among sources by quarter): the PNG in the browser and the vector drawing use it. */
export function scorecardTrendSpec(sc: Scorecard, L: PdfLabels): LineChartSpec {
  return { type: 'line', labels: sc.trend.map((p) => p.quarter), series: [{ label: L.scorecard.share, values: sc.trend.map((p) => p.share.value), color: '#1f5f99' }], format: 'share', max: 1 }
}

export function scorecardDocument(sc: Scorecard, ctx: PdfContext): PdfDocument {
  const { locale } = ctx
  const L = ctx.labels ?? pdfLabels(locale)
  const S = L.scorecard
  const total = (c: { women: number; men: number; other: number; unknown: number }) => c.women + c.men + c.other + c.unknown
  const o = sc.outlet

  const profileRows: PdfContent[][] = [
    [S.kind, L.kind[o.kind]],
    [S.channels, o.channels.map((c) => L.channel[c]).join(', ') || L.none],
    [S.governingBody, o.governingBody || L.none],
    [S.carriesAds, o.carriesAds ? L.yes : L.no],
    [S.decision, o.adoptionDecision ? fill(S.decisionValue, { reference: o.adoptionDecision.reference, date: o.adoptionDecision.date }) : L.none],
    [S.period, fill(S.periodValue, { label: sc.period.label, start: sc.period.start, end: sc.period.end })],
    [S.at, sc.at],
  ]
  if (o.archivedAt) profileRows.push(['', fill(S.archived, { date: o.archivedAt })])

  const level = sc.adoption.level
  const next = level === 'none' ? 'pilot' : level === 'pilot' ? 'official' : null
  const adoption: PdfContent[] = [
    heading(S.adoption),
    { text: [{ text: `${S.level}: `, bold: true }, L.level[level], ctx.policyTitle ? ` — ${ctx.policyTitle}` : ''] },
    next
      ? { stack: [{ text: fill(S.missingFor, { level: L.level[next] }), bold: true, margin: [0, 4, 0, 2] }, { ul: sc.adoption.missing.map((m) => describeMissing(m, locale)) }] }
      : { text: S.nothingMissing, margin: [0, 4, 0, 0] },
  ]

  const scores: PdfContent[] = [
    heading(S.scores),
    {
      columns: [
        { text: [{ text: `${S.overall}: `, bold: true }, { text: scoreText(sc.overall), bold: true, fontSize: 12 }] },
        { text: [`${S.categoryA}: `, { text: scoreText(sc.categories.A), bold: true }] },
        { text: [`${S.categoryB}: `, { text: scoreText(sc.categories.B), bold: true }] },
      ],
      margin: [0, 0, 0, 4],
    },
    { text: [{ text: `${S.scoreNote}: `, bold: true }, sc.profile.note[locale]], style: 'note' },
    table(
      [40, '*', 40, 90],
      [S.section, S.sectionTitle, S.score, S.counts],
      sc.sections.map((s) => [s.sectionId, s.title[locale], s.score.applicable ? scoreText(s.score.score) : S.notApplicableScore, `${s.score.indicatorsScored} / ${s.score.indicatorsWithheld} / ${s.score.indicatorsNotApplicable}`]),
    ),
  ]

  const indicatorRows = sc.indicators.map((ind) => {
    const cells = valueCells(ind.value, locale, L)
    return [ind.indicatorId, ind.text[locale], cells.value, cells.n, cells.interval, scoreCell(ind, locale, L)]
  })
  const indicators: PdfContent[] = [
    heading(S.indicators),
    { text: `${fill(S.sample, { items: num(sc.sample.contentItems, locale), people: num(total(sc.sample.people), locale), sources: num(total(sc.sample.sources), locale) })} ${S.denominator}`, style: 'muted', margin: [0, 0, 0, 4] },
    table([46, '*', 92, 30, 52, 60], [S.indicator, '', S.value, S.n, S.interval, S.score], indicatorRows),
  ]

  const trend: PdfContent[] = [
    heading(S.trend, { pageBreak: 'before' }),
    chartOrVector(ctx.charts?.trend, scorecardTrendSpec(sc, L), locale),
    ...(ctx.charts?.trend ? [] : [{ text: S.trendVector, style: 'muted' }]),
    table(
      [60, 60, 50, '*'],
      [S.quarter, S.share, S.n, S.interval],
      sc.trend.map((p) => [p.quarter, pct(p.share.value, locale), num(p.share.denominator, locale), intervalText(p.share, locale)]),
    ),
  ]
  if (sc.byFunction.length > 0)
    trend.push(
      heading(S.byFunction),
      table(
        ['*', 60, 50, 90],
        [S.function, S.share, S.n, S.interval],
        sc.byFunction.map((r) => [r.label[locale], pct(r.share.value, locale), num(r.share.denominator, locale), intervalText(r.share, locale)]),
      ),
    )

  const V = L.versions
  const versionLines = [
    fill(V.rubric, { id: sc.rubric.rubricId, version: sc.rubric.rubricVersion }),
    ...sc.rubricVersionsUsed.map((v) => fill(V.rubricUsed, { id: v.rubricId, version: v.rubricVersion, org: v.organisationAssessments, items: num(v.contentItems, locale) })),
    fill(V.profile, { id: sc.profile.id, version: sc.profile.version }),
    fill(V.policy, { id: sc.policy.id, version: sc.policy.version }),
  ]
  const notes: PdfContent[] = sc.notes.length > 0 ? [heading(S.notes), { ul: sc.notes, style: 'table' }] : []

  const content: PdfContent[] = [
    { text: S.title, style: 'h1' },
    { text: `${o.name} · ${sc.period.label}`, style: 'subtitle' },
    heading(S.profile, { margin: [0, 4, 0, 4] }),
    { table: { headerRows: 0, dontBreakRows: true, widths: [120, '*'], body: profileRows.map(([k, v]) => [{ text: k, bold: true }, v]) }, layout: TABLE_LAYOUT, style: 'table' },
    ...adoption,
    ...scores,
    ...indicators,
    ...trend,
    ...notes,
    ...versionBlock(L, versionLines, ctx),
  ]
  return nfcDeep(pageFrame(S.title, `${o.name} · ${sc.period.label}`, ctx, content))
}
