import type { DateModifier, Granularity } from "../model/vocabulary.js"

/**
 * Units a relative expression can be resolved in.
 *
 * @example
 * ```ts
 * const u: RelativeUnit = "week"
 * ```
 */
export type RelativeUnit = "day" | "week" | "month" | "year"

/**
 * A date expression found in a token stream, before resolution: token span and calendar parts.
 *
 * @example
 * ```ts
 * const h: DateHit = dateHit({ first: 0, cut: 0, last: 1, granularity: "year", year: 2014 })
 * h.month // null
 * ```
 */
export interface DateHit {
  /** First and last token, and proclitic letters to skip in the first. */
  readonly first: number
  readonly cut: number
  readonly last: number
  readonly granularity: Granularity
  readonly modifier: DateModifier | null
  readonly calendar: "gregorian" | "hijri"
  readonly year: number | null
  readonly month: number | null
  readonly day: number | null
  /** 0 = Sunday … 6 = Saturday, when a weekday is written. */
  readonly weekday: number | null
  /** "الماضي" (−1), "الجاري" (0), "المقبل" (+1) after the date, else null. */
  readonly direction: -1 | 0 | 1 | null
  /**
   * For relative expressions: unit (null when not resolvable) and offset. For a year-less date
   * followed by "من العام الماضي": `{ unit: "year", offset: -1 }`; by "من ذلك العام": unit null.
   */
  readonly relative: { readonly unit: RelativeUnit | null; readonly offset: number } | null
}

/**
 * The required fields of a hit; the others default to null (calendar to gregorian).
 *
 * @example
 * ```ts
 * const f: HitFields = { first: 0, cut: 0, last: 1, granularity: "year", year: 2014 }
 * ```
 */
export type HitFields = Pick<DateHit, "first" | "cut" | "last" | "granularity"> & Partial<DateHit>

/**
 * Builds a hit with every field, in one fixed object shape (object spreads were slow here).
 *
 * @example
 * ```ts
 * dateHit({ first: 2, cut: 0, last: 4, granularity: "month", month: 3 }).calendar // "gregorian"
 * ```
 */
export const dateHit = (p: HitFields): DateHit => ({
  first: p.first,
  cut: p.cut,
  last: p.last,
  granularity: p.granularity,
  modifier: p.modifier ?? null,
  calendar: p.calendar ?? "gregorian",
  year: p.year ?? null,
  month: p.month ?? null,
  day: p.day ?? null,
  weekday: p.weekday ?? null,
  direction: p.direction ?? null,
  relative: p.relative ?? null
})

/**
 * The shared empty result.
 *
 * @example
 * ```ts
 * NO_HITS.length // 0
 * ```
 */
export const NO_HITS: Array<DateHit> = []
