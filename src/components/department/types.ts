// Shapes the department's presentational components take as props.
import type { RegisterProblem } from '@/domain/register'

/** One data row of an imported register CSV, as the row-by-row report shows it. */
export interface RegisterReportRow {
  /** Line in the file (the header is line 1). */
  line: number
  name: string
  ok: boolean
  /** For valid rows: a new outlet, or one that updates an outlet already in the register. */
  action?: 'new' | 'update' | 'unchanged'
  /** Why the row is refused, as codes the report words in the reader's language. */
  problems: RegisterProblem[]
}

/** What the outlet form edits; ids and timestamps are the view's business. */
export interface OutletDraft {
  name: string
  kind: string
  channels: string[]
  carriesAds: boolean
  governingBody: string
  adoptionReference: string
  adoptionDate: string
}
