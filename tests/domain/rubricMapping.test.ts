import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Answer, ContentAssessment } from '@/domain/assessment'
import { indexRubric, parseRubric, type Question, type Rubric } from '@/domain/rubric'
import { carryAnswers, carryContentCoding, checkMapping, indicatorIdIn } from '@/domain/rubricMapping'
import { formatProblem } from '@/domain/validate'
import { minimalRubric } from '../fixtures/minimalRubric'

function shipped(version: string): Rubric {
  const parsed = parseRubric(JSON.parse(readFileSync(resolve(import.meta.dirname, `../../rubrics/vn-gsim/${version}.json`), 'utf8')))
  if (!parsed.ok) throw new Error(parsed.problems.map(formatProblem).join('\n'))
  return parsed.value
}

/** A plausible, distinct answer for any question, so a lost or swapped answer shows. */
function answerFor(q: Question, n: number): Answer {
  switch (q.type) {
    case 'yesNo':
      return { type: 'yesNo', value: n % 2 ? 'yes' : 'no', evidence: `QĐ ${n}/2024` }
    case 'checklist':
      return { type: 'checklist', checked: (q.options ?? []).slice(0, 1 + (n % 2)).map((o) => o.id) }
    case 'countBySex':
      return { type: 'countBySex', counts: { women: n, men: n + 1, other: 0, unknown: n % 3 } }
    case 'amountBySex':
      return { type: 'amountBySex', amounts: { women: 10_000_000 + n, men: 12_000_000 + n } }
    case 'maturity':
      return { type: 'maturity', level: n % (q.levels?.length ?? 1) }
    case 'singleChoice':
      return { type: 'singleChoice', choice: q.options?.[n % q.options.length]?.id ?? '' }
    case 'multiChoice':
      return { type: 'multiChoice', choices: (q.options ?? []).slice(0, 1).map((o) => o.id) }
    case 'text':
      return { type: 'text', text: `Ghi chú số ${n}` }
  }
}

function fullAnswers(rubric: Rubric): Record<string, Answer> {
  const out: Record<string, Answer> = {}
  let n = 1
  for (const { question } of indexRubric(rubric).questions.values()) out[question.id] = answerFor(question, n++)
  return out
}

describe('the shipped mapping vn-gsim 1.0.0 → 1.1.0', () => {
  const v1 = shipped('1.0.0')
  const v11 = shipped('1.1.0')

  it('is complete and consistent', () => {
    expect(checkMapping(v1, v11)).toEqual([])
  })

  it('carries a full set of 1.0.0 answers with nothing lost: every answer is carried or reported as retired', () => {
    const answers = fullAnswers(v1)
    const questionCount = indexRubric(v1).questions.size
    expect(Object.keys(answers)).toHaveLength(questionCount)
    const result = carryAnswers([v1, v11], answers)

    for (const id of Object.keys(answers)) {
      const accounted = result.carried.some((c) => c.from === id) || result.retired.some((r) => r.id === id)
      expect(accounted, `answer to ${id} was dropped`).toBe(true)
    }
    // Every carried answer lands on a real 1.1.0 question.
    const v11Questions = indexRubric(v11).questions
    for (const id of Object.keys(result.answers)) expect(v11Questions.has(id), id).toBe(true)
    // Unchanged questions keep their answers exactly.
    expect(result.answers['A1.SO1.I1.Q1']).toEqual(answers['A1.SO1.I1.Q1'])
    expect(result.answers['A5.SO2.I2.Q3']).toEqual(answers['A5.SO2.I2.Q3'])
    // Nothing in this revision is retired, so nothing is reported as such.
    expect(result.retired).toEqual([])
  })

  it('copies the split harassment answer to both new questions and renames the complaint counts', () => {
    const answers = fullAnswers(v1)
    const { answers: out, carried } = carryAnswers([v1, v11], answers)
    expect(out['A2.SO2.I2.Q1']).toEqual(answers['A2.SO2.I2.Q1'])
    expect(out['A2.SO2.I4.Q1']).toEqual(answers['A2.SO2.I2.Q1'])
    expect(out['A2.SO2.I4.Q2']).toEqual(answers['A2.SO2.I2.Q2'])
    expect(out['A2.SO2.I4.Q3']).toEqual(answers['A2.SO2.I2.Q3'])
    expect(carried).toContainEqual({ from: 'A2.SO2.I2.Q2', to: 'A2.SO2.I4.Q2', kind: 'renamed', version: '1.1.0' })
  })

  it('sums the merged camera and technician counts', () => {
    const answers = fullAnswers(v1)
    answers['A2.SO1.I2.Q3'] = { type: 'countBySex', counts: { women: 2, men: 9, other: 0, unknown: 1 } }
    answers['A2.SO1.I2.Q4'] = { type: 'countBySex', counts: { women: 3, men: 11, other: 1, unknown: 0 } }
    const result = carryAnswers([v1, v11], answers)
    expect(result.answers['A2.SO1.I2.Q6']).toEqual({ type: 'countBySex', counts: { women: 5, men: 20, other: 1, unknown: 1 } })
    expect(result.carried.filter((c) => c.to === 'A2.SO1.I2.Q6').map((c) => c.from)).toEqual(['A2.SO1.I2.Q3', 'A2.SO1.I2.Q4'])
  })

  it('asks for the new confidentiality question, and only for what has no answer', () => {
    const result = carryAnswers([v1, v11], fullAnswers(v1))
    expect(result.toAnswer).toEqual(['A2.SO2.I4.Q4'])
  })

  it('maps 2015 topic codes to the 2020 list in content codings', () => {
    const coding = {
      story: {
        topic: 'genderViolence',
        scope: 'national',
        aboutWomen: true,
        womenConcerns: true,
        stereotypeOvert: false,
        stereotypeSubtle: false,
        challengesStereotypes: false,
        refersToLaw: true,
        highlightsInequality: false,
      },
      people: [],
      journalists: [{ sex: 'female', role: 'reporter' }],
    } satisfies Pick<ContentAssessment, 'story' | 'people' | 'journalists'>
    const { coding: out, changes, unresolved } = carryContentCoding([v1, v11], coding)
    expect(out.story.topic).toBe('genderViolenceOther')
    expect(out.story.scope).toBe('national')
    expect(changes).toEqual([{ path: 'story.topic', list: 'topic', from: 'genderViolence', to: 'genderViolenceOther' }])
    expect(unresolved).toEqual([])
    expect(coding.story.topic).toBe('genderViolence')
  })

  it('traces indicators across versions so scores can be compared', () => {
    const chain = [v1, v11]
    expect(indicatorIdIn(chain, '1.0.0', 'A1.SO1.I1')).toEqual({ ids: ['A1.SO1.I1'], exact: true })
    expect(indicatorIdIn(chain, '1.0.0', 'A2.SO2.I2')).toEqual({ ids: ['A2.SO2.I2', 'A2.SO2.I4'], exact: false })
    expect(indicatorIdIn(chain, '1.1.0', 'A2.SO2.I4')).toEqual({ ids: ['A2.SO2.I4'], exact: true })
    expect(indicatorIdIn(chain, '0.9.0', 'A1.SO1.I1')).toBeUndefined()
  })
})

// --- The mechanism on small hand-made versions ---------------------------------------------

type Json = Record<string, unknown>
const t = (vi: string, en: string) => ({ vi, en })

function parsed(doc: Json): Rubric {
  const p = parseRubric(doc)
  if (!p.ok) throw new Error(p.problems.map(formatProblem).join('\n'))
  return p.value
}

function a1Questions(doc: Json): Json[] {
  const sections = doc.sections as Json[]
  const indicators = (sections[0] as Json).indicators as Json[]
  return (indicators[0] as Json).questions as Json[]
}

/** Version 2 of the fixture: A1.Q1 retired, A1.Q2 renamed, plus whatever `edit` does. */
function nextVersion(edit: (doc: Json) => void = () => {}): Json {
  const doc = minimalRubric()
  doc.version = '2.0.0'
  doc.changeSummary = t('Thay đổi', 'Changes')
  const qs = a1Questions(doc)
  qs.splice(0, 1)
  ;(qs[0] as Json).id = 'A1.Q2b'
  doc.previous = {
    version: '1.0.0',
    mappings: [
      { kind: 'retired', from: ['A1.Q1'], to: [] },
      { kind: 'renamed', from: ['A1.Q2'], to: ['A1.Q2b'] },
    ],
  }
  edit(doc)
  return doc
}

describe('checkMapping', () => {
  const v1 = parsed(minimalRubric())

  it('accepts a complete mapping', () => {
    expect(checkMapping(v1, parsed(nextVersion()))).toEqual([])
  })

  it('finds an old question that vanished without a mapping, and a new one not declared', () => {
    const v2 = parsed(
      nextVersion((doc) => {
        ;(doc.previous as Json).mappings = [{ kind: 'renamed', from: ['A1.Q2'], to: ['A1.Q2b'] }]
        a1Questions(doc).push({ id: 'A1.Q8', type: 'text', text: t('Mới', 'New'), required: false, allowNA: false })
      }),
    )
    expect(checkMapping(v1, v2).map(formatProblem)).toEqual([
      "previous.mappings: question 'A1.Q1' of 1.0.0 is not in 2.0.0 and no mapping says what became of it",
      "previous.mappings: question 'A1.Q8' is new in 2.0.0: declare it with a 'new' mapping",
    ])
  })

  it('finds unknown sources, ids claimed twice, type changes and mixed kinds', () => {
    const v2 = parsed(
      nextVersion((doc) => {
        const mappings = (doc.previous as Json).mappings as Json[]
        mappings.push({ kind: 'retired', from: ['A1.Q1'], to: [] })
        mappings.push({ kind: 'retired', from: ['NOPE'], to: [] })
        mappings.push({ kind: 'renamed', from: ['A1.Q7'], to: ['A1.Q6'] })
        mappings.push({ kind: 'merged', from: ['A1.SO1.I2', 'A1.Q3'], to: ['A1.Q5'] })
      }),
    )
    expect(checkMapping(v1, v2).map(formatProblem)).toEqual([
      "previous.mappings[2].from[0]: 'A1.Q1' is mapped twice (first at previous.mappings[0].from[0])",
      "previous.mappings[3].from[0]: no indicator or question 'NOPE' in 1.0.0",
      "previous.mappings[4]: 'A1.Q7' (text) and 'A1.Q6' (singleChoice) differ in type: answers cannot be carried as renamed",
      'previous.mappings[5]: maps indicators and questions together: map each kind on its own',
      "previous.mappings[4].to[0]: 'A1.Q6' carries on from 1.0.0 under its own id and would receive a second answer: map 'A1.Q6' explicitly",
      "previous.mappings[5].to[0]: 'A1.Q5' carries on from 1.0.0 under its own id and would receive a second answer: map 'A1.Q5' explicitly",
      "previous.mappings: 'A1.SO1.I2' is mapped away but still exists in 2.0.0: map it to itself or rename the new one",
      "previous.mappings: 'A1.Q3' is mapped away but still exists in 2.0.0: map it to itself or rename the new one",
      "previous.mappings: 'A1.Q7' is mapped away but still exists in 2.0.0: map it to itself or rename the new one",
    ])
  })

  it('requires a place for every code that left a code list', () => {
    const v2 = parsed(
      nextVersion((doc) => {
        const lists = (doc.contentCoding as Json).codeLists as Json
        lists.topic = [{ code: 't2', label: t('Kinh tế', 'Economy') }]
      }),
    )
    expect(checkMapping(v1, v2).map(formatProblem)).toEqual(['previous.codeMappings.topic: codes of 1.0.0 with no place in 2.0.0: t1'])
  })

  it('refuses a version that declares another previous version', () => {
    const v2 = parsed(nextVersion((doc) => ((doc.previous as Json).version = '0.5.0')))
    expect(checkMapping(v1, v2).map(formatProblem)).toEqual(['previous.version: declares 0.5.0, but was checked against 1.0.0'])
  })
})

describe('carryAnswers', () => {
  const v1 = parsed(minimalRubric())

  it('reports retired answers and answers to unknown questions, never dropping them', () => {
    const v2 = parsed(nextVersion())
    const answers: Record<string, Answer> = {
      'A1.Q1': { type: 'countBySex', counts: { women: 1, men: 2, other: 0, unknown: 0 } },
      'A1.Q2': { type: 'yesNo', value: 'yes', evidence: 'QĐ 1' },
      ghost: { type: 'text', text: 'từ một phiên bản lạ' },
    }
    const result = carryAnswers([v1, v2], answers)
    expect(result.answers).toEqual({ 'A1.Q2b': answers['A1.Q2'] })
    expect(result.retired).toEqual([
      { id: 'ghost', answer: answers.ghost, version: '1.0.0', reason: 'unknownQuestion' },
      { id: 'A1.Q1', answer: answers['A1.Q1'], version: '2.0.0', reason: 'retired' },
    ])
  })

  it('carries N/A only where the new question allows it', () => {
    const v2 = parsed(nextVersion((doc) => ((a1Questions(doc)[0] as Json).allowNA = false)))
    const result = carryAnswers([v1, v2], { 'A1.Q2': { type: 'na' } })
    expect(result.answers).toEqual({})
    expect(result.retired.map((r) => [r.id, r.reason])).toEqual([['A1.Q2', 'incompatible']])
    expect(result.toAnswer).toEqual(['A1.Q2b'])
  })

  it('copies a split answer where the type allows and asks for the rest', () => {
    const v2 = parsed(
      nextVersion((doc) => {
        a1Questions(doc).push({ id: 'A1.Q2c', type: 'countBySex', text: t('Số', 'Count'), required: true, allowNA: false })
        ;((doc.previous as Json).mappings as Json[])[1] = { kind: 'split', from: ['A1.Q2'], to: ['A1.Q2b', 'A1.Q2c'] }
      }),
    )
    expect(checkMapping(v1, v2)).toEqual([])
    const answer: Answer = { type: 'yesNo', value: 'no' }
    const result = carryAnswers([v1, v2], { 'A1.Q2': answer })
    expect(result.answers).toEqual({ 'A1.Q2b': answer })
    expect(result.toAnswer).toEqual(['A1.Q2c'])
    expect(result.retired).toEqual([])
  })

  it('keeps both answers of a merge it cannot combine, and asks for the merged question', () => {
    const v2 = parsed(
      nextVersion((doc) => {
        const qs = a1Questions(doc)
        qs.push({ id: 'A1.Q9', type: 'yesNo', text: t('Gộp', 'Merged'), required: true, allowNA: false })
        ;((doc.previous as Json).mappings as Json[]).splice(0, 2, { kind: 'merged', from: ['A1.Q1', 'A1.Q2'], to: ['A1.Q9'] })
        qs.splice(0, 1)
      }),
    )
    expect(checkMapping(v1, v2)).toEqual([])
    const answers: Record<string, Answer> = {
      'A1.Q1': { type: 'countBySex', counts: { women: 1, men: 1, other: 0, unknown: 0 } },
      'A1.Q2': { type: 'yesNo', value: 'yes' },
    }
    const result = carryAnswers([v1, v2], answers)
    expect(result.answers['A1.Q9']).toBeUndefined()
    expect(result.retired.map((r) => [r.id, r.reason])).toEqual([
      ['A1.Q1', 'incompatible'],
      ['A1.Q2', 'incompatible'],
    ])
    expect(result.toAnswer).toEqual(['A1.Q9'])
  })

  it('walks a chain of three versions', () => {
    const v2 = parsed(nextVersion())
    const v3doc = nextVersion((doc) => {
      doc.version = '3.0.0'
      ;(a1Questions(doc)[0] as Json).id = 'A1.Q2z'
      doc.previous = { version: '2.0.0', mappings: [{ kind: 'renamed', from: ['A1.Q2b'], to: ['A1.Q2z'] }] }
    })
    const v3 = parsed(v3doc)
    expect(checkMapping(v2, v3)).toEqual([])
    const answer: Answer = { type: 'yesNo', value: 'yes', evidence: 'x' }
    const result = carryAnswers([v1, v2, v3], { 'A1.Q2': answer })
    expect(result.answers).toEqual({ 'A1.Q2z': answer })
    expect(result.carried.map((c) => `${c.from}→${c.to}@${c.version}`)).toEqual(['A1.Q2→A1.Q2b@2.0.0', 'A1.Q2b→A1.Q2z@3.0.0'])
    expect(indicatorIdIn([v1, v2, v3], '1.0.0', 'A1.Q2')).toEqual({ ids: ['A1.Q2z'], exact: true })
  })

  it('leaves a retired code empty and reports it for the coder', () => {
    const v2 = parsed(
      nextVersion((doc) => {
        ;((doc.contentCoding as Json).codeLists as Json).topic = [{ code: 't2', label: t('Kinh tế', 'Economy') }]
        ;(doc.previous as Json).codeMappings = { topic: { t1: '' } }
      }),
    )
    expect(checkMapping(v1, v2)).toEqual([])
    const coding = {
      story: {
        topic: 't1',
        scope: 'local',
        aboutWomen: false,
        womenConcerns: false,
        stereotypeOvert: false,
        stereotypeSubtle: false,
        challengesStereotypes: false,
        refersToLaw: false,
        highlightsInequality: false,
      },
      people: [],
      journalists: [],
    }
    const { coding: out, unresolved } = carryContentCoding([v1, v2], coding)
    expect(out.story.topic).toBe('')
    expect(unresolved).toEqual([{ path: 'story.topic', list: 'topic', from: 't1', to: '' }])
  })
})
