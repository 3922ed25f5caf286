import type { Approx } from "../model/vocabulary.js"
import { lookupAt } from "./clitics.js"
import { anyDate, sameUnit, toUnit, type Scan } from "./draft.js"
import { CARDINALS, DEFINITE_CARDINAL, ORDINAL_TEN } from "./lexicon.js"
import { rangeEndAfterUnit } from "./phrase.js"
import { qualifierBefore, rangeOpenerBefore } from "./qualifier.js"
import { halfOf, pushDraft } from "./tail.js"
import { DIGITS, WORD } from "./tokens.js"
import { possessiveNoun, unitAt } from "./unit-at.js"
import { matchUnitWords, UNIT_WORDS, type UnitSense } from "./units-lexicon.js"

/**
 * Whether a noun of this sense can lead a quantity of its own: not a percent word (but the dual
 * "نقطتين مئويتين"), and not a definite singular or dual ("العام", "الطرفين").
 *
 * @example
 * ```ts
 * leadsQuantity(UNIT_WORDS.get("يومين")!) // true
 * ```
 */
export const leadsQuantity = (sense: UnitSense): boolean => !((sense.kind === "percent" && sense.number !== "du") || (sense.definite && sense.number !== "pl"))

/**
 * Quantities led by a noun at token `i`: a noun with a definite number after it ("الأيام
 * الثلاثة", "أطفالها الخمسة", "السنوات العشرين"), with واحد/اثنين after it ("يوم واحد", "متهمين
 * اثنين"), a dual alone ("يومين", "جنديين", "أكثر من يومين"), a singular with "ونصف" ("ساعة
 * ونصف") or after a qualifier ("أكثر من ساعة" = more than 1 hour). Returns the token after
 * the quantity, or undefined.
 *
 * @example
 * ```ts
 * nounQuantity(scan, 0) // "جنديين" → a draft of 2 soldier
 * ```
 */
export const nounQuantity = (s: Scan, i: number): number | undefined => {
  const t = s.t
  const w = t.words
  const nx = w[i + 1] ?? ""
  let hit = lookupAt(UNIT_WORDS, t, i, 3)
  let possessive = false
  if (hit === undefined) {
    if (!DEFINITE_CARDINAL.has(nx)) return undefined
    const p = possessiveNoun(t, i)
    if (p === undefined) return undefined
    hit = { value: p.sense, cut: 0 }
    possessive = true
  }
  // a dual that heads a unit phrase: "نقطتين مئويتين" is 2 percentage points, not 2 points
  const phrase = !possessive && hit.cut === 0 && hit.value.number === "du" ? matchUnitWords(w, i) : undefined
  const long = phrase !== undefined && phrase.last > i && phrase.sense.number === "du" ? phrase : undefined
  const sense = long?.sense ?? hit.value
  const unitLast = long?.last ?? i
  if (!leadsQuantity(sense)) return undefined
  const make = (value: number, last: number, approx: Approx = "exact", first = i, cut = hit.cut): number | undefined => {
    if (anyDate(s, first, last)) return undefined
    return pushDraft(s, { first, cut, last, value, valueMax: null, approx, unit: toUnit(sense), numeral: i, changeTo: null, bare: false, open: false })
  }
  const card = CARDINALS.get(nx)
  const one = card !== undefined && card.role === "unit" && card.value === 1
  const two = card !== undefined && card.role === "unit" && card.value === 2
  if (sense.number === "pl" || possessive) {
    const v = DEFINITE_CARDINAL.get(nx) ?? (sense.kind === "duration" ? ORDINAL_TEN.get(nx) : undefined)
    if (v !== undefined && v >= 3 && v < 100 && t.types[i + 1] === WORD) return make(v, i + 1)
    // "الساعات الـ24 الماضية", "الأيام الـ10 الأولى": the article on digits after a definite plural counts it
    if (sense.definite && nx === "ال" && t.types[i + 2] === DIGITS && t.gaps[i + 2] === 0 && !(t.gaps[i + 3] === 0 && t.types[i + 4] === DIGITS)) {
      const d = Number(w[i + 2])
      if (Number.isInteger(d) && d >= 2) return make(d, i + 2)
    }
    // "متهمين اثنين": the sound plural and the dual are spelled alike
    if (!sense.definite && !possessive && two) return make(2, i + 1)
    return undefined
  }
  if (sense.definite) return undefined
  if (sense.number === "sg" && one) return make(1, i + 1)
  if (sense.number === "du") {
    // "بين يومين وثلاثة أيام", "عامين إلى ثلاثة أعوام": the dual is the low end of a range
    const dualLast = two ? i + 1 : unitLast
    const high = rangeEndAfterUnit(t, i, 2, dualLast, s.o.raDecimal)
    const hu = high === undefined ? undefined : unitAt(t, high.last + 1)
    if (high !== undefined && hu !== undefined && sameUnit(hu.unit, toUnit(sense)) && !anyDate(s, i, hu.last)) {
      const opener = rangeOpenerBefore(t, i)
      const first = opener !== undefined && opener.first > s.consumed ? opener : undefined
      return pushDraft(s, {
        first: first?.first ?? i,
        cut: first?.cut ?? hit.cut,
        last: hu.last,
        value: 2,
        valueMax: high.value,
        approx: "range",
        unit: toUnit(sense),
        numeral: i,
        changeTo: null,
        bare: false,
        open: false
      })
    }
    const q = qualifierBefore(t, i)
    const useQ = q !== undefined && !q.needsUnit && q.first > s.consumed
    return make(2, dualLast, useQ ? q.approx : "exact", useQ ? q.first : i, useQ ? q.cut : hit.cut)
  }
  if (sense.number === "sg") {
    const half = halfOf(nx)
    if (half !== undefined && sense.kind === "duration") return make(1 + half, i + 1)
    const q = qualifierBefore(t, i)
    if (q !== undefined && !q.needsUnit && q.first > s.consumed && hit.cut === 0) return make(1, i, q.approx, q.first, q.cut)
  }
  return undefined
}
