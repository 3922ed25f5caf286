import { normalizeText } from "../normalize/normalize.js"
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

/**
 * Counts, across a corpus, in how many documents each line occurs (compact state: one number per
 * distinct line), and tells which lines recur often enough to be site furniture.
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
  private readonly counts = new Map<string, number>()
  private documents = 0
  constructor(private readonly rules: SegmentRules = DEFAULT_SEGMENT_RULES) {}

  /** Adds one document's lines. */
  add(text: string): void {
    this.documents++
    const seen = new Set<string>()
    for (const line of splitLines(text)) {
      if (line.text.length > 300) continue
      const key = lineKey(line.text)
      if (key === "" || seen.has(key)) continue
      seen.add(key)
      this.counts.set(key, (this.counts.get(key) ?? 0) + 1)
    }
  }

  /** Number of documents added. */
  get size(): number {
    return this.documents
  }

  /** The keys of lines that occur in enough documents to be furniture. */
  learned(): ReadonlySet<string> {
    const min = Math.max(this.rules.learnedMinDocuments, Math.ceil(this.rules.learnedMinShare * this.documents))
    const out = new Set<string>()
    for (const [key, count] of this.counts) if (count >= min) out.add(key)
    return out
  }
}
