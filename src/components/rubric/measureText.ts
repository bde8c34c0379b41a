// A Category B measure as a readable sentence, with code labels from the rubric's own code lists.
import { CONTENT_METRICS, type ContentCoding, type ContentMeasure } from '@/domain/rubric'
import { localize, type Locale } from '@/domain/text'

type Translate = (key: string) => string

export function measureText(measure: ContentMeasure, coding: ContentCoding, locale: Locale, t: Translate): string {
  const base = t(`rubrics.metric.${measure.metric}`)
  const spec = CONTENT_METRICS[measure.metric]
  const parts = Object.entries(measure.filter ?? {}).map(([key, value]) => {
    const rule = spec?.filters[key]
    let shown = value
    if (rule && 'codeList' in rule) {
      const code = coding.codeLists[rule.codeList].find((c) => c.code === value)
      if (code) shown = localize(code.label, locale)
    } else shown = t(`rubrics.filterValue.${value}`)
    return `${t(`rubrics.filter.${key}`)}: ${shown}`
  })
  return parts.length ? `${base} (${parts.join('; ')})` : base
}
