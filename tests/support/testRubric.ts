// A small rubric in the shape of rubrics/vn-gsim, for tests that must not depend on the shipped file.
import type { Code, Question, Rubric, Section } from '@/domain/rubric'

const t = (vi: string, en: string) => ({ vi, en })
const code = (c: string): Code => ({ code: c, label: t(c, c) })

function q(id: string, type: Question['type'], extra: Partial<Question> = {}): Question {
  return { id, type, text: t(`Câu ${id}`, `Question ${id}`), required: true, allowNA: false, ...extra }
}

function section(id: Section['id'], questions: Question[], extra: Partial<Section> = {}): Section {
  return {
    id,
    category: id.startsWith('A') ? 'A' : 'B',
    title: t(`Mục ${id}`, `Section ${id}`),
    objectives: [{ id: `${id}.so1`, text: t('Mục tiêu', 'Objective') }],
    indicators: [
      {
        id: `${id}.1`,
        objective: `${id}.so1`,
        text: t(`Chỉ số ${id}.1`, `Indicator ${id}.1`),
        provenance: 'reconstructed',
        meansOfVerification: [t('Tài liệu', 'Documents')],
        questions,
        scored: true,
      },
    ],
    ...extra,
  }
}

const options = [
  { id: 'o1', label: t('Một', 'One') },
  { id: 'o2', label: t('Hai', 'Two') },
  { id: 'o3', label: t('Ba', 'Three') },
]

export function testRubric(version = '1.0.0'): Rubric {
  return {
    format: 'gim-rubric',
    formatVersion: 1,
    id: 'vn-gsim',
    version,
    title: t('Bộ chỉ số thử', 'Test indicator set'),
    issuer: t('Thử nghiệm', 'Test'),
    basedOn: t('GSIM', 'GSIM'),
    published: '2024-01-01',
    sections: [
      section('A1', [q('A1.1.board', 'countBySex'), q('A1.1.leaders', 'countBySex')]),
      section('A2', [q('A2.1.policy', 'yesNo', { evidenceRequired: true }), q('A2.1.pay', 'amountBySex', { required: false, allowNA: true })]),
      section('A3', [q('A3.1.members', 'countBySex')], { appliesTo: { userGroups: ['association'] } }),
      section('A4', [
        q('A4.1.level', 'maturity', { levels: [0, 1, 2, 3].map((l) => ({ level: l, label: t(`Mức ${l}`, `Level ${l}`) })) }),
        q('A4.1.topics', 'checklist', { options }),
        q('A4.1.kind', 'singleChoice', { options }),
        q('A4.1.kinds', 'multiChoice', { options, required: false }),
        q('A4.1.note', 'text', { required: false }),
      ]),
      section('A5', [q('A5.1.curriculum', 'checklist', { options })], { appliesTo: { userGroups: ['trainingInstitution'] } }),
      section('B1', []),
      section('B2', [], { appliesTo: { requiresAds: true } }),
    ],
    contentCoding: {
      codeLists: {
        topic: ['politics', 'economy', 'science', 'social', 'crime', 'celebrity', 'other'].map(code),
        scope: ['local', 'national', 'international'].map(code),
        function: ['subject', 'spokesperson', 'expert', 'personalExperience', 'eyewitness', 'popularOpinion', 'other', 'unknown'].map(code),
        occupation: ['government', 'science', 'business', 'homemaker', 'student', 'unknown'].map(code),
        victimOf: ['violence', 'other'].map(code),
        adRole: ['homemaker', 'professional', 'decorative', 'expert'].map(code),
        journalistRole: ['presenter', 'reporter', 'other'].map(code),
      },
      instructions: [t('Ghi chú', 'Note')],
    },
  }
}
