import { normalizeText } from "../normalize/normalize.js"
import { GrowingBloom, hashKey, LearnedLines } from "./furniture.js"
import { splitLines } from "./lines.js"
import { DEFAULT_SEGMENT_RULES, type SegmentRules } from "./rules.js"

/**
 * The key under which a line is counted across documents: its `match`-normalized, lower-cased text, with
 * digits kept (so that "1500 / 1500" and "0 تعليق" count as the same furniture on every page).
 *
 * @example
 * ```ts
 * import { lineKey } from "akhbar"
 * lineKey(" جميعُ الحقوق محفوظة ") === lineKey("جميع الحقوق محفوظه") // true
 * ```
 */
export const lineKey = (line: string): string => normalizeText(line, "match").toLowerCase().trim()

/** Lines longer than this are article text, never counted as furniture. */
const MAX_FURNITURE_CHARS = 300

/**
 * The distinct line-key hashes of one document: what {@link BoilerplateLearner} counts. Worker
 * threads compute them and send them to the thread that learns.
 *
 * @example
 * ```ts
 * import { documentLineHashes } from "akhbar"
 * documentLineHashes("أ\nتابعونا\nتابعونا").length // 2
 * ```
 */
export const documentLineHashes = (text: string): Float64Array => {
  const seen = new Set<number>()
  for (const line of splitLines(text)) {
    if (line.text.length > MAX_FURNITURE_CHARS) continue
    const key = lineKey(line.text)
    if (key !== "") seen.add(hashKey(key))
  }
  return Float64Array.from(seen)
}

/** A key of a set of line hashes, the same whatever their order. */
const signatureOf = (hashes: ArrayLike<number>): string => {
  const sorted = Float64Array.from(hashes).sort()
  let a = 0x811c9dc5
  let b = 0x01000193
  for (let i = 0; i < sorted.length; i++) {
    const v = sorted[i]!
    a = Math.imul(a ^ (v >>> 0), 0x01000193) >>> 0
    b = Math.imul(b ^ ((v / 4294967296) >>> 0), 0x5bd1e995) >>> 0
  }
  return `${sorted.length}:${a}:${b}`
}

/**
 * Counts, across a corpus, in how many documents each line occurs, and tells which lines recur
 * often enough to be site furniture. The state stays compact: lines are hashed, a line seen once
 * only sets bits in a Bloom filter, and only lines seen in two documents or more get a counter.
 * (A Bloom false positive, about 1 in 1000, counts a line's first document twice.)
 *
 * @example
 * ```ts
 * import { BoilerplateLearner } from "akhbar"
 * const learner = new BoilerplateLearner()
 * for (const text of ["أ\nتابعونا", "ب\nتابعونا", "ج\nتابعونا"]) learner.add(text)
 * learner.learned().has("تابعونا") // true
 * ```
 */
export class BoilerplateLearner {
  private readonly once = new GrowingBloom()
  private readonly counts = new Map<number, number>()
  private documents = 0
  constructor(private readonly rules: SegmentRules = DEFAULT_SEGMENT_RULES) {}

  /** Adds one document's lines. */
  add(text: string): void {
    this.addHashes(documentLineHashes(text))
  }

  private readonly copies = new Set<string>()

  /**
   * Adds one document given the distinct hashes of its line keys (see {@link documentLineHashes}).
   * A document with the very same lines as one added before (a wire story syndicated in the corpus
   * three times) counts once: its lines are the story, not the site's furniture.
   */
  addHashes(hashes: ArrayLike<number>): void {
    const signature = signatureOf(hashes)
    if (this.copies.has(signature)) return
    this.copies.add(signature)
    this.documents++
    for (let i = 0; i < hashes.length; i++) {
      const h = hashes[i]!
      const n = this.counts.get(h)
      if (n !== undefined) this.counts.set(h, n + 1)
      else if (this.once.has(h)) this.counts.set(h, 2)
      else this.once.add(h)
    }
  }

  /** Number of documents added. */
  get size(): number {
    return this.documents
  }

  /** The lines that occur in enough documents to be furniture. */
  learned(): LearnedLines {
    const min = Math.max(this.rules.learnedMinDocuments, Math.ceil(this.rules.learnedMinShare * this.documents))
    const out: Array<number> = []
    for (const [hash, count] of this.counts) if (count >= min) out.push(hash)
    return new LearnedLines(out)
  }
}
