/**
 * The trained model and its run-time form: feature keys looked up in an open-addressing hash
 * table, weights in one `Float32Array`.
 */
import { NUM_LABELS } from "./labels.js"
import { BOUNDARY_KEYS, type PreparedSentence, type SentenceFeatures, type WordInfo } from "./features.js"
import type { TaggerLexicon } from "./lexicon.js"

/**
 * How a model was trained: recorded in the model file and in the model card.
 *
 * @example
 * ```ts
 * import type { TaggerTrainingInfo } from "akhbar"
 * const info: TaggerTrainingInfo = {
 *   epochs: 12, seed: 1, sentences: 3973, tokens: 125102, stacked: true, folds: 5,
 *   minCount: 1, prune: 0, featuresSeen: [900000, 950000], featuresKept: [80000, 90000]
 * }
 * ```
 */
export interface TaggerTrainingInfo {
  /** How each pass was trained (absent: the averaged perceptron). */
  readonly algorithm?: "perceptron" | "crf"
  /** CRF only: L2 coefficient. */
  readonly l2?: number
  /** CRF only: initial learning rate. */
  readonly learningRate?: number
  readonly epochs: number
  readonly seed: number
  readonly sentences: number
  readonly tokens: number
  /** Whether a second, document-context pass was trained (with jackknifed first-pass labels). */
  readonly stacked: boolean
  /** Number of jackknife folds for the first-pass labels the second pass was trained on. */
  readonly folds: number
  /** Features with fewer occurrences than this were dropped before training. */
  readonly minCount: number
  /** Features whose largest absolute weight was below this were dropped after training. */
  readonly prune: number
  /** Whether the training sentences carried hints from another recognizer (absent in model files written before hints). */
  readonly hints?: boolean
  /** Share of the hinted training sentences whose hints were left out. */
  readonly hintDropout?: number
  /** Models with consecutive seeds whose weights were averaged (absent or 1: a single model). */
  readonly ensemble?: number
  /** Distinct features in the training data (per pass). */
  readonly featuresSeen: ReadonlyArray<number>
  /** Features in the model (per pass). */
  readonly featuresKept: ReadonlyArray<number>
}

/**
 * Confidence of an entity: `1 / (1 + exp(-(a * margin + b)))`, margin in weight units (see
 * `viterbi`).
 *
 * @example
 * ```ts
 * import type { TaggerCalibration } from "akhbar"
 * const c: TaggerCalibration = { a: 0.5, b: -1 }
 * ```
 */
export interface TaggerCalibration {
  readonly a: number
  readonly b: number
}

/**
 * The weights of one pass. Weights are quantized to 16 bits: the weight of feature `keys[i]` for
 * label y is `weights[i * 9 + y] * scale`; transitions and start scores likewise.
 *
 * @example
 * ```ts
 * import { loadTagger } from "akhbar"
 * loadTagger().model.stages[0]!.keys.length > 0 // true
 * ```
 */
export interface TaggerStage {
  /** Feature keys, ascending, unique. */
  readonly keys: Uint32Array
  /** Quantized emission weights, `keys.length * 9`. */
  readonly weights: Int16Array
  /** Quantized transition weights, `transitions[p * 9 + c]`. */
  readonly transitions: Int16Array
  /** Quantized start weights. */
  readonly start: Int16Array
  /** Weight of one quantization step. */
  readonly scale: number
}

/**
 * A trained tagger model: one or two passes. The first pass tags each sentence from its own
 * features; the second (when present) adds document context, the first-pass labels of the same
 * word in nearby sentences (see `context.ts`).
 *
 * @example
 * ```ts
 * import { loadTagger } from "akhbar"
 * loadTagger().model.stages.length // 2
 * ```
 */
export interface TaggerModel {
  /** Label names, index = label id (see `TAGGER_LABELS`). */
  readonly labels: ReadonlyArray<string>
  /** First pass, then optionally the document-context pass. */
  readonly stages: ReadonlyArray<TaggerStage>
  /** Sentences on either side that count as document context in the second pass. */
  readonly window: number
  /** The lexicon snapshot the features were computed with. */
  readonly lexicon: TaggerLexicon
  /**
   * Normalized words seen inside entities in the training data, except forms that are another
   * such word with a proclitic in front ("وفرنسا" when "فرنسا" is there). Used to decide which
   * proclitics to leave out of a span.
   */
  readonly names: ReadonlyArray<string>
  /** Confidence calibration. */
  readonly calibration: TaggerCalibration
  /** How it was trained. */
  readonly info: TaggerTrainingInfo
}

/** Words per record of the run-time table: the key, then one weight per label. */
const RECORD = 1 + NUM_LABELS

/**
 * Run-time weights of one pass: an open-addressing hash table whose records hold a feature key
 * and its nine weights side by side (one cache line per lookup), plus transitions and start
 * scores as floats.
 *
 * @example
 * ```ts
 * import { WeightTable } from "./model.js" // internal to src/tagger
 * // const table = new WeightTable(model.stages[0]!); table.emissions(keys, offsets, n, out)
 * ```
 */
export class WeightTable {
  /** Record r: `keys[r * RECORD]` = feature key (0 = empty); `weights[r * RECORD + 1 + y]` = weight of label y. */
  private readonly keys: Int32Array
  private readonly weights: Float32Array
  private readonly mask: number
  /** Transition weights. */
  readonly transitions: Float32Array
  /** Start weights. */
  readonly start: Float32Array

  constructor(model: TaggerStage) {
    const n = model.keys.length
    const L = NUM_LABELS
    let size = 1024
    while (size < n * 1.6) size <<= 1
    const buffer = new ArrayBuffer(size * RECORD * 4)
    this.keys = new Int32Array(buffer)
    this.weights = new Float32Array(buffer)
    this.mask = size - 1
    const scale = model.scale
    for (let i = 0; i < n; i++) {
      const k = model.keys[i]! | 0
      let s = (k ^ (k >>> 15)) & this.mask
      while (this.keys[s * RECORD] !== 0) s = (s + 1) & this.mask
      this.keys[s * RECORD] = k
      for (let y = 0; y < L; y++) this.weights[s * RECORD + 1 + y] = model.weights[i * L + y]! * scale
    }
    this.transitions = Float32Array.from(model.transitions, (q) => q * scale)
    this.start = Float32Array.from(model.start, (q) => q * scale)
  }

  /** Offset of the first weight of a feature key in the weight view, or -1. */
  find(key: number): number {
    const mask = this.mask
    const keys = this.keys
    const k0 = key | 0
    let s = (k0 ^ (k0 >>> 15)) & mask
    for (;;) {
      const k = keys[s * RECORD]!
      if (k === k0) return s * RECORD + 1
      if (k === 0) return -1
      s = (s + 1) & mask
    }
  }

  private addKeys(keys: Uint32Array, from: number, to: number, out: Float64Array, base: number): void {
    const L = NUM_LABELS
    const w = this.weights
    for (let f = from; f < to; f++) {
      const o = this.find(keys[f]!)
      if (o < 0) continue
      for (let y = 0; y < L; y++) out[base + y]! += w[o + y]!
    }
  }

  private boundary: Float64Array | undefined
  private scratch = new Int32Array(256)

  /** Summed weights of a word's keys by relative position (own, left, left2, right, right2), 9 labels each. */
  wordVector(info: WordInfo, out: Float32Array, at: number): void {
    const groups = [info.own, info.left, info.left2, info.right, info.right2]
    const v = new Float64Array(5 * NUM_LABELS)
    for (let g = 0; g < 5; g++) this.addKeys(groups[g]!, 0, groups[g]!.length, v, g * NUM_LABELS)
    out.set(v, at)
  }

  /** Summed weights of the boundary keys (missing left, left2, right, right2 neighbours). */
  boundaryVector(): Float64Array {
    if (this.boundary !== undefined) return this.boundary
    const v = new Float64Array(4 * NUM_LABELS)
    BOUNDARY_KEYS.forEach((ks, g) => this.addKeys(ks, 0, ks.length, v, g * NUM_LABELS))
    this.boundary = v
    return v
  }

  /**
   * Emission scores of a prepared sentence, plus optional extra keys per token (the document
   * context of the second pass). Equal to {@link WeightTable.emissions} over the keys of
   * `FeatureExtractor.sentence` (up to floating-point rounding), but uses cached word vectors.
   */
  scoreSentence(p: PreparedSentence, extra: SentenceFeatures | undefined, vectors: WordVectors, out: Float64Array): void {
    const L = NUM_LABELS
    const n = p.infos.length
    const infos = p.infos
    const bv = this.boundaryVector()
    const pos = p.positional
    const at = this.scratch.length >= n ? this.scratch : (this.scratch = new Int32Array(n * 2))
    for (let t = 0; t < n; t++) at[t] = vectors.offset(this, infos[t]!)
    const arena = vectors.arena
    for (let t = 0; t < n; t++) {
      const base = t * L
      const own = at[t]!
      // each neighbour's group in the arena, or the boundary group when the neighbour is missing
      const b1 = t > 0 ? -1 : 0
      const b2 = t > 1 ? -1 : L
      const b3 = t + 1 < n ? -1 : 2 * L
      const b4 = t + 2 < n ? -1 : 3 * L
      const o1 = t > 0 ? at[t - 1]! + L : 0
      const o2 = t > 1 ? at[t - 2]! + 2 * L : 0
      const o3 = t + 1 < n ? at[t + 1]! + 3 * L : 0
      const o4 = t + 2 < n ? at[t + 2]! + 4 * L : 0
      for (let y = 0; y < L; y++) {
        out[base + y] =
          arena[own + y]! +
          (b1 < 0 ? arena[o1 + y]! : bv[b1 + y]!) +
          (b2 < 0 ? arena[o2 + y]! : bv[b2 + y]!) +
          (b3 < 0 ? arena[o3 + y]! : bv[b3 + y]!) +
          (b4 < 0 ? arena[o4 + y]! : bv[b4 + y]!)
      }
      this.addKeys(pos.keys, pos.offsets[t]!, pos.offsets[t + 1]!, out, base)
      if (extra !== undefined) this.addKeys(extra.keys, extra.offsets[t]!, extra.offsets[t + 1]!, out, base)
    }
  }

  /** Fills `out[t * L + y]` with the emission scores of `n` tokens. */
  emissions(keys: Uint32Array, offsets: Int32Array, n: number, out: Float64Array): void {
    out.fill(0, 0, n * NUM_LABELS)
    for (let t = 0; t < n; t++) this.addKeys(keys, offsets[t]!, offsets[t + 1]!, out, t * NUM_LABELS)
  }
}

/**
 * Summed word weights of one weight table for the words of one feature extractor, in one
 * `Float32Array` indexed by word id (`WordInfo.id`); filled on first use, forgotten when the
 * extractor resets.
 *
 * @example
 * ```ts
 * import { WordVectors } from "./model.js" // internal to src/tagger
 * // const vectors = new WordVectors(fx); table.scoreSentence(fx.prepare(words), undefined, vectors, out)
 * ```
 */
export class WordVectors {
  /** The vectors: word id × (5 groups × 9 labels). */
  arena = new Float32Array(0)
  private filled = new Uint8Array(0)
  private generation = -1

  constructor(private readonly fx: { readonly generation: number }) {}

  /** Offset of the vector of `info` in {@link WordVectors.arena}, computing it when needed. */
  offset(table: WeightTable, info: WordInfo): number {
    const V = 5 * NUM_LABELS
    if (this.generation !== this.fx.generation) {
      this.filled.fill(0)
      this.generation = this.fx.generation
    }
    const id = info.id
    if (id >= this.filled.length) {
      const size = Math.max(1024, this.filled.length * 2, id + 1)
      const filled = new Uint8Array(size)
      filled.set(this.filled)
      this.filled = filled
      const arena = new Float32Array(size * V)
      arena.set(this.arena)
      this.arena = arena
    }
    if (this.filled[id] === 0) {
      table.wordVector(info, this.arena, id * V)
      this.filled[id] = 1
    }
    return id * V
  }
}
