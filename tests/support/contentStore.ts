// Tests that need stored content assessments write them through the app's own save, one by one
// (content assessments are kept in pages, so there is no table to bulk-add rows to).
import type { ContentAssessment } from '@/domain/assessment'
import { saveContentAssessment } from '@/db/assessments'

export async function saveEach(items: readonly ContentAssessment[]): Promise<void> {
  for (const item of items) await saveContentAssessment(item)
}
