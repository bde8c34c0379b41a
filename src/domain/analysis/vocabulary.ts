// Word lists of the Vietnamese text assistant. All lowercase NFC; multi-word entries are
// space-separated syllables. Curated from general knowledge of Vietnamese news style, not from
// any one evaluation text.

export type SexCue = 'female' | 'male'

/** Honorifics and the sex they mark ('' = marks none: em, cháu, bác, cụ, bé). */
export const HONORIFICS: ReadonlyMap<string, SexCue | ''> = new Map<string, SexCue | ''>([
  ['ông', 'male'], ['anh', 'male'], ['chú', 'male'], ['thầy', 'male'], ['cậu', 'male'], ['chàng', 'male'],
  ['bà', 'female'], ['chị', 'female'], ['cô', 'female'], ['dì', 'female'], ['mợ', 'female'], ['thím', 'female'], ['nàng', 'female'],
  ['em', ''], ['cháu', ''], ['bác', ''], ['cụ', ''], ['bé', ''],
  // "bạn Trần Minh Anh, học sinh lớp 11": students and young people; never a bare pronoun (generic "you").
  ['bạn', ''],
  // Pejorative pronouns of crime reports: "hắn", "gã" (a man), "ả" (a woman).
  ['hắn', 'male'], ['gã', 'male'], ['ả', 'female'],
])

/** Honorific + word that form a group, never one person ("bà con", "chị em"). */
export const COLLECTIVE_COMPOUNDS: ReadonlySet<string> = new Set([
  'bà con', 'anh em', 'chị em', 'ông bà', 'cô chú', 'anh chị', 'cô trò', 'thầy cô', 'thầy trò', 'ông cha',
  'chú bác', 'cô bác', 'bà cháu', 'ông cháu', 'cô cháu', 'chú cháu', 'em út', 'cụ già', 'bác cháu', 'cháu chắt',
  'anh chị em', 'các cụ', 'bạn bè', 'bạn đọc', 'bạn trẻ', 'bạn nghe', 'bạn xem',
])

/** Kinship compounds: a relative, not a person in the news unless named ("bà ngoại của em"). */
export const KIN_COMPOUNDS: ReadonlyMap<string, SexCue | ''> = new Map<string, SexCue | ''>([
  ['bà ngoại', 'female'], ['bà nội', 'female'], ['ông ngoại', 'male'], ['ông nội', 'male'], ['anh trai', 'male'],
  ['chị gái', 'female'], ['em gái', 'female'], ['em trai', 'male'], ['anh rể', 'male'], ['chị dâu', 'female'],
  ['em rể', 'male'], ['em dâu', 'female'], ['cháu nội', ''], ['cháu ngoại', ''], ['cô ruột', 'female'],
  ['chú ruột', 'male'], ['bác ruột', ''], ['dì ruột', 'female'], ['anh họ', 'male'], ['chị họ', 'female'], ['em họ', ''],
  ['cháu gái', 'female'], ['cháu trai', 'male'], ['ông bà', ''],
])

/** Honorific + noun compounds that describe one person ("cô giáo", "cụ bà"). */
export const ROLE_COMPOUNDS: ReadonlyMap<string, SexCue | ''> = new Map<string, SexCue | ''>([
  ['cô giáo', 'female'], ['thầy giáo', 'male'], ['bà mẹ', 'female'], ['ông bố', 'male'], ['cụ ông', 'male'],
  ['cụ bà', 'female'], ['bà cụ', 'female'], ['ông cụ', 'male'], ['cô gái', 'female'], ['cô bé', 'female'],
  ['cậu bé', 'male'], ['em bé', ''], ['bé trai', 'male'], ['bé gái', 'female'], ['cháu bé', ''], ['ông chủ', 'male'],
  ['bà chủ', 'female'], ['anh chàng', 'male'], ['bà lão', 'female'], ['ông lão', 'male'], ['cô nàng', 'female'],
  ['chàng trai', 'male'], ['bà bầu', 'female'], ['anh bộ đội', 'male'], ['cô dâu', 'female'], ['chú rể', 'male'],
  ['ông già', 'male'], ['bà già', 'female'], ['ông xã', 'male'], ['bà xã', 'female'], ['thầy thuốc', ''],
])

/** Honorific syllable + word that make an ordinary word, not a person ("bác sĩ", "cụ thể", "chú ý"). */
export const NOT_HONORIFIC: ReadonlySet<string> = new Set([
  'bác sĩ', 'bác sỹ', 'bác bỏ', 'bác ái', 'cô đơn', 'cô lập', 'cô đọng', 'cô độc', 'cô nhi', 'cô hồn', 'cô đặc',
  'anh hùng', 'anh dũng', 'anh minh', 'anh tài', 'anh ngữ', 'anh quốc', 'anh thư', 'anh linh', 'cụ thể', 'chú ý',
  'chú trọng', 'chú thích', 'chú tâm', 'ông trời', 'bà đỡ', 'bà mụ', 'bà hoàng', 'ông hoàng', 'ông tơ', 'bà nguyệt',
  'cụ kỵ', 'chị hằng', 'em út', 'bé bỏng', 'bé nhỏ', 'thầy bói', 'thầy cúng', 'bà đầm', 'cậu ấm', 'ả đào',
  'cô đỡ',
])

/**
 * Verbs (and prepositions) after which a bare honorific is an object: "đề nghị bà sớm …", "cảm ơn
 * anh", "chúc mừng chị", "làm việc với ông". An object pronoun never refers to the subject of its
 * own clause (that would be "mình"), so it goes to another, earlier person.
 */
export const OBJECT_VERBS: ReadonlySet<string> = new Set([
  'cảm ơn', 'cám ơn', 'chúc mừng', 'đề nghị', 'yêu cầu', 'mời', 'khuyên', 'động viên', 'khen', 'khen ngợi', 'chê',
  'nhận xét', 'đánh giá', 'giúp', 'giúp đỡ', 'gặp', 'thăm', 'tặng', 'trao', 'nhờ', 'gọi', 'hỏi', 'phỏng vấn', 'bầu',
  'bổ nhiệm', 'giao', 'cử', 'nhắc', 'nhắc nhở', 'thuyết phục', 'ủng hộ', 'tin tưởng', 'đón', 'đưa', 'chăm sóc', 'thuê',
  'tuyển', 'kỷ luật', 'khởi tố', 'bắt', 'bắt giữ', 'xử phạt', 'tuyên phạt', 'triệu tập', 'chúc', 'cảm phục', 'ca ngợi',
  'với', 'cùng', 'cho', 'tiễn', 'thấy', 'nhìn thấy', 'phát hiện', 'chào', 'xin lỗi', 'đánh', 'cứu', 'chở', 'báo tin', 'an ủi', 'khích lệ', 'vinh danh',
])

/** Words before "nam" / "nữ" that make it a division, team or direction, not a person's sex ("đội tuyển nữ", "phía nam"). */
export const NU_NAM_ATTRIBUTE_AFTER: ReadonlySet<string> = new Set([
  'đội', 'tuyển', 'đá', 'chuyền', 'rổ', 'futsal', 'giải', 'dung', 'ly', 'đơn', 'đôi', 'môn', 'hạng', 'mục', 'bảng', 'km',
  'm', 'kg', 'trường', 'lớp', 'clb', 'khu', 'phòng', 'xá', 'miền', 'phía', 'hướng', 'phương', 'đông', 'tây',
  'bắc', 'việt', 'hà', 'nhóm', 'hội', 'bộ', 'tổ', 'ban', 'khoa', 'nam', 'nữ', 'và', 'lẫn', 'hoặc', 'hay', 'giới', 'cả',
])
/** Words after "nam" / "nữ" that make another word ("Nam Bộ", "nam châm", "nữ quyền", "nữ trang"). */
export const NU_NAM_NOT_BEFORE: ReadonlySet<string> = new Set([
  'bộ', 'phi', 'mỹ', 'cực', 'á', 'trung', 'khoa', 'châm', 'tiến', 'định', 'sách', 'kỳ', 'bán', 'quyền', 'công', 'trang',
  'tính', 'nữ', 'nam', 'và', 'hay', 'hoặc', 'lẫn', 'y', 'dược', 'học',
])
/**
 * Sports divisions ("nội dung nam", "cự ly 42 km nữ", "đơn nữ", "đội tuyển bóng đá nam"): the
 * athletes named in the same sentence are of that sex (a weak cue: coaches and referees are not).
 */
export const DIVISION_BEFORE_NU_NAM: ReadonlySet<string> = new Set([
  'dung', 'ly', 'đơn', 'đôi', 'km', 'm', 'kg', 'mục', 'đá', 'chuyền', 'rổ', 'futsal', 'tuyển',
])
export const ATHLETE_ROLES: ReadonlySet<string> = new Set([
  'vận động viên', 'vđv', 'cầu thủ', 'kỳ thủ', 'cơ thủ', 'tiền đạo', 'tiền vệ', 'hậu vệ', 'thủ môn', 'võ sĩ',
  'trung vệ', 'thủ thành', 'chân sút', 'ngoại binh', 'tay vợt', 'tay đua', 'xạ thủ', 'cung thủ', 'đô vật', 'lực sĩ',
])
/** Words a role phrase between "nữ" / "nam" and a name never contains: verbs and function words. */
export const ROLE_PHRASE_STOPS: ReadonlySet<string> = new Set([
  'là', 'và', 'với', 'của', 'cho', 'được', 'bị', 'đã', 'đang', 'sẽ', 'có', 'không', 'cũng', 'như', 'thì', 'mà', 'nhưng',
  'các', 'những', 'cùng', 'theo', 'tại', 'ở', 'từ', 'khi', 'nói', 'biết', 'rằng', 'gồm', 'trong', 'ngoài', 'về', 'để',
  'do', 'bởi', 'hay', 'hoặc', 'còn', 'vẫn', 'lại', 'này', 'đó', 'kia', 'ấy', 'chỉ', 'gặp', 'thấy', 'thắng', 'thua',
  'trước', 'sau', 'hơn', 'nhất', 'đều', 'nhiều', 'ít', 'rất',
])

/** Pronoun tails after an honorific: "anh ấy", "bà ta", "ông này". */
export const PRONOUN_TAILS: ReadonlySet<string> = new Set(['ấy', 'ta', 'này', 'kia'])

/** Words before a noun that make it plural or generic: never one person. */
export const PLURALISERS: ReadonlySet<string> = new Set([
  'các', 'những', 'mấy', 'nhiều', 'mọi', 'từng', 'hai', 'ba', 'bốn', 'năm', 'vài', 'hàng', 'bao', 'số', 'đám', 'nhóm', 'hội',
])

/** Vietnamese surnames (one and two syllables), common and rarer, incl. ethnic-minority clans. */
export const SURNAMES: ReadonlySet<string> = new Set(
  (
    'nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý lí đinh đoàn đào trịnh trương ' +
    'lương lưu mai cao tạ tô hà lâm quách thái tăng châu chu kiều khổng giang la lã lạc lò lục mạc mẫn ' +
    'nông phùng quan quảng sầm sử thạch thân tiêu tiết tôn tống trình triệu ứng ung vi viên vương ' +
    'âu bạch bế cù doãn đàm đậu đồng giáp hạ hầu hứa khúc khương khuất kim lại mạch mông nghiêm ninh ' +
    'ông ô phí phó tòng giàng vàng sùng thào hờ danh kha chẩu lèo mùa lầu ma lộc hoàng bàn triệu ' +
    'diệp khưu lường cầm quàng chử lữ vừ thích ' +
    // Rarer Kinh surnames; none is a word that opens a sentence before another capital.
    'bạc biện cấn chương đái điêu đổng hàn khiếu lãnh lịch liễu lều lỗ mã ngụy nhâm ôn sái tào thang thiều ' +
    'quản ' +
    // Central Highlands clans that open a name ("Ksor Phước", "Siu Thanh", "Rơ Châm Hùng").
    'ksor siu rơ kpă rahlan puih rcom niê mlô êban byă ktla hwing adrơng bkrông alăng bríu ' +
    // S'tiêng, Dao, Thái, Chăm clans.
    'điểu cứ chảo tẩn phàn cà ngần đàng ' +
    // Hmông, Hà Nhì, Khmer, Tày, Cơ Tu and Ê Đê / Jrai clans (session 4).
    'lồ chá cháng tráng lỳ vù pờ phìn sừ nịnh chau ayun knul hđơk kpuih pinăng katơr zơrâm arất pơloong hôih clâu tơngol bhling'
  ).split(/\s+/),
)
export const TWO_SYLLABLE_SURNAMES: ReadonlySet<string> = new Set(['âu dương', 'tôn thất', 'tôn nữ', 'công tôn', 'gia cát', 'hoàng phủ', 'tư mã'])

/** Places that look like names ("Thái Bình", "Hạ Long"): provinces, big cities, regions, neighbours. */
export const PLACES: ReadonlySet<string> = new Set(
  [
    'hà nội', 'hải phòng', 'đà nẵng', 'cần thơ', 'hồ chí minh', 'sài gòn', 'huế', 'an giang', 'bà rịa', 'vũng tàu',
    'bắc giang', 'bắc kạn', 'bạc liêu', 'bắc ninh', 'bến tre', 'bình định', 'bình dương', 'bình phước', 'bình thuận',
    'cà mau', 'cao bằng', 'đắk lắk', 'đắk nông', 'điện biên', 'đồng nai', 'đồng tháp', 'gia lai', 'hà giang', 'hà nam',
    'hà tĩnh', 'hải dương', 'hậu giang', 'hòa bình', 'hưng yên', 'khánh hòa', 'kiên giang', 'kon tum', 'lai châu',
    'lâm đồng', 'lạng sơn', 'lào cai', 'long an', 'nam định', 'nghệ an', 'ninh bình', 'ninh thuận', 'phú thọ', 'phú yên',
    'quảng bình', 'quảng nam', 'quảng ngãi', 'quảng ninh', 'quảng trị', 'sóc trăng', 'sơn la', 'tây ninh', 'thái bình',
    'thái nguyên', 'thanh hóa', 'thừa thiên huế', 'tiền giang', 'trà vinh', 'tuyên quang', 'vĩnh long', 'vĩnh phúc',
    'yên bái', 'hạ long', 'hồ tây', 'hồ gươm', 'việt nam', 'trung quốc', 'nhật bản', 'hàn quốc', 'thái lan', 'lào',
    'cam-pu-chia', 'campuchia', 'quảng tây', 'quảng đông', 'vân nam', 'đài loan', 'hồng kông', 'tây nguyên',
    'tây bắc', 'đông bắc', 'nam bộ', 'bắc bộ', 'trung bộ', 'miền tây', 'đồng bằng sông cửu long', 'mê kông', 'mekong',
    'trường sơn', 'phú quốc', 'côn đảo', 'sa pa', 'đà lạt', 'nha trang', 'quy nhơn', 'vinh', 'buôn ma thuột', 'hội an',
    'mỹ', 'anh', 'pháp', 'đức', 'nga', 'úc', 'ấn độ', 'lê lợi', 'hai bà trưng', 'hoàn kiếm', 'ba đình', 'đống đa',
    'cầu giấy', 'thanh xuân', 'long biên', 'hoàng mai', 'tây hồ', 'hà đông', 'gia lâm', 'đông anh', 'sóc sơn', 'thủ đức',
    // Countries, regions and foreign cities whose first syllable is also a surname.
    'hà lan', 'ba lan', 'mông cổ', 'triều tiên', 'châu âu', 'châu á', 'châu phi', 'châu mỹ', 'châu úc', 'đông nam á',
    'vũ hán', 'tô châu', 'quảng châu', 'hàng châu', 'thượng hải', 'bắc kinh', 'đài bắc', 'kim biên', 'hà tiên', 'hà tây',
    'mai châu', 'lâm hà', 'đông hà', 'bồ đào nha', 'tây ban nha', 'thụy điển', 'thụy sĩ', 'đan mạch', 'na uy', 'phần lan',
    'ai cập', 'thổ nhĩ kỳ', 'cao miên', 'phan thiết', 'phan rang', 'tháp chàm', 'cao lãnh', 'châu đốc', 'long xuyên',
    'mỹ tho', 'tân an', 'hồng ngự', 'mường lay', 'lai vung', 'tam kỳ', 'hội an', 'đồng hới', 'đông triều', 'uông bí',
    // Countries and regions named in foreign news (one capitalised word after a role is a nationality).
    'australia', 'canada', 'singapore', 'malaysia', 'indonesia', 'philippines', 'myanmar', 'brunei', 'đông timor', 'ý',
    'italy', 'bỉ', 'áo', 'séc', 'hungary', 'ukraine', 'israel', 'iran', 'iraq', 'qatar', 'dubai', 'ả rập xê út', 'nam phi',
    'nigeria', 'kenya', 'brazil', 'argentina', 'mexico', 'cuba', 'chile', 'peru', 'new zealand', 'bangladesh', 'pakistan',
    'nepal', 'sri lanka', 'mông cổ', 'kazakhstan', 'belarus', 'hy lạp', 'bồ đào nha', 'ireland', 'scotland', 'hoa kỳ',
    // More countries of sport and foreign news: a nationality before a foreign name ("người Kenya X").
    'ethiopia', 'uganda', 'tanzania', 'ghana', 'morocco', 'ma-rốc', 'algeria', 'tunisia', 'cameroon', 'senegal', 'bờ biển ngà',
    'colombia', 'venezuela', 'uruguay', 'paraguay', 'ecuador', 'bolivia', 'jamaica', 'croatia', 'serbia', 'slovenia',
    'slovakia', 'romania', 'bulgaria', 'lithuania', 'latvia', 'estonia', 'armenia', 'azerbaijan', 'uzbekistan',
    'kyrgyzstan', 'tajikistan', 'turkmenistan', 'afghanistan', 'syria', 'jordan', 'lebanon', 'kuwait', 'bahrain', 'oman',
    'yemen', 'uae', 'timor-leste', 'fiji', 'bhutan', 'maldives', 'iceland', 'luxembourg', 'ma cao', 'macau', 'đông timor',
    'anh quốc', 'xứ wales', 'wales', 'england', 'kenya', 'nam sudan', 'sudan', 'zimbabwe',
  ],
)

/** Nouns after which a capitalised run is a place or an organisation, not a person. */
export const PLACE_HEADS: ReadonlySet<string> = new Set([
  'tỉnh', 'thành phố', 'tp', 'huyện', 'quận', 'thị xã', 'xã', 'phường', 'thị trấn', 'thôn', 'bản', 'buôn', 'làng',
  'ấp', 'xóm', 'sông', 'hồ', 'núi', 'đường', 'phố', 'ngõ', 'hẻm', 'chợ', 'cầu', 'nút giao', 'ngã tư', 'quảng trường',
  'khu', 'đảo', 'vịnh', 'đèo', 'sân', 'sân vận động', 'nhà hát', 'tiệm', 'tiệm vàng', 'cửa khẩu', 'thpt', 'thcs',
  'trường', 'bệnh viện', 'công ty', 'tập đoàn', 'viện', 'học viện', 'đại học', 'vườn quốc gia', 'quê', 'tổ dân phố',
  'khu phố', 'đình', 'chùa', 'đền', 'miếu', 'nhà thờ', 'bến', 'cảng', 'sân bay', 'ga', 'trạm', 'hãng', 'cửa hàng',
  'quán', 'khách sạn', 'nhà hàng', 'ngân hàng', 'siêu thị', 'câu lạc bộ', 'clb', 'đội', 'báo', 'đài', 'tạp chí',
  'đoàn luật sư', 'thành ủy', 'tỉnh ủy', 'huyện ủy', 'kênh', 'rạch', 'suối', 'vùng', 'miền', 'tổng công ty', 'dãy',
  'thủ đô', 'phía', 'bán đảo', 'châu', 'tiểu học', 'mầm non', 'cao đẳng',
  // Things named after a person: "Giải thưởng Tạ Quang Bửu", "học bổng Vừ A Dính", "Quỹ Lê Văn A".
  'giải thưởng', 'học bổng', 'quỹ', 'cúp', 'huân chương', 'phòng khám', 'nhà văn hóa', 'bảo tàng', 'tượng đài',
])
/** Title words that, before an administrative unit, announce a person after it ("Chủ tịch UBND xã Nguyễn Văn A"). */
export const ADMIN_TITLE_CUES: ReadonlySet<string> = new Set(['ubnd', 'hđnd', 'ủy ban nhân dân', 'chủ tịch', 'bí thư', 'công an', 'mttq'])
export const ADMIN_UNITS: ReadonlySet<string> = new Set(['tỉnh', 'thành phố', 'tp', 'huyện', 'quận', 'thị xã', 'xã', 'phường', 'thị trấn'])

/** Organisation names that start with a surname-like word ("Đoàn Luật sư"). */
export const ORG_STARTS: ReadonlySet<string> = new Set([
  'đoàn luật', 'đoàn thanh', 'đoàn đại', 'đoàn công', 'đoàn kiểm', 'đoàn thể', 'đoàn nghệ', 'đoàn văn', 'văn phòng',
  'văn miếu', 'văn hóa', 'văn học', 'quang trung', 'lê lợi', 'trần hưng đạo', 'hồ chí minh', 'lý thường kiệt', 'lê duẩn',
])

export type RoleKind = 'expert' | 'official' | 'journalist' | 'ordinary' | 'victim' | 'accused' | 'public' | 'fiction'

export interface RoleInfo {
  kind: RoleKind
  sex?: SexCue
}

function roles(kind: RoleKind, words: string, sex?: SexCue): [string, RoleInfo][] {
  return words.split(',').map((w) => [w.trim(), sex ? { kind, sex } : { kind }] as [string, RoleInfo])
}

/**
 * Titles are compositional in Vietnamese, so they are generated, not only listed: a unit noun +
 * "trưởng" heads the unit ("viện trưởng", "chi cục trưởng"), "trưởng" + a unit noun too ("trưởng
 * công an", "trưởng trạm"), and "phó" (deputy), "quyền" (acting), "nguyên" / "cựu" (former) open
 * any official's title ("Phó Viện trưởng", "nguyên Phó Chủ tịch"). A capitalised "Phó" that opens
 * a title is never the surname Phó. Titles whose first syllable is a very frequent word and which
 * are rare in Vietnamese news ("thị trưởng", "xã trưởng", "chỉ huy trưởng") are left out: each
 * occurrence of "thị" or "chỉ" would otherwise be tried as a title.
 */
const UNIT_BEFORE_TRUONG = 'viện, cục, chi cục, tổng cục, vụ, tổ, đội, hội, khoa, ban, phòng, đoàn, nhóm, xưởng, trạm, trại, tiểu đoàn, trung đoàn, sư đoàn, lữ đoàn, đại đội, trung đội, tiểu đội, bộ, hiệu, quận, thuyền, cơ, hạm, ga'
const TRUONG_BEFORE_UNIT = 'phòng, ban, khoa, thôn, bản, ấp, xóm, làng, phố, công an, trạm, đoàn, nhóm, đài, văn phòng, bộ phận, chi nhánh, đại diện, ngành, trại, ca, tàu, bộ môn, phân hiệu, cơ sở, tiểu ban, cụm'
const BASE_OFFICIAL = 'giám đốc, tổng giám đốc, chủ tịch, bí thư, trưởng ban, trưởng phòng, trưởng khoa, hiệu trưởng, thượng tá, đại tá, trung tá, thiếu tá, đại úy, thượng úy, trung úy, thiếu úy, chuẩn úy, thượng sĩ, trung sĩ, hạ sĩ, thiếu tướng, trung tướng, thượng tướng, đại tướng, người phát ngôn, phát ngôn viên, đại diện, đại biểu, đại biểu quốc hội, thứ trưởng, bộ trưởng, thủ tướng, chủ tịch nước, cục trưởng, chi cục trưởng, vụ trưởng, tổng thư ký, tổng cục trưởng, hlv, hlv trưởng, huấn luyện viên, huấn luyện viên trưởng, tổ trưởng, trưởng thôn, trưởng bản, trưởng ấp, trưởng nhóm, quản lý, đại sứ, kiểm sát viên, thẩm phán, chủ tọa, chủ nhiệm, chánh văn phòng, chánh án, viện trưởng, trưởng công an, đội trưởng, trưởng đoàn, ban tổ chức, trưởng ban tổ chức, chủ tịch hội đồng quản trị, giám đốc điều hành, ceo, nhà sản xuất, thư ký, người đứng đầu, lãnh đạo, tổ trưởng tổ hòa giải, hội trưởng, chủ tịch hội, thống đốc, tư lệnh, chính ủy, tham tán, lãnh sự, tổng lãnh sự, ủy viên, chánh thanh tra, điều tra viên, trợ lý, cố vấn, tổng biên tập, hiệu phó, giám thị, chủ nhiệm ủy ban, trưởng khu phố, bí thư chi bộ, bí thư đoàn, chủ tịch mặt trận, đồng chí, tổng bí thư, chủ tịch quốc hội, ủy viên trung ương, bí thư trung ương, tổng thống, ngoại trưởng, nghị sĩ, thượng nghị sĩ, hạ nghị sĩ, nhà vua, tùy viên, hội thẩm, công chứng viên, thủ quân'
function officialTitles(): string {
  const base = new Set(BASE_OFFICIAL.split(',').map((w) => w.trim()))
  for (const u of UNIT_BEFORE_TRUONG.split(',')) base.add(`${u.trim()} trưởng`)
  for (const u of TRUONG_BEFORE_UNIT.split(',')) base.add(`trưởng ${u.trim()}`)
  const all = new Set(base)
  for (const t of base) for (const prefix of ['phó', 'quyền', 'nguyên', 'cựu']) if (!t.startsWith('phó ')) all.add(`${prefix} ${t}`)
  for (const t of base) for (const prefix of ['nguyên', 'cựu']) all.add(`${prefix} phó ${t}`)
  return [...all].join(', ')
}

/** Roles and titles: what a person is called before or beside the name. */
export const ROLES: ReadonlyMap<string, RoleInfo> = new Map<string, RoleInfo>([
  ...roles('expert', 'ts, ths, pgs, gs, bs, bsckii, bscki, ckii, cki, tiến sĩ, thạc sĩ, giáo sư, phó giáo sư, bác sĩ, luật sư, ls, chuyên gia, giảng viên, nhà nghiên cứu, nghiên cứu sinh, nhà khoa học, kỹ sư, kĩ sư, dược sĩ, nhà kinh tế, chuyên gia kinh tế, chuyên gia tâm lý, nhà tâm lý học, nhà sử học, nhà xã hội học, kiến trúc sư, chuyên viên, điều dưỡng, y sĩ, y tá, kinh tế gia, nhà phân tích, bác sỹ'),
  ...roles('official', officialTitles()),
  // Productive "nhà … học" scholars ("nhà thực vật học") are recognised in people.ts.
  ...roles('expert', 'tskh, kts, ks, dịch giả, nha sĩ, nghiên cứu viên, kỹ thuật viên, lương y, hộ sinh, bác sĩ thú y, nhà dịch tễ học, nhà vật lý, nhà địa chất, kiểm toán viên, chuyên viên tư vấn, nhà tư vấn, chuyên gia dinh dưỡng'),
  ...roles('ordinary', 'nhà văn, nhà thơ, nhạc sĩ, họa sĩ, nhà điêu khắc, nhiếp ảnh gia, nhà nhiếp ảnh, tác giả, nhà hoạt động, nhà đầu tư, nhà vô địch, nhà sáng lập, nhà giáo, hướng dẫn viên, tiếp viên, phi công, lái xe, chủ hộ, chủ vườn, chủ cơ sở, chủ doanh nghiệp, chủ nhà, xạ thủ, tay vợt, tay đua, tay cung, tay súng, tay chèo, tay golf, cung thủ, đô vật, lực sĩ, người hâm mộ, nhà sư, linh mục, già làng, người có uy tín, thợ lặn, công an viên, chiến sĩ, kiểm lâm, cán bộ, học viên, người giúp việc, lao công, chủ sạp, shipper, nhân viên y tế, nhà ngoại giao'),
  // Owners ("chủ" + what they own), often the other party in a dispute or an offence.
  ...roles('ordinary', 'chủ trọ, chủ khu trọ, chủ nhà trọ, chủ xe, chủ tàu, chủ cửa hàng, chủ hụi, chủ nợ, chủ thầu, chủ đất, chủ vựa, chủ xưởng, chủ lò, chủ mỏ, chủ tiệm vàng, chủ nhà hàng, chủ khách sạn'),
  ...roles('accused', 'thủ phạm, hung thủ, kẻ tình nghi, can phạm'),
  // State honours and religious titles.
  ...roles('ordinary', 'nhà giáo ưu tú, nhà giáo nhân dân, ngưt, ngnd, thầy thuốc ưu tú, thầy thuốc nhân dân, ttưt, ttnd, nghệ nhân ưu tú, nghệ nhân nhân dân, cựu chiến binh, thương binh, mục sư, giám mục, tổng giám mục, hồng y'),
  ...roles('ordinary', 'hòa thượng, thượng tọa, đại đức, hoàng tử', 'male'),
  ...roles('ordinary', 'ni sư, ni trưởng, sư cô, công chúa, mẹ việt nam anh hùng', 'female'),
  ...roles('journalist', 'phóng viên, pv, btv, biên tập viên, mc, người dẫn chương trình, dẫn chương trình, phát thanh viên, ctv, cộng tác viên, nhà báo, nhóm pv, nhóm phóng viên'),
  ...roles('ordinary', 'người dân, nông dân, tiểu thương, tài xế, thương lái, công nhân, nhân viên, sinh viên, học sinh, phụ huynh, giáo viên, người bán hàng, chủ quán, chủ tiệm, chủ trang trại, cư dân, hành khách, du khách, khán giả, cổ động viên, cử tri, tình nguyện viên, người nội trợ, nội trợ, bảo vệ, thợ, người lao động, ngư dân, người đi đường, thính giả, độc giả, người xem, người mua, nhân chứng, nghệ nhân, nghệ sĩ, ca sĩ, diễn viên, đạo diễn, nhà thiết kế, người mẫu, vận động viên, vđv, cầu thủ, kỳ thủ, cơ thủ, tiền đạo, tiền vệ, hậu vệ, thủ môn, võ sĩ, trung vệ, thủ thành, chân sút, ngoại binh, cầu thủ nhập tịch, trọng tài, doanh nhân, người sáng lập, xe ôm, cựu học sinh, thành viên, hội viên, thí sinh'),
  ...roles('public', 'hoa hậu, á hậu, người đẹp, mỹ nhân, hot girl, mỹ nữ, kiều nữ', 'female'),
  ...roles('ordinary', 'nữ sinh, nữ sinh viên, nữ thanh niên, cô dâu', 'female'),
  ...roles('ordinary', 'nam sinh, nam sinh viên, nam thanh niên, chú rể', 'male'),
  ...roles('victim', 'nạn nhân, bệnh nhân, người bệnh, sản phụ, thai phụ, người bị hại, bị hại'),
  ...roles('accused', 'bị cáo, bị can, nghi phạm, đối tượng, nghi can, phạm nhân, kẻ, tên'),
  ...roles('ordinary', 'nghệ sĩ nhân dân, nghệ sĩ ưu tú, nsnd, nsưt'),
  ...roles('fiction', 'nhân vật'),
])

/** Gendered nouns: the person they describe is of this sex. */
export const GENDERED_NOUNS: ReadonlyMap<string, SexCue> = new Map<string, SexCue>([
  ...['mẹ', 'vợ', 'con gái', 'cô gái', 'bà mẹ', 'người mẹ', 'phụ nữ', 'người phụ nữ', 'hoa hậu', 'á hậu', 'người đẹp', 'mỹ nhân', 'sản phụ', 'thai phụ', 'bé gái', 'cụ bà', 'bà cụ', 'nữ sinh', 'nữ sinh viên', 'chị gái', 'em gái', 'cháu gái', 'góa phụ', 'thiếu nữ', 'nữ', 'bà nội', 'bà ngoại', 'người vợ', 'nàng', 'hot girl', 'nữ thanh niên', 'con dâu', 'chị dâu', 'mẹ chồng', 'mẹ vợ', 'nữ hoàng', 'vợ cũ', 'bạn gái', 'người yêu nữ']
    .map((w) => [w, 'female'] as [string, SexCue]),
  ...['bố', 'cha', 'chồng', 'con trai', 'chàng trai', 'người đàn ông', 'đàn ông', 'ông bố', 'người cha', 'bé trai', 'cụ ông', 'ông cụ', 'anh trai', 'em trai', 'cháu trai', 'nam sinh', 'nam thanh niên', 'người chồng', 'ông nội', 'ông ngoại', 'con rể', 'bố chồng', 'bố vợ', 'chồng cũ', 'bạn trai', 'cậu bé', 'nam giới']
    .map((w) => [w, 'male'] as [string, SexCue]),
])

/**
 * Relations: before a person they say whose relative ("vợ ông A" is A's wife, "đồng nghiệp của chị"),
 * so that person is the possessor, neither an apposition nor the subject of the clause.
 */
export const RELATION_NOUNS: ReadonlySet<string> = new Set([
  'vợ', 'chồng', 'mẹ', 'bố', 'cha', 'con', 'con trai', 'con gái', 'anh trai', 'chị gái', 'em trai', 'em gái', 'cháu gái',
  'cháu trai', 'con dâu', 'con rể', 'mẹ chồng', 'mẹ vợ', 'bố chồng', 'bố vợ', 'vợ cũ', 'chồng cũ', 'bạn gái', 'bạn trai',
  'người yêu', 'đồng nghiệp', 'đồng đội', 'hàng xóm', 'học trò', 'sếp', 'gia đình', 'nhà', 'bạn', 'người thân', 'người nhà', 'trợ lý', 'thư ký', 'mẹ đẻ', 'bố đẻ', 'cha đẻ', 'mẹ ruột', 'bố ruột',
  'cha ruột', 'anh ruột', 'chị ruột', 'em ruột', 'con ruột', 'mẹ nuôi', 'bố nuôi', 'cha nuôi', 'con nuôi', 'cha mẹ', 'bố mẹ',
  'mẹ kế', 'cha dượng', 'bố dượng', 'ông nội', 'bà nội', 'ông ngoại', 'bà ngoại', 'cháu nội', 'cháu ngoại',
])

/** A group named by one of its members ("vợ chồng anh A", "mẹ con chị B"): the member is in it, not its possessor. */
export const GROUP_RELATIONS: ReadonlySet<string> = new Set([
  'vợ chồng', 'mẹ con', 'bố con', 'cha con', 'anh em', 'chị em', 'ông bà', 'bà cháu', 'ông cháu', 'cô cháu',
])

/** Nouns a "một …" phrase can use for one unnamed person. Longest match wins. */
export const PERSON_NOUNS: ReadonlySet<string> = new Set([
  'người dân', 'người phụ nữ', 'phụ nữ', 'người đàn ông', 'đàn ông', 'cụ bà', 'cụ ông', 'bà cụ', 'ông cụ', 'nữ sinh',
  'nam sinh', 'sinh viên', 'nữ sinh viên', 'nam sinh viên', 'học sinh', 'giáo viên', 'bác sĩ', 'y tá', 'tài xế',
  'nông dân', 'thương lái', 'tiểu thương', 'hành khách', 'nhân chứng', 'người đi đường', 'người nội trợ', 'nhân viên',
  'công nhân', 'cán bộ', 'phụ huynh', 'sản phụ', 'thai phụ', 'bệnh nhân', 'nạn nhân', 'nghi phạm', 'đối tượng',
  'thanh niên', 'nam thanh niên', 'nữ thanh niên', 'cô gái', 'chàng trai', 'thiếu nữ', 'bé trai', 'bé gái', 'cháu bé',
  'em bé', 'vận động viên', 'cổ động viên', 'khán giả', 'du khách', 'cư dân', 'người mẹ', 'ông bố', 'bà mẹ', 'người cha',
  'người bán hàng', 'chủ quán', 'chủ tiệm', 'tình nguyện viên', 'chuyên gia', 'luật sư', 'kỹ sư', 'người lao động',
  'ngư dân', 'điều dưỡng', 'người thân', 'người hàng xóm', 'hàng xóm', 'cử tri', 'thính giả', 'độc giả', 'người xem', 'người mua',
  'cựu chiến binh', 'người cao tuổi', 'cụ', 'bà', 'ông', 'người', 'cán bộ công an', 'chiến sĩ', 'bảo vệ', 'thợ',
  'nữ', 'nam', 'người mẫu', 'diễn viên', 'ca sĩ', 'doanh nhân', 'lao động', 'tù nhân', 'người bệnh', 'thí sinh',
  'người quen', 'người bạn', 'người nhà', 'cô giáo', 'thầy giáo',
])
/** "một số", "một vài": several people, not one. */
export const MOT_NOT_ONE: ReadonlySet<string> = new Set(['số', 'vài', 'nhóm', 'trong', 'loạt', 'đoàn', 'tốp', 'nửa', 'phần', 'chút', 'cách', 'lúc', 'khi', 'lần', 'ít'])

/** Speech verbs for reported speech. Multi-word verbs are matched longest first. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'cho biết', 'cho hay', 'cho rằng', 'nói', 'khẳng định', 'chia sẻ', 'nhấn mạnh', 'thông tin', 'bày tỏ', 'kể', 'kể lại',
  'tâm sự', 'nhận định', 'phát biểu', 'nhận xét', 'đánh giá', 'khuyến cáo', 'đề nghị', 'kiến nghị', 'yêu cầu', 'khuyên',
  'thừa nhận', 'tiết lộ', 'giải thích', 'cảnh báo', 'trả lời', 'hỏi', 'khai', 'thông báo', 'tuyên bố', 'xác nhận',
  'lưu ý', 'nhớ lại', 'bộc bạch', 'thổ lộ', 'bình luận', 'phân tích', 'trình bày', 'giải trình', 'nêu', 'kêu gọi',
  'nhắc nhở', 'dặn', 'thông tin thêm', 'nói thêm', 'quả quyết', 'phản ánh', 'than', 'than thở', 'lo ngại', 'đề xuất',
  'khẳng định rằng', 'cam kết', 'trần tình', 'báo cáo', 'thú nhận', 'ghi nhận', 'mong muốn', 'gửi gắm', 'kiến giải',
  'nhận xét rằng', 'phát biểu rằng', 'nói rằng', 'chỉ ra', 'khuyến nghị', 'cười nói', 'thông tin rằng', 'lý giải',
  'cho chúng tôi biết', 'cho tôi biết', 'cho pv biết', 'cho phóng viên biết', 'cho báo chí biết', 'kể rằng', 'nói với',
  // Not verbs whose first syllable is a very frequent word and which rarely report a person's words
  // ("công bố", "góp ý", "tư vấn", "mô tả", "lên tiếng"): every "công", "góp", "lên" would be tried.
  'viết rằng', 'nhắn rằng', 'nhắn nhủ', 'khoe', 'phàn nàn', 'than phiền', 'phân trần', 'giãi bày', 'trải lòng', 'kể lể',
  'dự báo', 'dự đoán', 'ước tính', 'hứa', 'phủ nhận', 'bác bỏ', 'cam đoan', 'hé lộ', 'bật mí', 'thuật lại', 'miêu tả',
  'trình báo', 'tố cáo', 'tố giác', 'phản hồi', 'tranh luận', 'chất vấn', 'gợi ý', 'nhắc lại', 'dặn dò', 'bảo', 'đáp',
  'thú thật', 'ví von', 'trấn an', 'lưu ý thêm', 'nói tiếp', 'kể tiếp',
  // More verbs of saying of Vietnamese news (session 4): assessing, worrying, complaining. Not "chỉ đạo"
  // (directing an agency to act is an action, not words reported).
  'nhìn nhận', 'băn khoăn', 'thắc mắc', 'than vãn', 'thốt lên', 'tâm tình', 'phản bác', 'biện minh', 'giải đáp', 'chỉ rõ',
  'khiếu nại', 'nhắn gửi', 'dẫn chứng',
])
/** Neighbours that turn a speech verb into something else ("nói chung", "kể cả", "câu hỏi"). */
export const SPEECH_NOT_AFTER: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['nói', new Set(['chung', 'riêng', 'chuyện', 'dối', 'khéo', 'lắp', 'tục'])],
  ['kể', new Set(['cả', 'từ', 'chuyện'])],
  ['hỏi', new Set(['han', 'thăm', 'mua'])],
  ['khai', new Set(['mạc', 'trương', 'thác', 'giảng', 'sinh', 'phá', 'hoang', 'triển', 'quật', 'hỏa', 'thông', 'báo', 'tử', 'bút'])],
  ['báo', new Set(['cáo'])],
  ['nêu', new Set(['gương'])],
  ['thông', new Set([])],
  ['dặn', new Set(['dò'])],
  ['than', new Set(['đá', 'củi', 'khoáng'])],
  ['yêu', new Set([])],
  ['khoe', new Set(['sắc', 'dáng', 'vai', 'chân', 'thân', 'hàng', 'ảnh', 'giọng', 'tài', 'của'])],
  ['bảo', new Set(['vệ', 'đảm', 'hiểm', 'quản', 'tồn', 'tàng', 'trì', 'lãnh', 'hành', 'dưỡng', 'mật', 'hộ', 'trợ', 'an', 'mẫu', 'kê', 'toàn', 'lưu', 'bối', 'vật', 'ban', 'tháp', 'sao', 'nhau'])],
  ['đáp', new Set(['ứng', 'án', 'lễ', 'số', 'xuống', 'cánh', 'đền', 'trả'])],
  ['hứa', new Set(['hẹn', 'hôn'])],
  ['ước tính', new Set(['có', 'khoảng'])],
  // Analysing samples or data is lab work, not speech: "phân tích mẫu nước", "phân tích dữ liệu".
  ['phân tích', new Set(['dữ', 'mẫu', 'số', 'adn', 'gen', 'máu', 'thành', 'hóa', 'hình', 'ảnh'])],
])
export const SPEECH_NOT_BEFORE: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['hỏi', new Set(['câu', 'đòi', 'học', 'thắc', 'tra'])],
  ['kể', new Set(['đáng', 'bất', 'kì', 'kỳ'])],
  ['khai', new Set(['triển', 'công', 'lời'])],
  ['nói', new Set(['lời', 'câu', 'tiếng', 'giọng', 'cách'])],
  ['thông tin', new Set(['các', 'những', 'có', 'theo', 'nhận', 'cung', 'của', 'về', 'được', 'là', 'nghệ', 'kênh', 'hệ', 'mật'])],
  ['yêu cầu', new Set(['theo', 'các', 'những', 'đáp', 'có'])],
  ['đánh giá', new Set(['được', 'sự', 'kết', 'việc', 'các', 'bị'])],
  ['báo cáo', new Set(['các', 'những', 'bản', 'trong', 'của', 'theo'])],
  ['đề nghị', new Set(['các', 'những', 'theo', 'lời', 'được'])],
  ['phản ánh', new Set(['được', 'theo', 'của', 'các', 'những'])],
  ['ghi nhận', new Set(['được', 'các', 'những', 'sự', 'thời', 'năm', 'vẫn', 'đã', 'chưa', 'có', 'viên'])],
  ['mong muốn', new Set(['các', 'những', 'niềm', 'sự', 'của'])],
  ['dự báo', new Set(['theo', 'các', 'những', 'bản', 'của', 'trung', 'được'])],
  ['ước tính', new Set(['theo', 'các', 'những', 'được', 'con', 'số', 'có'])],
  ['khiếu nại', new Set(['đơn', 'các', 'những', 'việc', 'được', 'có', 'giải', 'thư'])],
  ['nhìn nhận', new Set(['được', 'cách', 'sự', 'các', 'những'])],
  // "phần mềm phân tích", "máy phân tích", "kết quả phân tích", "chuyên viên phân tích": a noun's modifier.
  ['phân tích', new Set(['mềm', 'máy', 'quả', 'viên', 'bài', 'cụ', 'bị', 'phòng', 'tâm', 'năng', 'các', 'những', 'theo', 'sự', 'việc'])],
])

/** Words before any speech verb that mean nothing was said: negation, refusal, intention, a request to speak. */
export const NO_SPEECH_BEFORE: ReadonlySet<string> = new Set([
  'không', 'chưa', 'chẳng', 'từ chối', 'đăng ký', 'muốn', 'định', 'xin', 'dự định', 'không muốn', 'chưa kịp', 'né tránh',
])

/** Transcript turn labels that belong to the newsroom, not to a person in the news. */
export const JOURNALIST_LABELS: ReadonlySet<string> = new Set([
  'btv', 'pv', 'mc', 'phóng viên', 'biên tập viên', 'người dẫn chương trình', 'dẫn chương trình', 'hỏi', 'phát thanh viên',
  'nhóm phóng viên', 'nhóm pv', 'dẫn', 'ptv', 'ctv', 'bình luận viên',
])
export const ANSWER_LABELS: ReadonlySet<string> = new Set(['đáp', 'trả lời', 'tl'])
/** Byline and credit labels: "Bài và ảnh: …", "Ảnh: …". */
export const BYLINE_LABELS: ReadonlySet<string> = new Set(['bài và ảnh', 'bài', 'ảnh', 'bài, ảnh', 'tin, ảnh', 'tin và ảnh', 'nguồn', 'video', 'clip', 'đồ họa', 'thực hiện', 'tin', 'theo'])

/** Abbreviations whose full stop does not end a sentence. */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'ts', 'ths', 'pgs', 'gs', 'bs', 'tp', 'ckii', 'cki', 'ls', 'th', 'st', 'mr', 'mrs', 'ms', 'dr', 'tr', 'nxb', 'tt', 'q', 'p', 'nsnd', 'nsưt', 'ks',
])

/** Words that show an eyewitness. */
export const EYEWITNESS_CUES: ReadonlySet<string> = new Set(['chứng kiến', 'nhân chứng', 'tận mắt', 'trông thấy', 'nhìn thấy'])
/** Markers of a vox-pop piece ("người dân nói gì?"). */
export const VOXPOP_CUES: readonly string[] = ['nói gì', 'ý kiến của', 'ghi nhận ý kiến', 'hỏi một số', 'ghi lại ý kiến', 'nghĩ gì']
/** First-person words inside a quote: the speaker tells their own experience. */
export const FIRST_PERSON: ReadonlySet<string> = new Set(['tôi', 'em', 'mình', 'cháu', 'con'])
