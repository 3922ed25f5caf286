import { normalizeText } from "../normalize/normalize.js"
import { GREGORIAN_MONTHS, HIJRI_MONTHS, WEEKDAYS } from "./data/months.js"

const key = (s: string): string => normalizeText(s, "match").toLowerCase()

const build = (lists: ReadonlyArray<ReadonlyArray<string>>): ReadonlyMap<string, number> => {
  const map = new Map<string, number>()
  lists.forEach((forms, i) => forms.forEach((f) => map.set(key(f), i + 1)))
  return map
}

const GREGORIAN = build(GREGORIAN_MONTHS.map((m) => [...m.gulf, ...m.levant, ...m.maghreb, ...m.english]))
const HIJRI = build(HIJRI_MONTHS)
const WEEKDAY = build(WEEKDAYS)

/**
 * The Gregorian month number (1–12) of a month name in any of the Arabic naming traditions or
 * English, or undefined. Alef/hamza and case variants are accepted.
 *
 * @example
 * ```ts
 * import { gregorianMonthOf } from "akhbar"
 * gregorianMonthOf("أيلول") // 9
 * gregorianMonthOf("اغسطس") // 8
 * gregorianMonthOf("August") // 8
 * ```
 */
export const gregorianMonthOf = (name: string): number | undefined => GREGORIAN.get(key(name))

/**
 * The Hijri month number (1–12) of a month name, or undefined.
 *
 * @example
 * ```ts
 * import { hijriMonthOf } from "akhbar"
 * hijriMonthOf("رمضان") // 9
 * ```
 */
export const hijriMonthOf = (name: string): number | undefined => HIJRI.get(key(name))

/**
 * The weekday (0 = Sunday … 6 = Saturday) of a weekday name, or undefined.
 *
 * @example
 * ```ts
 * import { weekdayOf } from "akhbar"
 * weekdayOf("الثلاثاء") // 2
 * ```
 */
export const weekdayOf = (name: string): number | undefined => {
  const m = WEEKDAY.get(key(name))
  return m === undefined ? undefined : m - 1
}

/**
 * Every Gregorian month form (match-normalized), longest first, for building patterns.
 *
 * @example
 * ```ts
 * gregorianMonthForms()[0] // the longest form, e.g. "تشرين الثاني"
 * ```
 */
export const gregorianMonthForms = (): ReadonlyArray<string> => [...GREGORIAN.keys()].sort((a, b) => b.length - a.length)
