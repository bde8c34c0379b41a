// One pass over the content columns → per-outlet counts from which every Category B metric is
// read (see indicatorValues.ts). Counts by sex are stored as 4 consecutive ints: female, male,
// other, unknown (SEX_CODES order).

import {
  FLAG_HAS_SPEAKING,
  ITEM_FLAG_NAMES,
  PERSON_SOURCE,
  type ContentColumns,
  type DatedItems,
} from './contentColumns'

export interface ContentCube {
  outletIds: string[]
  /** Function / occupation / journalist-role / ad-role code lists (indices of the *By* tables). */
  functionCodes: string[]
  occupationCodes: string[]
  journalistRoleCodes: string[]
  adRoleCodes: string[]
  versions: string[]
  items: Int32Array
  /** [outlet * 7 + flag] items with the story flag. */
  flagCounts: Int32Array
  /** [outlet * 4 + sex] */
  people: Int32Array
  sources: Int32Array
  /** [(outlet * F + function) * 4 + sex] */
  peopleByFunction: Int32Array
  sourcesByFunction: Int32Array
  /** [(outlet * Oc + occupation) * 4 + sex] */
  peopleByOccupation: Int32Array
  /** [(outlet * R + role) * 4 + sex] */
  journalists: Int32Array
  /** [outlet * 4 + sex] seconds; speakingItems = items with speaking times. */
  speaking: Float64Array
  speakingItems: Int32Array
  /** Ads rated; [outlet * 4 + rating] ads by rating (AD_RATING_CODES). */
  ads: Int32Array
  adRatings: Int32Array
  /** [outlet * 32 + role] ads showing women in the role. */
  adWomenRoles: Int32Array
  /** [outlet * V + version] items by rubric version. */
  itemsByVersion: Int32Array
}

/**
 * Aggregates the items dated fromDay…toDay (day numbers, inclusive), optionally of one outlet only.
 * Loops over typed arrays only: no objects are created per item.
 */
export function aggregateContent(cols: ContentColumns, fromDay: number, toDay: number, onlyOutlet = -1): ContentCube {
  const O = cols.outletIds.length
  const F = Math.max(1, cols.functionCodes.length)
  const OC = Math.max(1, cols.occupationCodes.length)
  const R = Math.max(1, cols.journalistRoleCodes.length)
  const V = Math.max(1, cols.versions.length)
  const items = new Int32Array(O)
  const flagCounts = new Int32Array(O * 7)
  const people = new Int32Array(O * 4)
  const sources = new Int32Array(O * 4)
  const peopleByFunction = new Int32Array(O * F * 4)
  const sourcesByFunction = new Int32Array(O * F * 4)
  const peopleByOccupation = new Int32Array(O * OC * 4)
  const journalists = new Int32Array(O * R * 4)
  const speaking = new Float64Array(O * 4)
  const speakingItems = new Int32Array(O)
  const ads = new Int32Array(O)
  const adRatings = new Int32Array(O * 4)
  const adWomenRoles = new Int32Array(O * 32)
  const itemsByVersion = new Int32Array(O * V)

  const { outlet, day, flags, version, personStart, personSex, personFunction, personOccupation, personFlags } = cols
  const { journalistStart, journalistSex, journalistRole, adRating, adWomenRoles: adMask } = cols
  const spk = cols.speaking
  const n = cols.size
  for (let i = 0; i < n; i++) {
    const d = day[i]!
    if (d < fromDay || d > toDay) continue
    const o = outlet[i]!
    if (onlyOutlet >= 0 && o !== onlyOutlet) continue
    items[o]!++
    itemsByVersion[o * V + version[i]!]!++
    const f = flags[i]!
    if (f !== 0) {
      const fb = o * 7
      if (f & 1) flagCounts[fb]!++
      if (f & 2) flagCounts[fb + 1]!++
      if (f & 4) flagCounts[fb + 2]!++
      if (f & 8) flagCounts[fb + 3]!++
      if (f & 16) flagCounts[fb + 4]!++
      if (f & 32) flagCounts[fb + 5]!++
      if (f & 64) flagCounts[fb + 6]!++
      if (f & FLAG_HAS_SPEAKING) {
        speakingItems[o]!++
        const sb = i * 4
        const ob = o * 4
        speaking[ob] = speaking[ob]! + spk[sb]!
        speaking[ob + 1] = speaking[ob + 1]! + spk[sb + 1]!
        speaking[ob + 2] = speaking[ob + 2]! + spk[sb + 2]!
        speaking[ob + 3] = speaking[ob + 3]! + spk[sb + 3]!
      }
    }
    const rating = adRating[i]!
    if (rating !== 0) {
      ads[o]!++
      adRatings[o * 4 + rating]!++
      let mask = adMask[i]!
      const rb = o * 32
      for (let r = 0; mask !== 0; r++, mask >>>= 1) if (mask & 1) adWomenRoles[rb + r]!++
    }
    const pEnd = personStart[i + 1]!
    const ob4 = o * 4
    const fnBase = o * F
    const occBase = o * OC
    for (let k = personStart[i]!; k < pEnd; k++) {
      const s = personSex[k]!
      people[ob4 + s]!++
      const fi = (fnBase + personFunction[k]!) * 4 + s
      peopleByFunction[fi]!++
      peopleByOccupation[(occBase + personOccupation[k]!) * 4 + s]!++
      if (personFlags[k]! & PERSON_SOURCE) {
        sources[ob4 + s]!++
        sourcesByFunction[fi]!++
      }
    }
    const jEnd = journalistStart[i + 1]!
    const jb = o * R
    for (let k = journalistStart[i]!; k < jEnd; k++) journalists[(jb + journalistRole[k]!) * 4 + journalistSex[k]!]!++
  }
  return {
    outletIds: cols.outletIds,
    functionCodes: cols.functionCodes,
    occupationCodes: cols.occupationCodes,
    journalistRoleCodes: cols.journalistRoleCodes,
    adRoleCodes: cols.adRoleCodes,
    versions: cols.versions,
    items,
    flagCounts,
    people,
    sources,
    peopleByFunction,
    sourcesByFunction,
    peopleByOccupation,
    journalists,
    speaking,
    speakingItems,
    ads,
    adRatings,
    adWomenRoles,
    itemsByVersion,
  }
}

export const FLAG_INDEX: Readonly<Record<string, number>> = Object.fromEntries(ITEM_FLAG_NAMES.map((name, i) => [name, i]))

/**
 * Per-outlet daily item counts as prefix sums, for the adoption windows: items of outlet o on days
 * a…b (inclusive) = total[o*(D+1) + b−from+1] − total[o*(D+1) + a−from]. Channels matter only per
 * calendar quarter (the official rule), so they get a small per-quarter table instead.
 */
export interface DailyCounts {
  fromDay: number
  /** Number of days covered. */
  days: number
  outlets: number
  total: Int32Array
  /** Quarter index (period.ts quarterIndex) of the first quarter in `byQuarterChannel`. */
  fromQuarter: number
  quarters: number
  /** [(outlet * quarters + quarter − fromQuarter) * 4 + channel] */
  byQuarterChannel: Int32Array
}

/** Quarter index (quarters since 1970-Q1) of a day number, without strings. */
export function quarterIndexOfDay(day: number): number {
  // civil_from_days, year and month only
  const z = day + 719468
  const era = Math.floor(z / 146097)
  const doe = z - era * 146097
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365)
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const m = mp < 10 ? mp + 3 : mp - 9
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0)
  return (y - 1970) * 4 + Math.floor((m - 1) / 3)
}

export function dailyCounts(cols: DatedItems, fromDay: number, toDay: number): DailyCounts {
  const O = cols.outletIds.length
  const D = Math.max(0, toDay - fromDay + 1)
  const W = D + 1
  const total = new Int32Array(O * W)
  const fromQuarter = quarterIndexOfDay(fromDay)
  const quarters = quarterIndexOfDay(Math.max(fromDay, toDay)) - fromQuarter + 1
  const byQuarterChannel = new Int32Array(O * quarters * 4)
  // quarter of each day offset, computed once per day rather than per item
  const quarterOfOffset = new Int32Array(D)
  for (let x = 0; x < D; x++) quarterOfOffset[x] = quarterIndexOfDay(fromDay + x) - fromQuarter
  const { outlet, day, channel } = cols
  const n = cols.size
  for (let i = 0; i < n; i++) {
    const d = day[i]!
    if (d < fromDay || d > toDay) continue
    const o = outlet[i]!
    const x = d - fromDay
    total[o * W + x + 1]!++
    byQuarterChannel[(o * quarters + quarterOfOffset[x]!) * 4 + channel[i]!]!++
  }
  for (let o = 0; o < O; o++) {
    const b = o * W
    let acc = 0
    for (let x = 1; x < W; x++) {
      acc += total[b + x]!
      total[b + x] = acc
    }
  }
  return { fromDay, days: D, outlets: O, total, fromQuarter, quarters, byQuarterChannel }
}

/** Items of outlet `o` on days a…b inclusive (clamped to the table). */
export function countInDays(dc: DailyCounts, o: number, a: number, b: number): number {
  const lo = Math.max(0, a - dc.fromDay)
  const hi = Math.min(dc.days, b - dc.fromDay + 1)
  if (hi <= lo || o < 0 || o >= dc.outlets) return 0
  const base = o * (dc.days + 1)
  return dc.total[base + hi]! - dc.total[base + lo]!
}

/** Items of outlet `o` on channel index `channel` (CHANNELS order) in quarter index `quarter`. */
export function countInQuarter(dc: DailyCounts, o: number, quarter: number, channel: number): number {
  const q = quarter - dc.fromQuarter
  if (q < 0 || q >= dc.quarters || o < 0 || o >= dc.outlets) return 0
  return dc.byQuarterChannel[(o * dc.quarters + q) * 4 + channel]!
}
