/**
 * Compact corpus state for furniture learning: lines are counted by a 53-bit hash of their key,
 * first sightings go into a Bloom filter, and only lines seen in two or more documents get a
 * counter. Memory grows with the number of *recurring* lines, not with the corpus.
 */

/**
 * A 53-bit hash of a string (cyrb53): fast, well spread, exactly representable as a JS number.
 *
 * @example
 * ```ts
 * import { hashKey } from "akhbar"
 * hashKey("تابعونا") === hashKey("تابعونا") // true
 * Number.isSafeInteger(hashKey("x")) // true
 * ```
 */
export const hashKey = (s: string): number => {
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    h1 = Math.imul(h1 ^ c, 2654435761)
    h2 = Math.imul(h2 ^ c, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return 4294967296 * (2097151 & h2) + (h1 >>> 0)
}

/**
 * A set of lines learned as furniture, held as hashes of their keys. It answers `has(key)` for a
 * line key (see `lineKey`) like a `Set<string>` would, and travels to worker threads as a
 * `Float64Array`.
 *
 * @example
 * ```ts
 * import { LearnedLines, hashKey } from "akhbar"
 * const learned = new LearnedLines([hashKey("تابعونا")])
 * learned.has("تابعونا") // true
 * ```
 */
export class LearnedLines {
  private readonly hashes: ReadonlySet<number>
  constructor(hashes: Iterable<number>) {
    this.hashes = new Set(hashes)
  }
  /** Whether the line with this key is furniture. */
  has(key: string): boolean {
    return this.hashes.has(hashKey(key))
  }
  /** Number of learned lines. */
  get size(): number {
    return this.hashes.size
  }
  /** The hashes, sorted, for a worker thread or a checkpoint. */
  toArray(): Float64Array {
    return Float64Array.from([...this.hashes].sort((a, b) => a - b))
  }
}

/** What the segmenter asks of learned furniture: a `Set<string>` of line keys, or {@link LearnedLines}. */
export interface FurnitureLines {
  has(key: string): boolean
}

/** One Bloom filter of `2^bits` bits with 6 probes derived from a 53-bit hash (double hashing). */
class BloomFilter {
  private readonly words: Uint32Array
  private readonly mask: number
  count = 0
  constructor(
    bits: number,
    readonly capacity: number
  ) {
    this.words = new Uint32Array(2 ** Math.max(0, bits - 5))
    this.mask = 2 ** bits - 1
  }
  has(hash: number): boolean {
    const lo = hash >>> 0
    const step = (Math.floor(hash / 4294967296) | 1) >>> 0
    for (let k = 0; k < PROBES; k++) {
      const p = (lo + Math.imul(k, step)) & this.mask
      if ((this.words[p >>> 5]! & (1 << (p & 31))) === 0) return false
    }
    return true
  }
  add(hash: number): void {
    const lo = hash >>> 0
    const step = (Math.floor(hash / 4294967296) | 1) >>> 0
    for (let k = 0; k < PROBES; k++) {
      const p = (lo + Math.imul(k, step)) & this.mask
      this.words[p >>> 5]! |= 1 << (p & 31)
    }
    this.count++
  }
}

const PROBES = 6
/** Bits per item at capacity: with 6 probes, a false-positive rate of about 0.1 %. */
const BITS_PER_ITEM = 16
/** The largest filter: 2^28 bits (32 MB), 16 million items. */
const MAX_BITS = 28

/**
 * A Bloom filter that grows: when the newest filter holds its capacity, a filter twice its size is
 * added. About 2 bytes per distinct item, a false-positive rate of about 0.1 % per filter.
 *
 * @example
 * ```ts
 * import { GrowingBloom } from "akhbar"
 * const seen = new GrowingBloom()
 * seen.add(42)
 * seen.has(42) // true
 * ```
 */
export class GrowingBloom {
  private readonly filters: Array<BloomFilter> = []
  constructor(private readonly firstBits = 20) {
    this.filters.push(new BloomFilter(firstBits, 2 ** firstBits / BITS_PER_ITEM))
  }
  has(hash: number): boolean {
    return this.filters.some((f) => f.has(hash))
  }
  add(hash: number): void {
    let last = this.filters[this.filters.length - 1]!
    if (last.count >= last.capacity) {
      const bits = Math.min(MAX_BITS, this.firstBits + this.filters.length)
      last = new BloomFilter(bits, 2 ** bits / BITS_PER_ITEM)
      this.filters.push(last)
    }
    last.add(hash)
  }
}
