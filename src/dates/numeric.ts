import { DIGITS, LATIN, type Tokens } from "../numbers/tokens.js"
import { isValidDate } from "./calendar.js"
import { dateHit, type DateHit } from "./hit.js"
import { EN_SUFFIX, SEPARATOR } from "./lexicon.js"
import { directionAt, englishMonthAt } from "./month-names.js"
import { era, yearDigits } from "./years.js"

/** Words before a day/month date without a year: "بتاريخ 15/3", "يوم 27/9". */
const DATE_WORDS: ReadonlySet<string> = new Set(["بتاريخ", "تاريخ", "يوم", "ليوم", "منذ"])

/**
 * A numeric date at token `k`: "17/12/2024", "2024-12-17", "11-12-2017" (day first unless the
 * second part cannot be a month), "5.3.2019", "٧/١٠/١٤٣٦هـ" (Hijri by its marker or its year
 * 1300–1600), month/year "12/2024", and day/month "27/9" with a direction word after it ("27/9
 * الماضي") or a word of dates before it ("بتاريخ 15/3").
 *
 * @example
 * ```ts
 * numericDate(tokenize("17/12/2024"), 0) // { granularity: "day", year: 2024, month: 12, day: 17, … }
 * ```
 */
export const numericDate = (t: Tokens, k: number): DateHit | undefined => {
  if (t.types[k] !== DIGITS) return undefined
  const w = t.words
  const sep = w[k + 1]
  if (sep !== "/" && sep !== "-" && sep !== ".") return undefined
  const glued = t.gaps[k + 1] === 0 && t.gaps[k + 2] === 0
  if ((!glued && sep !== "/") || t.types[k + 2] !== DIGITS) return undefined
  const a = w[k]!
  const b = w[k + 2]!
  const three = w[k + 3] === sep && t.types[k + 4] === DIGITS && (t.gaps[k + 3] === 0) === (t.gaps[k + 1] === 0)
  if (three) {
    const c = w[k + 4]!
    let y: number
    let mo: number
    let d: number
    if (a.length === 4) {
      y = Number(a)
      mo = Number(b)
      d = Number(c)
    } else if (c.length === 4) {
      y = Number(c)
      mo = Number(b)
      d = Number(a)
      if (mo > 12 && d <= 12) [mo, d] = [d, mo]
    } else return undefined
    if (mo < 1 || mo > 12 || d < 1 || d > 31 || b.length > 2) return undefined
    const [last, h] = era(t, k + 4)
    const hijri = h === true || (h === null && y >= 1300 && y <= 1600)
    if (!hijri && (y < 1000 || y > 2200)) return undefined
    return dateHit({ first: k, cut: 0, last, granularity: "day", calendar: hijri ? "hijri" : "gregorian", year: y, month: mo, day: d })
  }
  // "27/9 الماضي", "بتاريخ 15/3": day and month without a year, only with a direction word after
  // them or a word of dates before them (alone, "27/9" may be a ratio or a score)
  if ((sep === "/" || sep === "-") && glued && a.length <= 2 && b.length <= 2 && !(t.gaps[k + 3] === 0 && (w[k + 3] === sep || t.types[k + 3] === DIGITS))) {
    const d = Number(a)
    const mo = Number(b)
    const direction = directionAt(t, k + 3)
    // (2024: a leap year, so that 29/2 counts)
    if (isValidDate(2024, mo, d) && (direction !== null || (k > 0 && DATE_WORDS.has(w[k - 1]!)))) {
      return dateHit({ first: k, cut: 0, last: k + 2, granularity: "day", month: mo, day: d, direction })
    }
  }
  if (sep === "/" && glued && a.length <= 2 && b.length === 4) {
    const mo = Number(a)
    const y = Number(b)
    if (mo >= 1 && mo <= 12 && y >= 1900 && y <= 2100 && !(w[k + 3] === "/" && t.gaps[k + 3] === 0)) {
      return dateHit({ first: k, cut: 0, last: k + 2, granularity: "month", year: y, month: mo })
    }
  }
  return undefined
}

/**
 * An English date at token `k`: "8th, August 2023", "August 8, 2023", "8 August 2023", "August
 * 2023" (a month alone is never read: "may", "march" are words).
 *
 * @example
 * ```ts
 * englishDate(tokenize("8th, August 2023"), 0) // { granularity: "day", year: 2023, month: 8, day: 8, … }
 * ```
 */
export const englishDate = (t: Tokens, k: number): DateHit | undefined => {
  const w = t.words
  const skipSuffix = (j: number): number => (t.types[j] === LATIN && EN_SUFFIX.has(w[j]!) && t.gaps[j] === 0 ? j + 1 : j)
  const skipComma = (j: number): number => (SEPARATOR.has(w[j] ?? "") ? j + 1 : j)
  if (t.types[k] === DIGITS && w[k]!.length <= 2) {
    const m = englishMonthAt(t, skipComma(skipSuffix(k + 1)))
    if (m === undefined) return undefined
    const q = skipComma(m.last + 1)
    const y = yearDigits(t, q, 1000, 2200)
    const d = Number(w[k])
    if (y === null || d < 1 || d > 31) return undefined
    return dateHit({ first: k, cut: 0, last: q, granularity: "day", year: y, month: m.name.month, day: d })
  }
  if (t.types[k] !== LATIN) return undefined
  const m = englishMonthAt(t, k)
  if (m === undefined) return undefined
  let j = m.last + 1
  if (w[j] === ".") j++
  if (t.types[j] === DIGITS && w[j]!.length <= 2) {
    const q = skipComma(skipSuffix(j + 1))
    const y = yearDigits(t, q, 1000, 2200)
    const d = Number(w[j])
    return y !== null && d >= 1 && d <= 31 ? dateHit({ first: k, cut: 0, last: q, granularity: "day", year: y, month: m.name.month, day: d }) : undefined
  }
  j = skipComma(j)
  const y = yearDigits(t, j, 1000, 2200)
  return y === null ? undefined : dateHit({ first: k, cut: 0, last: j, granularity: "month", year: y, month: m.name.month })
}
