/**
 * Token normalization and the tokenizer of `tagText`: white space separates tokens, punctuation
 * is split off into tokens of its own (except `.` and `,` between digits), line breaks and
 * sentence-final punctuation end sentences. Works on the `match`-normalized text and maps every
 * token back to the raw text.
 */
import { normalize, normalizeText, type Normalized } from "../normalize/normalize.js"
import { PROFILES } from "../normalize/options.js"

/** The `match` profile without white-space collapsing, so line breaks stay visible. */
const PROFILE = { ...PROFILES.match, whitespace: false }

const tokenCache = new Map<string, string>()

/**
 * The form the tagger sees for a token: `match`-normalized (alef/hamza, ى, ة, diacritics,
 * tatweel, Persian letters, digits, quotes), Latin lower-cased. Cached.
 *
 * @example
 * ```ts
 * import { normalizeToken } from "./tokenize.js" // internal to src/tagger
 * normalizeToken("الأُمَم") // "الامم"
 * normalizeToken("CNN") // "cnn"
 * ```
 */
export const normalizeToken = (raw: string): string => {
  const hit = tokenCache.get(raw)
  if (hit !== undefined) return hit
  let n = normalizeText(raw, PROFILE).trim()
  if (/[A-Z\u00c0-\u00de]/.test(n)) n = n.toLowerCase()
  if (tokenCache.size > 200_000) tokenCache.clear()
  tokenCache.set(raw, n)
  return n
}

/** Character classes of the tokenizer. */
const SPACE = 0
const WORD = 1
const PUNCT = 2
const NEWLINE = 3

let classes: Uint8Array | undefined

const classTable = (): Uint8Array => {
  if (classes !== undefined) return classes
  const t = new Uint8Array(0x10000)
  const word = /[\p{L}\p{N}\p{M}]/u
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) t[c] = WORD
    else if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029 || c === 0x85) t[c] = NEWLINE
    else if (/\s/.test(String.fromCharCode(c)) || c === 0x200f || c === 0x200e) t[c] = SPACE
    else if (word.test(String.fromCharCode(c))) t[c] = WORD
    else t[c] = PUNCT
  }
  classes = t
  return t
}

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39

/** Punctuation that ends a sentence when it stands as a token. */
const SENTENCE_END = new Set([".", "!", "?", "؟", "…"])

/**
 * The tokens of a text, in the `match`-normalized text, with their raw spans.
 *
 * @example
 * ```ts
 * import { splitText } from "./tokenize.js" // internal to src/tagger
 * const t = splitText("زار ماكرون باريس.")
 * t.tokens // ["زار", "ماكرون", "باريس", "."]
 * ```
 */
export interface TextTokens {
  /** The normalized text and its map back to the raw text. */
  readonly norm: Normalized
  /** Normalized token strings (Latin lower-cased). */
  readonly tokens: ReadonlyArray<string>
  /** Start of each token in the normalized text. */
  readonly starts: Int32Array
  /** End of each token in the normalized text. */
  readonly ends: Int32Array
  /** Token index where each sentence starts, then the token count. */
  readonly sentences: ReadonlyArray<number>
}

/**
 * Splits `raw` into tokens and sentences (see {@link TextTokens}).
 *
 * @example
 * ```ts
 * import { splitText } from "./tokenize.js" // internal to src/tagger
 * splitText("قال: 3.5 مليون\nثم").sentences // [0, 4, 5]
 * ```
 */
export const splitText = (raw: string): TextTokens => {
  const cls = classTable()
  const norm = normalize(raw, PROFILE)
  const text = norm.text
  const n = text.length
  const tokens: Array<string> = []
  const starts: Array<number> = []
  const ends: Array<number> = []
  const sentences: Array<number> = [0]
  const breakSentence = (): void => {
    if (tokens.length > sentences[sentences.length - 1]!) sentences.push(tokens.length)
  }
  let i = 0
  while (i < n) {
    const c = text.charCodeAt(i)
    const k = cls[c]!
    if (k === SPACE) {
      i++
      continue
    }
    if (k === NEWLINE) {
      breakSentence()
      i++
      continue
    }
    const s = i
    if (k === PUNCT) {
      i++
      const p = text.slice(s, i)
      tokens.push(p)
      starts.push(s)
      ends.push(i)
      if (SENTENCE_END.has(p)) breakSentence()
      continue
    }
    i++
    while (i < n) {
      const d = text.charCodeAt(i)
      const kd = cls[d]!
      if (kd === WORD) i++
      else if ((d === 0x2e || d === 0x2c) && i + 1 < n && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1))) i++
      else break
    }
    let w = text.slice(s, i)
    if (/[A-Z\u00c0-\u00de]/.test(w)) w = w.toLowerCase()
    tokens.push(w)
    starts.push(s)
    ends.push(i)
  }
  breakSentence()
  if (sentences[sentences.length - 1] !== tokens.length) sentences.push(tokens.length)
  return { norm, tokens, starts: Int32Array.from(starts), ends: Int32Array.from(ends), sentences }
}
