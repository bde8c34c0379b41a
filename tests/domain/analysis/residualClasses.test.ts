// General classes of errors left after session 4 on the tuning splits (issue 8, session 5): each is a
// fact of the language or of news style, not of one text. Every sentence is written for the test,
// not taken from any evaluation text.
import { describe, expect, it } from 'vitest'
import { INITIALS, tokenize } from '../../../src/domain/analysis/tokenize'
import { analyse } from './helpers'

const names = (text: string) => analyse(text).people.map((p) => p.name)

describe('a school named after a person, with its type between the head and the name', () => {
  it.each([
    ['"Phổ thông Dân tộc bán trú" in capitals and lowercase', 'Chị Lò Thị Nga, giáo viên Trường Phổ thông Dân tộc bán trú Lê Văn Tám, cho biết lớp có 30 em.'],
    ['"Trung học phổ thông chuyên"', 'Ông Đặng Quốc Huy, giáo viên Trường Trung học phổ thông chuyên Phan Bội Châu, kể lại.'],
    ['"THCS" with "nội trú" after it', 'Anh Vi Văn Thắng học lớp 8 Trường THCS nội trú Hoàng Hoa Thám từ năm ngoái.'],
  ])('%s: the namesake is no person', (_case, text) => {
    expect(names(text)).toHaveLength(1)
  })
  it('a name after the same words without a school head is still a person', () => {
    expect(names('Em học sinh dân tộc nội trú Hà Văn Cường kể lại chuyện đi học.')).toEqual(['Hà Văn Cường'])
    expect(names('Giáo viên dạy chuyên Lê Thị Thanh Tâm cho biết lớp có 20 em.')).toEqual(['Lê Thị Thanh Tâm'])
  })
})

describe('a role in apposition between dashes after a name', () => {
  const person = (text: string, name: string) => analyse(text).people.find((p) => p.name === name)
  it('describes the person just named, who is the speaker after the closing dash', () => {
    const text = 'Trọng tài Paolo Rossi rút thẻ vàng ở phút 80. Đỗ Thị Hạnh – cô gái 19 tuổi đến từ Nghệ An – chia sẻ: “Em chỉ nghĩ phải ghi bàn”.'
    expect(person(text, 'Đỗ Thị Hạnh')).toMatchObject({ sex: 'female', quoted: true })
    expect(person(text, 'Paolo Rossi')).toMatchObject({ sex: 'unknown', quoted: false })
  })
  it('the same role after a comma is still the apposition it was', () => {
    const text = 'Trọng tài Paolo Rossi rút thẻ vàng ở phút 80. Đỗ Thị Hạnh, cô gái 19 tuổi đến từ Nghệ An, chia sẻ: “Em chỉ nghĩ phải ghi bàn”.'
    expect(person(text, 'Đỗ Thị Hạnh')).toMatchObject({ sex: 'female', quoted: true })
    expect(person(text, 'Paolo Rossi')?.sex).toBe('unknown')
  })
})

describe('a possessor named with an honorific, then that honorific again in the sentence', () => {
  const person = (text: string, name: string) => analyse(text).people.find((p) => p.name.startsWith(name))
  it('is the possessor, not the unnamed person it owns', () => {
    const text = 'Chị Lê Thị Thu bị mất xe máy đêm qua. Một người hàng xóm của chị Thu cho biết tiếng chó sủa từ nhà chị vang lên lúc nửa đêm.'
    expect(person(text, 'Một người hàng xóm')).toMatchObject({ sex: 'unknown', quoted: true })
  })
  it('another honorific still goes to the one who speaks', () => {
    const text = 'Anh Trần Văn Nam bị thương nặng. Mẹ của anh Nam, bà Lê Thị Tư, cho biết bà đã thức trắng đêm ở bệnh viện.'
    expect(person(text, 'Lê Thị Tư')).toMatchObject({ sex: 'female', quoted: true })
    expect(person(text, 'Trần Văn Nam')).toMatchObject({ sex: 'male', quoted: false })
  })
})

describe('"Á" (Asia) and "Ý" (Italy) ending a sentence', () => {
  it('end the sentence, so a pronoun opening the next one continues its topic', () => {
    const text = 'GS. Peter Schmidt, nhà sinh thái học người Đức, coi vùng này là một “điểm nóng” của châu Á. Ông cho biết nhóm sẽ quay lại.'
    expect(analyse(text).people.map((p) => [p.name, p.sex])).toEqual([['Peter Schmidt', 'male']])
    const tk = tokenize('Đội bóng của HLV Marco Rossi đến từ nước Ý. Ông nói đội đã sẵn sàng.')
    expect(tk.sentence[tk.lower.indexOf('ông')]).toBe(1)
  })
  it('a capital with a full stop after a name is still an initial', () => {
    const tk = tokenize('Chị Trần Thị Á. cho biết đã về nhà. Anh Lê Văn Ý. kể lại.')
    expect([...tk.type.slice(0, tk.count)].filter((t) => t === INITIALS)).toHaveLength(2)
  })
})

describe('someone introduced unnamed, then named at the start of the next sentence', () => {
  it('is one person when the honorific agrees and the name comes with no role of its own', () => {
    const text = 'Trong dòng người về đích, khán giả bất ngờ khi thấy một cụ bà 75 tuổi hoàn thành cự ly 10 km. Bà Trịnh Thị Mơ, ở xã Tân Lập, cho biết bà tập chạy từ năm 70 tuổi.'
    expect(names(text)).toEqual(['Trịnh Thị Mơ'])
  })
  it.each([
    ['a title in apposition', 'Vụ cháy khiến một người đàn ông bị bỏng nhẹ. Ông Nguyễn Văn Hải, Chủ tịch UBND xã, cho biết lửa đã được dập tắt.'],
    ['a description in apposition', 'Vụ cháy khiến một người đàn ông bị bỏng nhẹ. Ông Nguyễn Văn Hải, người chứng kiến vụ việc, cho biết lửa bốc lên rất nhanh.'],
    ['an honorific of the other sex', 'Vụ cháy khiến một người đàn ông bị bỏng nhẹ. Bà Nguyễn Thị Hải cho biết lửa bốc lên rất nhanh.'],
  ])('is two people with %s', (_case, text) => {
    expect(names(text)).toHaveLength(2)
  })
})

describe('"một" + a role written as an acronym', () => {
  it('is one unnamed individual, with nữ / nam after it giving the sex', () => {
    const text = 'Ban tổ chức bố trí 10 điểm sơ cứu. Một VĐV nữ 52 tuổi bị ngất ở km 30 đã được đưa đi cấp cứu.'
    expect(analyse(text).people.map((p) => [p.name, p.sex])).toEqual([['Một VĐV nữ', 'female']])
  })
  it('is still nobody where someone is wanted, and a capitalised title after "một" still opens no one', () => {
    expect(names('Câu lạc bộ đang tìm một HLV mới cho mùa giải tới.')).toEqual([])
    expect(names('Đoàn có một Phó Giám đốc Sở đi cùng.')).toEqual([])
  })
})

describe('someone the interviewee reports speaking to them, inside the answer', () => {
  const interview = (answer: string) => `PV: Thưa ông, học sinh phản ứng thế nào?\n\nTS. Lê Văn Hòa: Phần lớn các em ủng hộ. ${answer}`
  it.each([
    ['"một" + a role + "nói với tôi"', 'Một sinh viên năm hai nói với tôi rằng em đã bỏ thói quen thức khuya.', 'Một sinh viên'],
    ['"một cô giáo" + "tâm sự với tôi"', 'Một cô giáo ở Sóc Sơn tâm sự với tôi: “Em chỉ mong đủ sống”.', 'Một cô giáo'],
  ])('%s is one unnamed individual', (_case, answer, name) => {
    expect(names(interview(answer))).toEqual(['Lê Văn Hòa', name])
  })
  it('someone the interviewee only speaks of is still no one', () => {
    expect(names(interview('Một sinh viên năm hai thường phải làm thêm buổi tối.'))).toEqual(['Lê Văn Hòa'])
    expect(names(interview('Tôi đã nói với một sinh viên năm hai rằng em nên ngủ sớm.'))).toEqual(['Lê Văn Hòa'])
  })
  it('"một cô giáo" outside a turn is one unnamed individual too', () => {
    expect(names('Một cô giáo ở xã bên tâm sự: “Giờ tôi chỉ trông vào lương”.')).toEqual(['Một cô giáo'])
  })
})

describe('an honorific as the classifier of a role in apposition', () => {
  const sexOf = (text: string, name: string) => analyse(text).people.find((p) => p.name === name)?.sex
  it.each([
    ['"cậu" + "học trò"', 'Giàng A Chư, cậu học trò lớp 4 ở bản Mồ Cang, kể: “Em đi bộ một giờ mới tới lớp”.', 'Giàng A Chư', 'male'],
    ['"cậu" + a role', 'Phan Minh Khôi, cậu sinh viên năm hai, kể: “Em làm thêm mỗi tối”.', 'Phan Minh Khôi', 'male'],
    ['"cô" + a role', 'Kiều Ngọc Mai, cô tiểu thương ở chợ Đông Ba, kể: “Hàng ế lắm”.', 'Kiều Ngọc Mai', 'female'],
  ])('%s gives the name its sex', (_case, text, name, sex) => {
    expect(sexOf(text, name)).toBe(sex)
  })
  it('an honorific before another name in apposition gives none', () => {
    const text = 'Đội có ba người: Phan Minh Khôi, chị Kiều Ngọc Mai và anh Lò Văn Sáng.'
    expect(sexOf(text, 'Phan Minh Khôi')).toBe('unknown')
  })
})

describe('a foreign name after an official’s title, whatever syllable is the foreign one', () => {
  it('a name whose first syllable looks Vietnamese but another does not is a name', () => {
    expect(names('Nhà sản xuất Lee Min-jae cho biết phim sẽ ra rạp vào tháng 5.')).toEqual(['Lee Min-jae'])
    expect(names('Giám đốc Lee Jaewon cho biết nhà máy tuyển thêm 300 công nhân.')).toEqual(['Lee Jaewon'])
  })
  it('a department’s or an organisation’s Vietnamese name after a title is still no one', () => {
    expect(names('Trưởng khoa Truyền nhiễm cho biết bệnh nhân đã ổn định.')).toEqual([])
    expect(names('Giám đốc Trung tâm Y tế Hà Đông cho biết đã có đủ thuốc.')).toEqual([])
  })
})

describe('a preposition or conjunction opening the sentence right before a name', () => {
  it.each([
    ['"Theo" + a full name + a title', 'Theo Nguyễn Minh Phương, Phó Giám đốc Sở Nội vụ, tỉnh sẽ tuyển thêm 200 giáo viên.', ['Nguyễn Minh Phương']],
    ['"Theo" + a minority name + a title', 'Theo Rcom Y Kông, Chủ tịch UBND xã, xã có 40 hộ nghèo.', ['Rcom Y Kông']],
    ['"Với" + a full name', 'Với Đặng Thị Hồng Nhung, gia đình luôn là điểm tựa.', ['Đặng Thị Hồng Nhung']],
  ])('%s: the word is not part of the name', (_case, text, expected) => {
    expect(names(text)).toEqual(expected)
  })
  it.each([
    ['a place', 'Tại Hà Nội, giá xăng giảm 300 đồng.'],
    ['an organisation', 'Theo Bộ Y tế, số ca mắc đã giảm.'],
    ['a holiday', 'Sau Tết Nguyên đán, chợ vắng khách.'],
  ])('%s after it is still no one', (_case, text) => {
    expect(names(text)).toEqual([])
  })
})

describe('a chain of pronouns inside an interviewee’s answer', () => {
  const qa = (answer: string) => `Hỏi: Ai đóng vai người cha?\n\nĐáp: ${answer}`
  it('each pronoun continues from the last, so the person the answer quotes is quoted', () => {
    const text = qa('Ông Lê Văn Mận năm nay 60 tuổi, là nông dân. Ban đầu ông từ chối. Hôm phim ra mắt, ông nói với tôi: “Làm ruộng cả đời, giờ mới biết người ta muốn nghe chuyện của mình”.')
    expect(analyse(text).people.map((p) => [p.name, p.sex, p.quoted])).toEqual([['Lê Văn Mận', 'male', true]])
  })
  it('a pronoun of the other sex does not continue the chain', () => {
    const text = qa('Ông Lê Văn Mận năm nay 60 tuổi, là nông dân. Ban đầu ông từ chối. Hôm phim ra mắt, bà nói với tôi: “Làm ruộng cả đời, giờ mới biết người ta muốn nghe chuyện của mình”.')
    expect(analyse(text).people.map((p) => [p.name, p.sex, p.quoted])).toEqual([['Lê Văn Mận', 'male', false]])
  })
})

describe('an unnamed individual the interviewee reports with a speech verb', () => {
  const interview = (answer: string) => `PV: Thưa ông, học sinh phản ứng thế nào?\n\nTS. Lê Văn Hòa: Phần lớn các em ủng hộ. ${answer}`
  it('is quoted, as a named one is', () => {
    const text = interview('Một sinh viên năm hai nói với tôi rằng em đã bỏ thói quen thức khuya.')
    expect(analyse(text).people.map((p) => [p.name, p.quoted])).toEqual([['Lê Văn Hòa', true], ['Một sinh viên', true]])
  })
})

describe('a long turn label in brackets', () => {
  it('names the turn’s speaker even past sixteen words', () => {
    const text = '[MC]: Mời quý vị theo dõi.\n\n[Ông Đặng Văn Lộc, Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch tỉnh Bà Rịa – Vũng Tàu]: Chúng tôi muốn đưa giải chạy thành sự kiện thường niên.'
    expect(analyse(text).people.map((p) => [p.name, p.quoted])).toEqual([['Đặng Văn Lộc', true]])
  })
  it('a long sentence with a colon and no brackets is still no label', () => {
    const text = 'Ông Đặng Văn Lộc, Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch tỉnh, đã trao giải cho các vận động viên về nhất ở hai nội dung: 10 km và 21 km.'
    expect(analyse(text).people.map((p) => [p.name, p.quoted])).toEqual([['Đặng Văn Lộc', false]])
  })
})

describe('a relation noun + "của" before a name', () => {
  const sexOf = (text: string, name: string) => analyse(text).people.find((p) => p.name === name)?.sex
  it('says whose relative the named one is, not their sex', () => {
    expect(sexOf('Vợ của Phạm Quang Huy cho biết anh đã đi làm từ sáng.', 'Phạm Quang Huy')).toBe('male')
    expect(sexOf('Trần Minh Khôi đoạt giải nhất. Mẹ của Trần Minh Khôi, bà Lê Thị Tư, cho biết em rất chăm học.', 'Trần Minh Khôi')).toBe('unknown')
  })
  it('a gendered noun right before a name is still said of them', () => {
    expect(sexOf('Góa phụ Trần Mỹ Duyên kể lại đêm mưa lũ.', 'Trần Mỹ Duyên')).toBe('female')
  })
})

describe('the one arrested, then the crime told with an unnamed noun for who did it', () => {
  it('is one person', () => {
    const text = 'Công an xã đã bắt giữ Trần Văn Tú (22 tuổi) về hành vi trộm cắp. Trước đó, camera ghi lại cảnh một nam thanh niên cạy cửa một tiệm vàng lúc 2 giờ sáng.'
    expect(names(text)).toEqual(['Trần Văn Tú'])
  })
  it.each([
    ['the unnamed one is the victim', 'Công an huyện đã tạm giữ hình sự Lò Văn Hùng (30 tuổi) về hành vi cố ý gây thương tích. Tối 2/3, Hùng dùng dao đâm một người đàn ông 40 tuổi rồi bỏ trốn.'],
    ['two are arrested', 'Công an xã đã bắt giữ Trần Văn Tú (22 tuổi) và Lê Văn Mạnh (25 tuổi). Trước đó, camera ghi lại cảnh một nam thanh niên cạy cửa một tiệm vàng.'],
    ['nobody is arrested', 'Anh Trần Văn Tú mất xe máy đêm qua. Camera ghi lại cảnh một nam thanh niên dắt xe ra đường.'],
  ])('is two people or more when %s', (_case, text) => {
    expect(names(text).length).toBeGreaterThanOrEqual(2)
  })
})

// heldout10 (session 5, bias round): clubs named "<brand> <province>" were taken for people.
describe('heldout10 class: a club or firm named with a brand then a province', () => {
  it.each([
    ['after a role', 'Thủ môn Bùi Văn Khải của Sông Lam Nghệ An cản phá xuất sắc. Anh cho biết đội đã cố hết sức.'],
    ['as a subject', 'Chiều qua, Hoàng Anh Gia Lai để thua Becamex Bình Dương 0-1 trên sân nhà.'],
    ['in a turn label', '[Trần Quốc Vũ, HLV trưởng Đông Á Thanh Hóa]: Chúng tôi chơi chưa tốt.'],
  ])('%s: the club is no person', (_case, text) => {
    expect(names(text).filter((n) => /Nghệ An|Gia Lai|Bình Dương|Thanh Hóa/.test(n))).toEqual([])
  })
  it('a person whose name ends with a place is still a person', () => {
    expect(names('Chị Nguyễn Thị Hà Giang cho biết lớp có 30 em.')).toEqual(['Nguyễn Thị Hà Giang'])
    expect(names('Ông Phạm Minh Thái Bình cho biết ông rất vui.')).toEqual(['Phạm Minh Thái Bình'])
    expect(names('Lê Thái Bình, 40 tuổi, kể lại chuyện cũ.')).toEqual(['Lê Thái Bình'])
    expect(names('Phạm Minh Thái Bình (52 tuổi) kể lại chuyện cũ.')).toEqual(['Phạm Minh Thái Bình'])
  })
})

// heldout10: "một <role>" opening a bracketed or dashed appositive was counted as a second person.
describe('heldout10 class: "một <role>" in apposition after a name, in parentheses or between dashes', () => {
  const people = (text: string) => analyse(text).people.map((p) => [p.name, p.quoted])
  it.each([
    ['in parentheses after an age', 'Ông Đỗ Văn Tư (61 tuổi, một tiểu thương ở chợ Đầm) cho biết hàng ế đã hai tuần.'],
    ['in parentheses alone', 'Bà Lưu Thị Hiền (một cử tri ở phường Bến Thành) cho biết con hẻm ngập suốt mùa mưa.'],
    ['between dashes', 'Anh Cao Minh Đạt – một tài xế công nghệ – cho biết thu nhập đã giảm một nửa.'],
  ])('%s: one person, who is the speaker', (_case, text) => {
    const got = people(text)
    expect(got).toHaveLength(1)
    expect(got[0]![1]).toBe(true)
  })
  it('"một <role>" elsewhere in the sentence is still someone else', () => {
    const text = 'Ông Đỗ Văn Tư (61 tuổi) gặp một tiểu thương ở chợ Đầm. Người tiểu thương cho biết hàng ế đã hai tuần.'
    expect(people(text)).toHaveLength(2)
  })
})

// heldout10: a company's name opening with a surname, after its legal form, was taken for its director.
describe('heldout10 class: the name after "Công ty" and its legal form (TNHH, cổ phần, CP) is the company\'s', () => {
  it.each([
    ['after a business field', 'Ông Đoàn Văn Khải, Chủ tịch Công ty TNHH Xây dựng Lê Gia Phát, cho biết dự án sẽ xong vào tháng 6.'],
    ['right after the form', 'Bà Mạc Thị Yến, Giám đốc Công ty cổ phần Hồ Sen Việt, cho biết giá sen đã tăng.'],
  ])('%s: one person', (_case, text) => {
    expect(names(text)).toHaveLength(1)
  })
  it('an official named after the company in the same capitalised run is still found', () => {
    expect(names('Giám đốc Công ty CP Thủy sản Hồng Hà Nguyễn Văn Lực cho biết đơn hàng tăng.')).toEqual(['Nguyễn Văn Lực'])
  })
  it('without a company and its legal form before it, a name after a title is still a person', () => {
    expect(names('Phó Giám đốc Trần Minh Lộc cho biết đơn hàng tăng.')).toEqual(['Trần Minh Lộc'])
    expect(names('Ông Lý Văn Bền làm thuê cho một công ty cổ phần. Chủ tịch Hội đồng quản trị Kim Ngọc Phát cho biết ông Bền làm việc chăm chỉ.')).toEqual(['Lý Văn Bền', 'Kim Ngọc Phát'])
  })
})

// heldout10: "phóng viên Anh Thư" read as England's reporter named "Thư", a person of the report.
describe('heldout10 class: a one-syllable country opening a given name after a role', () => {
  it('after a reporter\'s role, the whole name is the reporter\'s, who is no person of the report', () => {
    expect(names('[MC]: Xin cảm ơn phóng viên Mỹ Linh. Quý vị vừa theo dõi bản tin thời sự.')).toEqual([])
    expect(names('Phóng viên Đức Huy ghi nhận tại hiện trường vụ cháy.')).toEqual([])
  })
  it('after another role, the whole name is kept', () => {
    expect(names('Trọng tài Pháp Minh cho biết bàn thắng hợp lệ.')).toEqual(['Pháp Minh'])
  })
  it('a country with a foreign name after it is still a nationality', () => {
    expect(names('Nhà báo Anh Peter Walsh cho biết ông đã ở Hà Nội ba tháng.')).toEqual(['Peter Walsh'])
  })
})

// heldout10: "Y" read as a man's prefix in a Giẻ Triêng name, against the pronoun "Bà" that followed.
describe('heldout10 class: the prefix "Y" marks a man only in a name that ends with a clan name', () => {
  const sexes = (text: string) => analyse(text).people.map((p) => [p.name, p.sex])
  it('without a clan name it is no evidence, so a later pronoun decides', () => {
    expect(sexes('Cô giáo Y Mai ở làng Đăk Răng đã dạy học 20 năm. Bà cho biết lớp có 18 em.')).toEqual([['Y Mai', 'female']])
    expect(sexes('Già làng Y Ngọc dẫn đoàn vào rừng. Ông cho biết rừng đã được giao cho làng.')).toEqual([['Y Ngọc', 'male']])
  })
  it('with an Ê Đê or M\'nông clan name it still marks a man', () => {
    expect(sexes('Thủ môn Y Khăm Niê cản phá cú sút phạt.')).toEqual([['Y Khăm Niê', 'male']])
  })
})

// heldout10: an unnamed person whose sex the sentence gives as a predicate ("… là bà cụ …") was left unknown.
describe('heldout10 class: a gendered noun as the predicate of "một <noun>"', () => {
  const sexes = (text: string) => analyse(text).people.map((p) => [p.name, p.sex])
  it.each([
    ['an elder woman', 'Một du khách là bà cụ hơn 80 tuổi kể lại chuyến đi đầy vất vả.', 'female'],
    ['a young man', 'Một nạn nhân là nam thanh niên 20 tuổi kể lại sự việc với công an.', 'male'],
  ])('%s gives the sex', (_case, text, sex) => {
    expect(sexes(text)).toEqual([[text.split(' là ')[0], sex]])
  })
  it('a relation as the predicate, or no predicate, gives none', () => {
    expect(sexes('Một người hàng xóm là họ hàng của gia đình kể lại sự việc.')).toEqual([['Một người hàng xóm', 'unknown']])
    expect(sexes('Một du khách kể lại chuyến đi đầy vất vả.')).toEqual([['Một du khách', 'unknown']])
  })
})

// heldout10: the player a substitute replaces ("vào sân thay một tiền vệ") was counted as a person.
describe('heldout10 class: "một <role>" replaced by a substitute', () => {
  it.each([
    ['"thay"', 'Phút 70, tiền đạo Phan Đức Mạnh vào sân thay một hậu vệ đã thấm mệt.'],
    ['"thay thế"', 'Cô Hà Thị Quyên được điều về trường để thay thế một giáo viên nghỉ sinh.'],
  ])('after %s is no one in the news', (_case, text) => {
    expect(names(text)).toHaveLength(1)
  })
  it('the same "một <role>" as a subject is still someone', () => {
    expect(names('Một hậu vệ của đội khách cho biết cả đội đã thấm mệt.')).toEqual(['Một hậu vệ'])
  })
})

// heldout10: "Thông qua phiên dịch, ông nói" went to the person last called "ông", not the topic just named.
describe('heldout10 class: a pronoun opening the main clause after a short fronted phrase', () => {
  const people = (text: string) => analyse(text).people.map((p) => [p.name, p.sex, p.quoted])
  it('continues the topic just named, as a pronoun opening the sentence does', () => {
    const text = 'Ông Đinh Văn Sáu phát biểu trước. “Giá phân bón tăng quá”, ông Sáu nói. Tiếp đó, chuyên gia Hiroshi Tanaka trình bày kết quả thử nghiệm. Qua người phiên dịch, ông cho biết giống lúa mới chịu mặn tốt.'
    expect(people(text)).toEqual([
      ['Đinh Văn Sáu', 'male', true],
      ['Hiroshi Tanaka', 'male', true],
    ])
  })
  it('not when the fronted phrase names someone', () => {
    const text = 'Ông Đinh Văn Sáu phát biểu trước. Tiếp đó, chuyên gia Hiroshi Tanaka trình bày kết quả. Sau khi nghe chị Lò Thị Mai, ông cho biết sẽ sửa báo cáo.'
    expect(people(text).find((p) => p[0] === 'Hiroshi Tanaka')?.[1]).toBe('unknown')
  })
})

// heldout10: "Cậu con trai ấy, em N.M.K., …": the gendered noun of the appositive clause sat behind a classifier.
describe('heldout10 class: a gendered noun after an honorific classifier, in the clause a name stands in apposition to', () => {
  const sexes = (text: string) => analyse(text).people.map((p) => [p.name, p.sex])
  it.each([
    ['a son, named by initials', 'Cậu con trai út, em T.V.H., năm nay đã vào lớp 10.', 'T.V.H.', 'male'],
    ['a daughter', 'Cô con gái cả, em Lò Minh Ngọc, năm nay đã vào lớp 10.', 'Lò Minh Ngọc', 'female'],
  ])('%s gives the sex', (_case, text, name, sex) => {
    expect(sexes(text)).toEqual([[name, sex]])
  })
  it('an honorific alone before the comma gives none', () => {
    expect(sexes('Anh ấy, em Lò Minh Ngọc, năm nay đã vào lớp 10.')).toEqual([['Lò Minh Ngọc', 'unknown']])
  })
})

// heldout10: a foreign name described by "nữ / nam + role" in apposition was not taken for a person.
describe('heldout10 class: a foreign name described by a gendered role in apposition', () => {
  const sexes = (text: string) => analyse(text).people.map((p) => [p.name, p.sex])
  it.each([
    ['"nữ"', 'Anna Kowalska, nữ kỹ sư người Ba Lan, đã sống ở Đà Nẵng ba năm.', 'Anna Kowalska', 'female'],
    ['"nam"', 'Jürgen Becker, nam tình nguyện viên người Đức, dạy tiếng Anh cho trẻ em trong bản.', 'Jürgen Becker', 'male'],
  ])('with %s is a person of that sex', (_case, text, name, sex) => {
    expect(sexes(text)).toEqual([[name, sex]])
  })
  it('a foreign brand before "nữ hoàng" (no role) is still no one', () => {
    expect(sexes('Nordic Crown, nữ hoàng của dòng bánh quy bơ, vừa mở cửa hàng ở Hà Nội.')).toEqual([])
  })
})

// heldout10: a victim described as "nữ chủ tiệm 52 tuổi" (no "một") was not counted.
describe('heldout10 class: nữ / nam, a role and an age inside a clause name one particular person', () => {
  const sexes = (text: string) => analyse(text).people.map((p) => [p.name, p.sex])
  it('after a verb or a preposition', () => {
    expect(sexes('Tên cướp dùng dao khống chế nữ nhân viên 24 tuổi rồi lấy tiền trong két.')).toEqual([['nữ nhân viên 24 tuổi', 'female']])
    expect(sexes('Chiếc xe tải tông vào nam công nhân 31 tuổi đang sửa đường.')).toEqual([['nam công nhân 31 tuổi', 'male']])
  })
  it('opening a clause or with a demonstrative it refers back to someone named', () => {
    const text = 'Chị Hồ Thị Lan kể lại vụ việc. “Tôi rất sợ”, nữ nhân viên 24 tuổi nói.'
    expect(sexes(text)).toEqual([['Hồ Thị Lan', 'female']])
    expect(sexes('Chị Hồ Thị Lan bị thương nhẹ, nhưng nữ nhân viên 24 tuổi này vẫn bình tĩnh.')).toEqual([['Hồ Thị Lan', 'female']])
  })
  it('as a predicate it describes the subject', () => {
    expect(sexes('Người bị thương là nữ nhân viên 24 tuổi của cửa hàng.')).not.toContainEqual(['nữ nhân viên 24 tuổi', 'female'])
  })
})

// heldout10: a turn label opening with the surname "Hứa" (also "to promise") was read as narration with a speech verb.
describe('heldout10 class: a surname that is also a speech verb, opening a turn label', () => {
  const people = (text: string) => analyse(text).people.map((p) => [p.name, p.quoted])
  it('is the speaker\'s surname, so the turn quotes them', () => {
    const text = '[Phóng viên]: Bà Hứa Thị Mến đã bán rau ở chợ này 30 năm.\n\n[Hứa Thị Mến, tiểu thương]: Chợ mới sạch hơn nhưng vắng khách quá.'
    expect(people(text)).toEqual([['Hứa Thị Mến', true]])
  })
  it('the verb in lowercase after a name is still speech', () => {
    expect(people('Ông Cao Văn Phú hứa sẽ sửa xong con đường trước Tết.')).toEqual([['Cao Văn Phú', true]])
  })
})
