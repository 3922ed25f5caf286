import {
  CARDINAL_WORDS,
  FRACTION_WORDS,
  OTHERS_WORDS,
  TEEN_TAILS,
  VAGUE_SCALES,
  VAGUE_WORDS,
  type CardinalRole
} from "./data/number-words.js"
import { DEFINITE_CARDINALS, ORDINAL_PREFIXES, ORDINAL_TEEN_TAILS, ORDINAL_TENS, ORDINAL_UNITS } from "./data/ordinals.js"
import { preload } from "./clitics.js"
import { normForm } from "./text.js"

/**
 * A cardinal word as the parser reads it.
 *
 * @example
 * ```ts
 * CARDINALS.get("ثلاثه") // { value: 3, role: "unit" }
 * ```
 */
export interface Cardinal {
  readonly value: number
  readonly role: CardinalRole
}

/**
 * A vague amount word.
 *
 * @example
 * ```ts
 * VAGUE.get("عشرات") // { low: 20, high: 90, needsNoun: false }
 * ```
 */
export interface Vague {
  readonly low: number
  readonly high: number
  readonly needsNoun: boolean
}

const mapOf = <T>(rows: ReadonlyArray<{ readonly forms: ReadonlyArray<string> }>, value: (row: never) => T): Map<string, T> => {
  const m = new Map<string, T>()
  for (const row of rows) for (const f of row.forms) {
    const k = normForm(f)
    if (!m.has(k)) m.set(k, value(row as never))
  }
  return m
}

const setOf = (xs: ReadonlyArray<string>): ReadonlySet<string> => new Set(xs.map(normForm))

/**
 * Cardinal words by normalized form.
 *
 * @example
 * ```ts
 * CARDINALS.get("الفين") // { value: 1000, role: "dual" }
 * ```
 */
export const CARDINALS: ReadonlyMap<string, Cardinal> = mapOf(CARDINAL_WORDS, (r: { value: number; role: CardinalRole }) => ({ value: r.value, role: r.role }))
/**
 * Teen tails (عشر, عشره).
 *
 * @example
 * ```ts
 * TEEN_TAIL.has("عشره") // true
 * ```
 */
export const TEEN_TAIL: ReadonlySet<string> = setOf(TEEN_TAILS)
/**
 * Single-word fractions.
 *
 * @example
 * ```ts
 * FRACTIONS.get("ربع") // 0.25
 * ```
 */
export const FRACTIONS: ReadonlyMap<string, number> = mapOf(
  FRACTION_WORDS.map((r) => ({ ...r, forms: r.forms.filter((f) => !f.includes(" ")) })),
  (r: { value: number }) => r.value
)
/**
 * "أرباع" after a unit: three quarters.
 *
 * @example
 * ```ts
 * QUARTERS.has("ارباع") // true
 * ```
 */
export const QUARTERS: ReadonlySet<string> = setOf(["أرباع"])
/**
 * Vague amounts.
 *
 * @example
 * ```ts
 * VAGUE.get("بضعه") // { low: 3, high: 9, needsNoun: true }
 * ```
 */
export const VAGUE: ReadonlyMap<string, Vague> = mapOf(VAGUE_WORDS, (r: Vague) => ({ low: r.low, high: r.high, needsNoun: r.needsNoun }))
/**
 * Plural scales after a vague amount.
 *
 * @example
 * ```ts
 * VAGUE_SCALE.get("الالاف") // 1000
 * ```
 */
export const VAGUE_SCALE: ReadonlyMap<string, number> = mapOf(VAGUE_SCALES, (r: { value: number }) => r.value)
/**
 * Definite ordinals 1–10.
 *
 * @example
 * ```ts
 * ORDINAL_UNIT.get("الثالثه") // { value: 3, lead: false }
 * ```
 */
export const ORDINAL_UNIT: ReadonlyMap<string, { readonly value: number; readonly lead: boolean }> = mapOf(ORDINAL_UNITS, (r: { value: number; lead?: boolean }) => ({
  value: r.value,
  lead: r.lead === true
}))
/**
 * Indefinite ordinals before a noun.
 *
 * @example
 * ```ts
 * ORDINAL_PREFIX.get("ثاني") // 2
 * ```
 */
export const ORDINAL_PREFIX: ReadonlyMap<string, number> = mapOf(ORDINAL_PREFIXES, (r: { value: number }) => r.value)
/**
 * Definite tens (ordinal or cardinal by context).
 *
 * @example
 * ```ts
 * ORDINAL_TEN.get("العشرين") // 20
 * ```
 */
export const ORDINAL_TEN: ReadonlyMap<string, number> = mapOf(ORDINAL_TENS, (r: { value: number }) => r.value)
/**
 * Teen tails after an ordinal.
 *
 * @example
 * ```ts
 * ORDINAL_TEEN_TAIL.has("عشر") // true
 * ```
 */
export const ORDINAL_TEEN_TAIL: ReadonlySet<string> = setOf(ORDINAL_TEEN_TAILS)
/**
 * Definite cardinals after a definite plural noun.
 *
 * @example
 * ```ts
 * DEFINITE_CARDINAL.get("الخمسه") // 5
 * ```
 */
export const DEFINITE_CARDINAL: ReadonlyMap<string, number> = mapOf(DEFINITE_CARDINALS, (r: { value: number }) => r.value)
/**
 * "آخرين" after a number.
 *
 * @example
 * ```ts
 * OTHERS.has("اخرين") // true
 * ```
 */
export const OTHERS: ReadonlySet<string> = setOf(OTHERS_WORDS)

preload(CARDINALS, FRACTIONS, VAGUE, VAGUE_SCALE, ORDINAL_UNIT, ORDINAL_PREFIX, ORDINAL_TEN, DEFINITE_CARDINAL)

/**
 * Words that can start a number or an ordinal (with or without proclitics).
 *
 * @example
 * ```ts
 * NUMBER_STARTS.has("مليون") // true
 * ```
 */
export const NUMBER_STARTS: ReadonlyMap<string, true> = new Map(
  [CARDINALS, FRACTIONS, VAGUE, ORDINAL_UNIT, ORDINAL_PREFIX, ORDINAL_TEN, DEFINITE_CARDINAL, new Map([...QUARTERS].map((q) => [q, true]))].flatMap((m) =>
    [...m.keys()].map((k) => [k, true as const])
  )
)
preload(NUMBER_STARTS)
