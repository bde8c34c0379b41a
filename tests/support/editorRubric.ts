// A small hand-made rubric for the editor's domain and component tests: one question of every
// type, sections with each kind of applicability, and a few codes per content-coding list.
import type { Code, Question, Rubric } from '@/domain/rubric'

const t = (vi: string, en: string) => ({ vi, en })
const code = (c: string, vi: string, en: string): Code => ({ code: c, label: t(vi, en) })

export const yesNoQ: Question = { id: 'A4.1.q1', type: 'yesNo', text: t('Có bộ quy tắc biên tập nhạy cảm giới không?', 'Is there a gender-sensitive editorial code?'), guidance: t('Ghi số văn bản.', 'Give the document reference.'), required: true, allowNA: false, evidenceRequired: true }
export const checklistQ: Question = { id: 'A2.2.q1', type: 'checklist', text: t('Chính sách nào đã có?', 'Which policies exist?'), required: false, allowNA: true, options: [{ id: 'harassment', label: t('Chống quấy rối', 'Anti-harassment') }, { id: 'leave', label: t('Nghỉ thai sản', 'Parental leave') }] }
export const countQ: Question = { id: 'A1.1.q1', type: 'countBySex', text: t('Thành viên ban lãnh đạo', 'Members of the board'), required: true, allowNA: false }
export const amountQ: Question = { id: 'A2.3.q1', type: 'amountBySex', text: t('Thu nhập bình quân', 'Average pay'), required: false, allowNA: true, unit: t('VNĐ/tháng', 'VND/month') }
export const maturityQ: Question = { id: 'A4.2.q1', type: 'maturity', text: t('Mức độ đào tạo về giới', 'Maturity of gender training'), required: true, allowNA: true, levels: [{ level: 0, label: t('Chưa có', 'None') }, { level: 1, label: t('Thỉnh thoảng', 'Occasional') }, { level: 2, label: t('Thường xuyên', 'Regular') }] }
export const singleQ: Question = { id: 'A1.2.q1', type: 'singleChoice', text: t('Ai phụ trách bình đẳng giới?', 'Who is in charge of gender equality?'), required: false, allowNA: true, options: [{ id: 'officer', label: t('Cán bộ chuyên trách', 'A dedicated officer') }, { id: 'none', label: t('Không ai', 'Nobody') }] }
export const multiQ: Question = { id: 'A4.3.q1', type: 'multiChoice', text: t('Các kênh tiếp nhận khiếu nại', 'Complaint channels'), required: false, allowNA: false, options: [{ id: 'email', label: t('Thư điện tử', 'E-mail') }, { id: 'box', label: t('Hòm thư', 'Letter box') }] }
export const textQ: Question = { id: 'A4.4.q1', type: 'text', text: t('Ghi chú', 'Notes'), required: false, allowNA: true }
export const associationQ: Question = { id: 'A3.1.q1', type: 'yesNo', text: t('Hội có ban nữ không?', 'Does the association have a women’s committee?'), required: true, allowNA: false }
export const radioOnlyQ: Question = { id: 'A1.3.q1', type: 'countBySex', text: t('Phát thanh viên', 'Radio presenters'), required: true, allowNA: false, appliesTo: { channels: ['radio'] } }

function indicator(id: string, questions: Question[], extra: Partial<Rubric['sections'][number]['indicators'][number]> = {}) {
  return { id, objective: 'o1', text: t(`Chỉ số ${id}`, `Indicator ${id}`), provenance: 'verified' as const, meansOfVerification: [], questions, scored: true, ...extra }
}

export const editorRubric: Rubric = {
  format: 'gim-rubric',
  formatVersion: 1,
  id: 'test-rubric',
  version: '1.0.0',
  title: t('Bộ chỉ số thử', 'Test rubric'),
  issuer: t('Nhóm thử', 'Test team'),
  basedOn: t('GSIM', 'GSIM'),
  published: '2024-01-01',
  sections: [
    { id: 'A1', category: 'A', title: t('Cân bằng giới ở cấp ra quyết định', 'Gender balance at decision-making level'), objectives: [{ id: 'o1', text: t('Mục tiêu', 'Objective') }], indicators: [indicator('A1.1', [countQ, singleQ]), indicator('A1.3', [radioOnlyQ])] },
    { id: 'A2', category: 'A', title: t('Bình đẳng giới trong công việc', 'Gender equality at work'), objectives: [{ id: 'o1', text: t('Mục tiêu', 'Objective') }], indicators: [indicator('A2.2', [checklistQ, amountQ])] },
    { id: 'A3', category: 'A', title: t('Hội, hiệp hội', 'Associations'), appliesTo: { userGroups: ['association'] }, objectives: [{ id: 'o1', text: t('Mục tiêu', 'Objective') }], indicators: [indicator('A3.1', [associationQ])] },
    { id: 'A4', category: 'A', title: t('Quy tắc đạo đức', 'Ethical codes'), objectives: [{ id: 'o1', text: t('Mục tiêu', 'Objective') }], indicators: [indicator('A4.1', [yesNoQ, maturityQ, multiQ, textQ], { provenance: 'reconstructed' })] },
    { id: 'B1', category: 'B', title: t('Tin tức', 'News'), objectives: [{ id: 'o1', text: t('Mục tiêu', 'Objective') }], indicators: [indicator('B1.1', [], { measure: { metric: 'womenAmongPeople' } })] },
    { id: 'B2', category: 'B', title: t('Quảng cáo', 'Advertising'), appliesTo: { requiresAds: true }, objectives: [{ id: 'o1', text: t('Mục tiêu', 'Objective') }], indicators: [indicator('B2.1', [], { measure: { metric: 'adRating' } })] },
  ],
  contentCoding: {
    codeLists: {
      topic: [code('politics', 'Chính trị, chính phủ', 'Politics and government'), code('economy', 'Kinh tế', 'Economy'), code('gbv', 'Bạo lực trên cơ sở giới', 'Gender-based violence'), code('health', 'Sức khoẻ', 'Health')],
      scope: [code('local', 'Địa phương', 'Local'), code('national', 'Quốc gia', 'National'), code('international', 'Quốc tế', 'International')],
      function: [code('subject', 'Chủ thể', 'Subject'), code('spokesperson', 'Người phát ngôn', 'Spokesperson'), code('expert', 'Chuyên gia, bình luận viên', 'Expert or commentator'), code('personalExperience', 'Trải nghiệm cá nhân', 'Personal experience'), code('eyewitness', 'Nhân chứng', 'Eye-witness'), code('popularOpinion', 'Ý kiến người dân', 'Popular opinion')],
      occupation: [code('politician', 'Chính trị gia', 'Politician'), code('doctor', 'Bác sĩ', 'Doctor'), code('farmer', 'Nông dân', 'Farmer'), code('notStated', 'Không nêu', 'Not stated')],
      victimOf: [code('accident', 'Tai nạn', 'Accident')],
      adRole: [code('homemaker', 'Nội trợ', 'Homemaker'), code('professional', 'Chuyên gia', 'Professional')],
      journalistRole: [code('reporter', 'Phóng viên', 'Reporter'), code('presenter', 'Người dẫn', 'Presenter')],
    },
    instructions: [],
  },
}
