// General classes the blind split heldout4 showed the rules missing (issue 8, fourth round). Each
// sentence is written for the test, not taken from any evaluation text.
import { describe, expect, it } from 'vitest'
import { analyse, summary } from './helpers'

const names = (text: string) => analyse(text).people.map((p) => p.name)
const sexOf = (text: string, name: string) => {
  const p = analyse(text).people.find((q) => q.name === name)
  if (!p) throw new Error(`${name} not found in: ${JSON.stringify(names(text))}`)
  return p.sex
}

describe('ethnic-minority and rarer surnames open a name', () => {
  it.each([
    ['Lường', 'Công an huyện vừa bắt giữ Lường Văn Khánh về hành vi trộm cắp.', 'Lường Văn Khánh'],
    ['Cầm', 'Nhiều hộ dân đã được Cầm Bá Thuận hướng dẫn trồng mắc ca.', 'Cầm Bá Thuận'],
    ['Quàng', 'Đội văn nghệ được Quàng Minh Sinh thành lập năm 2015.', 'Quàng Minh Sinh'],
    ['Chử', 'Bức tranh được Chử Minh Đức hoàn thành năm 2020.', 'Chử Minh Đức'],
  ])('%s', (_surname, text, name) => {
    expect(names(text)).toEqual([name])
  })
})

describe('ordinary words and titles that open with a name-like syllable', () => {
  it('"cô đỡ" (village midwife) is a noun, not the honorific "cô"', () => {
    const text = 'Bác sĩ Lê Minh Châu cho biết mỗi bản đã có cô đỡ được đào tạo, cô đỡ ở đây rất tận tình.'
    expect(sexOf(text, 'Lê Minh Châu')).toBe('unknown')
  })
  it('"Phó Chi cục trưởng" is a title, not a person named Phó Chi', () => {
    expect(names('Ông Trần Văn Bình, Phó Chi cục trưởng Chi cục Thủy sản tỉnh, cho biết sản lượng tăng.')).toEqual(['Trần Văn Bình'])
  })
})

describe('an official’s title before an organisation or unit announces the person after it', () => {
  it.each([
    ['a department whose name ends in a head word', 'Giám đốc Sở Tài nguyên và Môi trường Vương Đức Toàn thừa nhận việc chậm trễ.', 'Vương Đức Toàn'],
    ['a bank', 'Phó tổng giám đốc ngân hàng Đàm Quốc Việt cho biết lãi suất sẽ giảm.', 'Đàm Quốc Việt'],
    ['a unit far after the title', 'Giám đốc Sở Lao động Thương binh và Xã hội tỉnh Lò Văn Thịnh nói chính sách đã sửa.', 'Lò Văn Thịnh'],
    ['a unit after a department', 'Trưởng phòng Tài chính huyện Kiều Minh Sang thông tin ngân sách đã được cấp.', 'Kiều Minh Sang'],
  ])('%s', (_case, text, name) => {
    expect(names(text)).toEqual([name])
  })
  it('a head word that opens a title ("Đội trưởng") is the title', () => {
    expect(names('Đội trưởng Khổng Thị Mai ghi bàn thắng quyết định.')).toEqual(['Khổng Thị Mai'])
  })
  it.each([
    ['a school named after a person', 'Hiệu trưởng Trường THPT Nguyễn Văn Trỗi cho biết học sinh đã nhập học.'],
    ['a street named after a person', 'Chủ tịch phường cho biết đường Lê Văn Lương sẽ được mở rộng.'],
  ])('not %s', (_case, text) => {
    expect(names(text)).toEqual([])
  })
})

describe('relatives in apposition and pronouns after "cùng"', () => {
  it('"Em trai chị, kỹ sư X": the relation before the comma gives X its sex, also with a role between', () => {
    const text = 'Chị Lý Thu Hằng mở xưởng gốm từ năm 2015. Em trai chị, kỹ sư Lý Quốc Dũng, phụ trách lò nung.'
    expect(sexOf(text, 'Lý Quốc Dũng')).toBe('male')
  })
  it('"cùng bà" (with her) is an object: not the subject of its own clause', () => {
    const text = 'Bà Lục Thị Hoa mở quán phở ở chợ huyện. Hằng ngày, Tòng Minh Sơn là người đứng bếp cùng bà.'
    expect(sexOf(text, 'Tòng Minh Sơn')).toBe('unknown')
  })
})

describe('an object pronoun does not give its sex to an unnamed, sexless subject', () => {
  const sexOfUnnamed = (text: string) => analyse(text).people.find((p) => !p.named)?.sex
  it('"Một người hàng xóm cho biết … thấy bà …": the pronoun is the earlier woman, the neighbour stays unknown', () => {
    const text = 'Bà Lục Thị Hoa bị ngã khi đang phơi lúa. Một người hàng xóm cho biết lúc đó mọi người chạy sang thì thấy bà nằm bất tỉnh.'
    expect(sexOfUnnamed(text)).toBe('unknown')
  })
  it('but "Một thương lái cho biết ông đã …" (a subject pronoun after the speech verb) is the speaker', () => {
    const text = 'Ông Cù Văn Bình nói giá vải tăng. Một thương lái cho biết ông đã mua vải ở đây tám năm.'
    expect(sexOfUnnamed(text)).toBe('male')
  })
})

describe('a third-person pronoun inside an interview or transcript turn', () => {
  it('goes to the person named just before it in the same answer', () => {
    const text = 'Hỏi: Ai dạy chị nghề gốm?\n\nĐáp: Người thầy đầu tiên của tôi là nghệ nhân Lưu Ngọc Diệp. Bà dạy tôi nặn gốm từ năm 12 tuổi.'
    expect(sexOf(text, 'Lưu Ngọc Diệp')).toBe('female')
  })
  it('never to the speaker of the turn (who says "tôi")', () => {
    const text = 'PV: Vụ mùa năm nay thế nào?\n\nÔng Lò Văn Sinh: Chị hỏi đúng lúc, năm nay tôi được mùa.'
    const sinh = analyse(text).people.find((p) => p.name === 'Lò Văn Sinh')
    expect(sinh?.sex).toBe('male')
    expect(sinh?.mentions.map((m) => m.text)).toEqual(['Ông Lò Văn Sinh'])
  })
})

describe('a women’s or men’s team named in the text speaks for its athletes elsewhere in it', () => {
  it('"đội tuyển bóng chuyền nữ" … "Tiền đạo X" (an athlete’s role, another sentence)', () => {
    const text = 'Đội tuyển bóng chuyền nữ Việt Nam thắng Thái Lan 3-2. Tiền đạo Khổng Minh Thư ghi 24 điểm.'
    expect(sexOf(text, 'Khổng Minh Thư')).toBe('female')
  })
  it('not an event of a tournament ("nội dung nữ"): another athlete may play another event', () => {
    const text = 'Ở nội dung nữ, Lục Thanh Vân giành huy chương bạc. Trong khi đó, kỳ thủ Khổng Minh Thư vô địch cờ nhanh.'
    expect(sexOf(text, 'Khổng Minh Thư')).toBe('unknown')
  })
  it('not a coach or an official', () => {
    const text = 'Đội tuyển bóng chuyền nữ Việt Nam thắng Thái Lan 3-2. Huấn luyện viên Khổng Minh Thư hài lòng với kết quả.'
    expect(sexOf(text, 'Khổng Minh Thư')).toBe('unknown')
  })
})

describe('wording flags: "không chỉ" / "không những" (not only … but also) is not a negation', () => {
  const flagged = (text: string) => analyse(text).flags.map((f) => f.text)
  it('"Không chỉ xinh đẹp, nữ kỹ sư này còn …" flags the looks', () => {
    expect(flagged('Không chỉ xinh đẹp, nữ kỹ sư này còn giành ba bằng sáng chế.')).toEqual(['xinh đẹp'])
  })
  it('"Không những nóng bỏng, …" flags the looks', () => {
    expect(flagged('Không những nóng bỏng, cô còn hát rất hay.')).toEqual(['nóng bỏng'])
  })
  it('but "không xinh đẹp" is still a negated use', () => {
    expect(flagged('Cô nói mình không xinh đẹp nhưng chăm chỉ.')).toEqual([])
  })
})

describe('not one person in the news', () => {
  it('a part played ("vai cô giáo Thu") is a fictional character', () => {
    expect(names('Diễn viên Lục Mỹ Dung đóng vai cô giáo Thu trong bộ phim mới.')).toEqual(['Lục Mỹ Dung'])
  })
  it('"mỗi xã có một người …" is one per unit, not one individual', () => {
    expect(names('Theo kế hoạch, mỗi xã có một người được tập huấn về sơ cứu.')).toEqual([])
  })
  it('but "có một người dân" without "mỗi" is still one individual', () => {
    expect(names('Trong buổi họp, có một người dân phản ánh đường bị ngập.')).toEqual(['một người dân'])
  })
})

describe('journalist appositives', () => {
  it('a book editor (", biên tập viên Nhà xuất bản …") is a person in the news', () => {
    expect(names('Bản thảo được đọc kỹ bởi anh Lục Minh Quân, biên tập viên Nhà xuất bản Kim Đồng.')).toEqual(['Lục Minh Quân'])
  })
  it('but ", biên tập viên" of a newsroom is still the journalist', () => {
    expect(names('Bản tin do anh Lục Minh Quân, biên tập viên Đài truyền hình tỉnh, thực hiện.')).toEqual([])
  })
})

describe('"nói được" is an ability, not speech', () => {
  it('"Sau ca mổ, ông đã nói lại được" does not make the patient quoted', () => {
    const text = 'Ông Lục Văn Sáu bị đột quỵ hôm 3/5. Sau ba ngày điều trị, ông đã nói lại được và tự đi lại.'
    expect(summary(text)).toEqual([['Lục Văn Sáu', 'male', false]])
  })
  it('but "ông nói" still is', () => {
    expect(summary('Ông Lục Văn Sáu nói bệnh viện đã cứu ông.')).toEqual([['Lục Văn Sáu', 'male', true]])
  })
})

describe('"Theo <long title> X," reports X’s words', () => {
  it('a title of many words between "Theo" and the name', () => {
    expect(summary('Theo Phó Giám đốc Sở Lao động Thương binh và Xã hội Khổng Minh Thư, hồ sơ đã được duyệt.')).toEqual([['Khổng Minh Thư', 'unknown', true]])
  })
  it('not a long phrase without a title ("Theo kế hoạch … của X, …")', () => {
    expect(summary('Theo kết quả cuộc thi năm nay của em Khổng Minh Thư, trường đứng thứ hai.').map((p) => p[2])).toEqual([false])
  })
})

describe('the winner of a gendered award', () => {
  it.each([
    ['"Giải Nữ ca sĩ … thuộc về X"', 'Giải Nữ ca sĩ được yêu thích nhất thuộc về Khổng Minh Thư.', 'female'],
    ['"giải nam diễn viên … được trao cho X"', 'Năm nay, giải nam diễn viên phụ xuất sắc được trao cho Khổng Minh Thư.', 'male'],
  ])('%s', (_case, text, sex) => {
    expect(sexOf(text, 'Khổng Minh Thư')).toBe(sex)
  })
  it('not an award without nữ / nam ("giải Đạo diễn xuất sắc")', () => {
    expect(sexOf('Giải Đạo diễn xuất sắc được trao cho Khổng Minh Thư.', 'Khổng Minh Thư')).toBe('unknown')
  })
})
