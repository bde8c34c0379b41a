// From the assistant's suggestions to the person table of a content assessment: only the people
// the editor accepted, with the editor's corrections applied. Nothing is coded without a decision.
import type { PersonRow } from '../assessment'
import { ROLES } from './vocabulary'
import type { Analysis, PersonFunction, SuggestedPerson, SuggestedSex } from './types'

export type SuggestionStatus = 'pending' | 'accepted' | 'rejected'

export interface PersonEdit {
  name?: string
  sex?: SuggestedSex
  quoted?: boolean
  function?: PersonFunction
}

export interface SuggestionDecision {
  status: SuggestionStatus
  edit?: PersonEdit
}

/** Decisions by suggested person id. */
export type SuggestionDecisions = Record<string, SuggestionDecision>

export function statusOf(decisions: SuggestionDecisions, id: string): SuggestionStatus {
  return decisions[id]?.status ?? 'pending'
}

/** The suggestion as the editor corrected it. */
export function correctedPerson(p: SuggestedPerson, decision: SuggestionDecision | undefined): SuggestedPerson {
  const e = decision?.edit
  if (!e) return p
  return {
    ...p,
    name: e.name ?? p.name,
    sex: e.sex ?? p.sex,
    quoted: e.quoted ?? p.quoted,
    function: e.function ?? p.function,
  }
}

/** Occupation codes (GMMP list) that a role word states without doubt. */
const OCCUPATION_BY_ROLE: Record<string, string> = {
  'bác sĩ': 'doctor',
  bs: 'doctor',
  'y tá': 'healthWorker',
  'điều dưỡng': 'healthWorker',
  'luật sư': 'lawyer',
  ls: 'lawyer',
  'giảng viên': 'academic',
  pgs: 'academic',
  gs: 'academic',
  'giáo sư': 'academic',
  'nhà nghiên cứu': 'scienceProfessional',
  'nhà khoa học': 'scienceProfessional',
  'nông dân': 'agriculture',
  'ngư dân': 'agriculture',
  'sinh viên': 'student',
  'học sinh': 'student',
  'nữ sinh': 'student',
  'nam sinh': 'student',
  'tiểu thương': 'tradesperson',
  'thương lái': 'tradesperson',
  'ca sĩ': 'celebrity',
  'diễn viên': 'celebrity',
  'hoa hậu': 'celebrity',
  'người mẫu': 'celebrity',
  'vận động viên': 'sportsperson',
  vđv: 'sportsperson',
  'cầu thủ': 'sportsperson',
  'võ sĩ': 'sportsperson',
  'thượng tá': 'police',
  'trung tá': 'police',
  'đại tá': 'police',
  'thiếu tá': 'police',
  'bị cáo': 'criminal',
  'bị can': 'criminal',
  'nghi phạm': 'criminal',
  'người nội trợ': 'homemaker',
  'nội trợ': 'homemaker',
  'đại biểu quốc hội': 'politician',
  'bộ trưởng': 'politician',
  'thứ trưởng': 'politician',
  'thủ tướng': 'politician',
  'phó thủ tướng': 'politician',
}

export function suggestedOccupation(p: SuggestedPerson): string {
  for (const r of p.roles) {
    const code = OCCUPATION_BY_ROLE[r]
    if (code) return code
  }
  return ''
}

/** The accepted people as rows of the person table, in the order of the text. */
export function acceptedPersonRows(analysis: Analysis, decisions: SuggestionDecisions, newId: () => string): PersonRow[] {
  return analysis.people
    .filter((p) => statusOf(decisions, p.id) === 'accepted')
    .map((raw) => {
      const p = correctedPerson(raw, decisions[raw.id])
      const victim = p.roles.some((r) => ROLES.get(r)?.kind === 'victim')
      return {
        id: newId(),
        name: p.name,
        sex: p.sex,
        function: p.function,
        occupation: suggestedOccupation(p),
        quoted: p.quoted,
        photographed: false,
        victim,
        survivor: false,
        familyRole: p.sexEvidence.some((e) => e.cue === 'kinship'),
        chosenByNewsroom: false,
      }
    })
}
