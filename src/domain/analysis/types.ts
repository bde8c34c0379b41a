// What the Vietnamese text assistant suggests from a text. Offsets are UTF-16 indices into the
// NFC text (String.prototype.normalize('NFC')), so the UI can highlight them directly.
import type { LocalText } from '../text'

export type SuggestedSex = 'female' | 'male' | 'unknown'

export const PERSON_FUNCTIONS = [
  'subject',
  'spokesperson',
  'expert',
  'personalExperience',
  'eyewitness',
  'popularOpinion',
  'other',
  'unknown',
] as const
export type PersonFunction = (typeof PERSON_FUNCTIONS)[number]

export interface Span {
  start: number
  end: number
}

export interface MentionSpan extends Span {
  text: string
}

export type SexCueKind = 'honorific' | 'genderedRole' | 'middleName' | 'genderedNoun' | 'pronoun' | 'kinship' | 'namePrefix'

export interface SexEvidence extends MentionSpan {
  cue: SexCueKind
  sex: 'female' | 'male'
}

export interface SuggestedPerson {
  id: string
  /** The name as first given, or the role phrase of an unnamed individual ("một người dân"). */
  name: string
  named: boolean
  mentions: MentionSpan[]
  sex: SuggestedSex
  sexEvidence: SexEvidence[]
  quoted: boolean
  /** Direct quotations, transcript turns and reported-speech clauses attributed to the person. */
  quotes: Span[]
  function: PersonFunction
  functionEvidence?: string
  /** Role and title words seen with the person ("bác sĩ", "giám đốc", "nạn nhân"). */
  roles: string[]
  /** 0–1: how sure the assistant is that this is one person in the news. */
  confidence: number
}

export interface WordingFlag extends MentionSpan {
  entryId: string
  category: string
  explanation: LocalText
  suggestion: LocalText
}

export interface Analysis {
  /** The NFC text the offsets point into. */
  text: string
  people: SuggestedPerson[]
  flags: WordingFlag[]
}
