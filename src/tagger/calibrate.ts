/**
 * Confidence calibration: a one-variable logistic regression from an entity's margin (see
 * `viterbi.ts`) to the probability that the entity is correct (exact span and type), fitted on
 * held-out sentences.
 */
import { labelId, labelSpans } from "./labels.js"
import type { TaggerCalibration } from "./model.js"

/**
 * Fits `P(correct) = 1 / (1 + exp(-(a * margin + b)))` by Newton's method on pairs of margin and
 * correctness (margins are scaled internally for stability).
 *
 * @example
 * ```ts
 * import { fitCalibration } from "./calibrate.js" // internal to src/tagger
 * const c = fitCalibration([0.1, 0.2, 2, 3, 4], [false, true, true, true, true])
 * c.a > 0 // true
 * ```
 */
export const fitCalibration = (margins: ReadonlyArray<number>, correct: ReadonlyArray<boolean>): TaggerCalibration => {
  const n = margins.length
  if (n === 0) return { a: 1, b: 0 }
  const finite = margins.map((m) => (Number.isFinite(m) ? m : 0))
  const sd = Math.sqrt(finite.reduce((s, m) => s + m * m, 0) / n) || 1
  const x = finite.map((m) => m / sd)
  let a = 0
  let b = 0
  const ridge = 1e-3
  for (let it = 0; it < 100; it++) {
    let ga = -ridge * a
    let gb = 0
    let haa = ridge
    let hab = 0
    let hbb = 1e-9
    for (let i = 0; i < n; i++) {
      const p = 1 / (1 + Math.exp(-(a * x[i]! + b)))
      const r = (correct[i] ? 1 : 0) - p
      ga += r * x[i]!
      gb += r
      const w = p * (1 - p)
      haa += w * x[i]! * x[i]!
      hab += w * x[i]!
      hbb += w
    }
    const det = haa * hbb - hab * hab
    if (Math.abs(det) < 1e-12) break
    const da = (hbb * ga - hab * gb) / det
    const db = (haa * gb - hab * ga) / det
    a += da
    b += db
    if (Math.abs(da) + Math.abs(db) < 1e-9) break
  }
  return { a: a / sd, b }
}

/**
 * Pairs (margin, correct) of the predicted entities of tagged sentences, for {@link fitCalibration}.
 *
 * @example
 * ```ts
 * import { entityMargins } from "./calibrate.js" // internal to src/tagger
 * entityMargins(["B-LOC"], ["B-LOC"], Float64Array.of(3)) // [{ margin: 3, correct: true }]
 * ```
 */
export const entityMargins = (
  gold: ReadonlyArray<string>,
  predicted: ReadonlyArray<string>,
  margins: ArrayLike<number>
): Array<{ margin: number; correct: boolean }> => {
  const g = new Set(labelSpans(gold.map(labelId)).map((s) => `${s.start}:${s.end}:${s.type}`))
  return labelSpans(predicted.map(labelId)).map((s) => {
    let m = Infinity
    for (let t = s.start; t <= s.end && t < predicted.length; t++) m = Math.min(m, margins[t]!)
    return { margin: m, correct: g.has(`${s.start}:${s.end}:${s.type}`) }
  })
}
