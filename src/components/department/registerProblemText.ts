// The register import's problem codes (domain/register) in the reader's language: column names,
// outlet kinds and channels are translated too, so a Vietnamese report has no English in it
// except the values the file itself contains.
import type { RegisterColumn, RegisterFileProblem, RegisterProblem } from '@/domain/register'
import type { CsvProblem } from '@/platform/csv'

type Translate = (key: string, params?: Record<string, unknown>) => string

/** A note about the file as a whole: a header problem, an unrecognised column, a CSV syntax error. */
export type RegisterFileNote =
  | RegisterFileProblem
  | { code: 'unknownColumn'; header: string }
  | { code: 'csvError'; line: number; problem: CsvProblem }

const column = (t: Translate, c: RegisterColumn | null) => (c ? t(`department.register.csvColumn.${c}`) : '')

export function describeRegisterProblem(t: Translate, p: RegisterProblem): string {
  const key = `department.register.problem.${p.code}`
  switch (p.code) {
    case 'unknownKind':
      return t(key, { value: p.value, allowed: p.allowed.map((k) => t(`department.kind.${k}`)).join(', ') })
    case 'unknownChannel':
      return t(key, { value: p.value, allowed: p.allowed.map((c) => t(`department.channel.${c}`)).join(', ') })
    case 'badId':
    case 'notYesNo':
      return t(key, { value: p.value })
    case 'notDate':
      return t(key, { column: column(t, p.column), value: p.value })
    case 'duplicateId':
    case 'duplicateName':
      return t(key, { value: p.value, line: p.line })
    case 'tooLong':
      return t(key, { column: column(t, p.column), max: p.max })
    case 'invalid':
      return p.column ? t(key, { column: column(t, p.column), detail: p.detail }) : p.detail
    case 'missing':
    case 'decisionDateMissing':
    case 'decisionReferenceMissing':
      return t(key, { column: column(t, p.column) })
  }
}

export function describeRegisterFileNote(t: Translate, p: RegisterFileNote): string {
  const key = `department.register.fileProblem.${p.code}`
  switch (p.code) {
    case 'repeatedColumn':
      return t(key, { header: p.header, column: column(t, p.column) })
    case 'missingColumn':
      return t(key, { column: column(t, p.column) })
    case 'unknownColumn':
      return t(key, { header: p.header })
    case 'csvError':
      return t(key, { line: p.line, problem: t(`department.register.csvProblem.${p.problem.code}`, { ...p.problem }) })
  }
}
