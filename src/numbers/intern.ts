/**
 * The words the tokenizer meets, one string each: news vocabulary repeats a lot, so most tokens
 * reuse a string made before (no new string, and its hash for later `Map`/`Set` lookups is already
 * known) together with its lexicon readings and token roles, computed once a word instead of once
 * a token.
 *
 * The table keeps the first {@link MAX_WORDS} distinct words it meets (the frequent words of a
 * corpus come early) and is emptied only when the lexicon changes; later new words are not
 * interned, and the tokenizer makes their string and readings itself. A word's readings do not
 * depend on what else was tokenized, so interning never changes a result.
 */

import { lexiconGeneration, readingsOf, type Readings } from "./clitics.js"
import { rolesOfReadings, sealRoles } from "./token-roles.js"

const BITS = 13
const SIZE = 1 << BITS
const MASK = SIZE - 1
/** At most half the slots are used, so that probes stay short; the table stays small enough for the CPU caches. */
const MAX_WORDS = SIZE >>> 1

let words: Array<string | undefined> = []
const hashes = new Int32Array(SIZE)
let memo: Array<Readings | undefined> = []
const memoRoles = new Int32Array(SIZE)
let size = 0
let generation = -1

const reset = (): void => {
  words = new Array<string | undefined>(SIZE).fill(undefined)
  memo = new Array<Readings | undefined>(SIZE).fill(undefined)
  hashes.fill(0)
  size = 0
  generation = lexiconGeneration()
}

/**
 * Makes the table current: ends the claims of token roles, and empties the table when the lexicon
 * has changed since its readings were made. Call once before interning the words of a text.
 *
 * @example
 * ```ts
 * startInterning()
 * ```
 */
export const startInterning = (): void => {
  sealRoles()
  if (generation !== lexiconGeneration()) reset()
}

/**
 * The hash {@link intern} keys a word by (FNV-1a over its UTF-16 code units), so that a tokenizer
 * can compute it while it reads the word: start from {@link HASH_SEED} and fold in each code unit.
 *
 * @example
 * ```ts
 * hashStep(hashStep(HASH_SEED, 0x0646), 0x062d) === hashOf("نح", 0, 2) // true
 * ```
 */
export const hashStep = (h: number, c: number): number => Math.imul(h ^ c, 0x01000193)

/**
 * The starting value of {@link hashStep}.
 *
 * @example
 * ```ts
 * hashStep(HASH_SEED, 0x0646)
 * ```
 */
export const HASH_SEED = 0x811c9dc5 | 0

/**
 * The {@link hashStep} hash of `s.slice(start, end)`.
 *
 * @example
 * ```ts
 * hashOf("قال نحو", 4, 7) === hashOf("نحو", 0, 3) // true
 * ```
 */
export const hashOf = (s: string, start: number, end: number): number => {
  let h = HASH_SEED
  for (let k = start; k < end; k++) h = hashStep(h, s.charCodeAt(k))
  return h
}

const same = (w: string, s: string, start: number, end: number): boolean => {
  if (w.length !== end - start) return false
  for (let k = 0; k < w.length; k++) if (w.charCodeAt(k) !== s.charCodeAt(start + k)) return false
  return true
}

/**
 * The table slot of the word `s.slice(start, end)`, adding it (with its readings) when new, or -1
 * when it is new and the table is full; `hash` is its {@link hashOf} when the caller has it
 * already. The slot's word, readings and roles are {@link internedWord}, {@link internedReadings}
 * and {@link internedRoles}, valid until the next {@link startInterning}.
 *
 * @example
 * ```ts
 * startInterning()
 * const slot = intern("قال نحو", 4, 7)
 * internedWord(slot) // "نحو"
 * ```
 */
export const intern = (s: string, start: number, end: number, hash = hashOf(s, start, end)): number => {
  const h = hash | 1 // 0 marks an empty slot
  let slot = (h ^ (h >>> 15)) & MASK
  for (;;) {
    const kh = hashes[slot]!
    if (kh === 0) break
    if (kh === h && same(words[slot]!, s, start, end)) return slot
    slot = (slot + 1) & MASK
  }
  if (size >= MAX_WORDS) return -1
  const w = s.slice(start, end)
  hashes[slot] = h
  words[slot] = w
  const rs = readingsOf(w)
  memo[slot] = rs
  memoRoles[slot] = rolesOfReadings(rs)
  size++
  return slot
}

/**
 * The word in a slot of {@link intern}.
 *
 * @example
 * ```ts
 * internedWord(intern("نحو", 0, 3)) // "نحو"
 * ```
 */
export const internedWord = (slot: number): string => words[slot]!

/**
 * The lexicon readings of the word in a slot of {@link intern}.
 *
 * @example
 * ```ts
 * internedReadings(intern("نحو", 0, 3)).length > 0 // true
 * ```
 */
export const internedReadings = (slot: number): Readings => memo[slot]!

/**
 * The claimed token roles (see `claimRoles`) of the word in a slot of {@link intern}.
 *
 * @example
 * ```ts
 * internedRoles(intern("أمس", 0, 3)) !== 0 // true
 * ```
 */
export const internedRoles = (slot: number): number => memoRoles[slot]!
