/**
 * Feature extraction: every token of a sentence becomes a list of 32-bit feature keys (see
 * `hashing.ts`). Word-internal features are computed once per distinct word and cached; context
 * features combine the cached hashes of the neighbours, gazetteer and trigger marks.
 */
import { readings } from "./clitics.js"
import { combine, fnv1a } from "./hashing.js"
import { FLAG_BITS, GAZ_KINDS, Lexicon, TRIG_KINDS, type TrieEntry } from "./lexicon.js"



/** Feature templates: hash of the template name. */
const T = {
  bias: fnv1a("BIAS"),
  w: fnv1a("W"),
  r: fnv1a("R"),
  core: fnv1a("CORE"),
  p: fnv1a("P"),
  x: fnv1a("X"),
  cx: fnv1a("CX"),
  cp: fnv1a("CP"),
  shape: fnv1a("SHAPE"),
  len: fnv1a("LEN"),
  flags: fnv1a("FLAGS"),
  wm1: fnv1a("W-1"),
  wm2: fnv1a("W-2"),
  wp1: fnv1a("W+1"),
  wp2: fnv1a("W+2"),
  cm1: fnv1a("CORE-1"),
  cp1: fnv1a("CORE+1"),
  xm1: fnv1a("X2-1"),
  xp1: fnv1a("X2+1"),
  gaz: fnv1a("GAZ"),
  gazm1: fnv1a("GAZ-1"),
  gazp1: fnv1a("GAZ+1"),
  trig: fnv1a("TRIG"),
  flm1: fnv1a("FLAGS-1"),
  flp1: fnv1a("FLAGS+1"),
  flm2: fnv1a("FLAGS-2"),
  shm1: fnv1a("SHAPE-1"),
  shp1: fnv1a("SHAPE+1"),
  quote: fnv1a("QUOTE"),
  hint: fnv1a("HINT"),
  hintShape: fnv1a("HINT|SHAPE"),
  hintm1: fnv1a("HINT-1"),
  hintp1: fnv1a("HINT+1"),
  bos: fnv1a("BOS")
} as const

const BOUNDARY_BEFORE = fnv1a("<s>")
const BOUNDARY_AFTER = fnv1a("</s>")

/** Shape codes. */
const SHAPE_ARABIC = 1
const SHAPE_LATIN = 2
const SHAPE_DIGITS = 3
const SHAPE_PUNCT = 4
const SHAPE_QUOTE = 5
const SHAPE_MIXED = 6
const SHAPE_OTHER = 7

const shapeOf = (w: string): number => {
  if (w === '"' || w === "'") return SHAPE_QUOTE
  let ar = 0
  let la = 0
  let di = 0
  let other = 0
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i)
    if (c >= 0x0621 && c <= 0x06ff) ar++
    else if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0x24f)) la++
    else if (c >= 0x30 && c <= 0x39) di++
    else other++
  }
  const kinds = (ar > 0 ? 1 : 0) + (la > 0 ? 1 : 0) + (di > 0 ? 1 : 0)
  if (kinds === 0) return other > 0 ? SHAPE_PUNCT : SHAPE_OTHER
  if (kinds > 1) return SHAPE_MIXED
  if (ar > 0) return SHAPE_ARABIC
  if (la > 0) return SHAPE_LATIN
  return other > 0 ? SHAPE_MIXED : SHAPE_DIGITS
}

/**
 * What the extractor knows about one distinct normalized word, and the feature keys it
 * contributes by its position relative to the token being tagged.
 *
 * @example
 * ```ts
 * import { FeatureExtractor } from "./features.js" // internal to src/tagger
 * import { compileLexicon, EMPTY_TAGGER_LEXICON } from "./lexicon.js"
 * new FeatureExtractor(compileLexicon(EMPTY_TAGGER_LEXICON)).word("وباريس").readings // ["وباريس", "باريس", "اريس"]
 * ```
 */
export interface WordInfo {
  /** Hash of the word. */
  readonly hash: number
  /** Hash of its shortest reading without proclitics and article. */
  readonly core: number
  /** The word and its readings without proclitics (see `readings`). */
  readonly readings: ReadonlyArray<string>
  /** Shape code. */
  readonly shape: number
  /** Lexicon word flags (GIVEN, NATIONALITY, …). */
  readonly flags: number
  /** Where the word enters the lexicon trie. */
  readonly entries: ReadonlyArray<TrieEntry>
  /** Key of the word in document context: its core's hash for Arabic and Latin words of 2+ letters, else 0. */
  readonly docKey: number
  /** Keys when the word is the token itself (includes the bias). */
  readonly own: Uint32Array
  /** Keys when the word is the previous token. */
  readonly left: Uint32Array
  /** Keys when the word is two tokens before. */
  readonly left2: Uint32Array
  /** Keys when the word is the next token. */
  readonly right: Uint32Array
  /** Keys when the word is two tokens after. */
  readonly right2: Uint32Array
  /** Dense id of the word in its extractor since the last {@link FeatureExtractor.reset} (indexes `WordVectors`). */
  readonly id: number
}

/**
 * Keys standing in for a missing neighbour at the start or end of a sentence, in the order of
 * `WordInfo.left`, `left2`, `right`, `right2`.
 *
 * @example
 * ```ts
 * import { BOUNDARY_KEYS } from "./features.js" // internal to src/tagger
 * BOUNDARY_KEYS.length // 4
 * ```
 */
export const BOUNDARY_KEYS: ReadonlyArray<Uint32Array> = [
  Uint32Array.of(combine(T.wm1, BOUNDARY_BEFORE), combine(T.cm1, BOUNDARY_BEFORE), combine(T.xm1, BOUNDARY_BEFORE), combine(T.shm1, 0)),
  Uint32Array.of(combine(T.wm2, BOUNDARY_BEFORE)),
  Uint32Array.of(combine(T.wp1, BOUNDARY_AFTER), combine(T.cp1, BOUNDARY_AFTER), combine(T.xp1, BOUNDARY_AFTER), combine(T.shp1, 0)),
  Uint32Array.of(combine(T.wp2, BOUNDARY_AFTER))
]

/**
 * The features of a sentence: token i has keys `keys[offsets[i] .. offsets[i + 1])`.
 *
 * @example
 * ```ts
 * import type { SentenceFeatures } from "./features.js" // internal to src/tagger
 * // const f: SentenceFeatures = extractor.sentence(["زار", "باريس"])
 * // f.keys.subarray(f.offsets[1], f.offsets[2]) // the keys of "باريس"
 * ```
 */
export interface SentenceFeatures {
  readonly offsets: Int32Array
  readonly keys: Uint32Array
}

/**
 * A sentence ready for scoring: its words' information and the keys that depend on the
 * position (gazetteer and trigger marks, quotation, sentence start).
 *
 * @example
 * ```ts
 * import type { PreparedSentence } from "./features.js" // internal to src/tagger
 * // const p: PreparedSentence = extractor.prepare(["زار", "باريس"]); p.infos.length // 2
 * ```
 */
export interface PreparedSentence {
  readonly infos: ReadonlyArray<WordInfo>
  readonly positional: SentenceFeatures
}

/** Distinct words cached before {@link FeatureExtractor.maybeReset} starts afresh. */
const CACHE_LIMIT = 200_000

const flagKeys = (out: Array<number>, template: number, flags: number): void => {
  for (let b = 0; b < FLAG_BITS; b++) if ((flags & (1 << b)) !== 0) out.push(combine(template, b))
}

/**
 * Turns normalized sentences into feature keys. Holds a per-word cache; one extractor per lexicon.
 *
 * @example
 * ```ts
 * import { FeatureExtractor } from "./features.js" // internal to src/tagger
 * import { compileLexicon, EMPTY_TAGGER_LEXICON } from "./lexicon.js"
 * const fx = new FeatureExtractor(compileLexicon(EMPTY_TAGGER_LEXICON))
 * fx.sentence(["زار", "باريس"]).offsets.length // 3
 * ```
 */
export class FeatureExtractor {
  private readonly cache = new Map<string, WordInfo>()
  private gaz = new Uint8Array(64 * GAZ_KINDS)
  private trig = new Uint8Array(64)
  private buf: Array<number> = []

  constructor(readonly lexicon: Lexicon) {}

  /** Incremented by every {@link FeatureExtractor.reset}: word ids of another generation are stale. */
  generation = 0

  /** The cached word information of a normalized word. */
  word(w: string): WordInfo {
    const hit = this.cache.get(w)
    if (hit !== undefined) return hit
    const info = this.computeWord(w)
    this.cache.set(w, info)
    return info
  }

  /** Forgets every cached word (their ids are reused afterwards). */
  reset(): void {
    this.cache.clear()
    this.generation++
  }

  /**
   * Resets the cache when it holds more than its limit of words. Call only between documents:
   * word information handed out earlier must not be used after a reset.
   */
  maybeReset(): void {
    if (this.cache.size > CACHE_LIMIT) this.reset()
  }

  private computeWord(w: string): WordInfo {
    const rs = readings(w)
    const hash = fnv1a(w)
    const coreWord = rs[rs.length - 1]!
    const core = fnv1a(coreWord)
    const shape = shapeOf(w)
    const flags = this.lexicon.wordFlags(rs)
    const n = w.length
    const suffix2 = fnv1a(w.slice(Math.max(0, n - 2)))
    const own: Array<number> = [T.bias, combine(T.w, hash)]
    for (let k = 1; k < rs.length; k++) own.push(combine(T.r, fnv1a(rs[k]!)))
    own.push(combine(T.core, core))
    for (let k = 1; k <= 4 && k <= n; k++) {
      own.push(combine(T.p, fnv1a(w.slice(0, k), k)))
      own.push(combine(T.x, fnv1a(w.slice(n - k), k)))
    }
    const cn = coreWord.length
    if (coreWord !== w) {
      for (let k = 1; k <= 3 && k <= cn; k++) {
        own.push(combine(T.cx, fnv1a(coreWord.slice(cn - k), k)))
        own.push(combine(T.cp, fnv1a(coreWord.slice(0, k), k)))
      }
    }
    own.push(combine(T.shape, shape))
    own.push(combine(T.len, Math.min(n, 10)))
    flagKeys(own, T.flags, flags)
    const left = [combine(T.wm1, hash), combine(T.cm1, core), combine(T.xm1, suffix2), combine(T.shm1, shape)]
    flagKeys(left, T.flm1, flags)
    const left2 = [combine(T.wm2, hash)]
    flagKeys(left2, T.flm2, flags)
    const right = [combine(T.wp1, hash), combine(T.cp1, core), combine(T.xp1, suffix2), combine(T.shp1, shape)]
    flagKeys(right, T.flp1, flags)
    const right2 = [combine(T.wp2, hash)]
    return {
      hash,
      core,
      readings: rs,
      shape,
      flags,
      entries: this.lexicon.entries(rs),
      docKey: (shape === SHAPE_ARABIC || shape === SHAPE_LATIN) && n >= 2 ? core || 1 : 0,
      own: Uint32Array.from(own),
      left: Uint32Array.from(left),
      left2: Uint32Array.from(left2),
      right: Uint32Array.from(right),
      right2: Uint32Array.from(right2),
      id: this.cache.size
    }
  }

  /**
   * Word information and positional keys of a sentence of normalized tokens, with the hint
   * marks of its tokens when another recognizer gave some (see `hints.ts`).
   */
  prepare(words: ReadonlyArray<string>, hints?: Uint8Array): PreparedSentence {
    const n = words.length
    const infos: Array<WordInfo> = new Array(n)
    const es: Array<ReadonlyArray<TrieEntry>> = new Array(n)
    for (let i = 0; i < n; i++) {
      const info = this.word(words[i]!)
      infos[i] = info
      es[i] = info.entries
    }
    if (this.gaz.length < n * GAZ_KINDS) {
      this.gaz = new Uint8Array(n * GAZ_KINDS * 2)
      this.trig = new Uint8Array(n * 2)
    }
    const gaz = this.gaz
    const trig = this.trig
    this.lexicon.mark(words, es, gaz, trig)
    const offsets = new Int32Array(n + 1)
    const keys = this.buf
    keys.length = 0
    let inQuote = false
    for (let i = 0; i < n; i++) {
      const info = infos[i]!
      offsets[i] = keys.length
      if (hints !== undefined) {
        const h = hints[i]!
        if (h !== 0) keys.push(combine(T.hint, h), combine(T.hintShape, h * 8 + info.shape))
        if (i > 0 && hints[i - 1]! !== 0) keys.push(combine(T.hintm1, hints[i - 1]!))
        if (i + 1 < n && hints[i + 1]! !== 0) keys.push(combine(T.hintp1, hints[i + 1]!))
      }
      for (let k = 0; k < GAZ_KINDS; k++) {
        const m = gaz[i * GAZ_KINDS + k]!
        if (m !== 0) keys.push(combine(T.gaz, k * 16 + m))
        if (i > 0) {
          const mp = gaz[(i - 1) * GAZ_KINDS + k]!
          if (mp !== 0) keys.push(combine(T.gazm1, k * 16 + mp))
        }
        if (i + 1 < n) {
          const mn = gaz[(i + 1) * GAZ_KINDS + k]!
          if (mn !== 0) keys.push(combine(T.gazp1, k * 16 + mn))
        }
      }
      for (let d = -2; d <= 2; d++) {
        const j = i + d
        if (j < 0 || j >= n) continue
        const bits = trig[j]!
        if (bits === 0) continue
        for (let k = 0; k < TRIG_KINDS; k++) if ((bits & (1 << k)) !== 0) keys.push(combine(T.trig, k * 8 + d + 2))
      }
      if (info.shape === SHAPE_QUOTE) inQuote = !inQuote
      else if (inQuote) keys.push(T.quote)
      if (i === 0) keys.push(T.bos)
    }
    offsets[n] = keys.length
    return { infos, positional: { offsets, keys: Uint32Array.from(keys) } }
  }

  /**
   * All feature keys of a sentence of normalized tokens (for training): the word keys by
   * relative position, then the positional keys (with the hint marks, if any).
   */
  sentence(words: ReadonlyArray<string>, hints?: Uint8Array): SentenceFeatures {
    const { infos, positional } = this.prepare(words, hints)
    const n = infos.length
    const out: Array<number> = []
    const offsets = new Int32Array(n + 1)
    const push = (ks: Uint32Array): void => {
      for (let k = 0; k < ks.length; k++) out.push(ks[k]!)
    }
    for (let i = 0; i < n; i++) {
      offsets[i] = out.length
      push(infos[i]!.own)
      push(i > 0 ? infos[i - 1]!.left : BOUNDARY_KEYS[0]!)
      push(i > 1 ? infos[i - 2]!.left2 : BOUNDARY_KEYS[1]!)
      push(i + 1 < n ? infos[i + 1]!.right : BOUNDARY_KEYS[2]!)
      push(i + 2 < n ? infos[i + 2]!.right2 : BOUNDARY_KEYS[3]!)
      push(positional.keys.subarray(positional.offsets[i]!, positional.offsets[i + 1]!))
    }
    offsets[n] = out.length
    return { offsets, keys: Uint32Array.from(out) }
  }
}
