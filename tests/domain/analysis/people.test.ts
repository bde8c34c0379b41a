// One small sentence per cue and per exclusion of the text assistant.
import { describe, expect, it } from 'vitest'
import { analyse, summary } from './helpers'

describe('sex cues', () => {
  it.each([
    ['ông', 'Ông Trần Quang Hải đến muộn.', 'male'],
    ['bà', 'Bà Đỗ Thu Hà đến muộn.', 'female'],
    ['anh', 'Anh Lê Minh Đức đến muộn.', 'male'],
    ['chị', 'Chị Lê Minh Anh đến muộn.', 'female'],
    ['cô', 'Cô Phạm Ngọc Mai đến muộn.', 'female'],
    ['chú', 'Chú Tạ Quang Bình đến muộn.', 'male'],
    ['thầy', 'Thầy Lâm Quốc Toàn đến muộn.', 'male'],
    ['bác (no sex)', 'Bác Lâm Thanh Tú đến muộn.', 'unknown'],
    ['cụ (no sex)', 'Cụ Lâm Thanh Tú đến muộn.', 'unknown'],
    ['em (no sex)', 'Em Lâm Khánh Linh đến muộn.', 'unknown'],
    ['cháu (no sex)', 'Cháu Lâm Khánh Linh đến muộn.', 'unknown'],
    ['cụ bà', 'Cụ bà Lâm Thanh Tú đến muộn.', 'female'],
    ['cô giáo', 'Cô giáo Lâm Thanh Tú đến muộn.', 'female'],
    ['middle name Thị', 'Trần Thị Lan đến muộn.', 'female'],
    ['middle name Văn', 'Trần Văn Lâm đến muộn.', 'male'],
    ['no cue at all', 'Trần Thanh Tú đến muộn.', 'unknown'],
    ['nữ before a role', 'Nữ bác sĩ Lâm Thanh Tú đến muộn.', 'female'],
    ['nam before a role', 'Nam sinh Lâm Thanh Tú đến muộn.', 'male'],
    ['gendered title', 'Hoa hậu Lâm Thanh Tú đến muộn.', 'female'],
    ['kinship before an appositive name', 'Mẹ của bé, Lâm Thanh Tú, đến muộn.', 'female'],
    ['husband before an appositive name', 'Chồng của sản phụ, Lâm Thanh Tú, đến muộn.', 'male'],
    ['Ê Đê female prefix H’', 'H’Linh Êban đến muộn.', 'female'],
    ['a later pronoun', 'TS. Lâm Thanh Tú đến muộn. Bà nói xe hỏng.', 'female'],
    ['a surname that looks like an honorific, mid-sentence', 'Nhà sản xuất Ông Thị Hạnh Dung đến muộn.', 'female'],
  ])('%s', (_cue, text, sex) => {
    const people = analyse(text).people
    expect(people).toHaveLength(1)
    expect(people[0]!.sex).toBe(sex)
    if (sex !== 'unknown') expect(people[0]!.sexEvidence.length).toBeGreaterThan(0)
    else expect(people[0]!.sexEvidence).toEqual([])
  })

  it('gives the evidence with offsets into the text', () => {
    const a = analyse('Hôm qua, chị Lê Minh Anh đến muộn.')
    const e = a.people[0]!.sexEvidence[0]!
    expect([e.cue, e.sex, a.text.slice(e.start, e.end)]).toEqual(['honorific', 'female', 'chị'])
  })
})

describe('people and coreference', () => {
  it('follows a chain: title + full name, honorific + given name, bare pronoun', () => {
    const a = analyse('Giám đốc Sở Y tế Trần Minh Hải kiểm tra bệnh viện. Ông Hải yêu cầu tăng cường phun thuốc. Ông cho biết sẽ kiểm tra lại.')
    expect(a.people).toHaveLength(1)
    const p = a.people[0]!
    expect([p.name, p.sex, p.quoted, p.function]).toEqual(['Trần Minh Hải', 'male', true, 'spokesperson'])
    expect(p.mentions.map((m) => m.text)).toEqual(['Trần Minh Hải', 'Ông Hải', 'Ông'])
    for (const m of p.mentions) expect(a.text.slice(m.start, m.end)).toBe(m.text)
  })

  it('joins a short first mention to a later full name', () => {
    expect(summary('Chị Trinh chạy xe bốn năm. Chị Ông Ngọc Trinh kể lại.')).toEqual([['Ông Ngọc Trinh', 'female', true]])
  })

  it('resolves a bare given name to the person named in full', () => {
    const a = analyse('Bị can Đỗ Văn Tài đã bị bắt. Tài khai đã uống rượu.')
    expect(a.people.map((p) => [p.name, p.quoted, p.mentions.length])).toEqual([['Đỗ Văn Tài', true, 2]])
  })

  it('keeps two people with different surnames apart', () => {
    expect(summary('Ông Nguyễn Văn An và ông Trần Văn An cùng dự.').map((p) => p[0])).toEqual(['Nguyễn Văn An', 'Trần Văn An'])
  })

  it.each([
    ['một người dân', 'Một người dân cho biết nước ngập từ đêm.', 'Một người dân', 'unknown'],
    ['một nữ sinh', 'Một nữ sinh lớp 10 đã hô hoán.', 'Một nữ sinh', 'female'],
    ['một cụ bà', 'Một cụ bà bán xôi cho biết nhà bị ngập.', 'Một cụ bà', 'female'],
    ['một người đàn ông', 'Một người đàn ông đã gọi điện cho bà.', 'Một người đàn ông', 'male'],
    ['bé gái', 'Cả mẹ và bé gái đều khỏe.', 'bé gái', 'female'],
  ])('finds an unnamed individual: %s', (_label, text, name, sex) => {
    const people = analyse(text).people
    expect(people.map((p) => [p.name, p.sex, p.named])).toEqual([[name, sex, false]])
  })

  it('merges an unnamed role with the name in apposition', () => {
    expect(summary('Một người dân trong buôn, chị Lò Thị Ơn, nói gia đình đã vay tiền.')).toEqual([['Lò Thị Ơn', 'female', true]])
    expect(summary('Ông Mạch Văn Toản, 67 tuổi, một người khiếm thị, nhận xét chiếc gậy nhẹ.')).toEqual([['Mạch Văn Toản', 'male', true]])
  })

  it('takes a name after a title even without a surname ("HLV Somchai", "TS. Tú")', () => {
    expect(summary('HLV Somchai thừa nhận đội khách chơi hay hơn.')).toEqual([['Somchai', 'unknown', true]])
  })
})

describe('exclusions: what is not a person', () => {
  it.each([
    ['bà con', 'Bà con trong thôn rất phấn khởi.'],
    ['chị em', 'Nhiều chị em vẫn ngại lên tiếng.'],
    ['anh em', 'Anh em trong đội đều cố gắng.'],
    ['các bà mẹ', 'Các bà mẹ tặng 200 cuốn truyện.'],
    ['người dân as a group', 'Người dân phải lội nước đi làm.'],
    ['các em học sinh', 'Các em học sinh ôn tập rất chăm.'],
    ['một số người dân', 'Một số người dân cho biết nước ngập.'],
    ['organisations', 'Sở Y tế và Công ty CP Địa ốc Hoàng Kim ký kết hợp tác.'],
    ['a school named after a person', 'Trường THPT Huỳnh Thúc Kháng có 600 thí sinh.'],
    ['a street named after a person', 'Nước ngập trên phố Nguyễn Khuyến.'],
    ['a city named after a person', 'Buổi ra mắt diễn ra tại TP Hồ Chí Minh.'],
    ['a province that starts like a surname', 'Cô gái quê Thái Bình lên Hà Nội học.'],
    ['kinship: bà ngoại của em', 'Bà ngoại của em thường đi cùng.'],
    ['kinship: mẹ của chị', 'Mẹ của chị khuyên chị nhẫn nhịn.'],
    ['a fictional character', 'Nhân vật bà Từ được khắc họa là người phụ nữ mạnh mẽ.'],
    ['bác sĩ is not the honorific bác', 'Các bác sĩ khuyến cáo không tự truyền dịch.'],
    ['đàn ông is not the honorific ông', 'Không thua kém đàn ông chút nào.'],
    ['cụ thể is not the honorific cụ', 'Cụ thể, huyện có 41 điểm thi.'],
    ['a hypothetical person in a question', 'Dấu hiệu nào cho thấy một người mẹ bị trầm cảm?'],
  ])('%s', (_label, text) => {
    expect(summary(text)).toEqual([])
  })

  it.each([
    ['a byline', 'Bà Đỗ Thu Hà đến muộn.\n\nMinh Anh (tổng hợp)'],
    ['a wire credit', 'Bà Đỗ Thu Hà đến muộn.\n\nTheo TTXVN'],
    ['a team signature', 'Bà Đỗ Thu Hà đến muộn.\n\nNhóm PV'],
    ['a photo credit', 'Bà Đỗ Thu Hà đến muộn.\n\nBài và ảnh: Diệu Linh'],
    ['a reporter named in the text', 'Bà Đỗ Thu Hà đến muộn, phóng viên Thu Trang cho biết.'],
    ['a reporter signing off', 'Bà Đỗ Thu Hà đến muộn. Bá Thành, phóng viên thường trú tại Tây Nguyên.'],
    ['the reporter’s turns in a transcript', 'PV: Thưa bà, bà đến từ đâu?\nBà Đỗ Thu Hà: Tôi ở Hà Nội.'],
  ])('only the person in the news, not %s', (_label, text) => {
    expect(summary(text).map((p) => p[0])).toEqual(['Đỗ Thu Hà'])
  })
})

describe('quoted', () => {
  it.each(['cho biết', 'nói', 'khẳng định', 'chia sẻ', 'nhấn mạnh', 'thông tin', 'cho rằng', 'bày tỏ', 'kể', 'tâm sự', 'nhận định', 'phát biểu', 'cho hay', 'khai', 'cho chúng tôi biết'])(
    'reported speech with "%s"',
    (verb) => {
      expect(summary(`Bà Đỗ Thu Hà ${verb} giá rau đã tăng.`)).toEqual([['Đỗ Thu Hà', 'female', true]])
    },
  )

  it.each([
    ['theo X', 'Theo bà Đỗ Thu Hà, giá rau đã tăng.'],
    ['a quotation followed by the speaker', '“Giá rau tăng gấp đôi rồi”, bà Đỗ Thu Hà nói.'],
    ['a quotation after a colon', 'Bà Đỗ Thu Hà, tiểu thương chợ Hôm: “Giá rau tăng gấp đôi rồi”.'],
    ['a quotation with straight marks', '"Giá rau tăng gấp đôi rồi", bà Đỗ Thu Hà nói.'],
    ['a transcript turn', 'BTV: Giá rau thế nào?\nBà Đỗ Thu Hà: Tăng gấp đôi rồi.'],
    ['a quotation after a pronoun', 'Bà Đỗ Thu Hà bán rau. “Giá tăng gấp đôi rồi”, bà nói.'],
  ])('%s', (_label, text) => {
    expect(summary(text)).toEqual([['Đỗ Thu Hà', 'female', true]])
  })

  it('attributes a Q&A answer to the interviewee', () => {
    const text = 'Chúng tôi trao đổi với bác sĩ Kiều Văn Lâm.\nHỏi: Bệnh có nguy hiểm không?\nĐáp: Có, nếu không điều trị sớm.'
    expect(summary(text)).toEqual([['Kiều Văn Lâm', 'male', true]])
  })

  it.each([
    ['only mentioned', 'Bà Đỗ Thu Hà bị khởi tố về tội tham ô.'],
    ['passive', 'Bà Đỗ Thu Hà đã được nhắc nhở nhiều lần.'],
    ['"nói chung" is not speech', 'Bà Đỗ Thu Hà nói chung vẫn khỏe.'],
    ['a short quoted term is not speech', 'Bà Đỗ Thu Hà được gọi là “nữ tướng”.'],
  ])('not quoted when %s', (_label, text) => {
    expect(summary(text)).toEqual([['Đỗ Thu Hà', 'female', false]])
  })

  it('gives the quotation spans', () => {
    const a = analyse('“Giá rau tăng gấp đôi rồi”, bà Đỗ Thu Hà nói.')
    expect(a.people[0]!.quotes.map((q) => a.text.slice(q.start, q.end))).toEqual(['“Giá rau tăng gấp đôi rồi”', 'nói.'])
  })
})

describe('functions', () => {
  it.each([
    ['expert: TS.', 'TS. Lâm Thanh Tú cho rằng nông dân cần liên kết.', 'expert'],
    ['expert: luật sư', 'Luật sư Mai Xuân Phong nhấn mạnh đây là hành vi vi phạm pháp luật.', 'expert'],
    ['spokesperson: an official speaking', 'Chủ tịch UBND xã Lò Văn Páo cho biết cầu dài 120 m.', 'spokesperson'],
    ['eyewitness: chứng kiến', 'Anh Doãn Minh Khoa chứng kiến toàn bộ sự việc và cho biết hai nghi phạm bỏ chạy.', 'eyewitness'],
    ['popular opinion: an unnamed passer-by', 'Một người dân cho rằng giá xăng tăng quá nhanh.', 'popularOpinion'],
    ['personal experience: speaking of oneself', 'Anh Đinh Công Toàn kể: “Tôi sốt cao ba ngày liền”.', 'personalExperience'],
    ['subject: not quoted', 'Bị cáo Lê Thị Bích Trâm bị tuyên phạt 15 năm tù.', 'subject'],
  ])('%s', (_label, text, fn) => {
    const p = analyse(text).people[0]!
    expect(p.function).toBe(fn)
  })
})
