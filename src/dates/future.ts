import { normalizeText } from "../normalize/normalize.js"
import { crossesSentence, WORD, type Tokens } from "../numbers/tokens.js"
import { FUTURE_WORDS, NOT_FUTURE_VERBS } from "./data/markers.js"

const WORDS = new Set(FUTURE_WORDS.map((w) => normalizeText(w, "match")))
const NOT_VERBS = new Set(NOT_FUTURE_VERBS.map((w) => normalizeText(w, "match")))

/** A future verb by its shape: سـ + a present tense (سيـ, ستـ, سنـ), no alef after the prefix ("سياسة"). */
const FUTURE_VERB = /^[وف]?س[يتن][^\sا]{2,5}$/u

/**
 * Whether the clause before token `first` speaks of the future: a future verb ("ستجرى
 * الانتخابات في 15 أيار", "سيلتقي الفريقان الأحد") or a word of plans ("من المقرر"), within
 * eight tokens and in the same sentence. A year-less date there is resolved forward.
 *
 * @example
 * ```ts
 * futureBefore(tokenize("ستجرى الانتخابات في 15 أيار"), 3) // true
 * ```
 */
export const futureBefore = (t: Tokens, first: number): boolean => {
  for (let k = first - 1; k >= Math.max(0, first - 8); k--) {
    if (crossesSentence(t, k, first)) return false
    if (t.types[k] !== WORD) continue
    const w = t.words[k]!
    if (WORDS.has(w)) return true
    if (FUTURE_VERB.test(w) && !NOT_VERBS.has(w) && !NOT_VERBS.has(w.replace(/^[وف]/u, ""))) return true
  }
  return false
}
