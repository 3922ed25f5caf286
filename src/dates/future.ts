import { normalizeText } from "../normalize/normalize.js"
import { crossesSentence, WORD, type Tokens } from "../numbers/tokens.js"
import { FUTURE_WORDS, NOT_FUTURE_VERBS, NOT_PRESENT_VERBS } from "./data/markers.js"

const WORDS = new Set(FUTURE_WORDS.map((w) => normalizeText(w, "match")))
const NOT_VERBS = new Set(NOT_FUTURE_VERBS.map((w) => normalizeText(w, "match")))
const NOT_PRESENT = new Set(NOT_PRESENT_VERBS.map((w) => normalizeText(w, "match")))

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
    const bare = w.replace(/^[وف]/u, "")
    if (WORDS.has(w) || WORDS.has(bare)) return true
    if (FUTURE_VERB.test(w) && !NOT_VERBS.has(w) && !NOT_VERBS.has(bare)) return true
  }
  return false
}

/** A present-tense verb by its shape: يـ or تـ and three to five letters, no alef after the prefix. */
const PRESENT_VERB = /^[يت][^\sا][^\s]{1,4}$/u
/** Verbal nouns of the shapes تفعيل (تقرير) and تفعلة (تجربة), which look like تـ verbs. */
const MASDAR = /^ت[^\s]{2}ي[^\s]$|^ت[^\s]{3}ه$/u
/** Words that close the clause of a date on the left: the complementizer before a reported fact. */
const CLAUSE_START = new Set(["ان", "انه", "انها", "بان", "الذي", "التي", "حيث"])

/**
 * Whether the verb of the clause before token `first` is in the present tense ("ينتهي المهرجان في
 * 13 تموز", "وتنطلق البطولة في 30 آذار", "يحتفل المسلمون بعيد الأضحى في 10 ذي الحجة"): the event
 * is of the publication's year rather than of the year before. Looks back at most six tokens, not
 * past a sentence end or a complementizer ("يقول إن الوزير زار بغداد في 5 آذار" is the past).
 *
 * @example
 * ```ts
 * presentBefore(tokenize("ينتهي المهرجان في 13 تموز"), 3) // true
 * ```
 */
export const presentBefore = (t: Tokens, first: number): boolean => {
  for (let k = first - 1; k >= Math.max(0, first - 6); k--) {
    if (crossesSentence(t, k, first)) return false
    if (t.types[k] !== WORD) continue
    const w = t.words[k]!.replace(/^[وف](?=[يت])/u, "")
    if (CLAUSE_START.has(w)) return false
    if (PRESENT_VERB.test(w) && !MASDAR.test(w) && !NOT_PRESENT.has(w)) return true
  }
  return false
}
