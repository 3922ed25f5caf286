/**
 * Training one pass as a linear-chain CRF: L2-regularized log-likelihood, maximized by stochastic
 * gradient steps (Bottou's schedule, with the weight vector kept as a scale times a vector so that
 * the decay of every weight costs one multiplication), forward–backward under the BIO constraints.
 * Same features and same output shape as the perceptron pass. Deterministic for a given seed.
 */
import { allowed, LABELS_AFTER as NEXT, LABELS_BEFORE as PREV, MAY_START, NUM_LABELS } from "./labels.js"
import type { TaggerStage } from "./model.js"
import { mulberry32, shuffle } from "./random.js"
import { emissionScores, indexExamples, quantizeStage, type Example } from "./stage-data.js"

const L = NUM_LABELS

/**
 * Options of {@link trainStageCrf}.
 *
 * @example
 * ```ts
 * import type { CrfStageOptions } from "./crf.js" // internal to src/tagger
 * const o: CrfStageOptions = { epochs: 15, seed: 1, minCount: 1, prune: 0, c2: 1, eta0: 0.1 }
 * ```
 */
export interface CrfStageOptions {
  readonly epochs: number
  readonly seed: number
  readonly minCount: number
  readonly prune: number
  /** L2 coefficient on the whole objective: `sum of -log p(gold) + c2 / 2 * |w|²`. */
  readonly c2: number
  /** Initial learning rate. */
  readonly eta0: number
  readonly onEpoch?: (epoch: number, loss: number) => void
}

const tmp = new Float64Array(L)

/** log Σ exp of the first `m` values of `x`. */
const logSumExp = (x: Float64Array, m: number): number => {
  let max = -Infinity
  for (let i = 0; i < m; i++) if (x[i]! > max) max = x[i]!
  if (max === -Infinity) return -Infinity
  let sum = 0
  for (let i = 0; i < m; i++) sum += Math.exp(x[i]! - max)
  return max + Math.log(sum)
}

/**
 * Forward–backward in log space over the label sequences that BIO allows: fills
 * `alpha[t * 9 + y]` (log-sum of the scores of the prefixes ending in y at t, its emission
 * included) and `beta[t * 9 + y]` (log-sum of the suffixes after t), and returns log Z. The
 * marginal of label y at token t is `exp(alpha + beta − log Z)`.
 *
 * @param emissions `emissions[t * 9 + y]`
 * @param transitions `transitions[p * 9 + c]`
 * @param start `start[c]`
 * @example
 * ```ts
 * import { forwardBackward } from "./crf.js" // internal to src/tagger
 * const a = new Float64Array(9), b = new Float64Array(9)
 * forwardBackward(new Float64Array(9), 1, new Float64Array(81), new Float64Array(9), a, b) // log 5: O and the four B- labels
 * ```
 */
export const forwardBackward = (
  emissions: Float64Array,
  n: number,
  transitions: Float64Array,
  start: Float64Array,
  alpha: Float64Array,
  beta: Float64Array
): number => {
  if (n === 0) return 0
  for (let c = 0; c < L; c++) alpha[c] = MAY_START[c] ? start[c]! + emissions[c]! : -Infinity
  for (let t = 1; t < n; t++) {
    const base = t * L
    for (let c = 0; c < L; c++) {
      const ps = PREV[c]!
      for (let k = 0; k < ps.length; k++) tmp[k] = alpha[base - L + ps[k]!]! + transitions[ps[k]! * L + c]!
      alpha[base + c] = logSumExp(tmp, ps.length) + emissions[base + c]!
    }
  }
  const last = (n - 1) * L
  for (let c = 0; c < L; c++) tmp[c] = alpha[last + c]!
  const logZ = logSumExp(tmp, L)
  for (let c = 0; c < L; c++) beta[last + c] = 0
  for (let t = n - 2; t >= 0; t--) {
    const base = t * L
    for (let p = 0; p < L; p++) {
      const cs = NEXT[p]!
      for (let k = 0; k < cs.length; k++) {
        const c = cs[k]!
        tmp[k] = transitions[p * L + c]! + emissions[base + L + c]! + beta[base + L + c]!
      }
      beta[base + p] = logSumExp(tmp, cs.length)
    }
  }
  return logZ
}

/**
 * Trains one pass as a CRF on feature examples.
 *
 * @example
 * ```ts
 * import { trainStageCrf } from "./crf.js" // internal to src/tagger
 * // trainStageCrf(examples, { epochs: 15, seed: 1, minCount: 1, prune: 0, c2: 1, eta0: 0.1 }).stage
 * ```
 */
export const trainStageCrf = (examples: ReadonlyArray<Example>, o: CrfStageOptions): { stage: TaggerStage; seen: number } => {
  const { kept, data: all, seen } = indexExamples(examples, o.minCount)
  const data = all.filter((e) => e.gold.length > 0)
  const nRows = kept.length
  const v = new Float64Array(nRows * L)
  const tv = new Float64Array(L * L)
  const sv = new Float64Array(L)
  let s = 1
  let maxLen = 1
  for (const d of data) maxLen = Math.max(maxLen, d.gold.length)
  const em = new Float64Array(maxLen * L)
  const a = new Float64Array(maxLen * L)
  const b = new Float64Array(maxLen * L)
  const diff = new Float64Array(L)
  const order = data.map((_, i) => i)
  const rand = mulberry32(o.seed)
  const N = Math.max(1, data.length)
  const lambda = o.c2 / N
  const t0 = 1 / (lambda * o.eta0)
  let step = 0

  const T = new Float64Array(L * L)
  const S = new Float64Array(L)

  for (let epoch = 1; epoch <= o.epochs; epoch++) {
    shuffle(order, rand)
    let loss = 0
    for (const idx of order) {
      const { offsets, rows, gold } = data[idx]!
      const n = gold.length
      const eta = 1 / (lambda * (t0 + step))
      step++
      // decay all weights
      s *= 1 - eta * lambda
      if (s < 1e-9) {
        for (let i = 0; i < v.length; i++) v[i]! *= s
        for (let i = 0; i < tv.length; i++) tv[i]! *= s
        for (let i = 0; i < sv.length; i++) sv[i]! *= s
        s = 1
      }
      for (let i = 0; i < L * L; i++) T[i] = s * tv[i]!
      for (let i = 0; i < L; i++) S[i] = s * sv[i]!
      emissionScores(data[idx]!, v, em, s)
      const logZ = forwardBackward(em, n, T, S, a, b)
      // gold score for the loss
      let goldScore = S[gold[0]!]! + em[gold[0]!]!
      for (let t = 1; t < n; t++) goldScore += T[gold[t - 1]! * L + gold[t]!]! + em[t * L + gold[t]!]!
      loss += logZ - goldScore
      // gradient step: weights += eta * (observed - expected), stored as v += eta / s * (...)
      const g = eta / s
      for (let t = 0; t < n; t++) {
        const base = t * L
        for (let y = 0; y < L; y++) diff[y] = (y === gold[t]! ? 1 : 0) - Math.exp(a[base + y]! + b[base + y]! - logZ)
        for (let f = offsets[t]!, end = offsets[t + 1]!; f < end; f++) {
          const r = rows[f]!
          if (r < 0) continue
          const ro = r * L
          for (let y = 0; y < L; y++) v[ro + y]! += g * diff[y]!
        }
        if (t === 0) {
          for (let y = 0; y < L; y++) sv[y]! += g * diff[y]!
        } else {
          const pb = base - L
          for (let c = 0; c < L; c++) {
            const ps = PREV[c]!
            for (let k = 0; k < ps.length; k++) {
              const p = ps[k]!
              const pm = Math.exp(a[pb + p]! + T[p * L + c]! + em[base + c]! + b[base + c]! - logZ)
              tv[p * L + c]! -= g * pm
            }
          }
          tv[gold[t - 1]! * L + gold[t]!]! += g
        }
      }
    }
    o.onEpoch?.(epoch, Math.round(loss))
  }

  const w = v.map((x) => x * s)
  const tw = tv.map((x) => x * s)
  const sw = sv.map((x) => x * s)
  // forbidden transitions never matter at decoding; keep them at zero
  for (let p = 0; p < L; p++) for (let c = 0; c < L; c++) if (!allowed(p, c)) tw[p * L + c] = 0
  for (let c = 0; c < L; c++) if (!MAY_START[c]) sw[c] = 0
  return { stage: quantizeStage(kept, w, tw, sw, o.prune), seen }
}
