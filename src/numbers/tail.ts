import { HALF_WORDS } from "./data/grammar.js"
import type { Draft, Scan } from "./draft.js"
import { clean } from "./numeral.js"
import { qualifierAfter } from "./qualifier.js"
import { normForm } from "./text.js"
import { matchRate } from "./units-lexicon.js"

const HALVES: ReadonlyMap<string, number> = new Map(HALF_WORDS.map(([w, v]) => [normForm(w), v]))

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
 * What may follow a quantity: "ونصف" after a duration, a rate ("برميل يوميا" → barrel_per_day)
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
  if (d.unit !== null && d.approx === "exact" && d.unit.kind === "duration") {
    const h = halfOf(w[k])
    if (h !== undefined) {
      d.value = clean(d.value + h)
      d.last = k
      k++
    }
  }
  if (d.unit !== null && (d.unit.kind === "count" || d.unit.kind === "measure")) {
    const r = matchRate(w, k)
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
