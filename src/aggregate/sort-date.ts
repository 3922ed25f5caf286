const ISO = /^(\d{4}|XXXX)(?:-(\d{2}|XX)(?:-(\d{2}|XX))?)?(?=$|T|\s)/

const fill = (iso: string | null | undefined, published: string | null | undefined): string | null => {
  if (iso === null || iso === undefined) return null
  const m = ISO.exec(iso)
  if (m === null) return null
  let year = m[1]!
  if (year === "XXXX") {
    const py = published === null || published === undefined ? undefined : /^\d{4}/.exec(published)?.[0]
    if (py === undefined) return null
    year = py
  }
  const month = m[2] === undefined || m[2] === "XX" ? "01" : m[2]
  const day = m[3] === undefined || m[3] === "XX" ? "01" : m[3]
  const mm = Number(month)
  const dd = Number(day)
  if (mm < 1 || mm > 12 || dd < 1 || dd > 31) return null
  return `${year}-${month}-${day}`
}

/**
 * The `YYYY-MM-DD` a date expression sorts and plots by: its `resolved` date, else its Gregorian
 * `value`; an unknown year (`XXXX`) is taken from the publication date, an unknown or absent
 * month or day becomes `01`. Hijri values (`H…`), weeks and relative dates without a resolved
 * date give `null` (they cannot be placed without a calendar conversion or an anchor).
 *
 * @example
 * ```ts
 * import { sortDate } from "akhbar"
 * sortDate({ value: "XXXX-09-27", resolved: null }, "2023-10-01") // "2023-09-27"
 * sortDate({ value: "2024-05", resolved: null })                  // "2024-05-01"
 * sortDate({ value: "H1445-09", resolved: null })                 // null
 * ```
 */
export const sortDate = (date: { readonly value: string | null; readonly resolved: string | null }, published?: string | null): string | null =>
  fill(date.resolved, published) ?? fill(date.value, published)
