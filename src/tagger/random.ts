/**
 * A small seeded pseudo-random generator (mulberry32), so that training is reproducible.
 */

/**
 * Returns a generator of floats in [0, 1) determined by `seed`.
 *
 * @example
 * ```ts
 * import { mulberry32 } from "./random.js" // internal to src/tagger
 * const r = mulberry32(1)
 * r() === mulberry32(1)() // true
 * ```
 */
export const mulberry32 = (seed: number): (() => number) => {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * Shuffles `xs` in place (Fisher–Yates) with the generator `rand`.
 *
 * @example
 * ```ts
 * import { mulberry32, shuffle } from "./random.js" // internal to src/tagger
 * shuffle([1, 2, 3, 4], mulberry32(7)).length // 4
 * ```
 */
export const shuffle = <T>(xs: Array<T>, rand: () => number): Array<T> => {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1))
    const t = xs[i]!
    xs[i] = xs[j]!
    xs[j] = t
  }
  return xs
}
