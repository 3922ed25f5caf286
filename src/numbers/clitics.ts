/**
 * Proclitic letters glued to the front of a word: the conjunctions و ف and the prepositions
 * ب ل ك ("وثلاثة", "بنحو", "لأكثر", "بالمئة", "للمرة").
 */

import { ALEF, BEH, FEH, KAF, LAM, WAW } from "../normalize/characters.js"

/**
 * A lexicon hit on a word, possibly after removing proclitics.
 *
 * @example
 * ```ts
 * const h: Hit<number> = { value: 3, cut: 1 } // "وثلاثة": 3, skip "و"
 * ```
 */
export interface Hit<T> {
  readonly value: T
  /** Proclitic letters to skip at the start of the word so that a span starts at the stem. */
  readonly cut: number
}

/**
 * Words that look like proclitic + stem but are not (بين is not ب + ين "yen", كمية is no ك +
 * مية "100"): they are never split.
 *
 * @example
 * ```ts
 * WHOLE_WORDS.has("كمية") // true
 * ```
 */
export const WHOLE_WORDS: ReadonlySet<string> = new Set(["بين", "لست", "لين", "كما", "لما", "بما", "فيما", "ولين", "فين", "كل", "لكن", "لدي", "كمية", "كميه"])

/**
 * Every table ever looked up gets an id; `ENTRIES` maps each key of any table to the hits it has
 * in each table (by id), so that one memoized reading of a word answers every table at once.
 */
const ids = new Map<ReadonlyMap<string, unknown>, number>()
const ENTRIES = new Map<string, Array<unknown>>()

/** One reading of a word: a known stem, the proclitic letters removed, its hits by table id. */
interface Reading {
  readonly stem: string
  readonly cut: number
  readonly hits: ReadonlyArray<Hit<unknown> | undefined>
}

/**
 * The known readings of a word (memoized).
 *
 * @example
 * ```ts
 * lookup(CARDINALS, "وثلاثه") // found through the reading "ثلاثه" (cut 1)
 * ```
 */
export type Readings = ReadonlyArray<Reading>

/** Word → its readings, memoized (news vocabulary repeats a lot). */
let readings = new Map<string, Readings>()
const MAX_CACHE = 200_000

/**
 * A Bloom filter over every key of every table: a word has readings only when the word, or the word
 * without its proclitics, is a key, so the memo map is consulted only for words that pass (about
 * one in three news words; most misses are rejected here without building or hashing a string key).
 * Hashes run from the last letter to the first, so the hashes of a word's stems (the word without
 * one or two leading letters) are met on the way.
 */
const BLOOM_BITS = 20
const BLOOM = new Int32Array(1 << (BLOOM_BITS - 5))
const SEED = 0x811c9dc5 | 0
const mix = (h: number, c: number): number => Math.imul(h ^ c, 0x01000193)
const bloomAdd = (h: number): void => {
  const a = h >>> (32 - BLOOM_BITS)
  const b = Math.imul(h, 0x9e3779b1) >>> (32 - BLOOM_BITS)
  BLOOM[a >>> 5]! |= 1 << (a & 31)
  BLOOM[b >>> 5]! |= 1 << (b & 31)
}
const bloomHas = (h: number): boolean => {
  const a = h >>> (32 - BLOOM_BITS)
  if ((BLOOM[a >>> 5]! & (1 << (a & 31))) === 0) return false
  const b = Math.imul(h, 0x9e3779b1) >>> (32 - BLOOM_BITS)
  return (BLOOM[b >>> 5]! & (1 << (b & 31))) !== 0
}
const keyHash = (s: string): number => {
  let h = SEED
  for (let i = s.length - 1; i >= 0; i--) h = mix(h, s.charCodeAt(i))
  return h
}

/**
 * Whether `word` may have a reading: the stems {@link compute} would look up pass the filter
 * (a superset of the words that have one).
 */
const mayHaveReadings = (word: string): boolean => {
  const n = word.length
  let h = SEED
  let h1 = 0
  let h2 = 0
  for (let i = n - 1; i >= 0; i--) {
    h = mix(h, word.charCodeAt(i))
    if (i === 2) h2 = h
    else if (i === 1) h1 = h
  }
  if (bloomHas(h)) return true
  if (n <= 2) return false
  const c0 = word.charCodeAt(0)
  let cut = 0
  if (c0 === WAW || c0 === FEH) {
    if (bloomHas(h1)) return true
    cut = 1
  }
  const c1 = word.charCodeAt(cut)
  if ((c1 === BEH || c1 === LAM || c1 === KAF) && n - cut > 2) {
    const stem = cut === 0 ? h1 : h2
    if (bloomHas(stem)) return true
    if (c1 === LAM && word.charCodeAt(cut + 1) === LAM && bloomHas(mix(stem, ALEF))) return true
  }
  return false
}

const register = (map: ReadonlyMap<string, unknown>): number => {
  const id = ids.size
  ids.set(map, id)
  for (const [k, v] of map) {
    let e = ENTRIES.get(k)
    if (e === undefined) ENTRIES.set(k, (e = []))
    e[id] = v
    bloomAdd(keyHash(k))
  }
  readings = new Map()
  generation++
  return id
}

/** Bumped whenever a table is registered: memoized readings made before are stale. */
let generation = 0

/**
 * The lexicon generation: it changes whenever a table is registered, and readings memoized under
 * an older one are stale.
 *
 * @example
 * ```ts
 * const g = lexiconGeneration()
 * preload(new Map([["جديد", 1]]))
 * lexiconGeneration() !== g // true
 * ```
 */
export const lexiconGeneration = (): number => generation

const NONE: Readings = []

const reading = (stem: string, cut: number, values: ReadonlyArray<unknown>): Reading => {
  // dense (no holes), so that `hits[id]` stays a fast element load
  const hits: Array<Hit<unknown> | undefined> = new Array<Hit<unknown> | undefined>(ids.size).fill(undefined)
  for (let id = 0; id < values.length; id++) {
    const v = values[id]
    if (v !== undefined) hits[id] = { value: v, cut }
  }
  return { stem, cut, hits }
}

/** The readings of a word: itself, without و/ف, without ب/ل/ك, and ل + ال as "لل". */
const compute = (word: string): Readings => {
  const out: Array<Reading> = []
  const own = ENTRIES.get(word)
  if (own !== undefined) out.push(reading(word, 0, own))
  if (word.length > 2 && !WHOLE_WORDS.has(word)) {
    let cut = 0
    let rest = word
    if (rest[0] === "و" || rest[0] === "ف") {
      rest = rest.slice(1)
      cut = 1
      const e = ENTRIES.get(rest)
      if (e !== undefined) out.push(reading(rest, cut, e))
    }
    const c1 = rest[0]
    if ((c1 === "ب" || c1 === "ل" || c1 === "ك") && rest.length > 2 && !WHOLE_WORDS.has(rest)) {
      if (c1 === "ل" && rest[1] === "ل") {
        // ل + ال: the article's alef is not written ("للمرة" = ل + المرة); the span keeps "لل"
        const def = "ا" + rest.slice(1)
        const e = ENTRIES.get(def)
        if (e !== undefined) out.push(reading(def, cut, e))
      }
      const stem = rest.slice(1)
      const e = ENTRIES.get(stem)
      if (e !== undefined) out.push(reading(stem, cut + 1, e))
    }
  }
  return out.length === 0 ? NONE : out
}

/**
 * The readings of `word` (memoized): every way the word, or the word without its proclitics, is a
 * key of a registered table; empty for most words.
 *
 * @example
 * ```ts
 * readingsOf("وثلاثه")[0]?.cut // 1
 * ```
 */
export const readingsOf = (word: string): Readings => {
  if (!mayHaveReadings(word)) return NONE
  let r = readings.get(word)
  if (r === undefined) {
    if (readings.size > MAX_CACHE) readings = new Map()
    r = compute(word)
    readings.set(word, r)
  }
  return r
}

const ID = Symbol("lexicon table id")
/**
 * The id of a table, registering it on first use; kept on the map object itself (a property read
 * is cheaper than a map lookup). Registering makes every memoized reading stale.
 *
 * @example
 * ```ts
 * idOf(new Map([["نحو", 1]])) // a small integer
 * ```
 */
export const idOf = (map: ReadonlyMap<string, unknown>): number => {
  const m = map as ReadonlyMap<string, unknown> & { [ID]?: number }
  const id = m[ID]
  if (id !== undefined) return id
  const fresh = ids.get(map) ?? register(map)
  Object.defineProperty(m, ID, { value: fresh, enumerable: false })
  return fresh
}

/**
 * Looks `word` up in `map`, then its readings without proclitics (و/ف, then ب/ل/ك; ل + ال is
 * read as "لل" + stem). Stems shorter than `minStem` letters are not tried.
 *
 * @example
 * ```ts
 * const m = new Map([["ثلاثه", 3]])
 * lookup(m, "وثلاثه") // { value: 3, cut: 1 }
 * ```
 */
export const lookup = <T>(map: ReadonlyMap<string, T>, word: string, minStem = 2): Hit<T> | undefined => {
  const id = idOf(map)
  return find(id, readingsOf(word), word, minStem) as Hit<T> | undefined
}

/**
 * Something with words and a per-word memo of readings (the tokens).
 *
 * @example
 * ```ts
 * lookupAt(CARDINALS, tokenize("بثلاثة"), 0)?.cut // 1
 * ```
 */
export interface WithReadings {
  readonly words: ReadonlyArray<string>
  readonly readings: Array<Readings | undefined>
  /** Table generation the memo was filled under. */
  readingsGeneration: number
}

/** The memoized readings of token `i`, computing them when missing or stale. */
const readingsAt = (t: WithReadings, i: number): Readings => {
  if (t.readingsGeneration !== generation) {
    t.readings.fill(undefined)
    t.readingsGeneration = generation
  }
  let rs = t.readings[i]
  if (rs === undefined) {
    const word = t.words[i]
    if (word === undefined) return NONE
    rs = t.readings[i] = readingsOf(word)
  }
  return rs
}

/**
 * {@link lookup} on token `i`, memoizing the token's readings on the tokens object.
 *
 * @example
 * ```ts
 * lookupAt(CARDINALS, tokenize("وثلاثة"), 0)?.cut // 1
 * ```
 */
export const lookupAt = <T>(map: ReadonlyMap<string, T>, t: WithReadings, i: number, minStem = 2): Hit<T> | undefined => {
  const id = idOf(map)
  const rs = readingsAt(t, i)
  return rs.length === 0 ? undefined : (find(id, rs, t.words[i]!, minStem) as Hit<T> | undefined)
}

/**
 * The bitwise OR of the values of every reading of token `i` in `map` (a table of bit flags),
 * or 0: which roles a word can play, with or without proclitics.
 *
 * @example
 * ```ts
 * rolesAt(new Map([["في", 4]]), tokenize("وفي"), 0) // 4
 * ```
 */
export const rolesAt = (map: ReadonlyMap<string, number>, t: WithReadings, i: number): number => {
  // registering the table first, so that the token's readings are made (again) with it
  const id = idOf(map)
  return rolesIn(readingsAt(t, i), id)
}

/**
 * The bitwise OR of the values of readings `rs` in the table of id `id` (see {@link idOf}), a
 * table of bit flags: which roles the word can play, with or without proclitics.
 *
 * @example
 * ```ts
 * const roles = new Map([["في", 4]])
 * rolesIn(readingsOf("وفي"), idOf(roles)) // 4
 * ```
 */
export const rolesIn = (rs: Readings, id: number): number => {
  let bits = 0
  for (let k = 0; k < rs.length; k++) {
    const h = rs[k]!.hits[id]
    if (h !== undefined) bits |= h.value as number
  }
  return bits
}

/**
 * Whether token `i` has a reading in some known table.
 *
 * @example
 * ```ts
 * isKnownAt(tokenize("الخميس"), 0) // true
 * ```
 */
export const isKnownAt = (t: WithReadings, i: number): boolean => readingsAt(t, i).length > 0

const find = (id: number, rs: Readings, word: string, minStem: number): Hit<unknown> | undefined => {
  for (let k = 0; k < rs.length; k++) {
    const r = rs[k]!
    if (r.cut > 0 && (r.stem.length < minStem || word.length <= minStem)) continue
    const h = r.hits[id]
    if (h !== undefined) return h
  }
  return undefined
}

/**
 * The word without a leading conjunction و/ف.
 *
 * @example
 * ```ts
 * stripConjunction("وقال") // "قال"
 * ```
 */
export const stripConjunction = (word: string): string =>
  word.length > 2 && (word[0] === "و" || word[0] === "ف") ? word.slice(1) : word

/**
 * Registers tables with {@link lookup} ahead of time, so that readings memoized later know them.
 *
 * @example
 * ```ts
 * preload(new Map([["نحو", 1]]))
 * ```
 */
export const preload = (...maps: ReadonlyArray<ReadonlyMap<string, unknown>>): void => {
  for (const m of maps) idOf(m)
}
