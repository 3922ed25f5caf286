/**
 * Proclitics: the conjunctions و ف, the prepositions ب ل ك and the article that may be glued to
 * the front of an Arabic word ("وبغداد", "لواشنطن", "بالعراق", "للأمم", "وللعراق").
 */

/**
 * One way of reading a token as proclitic(s) + stem.
 *
 * @example
 * ```ts
 * import { procliticStems, type Stem } from "akhbar"
 * const [s]: Array<Stem> = procliticStems("لواشنطن") // { stem: "واشنطن", cut: 1 }
 * ```
 */
export interface Stem {
  /** The stem as it would be written alone (normalized): "العراق" for "للعراق". */
  readonly stem: string
  /**
   * Normalized characters to skip at the start of the token so that the mention's span starts at
   * the stem. For ل + ال ("للعراق") the article's alef is not written, so the span cannot start
   * at a clean stem: `cut` then skips only the letters before that ل ("وللعراق" → span "للعراق").
   */
  readonly cut: number
}

const WAW = 0x0648
const FA = 0x0641
const BA = 0x0628
const LAM = 0x0644
const KAF = 0x0643

/** Shortest stem (in letters) worth looking up after removing proclitics. */
export const MIN_STEM = 3

/**
 * The readings of a token with proclitics removed, longest stem first. The token itself is not
 * included. Stems shorter than {@link MIN_STEM} letters are left out.
 *
 * @example
 * ```ts
 * import { procliticStems } from "akhbar"
 * procliticStems("وبغداد") // [{ stem: "بغداد", cut: 1 }, { stem: "غداد", cut: 2 }]
 * procliticStems("للعراق") // [{ stem: "العراق", cut: 0 }, { stem: "لعراق", cut: 1 }]
 * ```
 */
export const procliticStems = (token: string): Array<Stem> => {
  const out: Array<Stem> = []
  const n = token.length
  let i = 0
  const c0 = token.charCodeAt(0)
  // optional conjunction
  const conj = c0 === WAW || c0 === FA ? 1 : 0
  if (conj === 1 && n - 1 >= MIN_STEM) out.push({ stem: token.slice(1), cut: 1 })
  i = conj
  const p = token.charCodeAt(i)
  if (p === BA || p === LAM || p === KAF) {
    const rest = token.slice(i + 1)
    // ك + a name is rare and "كلاوس" is no ك + لاوس: ك only before the article (كالعراق)
    if (p === KAF && !(rest.charCodeAt(0) === 0x0627 && rest.charCodeAt(1) === LAM)) return out
    if (p === LAM && rest.charCodeAt(0) === LAM && rest.length >= MIN_STEM) {
      // ل + ال: the alef of the article is dropped ("للعراق" = ل + العراق)
      out.push({ stem: "ا" + rest, cut: i })
    }
    if (rest.length >= MIN_STEM) out.push({ stem: rest, cut: i + 1 })
  }
  return out
}

/**
 * Whether `c` (a UTF-16 code unit) can start a proclitic, i.e. whether {@link procliticStems}
 * may return anything for a token starting with it.
 *
 * @example
 * ```ts
 * import { mayHaveProclitic } from "akhbar"
 * mayHaveProclitic("وبغداد".charCodeAt(0)) // true
 * ```
 */
export const mayHaveProclitic = (c: number): boolean => c === WAW || c === FA || c === BA || c === LAM || c === KAF
