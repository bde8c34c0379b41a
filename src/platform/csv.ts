// CSV reading with papaparse: header row, a leading BOM tolerated, every problem kept with its row.
import Papa from 'papaparse'

export interface CsvParseResult {
  /** One object per data row, keyed by the header's names (prototype-less, so any name is safe). */
  rows: Record<string, string>[]
  /** `row` is the line of the record in the file (the header is line 1). */
  errors: { row: number; message: string }[]
}

export function parseCsv(text: string): CsvParseResult {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  const result = Papa.parse<string[]>(source, { header: false, skipEmptyLines: 'greedy' })
  const errors = result.errors
    .filter((e) => e.code !== 'UndetectableDelimiter')
    .map((e) => ({ row: (e.row ?? 0) + 1, message: e.message }))
  const [head, ...body] = result.data
  if (!head) return { rows: [], errors }
  const header = head.map((h) => h.trim().normalize('NFC'))
  const rows = body.map((cells, i) => {
    // Built field by field into a prototype-less object: a "__proto__" column stays a plain key.
    const row = Object.create(null) as Record<string, string>
    header.forEach((h, j) => {
      row[h] = (cells[j] ?? '').normalize('NFC')
    })
    if (cells.length > header.length)
      errors.push({ row: i + 2, message: `Too many fields: expected ${header.length} fields but parsed ${cells.length}` })
    else if (cells.length < header.length)
      errors.push({ row: i + 2, message: `Too few fields: expected ${header.length} fields but parsed ${cells.length}` })
    return row
  })
  errors.sort((a, b) => a.row - b.row)
  return { rows, errors }
}
