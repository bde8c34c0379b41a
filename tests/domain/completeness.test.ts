import { describe, expect, it } from 'vitest'
import type { Answer } from '@/domain/assessment'
import {
  answerProblems,
  applicabilityReasons,
  applicableQuestions,
  genderGap,
  missingRequiredAnswers,
  sectionProgress,
  shareOfWomen,
} from '@/domain/completeness'
import { amountQ, countQ, editorRubric, maturityQ, textQ, yesNoQ } from '../support/editorRubric'

const newspaper = { kind: 'newspaper' as const, channels: ['print' as const, 'online' as const], carriesAds: false }
const radio = { kind: 'radio' as const, channels: ['radio' as const], carriesAds: true }
const association = { kind: 'association' as const, channels: [], carriesAds: false }

const fullNewspaperAnswers: Record<string, Answer> = {
  'A1.1.q1': { type: 'countBySex', counts: { women: 2, men: 5, other: 0, unknown: 0 } },
  'A4.1.q1': { type: 'yesNo', value: 'yes', evidence: 'QĐ 12/QĐ-BHN' },
  'A4.2.q1': { type: 'na' },
}

describe('domain/completeness', () => {
  describe('applicabilityReasons', () => {
    it('says why a section applies or not', () => {
      const a3 = editorRubric.sections[2]!
      expect(applicabilityReasons(a3.appliesTo, newspaper)).toEqual([{ kind: 'userGroup', applies: false, groups: ['association'] }])
      expect(applicabilityReasons(a3.appliesTo, association)).toEqual([{ kind: 'userGroup', applies: true, groups: ['association'] }])
      expect(applicabilityReasons(editorRubric.sections[5]!.appliesTo, radio)).toEqual([{ kind: 'ads', applies: true }])
      expect(applicabilityReasons(undefined, radio)).toEqual([{ kind: 'all' }])
    })
  })

  describe('applicableQuestions', () => {
    it('leaves out sections, indicators and questions that do not apply', () => {
      const ids = applicableQuestions(editorRubric, newspaper).map((q) => q.question.id)
      expect(ids).not.toContain('A3.1.q1')
      expect(ids).not.toContain('A1.3.q1')
      expect(applicableQuestions(editorRubric, radio).map((q) => q.question.id)).toContain('A1.3.q1')
    })
  })

  describe('answerProblems', () => {
    it('asks for evidence beside a yes only where evidence is required', () => {
      expect(answerProblems(yesNoQ, { type: 'yesNo', value: 'yes' })).toEqual([{ code: 'evidenceRequired', field: 'evidence' }])
      expect(answerProblems(yesNoQ, { type: 'yesNo', value: 'yes', evidence: '  ' })).toEqual([{ code: 'evidenceRequired', field: 'evidence' }])
      expect(answerProblems(yesNoQ, { type: 'yesNo', value: 'no' })).toEqual([])
    })
    it('refuses N/A where the question does not allow it', () => {
      expect(answerProblems(yesNoQ, { type: 'na' })).toEqual([{ code: 'naNotAllowed' }])
      expect(answerProblems(textQ, { type: 'na' })).toEqual([])
    })
    it('names the field of a negative or fractional count', () => {
      expect(answerProblems(countQ, { type: 'countBySex', counts: { women: -1, men: 2.5, other: 0, unknown: 0 } })).toEqual([
        { code: 'negative', field: 'women' },
        { code: 'notInteger', field: 'men' },
      ])
      expect(answerProblems(amountQ, { type: 'amountBySex', amounts: { women: 10.5, men: 12 } })).toEqual([])
    })
    it('checks maturity levels and answer types', () => {
      expect(answerProblems(maturityQ, { type: 'maturity', level: 7 })).toEqual([{ code: 'levelOutOfRange' }])
      expect(answerProblems(maturityQ, { type: 'text', text: 'x' })).toEqual([{ code: 'wrongType' }])
    })
  })

  describe('missingRequiredAnswers', () => {
    it('is empty when every applicable required answer is given', () => {
      expect(missingRequiredAnswers(editorRubric, newspaper, fullNewspaperAnswers)).toEqual([])
    })
    it('lists unanswered and invalid required answers in rubric order', () => {
      const { 'A1.1.q1': _dropped, ...rest } = fullNewspaperAnswers
      const answers: Record<string, Answer> = { ...rest, 'A4.1.q1': { type: 'yesNo', value: 'yes' } }
      expect(missingRequiredAnswers(editorRubric, newspaper, answers)).toEqual([
        { sectionId: 'A1', indicatorId: 'A1.1', questionId: 'A1.1.q1', reason: 'unanswered' },
        { sectionId: 'A4', indicatorId: 'A4.1', questionId: 'A4.1.q1', reason: 'evidenceRequired' },
      ])
    })
    it('asks a radio station for the radio-only question and an association for A3', () => {
      expect(missingRequiredAnswers(editorRubric, radio, fullNewspaperAnswers).map((m) => m.questionId)).toEqual(['A1.3.q1'])
      expect(missingRequiredAnswers(editorRubric, association, fullNewspaperAnswers).map((m) => m.questionId)).toEqual(['A3.1.q1'])
    })
    it('never reads answers from the prototype', () => {
      const answers = Object.create({ 'A1.1.q1': fullNewspaperAnswers['A1.1.q1'] }) as Record<string, Answer>
      expect(missingRequiredAnswers(editorRubric, newspaper, answers).map((m) => m.questionId)).toContain('A1.1.q1')
    })
  })

  describe('sectionProgress', () => {
    it('counts valid answers over applicable questions per A-section', () => {
      expect(sectionProgress(editorRubric, newspaper, fullNewspaperAnswers)).toEqual([
        { sectionId: 'A1', answered: 1, total: 2, requiredMissing: 0 },
        { sectionId: 'A2', answered: 0, total: 2, requiredMissing: 0 },
        { sectionId: 'A4', answered: 2, total: 4, requiredMissing: 0 },
      ])
    })
  })

  describe('shareOfWomen and genderGap', () => {
    it('divides by women and men only, as the engine does', () => {
      expect(shareOfWomen({ women: 1, men: 3, other: 1, unknown: 1 })).toBe(0.25)
      expect(shareOfWomen({ women: 0, men: 0, other: 2, unknown: 0 })).toBeUndefined()
    })
    it('gives the gap as a share of the men’s amount', () => {
      expect(genderGap({ women: 8, men: 10 })).toBeCloseTo(0.2)
      expect(genderGap({ women: 8, men: 0 })).toBeUndefined()
    })
  })
})
