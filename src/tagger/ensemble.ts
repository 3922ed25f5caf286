/**
 * Averaging the weights of several trained passes into one: the models of an ensemble (the same
 * features, trained with different seeds) score a sentence exactly as their average does, so the
 * ensemble costs nothing at tagging time beyond a larger table.
 */
import { NUM_LABELS } from "./labels.js"
import type { TaggerStage } from "./model.js"
import { quantizeStage } from "./stage-data.js"

const L = NUM_LABELS

/**
 * The pass whose every weight (emission, transition, start) is the mean of the given passes' weights
 * (a feature missing from a pass weighs 0 there), quantized again to 16 bits. Weights that
 * quantize to zero are dropped.
 *
 * @param stages passes over the same feature templates (at least one)
 * @example
 * ```ts
 * import { averageStages } from "./ensemble.js" // internal to src/tagger
 * const a = { keys: Uint32Array.of(7), weights: Int16Array.from({ length: 9 }, () => 100), transitions: new Int16Array(81), start: new Int16Array(9), scale: 0.01 }
 * const b = { ...a, keys: Uint32Array.of(9) }
 * averageStages([a, b]).keys // Uint32Array [7, 9], each feature with half its weight
 * ```
 */
export const averageStages = (stages: ReadonlyArray<TaggerStage>): TaggerStage => {
  if (stages.length === 0) throw new RangeError("averageStages: no passes to average")
  if (stages.length === 1) return stages[0]!
  const share = 1 / stages.length
  const sums = new Map<number, Float64Array>()
  const transitions = new Float64Array(L * L)
  const start = new Float64Array(L)
  for (const s of stages) {
    const f = s.scale * share
    for (let i = 0; i < s.keys.length; i++) {
      const key = s.keys[i]!
      let row = sums.get(key)
      if (row === undefined) {
        row = new Float64Array(L)
        sums.set(key, row)
      }
      for (let y = 0; y < L; y++) row[y]! += s.weights[i * L + y]! * f
    }
    for (let k = 0; k < L * L; k++) transitions[k]! += s.transitions[k]! * f
    for (let y = 0; y < L; y++) start[y]! += s.start[y]! * f
  }
  const keys = [...sums.keys()].sort((a, b) => a - b)
  const emissions = new Float64Array(keys.length * L)
  keys.forEach((key, i) => emissions.set(sums.get(key)!, i * L))
  return quantizeStage(keys, emissions, transitions, start, 0)
}
