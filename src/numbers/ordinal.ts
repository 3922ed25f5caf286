import { isKnownAt, lookupAt } from "./clitics.js"
import { ORDINAL_PREFIX, ORDINAL_TEEN_TAIL, ORDINAL_TEN, ORDINAL_UNIT } from "./lexicon.js"
import { DIGITS, WORD, type Tokens } from "./tokens.js"

/**
 * An ordinal word or compound ("الثالث", "الحادي عشر", "الخامسة والخمسين", "ثاني").
 *
 * @example
 * ```ts
 * readOrdinal(tokenize("الحادي عشر"), 0) // { value: 11, form: "unit", … }
 * ```
 */
export interface Ordinal {
  readonly first: number
  readonly last: number
  readonly cut: number
  readonly value: number
  /** `unit`: definite 1–10 or a compound; `ten`: a definite ten (also read as a cardinal); `prefix`: indefinite before a noun. */
  readonly form: "unit" | "ten" | "prefix"
}

/**
 * Reads the ordinal at token `i`.
 *
 * @example
 * ```ts
 * readOrdinal(tokenize("الثامنة عشرة"), 0)?.value // 18
 * ```
 */
export const readOrdinal = (t: Tokens, i: number): Ordinal | undefined => {
  if (t.types[i] !== WORD) return undefined
  const w = t.words[i]!
  if (!isKnownAt(t, i)) return undefined
  const unit = lookupAt(ORDINAL_UNIT, t, i, 3)
  if (unit !== undefined) {
    const next = t.words[i + 1]
    if (next !== undefined && ORDINAL_TEEN_TAIL.has(next) && unit.value.value <= 9) {
      return { first: i, last: i + 1, cut: unit.cut, value: unit.value.value + 10, form: "unit" }
    }
    if (next !== undefined && next.length > 3 && next[0] === "و") {
      const ten = ORDINAL_TEN.get(next.slice(1))
      if (ten !== undefined && ten < 100) return { first: i, last: i + 1, cut: unit.cut, value: unit.value.value + ten, form: "unit" }
    }
    if (unit.value.lead) return undefined
    return { first: i, last: i, cut: unit.cut, value: unit.value.value, form: "unit" }
  }
  const ten = lookupAt(ORDINAL_TEN, t, i, 3)
  if (ten !== undefined) {
    // "بالمئة", "في المئة" are percent signs, not "the hundredth"
    if (ten.value === 100 && (ten.cut > 0 || t.words[i - 1] === "في" || t.types[i - 1] === DIGITS)) return undefined
    return { first: i, last: i, cut: ten.cut, value: ten.value, form: "ten" }
  }
  const prefix = ORDINAL_PREFIX.get(w) ?? (w.length > 3 && (w[0] === "و" || w[0] === "ف") ? ORDINAL_PREFIX.get(w.slice(1)) : undefined)
  if (prefix !== undefined) return { first: i, last: i, cut: ORDINAL_PREFIX.has(w) ? 0 : 1, value: prefix, form: "prefix" }
  return undefined
}
