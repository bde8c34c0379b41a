// Small rubrics, profile, policy and record builders for the engine's tests (hand-computable).
import type { AdoptionPolicy } from '@/domain/adoptionPolicy'
import type { Answer, ContentAssessment, OrganisationAssessment, PersonRow, Sex } from '@/domain/assessment'
import type { Outlet } from '@/domain/outlet'
import type { Code, Indicator, Question, Rubric, Section } from '@/domain/rubric'
import type { ScoringProfile } from '@/domain/scoringProfile'

const t = (s: string) => ({ vi: s, en: s })
const codes = (...ids: string[]): Code[] => ids.map((code) => ({ code, label: t(code) }))

function q(id: string, type: Question['type'], extra: Partial<Question> = {}): Question {
  return { id, type, text: t(id), required: true, allowNA: false, ...extra }
}

function ind(id: string, extra: Partial<Indicator> = {}): Indicator {
  return { id, objective: 'o1', text: t(id), provenance: 'reconstructed', meansOfVerification: [], questions: [], scored: true, ...extra }
}

function section(id: Section['id'], indicators: Indicator[], extra: Partial<Section> = {}): Section {
  return { id, category: id.startsWith('A') ? 'A' : 'B', title: t(id), objectives: [{ id: 'o1', text: t('o1') }], indicators, ...extra }
}

export function testRubric(version = '1.0.0'): Rubric {
  return {
    format: 'gim-rubric',
    formatVersion: 1,
    id: 'test',
    version,
    title: t('Test'),
    issuer: t('Test'),
    basedOn: t('GSIM'),
    published: '2024-01-01',
    sections: [
      section('A1', [
        ind('A1.1', { questions: [q('board', 'countBySex'), q('leaders', 'countBySex')] }),
        ind('A1.2', { questions: [q('pay', 'amountBySex', { unit: t('VND'), allowNA: true })] }),
        ind('A1.3', { questions: [q('harassment', 'yesNo', { evidenceRequired: true })] }),
      ]),
      section('A2', [
        ind('A2.1', {
          questions: [q('codeMaturity', 'maturity', { levels: [0, 1, 2, 3].map((level) => ({ level, label: t(String(level)) })) })],
        }),
        ind('A2.2', { questions: [q('training', 'checklist', { options: ['a', 'b', 'c', 'd'].map((id) => ({ id, label: t(id) })) })] }),
      ]),
      section('A3', [ind('A3.1', { questions: [q('assocPolicy', 'yesNo')] })], { appliesTo: { userGroups: ['association'] } }),
      section('B1', [
        ind('B1.1', { measure: { metric: 'people.womenShare' } }),
        ind('B1.2', { measure: { metric: 'sources.womenShare' } }),
        ind('B1.3', { measure: { metric: 'people.womenShare', filter: { function: 'expert' } } }),
        ind('B1.4', { measure: { metric: 'people.distribution', filter: { by: 'function' } }, scored: false }),
        ind('B1.5', { measure: { metric: 'items.share', filter: { flag: 'aboutWomen' } } }),
        ind('B1.6', { measure: { metric: 'items.share', filter: { flag: 'stereotypeOvert' } } }),
        ind('B1.7', { measure: { metric: 'journalists.womenShare', filter: { role: 'reporter' } } }),
        ind('B1.8', { measure: { metric: 'speakingTime.womenShare' }, appliesTo: { channels: ['radio', 'tv'] } }),
        ind('B1.9', { measure: { metric: 'people.womenShare', filter: { occupation: 'scientist' } } }),
      ]),
      section(
        'B2',
        [
          ind('B2.1', { measure: { metric: 'ads.share', filter: { rating: 'stereotyped' } } }),
          ind('B2.2', { measure: { metric: 'ads.womenRoleShare', filter: { role: 'homemaker' } } }),
        ],
        { appliesTo: { requiresAds: true } },
      ),
    ],
    contentCoding: {
      codeLists: {
        topic: codes('politics', 'economy'),
        scope: codes('local', 'national'),
        function: codes('subject', 'spokesperson', 'expert', 'personalExperience', 'eyewitness', 'popularOpinion', 'other', 'unknown'),
        occupation: codes('scientist', 'politician', 'homemaker', 'unknown'),
        victimOf: codes('none'),
        adRole: codes('homemaker', 'professional'),
        journalistRole: codes('presenter', 'reporter', 'other'),
      },
      instructions: [],
    },
  }
}

/** 1.1.0: question `board` renamed `boardMembers`, occupation `scientist` → `researcher`, `pay` retired. */
export function testRubricV11(): Rubric {
  const r = testRubric('1.1.0')
  const a1 = r.sections[0]!
  a1.indicators[0]!.questions[0] = q('boardMembers', 'countBySex')
  a1.indicators.splice(1, 1)
  const b1 = r.sections.find((s) => s.id === 'B1')!
  b1.indicators.find((i) => i.id === 'B1.9')!.measure = { metric: 'people.womenShare', filter: { occupation: 'researcher' } }
  r.contentCoding.codeLists.occupation = codes('researcher', 'politician', 'homemaker', 'unknown')
  r.changeSummary = t('renamed board; scientist → researcher; pay gap retired')
  r.previous = {
    version: '1.0.0',
    mappings: [
      { kind: 'renamed', from: ['board'], to: ['boardMembers'] },
      { kind: 'retired', from: ['A1.2'], to: [] },
      { kind: 'retired', from: ['pay'], to: [] },
    ],
    codeMappings: { occupation: { scientist: 'researcher' } },
  }
  return r
}

export function testProfile(over: Partial<ScoringProfile> = {}): ScoringProfile {
  return {
    format: 'gim-scoring-profile',
    formatVersion: 1,
    id: 'test-profile',
    version: '1.0.0',
    title: t('Test profile'),
    note: t('GSIM prescribes no scores'),
    parity: 'twoSided',
    yesNo: { yes: 1, yesWithoutEvidence: 0.5, no: 0 },
    sectionWeights: {},
    categoryWeights: { A: 1, B: 1 },
    indicatorRules: {},
    minimumSample: { people: 10, items: 5, staff: 5 },
    ...over,
  }
}

export function testPolicy(): AdoptionPolicy {
  return {
    format: 'gim-adoption-policy',
    formatVersion: 1,
    id: 'test-policy',
    version: '1.0.0',
    title: t('Test policy'),
    jurisdiction: t('Test'),
    source: t('Plan'),
    targets: [
      { level: 'pilot', share: 0.8, by: '2025-12-31' },
      { level: 'official', share: 1, by: '2030-12-31' },
    ],
    criteria: {
      pilot: { windowMonths: 12, requiredSections: ['A1'], minContentItems: 20 },
      official: {
        requiresAdoptionDecision: true,
        windowMonths: 12,
        requiresAllApplicableSections: true,
        quarters: 4,
        minContentItemsPerQuarter: 40,
        coverEachChannel: true,
      },
    },
  }
}

export function outlet(id: string, over: Partial<Outlet> = {}): Outlet {
  return {
    id,
    name: `Outlet ${id}`,
    kind: 'newspaper',
    channels: ['print'],
    carriesAds: false,
    governingBody: 'Sở',
    createdAt: '2024-01-01T00:00:00Z',
    updatedAt: '2024-01-01T00:00:00Z',
    ...over,
  }
}

export function person(sex: Sex, over: Partial<PersonRow> = {}): PersonRow {
  return {
    id: Math.abs(hash(JSON.stringify([sex, over]))).toString(36),
    sex,
    function: 'subject',
    occupation: 'politician',
    quoted: false,
    photographed: false,
    victim: false,
    survivor: false,
    familyRole: false,
    chosenByNewsroom: false,
    ...over,
  }
}

function hash(s: string): number {
  let h = 0
  for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0
  return h
}

let seq = 0
export function item(outletId: string, date: string, over: Partial<ContentAssessment> = {}): ContentAssessment {
  seq++
  return {
    id: `c${seq}`,
    rubricId: 'test',
    rubricVersion: '1.0.0',
    outletId,
    kind: 'article',
    channel: 'print',
    date,
    title: `Item ${seq}`,
    story: {
      topic: 'politics',
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
    status: 'complete',
    createdAt: `${date}T00:00:00Z`,
    updatedAt: `${date}T00:00:00Z`,
    ...over,
  }
}

export function items(n: number, outletId: string, date: string, over: Partial<ContentAssessment> = {}): ContentAssessment[] {
  return Array.from({ length: n }, () => item(outletId, date, over))
}

/** Answers that fully cover A1 and A2 of testRubric. */
export function fullAnswers(): Record<string, Answer> {
  return {
    board: { type: 'countBySex', counts: { women: 3, men: 3, other: 0, unknown: 0 } },
    leaders: { type: 'countBySex', counts: { women: 2, men: 8, other: 0, unknown: 0 } },
    pay: { type: 'amountBySex', amounts: { women: 9, men: 10 } },
    harassment: { type: 'yesNo', value: 'yes', evidence: 'QĐ 12/2024' },
    codeMaturity: { type: 'maturity', level: 2 },
    training: { type: 'checklist', checked: ['a', 'b', 'c'] },
  }
}

export function orgAssessment(outletId: string, start: string, end: string, answers: Record<string, Answer>, over: Partial<OrganisationAssessment> = {}): OrganisationAssessment {
  seq++
  return {
    id: `o${seq}`,
    rubricId: 'test',
    rubricVersion: '1.0.0',
    outletId,
    period: { start, end },
    answers,
    status: 'complete',
    createdAt: `${end}T00:00:00Z`,
    updatedAt: `${end}T00:00:00Z`,
    ...over,
  }
}
