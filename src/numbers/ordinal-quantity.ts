import { stripConjunction } from "./clitics.js"
import { AGE_ORDINAL_BEFORE, ELATIVE_ORDINAL_PREFIXES, NOT_AFTER_ORDINAL_PREFIX, NOT_ORDINAL_HEADS, ORDINAL_NAME_WORDS } from "./data/grammar.js"
import { CLOCK_FRACTIONS, ORDINAL_BLOCKERS, REGNAL_NAMES, TIME_AFTER } from "./data/non-quantities.js"
import { ageAfter, anyDate, definiteCut, ORDINAL, YEARS, type Scan } from "./draft.js"
import { CARDINALS } from "./lexicon.js"
import { readOrdinal } from "./ordinal.js"
import { pushDraft } from "./tail.js"
import { normForm } from "./text.js"
import { WORD } from "./tokens.js"

const BLOCK = new Set([...ORDINAL_BLOCKERS, ...REGNAL_NAMES, ...ORDINAL_NAME_WORDS].map(normForm))
const TIME = new Set([...TIME_AFTER, ...CLOCK_FRACTIONS].map(normForm))
const NOT_HEAD = new Set(NOT_ORDINAL_HEADS.map(normForm))
const NOT_AFTER = new Set(NOT_AFTER_ORDINAL_PREFIX.map(normForm))
const ELATIVE = new Set(ELATIVE_ORDINAL_PREFIXES.map(normForm))
const AGE_BEFORE = new Set(AGE_ORDINAL_BEFORE.map(normForm))

/**
 * An ordinal quantity at token `i`, with its noun when the noun comes first ("المركز الثاني",
 * "الجولة الثامنة عشرة", "للمرة الثالثة", "الذكرى العشرين") or after an indefinite ordinal ("ثاني
 * زيارة"). Left out: the elative "أول حوار" ("the first-ever dialogue"), parts of names ("عبد الله الثاني", "آل ثاني", "كانون الأول"), clock times
 * ("الساعة العاشرة", "العاشرة والنصف"), a definite ten with no noun ("الأربعين"), an ordinal describing the
 * quantity before it ("الأشهر التسعة الأولى"). Returns the token after it, or undefined.
 *
 * @example
 * ```ts
 * ordinalQuantity(scan, 1) // "المركز الثاني" → a draft 2 ordinal from token 0
 * ```
 */
export const ordinalQuantity = (s: Scan, i: number): number | undefined => {
  const t = s.t
  const w = t.words
  const ord = readOrdinal(t, i)
  if (ord === undefined) return undefined
  const skip = ord.last + 1
  if (anyDate(s, ord.first, ord.last)) return skip
  // "في الخامسة والعشرين من عمره", "في الأربعين من العمر": an age in years
  if (ord.form !== "prefix" && ord.cut === 0 && i > 0 && AGE_BEFORE.has(w[i - 1]!) && ageAfter(t, ord.last)) {
    return pushDraft(s, { first: i, cut: ord.cut, last: ord.last + 2, value: ord.value, valueMax: null, approx: "exact", unit: YEARS, numeral: i, changeTo: null, bare: false, open: false })
  }
  const prev = i - 1
  if (prev >= 0 && prev === s.consumed && t.types[prev] === WORD) return skip
  const pw = prev >= 0 && t.types[prev] === WORD ? w[prev]! : ""
  if (BLOCK.has(pw) || BLOCK.has(stripConjunction(pw)) || TIME.has(w[ord.last + 1] ?? "")) return skip
  let last = ord.last
  let first = i
  let cut = ord.cut
  if (ord.form === "prefix") {
    const k = ord.last + 1
    if (t.types[k] !== WORD || NOT_AFTER.has(w[k]!) || t.gaps[k] === 0) return undefined
    if (ELATIVE.has(stripConjunction(w[i]!))) return skip
    last = k
  } else if (ord.cut === 0 && prev > s.consumed && pw !== "" && t.gaps[i] !== 0 && !NOT_HEAD.has(pw) && s.inDate[prev] === 0) {
    const dc = definiteCut(pw)
    if (dc >= 0 && readOrdinal(t, prev) === undefined && CARDINALS.get(pw) === undefined) {
      first = prev
      cut = dc
    }
  }
  // a definite ten is an ordinal only after its noun ("الذكرى العشرين"); alone it is often a name ("الأربعين")
  if ((ord.form === "ten" && first === i) || !s.o.ordinals) return last + 1
  return pushDraft(s, { first, cut, last, value: ord.value, valueMax: null, approx: "exact", unit: ORDINAL, numeral: i, changeTo: null, bare: false, open: false })
}
