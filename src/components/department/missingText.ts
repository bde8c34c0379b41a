// Structured "what is missing" items (domain/adoption) → translation key and parameters.
// The UI words them in the chosen language; describeMissing() does the same for the CLI and PDF.
import type { MissingItem } from '@/domain/adoption'

export interface MissingMessage {
  key: string
  params: Record<string, string | number>
}

export function toMissingMessage(item: MissingItem): MissingMessage {
  const key = `department.missing.${item.code}`
  switch (item.code) {
    case 'noOrganisationAssessment':
      return { key, params: { start: item.window.start, end: item.window.end } }
    case 'sectionNotAssessed':
      return { key, params: { section: item.section } }
    case 'organisationAssessmentNotComplete':
    case 'noAdoptionDecision':
      return { key, params: {} }
    case 'contentItemsInWindow':
      return { key, params: { start: item.window.start, end: item.window.end, have: item.have, need: item.need, missing: item.missing } }
    case 'contentItemsInQuarter':
      return { key, params: { quarter: item.quarter, have: item.have, need: item.need, missing: item.missing } }
    case 'channelNotCoveredInQuarter':
      // The channel is a code; the caller translates it (department.channel.*) before showing it.
      return { key, params: { quarter: item.quarter, channel: item.channel } }
    case 'adoptionDecisionAfterDate':
      return { key, params: { date: item.decisionDate } }
  }
}
