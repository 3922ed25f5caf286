import { lookupAt } from "../numbers/clitics.js"
import { TEEN_TAIL } from "../numbers/lexicon.js"
import { WORD, type Tokens } from "../numbers/tokens.js"
import { dayMonth } from "./days.js"
import type { DateHit } from "./hit.js"
import { DAY_WORD, EQUIVALENCE, NOT_WEEKDAY_PREV, SEPARATOR, WEEKDAY_AFTER_DAY, WEEKDAY_DEFINITE } from "./lexicon.js"
import { englishDate, numericDate } from "./numeric.js"

/**
 * A weekday found at a token (0 = Sunday).
 *
 * @example
 * ```ts
 * weekdayAt(tokenize("الجمعة"), 0)?.weekday // 5
 * ```
 */
export interface WeekdayMatch {
  readonly weekday: number
  readonly first: number
  readonly cut: number
  readonly last: number
}

/**
 * The weekday at token `k`: "الخميس", "يوم الخميس" (the span includes يوم), "والخميس". Not "الأحد
 * عشر" (eleven) nor "بين الاثنين" (the two).
 *
 * @example
 * ```ts
 * weekdayAt(tokenize("يوم الخميس"), 0) // { weekday: 4, first: 0, cut: 0, last: 1 }
 * ```
 */
export const weekdayAt = (t: Tokens, k: number): WeekdayMatch | undefined => {
  if (k >= t.count || t.types[k] !== WORD) return undefined
  const w = t.words
  const x = w[k]!
  const dayCut = DAY_WORD.has(x) ? 0 : x.length > 3 && DAY_WORD.has(x.slice(1)) && "وفبل".includes(x[0]!) ? 1 : -1
  if (dayCut >= 0) {
    const wd = WEEKDAY_AFTER_DAY.get(w[k + 1] ?? "")
    return wd === undefined ? undefined : { weekday: wd, first: k, cut: dayCut, last: k + 1 }
  }
  const hit = lookupAt(WEEKDAY_DEFINITE, t, k, 3)
  if (hit === undefined) return undefined
  if (hit.value === 0 && TEEN_TAIL.has(w[k + 1] ?? "")) return undefined
  if (hit.value === 1 && k > 0 && NOT_WEEKDAY_PREV.has(w[k - 1]!)) return undefined
  return { weekday: hit.value, first: k, cut: hit.cut, last: k }
}

/**
 * A date written right after a weekday: "الجمعة 15 مارس", "الخميس، 17/12/2024", "الأحد الموافق
 * 17 مارس", "الثلاثاء (17 كانون الأول 2024)".
 *
 * @example
 * ```ts
 * afterWeekday(tokenize("الجمعة 15 مارس"), 1)?.day // 15
 * ```
 */
export const afterWeekday = (t: Tokens, k: number): DateHit | undefined => {
  let j = k
  if (SEPARATOR.has(t.words[j] ?? "")) j++
  // "الثلاثاء (17 كانون الأول 2024)": the date in parentheses, closed
  const open = t.words[j] === "("
  if (open) j++
  if (EQUIVALENCE.has(t.words[j] ?? "")) j++
  const h = numericDate(t, j) ?? dayMonth(t, j) ?? englishDate(t, j)
  if (h === undefined || !open) return h
  return t.words[h.last + 1] === ")" ? { ...h, last: h.last + 1 } : undefined
}
