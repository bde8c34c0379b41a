// CSV writing for spreadsheets: UTF-8 with a BOM (so Excel shows Vietnamese), RFC 4180 quoting,
// CRLF line ends, and formula-injection neutralised (OWASP ASVS 1.2.10): a text cell starting with
// = + - @ tab, carriage return or NUL gets a leading single quote. Numbers passed as numbers stay
// numbers, so -3 is written as -3.

import type { ContentAssessment, OrganisationAssessment, Answer } from './assessment'

export type CsvCell = string | number | boolean | null | undefined

export const BOM = '\ufeff'
const TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r', '\0'])

/** One cell's text, neutralised and quoted. */
export function csvCell(value: CsvCell): string {
  let text: string
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''
  if (typeof value === 'boolean') text = value ? 'true' : 'false'
  else {
    text = value.normalize('NFC')
    if (text.length > 0 && TRIGGERS.has(text[0]!)) text = `'${text}`
  }
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** The whole file's text: BOM, header, rows, CRLF after every record. */
export function toCsv(header: string[], rows: CsvCell[][]): string {
  const lines = [header.map(csvCell).join(','), ...rows.map((row) => row.map(csvCell).join(','))]
  return `${BOM}${lines.join('\r\n')}\r\n`
}

/** Column labels: the codes below by default; the UI passes translated labels. */
export type CsvLabels = Partial<Record<string, string>>

function header(columns: readonly string[], labels: CsvLabels = {}): string[] {
  return columns.map((c) => labels[c] ?? c)
}

const SEX_KEYS = ['female', 'male', 'other', 'unknown'] as const

export const CONTENT_COLUMNS = [
  'id', 'outletId', 'outletName', 'date', 'kind', 'channel', 'title', 'url', 'topic', 'scope',
  'aboutWomen', 'womenConcerns', 'stereotypeOvert', 'stereotypeSubtle', 'challengesStereotypes', 'refersToLaw', 'highlightsInequality',
  'people', 'peopleFemale', 'peopleMale', 'peopleOther', 'peopleUnknown', 'quotedFemale', 'quotedMale',
  'journalistsFemale', 'journalistsMale', 'speakingSecondsFemale', 'speakingSecondsMale', 'speakingSecondsOther', 'speakingSecondsUnknown',
  'adRating', 'adWomenRoles', 'adMenRoles', 'rubricId', 'rubricVersion', 'status', 'createdAt', 'updatedAt',
] as const

/** One row per content assessment, with people counted by sex. */
export function contentAssessmentsToCsv(
  items: readonly ContentAssessment[],
  opts: { outletNames?: ReadonlyMap<string, string>; labels?: CsvLabels } = {},
): string {
  const rows = items.map((a) => {
    const bySex = { female: 0, male: 0, other: 0, unknown: 0 }
    const quoted = { female: 0, male: 0, other: 0, unknown: 0 }
    for (const p of a.people) {
      bySex[p.sex]++
      if (p.quoted) quoted[p.sex]++
    }
    const j = { female: 0, male: 0, other: 0, unknown: 0 }
    for (const x of a.journalists) j[x.sex]++
    const s = a.story
    return [
      a.id, a.outletId, opts.outletNames?.get(a.outletId) ?? '', a.date, a.kind, a.channel, a.title, a.url, s.topic, s.scope,
      s.aboutWomen, s.womenConcerns, s.stereotypeOvert, s.stereotypeSubtle, s.challengesStereotypes, s.refersToLaw, s.highlightsInequality,
      a.people.length, bySex.female, bySex.male, bySex.other, bySex.unknown, quoted.female, quoted.male,
      j.female, j.male, ...SEX_KEYS.map((k) => a.speakingSeconds?.[k]),
      a.ad?.rating, a.ad?.womenRoles.join(';'), a.ad?.menRoles.join(';'), a.rubricId, a.rubricVersion, a.status, a.createdAt, a.updatedAt,
    ]
  })
  return toCsv(header(CONTENT_COLUMNS, opts.labels), rows)
}

export const PEOPLE_COLUMNS = [
  'assessmentId', 'outletId', 'date', 'kind', 'channel', 'title', 'personId', 'name', 'sex', 'function', 'occupation',
  'quoted', 'photographed', 'victim', 'survivor', 'familyRole', 'chosenByNewsroom',
] as const

/** One row per person in the news. */
export function peopleRowsToCsv(items: readonly ContentAssessment[], opts: { labels?: CsvLabels } = {}): string {
  const rows: CsvCell[][] = []
  for (const a of items)
    for (const p of a.people)
      rows.push([
        a.id, a.outletId, a.date, a.kind, a.channel, a.title, p.id, p.name, p.sex, p.function, p.occupation,
        p.quoted, p.photographed, p.victim, p.survivor, p.familyRole, p.chosenByNewsroom,
      ])
  return toCsv(header(PEOPLE_COLUMNS, opts.labels), rows)
}

export const ANSWER_COLUMNS = [
  'assessmentId', 'outletId', 'periodStart', 'periodEnd', 'rubricId', 'rubricVersion', 'status', 'questionId', 'type',
  'value', 'women', 'men', 'other', 'unknown', 'evidence',
] as const

function answerCells(a: Answer): CsvCell[] {
  // value, women, men, other, unknown, evidence
  switch (a.type) {
    case 'na':
      return ['na', null, null, null, null, null]
    case 'yesNo':
      return [a.value, null, null, null, null, a.evidence]
    case 'checklist':
      return [a.checked.join(';'), null, null, null, null, a.evidence]
    case 'countBySex':
      return [null, a.counts.women, a.counts.men, a.counts.other, a.counts.unknown, null]
    case 'amountBySex':
      return [null, a.amounts.women, a.amounts.men, null, null, null]
    case 'maturity':
      return [a.level, null, null, null, null, a.evidence]
    case 'singleChoice':
      return [a.choice, null, null, null, null, null]
    case 'multiChoice':
      return [a.choices.join(';'), null, null, null, null, null]
    case 'text':
      return [a.text, null, null, null, null, null]
  }
}

/** One row per answer of each organisation assessment, question ids in order. */
export function organisationAnswersToCsv(assessments: readonly OrganisationAssessment[], opts: { labels?: CsvLabels } = {}): string {
  const rows: CsvCell[][] = []
  for (const a of assessments)
    for (const q of Object.keys(a.answers).sort()) {
      const answer = a.answers[q]!
      rows.push([a.id, a.outletId, a.period.start, a.period.end, a.rubricId, a.rubricVersion, a.status, q, answer.type, ...answerCells(answer)])
    }
  return toCsv(header(ANSWER_COLUMNS, opts.labels), rows)
}
