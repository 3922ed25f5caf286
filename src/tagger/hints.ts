/**
 * Hints: entity spans that another recognizer (the gazetteers and patterns of `src/entities/`)
 * found in the same text, given to the tagger as features. The tagger learns how far to trust
 * each kind of hint against the gold annotation; it is trained with hints left out of part of the
 * sentences, so it also tags well without any.
 */
import { TAGGER_TYPES, type TaggerType } from "./labels.js"

/**
 * A hint over tokens of one sentence: tokens `start` (inclusive) to `end` (exclusive) were found
 * as an entity of `type` by another recognizer.
 *
 * @example
 * ```ts
 * import type { TokenHint } from "akhbar"
 * const h: TokenHint = { start: 1, end: 3, type: "PERSON" } // tokens 1 and 2
 * ```
 */
export interface TokenHint {
  readonly start: number
  readonly end: number
  readonly type: TaggerType
}

/**
 * A hint over raw text: UTF-16 offsets `start` to `end` of the text given to
 * {@link Tagger.tagText}, found as an entity of `type` (a `Mention` fits). Types other than
 * PERSON, LOC, ORG and MISC are ignored.
 *
 * @example
 * ```ts
 * import type { TextHint } from "akhbar"
 * const h: TextHint = { start: 4, end: 9, type: "LOC" } // "باريس" in "زار باريس"
 * ```
 */
export interface TextHint {
  readonly start: number
  readonly end: number
  readonly type: string
}

/** Position of a token in a hinted span. */
const SINGLE = 0
const BEGIN = 1
const INSIDE = 2
const END = 3

const typeIndex = (type: string): number => (TAGGER_TYPES as ReadonlyArray<string>).indexOf(type)

/** Writes the marks of tokens `first..last` (inclusive) hinted as type `t` into `out`. */
const markRange = (out: Uint8Array, first: number, last: number, t: number): void => {
  for (let k = first; k <= last; k++) {
    const pos = first === last ? SINGLE : k === first ? BEGIN : k === last ? END : INSIDE
    out[k] = 1 + t * 4 + pos
  }
}

/**
 * The per-token hint marks of a sentence of `n` tokens: 0 where no hint covers the token, else
 * 1 + 4 × type index + position (single, begin, inside, end). A later hint wins on overlap;
 * spans outside the sentence are clipped.
 *
 * @example
 * ```ts
 * import { hintMarks } from "./hints.js" // internal to src/tagger
 * hintMarks(3, [{ start: 1, end: 3, type: "PERSON" }]) // Uint8Array [0, 2, 4]
 * ```
 */
export const hintMarks = (n: number, hints: ReadonlyArray<TokenHint>): Uint8Array => {
  const out = new Uint8Array(n)
  for (const h of hints) {
    const t = typeIndex(h.type)
    const first = Math.max(0, h.start)
    const last = Math.min(n, h.end) - 1
    if (t < 0 || last < first) continue
    markRange(out, first, last, t)
  }
  return out
}

/**
 * Hint marks of every token of a text from hints over raw offsets: a hint covers each token whose
 * raw span overlaps it. `rawStarts`/`rawEnds` are the tokens' raw spans, in order.
 *
 * @example
 * ```ts
 * import { textHintMarks } from "./hints.js" // internal to src/tagger
 * // "زار باريس": tokens at 0–3 and 4–9
 * textHintMarks(Int32Array.of(0, 4), Int32Array.of(3, 9), [{ start: 4, end: 9, type: "LOC" }]) // Uint8Array [0, 5]
 * ```
 */
export const textHintMarks = (rawStarts: Int32Array, rawEnds: Int32Array, hints: ReadonlyArray<TextHint>): Uint8Array => {
  const n = rawStarts.length
  const out = new Uint8Array(n)
  for (const h of hints) {
    const t = typeIndex(h.type)
    if (t < 0 || h.end <= h.start) continue
    // first token ending after the hint's start
    let lo = 0
    let hi = n
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (rawEnds[mid]! <= h.start) lo = mid + 1
      else hi = mid
    }
    let last = lo - 1
    for (let k = lo; k < n && rawStarts[k]! < h.end; k++) last = k
    if (last >= lo) markRange(out, lo, last, t)
  }
  return out
}
