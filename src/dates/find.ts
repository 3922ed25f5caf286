import { normalizeText } from "../normalize/normalize.js"
import { lookupAt, stripConjunction } from "../numbers/clitics.js"
import { countEndPoint } from "../numbers/exclude.js"
import { DIGITS, LATIN, PUNCT, WORD, type Tokens } from "../numbers/tokens.js"
import { CURRENT_PERIODS_AFTER_MODIFIER } from "./data/relative.js"
import { dayList, dayMonth } from "./days.js"
import { dateHit, NO_HITS, type DateHit } from "./hit.js"
import { MODIFIERS, MONTH_WORD, NAMED_AFTER, PLURAL_YEAR_WORD, TODAY_BLOCK, TODAY_PREV_BLOCK, WEEKDAY_DEFINITE, YEAR_PREP } from "./lexicon.js"
import { directionAt, monthHit } from "./month-names.js"
import { englishDate, numericDate } from "./numeric.js"
import { agoAt, relativeAt } from "./relative-at.js"
import { dateRoles, R_AGO, R_MODIFIER, R_MONTH, R_MONTH_WORD, R_ORDINAL, R_PREP, R_RELATIVE, R_WEEKDAY, R_YEAR_WORD } from "./roles.js"
import { afterWeekday, weekdayAt } from "./weekdays.js"
import { era, followedByUnit, isYearLink, moreYears, yearDigits, yearsAtDigits, yearWordHit } from "./years.js"

export type { DateHit, RelativeUnit } from "./hit.js"

const CURRENT_PERIOD: ReadonlyMap<string, "week" | "month" | "year"> = new Map(CURRENT_PERIODS_AFTER_MODIFIER.map(([w, u]) => [normalizeText(w, "match"), u]))

const withMoreYears = (t: Tokens, h: DateHit): Array<DateHit> => {
  const all = [h]
  moreYears(t, h, all)
  return all
}

/** A modifier and what it modifies: "مطلع العام الجاري", "أواخر تشرين الثاني", "نهاية 2024". */
const modified = (t: Tokens, i: number): Array<DateHit> | undefined => {
  const mod = lookupAt(MODIFIERS, t, i, 3)
  if (mod === undefined) return undefined
  const k = i + 1
  const r = relativeAt(t, k)
  if (r !== undefined && r.cut === 0) {
    return [dateHit({ first: i, cut: mod.cut, last: r.last, granularity: "relative", modifier: mod.value, relative: { unit: r.unit, offset: r.offset } })]
  }
  // "منذ مطلع العام": a bare period noun is the current one; "نهاية العام الدراسي" is another
  const current = CURRENT_PERIOD.get(t.words[k] ?? "")
  const qualified = t.types[k + 1] === DIGITS || (t.types[k + 1] === WORD && t.words[k + 1]!.startsWith("ال"))
  if (current !== undefined && !qualified) {
    return [dateHit({ first: i, cut: mod.cut, last: k, granularity: "relative", modifier: mod.value, relative: { unit: current, offset: 0 } })]
  }
  const mAt = MONTH_WORD.has(t.words[k] ?? "") ? k + 1 : k
  const mh = monthHit(t, mAt, i, mod.cut, mod.value, true)
  if (mh !== undefined) return [mh]
  const yh = yearWordHit(t, k, i, mod.cut, mod.value)
  if (yh !== undefined) return withMoreYears(t, yh)
  const y = yearDigits(t, k, 1900, 2100)
  if (y !== null && !followedByUnit(t, k)) {
    const [last, hj] = era(t, k)
    return withMoreYears(t, dateHit({ first: i, cut: mod.cut, last, granularity: "year", modifier: mod.value, year: y, calendar: hj === true ? "hijri" : "gregorian" }))
  }
  return undefined
}

/** Words that start with ال without the article: إلى, إلا (as normalized). */
const NOT_ARTICLE: ReadonlySet<string> = new Set(["الى", "الي", "الا"])

/** A relative expression, with a weekday after a day word ("أمس الخميس"); "اليوم" only as "today". */
const relative = (t: Tokens, i: number): Array<DateHit> | undefined => {
  const r = relativeAt(t, i)
  if (r === undefined) return undefined
  const w = t.words
  const isToday = r.head === "اليوم" && r.last === i
  // "لليوم الواحد" (per day), "لليوم الثالث على التوالي": ل + اليوم counts days, it is no date
  if (r.last === i && w[i]! === "لليوم") return undefined
  if (isToday) {
    const nx = w[i + 1] ?? ""
    if (TODAY_BLOCK.has(nx) || (i > 0 && TODAY_PREV_BLOCK.has(w[i - 1]!))) return undefined
    if (t.types[i + 1] === DIGITS && dayMonth(t, i + 1) !== undefined) return undefined
    // "اليوم الوطني" is a day of its own; "اليوم إلى", "اليوم إلا" are today (the ال of إلى, إلا
    // is no article)
    if (t.types[i + 1] === WORD && nx.startsWith("ال") && !WEEKDAY_DEFINITE.has(nx) && !NOT_ARTICLE.has(nx)) return undefined
  }
  // "غد" alone is tomorrow only before a weekday: "من غد الخميس", not "نحو غد أفضل"
  const bareTomorrow = r.head === "غد" && r.last === i
  if (bareTomorrow && weekdayAt(t, i + 1)?.cut !== 0) return undefined
  let last = r.last
  let weekday: number | null = null
  if (r.unit === "day") {
    const wd = weekdayAt(t, r.last + 1)
    if (wd !== undefined && wd.cut === 0) {
      // "اليوم الأحد 7 رمضان": the written date says it all
      if (afterWeekday(t, wd.last + 1) !== undefined) {
        if (isToday) return NO_HITS
      } else {
        last = wd.last
        weekday = wd.weekday
      }
    }
  }
  return [dateHit({ first: i, cut: r.cut, last, granularity: "relative", weekday, relative: { unit: r.unit, offset: r.offset } })]
}

/** Date expressions starting at word token `i`. */
const atWord = (t: Tokens, i: number): Array<DateHit> => {
  const roles = dateRoles(t, i)
  if (roles === 0) return NO_HITS
  // "في", "من", "خلال"… only matter before a year
  if (roles === R_PREP && t.types[i + 1] !== DIGITS) return NO_HITS
  if ((roles & R_MODIFIER) !== 0) {
    const m = modified(t, i)
    if (m !== undefined) return m
  }
  if ((roles & R_RELATIVE) !== 0) {
    const r = relative(t, i)
    if (r !== undefined) return r
  }
  if ((roles & R_AGO) !== 0) {
    const a = agoAt(t, i)
    if (a !== undefined) return [a]
  }
  if ((roles & R_WEEKDAY) !== 0) {
    const wd = weekdayAt(t, i)
    if (wd !== undefined) {
      const d = afterWeekday(t, wd.last + 1)
      if (d !== undefined) return [dateHit({ ...d, first: wd.first, cut: wd.cut, weekday: wd.weekday })]
      return [dateHit({ first: wd.first, cut: wd.cut, last: wd.last, granularity: "weekday", weekday: wd.weekday, direction: directionAt(t, wd.last + 1) })]
    }
  }
  if ((roles & R_MONTH_WORD) !== 0) {
    const mw = lookupAt(MONTH_WORD, t, i, 2)
    const mh = mw === undefined ? undefined : monthHit(t, i + 1, i, mw.cut, null, true)
    if (mh !== undefined) return [mh]
  }
  if ((roles & R_MONTH) !== 0) {
    const mh = monthHit(t, i, i, 0, null, false)
    if (mh !== undefined) return [mh]
  }
  if ((roles & R_ORDINAL) !== 0) {
    const dm = dayMonth(t, i)
    if (dm !== undefined) return [dm]
  }
  if ((roles & R_YEAR_WORD) !== 0) {
    const yh = yearWordHit(t, i, i, 0, null)
    if (yh !== undefined) {
      const years = withMoreYears(t, yh)
      // "الأعوام 2015 و2016 و2017": a plural heads a list; before one year it may name the decade
      if (years.length > 1 || lookupAt(PLURAL_YEAR_WORD, t, i, 2) === undefined) return years
    }
  }
  // a bare year after a preposition: "في 2019", "منذ 2011", "بين 2019 و2021"
  const x = t.words[i]!
  if ((roles & R_PREP) !== 0 && (YEAR_PREP.has(x) || YEAR_PREP.has(stripConjunction(x)))) {
    // a numeric date after the preposition is read whole: "في 2024-03-17", not its year alone
    if (numericDate(t, i + 1) !== undefined) return NO_HITS
    const y = yearDigits(t, i + 1, 1900, 2100)
    if (y !== null && !followedByUnit(t, i + 1) && !countEndPoint(t, i) && !rangeOfUnits(t, i + 1)) {
      const [last, hj] = era(t, i + 1)
      return withMoreYears(t, dateHit({ first: i + 1, cut: 0, last, granularity: "year", year: y, calendar: hj === true ? "hijri" : "gregorian" }))
    }
  }
  return NO_HITS
}

/**
 * Whether the number at token `k` opens a range whose other end carries a unit: "بين 2100 و2200
 * دولار", "من 1950 إلى 2000 جندي" — both ends count it.
 */
const rangeOfUnits = (t: Tokens, k: number): boolean => {
  if (!isYearLink(t.words[k + 1])) return false
  return t.types[k + 2] === DIGITS && Number(t.words[k + 2]) > Number(t.words[k]) && followedByUnit(t, k + 2)
}

/** Whether a word is a head of a place named after a date, with و/ف and ب/ل before it or not ("بملعب"). */
const namedAfterDate = (w: string): boolean => NAMED_AFTER.has(w) || NAMED_AFTER.has(w.replace(/^[وف]?[بل]?/u, ""))

/** Date expressions starting at token `i`. */
const matchAt = (t: Tokens, i: number): Array<DateHit> => {
  const type = t.types[i]
  if (type === DIGITS) {
    const h = numericDate(t, i) ?? dayMonth(t, i) ?? englishDate(t, i)
    if (h !== undefined) return [h]
    const list = dayList(t, i)
    return list !== undefined ? [...list] : yearsAtDigits(t, i)
  }
  if (type === LATIN) {
    const h = englishDate(t, i)
    return h === undefined ? NO_HITS : [h]
  }
  return type === WORD ? atWord(t, i) : NO_HITS
}

const scan = (t: Tokens): Array<DateHit> => {
  const out: Array<DateHit> = []
  let i = 0
  while (i < t.count) {
    const hits = t.types[i] === PUNCT ? NO_HITS : matchAt(t, i)
    if (hits.length === 0) {
      i++
      continue
    }
    // "ملعب 5 جويلية", "جامعة 6 أكتوبر", "شارع 26 يوليو": a place named after a date
    const named = hits[0]!.first > 0 && hits[0]!.cut === 0 && t.types[hits[0]!.first] === DIGITS && namedAfterDate(t.words[hits[0]!.first - 1]!)
    if (!named) for (const h of hits) out.push(h)
    i = hits[hits.length - 1]!.last + 1
  }
  return out
}

let lastTokens: Tokens | undefined
let lastHits: ReadonlyArray<DateHit> | undefined

/**
 * Finds every date expression in `t`, left to right, without overlaps. The result for the last
 * tokens is kept, so that the quantity extractor can skip dates without scanning twice.
 *
 * @example
 * ```ts
 * findDates(tokenize("في 27 أيلول/سبتمبر 2023")).length // 1
 * ```
 */
export const findDates = (t: Tokens): ReadonlyArray<DateHit> => {
  if (t === lastTokens && lastHits !== undefined) return lastHits
  const found = scan(t)
  lastTokens = t
  lastHits = found
  return found
}
