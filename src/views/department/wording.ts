// Words the department's views share: failures, CSV headers and codes in the chosen language.
import { StorageFailure } from '@/db/storageFailure'
import type { CsvWords } from '@/domain/departmentCsv'
import type { MissingItem } from '@/domain/adoption'
import { toMissingMessage } from '@/components/department/missingText'

type Translate = (key: string, params?: Record<string, unknown>) => string

export function storageMessage(t: Translate, error: unknown): string {
  if (error instanceof StorageFailure) return t(`data.errors.${error.kind}`, { details: error.message })
  return t('data.errors.unknown')
}

export function missingText(t: Translate, item: MissingItem): string {
  const { key, params } = toMissingMessage(item)
  if (item.code === 'channelNotCoveredInQuarter') params.channel = t(`department.channel.${item.channel}`)
  return t(key, params)
}

export function csvWords(t: Translate, locale: 'vi' | 'en'): CsvWords {
  return {
    header: (key) => t(`department.csv.${key}`),
    kind: (code) => t(`department.kind.${code}`),
    channel: (code) => t(`department.channel.${code}`),
    level: (code) => t(`department.level.${code}`),
    missing: (item) => missingText(t, item),
    locale,
  }
}

export function csvBlob(text: string): Blob {
  return new Blob([text], { type: 'text/csv;charset=utf-8' })
}

/** Where an outlet's scorecard lives (the newsroom workspace's route, outlet as a query). */
export function scorecardHref(outletId: string): string {
  return `#/scorecard?outlet=${encodeURIComponent(outletId)}`
}
