import { addDays, addMonths, isoDay, isoMonth, isoWeek, isoYear, isValidDate, toDays, weekday, type Ymd } from "./calendar.js"
import type { DateHit } from "./find.js"
import { gregorianToHijri, hijriToGregorian } from "./hijri.js"

const X4 = "XXXX"
const p2 = (n: number): string => String(n).padStart(2, "0")

/**
 * The `value` of a date: ISO 8601 with X for open parts ("XXXX-09-27", "XXXX-XX-03"), H prefix for Hijri
 * ("H1436-10-07"), null for weekdays and relative expressions.
 *
 * @example
 * ```ts
 * dateValue({ granularity: "day", calendar: "gregorian", year: null, month: 9, day: 27 }) // "XXXX-09-27"
 * ```
 */
export const dateValue = (h: Pick<DateHit, "granularity" | "calendar" | "year" | "month" | "day">): string | null => {
  if (h.granularity === "weekday" || h.granularity === "relative") return null
  const y = h.year === null ? X4 : String(h.year).padStart(4, "0")
  const prefix = h.calendar === "hijri" ? "H" : ""
  if (h.granularity === "year") return prefix + y
  // "3 من الشهر الجاري": the month is left open too
  if (h.month === null) return h.granularity === "day" && h.day !== null ? `${prefix}${y}-XX-${p2(h.day)}` : null
  if (h.granularity === "month") return `${prefix}${y}-${p2(h.month)}`
  if (h.day === null) return null
  return `${prefix}${y}-${p2(h.month)}-${p2(h.day)}`
}

/** Gregorian date of a Hijri date, nudged by a day when a written weekday says so (sighting vs Umm al-Qura). */
const hijriDay = (y: number, m: number, d: number, wd: number | null): Ymd | null => {
  const g = hijriToGregorian({ y, m, d }) ?? (d === 30 ? hijriToGregorian({ y, m, d: 29 }) : null)
  if (g === null || wd === null || weekday(g) === wd) return g
  for (const k of [1, -1]) {
    const x = addDays(g, k)
    if (weekday(x) === wd) return x
  }
  return g
}

/** Picks among candidate years the one meant, relative to the anchor. */
const pickYear = (anchor: Ymd, make: (y: number) => Ymd | null, direction: -1 | 0 | 1 | null, wd: number | null, base: number): Ymd | null => {
  const a = toDays(anchor)
  const cands: Array<Ymd> = []
  for (const y of [base - 1, base, base + 1]) {
    const x = make(y)
    if (x !== null) cands.push(x)
  }
  if (cands.length === 0) return null
  if (wd !== null) {
    const matching = cands.filter((c) => weekday(c) === wd)
    if (matching.length > 0) {
      matching.sort((p, q) => Math.abs(toDays(p) - a) - Math.abs(toDays(q) - a))
      return matching[0]!
    }
  }
  if (direction === 1) return cands.find((c) => toDays(c) > a) ?? null
  if (direction === 0) return cands.find((c) => c.y === anchor.y) ?? cands[1] ?? null
  const before = cands.filter((c) => (direction === -1 ? toDays(c) < a : toDays(c) <= a))
  return before.length > 0 ? before[before.length - 1]! : null
}

/**
 * The Gregorian ISO date, month, week or year a date expression stands for, filling open parts
 * from `anchor` (the publication date): year-less dates take the latest such date not after
 * publication (or the next one after "المقبل"); weekdays the latest such weekday on or before
 * it; relative expressions are counted from it. Hijri dates are converted (Umm al-Qura); a Hijri
 * month or year resolves to the Gregorian month or year of its first day. Null when unknown.
 *
 * @example
 * ```ts
 * resolveDate({ granularity: "day", calendar: "gregorian", year: null, month: 9, day: 27, ... }, { y: 2023, m: 10, d: 1 }) // "2023-09-27"
 * ```
 */
export const resolveDate = (h: DateHit, anchor: Ymd | null): string | null => {
  switch (h.granularity) {
    case "relative": {
      const r = h.relative
      if (r === null || r.unit === null || anchor === null) return null
      switch (r.unit) {
        case "day":
          return isoDay(addDays(anchor, r.offset))
        case "week":
          return isoWeek(addDays(anchor, 7 * r.offset))
        case "month": {
          const x = addMonths(anchor.y, anchor.m, r.offset)
          return isoMonth(x.y, x.m)
        }
        case "year":
          return isoYear(anchor.y + r.offset)
      }
      return null
    }
    case "weekday": {
      if (anchor === null || h.weekday === null) return null
      const a = weekday(anchor)
      let back = (a - h.weekday + 7) % 7
      if (h.direction === 1) return isoDay(addDays(anchor, (h.weekday - a + 7) % 7 || 7))
      if (h.direction === -1 && back === 0) back = 7
      return isoDay(addDays(anchor, -back))
    }
    case "year": {
      if (h.year === null) return null
      if (h.calendar === "gregorian") return isoYear(h.year)
      const g = hijriToGregorian({ y: h.year, m: 1, d: 1 })
      return g === null ? null : isoYear(g.y)
    }
    case "month": {
      if (h.month === null) return null
      // "مارس العام الماضي", "رمضان من العام المقبل": the Gregorian year is counted from
      // publication ("من ذلك العام": unknown)
      if (h.year === null && h.relative !== null) {
        if (anchor === null || h.relative.unit !== "year") return null
        const y = anchor.y + h.relative.offset
        if (h.calendar === "gregorian") return isoMonth(y, h.month)
        const start = gregorianToHijri({ y, m: 1, d: 1 })
        for (let hy = start?.y ?? Number.NaN, end = hy + 1; hy <= end; hy++) {
          const g = hijriToGregorian({ y: hy, m: h.month, d: 1 })
          if (g !== null && g.y === y) return isoMonth(g.y, g.m)
        }
        return null
      }
      if (h.calendar === "gregorian") {
        if (h.year !== null) return isoMonth(h.year, h.month)
        if (anchor === null) return null
        const m = h.month
        const x = pickYear(anchor, (y) => ({ y, m, d: 1 }), h.direction, null, anchor.y)
        // months compare by month, not by their first day
        if (h.direction === null || h.direction === -1) {
          const y = m < anchor.m || (m === anchor.m && h.direction === null) ? anchor.y : anchor.y - 1
          return isoMonth(y, m)
        }
        return x === null ? null : isoMonth(x.y, x.m)
      }
      if (h.year !== null) {
        const g = hijriToGregorian({ y: h.year, m: h.month, d: 1 })
        return g === null ? null : isoMonth(g.y, g.m)
      }
      if (anchor === null) return null
      const hy = gregorianToHijri(anchor)
      if (hy === null) return null
      const m = h.month
      // "رمضان الماضي" during Ramadan is last year's, as "آذار الماضي" in March
      if (h.direction === -1) {
        const g = hijriToGregorian({ y: m < hy.m ? hy.y : hy.y - 1, m, d: 1 })
        return g === null ? null : isoMonth(g.y, g.m)
      }
      const x = pickYear(anchor, (y) => hijriToGregorian({ y, m, d: 1 }), h.direction, null, hy.y)
      return x === null ? null : isoMonth(x.y, x.m)
    }
    case "day": {
      // "3 من الشهر الجاري": the month is counted from publication
      if (h.month === null && h.day !== null && h.relative?.unit === "month") {
        if (anchor === null) return null
        const x = addMonths(anchor.y, anchor.m, h.relative.offset)
        return isValidDate(x.y, x.m, h.day) ? isoDay({ y: x.y, m: x.m, d: h.day }) : null
      }
      if (h.month === null || h.day === null) return null
      const m = h.month
      const d = h.day
      if (h.calendar === "gregorian") {
        if (h.year !== null) return isValidDate(h.year, m, d) ? isoDay({ y: h.year, m, d }) : null
        if (anchor === null) return null
        if (h.relative !== null) {
          // "… من العام الماضي": the year is counted from publication; "من ذلك العام": unknown
          if (h.relative.unit !== "year") return null
          const y = anchor.y + h.relative.offset
          return isValidDate(y, m, d) ? isoDay({ y, m, d }) : null
        }
        const x = pickYear(anchor, (y) => (isValidDate(y, m, d) ? { y, m, d } : null), h.direction, h.weekday, anchor.y)
        return x === null ? null : isoDay(x)
      }
      if (h.year !== null) {
        const g = hijriDay(h.year, m, d, h.weekday)
        return g === null ? null : isoDay(g)
      }
      if (anchor === null) return null
      const hy = gregorianToHijri(anchor)
      if (hy === null) return null
      const x = pickYear(anchor, (y) => hijriDay(y, m, d, null), h.direction, h.weekday, hy.y)
      return x === null ? null : isoDay(x)
    }
  }
  return null
}
