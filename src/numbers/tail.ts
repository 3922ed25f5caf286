import { HALF_WORDS, SCALE_AFTER_HALF } from "./data/grammar.js"
import type { Draft, Scan } from "./draft.js"
import { clean } from "./numeral.js"
import { qualifierAfter } from "./qualifier.js"
import { normForm } from "./text.js"
import { WORD } from "./tokens.js"
import { matchRate } from "./units-lexicon.js"

const HALVES: ReadonlyMap<string, number> = new Map(HALF_WORDS.map(([w, v]) => [normForm(w), v]))

/** A scale word right after "ونصف" that says what the half is of ("ونصف المليون"). */
const HALF_OF_SCALE: ReadonlyMap<string, number> = new Map(SCALE_AFTER_HALF.map(([w, v]) => [normForm(w), v]))

/**
 * The fraction added by "ونصف" / "وربع" / "وثلث" at a word, or undefined.
 *
 * @example
 * ```ts
 * halfOf("ونصف") // 0.5
 * ```
 */
export const halfOf = (word: string | undefined): number | undefined => (word === undefined ? undefined : HALVES.get(word))

/**
 * What may follow a quantity: "ونصف" after a duration, a measure or a sum, a rate ("برميل يوميا" → barrel_per_day)
 * after a count or measure, a trailing qualifier ("على الأقل", "تقريبا"). Extends the draft.
 *
 * @example
 * ```ts
 * extendTail(scan, draft) // "10 أشخاص على الأقل" → approx at_least, last moved past "الأقل"
 * ```
 */
const extendTail = (s: Scan, d: Draft): void => {
  const w = s.t.words
  let k = d.last + 1
  if (d.unit !== null && d.approx === "exact" && d.valueMax === null && (d.unit.kind === "duration" || d.unit.kind === "measure" || d.unit.kind === "money")) {
    const h = halfOf(w[k])
    if (h !== undefined) {
      // "ساعتين ونصف", "5 كيلومترات ونصف"; a sum counts its halves in its scale: "مليون دولار
      // ونصف" is 1.5 million, "3 ملايين دولار ونصف المليون" 3.5 million
      const named = HALF_OF_SCALE.get(w[k + 1] ?? "")
      const scale = named ?? (d.unit.kind === "money" && d.value >= 1000 ? 1000 ** Math.floor(Math.log10(d.value) / 3 + 1e-9) : 1)
      d.value = clean(d.value + h * scale)
      d.last = named === undefined ? k : k + 1
      k = d.last + 1
    }
  }
  if (d.unit !== null && (d.unit.kind === "count" || d.unit.kind === "measure")) {
    // "1.5 مليون برميل من النفط يوميا": what the unit is of may stand before the rate
    const of = w[k] === "من" && s.t.types[k + 1] === WORD && (w[k + 1] ?? "").startsWith("ال") ? matchRate(w, k + 2) : undefined
    const r = matchRate(w, k) ?? of
    if (r !== undefined) {
      d.unit = { unit: d.unit.unit + r.suffix, kind: "measure", currency: null, family: null }
      d.last = r.last
      k = r.last + 1
    }
  }
  if (d.approx === "exact") {
    const q = qualifierAfter(s.t, k)
    if (q !== undefined) {
      d.approx = q.approx
      d.last = q.last
    }
  }
}

/**
 * Adds a draft to the scan (after its tail), never overlapping the previous one; returns the
 * token index after it.
 *
 * @example
 * ```ts
 * const next = pushDraft(scan, draft)
 * ```
 */
export const pushDraft = (s: Scan, d: Draft): number => {
  if (d.first <= s.consumed) {
    d.first = d.numeral
    d.cut = 0
  }
  extendTail(s, d)
  s.drafts.push(d)
  s.consumed = d.last
  return d.last + 1
}
