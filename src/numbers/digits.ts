import { CARDINALS } from "./lexicon.js"
import { DIGITS, LATIN, SPACE, WORD, type Tokens } from "./tokens.js"

/**
 * A number written in digits.
 *
 * @example
 * ```ts
 * readDigits(tokenize("١٢٬٥٠٠"), 0) // { value: 12500, grouped: true, … }
 * ```
 */
export interface DigitNumber {
  readonly value: number
  /** Index of the last token of the number. */
  readonly last: number
  /** Digits before the decimal separator. */
  readonly intDigits: number
  /** Thousands separators were used ("1,500"). */
  readonly grouped: boolean
  /** A decimal part was written. */
  readonly decimal: boolean
  /** Written like "1.200" or "178.797": one dot and three digits, which Maghrebi papers use for thousands. */
  readonly dot3: boolean
}

/**
 * How to read "AرB" (Reuters/AFP Arabic style decimal): "fraction-first" = B.A, "integer-first" = A.B.
 *
 * @example
 * ```ts
 * const ra: RaDecimal = "fraction-first" // "8ر24" = 24.8
 * ```
 */
export type RaDecimal = "fraction-first" | "integer-first"

const glued = (t: Tokens, j: number): boolean => t.gaps[j] === 0

/** Whether token k is a scale word (ألف, مليون, مليار, in any form) or a percent sign. */
const scaleOrPercentAt = (t: Tokens, k: number): boolean => {
  const x = t.words[k]
  if (x === undefined) return false
  if (x === "%" || x === "٪") return true
  const c = t.types[k] === WORD ? CARDINALS.get(x) : undefined
  return c !== undefined && (c.role === "scale" || c.role === "scales")
}

const isDigitsAt = (t: Tokens, j: number): boolean => j < t.count && t.types[j] === DIGITS && glued(t, j)

/**
 * Reads the digit number starting at token `i` (a DIGITS token): thousands groups ("1,500",
 * "١٬٥٠٠", "1.200.000"), a decimal part ("3.4", "٣٫٤", European "2,5"), or the agency decimal "8ر24".
 * "17.12.2024" is not read as a decimal (three parts).
 *
 * @example
 * ```ts
 * readDigits(tokenize("1,500.5 دولار"), 0)?.value // 1500.5
 * ```
 */
export const readDigits = (t: Tokens, i: number, ra: RaDecimal = "fraction-first"): DigitNumber | undefined => {
  if (t.types[i] !== DIGITS) return undefined
  const w = t.words
  let int = w[i]!
  let frac = ""
  let j = i
  let grouped = false
  while (w[j + 1] === "," && glued(t, j + 1) && isDigitsAt(t, j + 2) && w[j + 2]!.length === 3 && (grouped || int.length <= 3)) {
    int += w[j + 2]!
    j += 2
    grouped = true
  }
  // "12 500 درهم", "36 828 330 نسمة": spaces between groups of three digits (Maghrebi and French
  // style), when the groups end before a word ("770 123 4567", a phone number, ends in 4 digits)
  if (!grouped && int.length <= 3 && int[0] !== "0" && !glued(t, j + 1) && j + 1 < t.count) {
    let k = j
    let all = int
    while (t.gaps[k + 1] === SPACE && t.types[k + 1] === DIGITS && w[k + 1]!.length === 3) {
      all += w[k + 1]!
      k++
    }
    if (k > j && (k + 1 >= t.count || t.types[k + 1] === WORD || t.types[k + 1] === LATIN) && !glued(t, k + 1)) {
      return { value: Number(all), last: k, intDigits: all.length, grouped: true, decimal: false, dot3: false }
    }
  }
  const sep = w[j + 1]
  // "1.200.000": dots between groups of three digits are thousands separators
  if (sep === "." && !grouped && int.length <= 3 && glued(t, j + 1) && isDigitsAt(t, j + 2) && w[j + 2]!.length === 3) {
    let k = j
    let all = int
    while (w[k + 1] === "." && glued(t, k + 1) && isDigitsAt(t, k + 2) && w[k + 2]!.length === 3) {
      all += w[k + 2]!
      k += 2
    }
    if (k >= j + 4 && !(w[k + 1] === "." && glued(t, k + 1) && t.types[k + 2] === DIGITS)) {
      return { value: Number(all), last: k, intDigits: all.length, grouped: true, decimal: false, dot3: false }
    }
  }
  const after = i >= 2 && (w[i - 1] === "." || w[i - 1] === "/" || w[i - 1] === "-") && glued(t, i) && glued(t, i - 1) && t.types[i - 2] === DIGITS
  if ((sep === "." || sep === "ر") && !after && glued(t, j + 1) && isDigitsAt(t, j + 2)) {
    const three = (w[j + 3] === "." || w[j + 3] === "/" || w[j + 3] === "-") && glued(t, j + 3) && isDigitsAt(t, j + 4)
    if (!three) {
      if (sep === ".") frac = w[j + 2]!
      else if (!grouped) {
        if (ra === "fraction-first") {
          frac = int
          int = w[j + 2]!
        } else frac = w[j + 2]!
      }
      if (frac !== "") j += 2
    }
  } else if (sep === "," && !grouped && glued(t, j + 1) && isDigitsAt(t, j + 2) && w[j + 2]!.length <= 2 && !(w[j + 3] === "," && glued(t, j + 3))) {
    frac = w[j + 2]!
    j += 2
  } else if (sep === "،" && !grouped && glued(t, j + 1) && isDigitsAt(t, j + 2) && w[j + 2]!.length <= 2 && scaleOrPercentAt(t, j + 3)) {
    // the Arabic comma as a decimal point, glued on both sides before a scale or a percent sign:
    // "3،5 مليار دولار", "٤،٢٪" (a list is spaced: "3، 5")
    frac = w[j + 2]!
    j += 2
  }
  const value = Number(frac === "" ? int : `${int}.${frac}`)
  if (!Number.isFinite(value)) return undefined
  const dot3 = sep === "." && frac.length === 3 && int.length <= 3 && !grouped
  return { value, last: j, intDigits: int.replace(/^0+(?=\d)/, "").length, grouped, decimal: frac !== "", dot3 }
}
