import type { DateRecord } from "../model/date.js"
import { prepare } from "../numbers/prepare.js"
import type { Tokens } from "../numbers/tokens.js"
import { safely } from "../numbers/safe.js"
import { isValidDate, parseIsoDate } from "./calendar.js"
import { findDates } from "./find.js"
import type { DateHit } from "./hit.js"
import { futureBefore, presentBefore } from "./future.js"
import { DateOptions, parseOptions } from "./options.js"
import { dateValue, resolveDate } from "./resolve.js"

/**
 * A date found in a text: a `dates` record without its document and segment ids.
 *
 * @example
 * ```ts
 * const d: DateExpression = extractDates("عام 2014")[0]! // { text: "عام 2014", value: "2014", granularity: "year", … }
 * ```
 */
export type DateExpression = Omit<DateRecord, "doc_id" | "seg_id">

/** Whether two year-less Gregorian day dates of one month stand in one list ("10 و15 أيار"): at most و between them. */
const sameList = (t: Tokens, a: DateHit, b: DateHit): boolean =>
  a.granularity === "day" &&
  b.granularity === "day" &&
  a.calendar === "gregorian" &&
  b.calendar === "gregorian" &&
  a.year === null &&
  b.year === null &&
  a.month === b.month &&
  b.first - a.last <= 2 &&
  (b.first === a.last + 1 || t.words[a.last + 1] === "و")

/** Granularities whose missing year (or week) a future clause resolves forward. */
const OPEN: ReadonlySet<string> = new Set(["day", "month", "weekday"])

/**
 * Finds the date expressions of an Arabic text: day, month and year dates in every month-naming
 * tradition (كانون الثاني/يناير, جانفي, أيلول/سبتمبر…), numeric and English dates, Hijri dates
 * (converted with the Umm al-Qura calendar), years ("عام 2014", "في 2019"), weekdays ("يوم
 * الخميس") and relative expressions ("أمس", "الأسبوع الماضي", "قبل يومين"), with modifiers
 * ("مطلع", "منتصف", "أواخر"). An open date is resolved from `published`: to its past, unless a
 * direction word ("المقبل") or a clause about the future ("ستجرى", "من المقرر") puts it ahead; the
 * days of one list ("10 و15 أيار") share a year. Offsets are UTF-16 offsets into `text`, and
 * `text.slice(start, end) === record.text`. Never throws on any text; throws a `TypeError`
 * naming the option when an option is invalid.
 *
 * @param text the text to read
 * @param options `published` (YYYY-MM-DD) to resolve open dates; `reference` as a fallback
 * @example
 * ```ts
 * import { extractDates } from "akhbar"
 * extractDates("وصل في 27 أيلول/سبتمبر", { published: "2023-10-01" })
 * // [{ text: "27 أيلول/سبتمبر", start: 7, end: 22, value: "XXXX-09-27", granularity: "day",
 * //    modifier: null, calendar: "gregorian", resolved: "2023-09-27" }]
 * ```
 */
export const extractDates = (text: string, options?: DateOptions): Array<DateExpression> => {
  const o = options === undefined ? {} : parseOptions(DateOptions, options, "extractDates")
  if (typeof text !== "string" || text.length === 0) return []
  const anchorText = o.published ?? o.reference ?? null
  const anchor = anchorText === null ? null : parseIsoDate(anchorText)
  return safely(() => {
    const t = prepare(text)
    const out: Array<DateExpression> = []
    let previous: { readonly hit: DateHit; readonly record: DateExpression } | undefined
    for (const found of findDates(t)) {
      // "ستجرى الانتخابات في 15 أيار": a year-less date in a clause about the future lies ahead
      // "ينتهي المهرجان في 13 تموز": in the present tense, the publication's year
      const open = found.direction === null && found.year === null && found.relative === null && OPEN.has(found.granularity)
      let h = found
      if (open && futureBefore(t, found.first)) h = { ...found, direction: 1 }
      else if (open && found.granularity !== "weekday" && presentBefore(t, found.first)) h = { ...found, direction: 0 }
      const s = t.starts[h.first]! + h.cut
      const e = t.ends[h.last]!
      const span = t.norm.toRaw(s, e)
      if (span.end <= span.start) continue
      let resolved = resolveDate(h, anchor)
      // "في 10 و15 أيار": the days of one list are in the same month of the same year, the first's
      const listed = previous?.record.resolved
      if (listed != null && resolved !== null && sameList(t, previous!.hit, h) && isValidDate(Number(listed.slice(0, 4)), h.month!, h.day!)) {
        resolved = listed.slice(0, 4) + resolved.slice(4)
      }
      const record: DateExpression = {
        text: text.slice(span.start, span.end),
        start: span.start,
        end: span.end,
        value: dateValue(h),
        granularity: h.granularity,
        modifier: h.modifier,
        calendar: h.calendar,
        resolved
      }
      out.push(record)
      previous = { hit: h, record }
    }
    return out
  }, [])
}
