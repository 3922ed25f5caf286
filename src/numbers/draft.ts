import type { Approx, QuantityKind } from "../model/vocabulary.js"
import type { CurrencyFamily } from "./data/currencies.js"
import { AGE_AFTER_MIN } from "./data/grammar.js"
import type { ResolvedQuantityOptions } from "./options.js"
import { normForm } from "./text.js"
import type { Tokens } from "./tokens.js"
import type { UnitSense } from "./units-lexicon.js"

/**
 * A unit as attached to a number: English token, kind, ISO code when known, and the currency
 * family when the code is still to be found from context.
 *
 * @example
 * ```ts
 * const u: Unit = { unit: "soldier", kind: "count", currency: null, family: null }
 * ```
 */
export interface Unit {
  readonly unit: string
  readonly kind: QuantityKind
  readonly currency: string | null
  readonly family: CurrencyFamily | null
}

/**
 * A quantity before its unit is final, in token coordinates.
 *
 * @example
 * ```ts
 * const d: Draft = { first: 0, cut: 0, last: 1, value: 5, valueMax: null, approx: "exact", unit: null,
 *   numeral: 0, changeTo: null, bare: true, open: true }
 * ```
 */
export interface Draft {
  first: number
  cut: number
  last: number
  value: number
  valueMax: number | null
  approx: Approx
  unit: Unit | null
  /** First token of the numeral, for "من A إلى B" links. */
  readonly numeral: number
  /** "من A إلى B" after a verb of change: the first token of B, whose unit A shares. */
  readonly changeTo: number | null
  /** No unit was written: "عدد X" before it may give one. */
  readonly bare: boolean
  /** The unit may also come from the previous quantity (a plain cardinal followed by no noun). */
  readonly open: boolean
}

/**
 * The state of one quantity scan over a text.
 *
 * @example
 * ```ts
 * const scan = newScan(tokenize("نحو 5 آلاف"), options, new Uint8Array(4))
 * ```
 */
export interface Scan {
  readonly t: Tokens
  readonly o: ResolvedQuantityOptions
  /** 1 for tokens inside a date. */
  readonly inDate: Uint8Array
  readonly drafts: Array<Draft>
  /** Last token of the last quantity. */
  consumed: number
  /** Last token of the last number left out as a label or a time. */
  excludedEnd: number
}

/**
 * A new scan over `t`.
 *
 * @example
 * ```ts
 * newScan(t, options, inDate).drafts // []
 * ```
 */
export const newScan = (t: Tokens, o: ResolvedQuantityOptions, inDate: Uint8Array): Scan => ({ t, o, inDate, drafts: [], consumed: -1, excludedEnd: -2 })

/**
 * Whether a token in [a, b] belongs to a date.
 *
 * @example
 * ```ts
 * anyDate(scan, 0, 2) // false
 * ```
 */
export const anyDate = (s: Scan, a: number, b: number): boolean => {
  for (let k = a; k <= b; k++) if (s.inDate[k] === 1) return true
  return false
}

/**
 * Counts of people written without a noun ("ثلاثة آخرين").
 *
 * @example
 * ```ts
 * PERSON.unit // "person"
 * ```
 */
export const PERSON: Unit = { unit: "person", kind: "count", currency: null, family: null }
/**
 * Ordinals.
 *
 * @example
 * ```ts
 * ORDINAL.kind // "ordinal"
 * ```
 */
export const ORDINAL: Unit = { unit: "ordinal", kind: "ordinal", currency: null, family: null }
/**
 * Years of age or duration.
 *
 * @example
 * ```ts
 * YEARS.kind // "duration"
 * ```
 */
export const YEARS: Unit = { unit: "year", kind: "duration", currency: null, family: null }

const AGE: ReadonlySet<string> = new Set(AGE_AFTER_MIN.map(normForm))

/**
 * Whether "من" + an age word follows token `k` ("من عمره", "من العمر"): the number is an age.
 *
 * @example
 * ```ts
 * ageAfter(tokenize("في الـ12 من عمره"), 2) // true
 * ```
 */
export const ageAfter = (t: Tokens, k: number): boolean => t.words[k + 1] === "من" && AGE.has(t.words[k + 2] ?? "")

/**
 * Percentages.
 *
 * @example
 * ```ts
 * PERCENT.unit // "percent"
 * ```
 */
export const PERCENT: Unit = { unit: "percent", kind: "percent", currency: null, family: null }

const units = new Map<UnitSense, Unit>()

/**
 * The unit of a lexicon sense (shared objects, one per sense).
 *
 * @example
 * ```ts
 * toUnit(wordSense("جنديا")!.value).unit // "soldier"
 * ```
 */
export const toUnit = (s: UnitSense): Unit => {
  let u = units.get(s)
  if (u === undefined) units.set(s, (u = { unit: s.unit, kind: s.kind, currency: null, family: s.currency ?? null }))
  return u
}

/**
 * Whether two units are the same (token, kind and currency family).
 *
 * @example
 * ```ts
 * sameUnit(PERCENT, PERCENT) // true
 * ```
 */
export const sameUnit = (a: Unit, b: Unit): boolean => a.unit === b.unit && a.kind === b.kind && a.family?.token === b.family?.token

/**
 * A money unit with a known ISO code.
 *
 * @example
 * ```ts
 * money("USD").currency // "USD"
 * ```
 */
export const money = (iso: string): Unit => ({ unit: iso, kind: "money", currency: iso, family: null })

/**
 * Proclitic letters to skip in a definite word ("والمركز" → 1, "للمرة" → 0), or -1 when the word
 * is not definite.
 *
 * @example
 * ```ts
 * definiteCut("بالمركز") // 1
 * ```
 */
export const definiteCut = (w: string): number => {
  if (w.startsWith("ال") || w.startsWith("لل")) return 0
  if (/^[وفبك]ال/.test(w) || /^[وف]لل/.test(w)) return 1
  if (/^[وف][بك]ال/.test(w)) return 2
  return -1
}
