// Applicability as one readable phrase, e.g. "associations, clubs… · only outlets that carry advertising".
import type { Applicability } from '@/domain/rubric'

type Translate = (key: string) => string

export function applicabilityText(rule: Applicability | undefined, t: Translate): string | undefined {
  if (!rule) return undefined
  const parts: string[] = []
  if (rule.userGroups?.length) parts.push(rule.userGroups.map((g) => t(`rubrics.userGroup.${g}`)).join(', '))
  if (rule.channels?.length) parts.push(rule.channels.map((c) => t(`rubrics.channel.${c}`)).join(', '))
  if (rule.requiresAds) parts.push(t('rubrics.requiresAds'))
  return parts.length ? parts.join(' · ') : undefined
}
