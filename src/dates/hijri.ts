import { fromDays, toDays, type Ymd } from "./calendar.js"

let formatter: Intl.DateTimeFormat | null | undefined

const fmt = (): Intl.DateTimeFormat | null => {
  if (formatter !== undefined) return formatter
  try {
    formatter = new Intl.DateTimeFormat("en-u-ca-islamic-umalqura-nu-latn", { year: "numeric", month: "numeric", day: "numeric", timeZone: "UTC" })
    const parts = formatter.formatToParts(new Date(Date.UTC(2024, 2, 11)))
    if (!parts.some((p) => p.type === "year" && p.value.startsWith("1445"))) formatter = null
  } catch {
    formatter = null
  }
  return formatter
}

/**
 * The Umm al-Qura Hijri date of a Gregorian date, or null when the runtime has no Islamic
 * calendar support.
 *
 * @example
 * ```ts
 * gregorianToHijri({ y: 2024, m: 3, d: 11 }) // { y: 1445, m: 9, d: 1 }
 * ```
 */
export const gregorianToHijri = (x: Ymd): Ymd | null => {
  const key = x.y * 10000 + x.m * 100 + x.d
  const hit = toHijriCache.get(key)
  if (hit !== undefined) return hit
  const r = toHijri(x)
  if (toHijriCache.size > 50_000) toHijriCache.clear()
  toHijriCache.set(key, r)
  return r
}

const toHijriCache = new Map<number, Ymd | null>()
const toGregorianCache = new Map<number, Ymd | null>()

const toHijri = (x: Ymd): Ymd | null => {
  const f = fmt()
  if (f === null) return null
  const date = new Date(0)
  date.setUTCFullYear(x.y, x.m - 1, x.d)
  let y = NaN
  let m = NaN
  let d = NaN
  for (const p of f.formatToParts(date)) {
    if (p.type === "year" || (p.type as string) === "relatedYear") y = Number.parseInt(p.value, 10)
    else if (p.type === "month") m = Number.parseInt(p.value, 10)
    else if (p.type === "day") d = Number.parseInt(p.value, 10)
  }
  return Number.isFinite(y) && Number.isFinite(m) && Number.isFinite(d) ? { y, m, d } : null
}

const ordinal = (h: Ymd): number => h.y * 400 + h.m * 32 + h.d

/** Mean length of a Hijri year and the day number of 1 Muharram 1 AH (622-07-19, civil epoch). */
const YEAR = 354.36667
const EPOCH = toDays({ y: 622, m: 7, d: 19 })

/**
 * The Gregorian date of a Umm al-Qura Hijri date, or null when it does not exist (day 30 of a
 * 29-day month) or cannot be computed. Starts from an arithmetic estimate and walks day by day
 * with `Intl` (a few steps).
 *
 * @example
 * ```ts
 * hijriToGregorian({ y: 1445, m: 9, d: 1 }) // { y: 2024, m: 3, d: 11 }
 * hijriToGregorian({ y: 1446, m: 1, d: 1 }) // { y: 2024, m: 7, d: 7 }
 * ```
 */
export const hijriToGregorian = (h: Ymd): Ymd | null => {
  const key = h.y * 10000 + h.m * 100 + h.d
  const hit = toGregorianCache.get(key)
  if (hit !== undefined) return hit
  const r = toGregorian(h)
  if (toGregorianCache.size > 50_000) toGregorianCache.clear()
  toGregorianCache.set(key, r)
  return r
}

const toGregorian = (h: Ymd): Ymd | null => {
  if (h.m < 1 || h.m > 12 || h.d < 1 || h.d > 30 || h.y < 1 || h.y > 2000) return null
  let days = Math.round(EPOCH + (h.y - 1) * YEAR + (h.m - 1) * 29.5306 + (h.d - 1))
  const target = ordinal(h)
  for (let step = 0; step < 60; step++) {
    const cur = gregorianToHijri(fromDays(days))
    if (cur === null) return null
    const diff = target - ordinal(cur)
    if (diff === 0) return fromDays(days)
    if (cur.y === h.y && cur.m === h.m) {
      // same month: the day difference is exact, unless the day does not exist
      const next = days + (h.d - cur.d)
      const got = gregorianToHijri(fromDays(next))
      if (got === null || got.y !== h.y || got.m !== h.m || got.d !== h.d) return null
      return fromDays(next)
    }
    const months = (h.y - cur.y) * 12 + (h.m - cur.m)
    days += months !== 0 ? Math.round(months * 29.5306) + (h.d - cur.d) : Math.sign(diff)
  }
  return null
}

/**
 * Whether the runtime can convert Hijri dates.
 *
 * @example
 * ```ts
 * hijriSupported() // true on Node with full ICU
 * ```
 */
export const hijriSupported = (): boolean => fmt() !== null
