import type { DateModifier } from "../model/vocabulary.js"
import { lookupAt } from "../numbers/clitics.js"
import { LATIN, WORD, type Tokens } from "../numbers/tokens.js"
import { dateHit, type DateHit } from "./hit.js"
import { DIRECTION, MONTH_CTX, MONTHS, type MonthName } from "./lexicon.js"
import { yearOfStory } from "./relative-at.js"
import { yearAfter } from "./years.js"

/**
 * A month name found at a token.
 *
 * @example
 * ```ts
 * monthAt(tokenize("مايو (أيار)"), 0)?.paired // true
 * ```
 */
export interface MonthMatch {
  readonly name: MonthName
  readonly last: number
  /** Proclitic letters before the name ("وكانون" → 1). */
  readonly cut: number
  /** Written with its name in another tradition ("أيلول/سبتمبر"). */
  readonly paired: boolean
}

const monthOne = (t: Tokens, k: number, clitics: boolean): Omit<MonthMatch, "paired"> | undefined => {
  if (k >= t.count || (t.types[k] !== WORD && t.types[k] !== LATIN)) return undefined
  const w = t.words
  const hit = clitics && t.types[k] === WORD ? lookupAt(MONTHS, t, k, 2) : MONTHS.has(w[k]!) ? { value: MONTHS.get(w[k]!)!, cut: 0 } : undefined
  if (hit === undefined) return undefined
  for (const p of hit.value) {
    let ok = true
    for (let r = 0; r < p.rest.length; r++) {
      if (w[k + 1 + r] !== p.rest[r]) {
        ok = false
        break
      }
    }
    if (ok) return { name: p.name, last: k + p.rest.length, cut: hit.cut }
  }
  return undefined
}

/**
 * The month name at token `k` ("كانون الثاني", "يناير", "جانفي", "رمضان", "August"), with its
 * other-tradition name when written after it: "أيلول/سبتمبر", "سبتمبر / أيلول", "مايو (أيار)",
 * "أكتوبر تشرين الأول".
 *
 * @example
 * ```ts
 * monthAt(tokenize("أيلول/سبتمبر"), 0) // { name: { month: 9, … }, last: 2, cut: 0, paired: true }
 * ```
 */
export const monthAt = (t: Tokens, k: number): MonthMatch | undefined => {
  const m = monthOne(t, k, true)
  if (m === undefined) return undefined
  const w = t.words
  let last = m.last
  let paired = false
  const sep = w[last + 1]
  const same = (x: { name: MonthName } | undefined): boolean => x !== undefined && x.name.month === m.name.month && x.name.calendar === m.name.calendar
  if (sep === "/" || sep === "-" || sep === "(" || sep === "،" || sep === ",") {
    const m2 = monthOne(t, last + 2, false)
    if (same(m2)) {
      last = m2!.last
      paired = true
      if (sep === "(" && w[last + 1] === ")") last += 1
    }
  } else {
    const m2 = monthOne(t, last + 1, false)
    if (same(m2) && !m2!.name.english) {
      last = m2!.last
      paired = true
    }
  }
  return { name: m.name, last, cut: m.cut, paired }
}

/**
 * The English month name at token `k` (needs a day or a year around it).
 *
 * @example
 * ```ts
 * englishMonthAt(tokenize("August 2023"), 0)?.name.month // 8
 * ```
 */
export const englishMonthAt = (t: Tokens, k: number): Omit<MonthMatch, "paired"> | undefined => {
  const m = monthOne(t, k, false)
  return m !== undefined && m.name.english ? m : undefined
}

/**
 * "الماضي" (−1), "الجاري" (0), "المقبل" (+1) at token `k`, else null.
 *
 * @example
 * ```ts
 * directionAt(tokenize("مارس المقبل"), 1) // 1
 * ```
 */
export const directionAt = (t: Tokens, k: number): -1 | 0 | 1 | null => DIRECTION.get(t.words[k] ?? "") ?? null

/** Whether a month read alone is a date: unambiguous, paired, or with a context word before it. */
const accepted = (t: Tokens, m: MonthMatch, k: number, context: boolean): boolean => {
  if (m.name.english) return false
  if (m.paired || context || !m.name.ambiguous) return true
  // "رمضان المقبل", "آب الماضي": a direction word after the name makes it the month
  return (k > 0 && MONTH_CTX.has(t.words[k - 1]!)) || directionAt(t, m.last + 1) !== null
}

/**
 * A month date at token `k` (with its year when written): "كانون الثاني/يناير 2020", "تموز/يوليو",
 * "مارس الماضي". Names that are also words ("مارس", "آب") need a context word, a pair, a year or
 * a modifier. `first`/`cut` give the start of the whole phrase ("مطلع", "شهر").
 *
 * @example
 * ```ts
 * monthHit(tokenize("في تموز/يوليو"), 1, 1, 0, null, false)?.month // 7
 * ```
 */
export const monthHit = (t: Tokens, k: number, first: number, cut: number, modifier: DateModifier | null, context: boolean): DateHit | undefined => {
  const m = monthAt(t, k)
  if (m === undefined || (k !== first && m.cut !== 0) || m.name.english) return undefined
  const hijri = m.name.calendar === "hijri"
  const y = yearAfter(t, m.last + 1, hijri)
  // "مارس العام الماضي", "آذار من العام المقبل": the year told relative to publication
  const story = y === undefined ? yearOfStory(t, m.last + 1) : undefined
  if (y === undefined && story === undefined && !accepted(t, m, k, context || modifier !== null)) return undefined
  const last = story?.last ?? y?.last ?? m.last
  return dateHit({
    first,
    cut: k === first ? m.cut : cut,
    last,
    granularity: "month",
    modifier,
    calendar: hijri || y?.hijriEra === true ? "hijri" : "gregorian",
    year: y?.year ?? null,
    month: m.name.month,
    direction: y === undefined && story === undefined ? directionAt(t, last + 1) : null,
    relative: story === undefined ? null : { unit: story.offset === null ? null : "year", offset: story.offset ?? 0 }
  })
}
