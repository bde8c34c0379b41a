// `npm run --silent gim -- analyze [--format json] [--lexicon <file>] <file | ->`: suggests the
// people in a Vietnamese article or transcript (sex, quoted, function, with the evidence) and
// flags stereotyped wording, with the same domain code as the app's text assistant.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { analyzeText } from '../domain/analysis/analyze'
import { parseLexicon } from '../domain/analysis/lexicon'
import type { Analysis } from '../domain/analysis/types'
import { formatProblem } from '../domain/validate'

export const summary = 'suggest people, sex, quotes and wording flags in a Vietnamese text'

const DEFAULT_LEXICON = join(import.meta.dirname, '..', '..', 'rubrics', 'lexicon', 'gender-wording-vi-1.0.0.json')

const USAGE = `Usage: npm run --silent gim -- analyze [--format json|text] [--lexicon <file>] <file | ->

Reads a Vietnamese news text (a file, or standard input with "-") and prints one entry per
distinct person — name, sex (female / male / unknown), quoted, function — with the evidence,
and the wording flags from the lexicon (default: rubrics/lexicon/gender-wording-vi-1.0.0.json).
Suggestions only: the editor confirms each one.`

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer))
  return Buffer.concat(chunks).toString('utf8')
}

export function toJson(a: Analysis): unknown {
  return {
    people: a.people.map((p) => ({
      name: p.name,
      sex: p.sex,
      quoted: p.quoted,
      function: p.function,
      ...(p.functionEvidence ? { functionEvidence: p.functionEvidence } : {}),
      confidence: p.confidence,
      roles: p.roles,
      mentions: p.mentions,
      sexEvidence: p.sexEvidence,
      quotes: p.quotes,
    })),
    flags: a.flags.map((f) => ({
      entryId: f.entryId,
      category: f.category,
      text: f.text,
      start: f.start,
      end: f.end,
      explanation: f.explanation,
      suggestion: f.suggestion,
    })),
  }
}

const SEX_VI = { female: 'nữ', male: 'nam', unknown: 'không rõ' } as const

export function toText(a: Analysis): string {
  const lines: string[] = []
  lines.push(`Người trong tin / People (${a.people.length}):`)
  for (const p of a.people) {
    const evidence = p.sexEvidence.map((e) => `“${e.text}”`).join(', ')
    lines.push(
      `- ${p.name} — ${SEX_VI[p.sex]} (${p.sex})${evidence ? ` [${evidence}]` : ''}; ${p.quoted ? 'được trích dẫn / quoted' : 'không trích dẫn / not quoted'}; ${p.function}${p.functionEvidence ? ` (${p.functionEvidence})` : ''}`,
    )
  }
  lines.push('', `Cách diễn đạt cần xem lại / Wording flags (${a.flags.length}):`)
  for (const f of a.flags) lines.push(`- “${f.text}” [${f.entryId}] ${f.explanation.vi} → ${f.suggestion.vi}`)
  return lines.join('\n')
}

export async function run(args: string[]): Promise<number> {
  let format = 'text'
  let lexiconPath = DEFAULT_LEXICON
  let input: string | undefined
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!
    if (a === '--help' || a === '-h') {
      console.log(USAGE)
      return 0
    } else if (a === '--format') format = args[++i] ?? ''
    else if (a.startsWith('--format=')) format = a.slice('--format='.length)
    else if (a === '--lexicon') lexiconPath = args[++i] ?? ''
    else if (a === '-' || !a.startsWith('-')) {
      if (input !== undefined) {
        console.error(`Only one input, got '${input}' and '${a}'.\n\n${USAGE}`)
        return 1
      }
      input = a
    } else {
      console.error(`Unknown option '${a}'.\n\n${USAGE}`)
      return 1
    }
  }
  if (format !== 'json' && format !== 'text') {
    console.error(`--format must be json or text, not '${format}'.`)
    return 1
  }
  if (input === undefined) {
    console.error(USAGE)
    return 1
  }
  let lexiconRaw: unknown
  try {
    lexiconRaw = JSON.parse(await readFile(lexiconPath, 'utf8'))
  } catch (error) {
    console.error(`${lexiconPath}: cannot be read as JSON: ${error instanceof Error ? error.message : String(error)}`)
    return 1
  }
  const lexicon = parseLexicon(lexiconRaw)
  if (!lexicon.ok) {
    for (const p of lexicon.problems) console.error(`${lexiconPath}: ${formatProblem(p)}`)
    return 1
  }
  let text: string
  try {
    text = input === '-' ? await readStdin() : await readFile(input, 'utf8')
  } catch (error) {
    console.error(`${input}: cannot be read: ${error instanceof Error ? error.message : String(error)}`)
    return 1
  }
  const analysis = analyzeText(text, lexicon.value)
  console.log(format === 'json' ? JSON.stringify(toJson(analysis), null, 2) : toText(analysis))
  return 0
}
