// CSV reading with papaparse: header row, a leading BOM tolerated, every problem kept with its row.
import Papa from 'papaparse'

/** A syntax problem as a code, so the page can word it in the reader's language. */
export type CsvProblem =
  | { code: 'missingQuotes' | 'invalidQuotes' | 'other' }
  | { code: 'tooManyFields' | 'tooFewFields'; expected: number; found: number }

export type CsvError = CsvProblem & {
  /** The line of the record in the file (the header is line 1). */
  row: number
  /** The same problem in English, for the command line. */
  message: string
}

export interface CsvParseResult {
  /** One object per data row, keyed by the header's names (prototype-less, so any name is safe). */
  rows: Record<string, string>[]
  errors: CsvError[]
}

const papaCodes: Record<string, 'missingQuotes' | 'invalidQuotes'> = { MissingQuotes: 'missingQuotes', InvalidQuotes: 'invalidQuotes' }

export function parseCsv(text: string): CsvParseResult {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  const result = Papa.parse<string[]>(source, { header: false, skipEmptyLines: 'greedy' })
  const errors: CsvError[] = result.errors
    .filter((e) => e.code !== 'UndetectableDelimiter')
    .map((e) => ({ code: papaCodes[e.code] ?? 'other', row: (e.row ?? 0) + 1, message: e.message }))
  const [head, ...body] = result.data
  if (!head) return { rows: [], errors }
  const header = head.map((h) => h.trim().normalize('NFC'))
  const rows = body.map((cells, i) => {
    // Built field by field into a prototype-less object: a "__proto__" column stays a plain key.
    const row = Object.create(null) as Record<string, string>
    header.forEach((h, j) => {
      row[h] = (cells[j] ?? '').normalize('NFC')
    })
    const expected = header.length
    const found = cells.length
    if (found > expected)
      errors.push({ code: 'tooManyFields', expected, found, row: i + 2, message: `Too many fields: expected ${expected} fields but parsed ${found}` })
    else if (found < expected)
      errors.push({ code: 'tooFewFields', expected, found, row: i + 2, message: `Too few fields: expected ${expected} fields but parsed ${found}` })
    return row
  })
  errors.sort((a, b) => a.row - b.row)
  return { rows, errors }
}
