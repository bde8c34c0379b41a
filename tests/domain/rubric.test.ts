import { describe, expect, it } from 'vitest'
import { compareSemver, indexRubric, isApplicable, parseRubric } from '@/domain/rubric'
import { formatProblem } from '@/domain/validate'
import { minimalRubric } from '../fixtures/minimalRubric'

type Json = Record<string, unknown>

/** Applies a change to a fresh copy of the valid fixture and returns the problems as text. */
function problemsAfter(change: (r: Json) => void): string[] {
  const r = minimalRubric()
  change(r)
  const parsed = parseRubric(r)
  return parsed.ok ? [] : parsed.problems.map(formatProblem)
}

// Reach into the fixture by path without fighting the types of a deliberately broken copy.
function at(r: Json, path: (string | number)[]): Json {
  return path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], r) as Json
}

describe('parseRubric', () => {
  it('accepts the valid fixture and keeps its content', () => {
    const parsed = parseRubric(minimalRubric())
    expect(parsed.ok).toBe(true)
    if (!parsed.ok) return
    expect(parsed.value.sections.map((s) => s.id)).toEqual(['A1', 'B1'])
    expect(parsed.value.sections[1]?.indicators[1]?.measure).toEqual({ metric: 'people.womenShare', filter: { function: 'expert' } })
    const { indicators, questions } = indexRubric(parsed.value)
    expect([...indicators.keys()]).toEqual(['A1.SO1.I1', 'A1.SO1.I2', 'B1.SO1.I1', 'B1.SO1.I2'])
    expect(questions.get('A1.Q4')?.question.unit?.vi).toBe('VNĐ/tháng')
  })

  const cases: { name: string; change: (r: Json) => void; expected: string[] }[] = [
    {
      name: 'a missing Vietnamese text',
      change: (r) => delete at(r, ['sections', 1, 'indicators', 0, 'text']).vi,
      expected: ['sections[1].indicators[0].text.vi: missing'],
    },
    {
      name: 'an empty English title',
      change: (r) => (at(r, ['sections', 0, 'title']).en = '  '),
      expected: ['sections[0].title.en: must not be empty'],
    },
    {
      name: 'a wrong section id',
      change: (r) => (at(r, ['sections', 1]).id = 'B3'),
      expected: ['sections[1].id: expected one of A1, A2, A3, A4, A5, B1, B2'],
    },
    {
      name: 'a version that is not semver',
      change: (r) => (r.version = '1.0'),
      expected: ['version: does not match ^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$'],
    },
    {
      name: 'a duplicate question id in another indicator',
      change: (r) => (at(r, ['sections', 0, 'indicators', 1, 'questions', 0]).id = 'A1.Q1'),
      expected: ["sections[0].indicators[1].questions[0].id: duplicate question id 'A1.Q1' (first used at sections[0].indicators[0].questions[0].id)"],
    },
    {
      name: 'an indicator id reused by a question',
      change: (r) => (at(r, ['sections', 0, 'indicators', 1, 'questions', 4]).id = 'A1.SO1.I1'),
      expected: ["sections[0].indicators[1].questions[4].id: duplicate question id 'A1.SO1.I1' (first used at sections[0].indicators[0].id)"],
    },
    {
      name: 'an unknown strategic objective',
      change: (r) => (at(r, ['sections', 0, 'indicators', 0]).objective = 'A1.SO9'),
      expected: ["sections[0].indicators[0].objective: no strategic objective 'A1.SO9' in this section"],
    },
    {
      name: 'a checklist without options',
      change: (r) => delete at(r, ['sections', 0, 'indicators', 1, 'questions', 0]).options,
      expected: ['sections[0].indicators[1].questions[0].options: missing: checklist questions need options'],
    },
    {
      name: 'a maturity question without levels, and levels with a gap',
      change: (r) => {
        delete at(r, ['sections', 0, 'indicators', 1, 'questions', 2]).levels
        at(r, ['sections', 0, 'indicators', 1, 'questions', 2]).type = 'maturity'
        at(r, ['sections', 0, 'indicators', 1, 'questions', 3]).type = 'maturity'
        at(r, ['sections', 0, 'indicators', 1, 'questions', 3]).levels = [
          { level: 0, label: { vi: 'a', en: 'a' } },
          { level: 2, label: { vi: 'b', en: 'b' } },
        ]
        delete at(r, ['sections', 0, 'indicators', 1, 'questions', 3]).options
      },
      expected: [
        'sections[0].indicators[1].questions[2].levels: missing: maturity questions need levels',
        'sections[0].indicators[1].questions[3].levels[1].level: expected 1: levels count up from 0 without gaps',
      ],
    },
    {
      name: 'an amount question without a unit, and a unit on a count',
      change: (r) => {
        delete at(r, ['sections', 0, 'indicators', 1, 'questions', 1]).unit
        at(r, ['sections', 0, 'indicators', 0, 'questions', 0]).unit = { vi: 'người', en: 'people' }
      },
      expected: [
        'sections[0].indicators[0].questions[0].unit: not used by countBySex questions',
        'sections[0].indicators[1].questions[1].unit: missing: amountBySex questions need a unit',
      ],
    },
    {
      name: 'a B indicator without a measure',
      change: (r) => delete at(r, ['sections', 1, 'indicators', 0]).measure,
      expected: ['sections[1].indicators[0].measure: missing: Category B indicators are computed from content codings'],
    },
    {
      name: 'a metric the engine does not know',
      change: (r) => (at(r, ['sections', 1, 'indicators', 0, 'measure']).metric = 'people.menShare'),
      expected: [expect.stringMatching(/^sections\[1\]\.indicators\[0\]\.measure\.metric: expected one of people\.womenShare, /) as unknown as string],
    },
    {
      name: 'a filter on a code that is not in the list',
      change: (r) => (at(r, ['sections', 1, 'indicators', 1, 'measure', 'filter']).function = 'celebrity'),
      expected: ["sections[1].indicators[1].measure.filter.function: 'celebrity' is not a code of the function list"],
    },
    {
      name: 'a distribution that is scored',
      change: (r) => (at(r, ['sections', 1, 'indicators', 1]).measure = { metric: 'people.distribution', filter: { by: 'occupation' } }),
      expected: ['sections[1].indicators[1].scored: people.distribution is a distribution: set scored to false'],
    },
    {
      name: 'an items.share without its flag',
      change: (r) => (at(r, ['sections', 1, 'indicators', 1]).measure = { metric: 'items.share' }),
      expected: ['sections[1].indicators[1].measure.filter: missing: items.share needs a filter on flag'],
    },
    {
      name: 'an incomplete function code list',
      change: (r) => {
        const list = at(r, ['contentCoding', 'codeLists']).function as unknown[]
        list.splice(4, 1)
      },
      expected: ['contentCoding.codeLists.function: missing required codes: eyewitness'],
    },
    {
      name: 'a journalist role list without presenter',
      change: (r) => ((at(r, ['contentCoding', 'codeLists']) as Json).journalistRole = [{ code: 'reporter', label: { vi: 'PV', en: 'Reporter' } }, { code: 'other', label: { vi: 'Khác', en: 'Other' } }]),
      expected: ['contentCoding.codeLists.journalistRole: missing required codes: presenter'],
    },
    {
      name: 'a text in decomposed Unicode (NFD)',
      change: (r) => (at(r, ['sections', 0, 'title']).vi = 'Cân bằng giới'.normalize('NFD')),
      expected: ['sections[0].title.vi: not in Unicode NFC: normalise the file'],
    },
    {
      name: 'a misspelt field',
      change: (r) => (at(r, ['sections', 0, 'indicators', 0]).gudiance = { vi: 'x', en: 'x' }),
      expected: ['sections[0].indicators[0].gudiance: unknown field'],
    },
    {
      name: 'applicability to an unknown user group',
      change: (r) => (at(r, ['sections', 0]).appliesTo = { userGroups: ['school'] }),
      expected: ['sections[0].appliesTo.userGroups[0]: expected one of newsroom, association, trainingInstitution'],
    },
    {
      name: 'a section in the wrong category',
      change: (r) => (at(r, ['sections', 1]).category = 'A'),
      expected: [
        'sections[1].category: section B1 belongs to category B',
        'sections[1].indicators[0].measure: Category A indicators are answered by questions, not measured',
        'sections[1].indicators[0].questions: must not be empty: Category A indicators are answered by questions',
        'sections[1].indicators[1].measure: Category A indicators are answered by questions, not measured',
        'sections[1].indicators[1].questions: must not be empty: Category A indicators are answered by questions',
      ],
    },
    {
      name: 'a previous version without a change summary, a newer previous, and a mapping to nowhere',
      change: (r) => {
        r.previous = { version: '2.0.0', mappings: [{ kind: 'renamed', from: ['X'], to: ['Y'] }] }
      },
      expected: [
        "previous.version: must be older than this rubric's version 1.0.0",
        "previous.mappings[0].to[0]: no indicator or question 'Y' in this version",
        'changeSummary: missing: a version with a previous one says what changed',
      ],
    },
    {
      name: 'a split into one part',
      change: (r) => {
        r.changeSummary = { vi: 'x', en: 'x' }
        r.previous = { version: '0.9.0', mappings: [{ kind: 'split', from: ['A1.Q1'], to: ['A1.Q1'] }] }
      },
      expected: ['previous.mappings[0]: split maps one id to two or more (got 1 → 1)'],
    },
    {
      name: 'a code mapping to a code that does not exist',
      change: (r) => {
        r.changeSummary = { vi: 'x', en: 'x' }
        r.previous = { version: '0.9.0', mappings: [], codeMappings: { topic: { old1: 't1', old2: 't9', old3: '' } } }
      },
      expected: ["previous.codeMappings.topic.old2: 't9' is not a code of this version's topic list"],
    },
  ]

  it.each(cases)('reports $name with its exact path', ({ change, expected }) => {
    expect(problemsAfter(change)).toEqual(expected)
  })

  it('reports every problem at once, not only the first', () => {
    const problems = problemsAfter((r) => {
      delete at(r, ['sections', 0, 'indicators', 0, 'text']).vi
      delete at(r, ['sections', 1, 'indicators', 1, 'text']).en
      r.published = '2024-13-01'
    })
    expect(problems).toHaveLength(3)
  })

  it('refuses a newer format version whole, with a clear message', () => {
    const problems = problemsAfter((r) => {
      r.formatVersion = 2
      r.sections = 'garbage'
    })
    expect(problems).toEqual([
      'formatVersion: this file uses format version 2, newer than the 1 this version of GIM Index reads: update the app',
    ])
  })

  it('refuses another format', () => {
    expect(problemsAfter((r) => (r.format = 'gim-submission'))).toEqual(['format: expected "gim-rubric", got "gim-submission"'])
  })

  it('never throws and never pollutes prototypes on hostile input', () => {
    const hostile = [
      null,
      42,
      'x',
      [],
      JSON.parse('{"format":"gim-rubric","formatVersion":1,"__proto__":{"polluted":true},"sections":[{"__proto__":{"x":1}}]}'),
      JSON.parse(
        '{"format":"gim-rubric","formatVersion":1,"previous":{"version":"0.1.0","mappings":[],"codeMappings":{"topic":{"__proto__":"t1","constructor":"t1"}}}}',
      ),
    ]
    let deep: unknown = {}
    for (let i = 0; i < 5000; i++) deep = { format: 'gim-rubric', formatVersion: 1, sections: [deep] }
    hostile.push(deep)
    for (const input of hostile) {
      const parsed = parseRubric(input)
      expect(parsed.ok).toBe(false)
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(({} as Record<string, unknown>).x).toBeUndefined()
  })

  it('reports a __proto__ code mapping as invalid instead of using it', () => {
    const problems = problemsAfter((r) => {
      r.changeSummary = { vi: 'x', en: 'x' }
      r.previous = JSON.parse('{"version":"0.9.0","mappings":[],"codeMappings":{"topic":{"__proto__":"t1"}}}')
    })
    expect(problems).toEqual(['previous.codeMappings.topic.__proto__: not a valid code'])
  })
})

describe('rubric helpers', () => {
  it('compares semantic versions numerically', () => {
    expect(compareSemver('1.10.0', '1.9.0')).toBe(1)
    expect(compareSemver('1.0.0', '1.0.0')).toBe(0)
    expect(compareSemver('0.9.9', '1.0.0')).toBe(-1)
  })

  it('decides applicability by user group, channel and advertising', () => {
    const newsroom = { userGroup: 'newsroom' as const, channels: ['print' as const], carriesAds: false }
    expect(isApplicable(undefined, newsroom)).toBe(true)
    expect(isApplicable({ userGroups: ['association'] }, newsroom)).toBe(false)
    expect(isApplicable({ channels: ['radio', 'tv'] }, newsroom)).toBe(false)
    expect(isApplicable({ channels: ['radio', 'tv'] }, { ...newsroom, channels: ['tv'] })).toBe(true)
    expect(isApplicable({ requiresAds: true }, newsroom)).toBe(false)
    expect(isApplicable({ requiresAds: true }, { ...newsroom, carriesAds: true })).toBe(true)
  })
})
