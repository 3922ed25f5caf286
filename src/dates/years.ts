import type { DateModifier } from "../model/vocabulary.js"
import { lookupAt } from "../numbers/clitics.js"
import { CARDINALS } from "../numbers/lexicon.js"
import { DIGITS, WORD, type Tokens } from "../numbers/tokens.js"
import { matchUnitWords } from "../numbers/units-lexicon.js"
import { dateHit, type DateHit } from "./hit.js"
import { GREGORIAN_ERA_WORDS, HIJRI_ERA_WORDS, SEPARATOR, YEAR_WORD } from "./lexicon.js"

const NUMBER_GLUE = new Set([".", "/", ":", ",", "ر"])

/**
 * The year written at token `k` (3–4 digits within [min, max]), or null; digits glued to a
 * decimal, a time or another number ("3.2014", "10:2014") are not a year.
 *
 * @example
 * ```ts
 * yearDigits(tokenize("عام 2014"), 1, 1900, 2100) // 2014
 * ```
 */
export const yearDigits = (t: Tokens, k: number, min: number, max: number): number | null => {
  if (k >= t.count || t.types[k] !== DIGITS) return null
  const w = t.words
  const s = w[k]!
  if (s.length < 3 || s.length > 4) return null
  if (NUMBER_GLUE.has(w[k + 1] ?? "") && t.gaps[k + 1] === 0 && t.types[k + 2] === DIGITS && t.gaps[k + 2] === 0) return null
  if (k > 1 && t.gaps[k] === 0 && (NUMBER_GLUE.has(w[k - 1]!) || w[k - 1] === "-") && t.types[k - 2] === DIGITS) return null
  const v = Number(s)
  return v >= min && v <= max ? v : null
}

/**
 * An era marker after the year at token `k`: the last token of the year phrase and whether the
 * marker is Hijri (true), Gregorian (false) or absent (null).
 *
 * @example
 * ```ts
 * era(tokenize("1445 هـ"), 0) // [1, true]
 * ```
 */
export const era = (t: Tokens, k: number): [number, boolean | null] => {
  const x = t.words[k + 1]
  if (x !== undefined && t.types[k + 1] === WORD) {
    if (HIJRI_ERA_WORDS.has(x)) return [k + 1, true]
    if (GREGORIAN_ERA_WORDS.has(x)) return [k + 1, false]
  }
  return [k, null]
}

/**
 * Whether the number at token `k` is followed by a unit, a scale or "%" ("في 2000 جندي"): then it
 * counts something and is not a year.
 *
 * @example
 * ```ts
 * followedByUnit(tokenize("في 2000 جندي"), 1) // true
 * followedByUnit(tokenize("في 2019 طلب الرئيس"), 1) // false: طلب does not agree with 2019
 * ```
 */
export const followedByUnit = (t: Tokens, k: number): boolean => {
  const x = t.words[k + 1]
  if (x === undefined) return false
  if (x === "%") return true
  if (t.types[k + 1] !== WORD || GREGORIAN_ERA_WORDS.has(x) || HIJRI_ERA_WORDS.has(x)) return false
  const c = CARDINALS.get(x)
  if (c !== undefined && (c.role === "scale" || c.role === "scales" || c.role === "dual")) return true
  const u = matchUnitWords(t.words, k + 1)
  if (u === undefined || u.sense.definite) return false
  // the noun's form must agree with the number: after 2019 it is accusative ("2019 جنديا"), after
  // 2005 plural, after 2000 genitive ("2000 جندي"). "في 2019 طلب الرئيس": طلب cannot count 2019,
  // so it is the verb after a year.
  const n = Number(t.words[k])
  if (!Number.isInteger(n)) return true
  const r = n % 100
  const accusative = x.endsWith("ا")
  if (u.sense.number === "sg") return accusative ? r >= 11 : r <= 2
  if (u.sense.number === "pl") return r >= 3 && r <= 10
  return u.sense.number !== "du"
}

/**
 * The year written after a month at token `k`: "2020", "، 2020", "العام 2021", "من عام 2019",
 * "1445 هـ".
 *
 * @example
 * ```ts
 * yearAfter(tokenize("مارس من العام 2019"), 1, false)?.year // 2019
 * ```
 */
export const yearAfter = (t: Tokens, k: number, hijri: boolean): { year: number; last: number; hijriEra: boolean | null } | undefined => {
  const w = t.words
  let j = k
  if (SEPARATOR.has(w[j] ?? "")) j++
  if (w[j] === "من") j++
  if (j < t.count && t.types[j] === WORD && lookupAt(YEAR_WORD, t, j, 2) !== undefined) j++
  const y = yearDigits(t, j, hijri ? 1 : 1000, hijri ? 1700 : 2200)
  if (y === null) return undefined
  const [last, h] = era(t, j)
  return { year: y, last, hijriEra: h }
}

/**
 * A year after a year word at token `k`: "عام 2014", "العام 2017", "سنة 2022", "عامي 2019".
 * `first`/`cut` give the start of the whole phrase (a modifier may come first).
 *
 * @example
 * ```ts
 * yearWordHit(tokenize("عام 2014"), 0, 0, 0, null)?.year // 2014
 * ```
 */
export const yearWordHit = (t: Tokens, k: number, first: number, cut: number, modifier: DateModifier | null): DateHit | undefined => {
  if (k >= t.count || t.types[k] !== WORD) return undefined
  const yw = lookupAt(YEAR_WORD, t, k, 2)
  if (yw === undefined) return undefined
  const y = yearDigits(t, k + 1, 1000, 2200) ?? yearDigits(t, k + 1, 1, 999)
  if (y === null || followedByUnit(t, k + 1)) return undefined
  const [last, h] = era(t, k + 1)
  if (y < 1000 && h === null) return undefined
  return dateHit({ first, cut: k === first ? yw.cut : cut, last, granularity: "year", modifier, year: y, calendar: h === true ? "hijri" : "gregorian" })
}

/**
 * Whether a word joins two years or two numbers of a range: "و", "-", "إلى", "حتى" (normalized).
 *
 * @example
 * ```ts
 * isYearLink("الي") // true: "2019 إلى 2021"
 * ```
 */
export const isYearLink = (w: string | undefined): boolean => w === "و" || w === "-" || w === "الي" || w === "حتي"

/**
 * Appends the years that continue a year hit: "2019 و2021", "2019-2021", "2019 إلى 2021".
 *
 * @example
 * ```ts
 * const all = [first]
 * moreYears(tokenize("بين 2019 و2021"), first, all) // all now holds 2019 and 2021
 * ```
 */
export const moreYears = (t: Tokens, prev: DateHit, into: Array<DateHit>): void => {
  const w = t.words
  let h = prev
  for (;;) {
    const k = h.last + 1
    const link = w[k]
    if (!isYearLink(link)) return
    const y = link === "-" ? (t.types[k + 1] === DIGITS && w[k + 1]!.length === 4 ? Number(w[k + 1]) : null) : yearDigits(t, k + 1, 1000, 2200)
    if (y === null || y > 2200 || followedByUnit(t, k + 1) || (link === "-" && y <= (h.year ?? 0))) return
    const [last, hj] = era(t, k + 1)
    const next = dateHit({ first: k + 1, cut: 0, last, granularity: "year", year: y, calendar: hj === true ? "hijri" : "gregorian" })
    into.push(next)
    h = next
  }
}

/**
 * Years written at a digit token on their own: a span "2024-2028" / "2019/2020" (both ends
 * 1900–2100, increasing) or a year with its era marker ("2014م", "1445 هـ").
 *
 * @example
 * ```ts
 * yearsAtDigits(tokenize("2024-2028"), 0).length // 2
 * ```
 */
export const yearsAtDigits = (t: Tokens, i: number): Array<DateHit> => {
  const w = t.words
  const y0 = w[i]!.length === 4 ? Number(w[i]) : NaN
  if (y0 >= 1900 && y0 <= 2100 && (w[i + 1] === "-" || w[i + 1] === "/") && t.types[i + 2] === DIGITS && w[i + 2]!.length === 4) {
    const y1 = Number(w[i + 2])
    if (y1 > y0 && y1 <= 2100 && w[i + 3] !== "-" && w[i + 3] !== "/") {
      return [dateHit({ first: i, cut: 0, last: i, granularity: "year", year: y0 }), dateHit({ first: i + 2, cut: 0, last: i + 2, granularity: "year", year: y1 })]
    }
  }
  const y = yearDigits(t, i, 1, 2200)
  if (y !== null) {
    const [last, hj] = era(t, i)
    if (hj !== null && (hj || y >= 1000)) return [dateHit({ first: i, cut: 0, last, granularity: "year", year: y, calendar: hj ? "hijri" : "gregorian" })]
  }
  return []
}
