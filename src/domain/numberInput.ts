// Numbers typed by people: "12", " 7 ", "12.000.000" (Vietnamese thousands), "12,5" (decimal comma).
// Returns a problem code instead of NaN, so the form can say what is wrong beside the field.

export type NumberInput = { ok: true; value: number | undefined } | { ok: false; problem: 'notANumber' | 'negative' | 'notInteger' }

function normalise(text: string): string | undefined {
  let s = text.replace(/[\s\u00a0]/g, '')
  if (s.includes('.') && s.includes(',')) s = s.replace(/\./g, '').replace(',', '.')
  else if (s.includes(',')) s = /^-?\d{1,3}(,\d{3})+$/.test(s) ? s.replace(/,/g, '') : s.replace(',', '.')
  // "9.500" is read as nine thousand five hundred: amounts here are Vietnamese money, where the dot groups thousands.
  else if (/^-?\d{1,3}(\.\d{3})+$/.test(s)) s = s.replace(/\./g, '')
  return /^-?(\d+(\.\d*)?|\.\d+)$/.test(s) ? s : undefined
}

/** An amount (pay, hours…): empty → undefined; negative refused. */
export function parseAmount(text: string): NumberInput {
  if (text.trim() === '') return { ok: true, value: undefined }
  const s = normalise(text)
  if (s === undefined) return { ok: false, problem: 'notANumber' }
  const value = Number(s)
  if (value < 0) return { ok: false, problem: 'negative' }
  return { ok: true, value }
}

/** A count of people: a whole number ≥ 0; empty → undefined. */
export function parseCount(text: string): NumberInput {
  const parsed = parseAmount(text)
  if (parsed.ok && parsed.value !== undefined && !Number.isInteger(parsed.value)) return { ok: false, problem: 'notInteger' }
  return parsed
}

/** "m:ss" or "mm:ss" or plain seconds → seconds. */
export function parseMinutesSeconds(text: string): NumberInput {
  const s = text.trim()
  if (s === '') return { ok: true, value: undefined }
  const m = /^(\d+):([0-5]?\d)$/.exec(s)
  if (m) return { ok: true, value: Number(m[1]) * 60 + Number(m[2]) }
  return parseCount(s)
}

export function formatMinutesSeconds(seconds: number): string {
  const m = Math.floor(seconds / 60)
  const s = seconds % 60
  return `${m}:${String(s).padStart(2, '0')}`
}
