import { normalizeText } from "../normalize/normalize.js"
import { lookupAt, stripConjunction } from "../numbers/clitics.js"
import { readOrdinal } from "../numbers/ordinal.js"
import { DIGITS, WORD, type Tokens } from "../numbers/tokens.js"
import { isValidDate } from "./calendar.js"
import { dateHit, type DateHit } from "./hit.js"
import { BARE_MONTH, DAY_CTX, FROM_DATE, MONTH_WORD, SEPARATOR, WEEKDAY_DEFINITE } from "./lexicon.js"
import { directionAt, monthAt } from "./month-names.js"
import { relativeAt, yearOfStory } from "./relative-at.js"
import { yearAfter } from "./years.js"

const GLUE = new Set([".", ":", "/", "-", ",", "ر"])

/** A day number in digits (1–31), not part of a longer number. */
const dayDigits = (t: Tokens, k: number): number | undefined => {
  if (t.types[k] !== DIGITS) return undefined
  const s = t.words[k]!
  if (s.length > 2) return undefined
  if (k > 0 && t.gaps[k] === 0 && GLUE.has(t.words[k - 1]!) && t.words[k - 1] !== "-") return undefined
  const v = Number(s)
  return v >= 1 && v <= 31 ? v : undefined
}

/** Nouns that an ordinal after them counts ("الأسبوع الأول"), so that the ordinal is no day. */
const PERIOD_NOUNS: ReadonlySet<string> = new Set(
  ["الأسبوع", "الأسابيع", "الربع", "النصف", "الثلث", "الشهر", "الأشهر", "الفصل", "العام", "السنة", "اليوم", "الأيام", "العقد", "الجولة", "المرحلة", "الدورة", "الجزء", "الموسم", "الشطر"].map(
    (x) => normalizeText(x, "match")
  )
)

/**
 * The day of the month at token `k`, in digits (1–31) or as an ordinal word ("العشرين",
 * "الحادي والعشرين", "الأول", "أول").
 *
 * @example
 * ```ts
 * dayAt(tokenize("العشرين من آذار"), 0) // { day: 20, last: 0, cut: 0 }
 * ```
 */
const dayAt = (t: Tokens, k: number): { day: number; last: number; cut: number } | undefined => {
  if (k >= t.count) return undefined
  const w = t.words
  if (t.types[k] === DIGITS) {
    // not the first part of a numeric date or number ("17/12", "3.5")
    if (GLUE.has(w[k + 1] ?? "") && t.gaps[k + 1] === 0 && t.types[k + 2] === DIGITS) return undefined
    const v = dayDigits(t, k)
    return v === undefined ? undefined : { day: v, last: k, cut: 0 }
  }
  if (t.types[k] !== WORD) return undefined
  // "الأسبوع الأول من نيسان", "الربع الأول من العام": the ordinal counts that noun, not a day (tokens are
  // in the match normalization already)
  if (k > 0 && PERIOD_NOUNS.has(w[k - 1]!)) return undefined
  const o = readOrdinal(t, k)
  if (o === undefined || o.value > 31 || (o.form === "prefix" && o.value !== 1)) return undefined
  return { day: o.value, last: o.last, cut: o.cut }
}

/**
 * A day date at token `k`: day, optional "من", month, optional year ("27 أيلول/سبتمبر",
 * "العشرين من آذار/مارس 2003", "7 رمضان 1445 هـ", "5 مارس من العام الماضي").
 *
 * @example
 * ```ts
 * dayMonth(tokenize("27 أيلول/سبتمبر 2023"), 0) // { granularity: "day", year: 2023, month: 9, day: 27, … }
 * ```
 */
export const dayMonth = (t: Tokens, k: number): DateHit | undefined => {
  const d = dayAt(t, k)
  if (d === undefined) return undefined
  let j = d.last + 1
  if (t.words[j] === "من") j++
  // "25 من شهر مايو", "الأول من شهر رمضان"
  if (MONTH_WORD.has(t.words[j] ?? "") && monthAt(t, j + 1) !== undefined) j++
  const m = monthAt(t, j)
  // "في 22 الشهر الجاري": without "من", only a day in digits where a date is told
  if (m === undefined) return j > d.last + 1 || (t.types[k] === DIGITS && dateBefore(t, k)) ? dayOfRelativeMonth(t, k, d, j) : undefined
  if (m.cut !== 0 || m.name.english) return undefined
  const hijri = m.name.calendar === "hijri"
  const y = yearAfter(t, m.last + 1, hijri)
  const calendar = hijri || y?.hijriEra === true ? "hijri" : "gregorian"
  if (calendar === "gregorian" && !isValidDate(y?.year ?? 2024, m.name.month, d.day)) return undefined
  if (calendar === "hijri" && d.day > 30) return undefined
  const story = y === undefined ? yearOfStory(t, m.last + 1) : undefined
  const last = story?.last ?? y?.last ?? m.last
  return dateHit({
    first: k,
    cut: d.cut,
    last,
    granularity: "day",
    calendar,
    year: y?.year ?? null,
    month: m.name.month,
    day: d.day,
    direction: y === undefined && story === undefined ? directionAt(t, last + 1) : null,
    relative: story === undefined ? null : { unit: story.offset === null ? null : "year", offset: story.offset ?? 0 }
  })
}

/** What joins the days of a list or a range before their month ("17 و18", "17، 18", "17-18", "17 إلى 20"). */
const DAY_LIST_SEPARATORS: ReadonlySet<string> = new Set(["و", "،", ",", "-", "الي", "حتي"])

/**
 * Whether the words before the day number at token `k` tell a date: a preposition or time word
 * ("في", "يوم", "حتى", "وفي"), or a weekday ("الخميس 22", "الخميس، 22"). The days listed before it
 * ("في 21 و22") are passed over.
 *
 * @example
 * ```ts
 * dateBefore(tokenize("في 22 الشهر الجاري"), 1) // true
 * dateBefore(tokenize("قتل 12 الشهر الماضي"), 1) // false
 * ```
 */
const dateBefore = (t: Tokens, k: number): boolean => {
  const w = t.words
  let p = k - 1
  // "في 21 و22 الشهر الجاري", "من 20 حتى 22 …": back over the days listed before
  for (let n = 0; n < 5 && p > 0 && !DAY_CTX.has(w[p]!) && DAY_LIST_SEPARATORS.has(w[p]!) && dayDigits(t, p - 1) !== undefined; n++) p -= 2
  if (p >= 0 && SEPARATOR.has(w[p]!)) p--
  if (p < 0 || t.types[p] !== WORD) return false
  // "اعتبارا من 22 الشهر الجاري": من after a word of starting (alone, من may start a count: "ارتفع من 22")
  if (w[p] === "من" && p > 0 && FROM_DATE.has(w[p - 1]!)) return true
  return DAY_CTX.has(stripConjunction(w[p]!)) || lookupAt(WEEKDAY_DEFINITE, t, p, 3) !== undefined
}

/**
 * "3 من الشهر الجاري", "الخامس من الشهر الماضي", "في 22 الشهر الجاري": a day of a month counted
 * from publication. The month is left open in the value and filled when the date is resolved.
 */
const dayOfRelativeMonth = (t: Tokens, k: number, d: { day: number; last: number; cut: number }, j: number): DateHit | undefined => {
  if (d.day > 31) return undefined
  const r = relativeAt(t, j)
  if (r === undefined) {
    // "يوم 22 الجاري": the adjective alone stands for the month
    const offset = t.types[j] === WORD ? BARE_MONTH.get(t.words[j]!) : undefined
    return offset === undefined ? undefined : dateHit({ first: k, cut: d.cut, last: j, granularity: "day", day: d.day, relative: { unit: "month", offset } })
  }
  if (r.unit !== "month" || r.cut !== 0) return undefined
  return dateHit({ first: k, cut: d.cut, last: r.last, granularity: "day", day: d.day, relative: { unit: "month", offset: r.offset } })
}


/**
 * Days in digits listed or ranged before one month ("في 17 و18 أيلول/سبتمبر", "بين 3 و5 آذار
 * 2024", "17-19 مايو"): one date a day, each taking the month, year and calendar of the last.
 * Up to five days; undefined when no month follows.
 *
 * @example
 * ```ts
 * dayList(tokenize("في 17 و18 أيلول"), 1)?.map((h) => h.day) // [17, 18]
 * ```
 */
export const dayList = (t: Tokens, k: number): ReadonlyArray<DateHit> | undefined => {
  const first = dayDigits(t, k)
  if (first === undefined) return undefined
  const days: Array<{ day: number; at: number }> = [{ day: first, at: k }]
  let j = k + 1
  while (days.length < 5) {
    const sep = t.words[j]
    if (sep === undefined || !DAY_LIST_SEPARATORS.has(sep)) return undefined
    const last = dayMonth(t, j + 1)
    if (last !== undefined) {
      if (t.types[j + 1] !== DIGITS || last.cut !== 0) return undefined
      const hits: Array<DateHit> = []
      for (const d of days) {
        // "25 و26 من الشهر الجاري": the month is open until resolved
        const valid = last.month === null ? d.day <= 31 : last.calendar === "gregorian" ? isValidDate(last.year ?? 2024, last.month, d.day) : d.day <= 30
        if (!valid) return undefined
        hits.push({ ...last, first: d.at, last: d.at, cut: 0, day: d.day })
      }
      hits.push(last)
      return hits
    }
    const day = dayDigits(t, j + 1)
    if (day === undefined) return undefined
    days.push({ day, at: j + 1 })
    j += 2
  }
  return undefined
}
