// Sex cues added for issue 8's second round (general rules, one sentence each), and the
// exclusions that keep them from firing where "nữ" / "nam" or a pronoun means something else.
import { describe, expect, it } from 'vitest'
import { analyse } from './helpers'

const sexOf = (text: string, name: string) => {
  const p = analyse(text).people.find((q) => q.name === name)
  if (!p) throw new Error(`${name} not found in: ${JSON.stringify(analyse(text).people.map((q) => q.name))}`)
  return p.sex
}

describe('nữ / nam with any role phrase', () => {
  it.each([
    ['nữ + a role the word list does not know', 'Nữ nghiên cứu viên Lâm Thanh Tú phụ trách phần mềm.', 'female'],
    ['nam + a role the word list does not know', 'Nam tiếp viên Lâm Thanh Tú đã hạ cánh an toàn.', 'male'],
    ['nữ + a capitalised title', 'Nữ Phó Chủ tịch UBND tỉnh Lâm Thanh Tú phát biểu.', 'female'],
    ['nam after the role word, before the name', 'Bệnh nhân nam Lâm Thanh Tú đã xuất viện.', 'male'],
  ])('%s', (_rule, text, sex) => {
    expect(sexOf(text, 'Lâm Thanh Tú')).toBe(sex)
  })

  it.each([
    ['a team attribute: the coach of the women’s team', 'Huấn luyện viên đội tuyển nữ Lâm Thanh Tú đến muộn.'],
    ['"nữ quyền" (feminism) is not "nữ"', 'Nhà hoạt động nữ quyền Lâm Thanh Tú đến muộn.'],
    ['a verb between nữ and the name', 'Đội nữ thắng Lâm Thanh Tú hôm qua.'],
  ])('not when %s', (_rule, text) => {
    expect(sexOf(text, 'Lâm Thanh Tú')).toBe('unknown')
  })
})

describe('nữ / nam after the noun of an unnamed individual', () => {
  it('"một bệnh nhân nam 45 tuổi" is a man', () => {
    const p = analyse('Bệnh viện vừa ghép gan cho một bệnh nhân nam 45 tuổi bị xơ gan.').people
    expect(p.map((q) => [q.name, q.sex])).toEqual([['một bệnh nhân nam', 'male']])
  })
  it('"một công nhân nữ" is a woman', () => {
    expect(analyse('Một công nhân nữ cho biết lương chưa được trả.').people.map((q) => q.sex)).toEqual(['female'])
  })
  it('a capital after the noun is a place or a name, not a sex', () => {
    expect(analyse('Một thương lái Nam Bộ cho biết giá tăng.').people.map((q) => q.sex)).toEqual(['unknown'])
  })
})

describe('sports divisions', () => {
  it('an athlete in a sentence about the men’s event is a man', () => {
    expect(sexOf('Ở nội dung nam, chiến thắng thuộc về Lâm Thanh Tú.', 'Lâm Thanh Tú')).toBe('male')
  })
  it('not in a mixed event', () => {
    expect(sexOf('Ở nội dung đôi nam nữ, chiến thắng thuộc về Lâm Thanh Tú.', 'Lâm Thanh Tú')).toBe('unknown')
  })
  it('not for the coach or an official named in that sentence', () => {
    expect(sexOf('Ở nội dung nữ, HLV Lâm Thanh Tú hài lòng với học trò.', 'Lâm Thanh Tú')).toBe('unknown')
  })
  it('weaker than an honorific', () => {
    expect(sexOf('Ở nội dung nữ, ông Lâm Thanh Tú trao cúp.', 'Lâm Thanh Tú')).toBe('male')
  })
})

describe('object pronouns', () => {
  it('"đề nghị bà" after a title + name goes to the woman named before, not to the subject', () => {
    const text = 'Bà Kim Thu Hạnh nhận nhiệm vụ mới. Chủ tịch Lâm Thanh Tú tặng hoa và đề nghị bà sớm bắt tay vào việc.'
    expect(sexOf(text, 'Lâm Thanh Tú')).toBe('unknown')
    expect(analyse(text).people.find((p) => p.name === 'Kim Thu Hạnh')!.mentions.map((m) => m.text)).toEqual(['Bà Kim Thu Hạnh', 'bà'])
  })
  it('"cảm ơn anh" does not make the speaker a man', () => {
    expect(sexOf('Anh Lê Quốc Bảo cứu hai em nhỏ. Giám đốc Lâm Thanh Tú cảm ơn anh vì sự dũng cảm.', 'Lâm Thanh Tú')).toBe('unknown')
  })
  it('a subject pronoun after a speech verb is still the speaker', () => {
    expect(sexOf('Chị Lê Thu Hà đến sớm. Giám đốc Lâm Thanh Tú cho biết ông sẽ kiểm tra lại.', 'Lâm Thanh Tú')).toBe('male')
  })
  it('an object in another clause (after "cho rằng") may be the speaker', () => {
    const text = 'Chị Lê Thu Hà bán vé ở cửa. Một sinh viên cho rằng vở kịch giúp cô hiểu hơn về tín ngưỡng.'
    expect(analyse(text).people.map((p) => [p.name, p.sex])).toEqual([
      ['Lê Thu Hà', 'female'],
      ['Một sinh viên', 'female'],
    ])
  })
  it('a subject named with another honorific yields to the person named with this one', () => {
    const a = analyse('Cụ Lò Thu Sen quét đường mỗi sáng. Ông Hà Quang Lự cho biết cụ vẫn khỏe.')
    expect(a.people.find((p) => p.name === 'Lò Thu Sen')!.mentions.map((m) => m.text)).toEqual(['Cụ Lò Thu Sen', 'cụ'])
  })
  it('"hắn" and "ả" of crime reports are pronouns with a sex', () => {
    expect(sexOf('Đối tượng Lâm Thanh Tú bị bắt. Hắn khai đã trộm ba xe máy.', 'Lâm Thanh Tú')).toBe('male')
    expect(sexOf('Đối tượng Lâm Thanh Tú bị bắt. Ả khai đã lừa nhiều người.', 'Lâm Thanh Tú')).toBe('female')
  })
})

describe('headline', () => {
  it('"Bé gái 6 tuổi" in the headline gives her sex to "bé X" in the body', () => {
    const text = 'Bé gái 6 tuổi bị bỏ đói nhiều tháng\n\nBé Lâm Ngọc Hân được đưa vào bệnh viện tỉnh.\n\nBác sĩ cho biết em đã qua cơn nguy kịch.'
    expect(sexOf(text, 'Lâm Ngọc Hân')).toBe('female')
  })
  it('not when the headline names a girl and a boy', () => {
    const text = 'Bé gái và bé trai bị bỏ quên trên xe\n\nBé Lâm Ngọc Hân được đưa vào bệnh viện tỉnh.\n\nBác sĩ cho biết em đã qua cơn nguy kịch.'
    expect(sexOf(text, 'Lâm Ngọc Hân')).toBe('unknown')
  })
  it('a name with no cue at all stays unknown', () => {
    expect(sexOf('Tai nạn trên cao tốc\n\nTài xế Lâm Ngọc Hân được đưa vào bệnh viện tỉnh.\n\nBác sĩ cho biết đã ổn.', 'Lâm Ngọc Hân')).toBe('unknown')
  })
})

describe('object pronouns and clauses', () => {
  it('the subject may be a role word standing for the person ("Thứ trưởng chúc bà …")', () => {
    const text = 'Thứ trưởng Lâm Thanh Tú đã thăm bà mẹ Việt Nam anh hùng Nguyễn Thị Thứ. Thứ trưởng chúc bà mạnh khỏe.'
    expect(sexOf(text, 'Lâm Thanh Tú')).toBe('unknown')
  })
  it('after a control verb the object may be the first subject ("nhờ hàng xóm đưa anh …")', () => {
    const text = 'Chị Lê Thu Hà trực ở trạm. Anh Lâm Quốc Bảo bị ngã, nhờ hàng xóm đưa anh đi viện.'
    expect(analyse(text).people.find((p) => p.name === 'Lâm Quốc Bảo')!.mentions.map((m) => m.text)).toEqual(['Anh Lâm Quốc Bảo', 'anh'])
  })
})
