import {
  COUNT_END_PREPOSITIONS,
  DISTANT_LABEL_WORDS,
  LABEL_GAP_WORDS,
  LABEL_WORDS,
  MODEL_LABEL_WORDS,
  RATE_BASE_BEFORE,
  TIME_AFTER
} from "./data/non-quantities.js"
import { COUNT_HEADS } from "./data/qualifiers.js"
import { lookupAt, preload, stripConjunction } from "./clitics.js"
import type { Numeral } from "./numeral.js"
import { normForm } from "./text.js"
import { DIGITS, LATIN, LINE, PUNCT, WORD, type Tokens } from "./tokens.js"
import { isUnitStart } from "./units-lexicon.js"

const LABELS: ReadonlyMap<string, true> = new Map(LABEL_WORDS.map((w) => [normForm(w), true as const]))
preload(LABELS)
const TIME: ReadonlySet<string> = new Set(TIME_AFTER.map(normForm))
const RATE_BASE: ReadonlySet<string> = new Set(RATE_BASE_BEFORE.map(normForm))

/**
 * Whether the number at token `first` is the base of a rate: "لكل ألف مولود", "مقابل كل 100".
 *
 * @example
 * ```ts
 * isRateBase(tokenize("5 وفيات لكل ألف مولود"), 3) // true
 * ```
 */
export const isRateBase = (t: Tokens, first: number): boolean =>
  first >= 1 && (RATE_BASE.has(t.words[first - 1]!) || (first >= 2 && RATE_BASE.has(`${t.words[first - 2]} ${t.words[first - 1]}`)))

const DISTANT_LABELS: ReadonlySet<string> = new Set(DISTANT_LABEL_WORDS.map(normForm))
const LABEL_GAP: ReadonlySet<string> = new Set(LABEL_GAP_WORDS.map(normForm))

/** "القرار الأممي 2216", "قرار مجلس الأمن رقم 2254": a distant label within three words before token `first`. */
const distantLabel = (t: Tokens, first: number): boolean => {
  for (let k = first - 2; k >= Math.max(0, first - 4); k--) {
    const w = t.words[k + 1]!
    if (t.types[k + 1] !== WORD || (t.gaps[k + 2]! & LINE) !== 0 || !(w.startsWith("ال") || LABEL_GAP.has(w))) return false
    if (t.types[k] === WORD && DISTANT_LABELS.has(t.words[k]!.replace(/^[وف]/, ""))) return true
  }
  return false
}
const MODEL_LABELS: ReadonlySet<string> = new Set(MODEL_LABEL_WORDS.map(normForm))

/** "من طراز شاهد 136": a model label, one name word, then the number at `first`, with no unit after it. */
const modelLabel = (t: Tokens, first: number, last: number): boolean =>
  first >= 2 &&
  t.types[first - 1] === WORD &&
  t.types[first - 2] === WORD &&
  (t.gaps[first - 1]! & LINE) === 0 &&
  MODEL_LABELS.has(stripConjunction(t.words[first - 2]!)) &&
  !(t.types[last + 1] === WORD && isUnitStart(t.words[last + 1]!))
const LIST_MARKS = new Set(["-", ".", ")", ":", "/"])

/**
 * A number that names something rather than measuring it: right after a label word ("القرار
 * 1701", "المادة 5", "الفورمولا 1"), glued to Latin letters ("G20", "F16"), or after a word and
 * a hyphen ("كوفيد-19", "إف-16", "سو-35"). With `measured` (a percentage, sum or measure follows),
 * a label word alone does not make a name ("عند مستوى 27.25%").
 *
 * @example
 * ```ts
 * isNameNumber(tokenize("كوفيد-19"), 2, 2) // true
 * ```
 */
export const isNameNumber = (t: Tokens, first: number, last: number, measured = false): boolean => {
  const p = first - 1
  if (p >= 0) {
    if (t.types[p] === LATIN && t.gaps[first] === 0) return true
    if (!measured && t.types[p] === WORD && (lookupAt(LABELS, t, p, 2) !== undefined || distantLabel(t, first) || modelLabel(t, first, last))) return true
    // "كوفيد-19", "كوفيد -19", "إف- 16"; before a measure ("بلغت -5 درجات"), a hyphen glued to
    // the digits only is a minus sign
    if (t.words[p] === "-" && p >= 1 && (t.types[p - 1] === WORD || t.types[p - 1] === LATIN) && (t.gaps[p] === 0 || (t.gaps[first] === 0 && !measured))) return true
    if (t.words[p] === "#" || t.words[p] === "№" || t.words[p] === "©" || t.words[p] === "®") return true
  }
  const n = last + 1
  if (n < t.count && t.types[n] === LATIN && t.gaps[n] === 0 && !isUnitStart(t.words[n]!)) return true
  if (n < t.count && t.words[n] === "-" && t.types[n + 1] === LATIN && t.gaps[n] === 0) return true
  return false
}

/**
 * A clock time: "10:30", "10 صباحا", "8 مساء".
 *
 * @example
 * ```ts
 * isClockTime(tokenize("10:30"), 0, 0) // true
 * ```
 */
export const isClockTime = (t: Tokens, first: number, last: number): boolean => {
  const n = last + 1
  if (t.words[n] === ":" && t.types[n + 1] === DIGITS && t.gaps[n + 1] === 0) return true
  if (first >= 2 && t.words[first - 1] === ":" && t.types[first - 2] === DIGITS && t.gaps[first] === 0) return true
  const next = t.words[n]
  if (next !== undefined && (TIME.has(next) || TIME.has(next.replace(/^و/, "")))) return true
  return false
}

/**
 * A phone number, an identifier or page furniture: 8+ digits in one run, a "+" before the
 * digits, another bare digit group right before or after ("770 123 4567", "1500 / 1500", "2-1").
 *
 * @example
 * ```ts
 * isCodeLike(tokenize("1500 / 1500"), readNumeral(tokenize("1500 / 1500"), 0)!) // true
 * ```
 */
export const isCodeLike = (t: Tokens, n: Numeral, first = n.first, last = n.last, hasUnit = false): boolean => {
  if (!hasUnit && t.types[first] === DIGITS && !n.spelled && !n.grouped && !n.decimal && n.intDigits >= 8) return true
  const p = first - 1
  if (p >= 0 && (t.words[p] === "+" || t.words[p] === "#") && t.gaps[first] === 0) return true
  if (p >= 0 && t.types[first] === DIGITS && t.types[p] === DIGITS) return true
  if (p >= 1 && (t.words[p] === "/" || t.words[p] === "-" || t.words[p] === ":") && t.types[p - 1] === DIGITS && t.types[first] === DIGITS) return true
  const q = last + 1
  if (q < t.count && t.types[q] === DIGITS && t.types[last] === DIGITS) return true
  if ((t.words[q] === "/" || t.words[q] === "-") && t.types[q + 1] === DIGITS && t.types[last] === DIGITS) return true
  return false
}

/**
 * Section numbering at the start of a line: "1-", "2.", "3)", "(4)".
 *
 * @example
 * ```ts
 * isListNumber(tokenize("1- الاقتصاد"), 0, 0) // true
 * ```
 */
export const isListNumber = (t: Tokens, first: number, last: number): boolean => {
  let f = first
  if (f > 0 && t.words[f - 1] === "(" && (t.gaps[f - 1]! & LINE) !== 0) f = f - 1
  if ((t.gaps[f]! & LINE) === 0) return false
  const n = last + 1
  return n < t.count && t.types[n] === PUNCT && LIST_MARKS.has(t.words[n]!) && t.gaps[n] === 0
}

/**
 * A bare 4-digit number 1900–2100 with nothing around it: a year, not a quantity.
 *
 * @example
 * ```ts
 * isBareYear(readNumeral(tokenize("2014"), 0)!) // true
 * ```
 */
export const isBareYear = (n: Numeral): boolean =>
  !n.spelled && !n.grouped && !n.decimal && n.scale === 1 && n.intDigits === 4 && n.value >= 1900 && n.value <= 2100

const COUNT_HEAD = new Set(COUNT_HEADS.map(normForm))
const COUNT_END = new Set(COUNT_END_PREPOSITIONS.map(normForm))

/** Words looked back over, from the preposition, for a count noun. */
const COUNT_WINDOW = 4

/**
 * Whether token `p` is "إلى" ending a count told just before it, in its clause: in
 * "ارتفع عدد القتلى إلى 2000" the number after it is the count, not a year.
 *
 * @example
 * ```ts
 * countEndPoint(tokenize("ارتفع عدد القتلى إلى 2000"), 3) // true
 * countEndPoint(tokenize("ارتفع عدد السكان في 2020"), 3) // false
 * ```
 */
export const countEndPoint = (t: Tokens, p: number): boolean => {
  if (p < 1 || t.types[p] !== WORD || !COUNT_END.has(stripConjunction(t.words[p]!))) return false
  for (let k = p - 1; k >= 0 && k >= p - COUNT_WINDOW; k--) {
    if (t.types[k] !== WORD) return false
    const w = stripConjunction(t.words[k]!)
    if (COUNT_HEAD.has(w) || (w.startsWith("ال") && COUNT_HEAD.has(w.slice(2)))) return true
  }
  return false
}
