/**
 * 32-bit feature hashing: FNV-1a over the UTF-16 code units of a string, and a murmur3-style
 * finalizer to combine a feature template with a value. Features are never built as strings at
 * tagging time; a feature key is `combine(template, valueHash)`, a 32-bit integer.
 */

/**
 * FNV-1a offset basis.
 *
 * @example
 * ```ts
 * import { FNV_OFFSET, fnv1a } from "./hashing.js" // internal to src/tagger
 * fnv1a("") === FNV_OFFSET // true
 * ```
 */
export const FNV_OFFSET = 0x811c9dc5
const FNV_PRIME = 0x01000193

/**
 * FNV-1a hash (32 bits, unsigned) of the UTF-16 code units of `s`.
 *
 * @param s the string
 * @param seed start value (default: the FNV offset basis), to hash several strings as one
 * @example
 * ```ts
 * import { fnv1a } from "./hashing.js" // internal to src/tagger
 * fnv1a("") // 2166136261
 * fnv1a("بغداد") === fnv1a("بغداد") // true
 * ```
 */
export const fnv1a = (s: string, seed: number = FNV_OFFSET): number => {
  let h = seed | 0
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i)
    h = Math.imul(h, FNV_PRIME)
  }
  return h >>> 0
}

/**
 * The murmur3 32-bit finalizer: a bijection on 32-bit integers that spreads every input bit.
 *
 * @example
 * ```ts
 * import { fmix32 } from "./hashing.js" // internal to src/tagger
 * fmix32(0) // 0
 * fmix32(1) !== fmix32(2) // true
 * ```
 */
export const fmix32 = (x: number): number => {
  let h = x | 0
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

/**
 * Combines a feature template (or an earlier combination) with a value hash into a feature key.
 * Never returns 0, which marks an empty slot in the weight table.
 *
 * @example
 * ```ts
 * import { combine, fnv1a } from "./hashing.js" // internal to src/tagger
 * const key = combine(fnv1a("W"), fnv1a("بغداد"))
 * key !== combine(fnv1a("W-1"), fnv1a("بغداد")) // true
 * ```
 */
export const combine = (a: number, b: number): number => {
  const h = fmix32((Math.imul(a, 0x9e3779b1) ^ b) + 0x7f4a7c15)
  return h === 0 ? 1 : h
}
