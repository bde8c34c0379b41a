// Number and date display in the UI language (Vietnamese: "28,6 %", English: "28.6%").
import type { Locale } from '@/domain/text'

const tags: Record<Locale, string> = { vi: 'vi-VN', en: 'en-GB' }

export function formatPercent(share: number, locale: Locale, digits = 1): string {
  return new Intl.NumberFormat(tags[locale], { style: 'percent', maximumFractionDigits: digits }).format(share)
}

export function formatNumber(value: number, locale: Locale, digits = 0): string {
  return new Intl.NumberFormat(tags[locale], { maximumFractionDigits: digits }).format(value)
}
