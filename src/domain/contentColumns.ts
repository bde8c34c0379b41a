// Content codings in columns: typed arrays built once, so that roll-ups over a million items are
// a few tight loops over numbers instead of walks over objects. Codes are interned per list;
// codes of older rubric versions are mapped to the target version's codes while building.
//
// Layout: item i has outlet[i], day[i] (days since 1970-01-01), flags[i] (story-flag bitmask),
// kind[i], channel[i], version[i]; its people are personStart[i] … personStart[i+1]−1 in the
// person* columns, its journalists journalistStart[i] … journalistStart[i+1]−1.

import type { ContentAssessment, Sex } from './assessment'
import { CHANNELS, type Channel } from './outlet'
import { dayNumber } from './period'
import { ITEM_FLAGS, type ItemFlag } from './rubric'

/** Story flags, bit i = ITEM_FLAG_NAMES[i] (the rubric's list of item flags). */
export const ITEM_FLAG_NAMES = ITEM_FLAGS
export type ItemFlagName = ItemFlag
/** Set on items that carry speaking times. */
export const FLAG_HAS_SPEAKING = 1 << 7

/** Sex codes in columns: the index in this list (female 0, male 1, other 2, unknown 3). */
export const SEX_CODES: readonly Sex[] = ['female', 'male', 'other', 'unknown']
export const KIND_CODES = ['article', 'broadcast', 'advertisement'] as const
export const AD_RATING_CODES = ['', 'stereotyped', 'neutral', 'genderSensitive'] as const

/** Person flag bits. SOURCE is derived: quoted, or a source function (see SOURCE_FUNCTION_CODES). */
export const PERSON_QUOTED = 1
export const PERSON_PHOTOGRAPHED = 2
export const PERSON_VICTIM = 4
export const PERSON_SURVIVOR = 8
export const PERSON_FAMILY_ROLE = 16
export const PERSON_CHOSEN = 32
export const PERSON_SOURCE = 64

/** A source: quoted, or in one of these functions (GMMP: people interviewed or quoted). */
export const SOURCE_FUNCTION_CODES: readonly string[] = ['spokesperson', 'expert', 'personalExperience', 'eyewitness', 'popularOpinion']

export function sexCode(sex: string): number {
  switch (sex) {
    case 'female':
      return 0
    case 'male':
      return 1
    case 'other':
      return 2
    default:
      return 3
  }
}

export function channelCode(channel: Channel): number {
  const i = CHANNELS.indexOf(channel)
  return i < 0 ? 0 : i
}

/** A growable list of interned codes. */
export class CodeDictionary {
  readonly codes: string[] = []
  private readonly index = new Map<string, number>()
  constructor(initial: readonly string[] = []) {
    for (const code of initial) this.intern(code)
  }
  intern(code: string): number {
    let i = this.index.get(code)
    if (i === undefined) {
      i = this.codes.length
      this.codes.push(code)
      this.index.set(code, i)
    }
    return i
  }
  indexOf(code: string): number {
    return this.index.get(code) ?? -1
  }
}

export interface ContentColumns {
  size: number
  outletIds: string[]
  outlet: Uint32Array
  day: Int32Array
  flags: Uint8Array
  kind: Uint8Array
  channel: Uint8Array
  /** Index into `versions` ("rubricId@version"). */
  version: Uint8Array
  versions: string[]
  personStart: Uint32Array
  personSex: Uint8Array
  personFunction: Uint16Array
  personOccupation: Uint16Array
  personFlags: Uint8Array
  journalistStart: Uint32Array
  journalistSex: Uint8Array
  journalistRole: Uint8Array
  /** 4 per item (female, male, other, unknown seconds); zeros where FLAG_HAS_SPEAKING is unset. */
  speaking: Float32Array
  /** Index into AD_RATING_CODES (0 = not an ad / not rated). */
  adRating: Uint8Array
  /** Bitmask over adRoleCodes (first 32 codes) of roles women are shown in. */
  adWomenRoles: Uint32Array
  functionCodes: string[]
  occupationCodes: string[]
  journalistRoleCodes: string[]
  adRoleCodes: string[]
  /** Items left out while building (e.g. an unreadable date), with why. */
  skipped?: { id: string; reason: string }[]
}

/** What adoption needs of the content items: each item's outlet row, publication day and channel. */
export type DatedItems = Pick<ContentColumns, 'size' | 'outletIds' | 'outlet' | 'day' | 'channel'>

/** The day of an item whose date is not YYYY-MM-DD (no real day is this far back). */
export const UNREADABLE_DAY = -0x80000000

/**
 * What adoption needs of a run of items (one page), in columns: cheap to store beside each page
 * and to read back (a typed array is cloned as one block, where strings are cloned one by one).
 */
export interface ItemFactColumns {
  /** Publication day (dayNumber), UNREADABLE_DAY when the date does not parse. */
  day: Int32Array
  /** channelCode of the item's channel. */
  channel: Uint8Array
  /** 1 when the item's coding is complete (only those count). */
  complete: Uint8Array
  /** Index into `rubrics`. */
  rubric: Uint8Array
  /** The rubric versions of these items, "rubricId@version", each once. */
  rubrics: string[]
}

/** The fact columns of the given items, in their order (at most 256 rubric versions among them). */
export function itemFactColumns(items: readonly Pick<ContentAssessment, 'date' | 'channel' | 'status' | 'rubricId' | 'rubricVersion'>[]): ItemFactColumns {
  const n = items.length
  const columns: ItemFactColumns = { day: new Int32Array(n), channel: new Uint8Array(n), complete: new Uint8Array(n), rubric: new Uint8Array(n), rubrics: [] }
  const rubrics = new CodeDictionary()
  for (let i = 0; i < n; i++) {
    const item = items[i]!
    let d: number
    try {
      d = dayNumber(item.date)
    } catch {
      d = UNREADABLE_DAY
    }
    columns.day[i] = d
    columns.channel[i] = channelCode(item.channel)
    columns.complete[i] = item.status === 'complete' ? 1 : 0
    const r = rubrics.intern(`${item.rubricId}@${item.rubricVersion}`)
    if (r > 255) throw new RangeError('more than 256 rubric versions among one page of items')
    columns.rubric[i] = r
  }
  columns.rubrics = rubrics.codes
  return columns
}

/**
 * The dated items of the given fact columns, with the rules buildContentColumns applies (complete
 * items only, an unreadable date left out) and prepareEngine's (a rubric version not known is left
 * out), so adoption computed from them equals adoption computed from the whole items.
 */
export function datedItemsFromFacts(
  outletIds: readonly string[],
  groups: readonly ({ outletId: string } & ItemFactColumns)[],
  knownRubrics: ReadonlySet<string>,
): DatedItems {
  const outlets = new CodeDictionary(outletIds)
  let total = 0
  for (const g of groups) total += g.day.length
  const outlet = new Uint32Array(total)
  const day = new Int32Array(total)
  const channel = new Uint8Array(total)
  let n = 0
  for (const g of groups) {
    const row = outlets.intern(g.outletId)
    const known = new Uint8Array(Math.max(1, g.rubrics.length))
    for (let r = 0; r < g.rubrics.length; r++) known[r] = knownRubrics.has(g.rubrics[r]!) ? 1 : 0
    const { day: gDay, channel: gChannel, complete, rubric } = g
    for (let i = 0; i < gDay.length; i++) {
      const d = gDay[i]!
      if (complete[i] !== 1 || known[rubric[i]!] !== 1 || d === UNREADABLE_DAY) continue
      outlet[n] = row
      day[n] = d
      channel[n] = gChannel[i]!
      n++
    }
  }
  return { size: n, outletIds: outlets.codes, outlet: outlet.subarray(0, n), day: day.subarray(0, n), channel: channel.subarray(0, n) }
}

/** Maps a code of an item's rubric version to the target version's code ('' = retired). */
export type CodeMapper = (versionKey: string, list: 'function' | 'occupation' | 'adRole' | 'journalistRole', code: string) => string

export interface BuildOptions {
  /** Outlet ids to index first, in this order (the register); others are appended. */
  outletIds?: readonly string[]
  /** Codes interned first, so indices are stable (e.g. the target rubric's lists). */
  functionCodes?: readonly string[]
  occupationCodes?: readonly string[]
  journalistRoleCodes?: readonly string[]
  adRoleCodes?: readonly string[]
  mapCode?: CodeMapper
  /** The version key ("rubricId@version") whose codes are already the target's: no mapping. */
  targetVersion?: string
  /** Drafts are left out unless asked for: only complete codings count. */
  includeDrafts?: boolean
}

function grow<T extends Uint8Array | Uint16Array | Uint32Array | Int32Array | Float32Array>(arr: T, need: number): T {
  if (need <= arr.length) return arr
  let size = arr.length * 2
  while (size < need) size *= 2
  const next = new (arr.constructor as new (n: number) => T)(size)
  next.set(arr)
  return next
}

/** Appends content assessments to columns; call finish() once. */
export class ColumnsBuilder {
  private n = 0
  private p = 0
  private j = 0
  private readonly outletDict: CodeDictionary
  private readonly versionDict = new CodeDictionary()
  private readonly fnDict: CodeDictionary
  private readonly occDict: CodeDictionary
  private readonly roleDict: CodeDictionary
  private readonly adRoleDict: CodeDictionary
  private outlet: Uint32Array
  private day: Int32Array
  private flags: Uint8Array
  private kind: Uint8Array
  private channel: Uint8Array
  private version: Uint8Array
  private personStart: Uint32Array
  private personSex: Uint8Array
  private personFunction: Uint16Array
  private personOccupation: Uint16Array
  private personFlags: Uint8Array
  private journalistStart: Uint32Array
  private journalistSex: Uint8Array
  private journalistRole: Uint8Array
  private speaking: Float32Array
  private adRating: Uint8Array
  private adWomenRoles: Uint32Array
  private readonly sourceFn: Set<number>
  /** Items skipped, with why (bad date, …): reported, never silent. */
  readonly skipped: { id: string; reason: string }[] = []

  constructor(
    private readonly options: BuildOptions = {},
    capacity = 1024,
  ) {
    const c = Math.max(16, capacity)
    this.outletDict = new CodeDictionary(options.outletIds ?? [])
    this.fnDict = new CodeDictionary(options.functionCodes ?? [])
    this.occDict = new CodeDictionary(options.occupationCodes ?? [])
    this.roleDict = new CodeDictionary(options.journalistRoleCodes ?? [])
    this.adRoleDict = new CodeDictionary(options.adRoleCodes ?? [])
    this.sourceFn = new Set(SOURCE_FUNCTION_CODES.map((code) => this.fnDict.intern(code)))
    this.outlet = new Uint32Array(c)
    this.day = new Int32Array(c)
    this.flags = new Uint8Array(c)
    this.kind = new Uint8Array(c)
    this.channel = new Uint8Array(c)
    this.version = new Uint8Array(c)
    this.personStart = new Uint32Array(c + 1)
    this.personSex = new Uint8Array(c * 3)
    this.personFunction = new Uint16Array(c * 3)
    this.personOccupation = new Uint16Array(c * 3)
    this.personFlags = new Uint8Array(c * 3)
    this.journalistStart = new Uint32Array(c + 1)
    this.journalistSex = new Uint8Array(c * 2)
    this.journalistRole = new Uint8Array(c * 2)
    this.speaking = new Float32Array(c * 4)
    this.adRating = new Uint8Array(c)
    this.adWomenRoles = new Uint32Array(c)
  }

  get size(): number {
    return this.n
  }

  add(item: ContentAssessment): boolean {
    if (item.status !== 'complete' && !this.options.includeDrafts) return false
    let d: number
    try {
      d = dayNumber(item.date)
    } catch {
      this.skipped.push({ id: item.id, reason: `date '${item.date}' is not YYYY-MM-DD` })
      return false
    }
    const i = this.n
    const need = i + 1
    if (need > this.outlet.length) {
      this.outlet = grow(this.outlet, need)
      this.day = grow(this.day, need)
      this.flags = grow(this.flags, need)
      this.kind = grow(this.kind, need)
      this.channel = grow(this.channel, need)
      this.version = grow(this.version, need)
      this.adRating = grow(this.adRating, need)
      this.adWomenRoles = grow(this.adWomenRoles, need)
      this.speaking = grow(this.speaking, need * 4)
      this.personStart = grow(this.personStart, need + 1)
      this.journalistStart = grow(this.journalistStart, need + 1)
    }
    const versionKey = `${item.rubricId}@${item.rubricVersion}`
    const map = versionKey === this.options.targetVersion ? undefined : this.options.mapCode
    this.outlet[i] = this.outletDict.intern(item.outletId)
    this.day[i] = d
    const s = item.story
    let f = 0
    if (s.aboutWomen) f |= 1
    if (s.womenConcerns) f |= 2
    if (s.stereotypeOvert) f |= 4
    if (s.stereotypeSubtle) f |= 8
    if (s.challengesStereotypes) f |= 16
    if (s.refersToLaw) f |= 32
    if (s.highlightsInequality) f |= 64
    const sp = item.speakingSeconds
    if (sp) {
      f |= FLAG_HAS_SPEAKING
      const b = i * 4
      this.speaking[b] = finite(sp.female)
      this.speaking[b + 1] = finite(sp.male)
      this.speaking[b + 2] = finite(sp.other)
      this.speaking[b + 3] = finite(sp.unknown)
    }
    this.flags[i] = f
    this.kind[i] = item.kind === 'broadcast' ? 1 : item.kind === 'advertisement' ? 2 : 0
    this.channel[i] = channelCode(item.channel)
    this.version[i] = this.versionDict.intern(versionKey)
    if (item.ad) {
      this.adRating[i] = item.ad.rating === 'stereotyped' ? 1 : item.ad.rating === 'neutral' ? 2 : 3
      let mask = 0
      for (const role of item.ad.womenRoles) {
        const code = map ? map(versionKey, 'adRole', role) : role
        if (code === '') continue
        const r = this.adRoleDict.intern(code)
        if (r < 32) mask |= 1 << r
      }
      this.adWomenRoles[i] = mask >>> 0
    }

    const people = item.people
    const pNeed = this.p + people.length
    if (pNeed > this.personSex.length) {
      this.personSex = grow(this.personSex, pNeed)
      this.personFunction = grow(this.personFunction, pNeed)
      this.personOccupation = grow(this.personOccupation, pNeed)
      this.personFlags = grow(this.personFlags, pNeed)
    }
    this.personStart[i] = this.p
    for (const person of people) {
      const k = this.p++
      const fnCode = map ? map(versionKey, 'function', person.function) : person.function
      const occCode = map ? map(versionKey, 'occupation', person.occupation) : person.occupation
      const fn = this.fnDict.intern(fnCode === '' ? 'unknown' : fnCode)
      this.personSex[k] = sexCode(person.sex)
      this.personFunction[k] = fn
      this.personOccupation[k] = this.occDict.intern(occCode === '' ? 'unknown' : occCode)
      let pf = 0
      if (person.quoted) pf |= PERSON_QUOTED
      if (person.photographed) pf |= PERSON_PHOTOGRAPHED
      if (person.victim) pf |= PERSON_VICTIM
      if (person.survivor) pf |= PERSON_SURVIVOR
      if (person.familyRole) pf |= PERSON_FAMILY_ROLE
      if (person.chosenByNewsroom) pf |= PERSON_CHOSEN
      if (person.quoted || this.sourceFn.has(fn)) pf |= PERSON_SOURCE
      this.personFlags[k] = pf
    }
    const journalists = item.journalists
    const jNeed = this.j + journalists.length
    if (jNeed > this.journalistSex.length) {
      this.journalistSex = grow(this.journalistSex, jNeed)
      this.journalistRole = grow(this.journalistRole, jNeed)
    }
    this.journalistStart[i] = this.j
    for (const journalist of journalists) {
      const k = this.j++
      const role = map ? map(versionKey, 'journalistRole', journalist.role) : journalist.role
      this.journalistSex[k] = sexCode(journalist.sex)
      this.journalistRole[k] = Math.min(255, this.roleDict.intern(role === '' ? 'other' : role))
    }
    this.n = i + 1
    return true
  }

  finish(): ContentColumns {
    const n = this.n
    this.personStart[n] = this.p
    this.journalistStart[n] = this.j
    return {
      size: n,
      outletIds: this.outletDict.codes,
      outlet: this.outlet.subarray(0, n),
      day: this.day.subarray(0, n),
      flags: this.flags.subarray(0, n),
      kind: this.kind.subarray(0, n),
      channel: this.channel.subarray(0, n),
      version: this.version.subarray(0, n),
      versions: this.versionDict.codes,
      personStart: this.personStart.subarray(0, n + 1),
      personSex: this.personSex.subarray(0, this.p),
      personFunction: this.personFunction.subarray(0, this.p),
      personOccupation: this.personOccupation.subarray(0, this.p),
      personFlags: this.personFlags.subarray(0, this.p),
      journalistStart: this.journalistStart.subarray(0, n + 1),
      journalistSex: this.journalistSex.subarray(0, this.j),
      journalistRole: this.journalistRole.subarray(0, this.j),
      speaking: this.speaking.subarray(0, n * 4),
      adRating: this.adRating.subarray(0, n),
      adWomenRoles: this.adWomenRoles.subarray(0, n),
      functionCodes: this.fnDict.codes,
      occupationCodes: this.occDict.codes,
      journalistRoleCodes: this.roleDict.codes,
      adRoleCodes: this.adRoleDict.codes,
      skipped: this.skipped,
    }
  }
}

function finite(x: number): number {
  return Number.isFinite(x) && x > 0 ? x : 0
}

export function buildContentColumns(items: Iterable<ContentAssessment>, options: BuildOptions = {}): ContentColumns {
  const builder = new ColumnsBuilder(options, Array.isArray(items) ? items.length : 1024)
  for (const item of items) builder.add(item)
  return builder.finish()
}
