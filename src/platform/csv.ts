// CSV reading with papaparse: header row, a leading BOM tolerated, every problem kept with its row.
import Papa from 'papaparse'

export interface CsvParseResult {
  rows: Record<string, string>[]
  /** `row` is the 1-based line of the data row in the file (the header is line 1). */
  errors: { row: number; message: string }[]
}

export function parseCsv(text: string): CsvParseResult {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  const result = Papa.parse<Record<string, string>>(source, {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim().normalize('NFC'),
    transform: (v) => v.normalize('NFC'),
  })
  const rows = result.data.map((row) => {
    // Copy into a prototype-less object so header names like "__proto__" stay plain keys.
    const clean: Record<string, string> = Object.create(null) as Record<string, string>
    for (const key of Object.keys(row)) {
      const v = row[key]
      clean[key] = typeof v === 'string' ? v : Array.isArray(v) ? (v as string[]).join(',') : ''
    }
    return clean
  })
  const errors = result.errors
    .filter((e) => e.code !== 'UndetectableDelimiter')
    .map((e) => ({ row: (e.row ?? 0) + 2, message: e.message }))
  return { rows, errors }
}
