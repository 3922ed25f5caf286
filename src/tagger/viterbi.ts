/**
 * First-order Viterbi decoding under BIO constraints (an `I-X` only after `B-X` or `I-X`), and
 * max-marginals for confidence: for every token, how much worse the best path is that gives it a
 * different label.
 */
import { LABELS_AFTER as NEXT, LABELS_BEFORE as PREV, MAY_START as START_ALLOWED, NUM_LABELS } from "./labels.js"

const L = NUM_LABELS

let alpha = new Float64Array(64 * L)
let beta = new Float64Array(64 * L)
let back = new Int8Array(64 * L)

const ensure = (n: number): void => {
  if (alpha.length < n * L) {
    alpha = new Float64Array(n * L * 2)
    beta = new Float64Array(n * L * 2)
    back = new Int8Array(n * L * 2)
  }
}

/**
 * Finds the best label sequence for `n` tokens.
 *
 * @param emissions `emissions[t * L + y]`: score of label y at token t
 * @param n number of tokens
 * @param transitions `transitions[p * L + c]`: score of label c after label p
 * @param start `start[c]`: score of label c at the first token
 * @param out receives the label ids (length ≥ n)
 * @param margins when given, receives for each token the best path score minus the best score of
 *   a path with another label at that token (≥ 0; +Infinity when no other label is possible)
 * @returns the best path score
 * @example
 * ```ts
 * import { viterbi } from "./viterbi.js" // internal to src/tagger
 * const L = 9
 * const em = new Float64Array(2 * L); em[0 * L + 2] = 5 // I-PERSON wanted first: not allowed
 * const out = new Uint8Array(2)
 * viterbi(em, 2, new Float32Array(L * L), new Float32Array(L), out)
 * out[0] !== 2 // true
 * ```
 */
export const viterbi = (
  emissions: ArrayLike<number>,
  n: number,
  transitions: ArrayLike<number>,
  start: ArrayLike<number>,
  out: Uint8Array,
  margins?: Float64Array
): number => {
  if (n === 0) return 0
  ensure(n)
  const a = alpha
  const bp = back
  for (let c = 0; c < L; c++) a[c] = START_ALLOWED[c] ? start[c]! + emissions[c]! : -Infinity
  for (let t = 1; t < n; t++) {
    const base = t * L
    const prevBase = base - L
    for (let c = 0; c < L; c++) {
      let best = -Infinity
      let arg = 0
      const ps = PREV[c]!
      for (let k = 0; k < ps.length; k++) {
        const p = ps[k]!
        const s = a[prevBase + p]! + transitions[p * L + c]!
        if (s > best) {
          best = s
          arg = p
        }
      }
      a[base + c] = best + emissions[base + c]!
      bp[base + c] = arg
    }
  }
  const lastBase = (n - 1) * L
  let bestLabel = 0
  let bestScore = -Infinity
  for (let c = 0; c < L; c++) {
    if (a[lastBase + c]! > bestScore) {
      bestScore = a[lastBase + c]!
      bestLabel = c
    }
  }
  out[n - 1] = bestLabel
  for (let t = n - 1; t > 0; t--) out[t - 1] = bp[t * L + out[t]!]!
  if (margins !== undefined) {
    const b = beta
    for (let c = 0; c < L; c++) b[lastBase + c] = 0
    for (let t = n - 2; t >= 0; t--) {
      const base = t * L
      const nextBase = base + L
      for (let p = 0; p < L; p++) {
        let best = -Infinity
        const cs = NEXT[p]!
        for (let k = 0; k < cs.length; k++) {
          const c = cs[k]!
          const s = transitions[p * L + c]! + emissions[nextBase + c]! + b[nextBase + c]!
          if (s > best) best = s
        }
        b[base + p] = best
      }
    }
    for (let t = 0; t < n; t++) {
      const base = t * L
      const y = out[t]!
      let second = -Infinity
      for (let c = 0; c < L; c++) {
        if (c === y) continue
        const s = a[base + c]! + b[base + c]!
        if (s > second) second = s
      }
      margins[t] = Math.max(0, bestScore - second)
    }
  }
  return bestScore
}
