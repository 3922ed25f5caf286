/**
 * Proclitic readings of a normalized token: the conjunctions و ف, the prepositions ب ل ك and the
 * article ال that may be glued to the front of a word.
 */

import { ALEF, BEH as BA, FEH as FA, KAF, LAM, WAW } from "../normalize/characters.js"

/** Shortest stem, in code units, that a reading may leave. */
const MIN_STEM = 2

/**
 * The token and every reading of it with proclitics removed: an optional conjunction (و ف), then
 * an optional preposition (ب ل ك; ل + ال is written لل and read as ال), then an optional article
 * (ال). The token itself comes first; no reading is shorter than two letters. Input must be
 * `match`-normalized.
 *
 * @example
 * ```ts
 * import { readings } from "./clitics.js" // internal to src/tagger
 * readings("وبالعراق") // ["وبالعراق", "بالعراق", "العراق", "عراق"]
 * readings("للامم") // ["للامم", "الامم", "لامم", "امم"]
 * ```
 */
export const readings = (w: string): Array<string> => {
  const out: Array<string> = [w]
  const add = (s: string): void => {
    if (s.length >= MIN_STEM && !out.includes(s)) out.push(s)
  }
  const bases = [w]
  const c0 = w.charCodeAt(0)
  if ((c0 === WAW || c0 === FA) && w.length - 1 >= MIN_STEM) {
    add(w.slice(1))
    bases.push(w.slice(1))
  }
  const preps: Array<string> = []
  for (const b of bases) {
    const p = b.charCodeAt(0)
    if (p === BA || p === KAF || p === LAM) {
      if (p === LAM && b.charCodeAt(1) === LAM && b.length >= 4) {
        const art = "ا" + b.slice(1)
        add(art)
        preps.push(art)
      }
      add(b.slice(1))
      preps.push(b.slice(1))
    }
  }
  for (const b of [...bases, ...preps]) {
    if (b.charCodeAt(0) === ALEF && b.charCodeAt(1) === LAM && b.length - 2 >= MIN_STEM + 1) add(b.slice(2))
  }
  return out
}

/**
 * Whether a token may carry a proclitic (first letter و ف ب ل ك).
 *
 * @example
 * ```ts
 * import { mayCarryProclitic } from "./clitics.js" // internal to src/tagger
 * mayCarryProclitic("وباريس") // true
 * mayCarryProclitic("باريس") // true (ب could be a preposition)
 * mayCarryProclitic("دمشق") // false
 * ```
 */
export const mayCarryProclitic = (w: string): boolean => {
  const c = w.charCodeAt(0)
  return c === WAW || c === FA || c === BA || c === LAM || c === KAF
}
