/**
 * What the two trainers of a pass (the averaged perceptron of `perceptron.ts`, the CRF of
 * `crf.ts`) share: feature keys mapped to dense rows before training, and dense weights
 * quantized to a {@link TaggerStage} after it.
 */
import { NUM_LABELS } from "./labels.js"
import type { TaggerStage } from "./model.js"

const L = NUM_LABELS

/**
 * Features and gold labels of one sentence: the hashed feature keys of token t are
 * `keys[offsets[t] .. offsets[t + 1])`.
 *
 * @example
 * ```ts
 * import type { Example } from "./stage-data.js" // internal to src/tagger
 * const e: Example = { offsets: Int32Array.of(0, 1), keys: Uint32Array.of(12345), gold: Uint8Array.of(3) }
 * ```
 */
export interface Example {
  readonly offsets: Int32Array
  readonly keys: Uint32Array
  readonly gold: Uint8Array
}

/**
 * An example with its feature keys replaced by dense row numbers (-1: a feature left out).
 *
 * @example
 * ```ts
 * import type { IndexedExample } from "./stage-data.js" // internal to src/tagger
 * const e: IndexedExample = { offsets: Int32Array.of(0, 1), rows: Int32Array.of(0), gold: Uint8Array.of(3) }
 * ```
 */
export interface IndexedExample {
  readonly offsets: Int32Array
  readonly rows: Int32Array
  readonly gold: Uint8Array
}

/**
 * Training examples over dense rows: the features seen at least `minCount` times get rows in
 * ascending key order.
 *
 * @example
 * ```ts
 * import { indexExamples } from "./stage-data.js" // internal to src/tagger
 * const ix = indexExamples([{ offsets: Int32Array.of(0, 2), keys: Uint32Array.of(9, 4), gold: Uint8Array.of(0) }], 1)
 * ix.kept // [4, 9]; ix.data[0].rows → Int32Array [1, 0]; ix.seen → 2
 * ```
 */
export const indexExamples = (
  examples: ReadonlyArray<Example>,
  minCount: number
): { readonly kept: ReadonlyArray<number>; readonly data: ReadonlyArray<IndexedExample>; readonly seen: number } => {
  const counts = new Map<number, number>()
  for (const e of examples) {
    for (let i = 0; i < e.keys.length; i++) {
      const k = e.keys[i]!
      counts.set(k, (counts.get(k) ?? 0) + 1)
    }
  }
  const kept: Array<number> = []
  for (const [k, c] of counts) if (c >= minCount) kept.push(k)
  kept.sort((a, b) => a - b)
  const rowOf = new Map<number, number>()
  for (let i = 0; i < kept.length; i++) rowOf.set(kept[i]!, i)
  const data = examples.map(({ offsets, keys, gold }) => {
    const rows = new Int32Array(keys.length)
    for (let i = 0; i < keys.length; i++) rows[i] = rowOf.get(keys[i]!) ?? -1
    return { offsets, rows, gold }
  })
  return { kept, data, seen: counts.size }
}

/**
 * Dense weights (`emissions[row * 9 + label]`, transitions, start scores) as a 16-bit pass:
 * one scale for all, and only the rows whose largest weight is at least `prune` times the
 * largest weight of all and does not quantize to zero.
 *
 * @example
 * ```ts
 * import { quantizeStage } from "./stage-data.js" // internal to src/tagger
 * const stage = quantizeStage([7], new Float64Array(9).fill(0.5), new Float64Array(81), new Float64Array(9), 0)
 * stage.keys // Uint32Array [7]; stage.weights[0] → 32767
 * ```
 */
export const quantizeStage = (
  kept: ReadonlyArray<number>,
  emissions: Float64Array,
  transitions: Float64Array,
  start: Float64Array,
  prune: number
): TaggerStage => {
  const nRows = kept.length
  const rowMax = new Float64Array(nRows)
  let maxAbs = 0
  for (let r = 0; r < nRows; r++) {
    let m = 0
    for (let y = 0; y < L; y++) m = Math.max(m, Math.abs(emissions[r * L + y]!))
    rowMax[r] = m
    maxAbs = Math.max(maxAbs, m)
  }
  for (const v of transitions) maxAbs = Math.max(maxAbs, Math.abs(v))
  for (const v of start) maxAbs = Math.max(maxAbs, Math.abs(v))
  const scale = maxAbs > 0 ? maxAbs / 32767 : 1
  const q = (v: number): number => Math.max(-32767, Math.min(32767, Math.round(v / scale)))
  const threshold = Math.max(prune * maxAbs, scale / 2)
  const keepRows: Array<number> = []
  for (let r = 0; r < nRows; r++) if (rowMax[r]! >= threshold) keepRows.push(r)
  const keys = new Uint32Array(keepRows.length)
  const weights = new Int16Array(keepRows.length * L)
  keepRows.forEach((r, i) => {
    keys[i] = kept[r]!
    for (let y = 0; y < L; y++) weights[i * L + y] = q(emissions[r * L + y]!)
  })
  return { keys, weights, transitions: Int16Array.from(transitions, q), start: Int16Array.from(start, q), scale }
}

/**
 * Fills `out[t * 9 + y]` with the emission scores of an indexed example's tokens under dense
 * weights, each sum times `factor` (default 1).
 *
 * @example
 * ```ts
 * import { emissionScores } from "./stage-data.js" // internal to src/tagger
 * const out = new Float64Array(9)
 * emissionScores({ offsets: Int32Array.of(0, 1), rows: Int32Array.of(0), gold: Uint8Array.of(0) }, new Float64Array(9).fill(2), out)
 * out[0] // 2
 * ```
 */
export const emissionScores = (e: IndexedExample, weights: Float64Array, out: Float64Array, factor = 1): void => {
  const { offsets, rows } = e
  const n = offsets.length - 1
  out.fill(0, 0, n * L)
  for (let t = 0; t < n; t++) {
    const base = t * L
    for (let f = offsets[t]!, end = offsets[t + 1]!; f < end; f++) {
      const r = rows[f]!
      if (r < 0) continue
      const ro = r * L
      for (let y = 0; y < L; y++) out[base + y]! += weights[ro + y]!
    }
    if (factor !== 1) for (let y = 0; y < L; y++) out[base + y]! *= factor
  }
}
