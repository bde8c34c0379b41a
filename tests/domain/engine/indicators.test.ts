// Indicator values and scores, hand-computed. See the comments for each expected number.
import { describe, expect, it } from 'vitest'
import { buildScorecard } from '@/domain/scorecard'
import { applyRule, describeWithheld, parityScore } from '@/domain/scoring'
import type { EngineInput } from '@/domain/engine'
import type { IndicatorValue } from '@/domain/indicatorValues'
import type { Scorecard } from '@/domain/scorecard'
import { fullAnswers, item, orgAssessment, outlet, person, testPolicy, testProfile, testRubric, testRubricV11 } from '../../support/engineFixtures'

const Q1 = { start: '2026-01-01', end: '2026-03-31' }
const X = outlet('X', { channels: ['print', 'radio'] })

function workspace(profile = testProfile({ minimumSample: { people: 1, items: 1, staff: 1 } })): EngineInput {
  return {
    outlets: [X],
    rubrics: [testRubric()],
    profile,
    policy: testPolicy(),
    organisationAssessments: [orgAssessment('X', '2026-01-01', '2026-12-31', fullAnswers())],
    contentAssessments: [
      item('X', '2026-01-01', {
        story: { ...item('X', '2026-01-01').story, aboutWomen: true },
        people: [person('female', { quoted: true }), person('male', { function: 'expert' }), person('male', { function: 'spokesperson' }), person('unknown')],
        journalists: [
          { sex: 'female', role: 'reporter' },
          { sex: 'male', role: 'presenter' },
        ],
      }),
      item('X', '2026-03-31', {
        kind: 'broadcast',
        channel: 'radio',
        story: { ...item('X', '2026-01-01').story, stereotypeOvert: true },
        people: [person('female', { function: 'expert', occupation: 'scientist' }), person('other', { function: 'popularOpinion' }), person('male')],
        journalists: [{ sex: 'male', role: 'reporter' }],
        speakingSeconds: { female: 60, male: 120, other: 0, unknown: 30 },
      }),
      // outside the quarter, on both sides
      item('X', '2026-04-01', { people: [person('female'), person('female'), person('female')] }),
      item('X', '2025-12-31', { people: [person('male'), person('male')] }),
      // drafts never count
      item('X', '2026-02-01', { status: 'draft', people: [person('female'), person('female')] }),
    ],
  }
}

function byId(card: Scorecard, id: string) {
  const found = card.indicators.find((i) => i.indicatorId === id)
  if (!found) throw new Error(id)
  return found
}

function share(v: IndicatorValue) {
  if (v.kind !== 'womenShare' && v.kind !== 'itemShare') throw new Error(`not a share: ${v.kind}`)
  return v.share
}

describe('Category B values (period boundaries inclusive, drafts excluded)', () => {
  const card = buildScorecard(workspace(), { outletId: 'X', period: Q1 })

  it.each([
    // id, numerator, denominator, value
    ['B1.1', 2, 5, 0.4], // people: F,F / F,F,M,M,M (other 1 and unknown 1 beside)
    ['B1.2', 2, 4, 0.5], // sources: quoted F, expert M, spokesperson M, expert F, popularOpinion O(not in denominator)
    ['B1.3', 1, 2, 0.5], // experts: F and M
    ['B1.5', 1, 2, 0.5], // items about women: 1 of 2
    ['B1.6', 1, 2, 0.5], // items with overt stereotypes: 1 of 2
    ['B1.7', 1, 2, 0.5], // reporters: F, M (presenter not counted)
    ['B1.8', 60, 180, 1 / 3], // seconds: 60 F / (60 + 120)
    ['B1.9', 1, 1, 1], // scientists: one woman
  ])('%s = %i / %i', (id, x, n, value) => {
    const s = share(byId(card, id).value)
    expect(s.numerator).toBe(x)
    expect(s.denominator).toBe(n)
    expect(s.value).toBeCloseTo(value, 9)
  })

  it('counts other and unknown beside the share', () => {
    const v = byId(card, 'B1.1').value
    expect(v).toMatchObject({ kind: 'womenShare', counts: { women: 2, men: 3, other: 1, unknown: 1 }, sample: 7, rule: 'womenOverWomenAndMen' })
    expect(byId(card, 'B1.2').value).toMatchObject({ counts: { women: 2, men: 2, other: 1, unknown: 0 } })
    expect(card.sample).toMatchObject({ contentItems: 2, people: { women: 2, men: 3, other: 1, unknown: 1 } })
  })

  it('speaking time is a ratio of seconds without an interval, sized by broadcast items', () => {
    const v = byId(card, 'B1.8').value
    expect(v).toMatchObject({ unit: 'broadcastItems', sample: 1, counts: { women: 60, men: 120, other: 0, unknown: 30 } })
    expect(share(v).low).toBeNull()
  })

  it('the distribution by function is diagnostic: counted by sex, not scored', () => {
    const entry = byId(card, 'B1.4')
    expect(entry.value.kind).toBe('distribution')
    if (entry.value.kind !== 'distribution') return
    const rows = Object.fromEntries(entry.value.rows.map((r) => [r.code, r.counts]))
    expect(rows).toEqual({
      subject: { women: 1, men: 1, other: 0, unknown: 1 },
      spokesperson: { women: 0, men: 1, other: 0, unknown: 0 },
      expert: { women: 1, men: 1, other: 0, unknown: 0 },
      popularOpinion: { women: 0, men: 0, other: 1, unknown: 0 },
    })
    expect(entry.score).toBeNull()
    expect(entry.withheld).toEqual({ code: 'notScored' })
    expect(card.byFunction.map((r) => r.code)).toEqual(['subject', 'spokesperson', 'expert', 'popularOpinion'])
  })

  it('not applicable: ads for an outlet without advertising, A3 for a newsroom', () => {
    expect(byId(card, 'B2.1')).toMatchObject({ applicable: false, score: null, value: { kind: 'notApplicable', reason: 'ads' } })
    expect(byId(card, 'B2.2').value).toEqual({ kind: 'notApplicable', reason: 'ads' })
    expect(byId(card, 'A3.1').value).toEqual({ kind: 'notApplicable', reason: 'userGroup' })
    expect(card.sections.find((s) => s.sectionId === 'B2')!.score).toMatchObject({ applicable: false, score: null, indicatorsNotApplicable: 2 })
  })

  it('ads: share by rating and by role women are shown in', () => {
    const adOutlet = outlet('AD', { carriesAds: true })
    const ad = (rating: 'stereotyped' | 'neutral' | 'genderSensitive', womenRoles: string[]) =>
      item('AD', '2026-02-02', { kind: 'advertisement', ad: { rating, womenRoles, menRoles: [] } })
    const c = buildScorecard(
      { ...workspace(), outlets: [adOutlet], contentAssessments: [ad('stereotyped', ['homemaker']), ad('neutral', ['homemaker', 'professional']), ad('genderSensitive', ['professional']), ad('stereotyped', [])] },
      { outletId: 'AD', period: Q1 },
    )
    expect(share(byId(c, 'B2.1').value)).toMatchObject({ numerator: 2, denominator: 4, value: 0.5 })
    expect(share(byId(c, 'B2.2').value)).toMatchObject({ numerator: 2, denominator: 4, value: 0.5 })
    // stereotyped ads default to lowerIsBetter (worst 1): 100 × (1 − 0.5); a role share has no default rule
    expect(byId(c, 'B2.1').score).toBeCloseTo(50, 9)
    expect(byId(c, 'B2.2').withheld).toEqual({ code: 'noRule' })
    const ruled = buildScorecard(
      { ...workspace(testProfile({ minimumSample: { people: 1, items: 1, staff: 1 }, indicatorRules: { 'B2.2': { rule: 'lowerIsBetter', worst: 0.5 } } })), outlets: [adOutlet], contentAssessments: [ad('neutral', ['homemaker']), ad('neutral', [])] },
      { outletId: 'AD', period: Q1 },
    )
    // 1 of 2 ads shows a woman as homemaker: 100 × (1 − 0.5 / 0.5) = 0
    expect(byId(ruled, 'B2.2').score).toBeCloseTo(0, 9)
  })
})

describe('Category A values', () => {
  const card = buildScorecard(workspace(), { outletId: 'X', period: Q1 })

  it('shares by sex at each level, pay gap, policies with evidence', () => {
    const a11 = byId(card, 'A1.1').value
    expect(a11.kind).toBe('questions')
    if (a11.kind !== 'questions') return
    expect(a11.questions.map((q) => (q.type === 'countBySex' ? q.share.value : null))).toEqual([0.5, 0.2])
    expect(byId(card, 'A1.2').value).toMatchObject({ questions: [{ type: 'amountBySex', women: 9, men: 10, gap: expect.closeTo(0.1, 9) }] })
    expect(byId(card, 'A1.3').value).toMatchObject({ questions: [{ type: 'yesNo', value: 'yes', evidence: 'QĐ 12/2024', evidenceRequired: true }] })
    expect(byId(card, 'A2.1').value).toMatchObject({ questions: [{ type: 'maturity', level: 2, highest: 3 }] })
    expect(byId(card, 'A2.2').value).toMatchObject({ questions: [{ type: 'checklist', total: 4 }] })
    expect(card.sample.organisationAssessmentId).not.toBeNull()
  })

  it('pay gap with no men has no gap; all questions N/A makes the indicator N/A', () => {
    const answers = { ...fullAnswers(), pay: { type: 'na' as const } }
    const c = buildScorecard({ ...workspace(), organisationAssessments: [orgAssessment('X', '2026-01-01', '2026-03-31', answers)] }, { outletId: 'X', period: Q1 })
    expect(byId(c, 'A1.2')).toMatchObject({ applicable: false, value: { kind: 'notApplicable', reason: 'allQuestionsNA' } })
    const noMen = { ...fullAnswers(), pay: { type: 'amountBySex' as const, amounts: { women: 10, men: 0 } } }
    const c2 = buildScorecard({ ...workspace(), organisationAssessments: [orgAssessment('X', '2026-01-01', '2026-03-31', noMen)] }, { outletId: 'X', period: Q1 })
    expect(byId(c2, 'A1.2').value).toMatchObject({ questions: [{ gap: null }] })
    expect(byId(c2, 'A1.2').withheld).toEqual({ code: 'notScored' })
  })
})

describe('scores', () => {
  it.each([
    [0.5, 'twoSided', 100],
    [0.4, 'twoSided', 80],
    [0.2, 'twoSided', 40],
    [0.8, 'twoSided', 40],
    [0, 'twoSided', 0],
    [1, 'twoSided', 0],
    [0.25, 'oneSided', 50],
    [0.7, 'oneSided', 100],
  ] as const)('parity(%f, %s) = %f', (p, kind, score) => expect(parityScore(p, kind)).toBeCloseTo(score, 9))

  it.each([
    [{ rule: 'higherIsBetter', target: 0.5 } as const, 0.25, 50],
    [{ rule: 'higherIsBetter', target: 0.5 } as const, 0.75, 100],
    [{ rule: 'lowerIsBetter', worst: 0.2 } as const, 0.05, 75],
    [{ rule: 'lowerIsBetter', worst: 0.2 } as const, 0.3, 0],
    [{ rule: 'gap', worst: 0.5 } as const, -0.1, 80],
    [{ rule: 'gap', worst: 0.25 } as const, 0.1, 60],
  ])('%o applied to %f = %f', (rule, x, score) => expect(applyRule(rule, x, 'twoSided')).toBeCloseTo(score, 9))

  it('indicator, section, category and overall scores (hand-computed)', () => {
    const card = buildScorecard(workspace(), { outletId: 'X', period: Q1 })
    const scores = Object.fromEntries(card.indicators.map((i) => [i.indicatorId, i.score]))
    // A1.1: board 0.5 → 100, leaders 0.2 → 40: mean 70. A1.2: gap 0.1, worst 0.5 → 80. A1.3: yes + evidence → 100.
    // A2.1: level 2 of 3 → 66.67. A2.2: 3 of 4 → 75.
    // B1: 0.4 → 80, 0.5 → 100, 0.5 → 100, about women 0.5 → 50, overt 0.5 → 50, reporters 0.5 → 100,
    //     speaking 1/3 → 66.67, scientists 1.0 → 0.
    const expected: Record<string, number | null> = {
      'A1.1': 70, 'A1.2': 80, 'A1.3': 100, 'A2.1': 200 / 3, 'A2.2': 75, 'A3.1': null,
      'B1.1': 80, 'B1.2': 100, 'B1.3': 100, 'B1.4': null, 'B1.5': 50, 'B1.6': 50, 'B1.7': 100, 'B1.8': 200 / 3, 'B1.9': 0,
      'B2.1': null, 'B2.2': null,
    }
    for (const [id, score] of Object.entries(expected)) {
      if (score === null) expect(scores[id], id).toBeNull()
      else expect(scores[id], id).toBeCloseTo(score, 6)
    }
    const section = (id: string) => card.sections.find((s) => s.sectionId === id)!.score.score
    const a1 = (70 + 80 + 100) / 3
    const a2 = (200 / 3 + 75) / 2
    const b1 = (80 + 100 + 100 + 50 + 50 + 100 + 200 / 3 + 0) / 8
    expect(section('A1')).toBeCloseTo(a1, 6)
    expect(section('A2')).toBeCloseTo(a2, 6)
    expect(section('A3')).toBeNull()
    expect(section('B1')).toBeCloseTo(b1, 6)
    expect(card.categories.A).toBeCloseTo((a1 + a2) / 2, 6)
    expect(card.categories.B).toBeCloseTo(b1, 6)
    expect(card.overall).toBeCloseTo(((a1 + a2) / 2 + b1) / 2, 6)
  })

  it('weights: section and category weights of the profile', () => {
    const p = testProfile({ minimumSample: { people: 1, items: 1, staff: 1 }, sectionWeights: { A1: 3 }, categoryWeights: { A: 1, B: 0 } })
    const card = buildScorecard(workspace(p), { outletId: 'X', period: Q1 })
    const a1 = (70 + 80 + 100) / 3
    const a2 = (200 / 3 + 75) / 2
    expect(card.categories.A).toBeCloseTo((3 * a1 + a2) / 4, 6)
    expect(card.overall).toBeCloseTo((3 * a1 + a2) / 4, 6)
  })

  it('yes without the evidence required scores the profile’s yesWithoutEvidence points', () => {
    const answers = { ...fullAnswers(), harassment: { type: 'yesNo' as const, value: 'yes' as const } }
    const card = buildScorecard({ ...workspace(), organisationAssessments: [orgAssessment('X', '2026-01-01', '2026-03-31', answers)] }, { outletId: 'X', period: Q1 })
    // yesWithoutEvidence 0.5 of yes 1 → 50
    expect(byId(card, 'A1.3').score).toBeCloseTo(50, 9)
    expect(byId(card, 'A1.3').value).toMatchObject({ questions: [{ type: 'yesNo', value: 'yes', evidenceRequired: true }] })
    const no = { ...fullAnswers(), harassment: { type: 'yesNo' as const, value: 'no' as const } }
    const card2 = buildScorecard({ ...workspace(), organisationAssessments: [orgAssessment('X', '2026-01-01', '2026-03-31', no)] }, { outletId: 'X', period: Q1 })
    expect(byId(card2, 'A1.3').score).toBe(0)
  })

  it('withholds scores below the minimum sample, with the reason in words', () => {
    const card = buildScorecard(workspace(testProfile({ minimumSample: { people: 10, items: 5, staff: 7 } })), { outletId: 'X', period: Q1 })
    expect(byId(card, 'B1.1')).toMatchObject({ score: null, withheld: { code: 'sampleTooSmall', unit: 'people', n: 5, minimum: 10 } })
    expect(byId(card, 'B1.5').withheld).toEqual({ code: 'sampleTooSmall', unit: 'items', n: 2, minimum: 5 })
    expect(byId(card, 'B1.8').withheld).toEqual({ code: 'sampleTooSmall', unit: 'items', n: 1, minimum: 5 })
    // board has 6 staff (< 7): withheld; leaders has 10: scored 40
    expect(byId(card, 'A1.1').score).toBeCloseTo(40, 9)
    expect(describeWithheld(byId(card, 'B1.1').withheld!, 'en')).toBe('only 5 people coded as a woman or a man; the profile needs 10')
    expect(describeWithheld(byId(card, 'B1.5').withheld!, 'en')).toBe('only 2 content items coded; the profile needs 5')
    expect(describeWithheld(byId(card, 'B1.5').withheld!, 'vi')).toBe('chỉ có 2 tin bài được mã hóa; hồ sơ chấm điểm cần 5')
    expect(card.sections.find((s) => s.sectionId === 'B1')!.score.score).toBeNull()
    expect(card.categories.B).toBeNull()
    expect(card.overall).toBeCloseTo(card.categories.A!, 9)
  })

  it('empty samples: no items, no assessment → no data everywhere, no score', () => {
    const card = buildScorecard({ ...workspace(), contentAssessments: [], organisationAssessments: [] }, { outletId: 'X', period: Q1 })
    expect(share(byId(card, 'B1.1').value)).toEqual({ numerator: 0, denominator: 0, value: null, low: null, high: null })
    expect(byId(card, 'B1.1').withheld).toEqual({ code: 'noData' })
    expect(byId(card, 'A1.1').withheld).toEqual({ code: 'noData' })
    expect(card.overall).toBeNull()
    expect(card.sample.organisationAssessmentId).toBeNull()
  })

  it('all-unknown sex: counted, no share, score withheld', () => {
    const card = buildScorecard(
      { ...workspace(), contentAssessments: [item('X', '2026-02-01', { people: [person('unknown', { quoted: true }), person('unknown'), person('other')] })] },
      { outletId: 'X', period: Q1 },
    )
    expect(byId(card, 'B1.1').value).toMatchObject({ counts: { women: 0, men: 0, other: 1, unknown: 2 }, share: { value: null, denominator: 0 } })
    expect(byId(card, 'B1.1').withheld).toEqual({ code: 'sampleTooSmall', unit: 'people', n: 0, minimum: 1 })
  })

  it('N/A everywhere: no applicable section gives no score at all, never 0', () => {
    const rubric = testRubric()
    for (const s of rubric.sections) s.appliesTo = { userGroups: ['trainingInstitution'] }
    const card = buildScorecard({ ...workspace(), rubrics: [rubric] }, { outletId: 'X', period: Q1 })
    expect(card.indicators.every((i) => !i.applicable && i.score === null)).toBe(true)
    expect(card.sections.every((s) => !s.score.applicable)).toBe(true)
    expect(card.categories).toEqual({ A: null, B: null })
    expect(card.overall).toBeNull()
  })
})

describe('mixed rubric versions', () => {
  it('carries 1.0.0 answers and codes to 1.1.0 and lists the versions used', () => {
    const input = workspace()
    input.rubrics = [testRubric(), testRubricV11()]
    input.contentAssessments = [
      ...(input.contentAssessments as ReturnType<typeof item>[]),
      item('X', '2026-02-10', { rubricVersion: '1.1.0', people: [person('male', { occupation: 'researcher' })] }),
    ]
    const card = buildScorecard(input, { outletId: 'X', period: Q1 })
    expect(card.rubric).toEqual({ rubricId: 'test', rubricVersion: '1.1.0' })
    expect(card.rubricVersionsUsed).toEqual([
      { rubricId: 'test', rubricVersion: '1.0.0', organisationAssessments: 1, contentItems: 2 },
      { rubricId: 'test', rubricVersion: '1.1.0', organisationAssessments: 0, contentItems: 1 },
    ])
    // board → boardMembers (renamed): A1.1 still scores 70
    expect(byId(card, 'A1.1').score).toBeCloseTo(70, 9)
    expect(card.indicators.some((i) => i.indicatorId === 'A1.2')).toBe(false)
    // scientist (1.0.0) → researcher (1.1.0): one woman + one man
    expect(share(byId(card, 'B1.9').value)).toMatchObject({ numerator: 1, denominator: 2 })
    expect(card.notes.join('\n')).toMatch(/pay/)
  })

  it('items and assessments under an unknown version are left out with one note each kind, never silently', () => {
    const input = workspace()
    input.contentAssessments = [
      ...(input.contentAssessments as ReturnType<typeof item>[]),
      item('X', '2026-02-10', { rubricVersion: '9.9.9', people: [person('female')] }),
      item('X', '2026-02-11', { rubricVersion: '9.9.9', people: [person('female')] }),
    ]
    input.organisationAssessments = [orgAssessment('X', '2026-01-01', '2026-03-31', fullAnswers(), { rubricVersion: '9.9.9' })]
    const card = buildScorecard(input, { outletId: 'X', period: Q1 })
    expect(card.sample.contentItems).toBe(2)
    expect(card.notes).toContain('2 content item(s) made with rubric test 9.9.9, which is not known: left out')
    expect(card.notes.some((n) => /organisation assessment .* 9\.9\.9 cannot be carried/.test(n))).toBe(true)
    expect(card.sample.organisationAssessmentId).toBeNull()
  })
})

describe('scorecard trend and profile', () => {
  it('women among sources by quarter, the last 8 quarters to the period end; A-section profile', () => {
    const input = workspace()
    input.contentAssessments = [
      item('X', '2025-06-30', { people: [person('female', { quoted: true }), person('male', { quoted: true })] }), // 2025-Q2
      item('X', '2025-07-01', { people: [person('male', { quoted: true })] }), // 2025-Q3
      item('X', '2026-03-31', { people: [person('female', { quoted: true }), person('female', { quoted: true }), person('male', { quoted: true })] }), // 2026-Q1
      item('X', '2024-03-31', { people: [person('female', { quoted: true })] }), // 2024-Q1: outside the 8 quarters
    ]
    const card = buildScorecard(input, { outletId: 'X', period: Q1 })
    expect(card.trend.map((t) => t.quarter)).toEqual(['2024-Q2', '2024-Q3', '2024-Q4', '2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1'])
    expect(card.trend.map((t) => t.share.value)).toEqual([null, null, null, null, 0.5, 0, null, 2 / 3])
    expect(card.trend[7]!.period).toEqual(Q1)
    expect(card.period).toEqual({ ...Q1, label: '2026-Q1' })
    const a1 = card.sectionProfile.find((s) => s.sectionId === 'A1')!
    expect(a1).toMatchObject({ applicable: true, questionsApplicable: 4, questionsAnswered: 4 })
    expect(card.sectionProfile.find((s) => s.sectionId === 'A3')).toMatchObject({ applicable: false, questionsApplicable: 0 })
    expect(card.adoption.outletId).toBe('X')
    expect(card.profile).toMatchObject({ id: 'test-profile', version: '1.0.0' })
    expect(card.policy).toEqual({ id: 'test-policy', version: '1.0.0' })
  })
})
