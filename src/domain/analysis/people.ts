// People in a Vietnamese news text: mentions (honorific + name, title + name, full names with a
// surname, unnamed individuals "một người dân"), exclusions (collectives, kinship, places,
// organisations, journalists, bylines), coreference, sex with evidence, who is quoted and a
// likely function. Every step is one left-to-right pass with bounded look-around.
import { matchAt, phraseTrie, type PhraseMatch, type PhraseTrie } from './phrases'
import { isVietnameseSyllable } from './syllable'
import { ACRONYM, CAP, INITIALS, NEWLINE, NUMBER, PUNCT, WORD, lowerLead, type QuoteSpan, type Tokenized } from './tokenize'
import type { MentionSpan, PersonFunction, SexCueKind, SexEvidence, Span, SuggestedPerson, SuggestedSex } from './types'
import {
  ADMIN_TITLE_CUES,
  ADMIN_UNITS,
  ANSWER_LABELS,
  ATHLETE_ROLES,
  BYLINE_LABELS,
  COLLECTIVE_COMPOUNDS,
  DIVISION_BEFORE_NU_NAM,
  EYEWITNESS_CUES,
  FIRST_PERSON,
  GENDERED_NOUNS,
  HONORIFICS,
  JOURNALIST_LABELS,
  KIN_COMPOUNDS,
  MOT_NOT_ONE,
  NOT_HONORIFIC,
  NU_NAM_ATTRIBUTE_AFTER,
  NU_NAM_NOT_BEFORE,
  OBJECT_VERBS,
  ORG_STARTS,
  PERSON_NOUNS,
  PLACE_HEADS,
  PLACES,
  PLURALISERS,
  PRONOUN_TAILS,
  RELATION_NOUNS,
  GROUP_RELATIONS,
  ROLE_COMPOUNDS,
  ROLE_PHRASE_STOPS,
  ROLES,
  SPEECH_NOT_AFTER,
  NO_SPEECH_BEFORE,
  SPEECH_NOT_BEFORE,
  SPEECH_VERBS,
  SURNAMES,
  TWO_SYLLABLE_SURNAMES,
  VOXPOP_CUES,
  type RoleInfo,
  type RoleKind,
  type SexCue,
} from './vocabulary'

const ROLE_TRIE = phraseTrie(ROLES)
const PERSON_NOUN_TRIE = phraseTrie([...PERSON_NOUNS].map((n) => [n, true] as [string, boolean]))
const SPEECH_TRIE = phraseTrie([...SPEECH_VERBS].map((v) => [v, true] as [string, boolean]))
const PLACE_TRIE = phraseTrie([...PLACES].map((p) => [p, true] as [string, boolean]))
const PLACE_HEAD_TRIE = phraseTrie([...PLACE_HEADS].map((p) => [p, true] as [string, boolean]))
const GENDERED_TRIE = phraseTrie(GENDERED_NOUNS)
const EYEWITNESS_TRIE = phraseTrie([...EYEWITNESS_CUES].map((p) => [p, true] as [string, boolean]))
/** A two-syllable surname at the start of syl; the pair is joined only when its first syllable can open one. */
const TWO_SYLLABLE_FIRST: ReadonlySet<string> = new Set([...TWO_SYLLABLE_SURNAMES].map((s) => s.split(' ')[0]!))
const twoSyllableSurname = (syl: string[]) => TWO_SYLLABLE_FIRST.has(syl[0]!) && TWO_SYLLABLE_SURNAMES.has(`${syl[0]} ${syl[1]}`)
/** PLACES.has(syl[0, len).join(' ')), walked down the places' trie instead of joining a string. */
function isPlace(syl: string[], len = syl.length): boolean {
  let node: PhraseTrie<boolean> | undefined = PLACE_TRIE
  for (let k = 0; k < len && k < syl.length && node; k++) node = node.next.get(syl[k]!)
  return node !== PLACE_TRIE && node?.value !== undefined
}
const ORG_FIRST: ReadonlySet<string> = new Set([...ORG_STARTS].map((p) => p.split(' ')[0]!))
/** Words that open an organisation's name: "Trường …", "Sở …", "Đại học …". */
const ORG_HEAD_TRIE = phraseTrie(
  [
    'trường', 'đại học', 'học viện', 'viện', 'sở', 'bộ', 'ủy ban', 'ban', 'cục', 'tổng cục', 'hội', 'hiệp hội', 'trung tâm',
    'phòng', 'khoa', 'công ty', 'tập đoàn', 'bệnh viện', 'đài', 'báo', 'nhà hát', 'ngân hàng', 'liên đoàn', 'câu lạc bộ',
    'mặt trận', 'tòa án', 'viện kiểm sát', 'thành ủy', 'tỉnh ủy', 'huyện ủy', 'đảng ủy', 'quân khu', 'đội tuyển',
    'nhà xuất bản', 'vườn quốc gia', 'văn phòng', 'công an', 'vụ', 'đoàn', 'quỹ', 'hợp tác xã', 'ủy', 'tổng công ty',
    // Compounds written with one capital ("Quân đội", "Khu công nghiệp"): their first syllable alone may be a given name.
    'quân đội', 'quân đoàn', 'quân chủng', 'bộ đội', 'hải quân', 'không quân', 'cảnh sát', 'biên phòng', 'khu công nghiệp',
    'khu chế xuất', 'khu kinh tế', 'khu đô thị', 'khu dân cư', 'khu du lịch', 'khu bảo tồn', 'khu công nghệ cao', 'nhà máy',
    'xí nghiệp', 'đồn', 'đồn biên phòng', 'bộ đội biên phòng', 'bệnh xá', 'trạm y tế', 'trạm', 'trạm kiểm lâm', 'hạt kiểm lâm',
  ].map((p) => [p, true] as [string, boolean]),
)
/** First syllables that can open a lowercase mention: "một", honorifics, nữ / nam, role words. */
/** A role or title opens a mention too: findMentions knows those from `roleIdx`, not from this list
 * (many frequent syllables open some title: "thị", "xã", "đồng"). */
const MENTION_STARTS: ReadonlySet<string> = new Set(['một', 'nữ', 'nam', 'người', ...HONORIFICS.keys()])
// One lookup per word tells which lists its syllable can open (bit flags), instead of one per list.
const B_ROLE = 1
const B_MENTION = 2
const B_EYE = 4
const B_SPEECH = 8
const B_PLACE_HEAD = 16
const B_PLACE = 32
const B_GENDERED = 64
/** An honorific (HONORIFICS): most words findMentions reads are capitalised names, not honorifics. */
const B_HONORIFIC = 128
const FIRST_BITS = new Map<string, number>()
for (const [bit, keys] of [
  [B_ROLE, ROLE_TRIE.next.keys()],
  [B_MENTION, MENTION_STARTS],
  [B_EYE, EYEWITNESS_TRIE.next.keys()],
  [B_SPEECH, SPEECH_TRIE.next.keys()],
  [B_PLACE_HEAD, PLACE_HEAD_TRIE.next.keys()],
  [B_PLACE, PLACE_TRIE.next.keys()],
  [B_GENDERED, GENDERED_TRIE.next.keys()],
  [B_HONORIFIC, HONORIFICS.keys()],
] as [number, Iterable<string>][])
  for (const k of keys) FIRST_BITS.set(k, (FIRST_BITS.get(k) ?? 0) | bit)

/** FIRST_BITS by vocabulary id (KNOWN_BITS set once looked up), for one vocabulary generation. */
const KNOWN_BITS = 1 << 15
/** Only in bitsById (a token's `bits` keep the low eight): a geographic head's first word, or "ở" / "tại". */
const B_PLACE_WORD = 1 << 8
/** Only in bitsById: the word contains a vox-pop cue's word (see isVoxpop). */
const B_VOXPOP_WORD = 1 << 9
let bitsById = { generation: -1, bits: new Uint16Array(0) }

/** Reused between calls (the analysis is synchronous): no typed-array allocation per text. */
let bitsBuffer = new Uint8Array(4096)

const ADMIN_CUE_TRIE = phraseTrie([...ADMIN_TITLE_CUES].map((p) => [p, true] as [string, boolean]))

type MentionKind = 'named' | 'unnamed' | 'pronoun' | 'role' | 'bare'

interface Cue {
  cue: SexCueKind
  sex: SexCue
  weight: number
  first: number
  last: number
}

// Mentions and people, the evidence they collect and the suggestions returned are class instances,
// and their lists are made by a builtin (`newList`), not by object or array literals: V8 tracks
// the allocation site of a literal and, once most of its objects outlive a young-generation
// collection (a long text's mentions live until its end), allocates all later objects of that
// site directly in the old generation, short texts' too. There they are garbage that points at
// young objects and keeps them alive through every scavenge until the next full collection:
// separate articles analysed after one long text paid ten times the garbage collection (measured
// on 5 MB: ~300 ms of scavenges per pass instead of ~25).
class Mention {
  kind: MentionKind
  first: number
  last: number
  /** Name syllables, lowercase, without full stops (named and bare mentions). */
  syl: string[]
  hasSurname: boolean
  /** Honorific, pronoun or role head ("ông", "cô giáo", "bị cáo"). */
  head: string
  /** Sex the mention itself shows, if any (honorific, gendered role or noun). */
  sex: SexCue | ''
  // Shared empty lists until something is added (pushTo): most mentions never get any.
  cues: Cue[] = NONE as Cue[]
  roles: RoleInfo[]
  rolePhrases: string[]
  person = -1
  constructor(kind: MentionKind, first: number, last: number, partial: Partial<Mention>) {
    this.kind = kind
    this.first = first
    this.last = last
    this.syl = partial.syl ?? NO_SYLLABLES
    this.hasSurname = partial.hasSurname ?? false
    this.head = partial.head ?? ''
    this.sex = partial.sex ?? ''
    this.roles = partial.roles ?? (NONE as RoleInfo[])
    this.rolePhrases = partial.rolePhrases ?? (NONE as string[])
  }
  // Derived from the token, not stored: a long text keeps ~90 000 mentions to its end.
  get inQuote(): boolean {
    return tQuote[this.first]! !== -1
  }
  get inSpeech(): boolean {
    return inTurnSpeech(this.first)
  }
}

/**
 * The shared empty set of a person's heads and role phrases until the first is added (then made):
 * a batch of pasted articles makes tens of thousands of people, most of them with neither. Never
 * added to.
 */
const NO_STRINGS: Set<string> = new Set<string>()

class Person {
  mentions: Mention[] = newList()
  syl: string[]
  name: string
  named: boolean
  hasSurname: boolean
  head: string
  female = 0
  male = 0
  evidence: SexEvidence[] = newList()
  roles: RoleInfo[] = newList()
  rolePhrases: Set<string> = NO_STRINGS
  /** Every role of the family of each of rolePhrases (see roleFamily). */
  roleFamilies: Set<string> | undefined = undefined
  /** Honorifics used with the person's name ("ông", "cụ"): a later bare pronoun prefers the same one. */
  heads: Set<string> = NO_STRINGS
  /** Honorifics already resolved to the person as bare pronouns, one bit each (PRONOUN_BIT). */
  pronounBits = 0
  quoted = false
  quotes: Span[] = newList()
  firstPersonQuote = false
  eyewitness = false
  journalist = false
  fiction = false
  lastToken: number
  /** Other names the text gives the person ("thường gọi là Tư Hùng"), as syllables. */
  aliases: string[][] = NO_ALIASES
  /** The person this one turned out to be (a nickname named first), or -1. */
  mergedInto = -1
  constructor(m: Mention, name: string, named: boolean) {
    this.syl = m.syl
    this.name = name
    this.named = named
    this.hasSurname = m.hasSurname
    this.head = m.head
    this.lastToken = m.last
  }
}

/** Suggestions' parts as class instances too (see Mention); fields in the order of the types. */
class Evidence implements SexEvidence {
  constructor(public cue: SexCueKind, public sex: SexCue, public start: number, public end: number, public text: string) {}
}
/** A suggested person (functionEvidence is added only when there is one, as in the type). */
class Suggestion implements Omit<SuggestedPerson, 'functionEvidence'> {
  id: string
  name: string
  named: boolean
  mentions: MentionSpan[]
  sex: SuggestedSex
  sexEvidence: SexEvidence[]
  quoted: boolean
  quotes: Span[]
  function: PersonFunction
  roles: string[]
  confidence: number
  constructor(id: string, name: string, named: boolean, mentions: MentionSpan[], sex: SuggestedSex, sexEvidence: SexEvidence[], quoted: boolean, quotes: Span[], fn: PersonFunction, roles: string[], confidence: number) {
    this.id = id
    this.name = name
    this.named = named
    this.mentions = mentions
    this.sex = sex
    this.sexEvidence = sexEvidence
    this.quoted = quoted
    this.quotes = quotes
    this.function = fn
    this.roles = roles
    this.confidence = confidence
  }
}
class TextSpan implements Span {
  constructor(public start: number, public end: number) {}
}
class MentionText implements MentionSpan {
  constructor(public start: number, public end: number, public text: string) {}
}

type LineKind = 'none' | 'journalist' | 'answer' | 'byline' | 'person'

interface LineInfo {
  kind: LineKind
  /** Token index of the label's colon, or -1. */
  colon: number
}

/** Last words of foreign organisations' names: "Tata Power", "Vingroup Group", "Midori Tea". */
const ORG_SUFFIXES: ReadonlySet<string> = new Set([
  'group', 'corp', 'corporation', 'holdings', 'holding', 'bank', 'airlines', 'airways', 'air', 'motors', 'motor', 'technology',
  'technologies', 'tech', 'capital', 'power', 'energy', 'land', 'pharma', 'foods', 'food', 'inc', 'ltd', 'company', 'jsc',
  'media', 'software', 'systems', 'solutions', 'logistics', 'tea', 'coffee', 'hotel', 'hotels', 'resort', 'mall', 'studio', 'studios',
  'entertainment', 'university', 'college', 'institute', 'foundation', 'fund', 'partners', 'international', 'global', 'electronics',
  'pictures', 'records', 'news', 'times', 'post', 'fc', 'club', 'league', 'games', 'motorsport', 'agency', 'network', 'labs',
])

/** Words that open an appositive describing the person before it: ", người …", ", một …", ", nguyên …". */
const APPOSITIVE_OPENERS = new Set(['người', 'một', 'nguyên', 'cựu', 'phó', 'chủ', 'đại', 'trưởng', 'thành', 'vợ', 'chồng', 'mẹ', 'bố', 'con', 'tổng', 'kiêm', 'hiện', 'đồng', 'cán', 'sinh', 'học', 'giáo', 'bác', 'ông', 'bà'])

/** Titles used with a bare given or foreign name ("HLV Somchai", "Đại sứ Yamada Takeshi"). */
const TITLE_WITH_BARE_NAME = new Set(['hlv', 'hlv trưởng', 'huấn luyện viên', 'huấn luyện viên trưởng', 'đại sứ', 'trưởng nhóm', 'chủ tọa'])

const CLAUSE_BREAK = new Set([',', '.', ';', ':', '(', ')', '!', '?', '…', '–', '—', '-', '[', ']', '“', '”', '"', '«', '»'])
const SENTENCE_OPENERS = new Set(['[', '“', '"', '(', ':', '-', '–', '—', '«', '‘'])
/** "đàn ông", "đàn bà", "cha ông", "con cháu": the honorific syllable is part of a common word. */
const CLAUSE_OPENERS = new Set(['rằng', 'nhờ', 'để', 'khiến', 'bảo', 'muốn', 'mong', 'buộc', 'ép', 'rủ', 'mời', 'giúp', 'nhưng', 'vì', 'khi', 'nếu', 'mà', 'thì', 'nên'])
/** Honorifics a headline's gendered compound shares with the body's name ("bé gái" … "bé Hân"). */
const HEADLINE_CHILD_OR_ELDER = new Set(['bé', 'cụ', 'cháu'])
const CHILD_HEADS = new Set(['bé trai', 'bé gái', 'cháu bé', 'em bé'])
const NOT_HONORIFIC_AFTER = new Set(['đàn', 'cha', 'con', 'nàng', 'người', 'bọn', 'lũ', 'trẻ'])
const PREDICATE_BEFORE_MOT = new Set(['là', 'như', 'thành', 'vai', 'giống'])
/**
 * "thêm một giáo viên", "cần một bác sĩ", "tuyển một kế toán": someone wanted, not an individual in
 * the news; so is the one a substitute replaces ("vào sân thay một tiền vệ", "thay thế một giáo viên").
 */
const WANTED_BEFORE_MOT = new Set(['thêm', 'cần', 'thiếu', 'tuyển', 'tìm', 'thay', 'thế'])
/** Roles too vague, too often another word or a company after "một" ("một tên gọi", "một nhà sản xuất ô tô"): no unnamed individual. */
const NOT_UNNAMED_ROLE = new Set(['tên', 'kẻ', 'ban tổ chức', 'nhân vật', 'nhà sản xuất', 'nhà đầu tư'])

/**
 * "Người đầu tiên phát hiện … là một ngư dân": "là" after a clause about "người" who did something,
 * with no person named in it, introduces the one who did it (not a description of someone named).
 */
function identifiesSomeone(la: number): boolean {
  // "người" is the subject of "là": nobody is named between them ("X cho biết người … là một …"
  // is fine, "Người X là một …" is X). A capitalised "Người" opening the sentence is no name.
  let from = clauseStart(la)
  const lastMention = mentions[mentions.length - 1]
  if (lastMention && lastMention.last >= from && !(lastMention.kind === 'bare' && tLower[lastMention.first] === 'người')) from = lastMention.last + 1
  for (let k = from; k < la; k++) if (tLower[k] === 'người' && tType[k] === WORD) return true
  return false
}

/** A speech verb + "với tôi" / "với mình" / "với em" in the clause from token `from`: its subject told the speaker something. */
function toldSpeaker(from: number): boolean {
  for (let k = from; k < n && k < from + 10; k++) {
    if (tType[k] === PUNCT || tType[k] === NEWLINE) return false
    if (bits[k]! & B_SPEECH) {
      const v = speechVerbAt(k)
      if (!v) continue
      // "nói với tôi" is one of the verbs; "tâm sự với tôi" a verb and "với".
      const to = tLower[v.last] === 'với' ? v.last : wordAt(v.last + 1) === 'với' ? v.last + 1 : -1
      if (to !== -1 && FIRST_PERSON.has(wordAt(to + 1))) return true
    }
  }
  return false
}

/** Any person's role after "một" names one unnamed individual too ("một kiểm lâm", "một phó giám đốc"). */
function unnamedRoleAt(k: number): PhraseMatch<boolean> | undefined {
  const r = roleAt(k)
  // A role written as an acronym counts ("một VĐV nam", "một HLV"); other capitals open a name.
  if (!r || (isCapAt(k) && !isAcronymAt(k)) || NOT_UNNAMED_ROLE.has(r.phrase) || r.value.kind === 'journalist' || r.value.kind === 'fiction') return undefined
  // "một trợ lý ảo" is software.
  if (wordAt(r.last + 1) === 'ảo') return undefined
  return { value: true, phrase: r.phrase, last: r.last }
}

function runSyllables(from: number, end: number): string[] {
  const syl: string[] = []
  for (let k = from; k < end; k++) pushSyllables(k, syl)
  return syl
}

/** Adds the syllables of name token k to syl (initials "N.T.H." give n, t, h); returns how many. */
function pushSyllables(k: number, syl: string[]): number {
  if (tType[k] !== INITIALS) {
    syl.push(tLower[k]!)
    return 1
  }
  let added = 0
  for (const x of tLower[k]!.split('.')) if (x !== '') {
    syl.push(x)
    added++
  }
  return added
}
const scratchSyllables: string[] = []

/** How many syllables pushSyllables gives name token k, counted without a list. */
function syllableCount(k: number): number {
  if (tType[k] !== INITIALS) return 1
  const w = tLower[k]!
  // The non-empty parts between dots, as split('.') gives them.
  let count = 0
  let from = 0
  for (let c = 0; c <= w.length; c++) {
    if (c < w.length && w.charCodeAt(c) !== 46) continue
    if (c > from) count++
    from = c + 1
  }
  return count
}

/**
 * In a long text, the lists `syllables` made, by the vocabulary ids of their tokens (equal ids,
 * equal syllables): every mention of a name shares one list, so the text does not keep (nor the
 * garbage collector copy, twice) a list per mention until its end. A short text's lists die young
 * and cost less than the look-up. Shared: a list from `syllables` is never changed.
 */
const SHARED_SYLLABLES_FROM = 20_000
interface SyllableNode {
  list: string[] | undefined
  next: Map<number, SyllableNode> | undefined
}
let syllableCache = { generation: -1, size: 0, root: new Map<number, SyllableNode>() }

function syllables(from: number, end: number): string[] {
  // A short text's lists die young: pushed straight into a new list (no scratch list to empty,
  // which is a runtime call, and no copy of it), once per name mention of every pasted article.
  if (n < SHARED_SYLLABLES_FROM || from >= end) return runSyllables(from, end)
  let cache = syllableCache
  if (cache.generation !== tk.idGeneration || cache.size > 100_000) cache = syllableCache = { generation: tk.idGeneration, size: 0, root: new Map() }
  const ids = tk.id
  let level = cache.root
  let node: SyllableNode | undefined
  for (let k = from; ; k++) {
    node = level.get(ids[k]!)
    if (node === undefined) {
      node = { list: undefined, next: undefined }
      level.set(ids[k]!, node)
      cache.size++
    }
    if (k === end - 1) break
    level = node.next ??= new Map()
  }
  return (node.list ??= newSyllables(from, end))
}

/**
 * The name syllables of tokens [from, end), in a list of their exact size (a list grown by push
 * holds 17): a long text keeps tens of thousands of them until its end.
 */
function newSyllables(from: number, end: number): string[] {
  scratchSyllables.length = 0
  for (let k = from; k < end; k++) pushSyllables(k, scratchSyllables)
  return scratchSyllables.slice()
}

/** A capitalised word (not an acronym) or initials. False out of range. */
function isNameAt(k: number): boolean {
  const ty = tType[k]
  return (ty === WORD && (tFlags[k]! & (CAP | ACRONYM)) === CAP) || ty === INITIALS
}
const isCapAt = (k: number) => (tFlags[k]! & CAP) !== 0
const isAcronymAt = (k: number) => (tFlags[k]! & ACRONYM) !== 0
/** The lowercase word at k, or '' when k is not a word (or out of range). */
const wordAt = (k: number): string => (tType[k] === WORD ? tLower[k]! : '')

/** The sex "nữ" / "nam" at token k marks, unless the next word makes another word ("Nam Bộ", "nữ quyền"). */
function nuNamAt(k: number): SexCue | '' {
  const w = wordAt(k)
  if (w !== 'nữ' && w !== 'nam') return ''
  // A capital mid-sentence is a given name ("bệnh nhân Nam").
  if (isCapAt(k) && !isSentenceStart(k)) return ''
  if (NU_NAM_NOT_BEFORE.has(wordAt(k + 1))) return ''
  return w === 'nữ' ? 'female' : 'male'
}

export interface PeopleResult {
  people: SuggestedPerson[]
}

// ---- Per-call state and helpers of findPeople -------------------------------------------
// Module-level so that the helpers are created once, not per text: a closure per helper per text
// costs an allocation (and, under tsx/esbuild keepNames, a defineProperty). findPeople is
// synchronous and not re-entrant; it sets these at the start and releases them at the end.
let tk: Tokenized = { text: '', count: 0, lower: [], key: [], id: new Int32Array(0), idGeneration: -1, start: new Int32Array(0), end: new Int32Array(0), type: new Uint8Array(0), flags: new Uint8Array(0), sentence: new Int32Array(0), line: new Int32Array(0), quote: new Int32Array(0), quotes: [], lines: [], sentenceStarts: [] }
const EMPTY = tk
// The token arrays of `tk` (see tokenize.ts), under short names.
let tLower: string[] = []
let tKey: string[] = []
let tStart = EMPTY.start
let tEnd = EMPTY.end
let tType = EMPTY.type
let tFlags = EMPTY.flags
let tSent = EMPTY.sentence
let tLine = EMPTY.line
let tQuote = EMPTY.quote
let n = 0
let text = ''
let kindByLine: LineKind[] = []
let colonByLine: number[] = []
let headlineLine = -1
let bits: Uint8Array = bitsBuffer
/** Per token, the index in roleMatches of the role phrase starting there, or -1 (buffer reused between texts). */
let roleIdx = new Int32Array(4096)
let roleMatches: PhraseMatch<RoleInfo>[] = []

/** The role or title phrase starting at token k, if any. */
function roleAt(k: number): PhraseMatch<RoleInfo> | undefined {
  if (k < 0 || k >= n) return undefined
  const r = roleIdx[k]!
  return r === -1 ? undefined : roleMatches[r]
}
let mentions: Mention[] = []
let people: Person[] = []
// The per-call maps are kept from text to text and emptied (see emptied), not made anew for each
// pasted article: a batch of thousands of short articles paid for two allocations per map.
const bySuffix = new Map<string, number[]>()
const turnSpeaker = new Map<number, number>()
let recent: number[] = []
/** The mentions kept for quotes, in text order; a sentence's are sorted[sentFirst[s] .. sentEnd[s]). */
let sorted: Mention[] = []
let sentFirst = new Int32Array(0)
let sentEnd = new Int32Array(0)
let sentFirstBuffer = new Int32Array(0)
let sentEndBuffer = new Int32Array(0)
/** Per sentence, the token of its sports division's "nam" / "nữ" ("nội dung nam"), or -1 when it names both. */
const divisionBySentence = new Map<number, number>()
const childByHead = new Map<string, number>()
const unnamedByHead = new Map<string, number>()
const labelMention = new Map<number, Mention>()
const cueInSentence = new Map<number, number>()
/** The map, emptied if it holds anything (clearing an empty map would still allocate its table). */
function emptied<K, V>(map: Map<K, V>): Map<K, V> {
  if (map.size > 0) map.clear()
  return map
}
const TEAM_BEFORE_NU_NAM: ReadonlySet<string> = new Set(['tuyển', 'đá', 'chuyền', 'rổ', 'futsal'])
/** The one team division of the whole text: its token, -1 when another division appears, -2 when none. */
let textDivision = -2
let lineInfo: LineInfo[] = []
/** The first journalist's or answer turn, or -1. */
let firstTurnToken = -1

/** An event named before its division: "môn đẩy tạ nữ", "nội dung 100 m bơi ếch nam", "hạng cân 57 kg nữ". */
function eventBefore(i: number): boolean {
  // "đôi nam nữ": a mixed event.
  const prev = wordAt(i - 1)
  if (prev === 'nam' || prev === 'nữ') return false
  for (let k = i - 2; k >= 0 && k >= i - 5; k--) {
    const w = wordAt(k)
    if (w === 'môn' || w === 'dung' || w === 'ly' || w === 'hạng') return true
    if (tType[k] === NUMBER) continue
    if (!w || isCapAt(k) || ROLE_PHRASE_STOPS.has(w)) return false
  }
  return false
}

function noteDivision(i: number): void {
  if (!nuNamAt(i) || !(DIVISION_BEFORE_NU_NAM.has(wordAt(i - 1)) || eventBefore(i))) return
  const after = wordAt(i + 1)
  if (after === 'nữ' || after === 'nam') return
  const s = tSent[i]!
  const seen = divisionBySentence.get(s)
  divisionBySentence.set(s, seen === undefined || tLower[seen] === tLower[i]! ? i : -1)
  // Only a team's sex speaks for the whole text ("đội tuyển futsal nữ"); an event ("nội dung nữ",
  // "đơn nam") is one among others of a tournament.
  const team = TEAM_BEFORE_NU_NAM.has(wordAt(i - 1))
  if (textDivision === -2 && team) textDivision = i
  else if (textDivision >= 0 && (tLower[textDivision] !== tLower[i]! || !team)) textDivision = -1
}

/** The object verb before the pronoun at i follows "và" / "rồi": a second verb of the same subject. */
function coordinatedVerb(i: number): boolean {
  const verb = OBJECT_VERBS.has(wordAt(i - 1)) ? i - 1 : i - 2
  const c = wordAt(verb - 1)
  return c === 'và' || c === 'rồi'
}

/** A bare honorific right after a verb or preposition that takes a person as its object. */
function isObjectPosition(i: number): boolean {
  const p1 = wordAt(i - 1)
  if (!p1) return false
  if (OBJECT_VERBS.has(p1)) return !inOrganisationName(i - 1)
  const p2 = wordAt(i - 2)
  return p2 !== '' && OBJECT_VERB_FIRST.has(p2) && OBJECT_VERBS.has(`${p2} ${p1}`)
}
/** Token k, a lowercase word, ends an organisation's name written with capitals before it: "Bộ Ngoại giao", "Sở Giao thông". */
function inOrganisationName(k: number): boolean {
  let b = k - 1
  while (b >= 0 && tType[b] === WORD && isCapAt(b) && k - b <= 4) b--
  return b < k - 1 && matchAt(ORG_HEAD_TRIE, tk, b + 1) !== undefined
}
/**
 * Second words of the two-word entries an honorific and the next word are looked up in (kin, role,
 * collective compounds and ordinary words): the pair is joined into a string only when it may be one.
 */
const HONORIFIC_PAIR_SECOND: ReadonlySet<string> = new Set(
  [...COLLECTIVE_COMPOUNDS, ...NOT_HONORIFIC, ...KIN_COMPOUNDS.keys(), ...ROLE_COMPOUNDS.keys()].map((e) => e.split(' ')).filter((w) => w.length === 2).map((w) => w[1]!),
)
/** First words of two-word entries: a pair is joined into a string only when its first word opens one. */
const firstWords = (entries: Iterable<string>): ReadonlySet<string> => new Set([...entries].filter((w) => w.includes(' ')).map((w) => w.split(' ')[0]!))
const OBJECT_VERB_FIRST = firstWords(OBJECT_VERBS)
const RELATION_FIRST = firstWords(RELATION_NOUNS)
const GROUP_FIRST = firstWords(GROUP_RELATIONS)
const NO_SPEECH_BEFORE_FIRST = firstWords(NO_SPEECH_BEFORE)

/**
 * A speech verb, "rằng", a control verb ("nhờ hàng xóm đưa anh …") or a subordinating conjunction
 * between tokens a and b: what follows is another clause, whose object may be the first subject.
 */
function clauseBoundaryBetween(a: number, b: number): boolean {
  for (let k = a + 1; k < b; k++) {
    if (CLAUSE_OPENERS.has(tLower[k]!) || (bits[k]! & B_SPEECH && speechVerbAt(k))) return true
  }
  return false
}

function setTokens(t: Tokenized): void {
  tk = t
  n = t.count
  tLower = t.lower
  tKey = t.key
  tStart = t.start
  tEnd = t.end
  tType = t.type
  tFlags = t.flags
  tSent = t.sentence
  tLine = t.line
  tQuote = t.quote
}

/** matchAt, skipped at once when token k's word opens no phrase of the trie (its FIRST_BITS bit). */
function matchWith<V>(bit: number, trie: PhraseTrie<V>, k: number): PhraseMatch<V> | undefined {
  return k >= 0 && k < n && bits[k]! & bit ? matchAt(trie, tk, k) : undefined
}

/** "H’Linh", "H'Hen": the Ê Đê prefix of women's names (a token's letters always follow it). */
function hasHighlandFemalePrefix(syllable: string): boolean {
  return syllable.charCodeAt(0) === 104 && hasApostrophePrefix(syllable)
}

/** "H’Nhung", "K’Liên", "K'Brông": a one-letter prefix and an apostrophe glued to a Central Highlands given name. */
function hasApostrophePrefix(syllable: string): boolean {
  const c = syllable.charCodeAt(1)
  return (c === 0x2019 || c === 39) && syllable.length > 2
}

/** A vox pop announces itself in the headline or the lead; looked at only when a function needs it. */
let voxpopCache: boolean | undefined
const VOXPOP_LEAD = 400
function isVoxpop(): boolean {
  if (voxpopCache === undefined) {
    if (VOXPOP_PREFILTER && !voxpopWordInLead()) voxpopCache = false
    else {
      const lead = lowerLead(tk, VOXPOP_LEAD)
      voxpopCache = VOXPOP_CUES.some((c) => lead.includes(c))
    }
  }
  return voxpopCache
}

/**
 * The longest word of each vox-pop cue. A cue in the lowercase lead puts that word (letters only)
 * inside one word token starting in the lead, whose vocabulary id precompute marks with
 * B_VOXPOP_WORD: most articles have none, and skip lowercasing their lead (a per-article cost).
 */
const VOXPOP_WORDS: readonly string[] = VOXPOP_CUES.map((c) => c.split(' ').reduce((a, b) => (b.length > a.length ? b : a)))
const VOXPOP_PREFILTER = VOXPOP_WORDS.every((w) => w.length >= 2 && /^[\p{L}\p{M}]+$/u.test(w))

function voxpopWordInLead(): boolean {
  const known = bitsById.bits
  for (let k = 0; k < n && tStart[k]! < VOXPOP_LEAD; k++) if (tType[k] === WORD && known[tk.id[k]!]! & B_VOXPOP_WORD) return true
  return false
}

/** Drops the per-call state so that a long text is not kept alive after its analysis. */
function release(): void {
  setTokens(EMPTY)
  text = ''
  kindByLine = []
  colonByLine = []
  roleMatches = []
  mentions = []
  people = []
  emptied(bySuffix)
  emptied(turnSpeaker)
  recent = []
  recentMentions = []
  sorted = []
  voxpopCache = undefined
  emptied(divisionBySentence)
  emptied(childByHead)
  emptied(unnamedByHead)
  emptied(labelMention)
  emptied(cueInSentence)
  textDivision = -2
  lineInfo = []
  if (textPlaces.size > 0) textPlaces.clear()
  qaInterviewee = -1
  honorificNames = undefined
  if (syllableCache.size > 0) syllableCache = { generation: -1, size: 0, root: new Map() }
}

function lineKind(i: number): LineKind {
  return kindByLine[tLine[i]!] ?? 'none'
}

function lineColon(i: number): number {
  return colonByLine[tLine[i]!] ?? -1
}

/** Inside the words of a person's transcript turn (after the label's colon). */
function inTurnSpeech(i: number): boolean {
  const k = lineKind(i)
  return (k === 'person' || k === 'answer') && i > lineColon(i)
}

function inLabel(i: number): boolean {
  const c = lineColon(i)
  return c !== -1 && i < c
}

function isHeadline(line: number) {
  return line === headlineLine
}

function isSentenceStart(i: number): boolean {
  if (i === 0) return true
  if (tType[i - 1] === NEWLINE || tSent[i - 1] !== tSent[i]) return true
  return SENTENCE_OPENERS.has(tLower[i - 1]!)
}

function clauseStart(i: number): number {
  let k = i - 1
  while (k >= 0 && i - k <= 14) {
    if (tType[k] === NEWLINE) break
    const mark = tLower[k]!
    if (CLAUSE_BREAK.has(mark) && !(mark === '.' && tSent[k + 1] === tSent[k])) break
    k--
  }
  return k + 1
}

/** The lowercase word or number right before token i, or ''. */
function prevWord(i: number): string {
  const ty = tType[i - 1]
  return ty === WORD || ty === NUMBER ? tLower[i - 1]! : ''
}

/** A role phrase ending right before token i (title dots skipped): "TS. Tú", "HLV Somchai". */
function roleEndingBefore(name: number): PhraseMatch<RoleInfo> & { first: number } | undefined {
  // A generation between the role and the name: "nữ sinh 2K7 X", "chàng trai 9X Y".
  const i = generationBefore(name)
  let k = i - 1
  let best: (PhraseMatch<RoleInfo> & { first: number }) | undefined
  for (let back = 0; back < 6 && k >= 0; back++, k--) {
    if (tLower[k] === '.' && tSent[k + 1] === tSent[k]) continue
    if (tType[k] !== WORD) break
    const m = roleAt(k)
    if (m && (m.last === i - 1 || (tLower[m.last + 1] === '.' && m.last + 2 >= i - 1) || m.last + 1 === i - 1 && tLower[i - 1]! === '.'))
      best = { value: m.value, phrase: m.phrase, last: m.last, first: k }
    else if (m && best) break
  }
  return best
}

/** A generation label glued to a number ("9X", "8x", "2K", "2K7"): the letter at k after its number. */
function generationLetterAt(k: number): boolean {
  const w = tLower[k]
  return (w === 'x' || w === 'k') && tType[k] === WORD && tType[k - 1] === NUMBER && tStart[k] === tEnd[k - 1]
}

/** The first token of a generation label ending right before token i ("9X", "2K7"), or i when there is none. */
function generationBefore(i: number): number {
  let k = i - 1
  if (tType[k] === NUMBER && generationLetterAt(k - 1) && tStart[k] === tEnd[k - 1]) k--
  return generationLetterAt(k) ? k - 1 : i
}

const NONE = Object.freeze([]) as unknown as unknown[]
/**
 * A new empty list, made by a builtin: no allocation site for V8 to pretenure (see Mention). The
 * source is a plain array that nothing ever adds to (slicing the frozen NONE takes a slow path).
 */
const NO_ITEMS: readonly unknown[] = []
const newList = <T>(): T[] => NO_ITEMS.slice() as T[]
const NO_ALIASES: string[][] = Object.freeze([]) as unknown as string[][]
const NO_SYLLABLES: string[] = Object.freeze([]) as unknown as string[]

type ListKey = 'cues' | 'roles' | 'rolePhrases'
/**
 * Adds to one of a mention's lists by replacing it with a list one item longer: push would leave
 * room for 16 more, and a long text keeps tens of thousands of these lists, most of one or two
 * items, to its end (their spare room was a sixth of what the garbage collector copied). Literals
 * for one and two items: concat, a slow builtin call, cost separate articles 4–10%.
 */
function pushTo<K extends ListKey>(m: Mention, key: K, item: Mention[K][number]): void {
  const list = m[key] as unknown[]
  ;(m as unknown as Record<ListKey, unknown[]>)[key] =
    list === NONE ? (key === 'cues' ? [item] : oneItem(item as RoleInfo | string)) : list.length === 1 ? [list[0], item] : list.concat(item)
}

/**
 * An unnamed mention found to be a named one ("một cụ ông …. Ông A …"): its cues, roles and role
 * phrase go to the named mention, which will create or join the person; it stays a mere role.
 */
function handOver(m: Mention, o: Mention): void {
  for (const c of m.cues) pushTo(o, 'cues', c)
  for (const r of m.roles) pushTo(o, 'roles', r)
  for (const r of m.rolePhrases) pushTo(o, 'rolePhrases', r)
  pushTo(o, 'rolePhrases', m.head)
  m.kind = 'role'
}

/**
 * The one-item list of a role or a role phrase, shared by every mention whose list holds only it
 * (a mention's lists are replaced, never changed: see pushTo): a long text's role mentions kept a
 * pair of these each, for the garbage collector to copy.
 */
const oneItemLists = new Map<RoleInfo | string, unknown[]>()
function oneItem<T extends RoleInfo | string>(item: T): T[] {
  let list = oneItemLists.get(item)
  if (list === undefined) {
    list = [item]
    // Roles and phrases come from the word lists; the bound only guards against an open-ended key.
    if (oneItemLists.size < 20_000) oneItemLists.set(item, list)
  }
  return list as T[]
}

function newMention(kind: MentionKind, first: number, last: number, partial: Partial<Mention> = {}): Mention {
  const m = new Mention(kind, first, last, partial)
  mentions.push(m)
  return m
}

/** "mỗi" earlier in the clause: "mỗi thôn có một người …" is one per unit, not one individual. */
function distributiveBefore(i: number): boolean {
  for (let k = i - 1, steps = 0; k >= 0 && steps < 8; k--, steps++) {
    const ty = tType[k]
    if (ty === NEWLINE || (ty === PUNCT && CLAUSE_BREAK.has(tLower[k]!))) return false
    if (ty === WORD && tLower[k] === 'mỗi') return true
  }
  return false
}

function publisherAt(k: number): boolean {
  const w = wordAt(k)
  return w === 'nxb' || (w === 'nhà' && wordAt(k + 1) === 'xuất' && wordAt(k + 2) === 'bản')
}

/** "giải nữ/nam <role> … trao cho | thuộc về | về tay" right before token i: the token of nữ/nam, or -1. */
function awardBefore(i: number): number {
  const w1 = wordAt(i - 1)
  const w2 = wordAt(i - 2)
  if (!((w2 === 'trao' && w1 === 'cho') || (w2 === 'thuộc' && w1 === 'về') || (w2 === 'về' && w1 === 'tay'))) return -1
  const s = tSent[i]!
  for (let k = i - 3, steps = 0; k > 0 && steps < 12 && tSent[k] === s; k--, steps++) {
    const w = wordAt(k)
    if ((w === 'nữ' || w === 'nam') && wordAt(k - 1) === 'giải' && roleAt(k + 1)) return k
  }
  return -1
}

/** Reads a run of capitalised name tokens from i; returns the index after it. */
function readRun(i: number): number {
  let j = i
  while (j < n && isNameAt(j) && j - i < 6) {
    if (j > i && tStart[j]! !== tEnd[j - 1]! + 1) break
    j++
  }
  return j
}

/** Whether a name run at [i, j) is a place or an organisation's name in its context. */
function placeContext(i: number, runSyl: string[]): boolean {
  // Strings joined only when the first syllable can open a place or an organisation's name.
  const first = runSyl[0] ?? ''
  if (isPlace(runSyl)) return true
  if (ORG_FIRST.has(first)) {
    if (runSyl.length >= 2 && ORG_STARTS.has(`${first} ${runSyl[1]}`)) return true
    if (runSyl.length >= 3 && ORG_STARTS.has(`${first} ${runSyl[1]} ${runSyl[2]}`)) return true
  }
  // A place right before the run ("Thành ủy Lạng Sơn Chu Văn Kiên") is the head's complement.
  for (let span = 2; span <= 4; span++) {
    const from = i - span
    if (from >= 0 && matchWith(B_PLACE, PLACE_TRIE, from)?.last === i - 1) return false
  }
  // Walk back through the clause: the nearest head decides (a place/organisation noun vs a title).
  let lowercase = 0
  // The nearest token before the run that is not a school's type, and whether one was passed.
  let adjacent = i - 1
  let schoolType = false
  for (let k = i - 1, steps = 0; k >= 0 && steps < 7; k--, steps++) {
    const ty = tType[k]
    if (ty === NEWLINE || (ty === PUNCT && tLower[k] !== '.')) return false
    if (ty !== WORD) continue
    const d = schoolTypeStart(k)
    if (d !== -1) {
      if (k === adjacent) adjacent = d - 1
      schoolType = true
      k = d
      continue
    }
    if (!isCapAt(k)) lowercase++
    for (let span = 1; span <= 3; span++) {
      const from = k - span + 1
      if (from < 0) continue
      const m = matchWith(B_PLACE_HEAD, PLACE_HEAD_TRIE, from)
      if (m && m.last === k) {
        // A school's type names a school ("Trường Phổ thông Dân tộc nội trú X"), nothing else.
        if (schoolType && !SCHOOL_HEADS.has(m.phrase)) return false
        // A head word that opens a title ("Đội trưởng X") is the title, not a team's name; so is
        // one that closes a title ("Trưởng thôn X", "Trưởng phòng X").
        if (span === 1 && (roleAt(from)?.last ?? -1) > k) return false
        if (titleCovering(from, k)) return false
        // A head with a lowercase word after it, right after a role, describes the role: "hot girl
        // sân cỏ Huỳnh Ngọc A", "cầu thủ sân cỏ …"; the name follows.
        if (k < i - 1 && runSyl.length >= 2 && SURNAMES.has(runSyl[0]!) && lowercaseBetween(k, i)) {
          const described = roleEndingBefore(from)
          if (described && described.value.kind !== 'official') return false
        }
        if (runSyl.length >= 3 && SURNAMES.has(runSyl[0]!)) {
          // "Chủ tịch UBND xã Nguyễn Văn A", "Giám đốc Sở Y tế tỉnh Lường Quang A", "Tổng giám đốc
          // ngân hàng Lưu Hoàng A": an official's title before the unit or organisation announces
          // a person after it. Not when the head names a place or school after a person right
          // before the run ("Trường THPT Nguyễn Văn Trỗi", "đường Lê Văn Lương").
          const admin = ADMIN_UNITS.has(m.phrase)
          const namedAfter = (k === i - 1 || k === adjacent) && NAMED_AFTER_PEOPLE.has(m.phrase) && (isCapAt(from) || !isCapAt(from - 1))
          if (!namedAfter && officialTitleBefore(from, admin)) return false
        }
        return true
      }
    }
    if (roleAt(k) || HONORIFICS.has(tLower[k]!) || lowercase >= 2) return false
  }
  return false
}

/** Prepositions and conjunctions that open a sentence before a name. */
const SENTENCE_OPENING_WORDS: ReadonlySet<string> = new Set(['theo', 'với', 'khi', 'sau', 'trước', 'cùng', 'còn', 'nhưng', 'và', 'riêng', 'đối', 'về', 'nhờ', 'hỏi', 'gặp', 'tại', 'ngoài'])
/** Heads of a school's name. */
const SCHOOL_HEADS: ReadonlySet<string> = new Set(['trường', 'thpt', 'thcs', 'tiểu học', 'mầm non', 'đại học', 'cao đẳng', 'học viện'])
/**
 * The type of a school, written in lowercase or capitals between the head and the person it is
 * named after: "Trường Phổ thông Dân tộc nội trú X", "Trường THPT chuyên X", "Trường Trung học cơ sở X".
 */
const SCHOOL_TYPES: ReadonlySet<string> = new Set([
  'phổ thông', 'trung học', 'cơ sở', 'dân tộc', 'nội trú', 'bán trú', 'chuyên', 'năng khiếu', 'liên cấp', 'song ngữ', 'dân lập',
  'tư thục', 'ptdtnt', 'ptdtbt', 'dtnt', 'dtbt',
])
/** Last words of two-word school types: a pair is joined into a string only when its word ends one. */
const SCHOOL_TYPE_LAST: ReadonlySet<string> = new Set([...SCHOOL_TYPES].filter((w) => w.includes(' ')).map((w) => w.slice(w.lastIndexOf(' ') + 1)))
/** Where a school's type ending at token k starts, or -1. */
function schoolTypeStart(k: number): number {
  const w = tLower[k]!
  if (k > 0 && tType[k - 1] === WORD && SCHOOL_TYPE_LAST.has(w) && SCHOOL_TYPES.has(`${tLower[k - 1]} ${w}`)) return k - 1
  return SCHOOL_TYPES.has(w) ? k : -1
}

/** Only lowercase words strictly between tokens a and b. */
function lowercaseBetween(a: number, b: number): boolean {
  for (let k = a + 1; k < b; k++) if (tType[k] !== WORD || isCapAt(k)) return false
  return true
}

/** A title phrase that starts before token `from` and runs to `last` or beyond ("Trưởng thôn" over "thôn"). */
function titleCovering(from: number, last: number): boolean {
  for (let b = from - 1; b >= 0 && b >= from - 3; b--) {
    if (tType[b] !== WORD) return false
    if ((roleAt(b)?.last ?? -1) >= last) return true
  }
  return false
}

/**
 * Places this text names: the capitalised run after a geographic head ("huyện Lâm Bình", "bản
 * Lác") or after a locative preposition ("ở Mai Châu", "tại Sìn Hồ"). The same run is then a place
 * wherever the text uses it again, and a run that opens with it is place + person ("Chủ tịch UBND
 * huyện Lâm Bình Nông Đức Thịnh"). No gazetteer lists every district; the text itself does.
 */
const GEO_HEADS: readonly string[] = [
  'tỉnh', 'thành phố', 'tp', 'huyện', 'quận', 'thị xã', 'xã', 'phường', 'thị trấn', 'thôn', 'bản', 'buôn', 'làng', 'ấp',
  'xóm', 'sông', 'hồ', 'núi', 'đảo', 'vịnh', 'đèo', 'suối', 'tổ dân phố', 'khu phố', 'vùng', 'quê', 'cửa khẩu', 'dãy', 'kênh', 'rạch',
]
const GEO_HEAD_TRIE = phraseTrie(GEO_HEADS.map((h) => [h, true] as [string, boolean]))
const GEO_FIRST: ReadonlySet<string> = new Set(GEO_HEAD_TRIE.next.keys())
for (const k of [...GEO_FIRST, 'ở', 'tại', 'đến']) FIRST_BITS.set(k, (FIRST_BITS.get(k) ?? 0) | B_PLACE_WORD)

/** The text's places as a trie of vocabulary ids: no string is built to look a run up. */
interface PlaceNode {
  end: boolean
  next: Map<number, PlaceNode> | undefined
}
const textPlaces = new Map<number, PlaceNode>()

function addTextPlace(from: number, end: number): void {
  let level = textPlaces
  let node: PlaceNode | undefined
  for (let k = from; k < end; k++) {
    const id = tk.id[k]!
    node = level.get(id)
    if (!node) {
      node = { end: false, next: undefined }
      level.set(id, node)
    }
    if (k < end - 1) level = node.next ??= new Map()
  }
  if (node) node.end = true
}

/** Token i (a word before a capitalised one) names a place after it: called by `precompute`, token by token. */
function notePlaceAfter(i: number): void {
  // A capitalised head inside a name is part of it ("Nhật Bản Yamada …", "Bản Công").
  if (isCapAt(i) && !isSentenceStart(i)) return
  let runStart = -1
  if (tLower[i] === 'ở' || tLower[i] === 'tại') runStart = i + 1
  // Travel to a bare name is travel to a place ("Khách đến Côn Đảo"); a person is "đến nhà anh A".
  else if (tLower[i] === 'đến' && !isNameAt(i + 3)) runStart = i + 1
  else if (GEO_FIRST.has(tKey[i]!)) {
    const m = matchAt(GEO_HEAD_TRIE, tk, i)
    if (m && isNameAt(m.last + 1) && !titleCovering(i, m.last)) runStart = m.last + 1
  }
  if (runStart === -1 || HONORIFICS.has(tLower[runStart]!)) return
  const end = readRun(runStart)
  // Not a run that may be a person's full name ("Chủ tịch UBND xã Nguyễn Văn A"): places are short.
  if (end - runStart >= 3 && SURNAMES.has(tLower[runStart]!)) return
  if (end - runStart <= 4 && tType[runStart] === WORD) addTextPlace(runStart, end)
}

/** Whether the run [from, end) is a place this text names. */
function isTextPlace(from: number, end: number): boolean {
  let level: Map<number, PlaceNode> | undefined = textPlaces
  for (let k = from; k < end; k++) {
    const node: PlaceNode | undefined = level?.get(tk.id[k]!)
    if (!node) return false
    if (k === end - 1) return node.end
    level = node.next
  }
  return false
}

/**
 * Where a person's name starts inside a run that opens with a place ("Lâm Bình Nông Đức Thịnh"
 * after "huyện"): after a place the text names elsewhere, or, for a run of five syllables or more
 * right after an administrative unit, after the two or three syllables of a place name (names
 * rarely run to five syllables; places usually have two). -1 when the run is one name.
 */
function personAfterPlace(i: number, end: number): number {
  if (end - i < 4) return -1
  for (let k = Math.min(3, end - i - 2); k >= 1; k--) {
    if (SURNAMES.has(tLower[i + k]!) && isTextPlace(i, i + k)) return i + k
  }
  const unit = tLower[i - 1]!
  if (end - i < 5 || tType[i - 1] !== WORD || !(ADMIN_UNITS.has(unit) || unit === 'phố' || unit === 'xã' || unit === 'trấn')) return -1
  // The split that leaves a name opening with a surname; better one whose middle name follows it
  // ("xã Pa Vây Sử Giàng A Lử": the name is "Giàng A Lử", "Lao Chải Lồ Văn Páo": "Lồ Văn Páo").
  let best = -1
  let bestScore = 0
  for (let k = 2; k <= 3; k++) {
    if (end - i - k < 2 || end - i - k > 4) continue
    const score = (SURNAMES.has(tLower[i + k]!) ? 1 : 0) + (end - i - k >= 3 && MIDDLE_NAMES.has(tLower[i + k + 1]!) ? 2 : 0)
    if (score > bestScore) {
      best = i + k
      bestScore = score
    }
  }
  return best
}

/**
 * A club's or a firm's name: a brand of two syllables or more, then a province or city ("Hoàng Anh
 * Gia Lai", "Sông Lam Nghệ An"). A person's name ending with a place has a middle name ("Nguyễn Thị
 * Hà Giang") or only a surname before it ("Lê Thái Bình"), or follows an honorific, or is given an age.
 */
function brandThenPlace(syl: string[], i: number, end: number): boolean {
  if (syl.length < 4 || MIDDLE_NAMES.has(syl[1]!) || HONORIFICS.has(wordAt(i - 1)) || ageAfter(end)) return false
  for (let len = 2; len <= 3 && syl.length - len >= 2; len++) if (isPlace(syl.slice(syl.length - len))) return true
  return false
}

/** A company's legal form ("Công ty TNHH", "Công ty cổ phần", "Công ty CP"): what follows is its name. */
const COMPANY_FORMS: ReadonlySet<string> = new Set(['tnhh', 'phần', 'cp', 'mtv', 'jsc'])

/**
 * "Công ty" and its legal form in the four words before the run at i, with only a business field
 * between ("Giám đốc Công ty TNHH Địa ốc Kim Phát Lộc"): the run is the company's name, or opens
 * it; an official's name comes after it in the same run.
 */
function companyFormBefore(i: number): boolean {
  for (let k = i - 1; k >= i - 4 && k >= 2; k--) {
    const w = tLower[k]!
    if (tType[k] === NEWLINE || CLAUSE_BREAK.has(w)) return false
    if (!COMPANY_FORMS.has(w) || (w === 'phần' && tLower[k - 1] !== 'cổ')) continue
    const form = w === 'phần' ? k - 1 : k
    return tLower[form - 1] === 'ty' && tLower[form - 2] === 'công'
  }
  return false
}

/** Words that make a role refer back to someone already spoken of: "nữ bác sĩ 40 tuổi này". */
const DEMONSTRATIVES: ReadonlySet<string> = new Set(['này', 'ấy', 'đó', 'kia', 'nọ'])

/** Middle names that mark a name's second syllable: Văn, Thị, and A, Seo, Mí of Hmông and Dao names. */
const MIDDLE_NAMES: ReadonlySet<string> = new Set(['văn', 'thị', 'a', 'seo', 'mí'])

/** Where a person's full name starts inside an organisation's capitalised run [from, end), or -1. */
function nameInsideOrgRun(from: number, end: number): number {
  for (let k = from + 2; k <= end - 2; k++) if (end - k <= 4 && tType[k] === WORD && SURNAMES.has(tLower[k]!) && !isPlaceAt(k, end)) return k
  return -1
}
const isPlaceAt = (k: number, end: number) => (matchWith(B_PLACE, PLACE_TRIE, k)?.last ?? -1) >= end - 1

/** A known place inside the run [from, end) ("Google Việt Nam"). */
function placeInside(from: number, end: number): boolean {
  for (let k = from; k < end; k++) if ((matchWith(B_PLACE, PLACE_TRIE, k)?.last ?? end) < end) return true
  return false
}

/** Heads of places and institutions often named after a person ("Trường THPT Nguyễn Văn Trỗi", "đường Lê Văn Lương"). */
const NAMED_AFTER_PEOPLE: ReadonlySet<string> = new Set([
  'trường', 'thpt', 'thcs', 'tiểu học', 'mầm non', 'đại học', 'học viện', 'cao đẳng', 'đường', 'phố', 'ngõ', 'hẻm', 'cầu',
  'quảng trường', 'khu phố', 'nhà thờ', 'đình', 'đền', 'chùa', 'miếu', 'sân vận động', 'bến', 'cảng', 'sân bay', 'ga',
  'giải thưởng', 'học bổng', 'quỹ', 'cúp', 'huân chương', 'phòng khám', 'nhà văn hóa', 'bảo tàng', 'tượng đài',
])

/** An official's title (or "UBND", "Công an") in the clause before a unit or organisation head at `head`. */
function officialTitleBefore(head: number, admin: boolean, reach = 10): boolean {
  for (let b = head - 1, steps = 0; b >= 0 && steps < reach; b--, steps++) {
    const ty = tType[b]
    // "&" joins an acronym ("Sở GD&ĐT Hà Tĩnh …").
    if (ty === NEWLINE || (ty === PUNCT && tLower[b] !== '&')) return false
    if (ty !== WORD) continue
    if (admin && steps < 3 && matchAt(ADMIN_CUE_TRIE, tk, b)) return true
    const r = roleAt(b)
    if (r && r.value.kind === 'official' && r.last < head) return true
  }
  return false
}

/** Sex cues inside a name: middle name Thị / Văn, Ê Đê prefixes Y / H’. */
function nameCues(first: number, last: number, syl: string[]): Cue[] {
  const cues: Cue[] = []
  const surnameLen = syl.length >= 2 && twoSyllableSurname(syl) ? 2 : 1
  if (syl.length >= 3) {
    // The evidence points at the middle-name syllable itself.
    const whole = last - first + 1 === syl.length
    for (let k = surnameLen; k < syl.length - 1; k++) {
      if (syl[k] === 'thị') cues.push({ cue: 'middleName', sex: 'female', weight: 2, first: whole ? first + k : first, last: whole ? first + k : last })
      if (syl[k] === 'văn' && k === surnameLen) cues.push({ cue: 'middleName', sex: 'male', weight: 2, first: whole ? first + k : first, last: whole ? first + k : last })
    }
  }
  const first0 = tLower[first]!
  if (hasHighlandFemalePrefix(first0)) cues.push({ cue: 'namePrefix', sex: 'female', weight: 2, first, last: first })
  // "Y" marks a man in Ê Đê and M'nông names, which end with the clan's name ("Y Khuê Niê"); in
  // Giẻ Triêng and Xơ Đăng names, which have no clan name ("Y Hoan"), it may mark a woman.
  if (first0 === 'y' && tType[first] === WORD && syl.length >= 3 && SURNAMES.has(syl[syl.length - 1]!)) cues.push({ cue: 'namePrefix', sex: 'male', weight: 2, first, last: first })
  return cues
}

function addNamed(hFirst: number, runStart: number, runEnd: number, partial: Partial<Mention>): Mention {
  let syl = syllables(runStart, runEnd)
  // A country or place glued before a foreign name: "Đại sứ Nhật Bản Yamada Takeshi".
  let start = runStart
  for (let len = 3; len >= 2; len--) {
    if (runEnd - start > len && isPlace(syl, len)) {
      // A new list: the one from `syllables` is shared.
      syl = syl.slice(len)
      start += len
      break
    }
  }
  const hasSurname = (SURNAMES.has(syl[0] ?? '') && syl.length >= 2) || (syl.length >= 3 && twoSyllableSurname(syl))
  const m = newMention('named', hFirst, runEnd - 1, { syl, hasSurname, ...partial })
  for (const c of nameCues(start, runEnd - 1, syl)) pushTo(m, 'cues', c)
  return m
}

function scoreOf(p: Person) {
  return p.female - p.male
}

function compatible(p: Person, sex: SexCue | ''): boolean {
  if (!sex) return true
  const s = scoreOf(p)
  return sex === 'female' ? s >= 0 : s <= 0
}

function addCue(p: Person, c: Cue) {
  if (c.sex === 'female') p.female += c.weight
  else p.male += c.weight
  p.evidence.push(new Evidence(c.cue, c.sex, tStart[c.first]!, tEnd[c.last]!, text.slice(tStart[c.first]!, tEnd[c.last]!)))
}

function attach(m: Mention, pi: number) {
  const p = people[pi]!
  m.person = pi
  p.mentions.push(m)
  p.lastToken = Math.max(p.lastToken, m.last)
  // Indexed loops: no iterator objects, whatever tier of code V8 runs this in.
  for (let k = 0; k < m.cues.length; k++) addCue(p, m.cues[k]!)
  for (let k = 0; k < m.roles.length; k++) p.roles.push(m.roles[k]!)
  for (let k = 0; k < m.rolePhrases.length; k++) addRolePhrase(p, m.rolePhrases[k]!)
  if (m.head && (m.kind === 'unnamed' || m.kind === 'role')) addRolePhrase(p, m.head)
  if (m.kind === 'named' && HONORIFICS.has(m.head)) {
    if (p.heads === NO_STRINGS) p.heads = new Set()
    p.heads.add(m.head)
  }
}

function endsWith(long: string[], short: string[]) {
  if (short.length === 0 || short.length > long.length) return false
  for (let k = 1; k <= short.length; k++) if (long[long.length - k] !== short[short.length - k]) return false
  return true
}

function mentionText(m: Mention, from = m.first) {
  return text.slice(tStart[from]!, tEnd[m.last]!)
}

function nameText(m: Mention) {
  // The name without honorific or kin/role head.
  let k = m.last
  let count = 0
  while (k >= m.first && count < m.syl.length) {
    count += syllableCount(k)
    k--
  }
  return text.slice(tStart[k + 1]!, tEnd[m.last]!)
}

/** Only commas and an age ("67 tuổi") between two tokens. */
function onlyAgeBetween(a: number, b: number): boolean {
  if (b - a > 5) return false
  for (let k = a + 1; k <= b; k++) {
    // The appositive's opening bracket or dash right after the name: "Bà A (58 tuổi, …", "ông B – …".
    const open = k === a + 1 && (tLower[k] === '(' || tLower[k] === '–' || tLower[k] === '—')
    if (!(open || tLower[k] === ',' || tType[k] === NUMBER || tLower[k] === 'tuổi')) return false
  }
  return true
}

function findNamed(syl: string[], sex: SexCue | '', before: number): number {
  const key = syl[syl.length - 1]!
  // "cô K’Liên" for "cô K’Thị Liên": the given name without its prefix.
  const list = bySuffix.get(key) ?? (syl.length === 1 && hasApostrophePrefix(key) ? bySuffix.get(key.slice(2)) : undefined)
  if (!list) return -1
  let best = -1
  for (let q = list.length - 1, seen = 0; q >= 0 && seen < 24; q--, seen++) {
    const pi = list[q]!
    const p = people[pi]!
    if (p.mergedInto !== -1 || !compatible(p, sex)) continue
    // A nickname, or its birth-order word alone ("Tư Sang" … "ông Tư").
    if (p.aliases.length > 0 && p.aliases.some((a) => endsWith(a, syl) || (syl.length === 1 && a[0] === syl[0] && BIRTH_ORDER.has(syl[0]!)))) return pi
    const sameOrShorter = endsWith(p.syl, syl) || highlandShortForm(p.syl, syl) || (syl.length === 1 && p.syl.length >= 2 && p.syl[0] === syl[0] && foreignName(p.syl))
    const longer = !p.hasSurname && endsWith(syl, p.syl)
    if (!sameOrShorter && !longer) continue
    if (best === -1 || Math.abs(p.lastToken - before) < Math.abs(people[best]!.lastToken - before)) best = pi
  }
  return best
}

function newPerson(m: Mention, name: string, named: boolean): number {
  people.push(new Person(m, name, named))
  const pi = people.length - 1
  if (named) {
    indexName(m.syl[m.syl.length - 1]!, pi)
    // Central Highlands names are shortened to their given name, which is not the last word:
    // "Ksor H’Nhung" … "chị Nhung", "H’Nguyên Niê" … "H’Nguyên", "Y Thái Mlô" … "Y Thái".
    for (let k = 0; k < m.syl.length - 1; k++) {
      const w = m.syl[k]!
      if (hasApostrophePrefix(w)) {
        indexName(w, pi)
        indexName(w.slice(2), pi)
      } else if (k === 1 && m.syl[0] === 'y') indexName(w, pi)
    }
    const last = m.syl[m.syl.length - 1]!
    if (m.syl.length >= 2 && hasApostrophePrefix(last)) indexName(last.slice(2), pi)
    // East Asian names put the family name first and are shortened to it: "Park Min-jun" … "ông Park".
    if (m.syl.length >= 2 && foreignName(m.syl)) indexName(m.syl[0]!, pi)
  }
  return pi
}

/** A name not shaped as a Vietnamese one: a hyphenated given name ("Min-jun") or a syllable Vietnamese cannot have ("Kishida"). */
function foreignName(syl: string[]): boolean {
  for (let k = 0; k < syl.length; k++) if (syl[k]!.includes('-') || !isVietnameseSyllable(syl[k]!)) return !hasApostrophePrefix(syl[k]!) && syl[0] !== 'y'
  return false
}

function indexName(key: string, pi: number): void {
  const list = bySuffix.get(key)
  if (!list) bySuffix.set(key, [pi])
  else if (list[list.length - 1] !== pi) list.push(pi)
}

/**
 * A short form of a Central Highlands name: its given name with or without the prefix ("Nhung" or
 * "H’Nhung" for "Ksor H’Nhung"), or the prefix and given name that open it ("Y Thái" for "Y Thái
 * Mlô", "H’Nguyên" for "H’Nguyên Niê").
 */
function highlandShortForm(long: string[], short: string[]): boolean {
  if (short.length >= long.length) return false
  if (short.length === 1) {
    const w = short[0]!
    const core = hasApostrophePrefix(w) ? w.slice(2) : w
    for (let k = 0; k < long.length; k++) {
      const x = long[k]!
      if (hasApostrophePrefix(x) ? x === w || x.slice(2) === core : core !== w && x === core) return true
    }
    return false
  }
  if (!(short[0] === 'y' || hasApostrophePrefix(short[0]!))) return false
  for (let k = 0; k < short.length; k++) if (long[k] !== short[k]) return false
  return true
}

function addressee(i: number): number {
  const ln = tLine[i]!
  for (let d = 1; d <= 6; d++) {
    const before = turnSpeaker.get(ln - d)
    if (before !== undefined) return before
  }
  for (let d = 1; d <= 4; d++) {
    const after = turnSpeaker.get(ln + d)
    if (after !== undefined) return after
  }
  // "Hỏi: … anh …? / Đáp: …": the answers have no name; the questions address the interviewee.
  return qaInterviewee
}

/** The last pronoun used as a possessor ("Một sinh viên của cô"): its sentence, honorific, owner and person. */
const possessive = { sentence: -1, head: '', owner: -1, person: -1 }

/** In a Q&A interview, the person the introduction names most often (before the first turn), or -1. */
let qaInterviewee = -1
function findInterviewee(): number {
  if (firstTurnToken === -1) return -1
  const counts = new Map<number, number>()
  let best = -1
  let bestCount = 0
  for (let mi = 0; mi < mentions.length; mi++) {
    const m = mentions[mi]!
    if (m.first >= firstTurnToken) break
    if (m.person === -1 || m.kind === 'pronoun' || excluded(m.person)) continue
    const c = (counts.get(m.person) ?? 0) + 1
    counts.set(m.person, c)
    if (c > bestCount) {
      best = m.person
      bestCount = c
    }
  }
  return best
}

function addressedAt(i: number): boolean {
  if (lineKind(i) !== 'journalist' || inLabel(i)) return false
  const prev = tLower[i - 1]
  return sentenceIsQuestion(i) || prev === 'thưa' || prev === 'chào' || prev === 'ơn'
}

/**
 * The pronoun at i opens its sentence's main clause after a short fronted phrase naming no one
 * ("Thông qua phiên dịch, ông nói", "Sau trận đấu, bà cho biết"): it continues the topic as a
 * pronoun opening the sentence does.
 */
function afterFrontedPhrase(i: number): boolean {
  if (tLower[i - 1] !== ',') return false
  const last = recentMentions[recentMentions.length - 1]
  if (last && tSent[last.last] === tSent[i]) return false
  for (let k = i - 2, steps = 0; k >= 0 && steps < 8; k--, steps++) {
    if (isSentenceStart(k)) return true
    if (tType[k] !== WORD) return false
  }
  return false
}

/** The last mentions pushed to `recent`: a pronoun's clause subject is the last of its sentence that is not an object nor a possessor. */
let recentMentions: Mention[] = []
function pushRecent(m: Mention) {
  if (m.inQuote || m.person === -1) return
  recentMentions.push(m)
  if (recentMentions.length > 8) recentMentions.shift()
  recent.push(m.person)
  if (recent.length > 8) recent.shift()
}

function excluded(pi: number) {
  const p = people[pi]
  return !p || p.journalist || p.fiction
}

function sentenceEnd(i: number): number {
  const s = tSent[i]!
  let k = i
  while (k + 1 < n && tSent[k + 1]! === s && tType[k + 1]! !== NEWLINE) k++
  return k
}

function markQuoted(pi: number, from: number, to: number) {
  const p = people[pi]!
  p.quoted = true
  p.quotes.push(new TextSpan(tStart[from]!, tEnd[to]!))
  // Once one quote is in the first person, the others need not be read.
  if (!p.firstPersonQuote) for (let k = from; k <= to; k++) if (FIRST_PERSON.has(tLower[k]!)) p.firstPersonQuote = true
}

/** A mention outside quotations among sorted[from, to) that ends before token `before`. */
function someBefore(from: number, to: number, before: number): boolean {
  for (let q = from; q < to; q++) if (sorted[q]!.last < before && !sorted[q]!.inQuote && !notSubject(sorted[q]!)) return true
  return false
}

/** The person named right before `m` and joined to it by "và" (the join nearest the verb) or a comma (further back). */
function coordinatedBefore(m: Mention, nearest: boolean): Mention | undefined {
  const join = tLower[m.first - 1]
  if (!(join === 'và' || (!nearest && join === ','))) return undefined
  const s = tSent[m.first]!
  for (let q = sentEnd[s]! - 1; q >= sentFirst[s]!; q--) {
    const o = sorted[q]!
    if (o.last === m.first - 2 && o.person !== m.person && !o.inQuote && o.kind !== 'role' && !notSubject(o)) return o
    if (o.last < m.first - 2) break
  }
  return undefined
}

/** Words in [a, b) that name someone who could speak: "lời (kể)", a relation or a role ("Theo mẹ bé, …"), not an agency. */
function describesSpeaker(a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const w = tLower[k]!
    if (w === 'lời' || RELATION_NOUNS.has(w) || (roleAt(k) && roleAt(k)!.value.kind !== 'journalist')) return true
  }
  return false
}

/** "được" / "bị" + a person noun or role between tokens a and b: the clause is passive, its agent acts. */
function passiveAgentBetween(a: number, b: number): boolean {
  for (let k = a + 1; k < b - 1 && k <= a + 6; k++) {
    // Not a passive inside an appositive ("Bà A, người được bác sĩ B cứu sống, nói …").
    if (tType[k] !== WORD) return false
    const w = tLower[k]
    if ((w === 'được' || w === 'bị') && (RELATION_NOUNS.has(tLower[k + 1]!) || roleAt(k + 1) || matchAt(PERSON_NOUN_TRIE, tk, k + 1))) return true
  }
  return false
}

/** Verbs of saying proper, which a speaker uses to report someone else's words inside a turn (not "đề xuất", "giải thích"). */
const TURN_SPEECH: ReadonlySet<string> = new Set([
  'nói', 'cho biết', 'phát biểu', 'kể', 'kể lại', 'kể rằng', 'nói rằng', 'bảo', 'khẳng định', 'chia sẻ', 'tâm sự', 'dặn', 'hỏi',
  'tuyên bố', 'nhấn mạnh', 'thổ lộ', 'nói với', 'nói thêm', 'phát biểu rằng', 'khẳng định rằng', 'cho rằng', 'trả lời',
])

/** Last words of nouns that a quotation names: "tội", "(bộ) phim", "(chương) trình", "(mô) hình", "(khẩu) hiệu" … */
const NAMING_BEFORE_QUOTE: ReadonlySet<string> = new Set([
  'tội', 'danh', 'phim', 'sách', 'hát', 'khúc', 'trình', 'án', 'hình', 'thi', 'phẩm', 'kịch', 'thuyết', 'thơ', 'dịch', 'trào',
  'hiệu', 'đề', 'tên', 'mục', 'giải', 'từ', 'chữ', 'cụm', 'hashtag', 'slogan', 'vở', 'tập', 'cuốn', 'bài', 'tựa',
])

/** Speech participles that open a sentence before the speaker: "Phát biểu tại …, X …". */
const OPENING_SPEECH: ReadonlySet<string> = new Set([
  'phát biểu', 'chia sẻ', 'trả lời', 'tâm sự', 'bày tỏ', 'nhấn mạnh', 'giải thích', 'nhận định', 'nói', 'bình luận', 'lý giải',
  'phân tích', 'lên tiếng', 'phản hồi', 'giãi bày', 'trải lòng', 'kể', 'kể lại', 'nói với', 'trần tình', 'thông tin',
])

/** The subject of the main clause after the comma that closes an opening participle at `last`. */
function mainSubjectAfter(last: number): Mention | undefined {
  const s = tSent[last]!
  let comma = -1
  for (let k = last + 1; k < n && k <= last + 20 && tSent[k] === s; k++) {
    if (tLower[k] === ',' && tQuote[k] === -1) {
      comma = k
      break
    }
  }
  if (comma === -1) return undefined
  for (let q = sentFirst[s]!; q < sentEnd[s]!; q++) {
    const m = sorted[q]!
    if (m.first <= comma) continue
    if (m.inQuote || notSubject(m) || m.first > comma + 8) return undefined
    // Only titles or a role between the comma and the name: "…, Giám đốc Sở Y tế Trần Minh Hải …".
    for (let k = comma + 1; k < m.first; k++) if (tType[k] !== WORD && tType[k] !== INITIALS && tLower[k] !== '.') return undefined
    return m
  }
  return undefined
}

/** The last person mentioned before token `i` in its sentence, outside quotations. */
function subjectBefore(i: number): Mention | undefined {
  const s = tSent[i]!
  const from = sentFirst[s]!
  for (let q = sentEnd[s]! - 1; q >= from; q--) {
    const m = sorted[q]!
    if (m.last >= i || m.inQuote || notSubject(m)) continue
    if (inAppositive(m.first, i) && someBefore(from, sentEnd[s]!, clauseStart(m.first))) continue
    return m
  }
  return undefined
}

/**
 * A mention that cannot be the subject of a later verb in its clause: a possessor ("lời kể của chị
 * A", "Đồng đội của anh, …", "Chồng chị A", "nhà anh B") or an object ("cảm ơn anh", "gặp bà A",
 * "với ông B"): "X … cảm ơn anh và cho biết …" is X speaking.
 */
function notSubject(m: Mention): boolean {
  const p1 = wordAt(m.first - 1)
  if (!p1) return false
  const p2 = wordAt(m.first - 2)
  // "Vợ chồng anh A kể …": A is in the group that speaks.
  if (p2 && GROUP_FIRST.has(p2) && GROUP_RELATIONS.has(`${p2} ${p1}`)) return false
  if (RELATION_NOUNS.has(p1)) return true
  if (p2 && RELATION_FIRST.has(p2) && RELATION_NOUNS.has(`${p2} ${p1}`)) return true
  // "của" after a relation or a role ("đồng đội của chị", "luật sư của ông"); not after a thing that
  // may speak for its owner ("cuộc gọi của một người …, thông báo …").
  if (p1 === 'của') return RELATION_NOUNS.has(p2) || RELATION_NOUNS.has(`${wordAt(m.first - 3)} ${p2}`) || roleEndingBefore(m.first - 1) !== undefined
  return isObjectPosition(m.first)
}

/**
 * "kể từ" is usually "since" and "kể cả" "including"; right after its subject ("Chị A kể từ đầu năm …", "Ông A, người …,
 * kể từ nhỏ …", "Anh A, tổ trưởng, kể cả xưởng …") it is "tells" + "from" / "all": a subject needs a verb.
 */
function tellsAfterSubject(i: number): boolean {
  const subject = subjectBefore(i)
  if (!subject) return false
  if (subject.last === i - 1) return true
  if (tLower[i - 1] !== ',') return false
  // The sentence opens with the subject and an appositive closes right before "kể".
  const s = tSent[i]!
  const opening = sentEnd[s]! > sentFirst[s]! ? sorted[sentFirst[s]!]! : undefined
  return opening !== undefined && opening.person === subject.person && tLower[opening.last + 1] === ',' && clauseStart(opening.first) === tk.sentenceStarts[s]
}

/** The mention sits in a comma-delimited appositive that opens with a noun like "người", "một", an age or a role. */
function inAppositive(first: number, verb: number): boolean {
  const cs = clauseStart(first)
  if (tLower[cs - 1] !== ',' || cs === first) return false
  const head = tLower[cs]!
  // Also a relation: "Bà X, mẹ đẻ của chị Y, kể …" is X speaking.
  if (!(head === 'người' || head === 'một' || tType[cs] === NUMBER || roleAt(cs) || RELATION_NOUNS.has(head))) return false
  // The appositive closes with a comma before the verb.
  for (let k = first; k < verb; k++) if (tLower[k]! === ',') return true
  return false
}

export function findPeople(tokenized: Tokenized): PeopleResult {
  setTokens(tokenized)
  text = tk.text
  // Precompute first: the turn labels of named reporters need the titles it finds.
  precompute()
  scanLines()
  findMentions()
  addContext()
  buildPeople()
  headlineCues()
  resolveReferences()
  markJournalists()
  markEyewitnesses(findQuotes())
  const out = result()
  release()
  return { people: out }
}

// Each pass its own function: one giant function took V8 0.6–1.4 s of CPU to optimise, again
// after each deoptimisation, and a long text paid for that inside its run.
/** The names the text gives its reporters and presenters ("Phóng viên Đức Anh", "BTV Thu Hà"), lowercase; found once per text, when a turn label needs them. */
let reporters: Set<string> | undefined
function journalistNames(): Set<string> {
  if (reporters) return reporters
  reporters = new Set()
  // From the journalists' titles found by precompute ("phóng viên", "PV", "BTV", "MC" …): its
  // list of role phrases, one per token that opens one, not a walk over every token.
  for (let r = 0; r < roleMatches.length; r++) {
    const role = roleMatches[r]!
    const after = role.last + 1
    if (role.value.kind !== 'journalist' || !isNameAt(after)) continue
    const end = readRun(after)
    const words: string[] = []
    for (let j = after; j < end; j++) words.push(tLower[j]!)
    reporters.add(words.join(' '))
  }
  return reporters
}

/** The first word of each label of a list, as scanLines builds labels (a comma joins without a space). */
const labelFirstWords = (labels: ReadonlySet<string>): ReadonlySet<string> => new Set([...labels].map((l) => l.split(/[ ,]/)[0]!))
const JOURNALIST_LABEL_FIRST = labelFirstWords(JOURNALIST_LABELS)
const ANSWER_LABEL_FIRST = labelFirstWords(ANSWER_LABELS)
const BYLINE_LABEL_FIRST = labelFirstWords(BYLINE_LABELS)

function scanLines(): void {
  // ---- Lines: transcript turns, bylines ---------------------------------------------------
  const lines = tk.lines
  lineInfo = new Array<LineInfo>(lines.length)
  for (let li = 0; li < lines.length; li++) lineInfo[li] = { kind: 'none', colon: -1 }
  firstTurnToken = -1
  // Indexed loops, no callbacks: this pass runs once per pasted article.
  for (let li = 0; li < lines.length; li++) {
    const l = lines[li]!
    const info = lineInfo[li]!
    let colon = -1
    let words = 0
    for (let k = l.first; k < l.end && k < l.first + 30; k++) {
      if (tQuote[k] !== -1) break
      const mark = tLower[k]!
      if (mark === ':') {
        colon = k
        break
      }
      if (tType[k] === WORD) words++
      if ((mark === '.' || mark === '?' || mark === '!') && tSent[k + 1] !== tSent[k]) break
    }
    // A label in brackets ("[Bà A, Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch …]:") may run longer.
    const bracketed = colon > l.first + 1 && tLower[l.first] === '[' && tLower[colon - 1] === ']'
    if (colon > l.first && words > 0 && (words <= 16 || (bracketed && words <= 26))) {
      // The label's words and commas joined by spaces, and as the lists spell it, with no space
      // before a comma ("bài, ảnh"); built word by word, checking the first three as a
      // journalist's label ("PV", "phóng viên", "biên tập viên") on the way.
      let joined = ''
      let label = ''
      let labelWords = 0
      let journalistLabel = false
      // The label's first word: the lists are looked up (a joined string flattened and hashed)
      // only when one of their labels starts with it, as few do.
      let firstWord = ''
      for (let k = l.first; k < colon; k++) {
        if (!(tType[k] === WORD || tType[k] === INITIALS || tLower[k] === ',')) continue
        const w = tLower[k]!
        if (labelWords === 0) firstWord = w
        joined = labelWords === 0 ? w : `${joined} ${w}`
        label = labelWords === 0 || w === ',' ? label + w : `${label} ${w}`
        labelWords++
        if (labelWords <= 3 && JOURNALIST_LABEL_FIRST.has(firstWord) && JOURNALIST_LABELS.has(joined)) journalistLabel = true
      }
      // A speech verb's first word has its B_SPEECH bit (a word's bits are its key's).
      let hasSpeech = false
      for (let k = l.first; k < colon && !hasSpeech; k++) if ((tType[k] !== WORD || bits[k]! & B_SPEECH) && speechVerbAt(k)) hasSpeech = true
      if (journalistLabel) info.kind = 'journalist'
      else if (ANSWER_LABEL_FIRST.has(firstWord) && ANSWER_LABELS.has(label)) info.kind = 'answer'
      else if (BYLINE_LABEL_FIRST.has(firstWord) && BYLINE_LABELS.has(label)) info.kind = 'byline'
      else if (!hasSpeech) info.kind = 'person'
      // A reporter introduced by name ("Phóng viên Đức Anh có thông tin") then speaks under that name.
      if (info.kind === 'person' && journalistNames().has(joined)) info.kind = 'journalist'
      if (info.kind !== 'none') info.colon = colon
      if ((info.kind === 'journalist' || info.kind === 'answer') && firstTurnToken === -1) firstTurnToken = l.first
    }
  }
  reporters = undefined
  // The closing lines: a short line without a full stop is a byline or signature.
  for (let li = lines.length - 1; li >= Math.max(0, lines.length - 2); li--) {
    const l = lines[li]!
    let words = 0
    let stop = false
    // Past nine words the line is no byline whatever follows: the rest of a paragraph is not read.
    for (let k = l.first; k < l.end && words <= 8; k++) {
      if (tType[k] === WORD || tType[k] === INITIALS) words++
      const mark = tLower[k]
      if (mark === '.' || mark === '!' || mark === '?' || mark === '”') stop = true
    }
    const startsTheo = tLower[l.first]! === 'theo'
    if ((words <= 6 && !stop) || (startsTheo && words <= 8)) lineInfo[li]!.kind = 'byline'
    else break
  }
  // By line number, for constant-time lookups per token.
  const lineCount = n > 0 ? tLine[n - 1]! + 1 : 0
  kindByLine = new Array<LineKind>(lineCount).fill('none')
  colonByLine = new Array<number>(lineCount).fill(-1)
  for (let li = 0; li < lines.length; li++) {
    const ln = tLine[lines[li]!.first]!
    kindByLine[ln] = lineInfo[li]!.kind
    colonByLine[ln] = lineInfo[li]!.colon
  }

  /** The first line is a headline when more lines follow and it has no full stop. */
  headlineLine = lines.length > 2 && !hasFullStop(lines[0]!.first, lines[0]!.end) ? tLine[lines[0]!.first]! : -1
}

function hasFullStop(from: number, end: number): boolean {
  for (let k = from; k < end; k++) if (tLower[k] === '.') return true
  return false
}

function precompute(): void {
  // ---- Precomputed lookups ----------------------------------------------------------------
  if (bitsBuffer.length < n) bitsBuffer = new Uint8Array(Math.max(n, bitsBuffer.length * 2))
  bits = bitsBuffer
  emptied(divisionBySentence)
  textDivision = -2
  if (textPlaces.size > 0) textPlaces.clear()
  // FIRST_BITS once per distinct word (by vocabulary id), not once per token.
  if (bitsById.generation !== tk.idGeneration) bitsById = { generation: tk.idGeneration, bits: new Uint16Array(4096) }
  const ids = tk.id
  if (roleIdx.length < n) roleIdx = new Int32Array(Math.max(n, roleIdx.length * 2))
  roleMatches = []
  for (let i = 0; i < n; i++) {
    let b = 0
    if (tType[i] === WORD) {
      const id = ids[i]!
      let known = bitsById.bits
      if (id >= known.length) {
        known = new Uint16Array(Math.max(id + 1, known.length * 2))
        known.set(bitsById.bits)
        bitsById.bits = known
      }
      b = known[id]!
      if (b === 0) {
        b = KNOWN_BITS | (FIRST_BITS.get(tKey[i]!) ?? 0) | (VOXPOP_WORDS.some((w) => tKey[i]!.includes(w)) ? B_VOXPOP_WORD : 0)
        known[id] = b
      }
      b &= ~KNOWN_BITS
    }
    bits[i] = b & 0xff
    if (b & B_MENTION && (tKey[i] === 'nữ' || tKey[i] === 'nam')) noteDivision(i)
    let m = b & B_ROLE ? matchAt(ROLE_TRIE, tk, i) : undefined
    if (!m && b & B_ROLE && tKey[i] === 'nhà') m = scholarAt(i)
    roleIdx[i] = m ? roleMatches.push(m) - 1 : -1
    // A head or the locatives "ở" / "tại" before a capitalised word: maybe a place this text names.
    if (b & B_PLACE_WORD && (tFlags[i + 1]! & (CAP | ACRONYM)) === CAP && tType[i + 1] === WORD) notePlaceAfter(i)
  }
}

/** "N tuổi" within `reach` words from token k, before any punctuation: "sản phụ 24 tuổi". */
function ageWithin(k: number, reach: number): boolean {
  for (let j = k; j < k + reach && j < n; j++) {
    if (tType[j] === NUMBER && wordAt(j + 1) === 'tuổi') return true
    if (tType[j] !== WORD) return false
  }
  return false
}

/** "một cô gái tên là Mai": a name given with "tên là" to the unnamed person right before (not a plant's or a shop's). */
function nameGivenTo(from: number): boolean {
  if (wordAt(from - 1) !== 'là' || wordAt(from - 2) !== 'tên') return false
  const last = mentions[mentions.length - 1]
  if (!last || last.kind === 'role') return mentions.length >= 2 && mentions[mentions.length - 2]!.kind === 'unnamed' && mentions[mentions.length - 2]!.last >= from - 6
  return last.kind === 'unnamed' && last.last >= from - 6
}

/** ", 9 tuổi" or "(35 tuổi" right after token end-1: only a person has an age in apposition. */
function ageAfter(end: number): boolean {
  const mark = tLower[end]
  return (mark === ',' || mark === '(') && tType[end + 1] === NUMBER && wordAt(end + 2) === 'tuổi'
}

/** Words that open a capitalised run before a name without being a surname: "Vai Thị Kính", "Tên Văn …". */
const NAMING_WORDS = new Set(['vai', 'tên', 'họ', 'hiệu', 'danh', 'vở', 'chèo', 'tuồng', 'truyện', 'phim', 'sách'])

/** Three or four capitalised words with Văn / Thị second, not opening an organisation or a place ("Nhà Văn hóa"). */
function middleNameShape(from: number, end: number): boolean {
  if (end - from < 3 || end - from > 4) return false
  const mid = tLower[from + 1]
  if ((mid !== 'văn' && mid !== 'thị') || NAMING_WORDS.has(tLower[from]!)) return false
  for (let k = from; k < end; k++) if (tType[k] !== WORD) return false
  return !matchAt(ORG_HEAD_TRIE, tk, from) && !matchWith(B_PLACE_HEAD, PLACE_HEAD_TRIE, from)
}

/**
 * The passive at token i ("bị") is said of a named person: named earlier in its clause with no
 * plural in between ("Anh A bị …", not "A phản ánh nhiều hộ bị …"), or, when the passive clause
 * opens the sentence, named with an honorific right after its comma ("Sau nhiều lần bị …, chị A …").
 */
function passiveOfNamed(i: number): boolean {
  const cs = clauseStart(i - 1)
  const last = mentions[mentions.length - 1]
  if (last && last.kind === 'named' && last.first >= cs) {
    for (let k = last.last + 1; k < i - 1; k++) if (PLURALISERS.has(tLower[k]!)) return false
    return true
  }
  if (cs !== tk.sentenceStarts[tSent[i]!]) return false
  const s = tSent[i]!
  for (let k = i + 1; k < n && k < i + 20 && tSent[k] === s; k++) {
    if (tLower[k] !== ',') continue
    return HONORIFICS.has(wordAt(k + 1)) && isNameAt(k + 2)
  }
  return false
}

/** Roles that, bare, name a crowd rather than one person ("bị khán giả la ó", "bị người dân phản đối"). */
const CROWD_ROLES: ReadonlySet<string> = new Set([
  'khán giả', 'cổ động viên', 'người hâm mộ', 'người dân', 'cư dân', 'cử tri', 'độc giả', 'thính giả', 'người xem', 'du khách',
  'người lao động', 'công nhân', 'nông dân', 'ngư dân', 'tiểu thương', 'thương lái', 'học sinh', 'sinh viên', 'phụ huynh',
  'người mua', 'hành khách', 'người đi đường', 'tình nguyện viên', 'hội viên', 'thành viên', 'người bán hàng', 'nhân viên',
])

/** Heads of unnamed people known only by their tie to someone: a person in the news only when quoted. */
const RELATIVES_UNNAMED: ReadonlySet<string> = new Set(['người quen', 'người bạn', 'người nhà', 'người thân', 'hàng xóm', 'người hàng xóm'])

/** Roles that speak for an organisation named right after them. */
const REPRESENTATIVES: ReadonlySet<string> = new Set(['đại diện', 'người đại diện', 'lãnh đạo', 'người phát ngôn', 'phát ngôn viên'])

/**
 * The last token of "<representative> <organisation>" when it opens a clause and a speech verb
 * follows the organisation's name directly ("Đại diện VKSND tỉnh cho rằng"), or -1. An appositive
 * name ("Đại diện VKSND, kiểm sát viên X, …") or any other word class in between rules it out.
 */
function representativeEnd(first: number, after: number): number {
  if (clauseStart(first) !== first) return -1
  if (!(isAcronymAt(after) || isCapAt(after) || matchAt(ORG_HEAD_TRIE, tk, after))) return -1
  for (let k = after + 1; k < n && k <= after + 8; k++) {
    const ty = tType[k]
    if (ty === PUNCT && tLower[k] === '&') continue
    if (ty !== WORD && ty !== NUMBER) return -1
    // A person's name after the organisation: "Người phát ngôn Bộ Ngoại giao Phạm Thu A …".
    if (SURNAMES.has(tLower[k]!) && isNameAt(k) && isNameAt(k + 1) && !matchWith(B_PLACE, PLACE_TRIE, k)) return -1
    if (bits[k]! & B_SPEECH && speechVerbAt(k)) return k - 1
  }
  return -1
}

/** Nationalities said with one syllable after a role: "nhà khoa học Việt", "kỹ sư Nhật", "doanh nhân Hàn" (ethnic groups too: "nghệ nhân Mường"). */
const NATIONALITY_WORDS = new Set(['việt', 'nhật', 'hàn', 'khmer'])

/**
 * One nationality syllable after a role is the role's attribute, not a name, unless the text
 * also calls someone by it with an honorific ("anh Việt").
 */
function nationalityAttribute(from: number, end: number): boolean {
  if (namesNoOne(from, end)) return true
  if (end - from !== 1 || !(NATIONALITY_WORDS.has(tLower[from]!) || ETHNIC_GROUPS.has(tLower[from]!))) return false
  return !namesAfterHonorifics().has(tk.id[from]!)
}

/** Vocabulary ids of the capitalised words the text puts right after an honorific: one pass per text, when first needed. */
let honorificNames: Set<number> | undefined
function namesAfterHonorifics(): Set<number> {
  if (honorificNames) return honorificNames
  honorificNames = new Set()
  for (let k = 1; k < n; k++) if (tType[k] === WORD && isCapAt(k) && HONORIFICS.has(wordAt(k - 1))) honorificNames.add(tk.id[k]!)
  return honorificNames
}

/** "U23", "U19": a one-letter capital glued to a number names an age group (a team), never a person. */
function ageGroupAt(k: number): boolean {
  return tType[k] === WORD && tLower[k]!.length === 1 && isCapAt(k) && tType[k + 1] === NUMBER && tStart[k + 1] === tEnd[k]
}

/** Ethnic groups named before a person of the group ("văn hóa Chăm X", "nghệ nhân Khmer Y"); not Thái, Hoa (also names). */
const ETHNIC_GROUPS: ReadonlySet<string> = new Set([
  'chăm', 'khmer', 'mông', 'hmông', 'dao', 'tày', 'nùng', 'mường', 'ê đê', 'gia rai', 'jrai', 'ba na', 'bahnar', 'xơ đăng',
  'cơ tu', 'k’ho', "k'ho", 'mnông', 'hà nhì', 'lô lô', 'giáy', 'sán dìu', 'sán chay', 'raglai', 'chu ru', 'xtiêng', 'bru', 'pà thẻn',
])

/** The syllables of an ethnic group opening the run [i, end) and leaving two or more after it, or 0. */
function ethnicBefore(i: number, end: number): number {
  const w = tLower[i]!
  if (end - i >= 3 && ETHNIC_GROUPS.has(w)) return 1
  if (end - i >= 4 && ETHNIC_FIRST.has(w) && ETHNIC_GROUPS.has(`${w} ${tLower[i + 1]}`)) return 2
  return 0
}
/** First syllables of two-syllable ethnic groups: the pair is joined only when one may open there. */
const ETHNIC_FIRST = firstWords(ETHNIC_GROUPS)

/**
 * Capitalised words that name no one: traditional art forms ("hát Then", "thầy Then") and school
 * subjects ("dạy Toán", "giáo viên Tin học"); one or two syllables, the second may be lowercase.
 * Subjects that are also given names (Văn, Hóa, Sinh, Anh …) count only after "dạy" / "môn" or
 * with their lowercase tail ("Hóa học", "Vật lý").
 */
const ART_FORMS: ReadonlySet<string> = new Set(['then', 'chèo', 'tuồng', 'xoan', 'quan họ', 'ca trù', 'xẩm', 'cải lương', 'bài chòi', 'dù kê', 'rô băm', 'dân ca', 'ví giặm', 'đờn ca', 'lượn', 'sli', 'khắp'])
const SUBJECTS: ReadonlySet<string> = new Set(['toán', 'ngữ văn', 'tin học', 'vật lý', 'vật lí', 'hóa học', 'hoá học', 'sinh học', 'lịch sử', 'địa lý', 'địa lí', 'tiếng anh', 'tiếng việt', 'giáo dục công dân', 'công nghệ', 'âm nhạc', 'mỹ thuật', 'mĩ thuật', 'thể dục', 'tin', 'văn', 'lý', 'lí', 'hóa', 'hoá', 'sử', 'địa', 'sinh', 'anh văn', 'ngoại ngữ'])
const SUBJECT_CUES: ReadonlySet<string> = new Set(['dạy', 'môn', 'khối', 'chuyên', 'tổ'])
/**
 * Common nouns written with a capital as names of institutions, fields or the capital city ("sinh
 * viên Bách khoa", "người dân Thủ đô", "Viện … Nông Lâm nghiệp"): counted only with a lowercase word
 * right after the run (a person's name is capitalised throughout).
 */
const CAPITALISED_NOUNS: ReadonlySet<string> = new Set(['thủ đô', 'bách khoa', 'sư phạm', 'ngoại thương', 'y dược', 'y khoa', 'nông lâm', 'nông nghiệp', 'lâm nghiệp', 'thủy lợi', 'thủy sản', 'giao thông', 'kiến trúc', 'mỏ địa', 'xây dựng', 'công đoàn', 'kiểm lâm', 'biên phòng', 'hải quan', 'thanh niên', 'phụ nữ'])
const TWO_WORD_FIRST = firstWords([...ETHNIC_GROUPS, ...ART_FORMS, ...SUBJECTS, ...CAPITALISED_NOUNS])

/**
 * The run [from, end) of one or two capitalised syllables names a group, an art form or a school
 * subject, not a person: "cô giáo Mông", "thầy Then", "dạy Toán", "giáo viên Tin học", "nông dân Ê
 * Đê"; also any single capital after "người" / "đồng bào" ("cô gái người Thái"). Called only on
 * candidate names, never per token.
 */
function namesNoOne(from: number, end: number): boolean {
  if (end - from > 2) return false
  const w = tLower[from]!
  let word = w
  // A second syllable, capitalised inside the run or lowercase right after it: "Ê Đê", "Tin học".
  if (TWO_WORD_FIRST.has(w)) {
    const next = end - from === 2 ? tLower[from + 1]! : wordAt(from + 1)
    if (next && (end - from === 2 || !isCapAt(from + 1))) {
      const pair = `${w} ${next}`
      if (ETHNIC_GROUPS.has(pair) || ART_FORMS.has(pair) || SUBJECTS.has(pair)) return true
      if (CAPITALISED_NOUNS.has(pair) && tType[end] === WORD && !isCapAt(end)) return true
    }
  }
  if (end - from !== 1) return false
  const before = wordAt(from - 1)
  if (before === 'người' || before === 'bào' || before === 'tộc') return true
  if (ETHNIC_GROUPS.has(word) || ART_FORMS.has(word)) return true
  if (SUBJECTS.has(word)) word = ''
  return word === '' && (w === 'toán' || SUBJECT_CUES.has(before))
}

/**
 * A binomial, the Latin name of a plant or an animal ("Paphiopedilum delenatii"): a capitalised
 * word that is no Vietnamese syllable, then a lowercase one that is none either.
 */
function latinBinomialAt(k: number): boolean {
  const next = k + 1
  return tType[next] === WORD && !isCapAt(next) && tStart[next] === tEnd[k]! + 1 && !isVietnameseSyllable(tLower[k]!) && !isVietnameseSyllable(tLower[next]!)
}

/**
 * A role written in lowercase in running text ("kiểm lâm", "kẻ"; not an official's or an expert's
 * title, which takes a capital) but capitalised right after another capitalised word, or after a
 * dash between two, belongs to a proper name: "Trạm Kiểm lâm Khe Lào", "Phong Nha – Kẻ Bàng".
 */
function gluedToName(k: number, role: PhraseMatch<RoleInfo> | undefined): boolean {
  if (!role || k < 2 || !isCapAt(k) || isAcronymAt(k) || role.value.kind === 'official' || role.value.kind === 'expert') return false
  const d = tLower[k - 1]
  if ((d === '–' || d === '-') && tType[k - 2] === WORD && isCapAt(k - 2)) return true
  // Not after a sentence's first word: "Theo …", "Ngày …".
  return !isSentenceStart(k) && tType[k - 1] === WORD && isCapAt(k - 1) && !isAcronymAt(k - 1) && !isSentenceStart(k - 1) && tStart[k] === tEnd[k - 1]! + 1
}

/** "Phó" then a syllable opening an official's title ("Phó Trưởng …", "Phó Chỉ huy …", "Phó Giám …"): a title's fragment. */
function titleFragmentAt(k: number): boolean {
  return tLower[k] === 'phó' && isCapAt(k + 1) && TITLE_OPENERS.has(tLower[k + 1]!)
}
const TITLE_OPENERS: ReadonlySet<string> = new Set([
  ...[...ROLES].filter(([t, r]) => r.kind === 'official' && !t.startsWith('phó ')).map(([t]) => t.split(' ')[0]!),
  'chỉ', 'chánh', 'trưởng',
])

/** A role ending up to three lowercase words before token i ("nhà nghiên cứu văn hóa …"). */
function roleShortlyBefore(i: number): (PhraseMatch<RoleInfo> & { first: number }) | undefined {
  for (let k = i; k >= i - 3; k--) {
    if (k < i && (tType[k] !== WORD || isCapAt(k))) return undefined
    const r = roleEndingBefore(k)
    if (r) return r.value.kind === 'journalist' ? undefined : r
  }
  return undefined
}

/** Words between a role and a foreign person's nationality: "vận động viên người Kenya X", "HLV tuyển Thái Lan X". */
const NATIONALITY_LINKS = new Set(['người', 'tuyển', 'quốc tịch'])

/**
 * A role, a nationality or team ("người Kenya", "tuyển Thái Lan") and a foreign name after it
 * ("Daniel Kiprotich", "Kittipong Srisuk"): the run [i, end) opens with the country (its last
 * token `place`), and what follows is foreign (no Vietnamese syllable shape), so it is no
 * Vietnamese organisation's name.
 */
function roleBeforeNationality(i: number, place: number, end: number): (PhraseMatch<RoleInfo> & { first: number }) | undefined {
  if (place >= end - 1) return undefined
  let foreign = false
  for (let k = place + 1; k < end; k++) {
    if (tType[k] !== WORD) return undefined
    if (!isVietnameseSyllable(tLower[k]!)) foreign = true
  }
  if (!foreign) return undefined
  let link = i - 1
  if (NATIONALITY_LINKS.has(wordAt(link))) link--
  else if (wordAt(link) === 'tịch' && wordAt(link - 1) === 'quốc') link -= 2
  else if (ageGroupAt(link - 1)) link -= 2
  if (link === i - 1) {
    // A ministry between an official's title and the country: "Bộ trưởng Quốc phòng Nhật Bản X".
    for (let k = i - 1; k >= i - 3 && tType[k] === WORD; k--) {
      const r = k < i - 1 ? roleEndingBefore(k + 1) : undefined
      if (r) return r.value.kind === 'official' && isCapAt(k + 1) ? r : undefined
    }
    return undefined
  }
  const r = roleEndingBefore(link + 1)
  return r && r.value.kind !== 'journalist' ? r : undefined
}

const SCHOLAR: RoleInfo = { kind: 'expert' }
/** "nhà thực vật học X", "nhà dân tộc học X": "nhà" + a field + "học" before a name is a scholar. */
function scholarAt(i: number): PhraseMatch<RoleInfo> | undefined {
  for (let k = i + 2; k <= i + 4 && k < n; k++) {
    const w = wordAt(k - 1)
    if (!w || isCapAt(k - 1) || ROLE_PHRASE_STOPS.has(w)) return undefined
    // Also before a nationality: "nhà động vật học người Đức Markus Vogel".
    if (tLower[k] === 'học' && tType[k] === WORD && (isNameAt(k + 1) || (wordAt(k + 1) === 'người' && isNameAt(k + 2)))) return { value: SCHOLAR, phrase: 'nhà khoa học', last: k }
  }
  return undefined
}

function findMentions(): void {
  // ---- Pass 1: mentions --------------------------------------------------------------------
  mentions = []
  for (let i = 0; i < n; i++) {
    const ty = tType[i]
    if (ty !== WORD && ty !== INITIALS) continue
    const cap = isCapAt(i)
    // Fast path: most words are lowercase and start no mention.
    if (!cap && !(bits[i]! & B_MENTION) && roleIdx[i] === -1) continue
    const lk = lineKind(i)
    if (lk === 'byline') continue
    if ((lk === 'journalist' || lk === 'answer') && inLabel(i)) continue
    const lower = tLower[i]!
    const inQuote = tQuote[i] !== -1
    const nextLower = wordAt(i + 1)
    const prev = prevWord(i)

    // (B) "một" + noun: one unnamed individual.
    if (lower === 'một' && nextLower !== '' && !MOT_NOT_ONE.has(nextLower)) {
      // In a speaker's turn only with an age, which makes it someone in particular: "Tháng trước tôi
      // điều trị cho một sản phụ 24 tuổi".
      // So is someone who told the speaker something: "Một phụ huynh nói với tôi rằng …".
      if (inQuote || (inTurnSpeech(i) && !ageWithin(i + 2, 4) && !toldSpeaker(i + 2)) || WANTED_BEFORE_MOT.has(prev)) continue
      if (PREDICATE_BEFORE_MOT.has(prev) && !(prev === 'là' && identifiesSomeone(i - 1))) continue
      if (prev === 'có' && distributiveBefore(i)) continue
      if (isHeadline(tLine[i]!)) continue
      if (sentenceIsQuestion(i)) continue
      let k = i + 1
      let sex: SexCue | '' = ''
      // An honorific as classifier before the noun: "một chị tiểu thương", "một em học sinh", "một
      // anh tài xế" (its sex, if it marks one, is the person's).
      const classifier = HONORIFICS.get(nextLower)
      if (classifier !== undefined && !isCapAt(i + 1) && (matchAt(PERSON_NOUN_TRIE, tk, i + 2) ?? roleAt(i + 2)) && !ROLE_COMPOUNDS.has(`${nextLower} ${wordAt(i + 2)}`)) {
        k = i + 2
        sex = classifier
      }
      if (nextLower === 'nữ' || nextLower === 'nam') {
        const after = matchAt(PERSON_NOUN_TRIE, tk, i + 2) ?? matchAt(ROLE_TRIE, tk, i + 2)
        if (after) {
          sex = nextLower === 'nữ' ? 'female' : 'male'
          k = i + 2
        }
      }
      const noun = matchAt(PERSON_NOUN_TRIE, tk, k) ?? unnamedRoleAt(k)
      if (noun && !(roleAt(k)?.value.kind === 'journalist')) {
        const head = noun.phrase
        let last = noun.last
        // An agent noun in "-viên" built on the role: "một kiểm lâm viên", "một điều tra viên".
        if (wordAt(last + 1) === 'viên' && !isCapAt(last + 1)) last++
        // nữ / nam after the noun: "một bệnh nhân nam 45 tuổi", "một công nhân nữ".
        if (!sex && head !== 'nữ' && head !== 'nam') {
          const after = nuNamAt(last + 1)
          if (after) {
            sex = after
            last++
          }
        }
        const nounSex = GENDERED_NOUNS.get(sex ? `${nextLower} ${head}` : head) ?? ROLE_COMPOUNDS.get(head) ?? (head === 'nam' ? 'male' : '')
        const m = newMention('unnamed', i, last, { head, sex: sex || nounSex })
        if (m.sex) pushTo(m, 'cues', { cue: sex ? 'genderedRole' : 'genderedNoun', sex: m.sex, weight: 3, first: i, last })
        // A gendered noun as its predicate: "Một người hàng xóm là bà cụ ngoài 70 tuổi", "một nạn
        // nhân là nam thanh niên 20 tuổi".
        else if (tLower[last + 1] === 'là') {
          const g = matchWith(B_GENDERED, GENDERED_TRIE, last + 2)
          if (g && g.phrase !== 'nữ' && g.phrase !== 'nam' && !RELATION_NOUNS.has(g.phrase)) pushTo(m, 'cues', { cue: 'genderedNoun', sex: g.value, weight: 2, first: last + 2, last: g.last })
        }
        const role = roleAt(k)
        if (role) {
          pushTo(m, 'roles', role.value)
          pushTo(m, 'rolePhrases', role.phrase)
        }
        i = last
        continue
      }
    }

    // (A) Honorifics and their compounds.
    const honSex = bits[i]! & B_HONORIFIC ? HONORIFICS.get(lower) : undefined
    if (honSex !== undefined && NOT_HONORIFIC_AFTER.has(prev)) continue
    if (honSex !== undefined && ty === WORD) {
      const midSentenceCapital = cap && !isSentenceStart(i)
      const pair = nextLower !== '' && !isCapAt(i + 1) && HONORIFIC_PAIR_SECOND.has(nextLower) ? `${lower} ${nextLower}` : ''
      if (!midSentenceCapital) {
        if (PLURALISERS.has(prev)) {
          if (pair && (COLLECTIVE_COMPOUNDS.has(pair) || ROLE_COMPOUNDS.has(pair) || KIN_COMPOUNDS.has(pair))) i++
          continue
        }
        if (pair && (COLLECTIVE_COMPOUNDS.has(pair) || NOT_HONORIFIC.has(pair))) {
          i++
          continue
        }
        const kin = pair ? KIN_COMPOUNDS.get(pair) : undefined
        const compound = pair ? ROLE_COMPOUNDS.get(pair) : undefined
        if (kin !== undefined || compound !== undefined) {
          // Optional adjective: "cô gái trẻ Kha Mỹ Duyên".
          let j = i + 2
          // A generation: "chàng trai 9X Lê Văn Tài", "cô gái 2K5 …".
          if (tType[j] === NUMBER && generationLetterAt(j + 1)) j += tType[j + 2] === NUMBER && tStart[j + 2] === tEnd[j + 1] ? 3 : 2
          // Or a role: "thầy giáo chủ nhiệm Lê Minh Hiếu", "cô giáo mầm non …".
          const innerRole = roleAt(j)
          if (innerRole && !isCapAt(j) && isNameAt(innerRole.last + 1) && innerRole.value.kind !== 'journalist') j = innerRole.last + 1
          else if (tType[j] === WORD && !isCapAt(j) && isNameAt(j + 1) && !PLACE_HEADS.has(tLower[j]!) && !NATIONALITY_LINKS.has(tLower[j]!)) j++
          const headSex = (kin ?? compound) as SexCue | ''
          if (isNameAt(j) && !isAcronymAt(j) && matchWith(B_PLACE, PLACE_TRIE, j)?.last !== readRun(j) - 1 && !namesNoOne(j, readRun(j))) {
            const end = readRun(j)
            const m = addNamed(i, j, end, { head: pair, sex: headSex })
            if (headSex) pushTo(m, 'cues', { cue: kin !== undefined ? 'kinship' : 'genderedNoun', sex: headSex, weight: 3, first: i, last: i + 1 })
            i = end - 1
            continue
          }
          if (compound !== undefined && !(inQuote || inTurnSpeech(i))) {
            if ((pair === 'bé trai' || pair === 'bé gái' || pair === 'cháu bé') && !isHeadline(tLine[i]!)) {
              const m = newMention('unnamed', i, i + 1, { head: pair, sex: headSex })
              if (headSex) pushTo(m, 'cues', { cue: 'genderedNoun', sex: headSex, weight: 3, first: i, last: i + 1 })
            } else newMention('role', i, i + 1, { head: pair, sex: headSex })
          }
          i++
          continue
        }
        if (isNameAt(i + 1) && !isAcronymAt(i + 1) && tStart[i + 1] === tEnd[i]! + 1 && !namesNoOne(i + 1, readRun(i + 1))) {
          const end = readRun(i + 1)
          const m = addNamed(i, i + 1, end, { head: lower, sex: honSex })
          if (honSex) pushTo(m, 'cues', { cue: 'honorific', sex: honSex, weight: 3, first: i, last: i })
          i = end - 1
          continue
        }
        if (!inQuote && lower !== 'bé' && lower !== 'cháu' && lower !== 'cậu' && lower !== 'bạn') {
          let last = i
          if (PRONOUN_TAILS.has(nextLower)) last = i + 1
          if (!(prev === 'các' || prev === 'những')) newMention('pronoun', i, last, { head: lower, sex: honSex })
          i = last
          continue
        }
        continue
      }
    }

    // A definite description of a person ("Người mẹ trẻ nói", "…”, người phụ nữ kể"): a role that
    // refers back, like "nữ nghệ sĩ".
    if (lower === 'người' && !inQuote && !inTurnSpeech(i) && (isSentenceStart(i) || (tLower[i - 1] === ',' && (tLower[i - 2] === '”' || tLower[i - 2] === '"')))) {
      const g = matchWith(B_GENDERED, GENDERED_TRIE, i)
      if (g && g.last > i) {
        newMention('role', i, g.last, { head: g.phrase, sex: g.value })
        i = g.last
        continue
      }
    }

    // (C) Role and title phrases ("Giám đốc …", "bị cáo", "nữ diễn viên").
    let role = roleAt(i)
    if (gluedToName(i, role)) role = undefined
    let roleFirst = i
    let roleSex: SexCue | '' = role?.value.sex ?? ''
    if ((lower === 'nữ' || lower === 'nam') && roleAt(i + 1) && !(cap && !isSentenceStart(i))) {
      role = roleAt(i + 1)
      roleSex = lower === 'nữ' ? 'female' : 'male'
      roleFirst = i
    }
    if (role) {
      const after = role.last + 1
      // "Đại diện VKSND tỉnh cho rằng …", "Lãnh đạo Sở Y tế cho biết …": one unnamed person speaks for the body.
      const speaks = REPRESENTATIVES.has(role.phrase) && !inQuote && !inTurnSpeech(i) ? representativeEnd(roleFirst, after) : -1
      if (speaks !== -1) {
        newMention('unnamed', roleFirst, speaks, { head: role.phrase, roles: oneItem(role.value), rolePhrases: oneItem(role.phrase) })
        i = speaks
        continue
      }
      // The agent of a passive said of someone the sentence names ("Sau nhiều lần bị chủ trọ nhắn tin
      // gạ gẫm, chị A …", "Anh B bị tài xế xe khách hành hung"): one particular, unnamed person.
      if (prev === 'bị' && roleFirst === i && !inQuote && !inTurnSpeech(i) && (role.value.kind === 'ordinary' || role.value.kind === 'public') && !isNameAt(after) && !RELATION_NOUNS.has(role.phrase) && !CROWD_ROLES.has(role.phrase) && passiveOfNamed(i)) {
        newMention('unnamed', i, role.last, { head: role.phrase, roles: oneItem(role.value), rolePhrases: oneItem(role.phrase) })
        i = role.last
        continue
      }
      const followedByName = isNameAt(after) || tLower[after] === '.' || isAcronymAt(after)
      let roleEnd = role.last
      if (!followedByName && !inQuote && !inTurnSpeech(i) && !PLURALISERS.has(prev)) {
        // "bệnh nhân nam": nữ / nam after the role word.
        const trailing = roleSex ? '' : nuNamAt(role.last + 1)
        if (trailing) roleEnd++
        // nữ / nam, a role and an age inside a clause, with no demonstrative ("vào mặt nữ chủ tiệm 52
        // tuổi"): one particular individual, as with "một"; opening a sentence or a clause ("”, nữ đạo
        // diễn 34 tuổi nói") or with "này" it refers back.
        const sex = roleSex || trailing
        const particular = sex !== '' && tType[roleFirst - 1] === WORD && !PREDICATE_BEFORE_MOT.has(tLower[roleFirst - 1]!) && tType[roleEnd + 1] === NUMBER && wordAt(roleEnd + 2) === 'tuổi' && !DEMONSTRATIVES.has(wordAt(roleEnd + 3)) && !isSentenceStart(roleFirst)
        const m = newMention(particular ? 'unnamed' : 'role', roleFirst, particular ? roleEnd + 2 : roleEnd, { head: role.phrase, sex, roles: oneItem(role.value), rolePhrases: oneItem(role.phrase) })
        if (particular) pushTo(m, 'cues', { cue: 'genderedRole', sex, weight: 3, first: roleFirst, last: roleEnd })
      }
      i = roleEnd
      continue
    }

    // (E) Capitalised runs: full names with a surname, or names after a title.
    // A preposition or conjunction opening the sentence is capitalised too, not part of the name
    // after it: "Theo Ksor Phương, Phó Giám đốc …", "Với Nguyễn Thị A, …".
    if (cap && SENTENCE_OPENING_WORDS.has(lower) && isNameAt(i + 1) && isSentenceStart(i) && !SURNAMES.has(lower)) continue
    if (isNameAt(i) && !isAcronymAt(i) && !ageGroupAt(i) && !generationLetterAt(i)) {
      const end = readRun(i)
      // A plant's or an animal's Latin name, a title's fragment: no one.
      if ((end === i + 1 && latinBinomialAt(i)) || titleFragmentAt(i)) {
        i = end - 1
        continue
      }
      // A name that fills a quotation by itself is a work's title: “Quan Âm Thị Kính”, “Lão Hạc”.
      const qi = tQuote[i]!
      if (qi !== -1 && tk.quotes[qi]!.open === i - 1 && tk.quotes[qi]!.close === end) {
        i = end - 1
        continue
      }
      const leadingPlace = matchWith(B_PLACE, PLACE_TRIE, i)
      // An ethnic group between a role and the name: "nhà nghiên cứu văn hóa Chăm Thiên Sanh Cảnh".
      const ethnic = leadingPlace ? 0 : ethnicBefore(i, end)
      const roleBefore = roleEndingBefore(i)
      // So does a role and a name without a surname, or after a naming word: a play's or a tale's
      // title, “Hoàng tử …”, vở “Cô giáo …” (a full name in quotation marks may be a person's).
      if (
        roleBefore && qi !== -1 && tk.quotes[qi]!.open === roleBefore.first - 1 && tk.quotes[qi]!.close === end &&
        (!(end - i >= 2 && SURNAMES.has(tLower[i]!)) || NAMING_WORDS.has(wordAt(roleBefore.first - 2)))
      ) {
        i = end - 1
        continue
      }
      const titled =
        (roleBefore && gluedToName(roleBefore.first, roleBefore) ? undefined : roleBefore) ?? (leadingPlace ? roleBeforeNationality(i, leadingPlace.last, end) : ethnic > 0 ? roleShortlyBefore(i) : undefined)
      // "Sở Giáo dục và Đào tạo Hà Giang Lý Minh Sơn": after an official's title, a place then a name.
      const nameAfterLeadingPlace =
        leadingPlace !== undefined && SURNAMES.has(tLower[leadingPlace.last + 1] ?? '') && end - leadingPlace.last - 1 >= 2 && end - leadingPlace.last - 1 <= 4 && officialTitleBefore(i, false, 16)
      if (leadingPlace && leadingPlace.last < end - 1 && !titled && !nameAfterLeadingPlace) {
        // "Hà Nội I", "Việt Nam Airlines": a place starts the run, so does an organisation's name.
        // But a one-syllable country opens given names too ("Mỹ Dung", "Đức Anh", "Anh Thư"): a short
        // run is kept as a bare name, a person only if it is the short form of someone named.
        if (leadingPlace.last === i && end - i <= 3 && !isTextPlace(i, end)) newMention('bare', i, end - 1, { syl: runSyllables(i, end) })
        i = end - 1
        continue
      }
      const afterPlace = personAfterPlace(i, end)
      // A one-syllable country right after a role, then one Vietnamese syllable, opens a given name
      // ("phóng viên Anh Thư", "HLV Đức Thắng"): a nationality comes with "người" or a foreign name.
      const countryOpensName = leadingPlace !== undefined && leadingPlace.last === i && end - i === 2 && titled === roleBefore && isVietnameseSyllable(tLower[i + 1]!)
      const from = afterPlace !== -1 ? afterPlace : leadingPlace && leadingPlace.last < end - 1 && !countryOpensName ? leadingPlace.last + 1 : titled && ethnic > 0 ? i + ethnic : i
      const syl = syllables(from, end)
      if ((titled && !(syl.length >= 2 && SURNAMES.has(syl[0]!)) && matchAt(ORG_HEAD_TRIE, tk, from)) || companyFormBefore(i)) {
        // "Giám đốc Sở Công Thương Trần Minh Hải": the organisation's capitalised name, then the
        // official's (a surname and two to four syllables); the person is named after the next title.
        const k = nameInsideOrgRun(from, end)
        if (k !== -1) {
          const m = addNamed(k, k, end, {})
          if (titled) {
            pushTo(m, 'roles', titled.value)
            pushTo(m, 'rolePhrases', titled.phrase)
          }
        }
        i = end - 1
        continue
      }
      // Ê Đê and other Central Highlands names open with H’ (women) or Y (men): "H’Linh Êban", "Y Khuê Niê".
      const highlandName = syl.length >= 2 && (hasHighlandFemalePrefix(syl[0]!) || syl[0] === 'y')
      const surnameStart = highlandName || (syl.length >= 2 && (SURNAMES.has(syl[0]!) || twoSyllableSurname(syl)))
      const placeLike =
        (afterPlace === -1 && placeContext(from, syl)) ||
        matchWith(B_PLACE, PLACE_TRIE, from)?.last === end - 1 ||
        isTextPlace(from, end) ||
        // A foreign company's name ends with a word like "Power", "Group", "Bank".
        (syl.length >= 2 && ORG_SUFFIXES.has(syl[syl.length - 1]!)) ||
        brandThenPlace(syl, i, end)
      // Officials are named with a surname; a bare capital after "Giám đốc" or "Trưởng khoa"
      // starts a department's name ("Phó khoa Truyền nhiễm"), not a person's.
      // An official's title before a run that opens with a foreign or minority-language word
      // ("Trưởng thôn Bríu Pố", "Tổng lãnh sự Ivan Petrov") names a person; a department's name is
      // Vietnamese ("Trưởng khoa Truyền nhiễm").
      // One capitalised word after a role and before an appositive person ("chuyên gia Australia, bà
      // Jane Miller") is a nationality or an organisation, not the name.
      const attributeOnly = syl.length === 1 && tLower[end] === ',' && (HONORIFICS.has(wordAt(end + 1)) || roleAt(end + 1) !== undefined)
      // One capital opening an organisation written in lowercase after it: "vận động viên Quân đội",
      // "công nhân Khu công nghiệp …" (a given name would be followed by the rest of the sentence).
      const orgCompound = end - from <= 2 && (matchAt(ORG_HEAD_TRIE, tk, from)?.last ?? -1) >= end
      // An official's title and a country before the run: the country's official ("Chủ tịch Trung
      // Quốc Tập Cận Bình", Sino-Vietnamese syllables).
      const countrysOfficial = leadingPlace !== undefined && from === leadingPlace.last + 1 && syl.length >= 2 && syl.length <= 4 && leadingPlace.last - i >= 1
      const titleNames =
        titled &&
        !attributeOnly &&
        !orgCompound &&
        !isPlace(syl) &&
        !nationalityAttribute(from, end) &&
        (titled.value.kind !== 'official' || TITLE_WITH_BARE_NAME.has(titled.phrase) || countrysOfficial || (syl.length >= 2 && !syl.every(isVietnameseSyllable) && !placeInside(from, end)))
      // A foreign name with no title, described by a role in apposition: "Ivan Petrov, nhà thực vật
      // học người Nga, …", "Sarah Kim, du khách Mỹ, …", "…, nữ kỹ sư …" (an organisation is not described by a role).
      const foreignDescribed =
        !titled && syl.length >= 2 && tLower[end] === ',' && (roleAt(end + 1) !== undefined || (wordAt(end + 1) === 'người' && isNameAt(end + 2)) || (nuNamAt(end + 1) !== '' && roleAt(end + 2) !== undefined)) && syl.every((x) => !isVietnameseSyllable(x))
      // A name shaped as one without a listed surname: an age in apposition ("Vân Khánh, 9 tuổi",
      // "Lô Văn Thọ (35 tuổi, …)") or the middle name Văn / Thị in second place ("Lô Văn Thọ").
      // So is a name given with "tên (là)": "một cô gái tên là Mai".
      const nameShaped = !titled && !surnameStart && (ageAfter(end) || middleNameShape(from, end) || nameGivenTo(from))
      if (!placeLike && (surnameStart || titleNames || foreignDescribed || nameShaped) && !(surnameStart && !titled && namesNoOne(from, end))) {
        const sub = titled?.value.sex
        const m = addNamed(from, from, end, {})
        if (titled) {
          pushTo(m, 'roles', titled.value)
          pushTo(m, 'rolePhrases', titled.phrase)
          const before = tLower[titled.first - 1]
          const nuNam = before === 'nữ' || before === 'nam' ? (before === 'nữ' ? 'female' : 'male') : sub
          if (nuNam) pushTo(m, 'cues', { cue: 'genderedRole', sex: nuNam, weight: 3, first: before !== undefined && nuNam !== sub ? titled.first - 1 : titled.first, last: i - 1 })
        }
      } else if (!placeLike && ty === WORD) {
        newMention('bare', i, end - 1, { syl })
      }
      i = end - 1
      continue
    }
  }
}

function addContext(): void {
  // ---- Context for each named/unnamed mention: roles, appositives, journalists --------------
  let previousNamedLast = -1
  for (let mi = 0; mi < mentions.length; mi++) {
    const m = mentions[mi]!
    if (m.kind !== 'named' && m.kind !== 'unnamed') continue
    // Roles in the clause before the mention ("Giám đốc Sở Y tế Trần Minh Hải"), not those of
    // another person named in between ("Thứ trưởng X thăm bà Y").
    const cs = clauseStart(m.first)
    const rolesFrom = Math.max(cs, previousNamedLast + 1)
    previousNamedLast = m.last
    for (let k = rolesFrom; k < m.first; k++) {
      const r = roleAt(k)
      if (r && r.last < m.first) {
        pushTo(m, 'roles', r.value)
        pushTo(m, 'rolePhrases', r.phrase)
        k = r.last
      }
    }
    // Immediate gendered noun or nữ/nam + role before a named mention ("nữ bác sĩ Phan Ngọc Diệp").
    if (m.kind === 'named') {
      for (let k = Math.max(cs, m.first - 4); k < m.first; k++) {
        const g = matchWith(B_GENDERED, GENDERED_TRIE, k)
        // "nữ" alone: not in "nữ quyền", nor as a team's or division's attribute ("đội tuyển nữ").
        if (g && g.phrase === 'nữ' && (!nuNamAt(k) || (k > 0 && tType[k - 1]! === WORD && NU_NAM_ATTRIBUTE_AFTER.has(tLower[k - 1]!)))) continue
        // "vợ chồng anh A", "mẹ con chị B": a group the person belongs to, no apposition.
        if (GROUP_FIRST.has(wordAt(m.first - 2)) && GROUP_RELATIONS.has(`${wordAt(m.first - 2)} ${wordAt(m.first - 1)}`)) break
        if (g && g.last >= m.first - 2 && g.last < m.first) {
          // A relation right before a name is whose relative, not an apposition: "Chồng chị Lan"
          // is Lan's husband, "mẹ bé Hân" Hân's mother (the apposition takes a comma).
          if (g.last === m.first - 1 && RELATION_NOUNS.has(g.phrase)) break
          // So is one with "của" between them: "Vợ của Phạm Quang Huy" is Huy's wife.
          if (g.last === m.first - 2 && tLower[m.first - 1] === 'của' && RELATION_NOUNS.has(g.phrase)) break
          pushTo(m, 'cues', { cue: 'genderedNoun', sex: g.value, weight: 2, first: k, last: g.last })
          break
        }
      }
      const titled = roleEndingBefore(m.first)
      // The comma of an appositive, also before a role: "Anh trai cô, cơ thủ Mạc Quốc A, …".
      const commaAt = tLower[m.first - 1] === ',' ? m.first - 1 : titled && tLower[titled.first - 1] === ',' ? titled.first - 1 : -1
      const commaBefore = commaAt !== -1
      if (titled && !m.cues.some((c) => c.cue === 'genderedRole')) {
        const before = wordAt(titled.first - 1)
        if (before === 'nữ' || before === 'nam')
          pushTo(m, 'cues', { cue: 'genderedRole', sex: before === 'nữ' ? 'female' : 'male', weight: 3, first: titled.first - 1, last: titled.last })
      }
      // nữ / nam opening a role phrase before the name, whatever the role: "nữ nghiên cứu viên
      // Diệp Thùy Trâm", "nam tiếp viên Lê Minh", "bệnh nhân nữ Hoàng Lan" (not "đội tuyển nữ …").
      if (!m.head && !m.cues.some((c) => c.cue === 'genderedRole')) {
        for (let k = m.first - 1, words = 0; k >= 0 && words < 6; k--) {
          const w = wordAt(k)
          if (!w) break
          const sx = nuNamAt(k)
          if (sx) {
            if (!NU_NAM_ATTRIBUTE_AFTER.has(wordAt(k - 1))) pushTo(m, 'cues', { cue: 'genderedRole', sex: sx, weight: 2, first: k, last: m.first - 1 })
            break
          }
          if (ROLE_PHRASE_STOPS.has(w) || HONORIFICS.has(w)) break
          words++
        }
      }
      // Appositive after a relation or role clause: "Vợ anh, chị Lâm Thị Nguyệt, …".
      if (commaBefore) {
        const pcs = clauseStart(commaAt)
        // Also after an honorific as classifier: "Cậu con trai ấy, em N.M.K., …", "Cô con gái út, chị B, …".
        const g = matchWith(B_GENDERED, GENDERED_TRIE, pcs) ?? (HONORIFICS.has(tLower[pcs]!) ? matchWith(B_GENDERED, GENDERED_TRIE, pcs + 1) : undefined)
        if (g && g.last < commaAt) pushTo(m, 'cues', { cue: 'kinship', sex: g.value, weight: 2, first: pcs, last: g.last })
        const r = roleAt(pcs)
        if (r && r.last < commaAt) {
          pushTo(m, 'roles', r.value)
          pushTo(m, 'rolePhrases', r.phrase)
        }
      }
    }
    // A role as the name's predicate: "Ông A được bổ nhiệm làm giám đốc bệnh viện", "Chị B là giáo
    // viên": a later "giám đốc bệnh viện" refers back to them.
    if (m.kind === 'named') {
      for (let k = m.last + 1; k < n && k <= m.last + 6; k++) {
        if (tType[k] !== WORD || isCapAt(k)) break
        const w = tLower[k]!
        if (w !== 'là' && w !== 'làm') continue
        const r = roleAt(wordAt(k + 1) === 'một' ? k + 2 : k + 1)
        if (r && r.value.kind !== 'journalist') {
          pushTo(m, 'roles', r.value)
          pushTo(m, 'rolePhrases', r.phrase)
        }
        break
      }
    }
    // A relation or gendered noun said of the name, in apposition or as its predicate: "Lê Hoàng
    // Yến, mẹ của bé, …", "Trần Minh Khôi, chồng chị Lan, …", "Hà Minh Thư là vợ của …".
    if (m.kind === 'named') {
      let k = m.last + 2
      const linked = tLower[m.last + 1] === ',' || (tLower[m.last + 1] === 'là' && tType[m.last + 1] === WORD)
      if (linked && wordAt(k) === 'một') k++
      const g = linked ? matchWith(B_GENDERED, GENDERED_TRIE, k) : undefined
      if (g && g.phrase !== 'nữ') pushTo(m, 'cues', { cue: RELATION_NOUNS.has(g.phrase) ? 'kinship' : 'genderedNoun', sex: g.value, weight: 2, first: k, last: g.last })
      else if (linked && tLower[m.last + 1] === ',') {
        // An honorific as the classifier of a role: "Vàng A Sủ, cậu học trò lớp 2, …", "…, cô sinh viên năm nhất".
        const sx = HONORIFICS.get(wordAt(k))
        const r = sx ? (roleAt(k + 1) ?? matchAt(PERSON_NOUN_TRIE, tk, k + 1) ?? (tLower[k + 1] === 'học' && tLower[k + 2] === 'trò' ? { last: k + 2 } : undefined)) : undefined
        if (sx && r && !isCapAt(k + 1) && !ROLE_COMPOUNDS.has(`${tLower[k]} ${tLower[k + 1]}`)) pushTo(m, 'cues', { cue: 'genderedNoun', sex: sx, weight: 2, first: k, last: r.last })
      }
    }
    // Appositive after: ", phóng viên VOV,", " (huyện Mèo Vạc)". After a comma it opens with a role,
    // an age, "người …", "một …" or a former/deputy title; anything else is the sentence going on
    // ("Theo thầy Đức, tỷ lệ học sinh …").
    const a = tLower[m.last + 1]
    const opener = m.last + 2
    const describes =
      a === '(' || (a === ',' && (roleAt(opener) !== undefined || tType[opener] === NUMBER || APPOSITIVE_OPENERS.has(wordAt(opener)) || ((wordAt(opener) === 'nữ' || wordAt(opener) === 'nam') && roleAt(opener + 1) !== undefined)))
    if (describes) {
      for (let k = m.last + 2; k < n && k < m.last + 16; k++) {
        const mark = tLower[k]!
        // A parenthesis runs past its commas: "(41 tuổi, nguyên Giám đốc Công ty …)".
        if (mark === ',' && a === '(') continue
        if (tType[k] === NEWLINE || mark === ',' || mark === ')' || mark === '.' || mark === ':') break
        // A verb or a function word ends the appositive: ", cho rằng nữ giám đốc …", ", người đồng
        // hành cùng hoa hậu …" name someone else.
        if (ROLE_PHRASE_STOPS.has(mark) || (bits[k]! & B_SPEECH && speechVerbAt(k))) break
        const r = roleAt(k)
        if (r) {
          pushTo(m, 'roles', r.value)
          pushTo(m, 'rolePhrases', r.phrase)
          if (k === m.last + 2 && r.value.sex) pushTo(m, 'cues', { cue: 'genderedRole', sex: r.value.sex, weight: 2, first: k, last: r.last })
          k = r.last
        } else if (k === m.last + 2 && (mark === 'nữ' || mark === 'nam') && roleAt(k + 1)) {
          pushTo(m, 'cues', { cue: 'genderedRole', sex: mark === 'nữ' ? 'female' : 'male', weight: 2, first: k, last: roleAt(k + 1)!.last })
        }
      }
    }
    // The winner of a gendered award: "Giải Nữ diễn viên chính xuất sắc thuộc về X", "giải nam
    // ca sĩ … được trao cho X".
    if (m.kind === 'named' && m.cues.length === 0) {
      const awardSex = awardBefore(m.first)
      if (awardSex !== -1) pushTo(m, 'cues', { cue: 'genderedRole', sex: tLower[awardSex]! === 'nữ' ? 'female' : 'male', weight: 2, first: awardSex - 1, last: awardSex })
    }
    // An athlete in a sentence about one sports division ("Ở nội dung nam, … Bùi Đăng Khoa"): weak,
    // and never for a coach, referee or official named there.
    if (m.kind === 'named' && m.cues.length === 0 && !m.head && m.rolePhrases.every((r) => ATHLETE_ROLES.has(r))) {
      // Elsewhere in a text about one division only ("đội tuyển futsal nữ … Thủ môn X"), an athlete
      // named with an athlete's role.
      const d = divisionBySentence.get(tSent[m.first]!) ?? (m.rolePhrases.length > 0 && textDivision >= 0 ? textDivision : undefined)
      if (d !== undefined && d !== -1) pushTo(m, 'cues', { cue: 'genderedRole', sex: tLower[d]! === 'nữ' ? 'female' : 'male', weight: 1, first: d - 1, last: d })
    }
  }
}

function buildPeople(): void {
  // ---- Pass 2a: people from named and unnamed mentions --------------------------------------
  people = []
  emptied(bySuffix)

  emptied(childByHead)
  emptied(unnamedByHead)
  for (let mi = 0; mi < mentions.length; mi++) {
    const m = mentions[mi]!
    if ((m.kind === 'bare' || m.kind === 'named') && m.syl.length >= 2 && (nicknameOf(mi) || birthOrderNickname(m))) continue
    if (m.kind === 'named') {
      const sex = m.sex || (m.cues.find((c) => c.weight >= 2)?.sex ?? '')
      const pi = findNamed(m.syl, sex, m.first)
      if (pi === -1) newPerson(m, nameText(m), true)
      else {
        const p = people[pi]!
        if (m.syl.length > p.syl.length && m.hasSurname) {
          // A later full name completes an earlier short one ("chị Trinh" … "Ông Ngọc Trinh").
          const old = p.syl[p.syl.length - 1]!
          p.syl = m.syl
          p.hasSurname = true
          p.name = nameText(m)
          const key = m.syl[m.syl.length - 1]!
          if (key !== old) bySuffix.set(key, [...(bySuffix.get(key) ?? []), pi])
        }
      }
      attach(m, pi === -1 ? people.length - 1 : pi)
    } else if (m.kind === 'unnamed') {
      // Appositive name right after: "Một người dân trong buôn, chị H’Linh Êban, nói …" (not after
      // a passive's agent: "bị chủ trọ nhắn tin, chị A …" is the agent's victim).
      let merged = false
      for (let k = mi + 1; k < mentions.length && k <= mi + 3 && tLower[m.first - 1] !== 'bị'; k++) {
        const o = mentions[k]!
        // A role word in between ("tên" in "một cô gái tên là Mai") is filler too.
        if (o.kind === 'role' && o.first > m.last && o.last - m.last <= 4) continue
        // A name given with "tên" may come after other capitalised words: "một người đàn ông qua
        // Zalo, tự xưng tên Hầu A Dính".
        const given = wordAt(o.first - 1) === 'tên' || (wordAt(o.first - 1) === 'là' && wordAt(o.first - 2) === 'tên')
        if (o.kind === 'bare' && o.first > m.last && o.last - m.last <= 10) continue
        if (o.kind !== 'named') break
        let onlyFiller = true
        let comma = false
        if (given && o.first - m.last <= 12 && tSent[o.first] === tSent[m.last]) comma = true
        else for (let q = m.last + 1; q < o.first; q++) {
          // "Một bị hại là ông A", "chỉ có một nữ cơ thủ là B": the name identifies the unnamed one.
          // "một tài xế tên Hùng", "một cô gái có tên là Mai": so is the name given with "tên".
          if (tLower[q] === ',' || ((tLower[q] === 'là' || tLower[q] === 'tên') && q === o.first - 1)) comma = true
          // A nationality or a place is filler too: "Một du khách người Pháp, anh Pierre Dubois".
          else if (tType[q] !== WORD || (isCapAt(q) && !(wordAt(q - 1) === 'người' || isCapAt(q - 1) || matchWith(B_PLACE, PLACE_TRIE, q))) || q - m.last > 6) onlyFiller = false
        }
        if (comma && onlyFiller) {
          handOver(m, o)
          merged = true
          break
        }
      }
      if (merged) continue
      if (identifiedLater(m, mi) || namedInNextSentence(m, mi)) continue
      // A turn's label naming its speaker by the noun the report introduced them with ("… một nữ
      // sinh viên năm hai phát hiện …" then "Một nữ sinh viên năm hai (xin giấu tên): …").
      if (inLabel(m.first)) {
        const same = unnamedByHead.get(m.head)
        if (same !== undefined && people[same]!.mergedInto === -1 && compatible(people[same]!, m.sex)) {
          attach(m, same)
          continue
        }
      }
      const prevMention = mi > 0 ? mentions[mi - 1] : undefined
      // So is one in apposition after a name, also in parentheses or between dashes: "Bà A (58
      // tuổi, một bị hại …)", "ông B – một ngư dân …".
      const opener = tLower[m.first - 1]
      if (prevMention && prevMention.kind === 'named' && prevMention.person !== -1 && (opener === ',' || opener === '(' || opener === '–' || opener === '—') && onlyAgeBetween(prevMention.last, m.first - 1)) {
        attach(m, prevMention.person)
        continue
      }
      // One unnamed child, however the text goes on to call it: "một bé trai" … "cháu bé" … "bé trai".
      const child = CHILD_HEADS.has(m.head)
      if (child) {
        const same = childByHead.get('child')
        if (same !== undefined && compatible(people[same]!, m.sex)) {
          attach(m, same)
          continue
        }
      }
      const pi = newPerson(m, mentionText(m), false)
      if (child) childByHead.set('child', pi)
      if (!unnamedByHead.has(m.head)) unnamedByHead.set(m.head, pi)
      attach(m, pi)
    }
  }
  ledeIntroduction()
  namedChild(childByHead.get('child'))
  perpetratorArrested()
}

/** Unnamed nouns a crime report uses for the one who did it before naming them: "một nam thanh niên dắt xe ra …". */
const PERPETRATOR_HEADS: ReadonlySet<string> = new Set(['nam thanh niên', 'nữ thanh niên', 'thanh niên', 'người đàn ông', 'người phụ nữ', 'đối tượng', 'nghi phạm'])
const NOT_AFTER_PERPETRATOR: ReadonlySet<string> = new Set(['bị', 'được', 'ở', 'tại', 'trên', 'trong', 'và', 'rồi', 'khiến', 'cùng', 'với', 'là', 'cho', 'của'])
/** Verbs of arrest and charge right before the one they name ("tạm giữ hình sự Y Kriêng …"). */
const ARREST_BEFORE: ReadonlySet<string> = new Set(['giữ', 'bắt', 'tố', 'sự', 'nã'])
const ARREST_PHRASES: ReadonlySet<string> = new Set(['tạm giữ', 'bắt giữ', 'khởi tố', 'hình sự', 'truy nã', 'bắt'])
/** The named one is arrested or charged: "tạm giữ hình sự X", "bắt giữ X", "X bị bắt", "X bị khởi tố". */
function arrestedAt(m: Mention): boolean {
  const w = wordAt(m.first - 1)
  if (ARREST_BEFORE.has(w) && (w === 'bắt' || ARREST_PHRASES.has(`${wordAt(m.first - 2)} ${w}`))) return true
  let k = m.last + 1
  if (tLower[k] === '(') while (k < n && tLower[k] !== ')' && k < m.last + 20) k++
  if (tLower[k] === ')') k++
  return wordAt(k) === 'bị' && (wordAt(k + 1) === 'bắt' || ARREST_PHRASES.has(`${wordAt(k + 1)} ${wordAt(k + 2)}`))
}

/**
 * "… tạm giữ hình sự Y Kriêng Byă (25 tuổi) … Camera ghi lại cảnh một nam thanh niên dắt xe ra đường
 * …": a crime report names the one person arrested, then tells the crime with an unnamed noun for the
 * one who did it; when nobody else is arrested and the unnamed one is mentioned once, after the
 * arrested one and as a subject (not "bị …"), they are one person.
 */
function perpetratorArrested(): void {
  // Most texts have no such unnamed one: look for it first.
  if (!mentions.some((m) => m.kind === 'unnamed' && PERPETRATOR_HEADS.has(m.head))) return
  let arrested = -1
  let previous: Mention | undefined
  for (const m of mentions) {
    if (m.kind !== 'named' || m.person === -1) continue
    // "bắt giữ A (22 tuổi) và B": B is arrested too.
    const joined = previous !== undefined && tSent[previous.last] === tSent[m.first] && (wordAt(m.first - 1) === 'và' || tLower[m.first - 1] === ',') && previous.last >= m.first - 8
    const isArrested = arrestedAt(m) || (joined && previous !== undefined && arrestedAt(previous))
    previous = m
    if (!isArrested) continue
    if (arrested !== -1 && arrested !== m.person) return
    arrested = m.person
  }
  if (arrested === -1) return
  const target = people[arrested]!
  let intro: Mention | undefined
  for (const m of mentions) {
    if (m.kind !== 'unnamed' || m.person === -1 || !PERPETRATOR_HEADS.has(m.head) || m.inQuote || m.inSpeech) continue
    const u = people[m.person]!
    if (u.mergedInto !== -1 || u.mentions.length !== 1 || m.first < (target.mentions[0]?.first ?? n)) continue
    // The subject of what follows: a lowercase word after it (an age aside) that is no passive,
    // preposition or conjunction ("… đâm một người đàn ông 40 tuổi rồi bỏ trốn" is the victim).
    let after = m.last + 1
    if (tType[after] === NUMBER && wordAt(after + 1) === 'tuổi') after += 2
    const next = wordAt(after)
    if (!next || isCapAt(after) || NOT_AFTER_PERPETRATOR.has(next) || wordAt(m.first - 1) === 'bị') continue
    if (intro) return
    intro = m
  }
  if (!intro || !compatible(target, intro.sex)) return
  const u = people[intro.person]!
  attach(intro, arrested)
  u.mentions = newList()
  u.mergedInto = arrested
}

/**
 * "… khí quản của bé gái." … "cho bé N.T.A. (2 tuổi)": the one unnamed child and the one child
 * named with "bé" / "cháu" in the same text are one child.
 */
function namedChild(unnamed: number | undefined): void {
  if (unnamed === undefined) return
  const u = people[unnamed]!
  if (u.mergedInto !== -1) return
  let target = -1
  for (let pi = 0; pi < people.length; pi++) {
    const p = people[pi]!
    if (!p.named || p.mergedInto !== -1 || !(p.heads.has('bé') || p.heads.has('cháu'))) continue
    if (target !== -1) return
    target = pi
  }
  const score = scoreOf(u)
  if (target === -1 || !compatible(people[target]!, score > 0 ? 'female' : score < 0 ? 'male' : '')) return
  for (const x of u.mentions) attach(x, target)
  u.mentions = newList()
  u.mergedInto = target
}

/**
 * "… cứu sống một sản phụ bị băng huyết. Sản phụ là chị A …": the next sentence opens with the
 * unnamed one's noun + "là" + a name, which identifies them; the unnamed mention joins the named
 * one (made now if it does not exist yet). Returns whether it did.
 */
function identifiedLater(m: Mention, mi: number): boolean {
  if (m.head === '' || tLower[m.first] !== 'một') return false
  const s = tSent[m.last]!
  // The first token of the next sentence.
  let k = m.last + 1
  while (k < n && tSent[k] === s) k++
  while (k < n && tType[k] === NEWLINE) k++
  if (k >= n || tSent[k] !== s + 1) return false
  const head = m.head.split(' ')
  for (let q = 0; q < head.length; q++) if (tLower[k + q] !== head[q]) return false
  const la = k + head.length
  if (tLower[la] !== 'là') return false
  let o: Mention | undefined
  for (let q = mi + 1; q < mentions.length && mentions[q]!.first <= la + 1; q++) if (mentions[q]!.first === la + 1) o = mentions[q]
  if (!o || o.kind !== 'named') return false
  handOver(m, o)
  return true
}

/**
 * "… thấy một cụ ông 72 tuổi về đích. Ông Lâm Văn A, ở phường B, cho biết …": someone introduced
 * with "một" + a gendered noun, and the next sentence opens with a person named for the first time
 * with an honorific of that sex and no role; the unnamed mention joins the named one. Returns
 * whether it did.
 */
const RESIDENCE_WORDS: ReadonlySet<string> = new Set(['ở', 'trú', 'quê', 'ngụ', 'sống', 'năm'])
function namedInNextSentence(m: Mention, mi: number): boolean {
  if (!m.sex || tLower[m.first] !== 'một' || m.inQuote || m.inSpeech) return false
  const s = tSent[m.last]!
  const o = mentions[mi + 1]
  if (!o || o.kind !== 'named' || !o.head || tSent[o.first] !== s + 1 || !isSentenceStart(o.first) || !o.hasSurname) return false
  // Nothing but the unnamed one's sentence in between: no one else is introduced.
  if (o.first - m.last > 40) return false
  if (HONORIFICS.get(o.head) !== m.sex && !m.head.startsWith(`${o.head} `)) return false
  // Someone given a role of their own ("Ông A, Chủ tịch xã, …", "Bà B, người chứng kiến, …") is someone else.
  // So is one described in apposition by anything but where they live or their age ("Ông A,
  // hàng xóm, …"); "Ông A, ở phường B, …", "Ông A (72 tuổi) …" may be the one introduced.
  if (o.roles.length > 0 || findNamed(o.syl, m.sex, o.first) !== -1) return false
  if (tLower[o.last + 1] === ',' && tType[o.last + 2] !== NUMBER && !RESIDENCE_WORDS.has(wordAt(o.last + 2))) return false
  handOver(m, o)
  return true
}

/**
 * The lead introduces someone unnamed with an honorific compound ("… cho một cụ bà 92 tuổi ở
 * huyện Gia Lâm") and the body then names them with that honorific ("cụ Ngô Thị Tám"): one person,
 * when nobody was named before the introduction and only one person is named with the honorific.
 */
function ledeIntroduction(): void {
  let intro: Mention | undefined
  for (let mi = 0; mi < mentions.length; mi++) {
    const m = mentions[mi]!
    // A reporter named before ("Phóng viên … ghi nhận câu chuyện của một cô gái") does not count.
    if (m.kind === 'named' && !m.roles.some((r) => r.kind === 'journalist')) return
    if (m.kind === 'unnamed' && m.person !== -1) {
      intro = m
      break
    }
  }
  // In the lead, or in a broadcast's opening turn (the presenter's introduction).
  if (!intro || tLower[intro.first] !== 'một' || (tSent[intro.first]! > 2 && !(tLine[intro.first] === 0 && lineKind(intro.first) === 'journalist'))) return
  const honorific = tLower[intro.first + 1]!
  const pair = `${honorific} ${wordAt(intro.first + 2)}`
  if (!ROLE_COMPOUNDS.has(pair) || !HONORIFICS.has(honorific)) return
  // "một cô gái" is named "chị A" as often as "cô A".
  const also = pair === 'cô gái' ? 'chị' : honorific
  const unnamed = people[intro.person]!
  if (unnamed.mentions.length !== 1) return
  let target = -1
  for (let pi = 0; pi < people.length; pi++) {
    const p = people[pi]!
    if (!p.named || p.mergedInto !== -1 || !(p.heads.has(honorific) || p.heads.has(also))) continue
    if (target !== -1) return
    target = pi
  }
  if (target === -1 || !compatible(people[target]!, intro.sex)) return
  attach(intro, target)
  unnamed.mentions = []
  unnamed.mergedInto = target
}

/**
 * A Southern nickname, birth-order word + a given name ("Tư Mến", "Út Hoa") or + an epithet when the
 * birth-order word is the given name itself ("Tư Cơm" for "Lê Thị Tư"), names the person called so
 * before, not someone new; the birth-order word alone ("bà Tư") then finds them too, and so does an
 * earlier mention by it alone (a headline's "bà Tư"). Returns whether it was one.
 */
function birthOrderNickname(m: Mention): boolean {
  if (m.syl.length !== 2 || !BIRTH_ORDER.has(m.syl[0]!) || partPlayedBefore(m.first)) return false
  const sex = m.sex || (m.cues.find((c) => c.weight >= 2)?.sex ?? '')
  let target = -1
  for (const key of [m.syl[1]!, m.syl[0]!]) {
    const list = bySuffix.get(key)
    if (!list) continue
    for (let q = list.length - 1; q >= 0 && target === -1; q--) {
      const p = people[list[q]!]!
      if (p.mergedInto === -1 && p.named && p.syl.length >= 2 && p.syl[p.syl.length - 1] === key && compatible(p, sex)) target = list[q]!
    }
    if (target !== -1) break
  }
  if (target === -1) return false
  // An earlier mention by the birth-order word alone was this person.
  const alone = bySuffix.get(m.syl[0]!) ?? []
  for (const pi of alone) {
    const p = people[pi]!
    if (pi === target || p.mergedInto !== -1 || p.syl.length !== 1 || !compatible(p, sex)) continue
    for (const x of p.mentions) attach(x, target)
    p.mentions = newList()
    p.mergedInto = target
  }
  const t = people[target]!
  t.aliases = t.aliases === NO_ALIASES ? [m.syl] : [...t.aliases, m.syl]
  for (const key of [m.syl[1]!, m.syl[0]!]) bySuffix.set(key, [...(bySuffix.get(key) ?? []), target])
  m.kind = 'named'
  attach(m, target)
  return true
}

/** Birth-order words that open a Southern nickname ("Tư Sang", "Út Hoa"), and alone stand for it. */
const BIRTH_ORDER = new Set(['hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười', 'út'])
const NICKNAME_CUES: readonly string[][] = [['thường', 'gọi', 'là'], ['còn', 'gọi', 'là'], ['hay', 'gọi', 'là'], ['quen', 'gọi', 'là'], ['tức'], ['biệt', 'danh']]

/**
 * "Ông Nguyễn Văn Hùng (thường gọi là Tư Hùng)", "Lê Văn B, tức Bảy B": the mention at mi is another
 * name of the person named right before. The person that nickname already stood for (named first
 * by it) becomes that person, and later uses of the nickname find them. Returns whether it was one.
 */
function nicknameOf(mi: number): boolean {
  const m = mentions[mi]!
  const w = tLower[m.first - 1]
  if (w !== 'là' && w !== 'tức' && w !== 'danh') return false
  const full = mentions[mi - 1]
  if (!full || full.kind !== 'named' || full.person === -1) return false
  const cue = NICKNAME_CUES.find((c) => c.every((w, k) => tLower[m.first - c.length + k] === w))
  if (!cue) return false
  const open = m.first - cue.length - 1
  if (open !== full.last + 1 || (tLower[open] !== '(' && tLower[open] !== ',')) return false
  const target = full.person
  const earlier = findNamed(m.syl, '', m.first)
  if (earlier !== -1 && earlier !== target) {
    const pa = people[earlier]!
    for (const x of pa.mentions) attach(x, target)
    pa.mentions = newList()
    pa.mergedInto = target
  }
  const t = people[target]!
  t.aliases = t.aliases === NO_ALIASES ? [m.syl] : [...t.aliases, m.syl]
  for (const key of BIRTH_ORDER.has(m.syl[0]!) ? [m.syl[m.syl.length - 1]!, m.syl[0]!] : [m.syl[m.syl.length - 1]!])
    bySuffix.set(key, [...(bySuffix.get(key) ?? []), target])
  m.kind = 'named'
  attach(m, target)
  return true
}

function headlineCues(): void {
  // ---- Headline: "Bé gái 6 tuổi bị …", "Cụ ông 90 tuổi …" names the child or elder the body then
  // calls "bé X" / "cụ X": that person takes the headline's sex (weakly, and only if it names one).
  if (headlineLine !== -1) {
    const headlineSex = new Map<string, Mention | null>()
    for (const m of mentions) {
      if (tLine[m.first]! !== headlineLine) break
      const sx = m.kind === 'role' ? ROLE_COMPOUNDS.get(m.head) : undefined
      const h = tLower[m.first]!
      if (!sx || !HEADLINE_CHILD_OR_ELDER.has(h)) continue
      const seen = headlineSex.get(h)
      headlineSex.set(h, seen === undefined || seen?.sex === sx ? m : null)
    }
    for (const [h, hm] of headlineSex) {
      if (!hm) continue
      const p = people.find((q) => q.named && q.mentions.some((x) => x.kind === 'named' && x.head === h))
      if (p && p.female === 0 && p.male === 0) addCue(p, { cue: 'genderedNoun', sex: hm.sex as SexCue, weight: 1, first: hm.first, last: hm.last })
    }
  }
}

/** Whether a person was named with this honorific or already referred to by it as a pronoun. */
function calledWith(p: Person, head: string): boolean {
  return p.heads.has(head) || (p.pronounBits & (PRONOUN_BIT.get(head) ?? 0)) !== 0
}
const PRONOUN_BIT: ReadonlyMap<string, number> = new Map([...HONORIFICS.keys()].map((h, k) => [h, 1 << k] as [string, number]))

/**
 * A third-person pronoun inside a transcript or interview turn ("… GS. Park Ji-yeon. Bà là người …"):
 * the speaker says "tôi" of themselves, so it goes only to the person named last in the same turn,
 * never to the turn's speaker, and only when nothing else was named in between.
 */
function resolveInTurn(m: Mention): void {
  const last = recent.length - 1
  if (last < 0) return
  const pi = recent[last]!
  const p = people[pi]!
  const ln = tLine[m.first]!
  if (tLine[p.lastToken] !== ln || p.lastToken >= m.first || turnSpeaker.get(ln) === pi) return
  if (tSent[m.first]! - tSent[p.lastToken]! > 1 || !compatible(p, m.sex)) return
  m.person = pi
  p.mentions.push(m)
  // The next pronoun of the turn may continue from this one: "Ban đầu cô từ chối. … cô nói với tôi: …".
  p.lastToken = m.last
  if (m.sex) addCue(p, { cue: 'pronoun', sex: m.sex, weight: 1, first: m.first, last: m.last })
}

/** The person most recently mentioned who was named with this honorific, other than `skip`. */
function lastCalledWith(m: Mention, skip: number): number {
  let best = -1
  for (let pi = people.length - 1, seen = 0; pi >= 0 && seen < 30; pi--, seen++) {
    const p = people[pi]!
    if (pi === skip || p.lastToken >= m.first || !calledWith(p, m.head) || !compatible(p, m.sex) || excluded(pi)) continue
    if (best === -1 || p.lastToken > people[best]!.lastToken) best = pi
  }
  return best
}

/** The mention at mi is joined by "và" or a comma to a person's name right before or after it. */
function coordinatedWithName(mi: number): boolean {
  const m = mentions[mi]!
  const prev = mentions[mi - 1]
  const next = mentions[mi + 1]
  // "và" only: a comma also separates a name from its unit ("bác sĩ X, Viện Tim"); and not an
  // organisation's name ("Viện …", "Khoa …").
  if (matchAt(ORG_HEAD_TRIE, tk, m.first) || matchWith(B_PLACE_HEAD, PLACE_HEAD_TRIE, m.first)) return false
  const joins = (k: number) => tLower[k] === 'và'
  if (prev && prev.kind === 'named' && prev.person !== -1 && prev.hasSurname && prev.last === m.first - 2 && joins(m.first - 1)) return true
  return next !== undefined && next.kind === 'named' && next.person !== -1 && next.hasSurname && next.first === m.last + 2 && joins(m.last + 1)
}

function resolveReferences(): void {
  // ---- Pass 2b: bare names, pronouns and role words, in text order ---------------------------
  // The speaker of each person turn, by line number: a journalist's question "Thưa bà, …?" is
  // addressed to the speaker of the neighbouring turn, not to the last person named.
  emptied(turnSpeaker)
  for (let mi = 0; mi < mentions.length; mi++) {
    const m = mentions[mi]!
    if (m.person === -1 || (m.kind !== 'named' && m.kind !== 'unnamed')) continue
    const ln = tLine[m.first]!
    const c = colonByLine[ln] ?? -1
    if (kindByLine[ln] === 'person' && c !== -1 && m.first < c && !turnSpeaker.has(ln)) turnSpeaker.set(ln, m.person)
  }
  recent = []
  recentMentions.length = 0
  qaInterviewee = findInterviewee()
  possessive.sentence = -1
  for (let mi = 0; mi < mentions.length; mi++) {
    const m = mentions[mi]!
    if (m.kind === 'named' || m.kind === 'unnamed') {
      // A possessor named with an honorific ("Một người hàng xóm của chị A cho biết …"): that
      // honorific again in the sentence is A, not the one A owns (as for a possessor pronoun).
      if (m.head && tLower[m.first - 1] === 'của' && m.person !== -1) {
        const owned = recentMentions[recentMentions.length - 1]
        if (owned && owned.last === m.first - 2 && owned.person !== m.person) {
          possessive.sentence = tSent[m.first]!
          possessive.head = m.head
          possessive.owner = owned.person
          possessive.person = m.person
        }
      }
      pushRecent(m)
      continue
    }
    if (m.kind === 'bare') {
      if (m.syl.length > 3) continue
      const pi = findNamed(m.syl, '', m.first)
      if (pi !== -1 && people[pi]!.named) {
        m.kind = 'named'
        attach(m, pi)
        pushRecent(m)
      } else if (m.syl.length >= 2 && !m.inQuote && coordinatedWithName(mi)) {
        // "Hoàng Đức và Quang Hải": a name listed with a person's name is one too.
        m.kind = 'named'
        attach(m, newPerson(m, mentionText(m), true))
        pushRecent(m)
      }
      continue
    }
    if (m.inQuote) continue
    if (m.inSpeech) {
      if (m.kind === 'pronoun') resolveInTurn(m)
      continue
    }
    if (m.kind === 'pronoun') {
      let chosen = -1
      if (addressedAt(m.first)) {
        const a = addressee(m.first)
        if (a !== -1 && compatible(people[a]!, m.sex)) chosen = a
      }
      const nearby = recent.slice(-5)
      // A person already named in the same sentence ("X cho biết ông …") comes first, unless the
      // pronoun is an object ("X … đề nghị bà sớm …", "X nhận xét cô là …"): an object pronoun is
      // never the subject of its own clause, so it goes to another, earlier person.
      const lastIdx = nearby.length - 1
      // The clause's subject: the last person mentioned in this sentence, not as an object or a
      // possessor ("X, người đồng hành cùng hoa hậu, nhận xét cô …": X, not the "hoa hậu").
      let subject = -1
      for (let q = recentMentions.length - 1; q >= 0 && lastIdx >= 0; q--) {
        const o = recentMentions[q]!
        if (tSent[o.last]! !== tSent[m.first]!) break
        if (notSubject(o)) continue
        if (!excluded(o.person)) subject = o.person
        break
      }
      // A possessor after "của" is never the noun it follows: "Một hàng xóm của chị cho biết …" is
      // someone else's neighbour, so "chị" goes to an earlier person and gives the neighbour no sex.
      const owned = tLower[m.first - 1] === 'của' ? recentMentions[recentMentions.length - 1] : undefined
      if (owned && owned.last === m.first - 2 && owned.person === subject) subject = -1
      const possessed = owned && owned.last === m.first - 2 ? owned.person : -1
      // The same pronoun again in that sentence is the same possessor, not the one it owns:
      // "Một sinh viên của cô cho biết cô luôn đến sớm".
      if (
        possessive.sentence === tSent[m.first] && possessive.head === m.head && possessive.owner === subject && possessive.person !== -1 &&
        compatible(people[possessive.person]!, m.sex)
      )
        chosen = possessive.person
      // A verb coordinated with the subject's own ("X đánh giá cao … và đề nghị bà …") keeps X as its subject.
      const object = subject !== -1 && isObjectPosition(m.first) && (coordinatedVerb(m.first) || !clauseBoundaryBetween(people[subject]!.lastToken, m.first - 2))
      // The subject named with another honorific ("ông X cho biết … cụ") yields to a person named with this one.
      // So does a subject with no honorific and no sex when the pronoun is an object even past a
      // speech verb ("Một người hàng xóm cho biết … thì thấy chị nằm …") and an earlier person was
      // already called by this pronoun ("X cho biết ông …" stays with the speaker).
      const sp = subject !== -1 ? people[subject]! : undefined
      const otherHead =
        sp !== undefined &&
        ((sp.heads.size > 0 && !sp.heads.has(m.head) && nearby.some((q) => q !== subject && calledWith(people[q]!, m.head))) ||
          (m.sex !== '' && sp.heads.size === 0 && isObjectPosition(m.first) && sp.female === 0 && sp.male === 0 && nearby.some((q) => q !== subject && calledWith(people[q]!, m.head))))
      if (subject !== -1 && !object && !otherHead && chosen === -1 && compatible(people[subject]!, m.sex)) chosen = subject
      const skip = object ? subject : possessed
      // A pronoun opening a sentence continues its topic: the person spoken of last, when nothing in
      // them speaks against it (no other honorific, no other sex): "Theo PGS.TS X, … . Ông khuyến cáo …".
      if (chosen === -1 && lastIdx >= 0 && (isSentenceStart(m.first) || afterFrontedPhrase(m.first)) && !object) {
        const last = nearby[lastIdx]!
        const p = people[last]!
        if (last !== skip && p.heads.size === 0 && scoreOf(p) === 0 && !excluded(last) && p.named) chosen = last
      }
      for (let q = nearby.length - 1; q >= 0 && chosen === -1; q--) {
        const p = people[nearby[q]!]!
        if (nearby[q] !== skip && p.heads.has(m.head) && compatible(p, m.sex)) chosen = nearby[q]!
      }
      // An object pronoun goes to someone else than its clause's subject: the person last called by
      // this honorific, even a few people back ("X … và đề nghị bà …" is the "bà" of the story).
      if (object && chosen === -1) chosen = lastCalledWith(m, subject)
      for (let q = nearby.length - 1; q >= 0 && chosen === -1 && otherHead; q--) {
        const p = people[nearby[q]!]!
        if (nearby[q] !== subject && calledWith(p, m.head) && compatible(p, m.sex)) chosen = nearby[q]!
      }
      for (let q = nearby.length - 1; q >= 0 && chosen === -1; q--) {
        const p = people[nearby[q]!]!
        if (nearby[q] !== skip && compatible(p, m.sex) && (p.heads.size === 0 || !m.sex || [...p.heads].every((h) => HONORIFICS.get(h) === m.sex || HONORIFICS.get(h) === '')))
          chosen = nearby[q]!
      }
      // Nobody among the last few mentions fits (one person named again and again pushed the others
      // out): the person last called by this honorific.
      if (chosen === -1 && m.sex) chosen = lastCalledWith(m, skip)
      if (possessed !== -1) {
        possessive.sentence = tSent[m.first]!
        possessive.head = m.head
        possessive.owner = possessed
        possessive.person = chosen
      }
      if (chosen !== -1) {
        const p = people[chosen]!
        m.person = chosen
        p.mentions.push(m)
        p.pronounBits |= PRONOUN_BIT.get(m.head) ?? 0
        p.lastToken = Math.max(p.lastToken, m.last)
        if (m.sex) addCue(p, { cue: 'pronoun', sex: m.sex, weight: 1, first: m.first, last: m.last })
        pushRecent(m)
      }
      continue
    }
    if (m.kind === 'role') {
      if (m.person !== -1) continue
      let chosen = -1
      // A role in apposition after a dash describes the person just named: "Vũ Thị Hằng – cô gái 19
      // tuổi … – chia sẻ", even though the dash opens it like a sentence.
      const dash = tLower[m.first - 1]
      const named = dash === '–' || dash === '—' ? recentMentions[recentMentions.length - 1] : undefined
      if (named && named.last === m.first - 2 && (named.kind === 'named' || named.kind === 'unnamed') && !excluded(named.person) && compatible(people[named.person]!, m.sex)) chosen = named.person
      for (let pi = people.length - 1, seen = 0; pi >= 0 && seen < 30 && chosen === -1; pi--, seen++) {
        const p = people[pi]!
        if (p.mentions[0] && p.mentions[0].first > m.first) continue
        if (sameRole(p, m.head) && compatible(p, m.sex)) chosen = pi
      }
      // A gendered role in a definite position ("Nữ nghệ sĩ chia sẻ", "Người đẹp sinh năm …", "…”,
      // nam diễn viên nói", "vị nữ chuyên gia") takes up the person just spoken of, as a pronoun would.
      const definite = definiteRole(m)
      // Not the subject of its own sentence ("X cho rằng nữ giám đốc này …"); someone whose sex
      // the text already gave before someone whose sex is still open.
      // A person whose sex is still open only when the role opens a sentence or names a quotation's
      // speaker, where it can only refer back.
      if (chosen === -1 && m.sex && definite) {
        const open = isSentenceStart(m.first) || tLower[m.first - 1] === ','
        for (const strict of open ? [true, false] : [true]) {
          for (let q = recent.length - 1; q >= 0 && q >= recent.length - 3 && chosen === -1; q--) {
            const p = people[recent[q]!]!
            if (tSent[p.lastToken] === tSent[m.first] || excluded(recent[q]!) || !compatible(p, m.sex)) continue
            if (!strict || scoreOf(p) !== 0) chosen = recent[q]!
          }
        }
      }
      // "Bị cáo thừa nhận …", "Đối tượng khai …": the accused of a crime report, whom Vietnamese news
      // names without an honorific; the last person so named.
      if (chosen === -1 && m.roles[0]?.kind === 'accused' && (definite || clauseStart(m.first) === m.first)) {
        for (let q = recent.length - 1; q >= 0 && chosen === -1; q--) {
          const p = people[recent[q]!]!
          // Not the police, the court or a lawyer, also named by title without an honorific.
          if (p.named && p.heads.size === 0 && !excluded(recent[q]!) && compatible(p, m.sex) && !justice(p)) chosen = recent[q]!
        }
      }
      if (chosen !== -1) {
        const p = people[chosen]!
        m.person = chosen
        p.mentions.push(m)
        p.lastToken = Math.max(p.lastToken, m.last)
        // Only a role that refers back gives its sex: a role word may also name someone else
        // ("người đồng hành cùng hoa hậu").
        if (m.sex && definite) addCue(p, { cue: 'genderedRole', sex: m.sex, weight: 1, first: m.first, last: m.last })
        pushRecent(m)
      } else if (m.roles[0]?.kind === 'official' && !m.inQuote) {
        // Nobody named before holds the title: "Giám đốc bệnh viện cho biết …" is one unnamed
        // official speaking for the body named after the title.
        const end = representativeEnd(m.first, m.last + 1)
        if (end !== -1) {
          m.kind = 'unnamed'
          m.last = end
          attach(m, newPerson(m, mentionText(m), false))
          pushRecent(m)
        }
      }
    }
  }
}

/** Police ranks, court and prosecution titles, lawyers: they speak of the accused. */
const JUSTICE_TITLES: ReadonlySet<string> = new Set([
  'thượng tá', 'đại tá', 'trung tá', 'thiếu tá', 'đại úy', 'thượng úy', 'trung úy', 'thiếu úy', 'thiếu tướng', 'trung tướng',
  'thẩm phán', 'chủ tọa', 'kiểm sát viên', 'điều tra viên', 'luật sư', 'ls', 'chánh án', 'viện trưởng', 'trưởng công an',
])
function justice(p: Person): boolean {
  if (p.roleFamilies) for (const r of p.roleFamilies) if (JUSTICE_TITLES.has(r)) return true
  return false
}

/**
 * Whether the person was called by this role or by one of its family: the same head in a longer or
 * shorter title ("chuyên gia kinh tế" … "vị chuyên gia", "Phó Giám đốc" … "giám đốc") or its
 * abbreviation ("NSƯT" … "nữ nghệ sĩ", "TS." … "tiến sĩ").
 */
function sameRole(p: Person, head: string): boolean {
  return p.roleFamilies !== undefined && p.roleFamilies.has(head)
}

function addRolePhrase(p: Person, phrase: string): void {
  if (p.rolePhrases.has(phrase)) return
  if (p.rolePhrases === NO_STRINGS) p.rolePhrases = new Set()
  p.rolePhrases.add(phrase)
  const families = (p.roleFamilies ??= new Set())
  for (const r of roleFamily(phrase)) families.add(r)
}
const ROLE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['nsưt', 'nghệ sĩ ưu tú'], ['nsnd', 'nghệ sĩ nhân dân'], ['ts', 'tiến sĩ'], ['ths', 'thạc sĩ'], ['pgs', 'phó giáo sư'],
  ['gs', 'giáo sư'], ['bs', 'bác sĩ'], ['ls', 'luật sư'], ['hlv', 'huấn luyện viên'], ['vđv', 'vận động viên'],
])
const roleFamilies = new Map<string, Set<string>>()
/** A role phrase, its full form and every shorter role it opens or ends with. */
function roleFamily(phrase: string): Set<string> {
  let family = roleFamilies.get(phrase)
  if (family) return family
  family = new Set([phrase])
  const full = ROLE_ABBREVIATIONS.get(phrase) ?? phrase
  family.add(full)
  const words = full.split(' ')
  for (let k = 1; k < words.length; k++) {
    const head = words.slice(0, k).join(' ')
    const tail = words.slice(k).join(' ')
    if (ROLES.has(head)) family.add(head)
    if (ROLES.has(tail)) family.add(tail)
  }
  roleFamilies.set(phrase, family)
  return family
}

/** A role mention that refers back: opening its sentence, after "vị", before "này" / "ấy", or naming a quotation's speaker. */
function definiteRole(m: Mention): boolean {
  const before = tLower[m.first - 1]
  const after = wordAt(m.last + 1)
  if (after === 'này' || after === 'ấy' || before === 'vị') return true
  // Not when a name follows in apposition: "Thành viên nữ duy nhất của nhóm, Lò Thu Hà, …".
  for (let k = m.last + 1; k < n && k <= m.last + 8; k++) {
    if (tLower[k] === ',') {
      if (isNameAt(k + 1) || HONORIFICS.has(wordAt(k + 1)) || roleAt(k + 1)) return false
      break
    }
    if (tType[k] !== WORD) break
  }
  if (isSentenceStart(m.first)) return true
  return before === ',' && tQuote[m.first - 2] !== -1 && (tLower[m.first - 2] === '”' || tLower[m.first - 2] === '"')
}

function markJournalists(): void {
  // ---- Journalists, fictional characters ------------------------------------------------------
  for (let pi = 0; pi < people.length; pi++) {
    const p = people[pi]!
    for (const m of p.mentions) {
      if (m.kind !== 'named' && m.kind !== 'unnamed') continue
      const titled = roleEndingBefore(m.first)
      if (titled?.value.kind === 'journalist' || titled?.value.kind === 'fiction') {
        if (titled.value.kind === 'journalist') p.journalist = true
        else p.fiction = true
      }
      // A part played: "vai cô giáo Hạnh", "vai Thúy Kiều", "thủ vai ông Tư".
      // Also with a few words between: "vai chính bà Tư", "vai cô cháu gái Út Hiền".
      if (partPlayedBefore(m.first)) p.fiction = true
      // A reporter's sign-off: "Thu Thảo, Lê Bình, VTV8, từ Bình Thuận."
      // So is the text's last sentence made only of names and a broadcaster ("…, VOV Tây Bắc.").
      if (m.kind === 'named' && (lineKind(m.first) === 'journalist' || lastSentence(m.first)) && signOff(m.first)) p.journalist = true
      // Appositive ", phóng viên …" right after the name.
      // Not a book editor: "biên tập viên Nhà xuất bản Trẻ", "biên tập viên NXB Kim Đồng".
      const jr = tLower[m.last + 1] === ',' ? roleAt(m.last + 2) : undefined
      if (jr?.value.kind === 'journalist' && !publisherAt(jr.last + 1)) p.journalist = true
    }
  }
}

/**
 * "vai" right before token k or with only a part's kind and honorifics between ("vai Thúy Kiều",
 * "vai chính bà Tư", "vai cô cháu gái Út Hiền"); not "vai trò" (a function), not "Vai chính được
 * giao cho X" (the actor).
 */
function partPlayedBefore(k: number): boolean {
  for (let q = k - 1; q >= k - 5 && q >= 0; q--) {
    if (tType[q] !== WORD) return false
    const w = tLower[q]!
    if (w === 'vai') return wordAt(q + 1) !== 'trò'
    if (!PART_WORDS.has(w) && !HONORIFICS.has(w)) return false
  }
  return false
}
const PART_WORDS = new Set(['chính', 'phụ', 'diễn', 'gái', 'trai', 'giáo'])

/**
 * A sentence made only of names, a broadcaster's acronym and where from ("Thu Thảo, Lê Bình,
 * VTV8, từ Bình Thuận."): the reporters signing off their report.
 */
function signOff(i: number): boolean {
  const s = tSent[i]!
  let k = i
  while (k > 0 && tSent[k - 1] === s && tType[k - 1] !== NEWLINE && tLower[k - 1] !== ':') k--
  const end = sentenceEnd(i)
  let acronym = false
  let comma = false
  // A broadcaster named in words: "Đài Phát thanh – Truyền hình Đồng Nai" (lowercase words in it).
  let station = false
  for (; k <= end; k++) {
    const ty = tType[k]
    const w = tLower[k]!
    if (ty === PUNCT) {
      if (w === ',') comma = true
      else if (!(w === '.' && k === end) && !(station && (w === '–' || w === '-'))) return false
    } else if (ty === WORD) {
      if (isAcronymAt(k)) acronym = true
      else if (isCapAt(k) && (w === 'đài' || w === 'truyền') && tLower[k - 1] === ',') station = true
      else if (!isCapAt(k) && !station && w !== 'từ' && w !== 'tại' && w !== 'và') return false
    } else if (ty !== INITIALS && ty !== NUMBER) return false
  }
  return (acronym || station) && comma
}

/** Whether token i is in the text's last sentence (only line breaks after it). */
function lastSentence(i: number): boolean {
  for (let k = sentenceEnd(i) + 1; k < n; k++) if (tType[k] !== NEWLINE) return false
  return true
}

/** The last mention of `sorted` that starts at token k, or undefined: a binary search, not a map of every mention. */
function sortedStartingAt(k: number): Mention | undefined {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (sorted[mid]!.first <= k) lo = mid + 1
    else hi = mid
  }
  const m = sorted[lo - 1]
  return m !== undefined && m.first === k ? m : undefined
}

/** The quotation whose opening mark is token k: the span tokenize indexed that mark under. */
function quoteOpenedAt(k: number): QuoteSpan | undefined {
  const qi = tQuote[k]
  const q = qi === undefined || qi === -1 ? undefined : tk.quotes[qi]
  return q?.open === k ? q : undefined
}

function findQuotes(): Mention[] {
  // ---- Quotes: speech verbs, "theo X", direct quotations, transcript turns ---------------------
  sorted = []
  for (let q = 0; q < mentions.length; q++) {
    const m = mentions[q]!
    if (m.person !== -1 && !excluded(m.person)) sorted.push(m)
  }
  // Sorted (stably, by first token) only when not in text order already: mostly they are.
  for (let q = 1; q < sorted.length; q++) if (sorted[q - 1]!.first > sorted[q]!.first) {
    sorted.sort((x, y) => x.first - y.first)
    break
  }
  // Each sentence's mentions are a run of `sorted` (empty runs: first = end = 0). The two
  // columns are kept from text to text and cleared, not allocated per pasted article.
  const sentences = tk.sentenceStarts.length + 1
  if (sentFirstBuffer.length < sentences || sentFirstBuffer.length > Math.max(sentences * 8, 4096)) {
    sentFirstBuffer = new Int32Array(sentences)
    sentEndBuffer = new Int32Array(sentences)
  } else {
    sentFirstBuffer.fill(0, 0, sentences)
    sentEndBuffer.fill(0, 0, sentences)
  }
  sentFirst = sentFirstBuffer
  sentEnd = sentEndBuffer
  for (let q = 0; q < sorted.length; q++) {
    const s = tSent[sorted[q]!.first]!
    if (sentEnd[s] === 0) sentFirst[s] = q
    sentEnd[s] = q + 1
  }

  for (let i = 0; i < n; i++) {
    if (!(bits[i]! & B_SPEECH) || tQuote[i] !== -1 || lineKind(i) === 'byline') continue
    let v = speechVerbAt(i)
    if (!v && tLower[i] === 'kể' && (wordAt(i + 1) === 'từ' || wordAt(i + 1) === 'cả') && tellsAfterSubject(i)) v = { value: true, phrase: 'kể', last: i }
    if (!v) continue
    let subject = subjectBefore(i)
    // "X được hàng xóm kể lại …": a passive's agent between the subject and the verb is the one speaking.
    if (subject && passiveAgentBetween(subject.last, i)) subject = undefined
    // Inside a speaker's turn the speaker says "tôi"; a speech verb there reports someone the
    // speaker names ("Như Phó Thống đốc X đã phát biểu …", "Chị X hay nói …").
    const turn = inTurnSpeech(i)
    if (turn && !(TURN_SPEECH.has(v.phrase) && subject && subject.person !== -1 && (subject.kind === 'named' || subject.kind === 'pronoun' || subject.kind === 'unnamed') && tLine[subject.first] === tLine[i])) {
      i = v.last
      continue
    }
    if (subject) {
      const colonQuote = tLower[v.last + 1] === ':' ? quoteOpenedAt(v.last + 2) : undefined
      const to = colonQuote ? Math.max(colonQuote.close, colonQuote.open) : sentenceEnd(i)
      markQuoted(subject.person, i, to)
      // Coordinated subjects speak together: "Anh A và chị B cho biết", "A, B và C khẳng định".
      for (let co = coordinatedBefore(subject, true); co; co = coordinatedBefore(co, false)) markQuoted(co.person, i, to)
    } else if (isSentenceStart(i) && OPENING_SPEECH.has(v.phrase)) {
      // "Phát biểu tại buổi lễ, X …", "Chia sẻ với PV, X …": the participle's subject is the main clause's.
      const main = mainSubjectAfter(v.last)
      if (main) markQuoted(main.person, i, sentenceEnd(i))
    }
    i = v.last
  }
  // "Theo ông X, …" at the start of a clause.
  for (let mi = 0; mi < sorted.length; mi++) {
    const m = sorted[mi]!
    if (m.inQuote) continue
    const cs = clauseStart(m.first)
    // Also after a long title: "Theo Phó Giám đốc Sở Giáo dục và Đào tạo X, …".
    if (tLower[cs] === 'theo' && cs < m.first && (m.first - cs <= 4 || (m.first - cs <= 14 && tLower[m.last + 1] === ',' && roleAt(cs + 1) !== undefined))) {
      markQuoted(m.person, m.first, sentenceEnd(m.first))
    } else if (cs === m.first && tLower[cs - 1] === ',' && tLower[m.last + 1] === ',' && m.kind === 'named') {
      // The name in apposition to a "Theo" phrase: "Theo lời kể của mẹ bé, chị X, …".
      const prev = clauseStart(cs - 1)
      if (tLower[prev] === 'theo' && cs - prev <= 8 && prev === tk.sentenceStarts[tSent[prev]!] && describesSpeaker(prev + 1, cs - 1)) markQuoted(m.person, m.first, sentenceEnd(m.first))
    }
  }
  // Direct quotations.
  for (let qi = 0; qi < tk.quotes.length; qi++) {
    const q = tk.quotes[qi]!
    // A short quotation is a speaker's only when it opens the sentence and the speaker follows the
    // comma ("“Tôi mừng lắm”, bà A nghẹn ngào"); otherwise it may be a term in quotation marks.
    const opensSentence = q.close !== -1 && tLower[q.close + 1] === ',' && isSentenceStart(q.open)
    if (q.words < (opensSentence ? 2 : 5)) continue
    let speaker: Mention | undefined
    if (q.close !== -1) {
      let k = q.close + 1
      if (tLower[k] === ',' || tLower[k] === '–' || tLower[k] === '-') k++
      const m = sortedStartingAt(k)
      if (m && tSent[k]! === tSent[q.close]! && (q.words >= 5 || m.kind === 'named' || m.kind === 'unnamed' || m.kind === 'pronoun')) speaker = m
    }
    if (!speaker && q.words < 5) continue
    if (!speaker) {
      if (tLower[q.open - 1] === ':') speaker = subjectBefore(q.open - 1)
      else if (tType[q.open - 1] === NEWLINE) {
        // A quotation opening a paragraph after "… cho biết:".
        let k = q.open - 2
        while (k >= 0 && tType[k]! === NEWLINE) k--
        if (k >= 0 && tLower[k]! === ':') speaker = subjectBefore(k)
      }
    }
    // A quotation right after a naming noun is a name (an offence, a work, a campaign): "về tội
    // “Cố ý gây thương tích”", "bộ phim “…”", "mô hình “…”"; not words of the subject's.
    if (!speaker && q.open > 0 && tType[q.open - 1] !== NEWLINE && lineKind(q.open) !== 'person' && !NAMING_BEFORE_QUOTE.has(wordAt(q.open - 1))) {
      const m = subjectBefore(q.open)
      if (m && m.kind !== 'pronoun') speaker = m
    }
    if (speaker) {
      const last = q.close !== -1 ? q.close : q.open
      markQuoted(speaker.person, q.open, last)
    }
  }
  // Transcript and Q&A turns.
  let interviewee = -1
  if (firstTurnToken !== -1) {
    const counts = new Map<number, number>()
    for (const m of sorted) if (m.first < firstTurnToken && m.kind !== 'pronoun') counts.set(m.person, (counts.get(m.person) ?? 0) + 1)
    let best = 0
    for (const [pi, c] of counts) if (c > best) { best = c; interviewee = pi }
  }
  emptied(labelMention)
  for (let mi = 0; mi < sorted.length; mi++) {
    const m = sorted[mi]!
    const c = lineColon(m.first)
    const ln = tLine[m.first]!
    if (c !== -1 && m.first < c && m.kind !== 'role' && !labelMention.has(ln)) labelMention.set(ln, m)
  }
  tk.lines.forEach((l, li) => {
    const info = lineInfo[li]!
    if (info.colon === -1 || info.colon + 1 >= l.end) return
    if (info.kind === 'person') {
      const m = labelMention.get(tLine[l.first]!)
      if (m) markQuoted(m.person, info.colon + 1, l.end - 1)
    } else if (info.kind === 'answer' && interviewee !== -1) markQuoted(interviewee, info.colon + 1, l.end - 1)
  })
  return sorted
}

function markEyewitnesses(sorted: Mention[]): void {
  // ---- Eyewitness cues -----------------------------------------------------------------------
  // The first eyewitness cue of each sentence; a person named before it in that sentence saw it.
  emptied(cueInSentence)
  for (let k = 0; k < n; k++) {
    if (bits[k]! & B_EYE && !cueInSentence.has(tSent[k]!) && matchAt(EYEWITNESS_TRIE, tk, k))
      cueInSentence.set(tSent[k]!, k)
  }
  for (let mi = 0; mi < sorted.length; mi++) {
    const m = sorted[mi]!
    if (m.kind !== 'named' && m.kind !== 'unnamed') continue
    const cue = cueInSentence.get(tSent[m.first]!)
    if (cue !== undefined && cue >= clauseStart(m.first)) people[m.person]!.eyewitness = true
  }
}

function result(): SuggestedPerson[] {
  // ---- Result ----------------------------------------------------------------------------------
  const out: SuggestedPerson[] = []
  people.forEach((p, pi) => {
    if (excluded(pi)) return
    // Its own mentions (named, unnamed) counted and checked in one loop, no list made.
    let own = 0
    let strong = false
    for (let k = 0; k < p.mentions.length; k++) {
      const m = p.mentions[k]!
      if (m.kind !== 'named' && m.kind !== 'unnamed') continue
      own++
      if (m.hasSurname || m.head !== '' || m.roles.length > 0) strong = true
    }
    if (own === 0) return
    // Someone unnamed known only as a relative or an acquaintance, who says nothing ("ở nhờ nhà một
    // người quen"), is no person in the news.
    if (!p.named && !p.quoted && RELATIVES_UNNAMED.has(p.head)) return
    const score = p.female - p.male
    const sex: SuggestedSex = score > 0 ? 'female' : score < 0 ? 'male' : 'unknown'
    const { fn, why } = functionOf(p)
    const ordered = inTextOrder(p.mentions)
    const mentionSpans: MentionSpan[] = []
    for (let k = 0; k < ordered.length; k++) {
      const m = ordered[k]!
      mentionSpans.push(new MentionText(tStart[m.first]!, tEnd[m.last]!, text.slice(tStart[m.first]!, tEnd[m.last]!)))
    }
    const roles: string[] = []
    for (const r of p.rolePhrases) if (ROLES.has(r) || PERSON_NOUNS.has(r)) roles.push(r)
    let confidence = p.named ? (strong ? 0.9 : 0.75) : 0.7
    if (own > 1) confidence += 0.05
    const person: SuggestedPerson = new Suggestion(
      `p${out.length + 1}`,
      p.name,
      p.named,
      mentionSpans,
      sex,
      p.evidence,
      p.quoted,
      mergeSpans(p.quotes),
      fn,
      roles,
      Math.min(0.99, Math.round(confidence * 100) / 100),
    )
    if (why) person.functionEvidence = why
    out.push(person)
  })
  return out
}

/**
 * A copy of the mentions in text order, as a stable sort by first token gives it: a person's list
 * is mostly in order already (checked in one pass, then sorted only if not). Once per person: a
 * batch of pasted articles has tens of thousands.
 */
function inTextOrder(ms: Mention[]): Mention[] {
  const s = ms.slice()
  for (let k = 1; k < s.length; k++) if (s[k - 1]!.first > s[k]!.first) return s.sort((a, b) => a.first - b.first)
  return s
}

function mergeSpans(spans: Span[]): Span[] {
  const s = spans.slice()
  // Sorted (stably, by start) only when not in order already, as for the mentions.
  for (let k = 1; k < s.length; k++) if (s[k - 1]!.start > s[k]!.start) {
    s.sort((a, b) => a.start - b.start)
    break
  }
  const out: Span[] = []
  for (const x of s) {
    const last = out[out.length - 1]
    if (last && x.start <= last.end) last.end = Math.max(last.end, x.end)
    else out.push(new TextSpan(x.start, x.end))
  }
  return out
}

function rolePhraseOf(p: Person, kind: RoleKind): string | undefined {
  for (const r of p.rolePhrases) if (ROLES.get(r)?.kind === kind) return r
  return undefined
}

/** Whether one of the person's roles is of this kind (a loop: no set built per person). */
function hasRoleKind(p: Person, kind: RoleKind): boolean {
  for (let k = 0; k < p.roles.length; k++) if (p.roles[k]!.kind === kind) return true
  return false
}

function functionOf(p: Person): { fn: PersonFunction; why?: string } {
  if (p.eyewitness) return { fn: 'eyewitness', why: 'chứng kiến' }
  if (!p.quoted) {
    return { fn: 'subject' }
  }
  if (hasRoleKind(p, 'expert')) return { fn: 'expert', why: rolePhraseOf(p, 'expert') }
  if (hasRoleKind(p, 'official')) return { fn: 'spokesperson', why: rolePhraseOf(p, 'official') }
  if (hasRoleKind(p, 'victim')) return { fn: 'personalExperience', why: rolePhraseOf(p, 'victim') }
  if (hasRoleKind(p, 'accused')) return { fn: 'subject', why: rolePhraseOf(p, 'accused') }
  const voxpop = isVoxpop()
  if (voxpop || (!p.named && !p.firstPersonQuote)) return { fn: 'popularOpinion', why: voxpop ? 'vox pop' : p.name }
  if (p.firstPersonQuote) return { fn: 'personalExperience', why: 'tôi / em / mình' }
  return { fn: 'other' }
}

function sentenceIsQuestion(i: number): boolean {
  const s = tSent[i]!
  for (let k = i; k < n && tSent[k] === s && k < i + 60; k++) {
    // A question quoted after the speaker ("Một tài xế: “… ai quản?”") is the speaker's, not the sentence's.
    if (tLower[k] === '?' && (tQuote[k] === -1 || tQuote[i] !== -1)) return true
    if (tType[k] === NEWLINE) break
  }
  return false
}

/** A speech verb starting at token i, with the neighbours that rule it out. */
function speechVerbAt(i: number): PhraseMatch<boolean> | undefined {
  // A capital mid-sentence is part of a name ("Lý Quốc Bảo", "Trần Thị Kể"), not a verb.
  if (tFlags[i]! & CAP && !isSentenceStart(i)) return undefined
  // So is one opening a sentence or a turn's label when it is a surname and a capital follows
  // ("[Hứa Văn Nam, tổ trưởng]: …").
  if (tFlags[i]! & CAP && SURNAMES.has(tLower[i]!) && isCapAt(i + 1)) return undefined
  const m = matchAt(SPEECH_TRIE, tk, i)
  if (!m) return undefined
  const after = wordAt(m.last + 1)
  const before = tLower[i - 1]
  const first = tLower[i]!
  if (before === 'được' || before === 'bị') return undefined
  if (after && SPEECH_NOT_AFTER.get(m.phrase)?.has(after)) return undefined
  if (after && m.phrase === first && SPEECH_NOT_AFTER.get(first)?.has(after)) return undefined
  // Ability, not speech: "ông đã nói lại được", "bé chưa nói được".
  if (first === 'nói' && (after === 'được' || (after === 'lại' && wordAt(m.last + 2) === 'được'))) return undefined
  const beforeWord = wordAt(i - 1)
  if (beforeWord && SPEECH_NOT_BEFORE.get(m.phrase)?.has(beforeWord)) return undefined
  // Speech not (yet) given: negated, declined, intended or asked for ("từ chối trả lời", "chưa
  // phát biểu", "đăng ký tranh luận", "xin phát biểu").
  if (beforeWord && NO_SPEECH_BEFORE.has(beforeWord)) return undefined
  if (beforeWord && NO_SPEECH_BEFORE_FIRST.has(wordAt(i - 2)) && NO_SPEECH_BEFORE.has(`${wordAt(i - 2)} ${beforeWord}`)) return undefined
  return m
}
