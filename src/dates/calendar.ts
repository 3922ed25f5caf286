/** Small Gregorian calendar helpers on plain year/month/day numbers (UTC, no time zones). */

/**
 * A calendar date.
 *
 * @example
 * ```ts
 * const d: Ymd = { y: 2023, m: 8, d: 8 }
 * ```
 */
export interface Ymd {
  readonly y: number
  readonly m: number
  readonly d: number
}

const pad2 = (n: number): string => String(n).padStart(2, "0")
const pad4 = (n: number): string => String(n).padStart(4, "0")

/**
 * Whether y-m-d is a real Gregorian date.
 *
 * @example
 * ```ts
 * isValidDate(2024, 2, 29) // true
 * isValidDate(2023, 2, 29) // false
 * ```
 */
export const isValidDate = (y: number, m: number, d: number): boolean => {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d) || m < 1 || m > 12 || d < 1) return false
  return d <= daysInMonth(y, m)
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/** Days in a Gregorian month. */
const daysInMonth = (y: number, m: number): number =>
  m === 2 && ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0) ? 29 : (DAYS[m - 1] ?? 31)

/**
 * Days since 1970-01-01 of a date.
 *
 * @example
 * ```ts
 * toDays({ y: 1970, m: 1, d: 2 }) // 1
 * ```
 */
export const toDays = (x: Ymd): number => {
  const t = new Date(Date.UTC(2000, x.m - 1, x.d))
  t.setUTCFullYear(x.y)
  return Math.round(t.getTime() / 86400000)
}

/**
 * The date `days` days after 1970-01-01.
 *
 * @example
 * ```ts
 * fromDays(1) // { y: 1970, m: 1, d: 2 }
 * ```
 */
export const fromDays = (days: number): Ymd => {
  const t = new Date(days * 86400000)
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() }
}

/**
 * ISO form of a date, month or year.
 *
 * @example
 * ```ts
 * isoDay({ y: 2024, m: 3, d: 7 }) // "2024-03-07"
 * ```
 */
export const isoDay = (x: Ymd): string => `${pad4(x.y)}-${pad2(x.m)}-${pad2(x.d)}`
/**
 * "YYYY-MM".
 *
 * @example
 * ```ts
 * isoMonth(2023, 7) // "2023-07"
 * ```
 */
export const isoMonth = (y: number, m: number): string => `${pad4(y)}-${pad2(m)}`
/**
 * "YYYY".
 *
 * @example
 * ```ts
 * isoYear(2023) // "2023"
 * ```
 */
export const isoYear = (y: number): string => pad4(y)

/**
 * Weekday of a date: 0 = Sunday … 6 = Saturday.
 *
 * @example
 * ```ts
 * weekday({ y: 2023, m: 8, d: 8 }) // 2 (Tuesday)
 * ```
 */
export const weekday = (x: Ymd): number => (((toDays(x) + 4) % 7) + 7) % 7

/**
 * Adds days.
 *
 * @example
 * ```ts
 * addDays({ y: 2023, m: 8, d: 8 }, -1) // { y: 2023, m: 8, d: 7 }
 * ```
 */
export const addDays = (x: Ymd, n: number): Ymd => fromDays(toDays(x) + n)

/**
 * Adds months (day clamped is irrelevant here: only year and month are used).
 *
 * @example
 * ```ts
 * addMonths(2023, 1, -1) // { y: 2022, m: 12 }
 * ```
 */
export const addMonths = (y: number, m: number, n: number): { y: number; m: number } => {
  const k = y * 12 + (m - 1) + n
  return { y: Math.floor(k / 12), m: (k % 12) + 1 }
}

/**
 * ISO 8601 week of a date, "YYYY-Www".
 *
 * @example
 * ```ts
 * isoWeek({ y: 2023, m: 8, d: 8 }) // "2023-W32"
 * ```
 */
export const isoWeek = (x: Ymd): string => {
  const days = toDays(x)
  const wd = (weekday(x) + 6) % 7 // Monday = 0
  const thursday = fromDays(days - wd + 3)
  const jan1 = toDays({ y: thursday.y, m: 1, d: 1 })
  const week = Math.floor((days - wd + 3 - jan1) / 7) + 1
  return `${pad4(thursday.y)}-W${pad2(week)}`
}

/**
 * Reads "YYYY-MM-DD" (optionally followed by a time) into a date, or null.
 *
 * @example
 * ```ts
 * parseIsoDate("2023-08-08T10:00:00Z") // { y: 2023, m: 8, d: 8 }
 * ```
 */
export const parseIsoDate = (s: string): Ymd | null => {
  if (s === lastIso) return lastYmd
  const r = parseIso(s)
  lastIso = s
  lastYmd = r
  return r
}

let lastIso: string | undefined
let lastYmd: Ymd | null = null

const parseIso = (s: string): Ymd | null => {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(s.trim())
  if (m === null) return null
  const y = Number(m[1])
  const mo = Number(m[2])
  const d = Number(m[3])
  return isValidDate(y, mo, d) ? { y, m: mo, d } : null
}
