import { normalize, type Normalized } from "../normalize/normalize.js"
import { lexiconGeneration, readingsOf, type Readings } from "./clitics.js"
import { HASH_SEED, hashStep, intern, internedReadings, internedRoles, internedWord, startInterning } from "./intern.js"
import { rolesOfReadings } from "./token-roles.js"
import { SCAN_PROFILE } from "./text.js"

/**
 * Token type: a run of Arabic letters.
 *
 * @example
 * ```ts
 * tokenize("قال").types[0] === WORD // true
 * ```
 */
export const WORD = 1
/**
 * Token type: a run of ASCII digits (after normalization of every digit script).
 *
 * @example
 * ```ts
 * tokenize("١٢").types[0] === DIGITS // true
 * ```
 */
export const DIGITS = 2
/**
 * Token type: a run of Latin letters.
 *
 * @example
 * ```ts
 * tokenize("G20").types[0] === LATIN // true
 * ```
 */
export const LATIN = 3
/**
 * Token type: one other character (punctuation, symbol).
 *
 * @example
 * ```ts
 * tokenize("%").types[0] === PUNCT // true
 * ```
 */
export const PUNCT = 4

/**
 * Gap flag: white space before the token.
 *
 * @example
 * ```ts
 * (tokenize("a b").gaps[1]! & SPACE) !== 0 // true
 * ```
 */
export const SPACE = 1
/**
 * Gap flag: a line break before the token (or the token starts the text).
 *
 * @example
 * ```ts
 * (tokenize("a\nb").gaps[1]! & LINE) !== 0 // true
 * ```
 */
export const LINE = 2

/**
 * The tokens of a text, in the {@link SCAN_PROFILE} normalization, as parallel arrays.
 *
 * @example
 * ```ts
 * const t = tokenize("بـ6 آلاف")
 * t.words // ["ب", "6", "الاف"]
 * ```
 */
export interface Tokens {
  /** The normalized text with its map to the raw text. */
  readonly norm: Normalized
  /** Number of tokens. */
  readonly count: number
  /** Normalized token text; Latin is lower-cased. */
  readonly words: ReadonlyArray<string>
  /** WORD, DIGITS, LATIN or PUNCT (0 past the last token). */
  readonly types: Uint8Array
  /** Start offsets in the normalized text. */
  readonly starts: Int32Array
  /** End offsets in the normalized text. */
  readonly ends: Int32Array
  /**
   * SPACE / LINE flags of what comes before each token (0 when glued to the previous one); one
   * more entry than tokens, for what follows the last one.
   */
  readonly gaps: Uint8Array
  /** The roles claimed with `claimRoles` that each token can play (0 past the last token). */
  readonly roles: Int32Array
  /** Memo of each token's lexicon readings: punctuation gets its own on demand from `lookupAt`. */
  readonly readings: Array<Readings | undefined>
  /** Lexicon generation of the memo (see `lookupAt`). */
  readingsGeneration: number
}

const isArabicLetter = (c: number): boolean =>
  (c >= 0x0621 && c <= 0x064a && c !== 0x0640) ||
  c === 0x066e ||
  c === 0x066f ||
  (c >= 0x0671 && c <= 0x06d3) ||
  c === 0x06d5 ||
  (c >= 0x06fa && c <= 0x06fc) ||
  c === 0x06ff ||
  (c >= 0x0750 && c <= 0x077f)

const isLatin = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)

/** 0 space, 5 line break, 6 invisible (kept inside a word), else a token type. */
const CLASS = new Uint8Array(0x10000)
for (let c = 0; c < 0x10000; c++) {
  if (isArabicLetter(c)) CLASS[c] = WORD
  else if (c >= 0x30 && c <= 0x39) CLASS[c] = DIGITS
  else if (isLatin(c)) CLASS[c] = LATIN
  else if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029 || c === 0x85) CLASS[c] = 5
  else if (c === 0x20 || c === 0x09 || c === 0x0b || c === 0x0c || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0x1680)
    CLASS[c] = 0
  else if ((c >= 0x0300 && c <= 0x036f) || (c >= 0x064b && c <= 0x065f) || c === 0x0670) CLASS[c] = 6
  else CLASS[c] = PUNCT
}

const newScratch = (size: number) => ({
  types: new Uint8Array(size),
  starts: new Int32Array(size),
  ends: new Int32Array(size),
  gaps: new Uint8Array(size),
  roles: new Int32Array(size)
})
/** Arrays the tokenizer fills before it knows the token count (grown on demand, never shrunk). */
let scratch = newScratch(4096)
/** Longer texts get arrays of their own, so that one giant text does not pin its size in memory. */
const MAX_SCRATCH = 1 << 20

/** One string per punctuation code unit, shared by every token of it, and its token roles. */
const PUNCT_STRINGS: Array<string | undefined> = []
const PUNCT_ROLES: Array<number | undefined> = []

/**
 * Normalizes `raw` with {@link SCAN_PROFILE} and splits it into tokens.
 *
 * @example
 * ```ts
 * tokenize("نحو 3 آلاف").words // ["نحو", "3", "الاف"]
 * ```
 */
export const tokenize = (raw: string): Tokens => {
  const norm = normalize(raw, SCAN_PROFILE)
  const s = norm.text
  const n = s.length
  const words: Array<string> = []
  const readings: Array<Readings | undefined> = []
  startInterning()
  const readingsGeneration = lexiconGeneration()
  // at most one token per character: shared scratch arrays are filled in place, then copied out
  if (scratch.starts.length < n + 2 && n + 2 <= MAX_SCRATCH) scratch = newScratch(Math.max(n + 2, scratch.starts.length * 2))
  const { types, starts, ends, gaps, roles } = n + 2 <= MAX_SCRATCH ? scratch : newScratch(n + 2)
  let count = 0
  // a token that is not interned: its string, readings and roles made here
  const addWord = (w: string): void => {
    const rs = readingsOf(w)
    words.push(w)
    readings.push(rs)
    roles[count] = rolesOfReadings(rs)
  }
  let gap = LINE | SPACE
  let i = 0
  while (i < n) {
    const c = s.charCodeAt(i)
    const k = CLASS[c]!
    if (k === 0 || k === 6) {
      gap |= SPACE
      i++
      continue
    }
    if (k === 5) {
      gap |= SPACE | LINE
      i++
      continue
    }
    const start = i
    if (k === WORD) {
      // a word is interned (hashed on the way): one string, one reading of the lexicon and one
      // look at its roles for every token of it
      let h = hashStep(HASH_SEED, c)
      i++
      while (i < n) {
        const cc = s.charCodeAt(i)
        const kk = CLASS[cc]!
        if (kk !== WORD && kk !== 6) break
        h = hashStep(h, cc)
        i++
      }
      const slot = intern(s, start, i, h)
      if (slot >= 0) {
        words.push(internedWord(slot))
        readings.push(internedReadings(slot))
        roles[count] = internedRoles(slot)
      } else addWord(s.slice(start, i))
    } else if (k === PUNCT) {
      i++
      words.push((PUNCT_STRINGS[c] ??= s[start]!))
      readings.push(undefined)
      roles[count] = PUNCT_ROLES[c] ??= rolesOfReadings(readingsOf(s[start]!))
    } else {
      i++
      while (i < n && CLASS[s.charCodeAt(i)] === k) i++
      const w = s.slice(start, i)
      addWord(k === LATIN && hasUpper(w) ? w.toLowerCase() : w)
    }
    types[count] = k
    starts[count] = start
    ends[count] = i
    gaps[count] = gap
    count++
    gap = 0
  }
  gaps[count] = gap
  types[count] = 0
  starts[count] = 0
  ends[count] = 0
  roles[count] = 0
  return {
    norm,
    count,
    words,
    types: types.slice(0, count + 1),
    starts: starts.slice(0, count + 1),
    ends: ends.slice(0, count + 1),
    gaps: gaps.slice(0, count + 1),
    roles: roles.slice(0, count + 1),
    readings,
    readingsGeneration
  }
}

const hasUpper = (w: string): boolean => {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i)
    if (c >= 0x41 && c <= 0x5a) return true
  }
  return false
}

/** Sentence-final punctuation (normalized). */
const SENTENCE_END = new Set([".", "!", "?", "؟", "؛", ";", "…"])

/**
 * Whether token `i` ends a sentence: sentence punctuation not inside a number ("3.5").
 *
 * @example
 * ```ts
 * const t = tokenize("قتل 3. ثم")
 * isSentenceEnd(t, 2) // true
 * ```
 */
const isSentenceEnd = (t: Tokens, i: number): boolean => {
  if (t.types[i] !== PUNCT || !SENTENCE_END.has(t.words[i]!)) return false
  if (t.words[i] === "." && t.gaps[i] === 0 && t.gaps[i + 1] === 0 && t.types[i - 1] === DIGITS && t.types[i + 1] === DIGITS) return false
  return true
}

/**
 * Whether a sentence boundary (sentence punctuation or a line break) lies between tokens `a` < `b`.
 *
 * @example
 * ```ts
 * const t = tokenize("قتل 3. ثم 4")
 * crossesSentence(t, 1, 4) // true
 * ```
 */
export const crossesSentence = (t: Tokens, a: number, b: number): boolean => {
  for (let k = a + 1; k <= b; k++) {
    if ((t.gaps[k]! & LINE) !== 0) return true
    if (k < b && isSentenceEnd(t, k)) return true
  }
  return false
}
