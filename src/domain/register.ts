// The register of media agencies from a CSV file: documented columns, Vietnamese or English
// header names, Vietnamese or English values, and a row-by-row report. Rows come from
// src/platform/csv.ts (parseCsv); the columns are:
//   id (optional), name, kind, channels (separated by ";"), carriesAds (yes/no/có/không/true/false; blank = no),
//   governingBody, adoptionDecisionReference, adoptionDecisionDate, archivedAt
// Dates are YYYY-MM-DD (DD/MM/YYYY is accepted too).
// Problems are codes with their parameters (the app words them in Vietnamese or English);
// formatRegisterProblem gives the English wording the command line prints.

import { toCsv } from './csv'
import { CHANNELS, OUTLET_KINDS, type Channel, type Outlet, type OutletKind } from './outlet'
import { ID_PATTERN, isValidDate, parseOutlet } from './submission'
import { foldForSearch } from './text'
import { Checker, formatProblem, type Problem } from './validate'

export const REGISTER_COLUMNS = [
  'id',
  'name',
  'kind',
  'channels',
  'carriesAds',
  'governingBody',
  'adoptionDecisionReference',
  'adoptionDecisionDate',
  'archivedAt',
] as const
export type RegisterColumn = (typeof REGISTER_COLUMNS)[number]

/** Header names: the column code, an English name or a Vietnamese one, diacritics and case ignored. */
const HEADER_ALIASES: Record<RegisterColumn, string[]> = {
  id: ['id', 'mã', 'mã cơ quan', 'mã số'],
  name: ['name', 'outlet', 'outlet name', 'tên', 'tên cơ quan', 'tên cơ quan báo chí'],
  kind: ['kind', 'type', 'loại', 'loại hình', 'loại hình báo chí'],
  channels: ['channels', 'channel', 'kênh', 'kênh phát hành', 'loại hình phát hành'],
  carriesAds: ['carriesAds', 'carries ads', 'ads', 'advertising', 'quảng cáo', 'có quảng cáo'],
  governingBody: ['governingBody', 'governing body', 'cơ quan chủ quản'],
  adoptionDecisionReference: [
    'adoptionDecisionReference', 'adoption decision', 'adoption decision reference', 'decision reference',
    'quyết định áp dụng', 'số quyết định', 'số quyết định áp dụng',
  ],
  adoptionDecisionDate: [
    'adoptionDecisionDate', 'adoption decision date', 'decision date', 'ngày quyết định', 'ngày quyết định áp dụng', 'ngày ký',
  ],
  archivedAt: ['archivedAt', 'archived', 'archived at', 'archived from', 'lưu trữ', 'ngày lưu trữ', 'lưu trữ từ'],
}

const KIND_ALIASES: Record<OutletKind, string[]> = {
  newspaper: ['newspaper', 'báo', 'báo in', 'nhật báo'],
  magazine: ['magazine', 'tạp chí', 'tạp chí in'],
  online: ['online', 'online newspaper', 'báo điện tử', 'tạp chí điện tử', 'điện tử'],
  radio: ['radio', 'đài phát thanh', 'phát thanh'],
  television: ['television', 'tv', 'đài truyền hình', 'truyền hình'],
  broadcaster: ['broadcaster', 'đài phát thanh truyền hình', 'đài phát thanh - truyền hình', 'phát thanh truyền hình'],
  association: ['association', 'hội', 'hội nhà báo', 'hội nghề nghiệp'],
  trainingInstitution: ['trainingInstitution', 'training institution', 'cơ sở đào tạo', 'trường', 'trường đào tạo'],
}

const CHANNEL_ALIASES: Record<Channel, string[]> = {
  print: ['print', 'in', 'báo in', 'ấn phẩm'],
  online: ['online', 'web', 'điện tử', 'trực tuyến', 'báo điện tử'],
  radio: ['radio', 'phát thanh'],
  tv: ['tv', 'television', 'truyền hình'],
}

const YES = ['yes', 'y', 'có', 'true', '1', 'x']
const NO = ['no', 'n', 'không', 'false', '0', '']

/** "Loại hình báo chí" → "loaihinhbaochi": for matching names typed in any case or accent. */
function key(text: string): string {
  return foldForSearch(text).replace(/[^a-z0-9]/g, '')
}

function lookup<T extends string>(aliases: Record<T, string[]>): Map<string, T> {
  const map = new Map<string, T>()
  for (const [code, names] of Object.entries(aliases) as [T, string[]][]) {
    map.set(key(code), code)
    for (const n of names) map.set(key(n), code)
  }
  return map
}

const HEADERS = lookup(HEADER_ALIASES)
const KINDS = lookup(KIND_ALIASES)
const CHANNEL_MAP = lookup(CHANNEL_ALIASES)

/** Why a row is refused; `column` is the register column the problem is about. */
export type RegisterProblem =
  | { code: 'badId'; column: 'id'; value: string }
  | { code: 'missing'; column: 'name' | 'kind' }
  | { code: 'unknownKind'; column: 'kind'; value: string; allowed: readonly OutletKind[] }
  | { code: 'unknownChannel'; column: 'channels'; value: string; allowed: readonly Channel[] }
  | { code: 'notYesNo'; column: 'carriesAds'; value: string }
  | { code: 'notDate'; column: 'adoptionDecisionDate' | 'archivedAt'; value: string }
  | { code: 'decisionDateMissing'; column: 'adoptionDecisionDate' }
  | { code: 'decisionReferenceMissing'; column: 'adoptionDecisionReference' }
  | { code: 'duplicateId'; column: 'id'; value: string; line: number }
  | { code: 'duplicateName'; column: 'name'; value: string; line: number }
  | { code: 'tooLong'; column: RegisterColumn; max: number }
  /** Any other check of an outlet (shared with the other ways an outlet enters the app). */
  | { code: 'invalid'; column: RegisterColumn | null; detail: string }

/** A problem of the file as a whole (its header). */
export type RegisterFileProblem =
  | { code: 'repeatedColumn'; header: string; column: RegisterColumn }
  | { code: 'missingColumn'; column: 'name' | 'kind' }

export interface RegisterRowReport {
  /** The line in the file (the header is line 1, the first outlet line 2). */
  row: number
  status: 'ok' | 'error'
  problems: RegisterProblem[]
}

export interface RegisterParseResult {
  /** The valid rows only, in file order. */
  outlets: Outlet[]
  report: RegisterRowReport[]
  /** Header-level problems (a required column missing, a column given twice). */
  headerProblems: RegisterFileProblem[]
  /** Headers that name no register column (ignored). */
  unknownColumns: string[]
}

/** A row's problem in English, e.g. `kind: "blog" is not one of newspaper, …` (the command line's wording). */
export function formatRegisterProblem(p: RegisterProblem): string {
  switch (p.code) {
    case 'badId':
      return `id: "${p.value}" is not an id (letters, digits, _ . : -; at most 64)`
    case 'missing':
      return `${p.column}: missing`
    case 'unknownKind':
    case 'unknownChannel':
      return `${p.column}: "${p.value}" is not one of ${p.allowed.join(', ')}`
    case 'notYesNo':
      return `carriesAds: "${p.value}" is not yes/no (có/không)`
    case 'notDate':
      return `${p.column}: "${p.value}" is not a date YYYY-MM-DD`
    case 'decisionDateMissing':
      return 'adoptionDecisionDate: missing (the decision reference is given)'
    case 'decisionReferenceMissing':
      return 'adoptionDecisionReference: missing (the decision date is given)'
    case 'duplicateId':
      return `id: "${p.value}" is already used on line ${p.line}`
    case 'duplicateName':
      return `name: "${p.value}" is already on line ${p.line}`
    case 'tooLong':
      return `${p.column}: longer than ${p.max} characters`
    case 'invalid':
      return p.column ? `${p.column}: ${p.detail}` : p.detail
  }
}

/** A header problem in English (the command line's wording). */
export function formatRegisterFileProblem(p: RegisterFileProblem): string {
  return p.code === 'missingColumn' ? `missing column ${p.column}` : `column "${p.header}" repeats column ${p.column}`
}

/** The outlet checker's path ("adoptionDecision.date") as the register column it came from. */
function columnOfPath(path: string): RegisterColumn | null {
  if (path === 'adoptionDecision.reference') return 'adoptionDecisionReference'
  if (path === 'adoptionDecision.date') return 'adoptionDecisionDate'
  return (REGISTER_COLUMNS as readonly string[]).includes(path) ? (path as RegisterColumn) : null
}

function fromOutletCheck(problem: Problem): RegisterProblem {
  const column = columnOfPath(problem.path)
  const tooLong = /^longer than (\d+) characters$/.exec(problem.message)
  if (column && tooLong) return { code: 'tooLong', column, max: Number(tooLong[1]) }
  return { code: 'invalid', column, detail: column ? problem.message : formatProblem(problem) }
}

/** Which register column each header of the file is, or undefined. */
export function registerColumnOf(header: string): RegisterColumn | undefined {
  return HEADERS.get(key(header))
}

/** Undoes the export's formula neutralisation ("'-x" → "-x") so a register round-trips. */
function unneutralise(text: string): string {
  return /^'[=+\-@\t\r\0]/.test(text) ? text.slice(1) : text
}

function parseDateCell(text: string): string | undefined {
  const t = text.trim()
  if (isValidDate(t)) return t
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t)
  if (m) {
    const iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`
    if (isValidDate(iso)) return iso
  }
  return undefined
}

export function parseRegisterRows(
  rows: readonly Record<string, string>[],
  ctx: { newId: () => string; now: string },
): RegisterParseResult {
  const headers = rows.length > 0 ? Object.keys(rows[0]!) : []
  const columnOf = new Map<string, RegisterColumn>()
  const unknownColumns: string[] = []
  const headerProblems: RegisterFileProblem[] = []
  for (const h of headers) {
    const col = registerColumnOf(h)
    if (col === undefined) {
      unknownColumns.push(h)
    } else if ([...columnOf.values()].includes(col)) headerProblems.push({ code: 'repeatedColumn', header: h, column: col })
    else columnOf.set(h, col)
  }
  const present = new Set(columnOf.values())
  for (const required of ['name', 'kind'] as const)
    if (!present.has(required) && rows.length > 0) headerProblems.push({ code: 'missingColumn', column: required })

  const outlets: Outlet[] = []
  const report: RegisterRowReport[] = []
  const seenIds = new Map<string, number>()
  const seenNames = new Map<string, number>()
  rows.forEach((raw, index) => {
    const line = index + 2
    const problems: RegisterProblem[] = []
    const cell: Partial<Record<RegisterColumn, string>> = {}
    for (const [h, col] of columnOf) cell[col] = unneutralise((Object.prototype.hasOwnProperty.call(raw, h) ? raw[h] ?? '' : '').trim().normalize('NFC'))

    let id = cell.id ?? ''
    if (id === '') id = ctx.newId()
    else if (!ID_PATTERN.test(id)) problems.push({ code: 'badId', column: 'id', value: id })
    const name = cell.name ?? ''
    if (name === '') problems.push({ code: 'missing', column: 'name' })
    const kindText = cell.kind ?? ''
    const kind = KINDS.get(key(kindText))
    if (kind === undefined)
      problems.push(kindText === '' ? { code: 'missing', column: 'kind' } : { code: 'unknownKind', column: 'kind', value: kindText, allowed: OUTLET_KINDS })
    const channels: Channel[] = []
    for (const part of (cell.channels ?? '').split(/[;,]/).map((s) => s.trim()).filter(Boolean)) {
      const ch = CHANNEL_MAP.get(key(part))
      if (ch === undefined) problems.push({ code: 'unknownChannel', column: 'channels', value: part, allowed: CHANNELS })
      else if (!channels.includes(ch)) channels.push(ch)
    }
    const adsText = (cell.carriesAds ?? '').toLowerCase()
    let carriesAds = false
    if (YES.includes(adsText)) carriesAds = true
    else if (!NO.includes(adsText)) problems.push({ code: 'notYesNo', column: 'carriesAds', value: cell.carriesAds ?? '' })
    const ref = cell.adoptionDecisionReference ?? ''
    const dateText = cell.adoptionDecisionDate ?? ''
    let decisionDate: string | undefined
    if (dateText !== '') {
      decisionDate = parseDateCell(dateText)
      if (decisionDate === undefined) problems.push({ code: 'notDate', column: 'adoptionDecisionDate', value: dateText })
    }
    if (ref !== '' && dateText === '') problems.push({ code: 'decisionDateMissing', column: 'adoptionDecisionDate' })
    if (ref === '' && dateText !== '') problems.push({ code: 'decisionReferenceMissing', column: 'adoptionDecisionReference' })
    const archivedText = cell.archivedAt ?? ''
    let archivedAt: string | undefined
    if (archivedText !== '') {
      archivedAt = parseDateCell(archivedText)
      if (archivedAt === undefined) problems.push({ code: 'notDate', column: 'archivedAt', value: archivedText })
    }
    if (cell.id) {
      const prev = seenIds.get(id)
      if (prev !== undefined) problems.push({ code: 'duplicateId', column: 'id', value: id, line: prev })
      else seenIds.set(id, line)
    }
    if (name !== '') {
      const prev = seenNames.get(key(name))
      if (prev !== undefined) problems.push({ code: 'duplicateName', column: 'name', value: name, line: prev })
      else seenNames.set(key(name), line)
    }

    if (problems.length === 0) {
      const candidate: Record<string, unknown> = {
        id,
        name,
        kind,
        channels,
        carriesAds,
        governingBody: cell.governingBody ?? '',
        createdAt: ctx.now,
        updatedAt: ctx.now,
      }
      if (ref !== '' && decisionDate) candidate.adoptionDecision = { reference: ref, date: decisionDate }
      if (archivedAt) candidate.archivedAt = archivedAt
      // The same checks as every other way an outlet enters the app (lengths, formats).
      const c = new Checker()
      const outlet = parseOutlet(c, candidate, '')
      if (outlet) outlets.push(outlet)
      else problems.push(...c.problems.map(fromOutletCheck))
    }
    report.push({ row: line, status: problems.length === 0 ? 'ok' : 'error', problems })
  })
  return { outlets, report, headerProblems, unknownColumns }
}

/** The register as CSV with the documented column codes, readable back by parseRegisterRows. */
export function registerToCsv(outlets: readonly Outlet[]): string {
  return toCsv(
    [...REGISTER_COLUMNS],
    outlets.map((o) => [
      o.id,
      o.name,
      o.kind,
      o.channels.join(';'),
      o.carriesAds ? 'yes' : 'no',
      o.governingBody,
      o.adoptionDecision?.reference,
      o.adoptionDecision?.date,
      o.archivedAt,
    ]),
  )
}
