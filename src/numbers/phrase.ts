import type { Approx } from "../model/vocabulary.js"
import { CHANGE_WORDS, RANGE_LINKS } from "./data/qualifiers.js"
import { stripConjunction } from "./clitics.js"
import type { RaDecimal } from "./digits.js"
import { clean, readNumeral, type Numeral } from "./numeral.js"
import { qualifierBefore, rangeOpenerBefore, verbQualifierAcross, type QualifierMatch } from "./qualifier.js"
import { normForm } from "./text.js"
import { crossesSentence, DIGITS, type Tokens } from "./tokens.js"

/**
 * A numeral with its qualifier or range.
 *
 * @example
 * ```ts
 * readPhrase(tokenize("بين 10 و15"), 1) // { value: 10, valueMax: 15, approx: "range", … }
 * ```
 */
export interface Phrase {
  /** The number, or the low end of a range. */
  readonly low: Numeral
  /** The high end of a range, else null. */
  readonly high: Numeral | null
  /** Qualifier (or range opener) before the number, if any. */
  readonly qualifier: QualifierMatch | null
  readonly approx: Approx
  readonly value: number
  readonly valueMax: number | null
  /** Last numeral token (the high end's for a range). */
  readonly last: number
  /** "من A إلى B" after a verb of change: the first token of B, whose unit A shares. */
  readonly changeTo: number | null
  /** "2-1": a score or a label pair, not a quantity. */
  readonly pair: boolean
}

const LINKS = new Set(RANGE_LINKS.map(normForm))
const CHANGE = new Set(CHANGE_WORDS.map(normForm))
const MIN = new Set(["من", "ومن", "فمن"])

/**
 * Whether "من" before token `first` follows a verb or noun of change ("ارتفع من 3 إلى 5"): then
 * "من A إلى B" gives two values, not a range.
 */
const isChange = (t: Tokens, first: number): boolean => {
  const min = first - 1
  if (min < 0 || !MIN.has(t.words[min]!)) return false
  for (let k = min - 1; k >= Math.max(0, min - 10); k--) {
    if (crossesSentence(t, k, min)) return false
    if (CHANGE.has(t.words[k]!) || CHANGE.has(stripConjunction(t.words[k]!))) return true
  }
  return false
}

/** The high end of "بين A و B" at token `k`: "و" then a numeral, or a numeral with "و" glued on ("وخمسة"). */
const joinedEnd = (t: Tokens, k: number, ra: RaDecimal): Numeral | undefined => {
  const link = t.words[k]
  if (link === "و") return readNumeral(t, k + 1, ra)
  const b = readNumeral(t, k, ra)
  return b !== undefined && b.cut === 1 && link?.[0] === "و" ? b : undefined
}

/**
 * A range whose two ends each carry the unit ("بين 5% و7%", "من 5 بالمئة إلى 7 بالمئة", "بين
 * يومين وثلاثة أيام"): given where the low end starts, its value and where its unit ends, the
 * high end's numeral when one follows the range word, else undefined. The caller checks that the
 * high end has the same unit.
 *
 * @example
 * ```ts
 * rangeEndAfterUnit(tokenize("بين 5% و7%"), 1, 5, 2)?.value // 7
 * ```
 */
export const rangeEndAfterUnit = (t: Tokens, lowFirst: number, lowValue: number, unitLast: number, ra: RaDecimal = "fraction-first"): Numeral | undefined => {
  const k = unitLast + 1
  const link = t.words[k]
  if (link === undefined || crossesSentence(t, unitLast, k + 1)) return undefined
  let high: Numeral | undefined
  if (rangeOpenerBefore(t, lowFirst) !== undefined) high = joinedEnd(t, k, ra)
  else if (LINKS.has(link) && !isChange(t, lowFirst)) high = readNumeral(t, k + 1, ra)
  return high !== undefined && high.kind === "cardinal" && lowValue < high.value ? high : undefined
}

/**
 * Reads the number phrase at token `i`: the numeral, a qualifier before it and a range
 * ("بين 10 و15", "من 3 إلى 5", "10-15", "3 أو 4", "ثلاث إلى خمس").
 *
 * @example
 * ```ts
 * readPhrase(tokenize("بين 42 و47"), 1)?.valueMax // 47
 * ```
 */
export const readPhrase = (t: Tokens, i: number, ra: RaDecimal = "fraction-first"): Phrase | undefined => {
  const low = readNumeral(t, i, ra)
  if (low === undefined) return undefined
  const opener = rangeOpenerBefore(t, low.first)
  let high: Numeral | undefined
  let changeTo: number | null = null
  let pair = false
  const a = low.last
  const link = t.words[a + 1]
  if (low.kind === "cardinal" && a + 2 <= t.count) {
    if (opener !== undefined) high = joinedEnd(t, a + 1, ra)
    if (high === undefined && link !== undefined && LINKS.has(link)) {
      const b = readNumeral(t, a + 2, ra)
      if (b !== undefined && b.kind === "cardinal") {
        if (link !== "او" && isChange(t, low.first)) changeTo = b.first
        else high = b
      }
    }
    // "10-15" is a range; "01-234567", with a leading zero, is a phone number
    const zeroLed = low.first === a && t.words[a]!.length >= 2 && t.words[a]![0] === "0"
    if (high === undefined && changeTo === null && link === "-" && t.types[a] === DIGITS && t.types[a + 2] === DIGITS && !zeroLed) {
      const b = readNumeral(t, a + 2, ra)
      if (b !== undefined) high = b
    }
  }
  let lowValue = low.value
  // "ارتفعت من 3 إلى 5 مليارات": the start of a change shares the scale of its end when it has
  // none of its own and the two stay within a factor of 20 ("من 800 إلى 1.2 مليار" is left)
  if (changeTo !== null && low.scale === 1) {
    const b = readNumeral(t, changeTo, ra)
    if (b !== undefined && b.scale > 1 && low.value < 1000) {
      const scaled = low.value * b.scale
      if (scaled <= b.value * 20 && scaled * 20 >= b.value) lowValue = clean(scaled)
    }
  }
  if (high !== undefined) {
    if (low.scale === 1 && high.scale > 1 && low.value * high.scale <= high.value) lowValue = clean(low.value * high.scale)
    if (!(lowValue < high.value)) {
      pair = link === "-"
      high = undefined
      lowValue = low.value
    }
  }
  const qualifier = high !== undefined && opener !== undefined ? opener : (qualifierBefore(t, low.first) ?? null)
  let approx: Approx = "exact"
  let value = lowValue
  let valueMax: number | null = null
  if (high !== undefined) {
    approx = "range"
    valueMax = high.value
  } else if (low.kind === "vague") {
    approx = "about"
    valueMax = low.valueMax
  }
  if (qualifier !== null && high === undefined && !qualifier.needsUnit) approx = qualifier.approx
  else if (qualifier === null && high === undefined && low.kind !== "vague") approx = verbQualifierAcross(t, low.first) ?? approx
  return {
    low,
    high: high ?? null,
    qualifier: high !== undefined && opener !== undefined ? opener : qualifier,
    approx,
    value,
    valueMax,
    last: high !== undefined ? high.last : low.last,
    changeTo,
    pair
  }
}
