import { normalizeText } from "../../normalize/normalize.js"
import { F } from "../lexicon.js"
import { DIRECTION_ADJECTIVES, PLACES_ALSO_ADJECTIVES, PLACES_ALSO_NOUNS } from "../lexicon/place-words.js"
import type { Scan } from "../scan.js"
import { placeHeadAt } from "./heads.js"

const norm = (w: string): string => normalizeText(w, "match")
const NOUNS = new Set(PLACES_ALSO_NOUNS.map(norm))
const ADJECTIVES = new Set(PLACES_ALSO_ADJECTIVES.map(norm))
const DIRECTIONS = new Set(DIRECTION_ADJECTIVES.map(norm))

/** Word classes that can't describe or complete the noun (a function word, a verb, a nationality). */
const NOT_COMPLEMENT = F.STOP | F.VERB | F.REPORT | F.NAT

/** Word classes that a noun described by the adjective can't be (a title or a head of names too). */
const NOT_DESCRIBED = NOT_COMPLEMENT | F.ROLE | F.ORG_PHRASE | F.ORG_NAME | F.PLACE_HEAD

/** Whether token k is printed with the article, alone or after و / ف ("الحذاء", "والحذاء"). */
const definiteWord = (s: Scan, k: number): boolean => s.definite(k) || /^[وف]ال./u.test(s.word(k))

/**
 * Whether the one-word place name at token i, printed without a proclitic, is the everyday word
 * it is also (see `PLACES_ALSO_NOUNS`, `PLACES_ALSO_ADJECTIVES`): a noun before a definite word
 * that describes or completes it ("العقبة الأساسية", "حماة الدستور"), or an adjective right
 * after a definite noun ("اللون الرمادي"). Never after a place head ("مدينة العقبة", "ريف حماة").
 *
 * @example
 * ```ts
 * import { placeNameAsWord } from "./place-words.js" // internal to src/entities
 * // "تبقى العقبة الأساسية هي التمويل": true at العقبة; "وصل إلى العقبة": false
 * ```
 */
export const placeNameAsWord = (s: Scan, i: number): boolean => {
  const w = s.word(i)
  const noun = NOUNS.has(w)
  if (!noun && !ADJECTIVES.has(w)) return false
  if (i > 0 && s.joined(i) && placeHeadAt(s, i - 1) !== null) return false
  if (noun) {
    const k = i + 1
    return (
      k < s.count &&
      s.joined(k) &&
      s.definite(k) &&
      !DIRECTIONS.has(s.word(k)) &&
      (s.flags[k]! & NOT_COMPLEMENT) === 0 &&
      s.gazetteerAt(k) === null
    )
  }
  const p = i - 1
  return p >= 0 && s.joined(i) && definiteWord(s, p) && (s.flags[p]! & NOT_DESCRIBED) === 0 && s.gazetteerAt(p) === null
}
