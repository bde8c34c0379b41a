// An indicator value in a few words for the scorecard table: the share with its sample size and
// 95 % interval, or what the organisation assessment answered.
import type { IndicatorValue, QuestionValue } from '@/domain/indicatorValues'
import type { Share } from '@/domain/stats'
import type { Locale } from '@/domain/text'
import { formatPercent } from '@/i18n/format'

type T = (key: string, params?: Record<string, unknown>) => string

export function shareText(share: Share, locale: Locale, t: T): string {
  if (share.value === null) return t('editor.scorecard.noSample')
  const value = formatPercent(share.value, locale)
  if (share.low === null || share.high === null) return t('editor.scorecard.shareNoCi', { value, n: share.denominator })
  return t('editor.scorecard.share', { value, n: share.denominator, low: formatPercent(share.low, locale, 0), high: formatPercent(share.high, locale, 0) })
}

function questionText(q: QuestionValue, locale: Locale, t: T): string | undefined {
  switch (q.type) {
    case 'na':
      return undefined
    case 'unanswered':
      return q.required ? t('editor.scorecard.unanswered') : undefined
    case 'countBySex':
      return t('editor.scorecard.countBySex', { share: shareText(q.share, locale, t), other: q.counts.other + q.counts.unknown })
    case 'amountBySex':
      return q.gap === null ? t('editor.question.gapNone') : t('editor.question.gap', { gap: formatPercent(q.gap, locale) })
    case 'yesNo':
      return `${t(`editor.question.${q.value}`)}${q.value === 'yes' && !q.evidence && q.evidenceRequired ? ` (${t('editor.scorecard.noEvidence')})` : ''}`
    case 'maturity':
      return t('editor.scorecard.maturity', { level: q.level, highest: q.highest })
    case 'checklist':
      return t('editor.question.checkedCount', { n: q.checked.length, total: q.total })
    case 'info':
      return t('editor.scorecard.info')
  }
}

export function valueText(value: IndicatorValue, locale: Locale, t: T): string {
  switch (value.kind) {
    case 'womenShare':
      return t('editor.scorecard.womenShare', { share: shareText(value.share, locale, t), other: value.counts.other + value.counts.unknown })
    case 'itemShare':
      return shareText(value.share, locale, t)
    case 'distribution':
      return t('editor.scorecard.distribution', { codes: value.rows.length, n: value.total.women + value.total.men })
    case 'notApplicable':
      return t(`editor.scorecard.notApplicable.${value.reason}`)
    case 'questions': {
      if (!value.assessmentId) return t('editor.scorecard.noAssessment')
      const parts = value.questions.map((q) => questionText(q, locale, t)).filter((x): x is string => Boolean(x))
      return parts.length > 0 ? parts.join(' · ') : t('editor.scorecard.allNA')
    }
  }
}
