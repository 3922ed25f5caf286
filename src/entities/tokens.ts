import { normalize, type Normalized } from "../normalize/normalize.js"
import { PROFILES } from "../normalize/options.js"

/** Token kinds. */
export const ARABIC = 1
export const LATIN = 2
export const DIGITS = 3

/** Gap flags: what separates a token from the one before it. */
/** Punctuation, a symbol or a line break: names and phrases never run across it. */
export const BREAK = 1
/** A quotation mark (`"` or `'` after normalization). */
export const QUOTE = 2
/** A line break. */
export const NEWLINE = 4
/** A break made of hyphens only (with or without spaces): "كوفيد-19", "سايكس-بيكو". */
export const HYPHEN = 8

/**
 * The `match` profile without white-space collapsing, so that line breaks still separate phrases.
 * Kept as one object so the normalizer compiles its table once.
 */
const SCAN_PROFILE = { ...PROFILES.match, whitespace: false }

/**
 * The words of a text: runs of Arabic letters, of Latin letters or of digits in the
 * `match`-normalized text, with what separates each from the previous one.
 *
 * @example
 * ```ts
 * import { tokenize } from "akhbar"
 * const t = tokenize("قالَ الرئيسُ: بغداد")
 * t.words // ["قال", "الرئيس", "بغداد"]
 * ```
 */
export interface Tokens {
  /** The normalized text and its map back to the raw text. */
  readonly norm: Normalized
  /** Number of tokens. */
  readonly count: number
  /** The tokens' text, normalized, Latin lower-cased. */
  readonly words: ReadonlyArray<string>
  /** Start offset of each token in the normalized text. */
  readonly starts: Int32Array
  /** End offset of each token in the normalized text. */
  readonly ends: Int32Array
  /** ARABIC, LATIN or DIGITS. */
  readonly kinds: Uint8Array
  /** Flags of the gap before token i (BREAK, QUOTE, NEWLINE, HYPHEN); `gaps[count]` is the gap after the last. */
  readonly gaps: Uint8Array
}

const isArabicLetter = (c: number): boolean =>
  (c >= 0x0621 && c <= 0x064a && c !== 0x0640) ||
  c === 0x066e ||
  c === 0x066f ||
  (c >= 0x0671 && c <= 0x06d3) ||
  c === 0x06d5 ||
  (c >= 0x06fa && c <= 0x06fc) ||
  c === 0x06ff

const isLatinLetter = (c: number): boolean =>
  (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39

/** Character class: 0 other, 1 Arabic letter, 2 Latin letter, 3 digit, 4 combining mark (stays in a word). */
const classOf = (c: number): number => {
  if (isArabicLetter(c)) return ARABIC
  if (isLatinLetter(c)) return LATIN
  if (isDigit(c)) return DIGITS
  if ((c >= 0x0300 && c <= 0x036f) || (c >= 0x064b && c <= 0x065f) || c === 0x0670) return 4
  return 0
}

const CLASS = new Uint8Array(0x10000)
for (let c = 0; c < 0x10000; c++) CLASS[c] = classOf(c)

const gapFlag = (c: number): number => {
  if (c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x200f || c === 0x200e) return 0
  if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029 || c === 0x85) return BREAK | NEWLINE
  if (c === 0x22 || c === 0x27) return QUOTE
  if (c === 0x0640) return 0
  if (c <= 0x20) return 0
  return BREAK
}

/**
 * Splits `raw` into tokens over its `match`-normalized form (see {@link Tokens}).
 *
 * @example
 * ```ts
 * import { tokenize } from "akhbar"
 * tokenize("وزارة الخارجية، CNN").words // ["وزاره", "الخارجيه", "cnn"]
 * ```
 */
export const tokenize = (raw: string): Tokens => {
  const norm = normalize(raw, SCAN_PROFILE)
  const text = norm.text
  const n = text.length
  const words: Array<string> = []
  const starts: Array<number> = []
  const ends: Array<number> = []
  const kinds: Array<number> = []
  const gaps: Array<number> = []
  let gap = 0
  // whether the break before the next token is made of hyphens only
  let hyphens = false
  let otherBreak = false
  let i = 0
  while (i < n) {
    const c = text.charCodeAt(i)
    const k = CLASS[c]!
    if (k === 0 || k === 4) {
      const g = gapFlag(c)
      if (c === 0x2d) hyphens = true
      else if (g !== 0) otherBreak = true
      gap |= g
      i++
      continue
    }
    const s = i
    i++
    while (i < n) {
      const d = CLASS[text.charCodeAt(i)]!
      if (d === k || d === 4) i++
      else break
    }
    let w = text.slice(s, i)
    if (k === LATIN) w = w.toLowerCase()
    words.push(w)
    starts.push(s)
    ends.push(i)
    kinds.push(k)
    gaps.push(hyphens && !otherBreak ? gap | HYPHEN : gap)
    gap = 0
    hyphens = false
    otherBreak = false
  }
  gaps.push(gap | BREAK)
  return {
    norm,
    count: words.length,
    words,
    starts: Int32Array.from(starts),
    ends: Int32Array.from(ends),
    kinds: Uint8Array.from(kinds),
    gaps: Uint8Array.from(gaps)
  }
}
