// Small valid records for the exchange-format tests (submission, backup, merge plan).
import type { ContentAssessment, OrganisationAssessment } from '@/domain/assessment'
import type { Outlet } from '@/domain/outlet'

let counter = 0
/** Deterministic UUID-shaped ids for tests. */
export function testUuid(n: number = ++counter): string {
  const hex = n.toString(16).padStart(12, '0')
  return `00000000-0000-4000-8000-${hex}`
}

export const T0 = '2025-01-10T08:00:00Z'
export const T1 = '2025-02-10T08:00:00Z'
export const T2 = '2025-03-10T08:00:00Z'

export function makeOutlet(over: Partial<Outlet> = {}): Outlet {
  return {
    id: 'hn-001',
    name: 'Báo Thủ đô Sáng',
    kind: 'newspaper',
    channels: ['print', 'online'],
    carriesAds: true,
    governingBody: 'Thành ủy Hà Nội (hư cấu)',
    createdAt: T0,
    updatedAt: T0,
    ...over,
  }
}

export function makeOrg(over: Partial<OrganisationAssessment> = {}): OrganisationAssessment {
  return {
    id: testUuid(),
    outletId: 'hn-001',
    rubricId: 'vn-gsim',
    rubricVersion: '1.0.0',
    period: { start: '2025-01-01', end: '2025-12-31' },
    answers: {
      'A1.1.q1': { type: 'countBySex', counts: { women: 3, men: 5, other: 0, unknown: 0 } },
      'A2.1.q1': { type: 'yesNo', value: 'yes', evidence: 'Quyết định số 12/QĐ' },
      'A2.2.q1': { type: 'na' },
      'A4.1.q1': { type: 'maturity', level: 2 },
      'A3.1.q1': { type: 'amountBySex', amounts: { women: 12_000_000, men: 13_500_000 } },
      'A5.1.q1': { type: 'checklist', checked: ['a', 'b'] },
      'A5.2.q1': { type: 'singleChoice', choice: 'x' },
      'A5.3.q1': { type: 'multiChoice', choices: ['x', 'y'] },
      'A5.4.q1': { type: 'text', text: 'Ghi chú: đã tập huấn.' },
    },
    status: 'complete',
    createdAt: T0,
    updatedAt: T0,
    ...over,
  }
}

export function makeContent(over: Partial<ContentAssessment> = {}): ContentAssessment {
  return {
    id: testUuid(),
    outletId: 'hn-001',
    rubricId: 'vn-gsim',
    rubricVersion: '1.0.0',
    kind: 'article',
    channel: 'online',
    date: '2025-02-03',
    title: 'Nữ kỹ sư trẻ và dự án cầu mới',
    url: 'https://example.org/bai-viet/1',
    story: {
      topic: 'science',
      scope: 'local',
      aboutWomen: true,
      womenConcerns: false,
      stereotypeOvert: false,
      stereotypeSubtle: false,
      challengesStereotypes: true,
      refersToLaw: false,
      highlightsInequality: false,
    },
    people: [
      {
        id: 'p1',
        name: 'Nguyễn Thị Hằng',
        sex: 'female',
        function: 'expert',
        occupation: 'science',
        quoted: true,
        photographed: true,
        victim: false,
        survivor: false,
        familyRole: false,
        chosenByNewsroom: true,
      },
      {
        id: 'p2',
        name: 'Trần Văn Dũng',
        sex: 'male',
        function: 'spokesperson',
        occupation: 'government',
        quoted: false,
        photographed: false,
        victim: false,
        survivor: false,
        familyRole: false,
        chosenByNewsroom: false,
      },
    ],
    journalists: [{ sex: 'female', role: 'reporter' }],
    status: 'complete',
    createdAt: T0,
    updatedAt: T0,
    ...over,
  }
}
