import { lookupAt } from "../numbers/clitics.js"
import { readNumeral } from "../numbers/numeral.js"
import { DIGITS, WORD, type Tokens } from "../numbers/tokens.js"
import { matchUnitWords, type UnitMatch } from "../numbers/units-lexicon.js"
import { dateHit, type DateHit, type RelativeUnit } from "./hit.js"
import { AGO, NARRATIVE, RELATIVE, SAME_YEAR } from "./lexicon.js"
import { dateRoles, R_MONTH, R_WEEKDAY } from "./roles.js"

/**
 * A relative expression found at a token.
 *
 * @example
 * ```ts
 * relativeAt(tokenize("أمس"), 0)?.offset // -1
 * ```
 */
export interface RelativeMatch {
  readonly last: number
  readonly cut: number
  readonly unit: RelativeUnit | null
  readonly offset: number
  /** The first word without proclitics ("اليوم" needs extra checks). */
  readonly head: string
}

/**
 * The relative expression at token `k`: "أمس", "أول من أمس", "الأسبوع الماضي", "هذا العام",
 * "السنوات الأخيرة", "اليوم التالي"…
 *
 * @example
 * ```ts
 * relativeAt(tokenize("العام الماضي"), 0) // { last: 1, cut: 0, unit: "year", offset: -1, head: "العام" }
 * ```
 */
export const relativeAt = (t: Tokens, k: number): RelativeMatch | undefined => {
  if (k >= t.count || t.types[k] !== WORD) return undefined
  const hit = lookupAt(RELATIVE, t, k, 2)
  if (hit === undefined) return undefined
  const w = t.words
  for (const p of hit.value) {
    let ok = true
    for (let r = 0; r < p.rest.length; r++) {
      if (w[k + 1 + r] !== p.rest[r]) {
        ok = false
        break
      }
    }
    if (ok) return { last: k + p.rest.length, cut: hit.cut, unit: p.expr.unit, offset: p.expr.offset, head: w[k]!.slice(hit.cut) }
  }
  return undefined
}

/**
 * The year of a year-less date told after it at token `k`: "العام الماضي", "من العام المقبل",
 * "هذا العام" (an offset from publication) or "من ذلك العام" (the story's year: offset null).
 *
 * @example
 * ```ts
 * yearOfStory(tokenize("من العام الماضي"), 0) // { last: 2, offset: -1 }
 * ```
 */
export const yearOfStory = (t: Tokens, k: number): { last: number; offset: number | null } | undefined => {
  const w = t.words
  const j = w[k] === "من" ? k + 1 : k
  const r = relativeAt(t, j)
  if (r !== undefined && r.unit === "year" && r.cut === 0) return { last: r.last, offset: r.offset }
  if (j > k && SAME_YEAR.has(`${w[j] ?? ""} ${w[j + 1] ?? ""}`)) return { last: j + 1, offset: null }
  return undefined
}

const RESOLVABLE: ReadonlySet<string> = new Set(["day", "week", "month", "year"])
const NOT_A_POINT: ReadonlySet<string> = new Set(["decade", "century", "second", "night"])

/**
 * Whether token `k`, right after a bare unit word, makes that word the head of a date of its own:
 * a number ("عام 2011", "يوم 15 مارس"), a month name ("شهر مارس") or a weekday ("يوم الخميس").
 */
const headsDate = (t: Tokens, k: number): boolean => t.types[k] === DIGITS || (dateRoles(t, k) & (R_MONTH | R_WEEKDAY)) !== 0

/**
 * "قبل" or "منذ" + a duration: "قبل يومين" (−2 days), "منذ ثلاثة أشهر" (−3 months), "قبل
 * أسبوع", "قبل أيام" (vague). Followed by "من"/"على" ("قبل ساعات من انطلاق المباحثات") it counts
 * from an event of the story, not from publication: that is a duration, not a date, and no date
 * is returned. A unit word that heads a date of its own ("منذ عام 2011", "قبل شهر رمضان", "منذ
 * يوم الخميس") is no duration: that date is read instead.
 *
 * @example
 * ```ts
 * agoAt(tokenize("قبل يومين"), 0)?.relative // { unit: "day", offset: -2 }
 * agoAt(tokenize("منذ 5 سنوات"), 0)?.relative // { unit: "year", offset: -5 }
 * agoAt(tokenize("منذ عام 2011"), 0) // undefined
 * ```
 */
export const agoAt = (t: Tokens, k: number): DateHit | undefined => {
  const s = lookupAt(AGO, t, k, 3)
  if (s === undefined || k + 1 >= t.count) return undefined
  const w = t.words
  let count: number | null = null
  let u: UnitMatch | undefined
  const num = readNumeral(t, k + 1)
  if (num !== undefined) {
    if (num.kind !== "cardinal" && num.kind !== "vague") return undefined
    u = matchUnitWords(w, num.last + 1)
    count = num.kind === "cardinal" ? num.value : null
  } else {
    u = matchUnitWords(w, k + 1)
    if (u !== undefined && headsDate(t, u.last + 1)) return undefined
    if (u !== undefined) count = u.sense.number === "du" ? 2 : u.sense.number === "sg" ? 1 : null
  }
  if (u === undefined || u.sense.kind !== "duration" || u.sense.definite || NOT_A_POINT.has(u.sense.unit)) return undefined
  const unit = u.sense.unit
  if (NARRATIVE.has(w[u.last + 1] ?? "")) return undefined
  const resolvable = count !== null && RESOLVABLE.has(unit)
  return dateHit({
    first: k,
    cut: s.cut,
    last: u.last,
    granularity: "relative",
    relative: { unit: resolvable ? (unit as RelativeUnit) : null, offset: s.value * (count ?? 0) }
  })
}
