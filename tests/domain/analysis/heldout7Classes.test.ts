// General classes of words the rules took for people on heldout7 and heldout8 (issue 8, session 4,
// precision round): each is a fact of the language or of news style, not of one text. Every sentence
// is written for the test, not taken from any evaluation text.
import { describe, expect, it } from 'vitest'
import { analyse } from './helpers'

const names = (text: string) => analyse(text).people.map((p) => p.name)
const person = (text: string, name: string) => {
  const p = analyse(text).people.find((q) => q.name === name)
  if (!p) throw new Error(`${name} not found in: ${JSON.stringify(names(text))}`)
  return p
}

describe('a capitalised word after a role that names a group, an art form or a subject', () => {
  it.each([
    ['an ethnic group after an honorific compound', 'Thầy giáo Dao kể chuyện bản làng cho học trò nghe.'],
    ['"người" + a capital is where someone is from', 'Cô gái người Tày ấy đã ba lần vô địch đẩy gậy.'],
    ['a two-syllable ethnic group after a role', 'Thanh niên Gia Rai học nghề sửa máy nông nghiệp.'],
    ['an art form after an honorific', 'Cả bản mời một thầy Chèo về dạy cho đội văn nghệ.'],
    ['a school subject after "dạy"', 'Các cô giáo dạy Toán ở xã bên cũng tham gia lớp học.'],
    ['a school subject with its lowercase tail', 'Giáo viên Sinh học của trường đưa học sinh đi thực tế.'],
  ])('%s is no person', (_case, text) => {
    expect(names(text)).toEqual([])
  })
  it('a name after the same role is still a name', () => {
    expect(names('Thầy giáo Vừ Mí Sính kể chuyện bản làng cho học trò nghe.')).toEqual(['Vừ Mí Sính'])
    expect(names('Giáo viên Hà Thị Bông cho biết lớp có 20 em.')).toEqual(['Hà Thị Bông'])
  })
})

describe('words that are no Vietnamese name', () => {
  it('a Latin binomial after a role word is a species, not a person', () => {
    expect(names('Loài cây mới được đặt tên Magnolia tamdaoensis theo tên dãy núi.')).toEqual([])
  })
  it.each([
    ['"Phó" + the start of a title with a lowercase tail', 'Ông Đào Văn Lực, Phó Chỉ huy trưởng Ban Chỉ huy quân sự huyện, cho biết đường đã thông.'],
    ['"Phó" + a title opener + a unit', 'Bà Mạc Thị Nhàn, Phó Trưởng Điện lực khu vực, cho biết điện đã có lại.'],
  ])('%s is a title’s fragment', (_case, text) => {
    expect(names(text)).toEqual([text.includes('Lực,') ? 'Đào Văn Lực' : 'Mạc Thị Nhàn'])
  })
  it.each([
    ['a role word capitalised inside an organisation’s name', 'Anh Bế Văn Toản, nhân viên Trạm Kiểm lâm Pù Luông, dẫn đường cho đoàn.', ['Bế Văn Toản']],
    ['a role word capitalised after a dash inside a place’s name', 'Đoàn khảo sát hang động ở khu Tràng An – Kẻ Sặt trong ba tuần.', []],
  ])('%s is part of that name', (_case, text, expected) => {
    expect(names(text)).toEqual(expected)
  })
})

describe('Southern nicknames by birth order', () => {
  it('birth order + the given name refers back to the person with that given name', () => {
    const text = 'Quán bún của bà Đặng Thị Huê, mà khách quen gọi là bà Sáu Huê, mở từ năm 1990. "Tôi bán cho vui", bà Sáu nói.'
    expect(names(text)).toEqual(['Đặng Thị Huê'])
    expect(person(text, 'Đặng Thị Huê').quoted).toBe(true)
  })
  it('the birth-order word alone in a headline before the name is the same person', () => {
    const text = 'Gánh chè của bà Bảy\n\nNgười bán là bà Trịnh Thị Hoa, được cả phố gọi là bà Bảy Hoa. Bà Bảy cho biết đã bán 30 năm.'
    expect(names(text)).toEqual(['Trịnh Thị Hoa'])
  })
  it('birth order as the given name + an epithet ("Năm Bánh" for "Lý Thị Năm") is the same person', () => {
    const text = 'Người làm bánh là bà Lý Thị Năm, được cả xóm gọi là bà Năm Bánh. Bà Năm Bánh nói bà làm bánh từ năm 15 tuổi.'
    expect(names(text)).toEqual(['Lý Thị Năm'])
  })
  it('but a part played is nobody in the news, however it is called', () => {
    const text = 'Bộ phim có NSƯT Lê Thị Út đóng vai cô cháu gái Út Lan.'
    expect(names(text)).toEqual(['Lê Thị Út'])
    expect(names('Vai chính bà Chín do một diễn viên trẻ đảm nhận.')).toEqual(['một diễn viên'])
  })
  it('"Vai chính được giao cho X" names the actor', () => {
    expect(names('Vai chính được giao cho Đoàn Khả Vy, một gương mặt mới.')).toEqual(['Đoàn Khả Vy'])
  })
})

describe('people counted twice or who are not in the news', () => {
  it('"một X …. X là chị A": the next sentence’s noun + "là" + a name identifies the unnamed one', () => {
    const text = 'Đội cứu hộ vừa đưa một ngư dân bị thương vào bờ. Ngư dân là anh Đàm Văn Quý, 40 tuổi, quê Nghệ An.'
    expect(names(text)).toEqual(['Đàm Văn Quý'])
  })
  it('but another noun there does not', () => {
    const text = 'Đội cứu hộ vừa đưa một ngư dân bị thương vào bờ. Chỉ huy là anh Đàm Văn Quý.'
    expect(names(text)).toHaveLength(2)
  })
  it('a name given with "tên" after other capitalised words names the unnamed one', () => {
    const text = 'Năm ngoái chị quen một người đàn ông qua Zalo, tự xưng tên Hầu A Dính, hứa tìm việc cho chị.'
    expect(names(text)).toEqual(['Hầu A Dính'])
  })
  it.each([
    ['a broadcaster’s acronym', 'Ông Lục Văn Bình cho biết đã sửa xong cầu.\n\nTrần Hạo, VOV Đông Bắc.', ['Lục Văn Bình']],
    ['a broadcaster in words, on the text’s last line', 'Ông Lục Văn Bình cho biết đã sửa xong cầu. Thu Hà, Đài Phát thanh – Truyền hình Cao Bằng.', ['Lục Văn Bình']],
  ])('the last sentence of names and %s is the reporters’ sign-off', (_case, text, expected) => {
    expect(names(text)).toEqual(expected)
  })
  it('names and a broadcaster mid-text are not a sign-off', () => {
    expect(names('Thu Hà, Đài Phát thanh – Truyền hình Cao Bằng. Ông Lục Văn Bình cho biết đã sửa xong cầu.')).toContain('Lục Văn Bình')
  })
  it('a role and a name that fill a quotation are the title of a play or a tale', () => {
    expect(names('Đoàn chèo dựng lại vở “Công chúa Ngọc Hân” cho mùa lễ hội.')).toEqual([])
    expect(names('Đoàn chèo mời “nghệ nhân Đinh Thị Lụa” về dạy.')).toEqual(['Đinh Thị Lụa'])
  })
})

describe('capitalised common nouns and places the text travels to', () => {
  it.each([
    ['the capital city', 'Nhiều người dân Thủ đô đã chuyển sang đi xe buýt.'],
    ['a university known by its field', 'Ba sinh viên Sư phạm giành giải nhất cuộc thi.'],
    ['a field inside an institute’s name', 'TS Kha Minh Đạo, Viện Khoa học Nông Lâm nghiệp miền núi, cho biết giống mới chịu hạn.'],
  ])('%s, capitalised before a lowercase word, is no person', (_case, text) => {
    expect(names(text)).toEqual(text.includes('Đạo') ? ['Kha Minh Đạo'] : [])
  })
  it('a name capitalised throughout stays a name', () => {
    expect(names('Sinh viên Bách Thị Hạnh đạt điểm cao nhất.')).toEqual(['Bách Thị Hạnh'])
  })
  it('a bare name travelled to ("đến X") is a place wherever the text repeats it', () => {
    const text = 'Ông Cù Văn Lộc cho biết: "Khách đến Vũ Quang ngày càng đông." Theo ông Lộc, Vũ Quang cần thêm nước ngọt.'
    expect(names(text)).toEqual(['Cù Văn Lộc'])
  })
})

describe('one person however the text goes on to call them', () => {
  it('a turn’s label naming its speaker by the noun the report introduced them with is that person', () => {
    const text = 'PV: Tối qua, một nữ công nhân ca đêm bị cướp giật túi xách trên đường về.\n\nMột nữ công nhân ca đêm (xin giấu tên): Tôi sợ quá, không dám đi một mình nữa.'
    expect(names(text)).toHaveLength(1)
    expect(analyse(text).people[0]!.quoted).toBe(true)
  })
  it('but the same noun twice in running text may be two people', () => {
    const text = 'Một nữ công nhân cho biết lương chưa về. Ở xưởng bên, một nữ công nhân khác nói đã nhận đủ.'
    expect(names(text)).toHaveLength(2)
  })
  it('the one unnamed child and the one child named with "bé" are one child', () => {
    const text = 'Chiếc nam châm đã làm thủng ruột của bé trai.\n\nBệnh viện cho biết bé H.V.K. (3 tuổi) đã qua cơn nguy kịch, mẹ bé rất mừng.'
    expect(names(text)).toEqual(['H.V.K.'])
    expect(person(text, 'H.V.K.').sex).toBe('male')
  })
  it('two children named with "bé" stay apart from the unnamed one', () => {
    const text = 'Một bé gái bị bỏng nặng. Bé Lan và bé Hoa được đưa đi cấp cứu.'
    expect(names(text)).toHaveLength(3)
  })
})

describe('the presenter’s introduction names no one new', () => {
  it('"một cô gái" in the opening turn, after the reporter is named, is the "chị A" the report names', () => {
    const text =
      'BTV: Thưa quý vị, nạn lừa đảo việc làm qua mạng vẫn diễn biến phức tạp. Bản tin có phần trình bày của phóng viên Hà Linh. Phóng viên Hà Linh kể lại câu chuyện của một cô gái người Dao vừa được giải cứu.\n\nPV: Ngồi bên bếp lửa, chị Triệu Thị M., 22 tuổi, vẫn còn run khi kể lại.'
    expect(names(text)).toEqual(['Triệu Thị M.'])
  })
})
