import type { Approx } from "../model/vocabulary.js"
import { lookupAt } from "./clitics.js"
import { DEFINITE_CARDINAL, NUMBER_STARTS } from "./lexicon.js"
import type { NumberKind } from "./numeral.js"
import { readOrdinal } from "./ordinal.js"
import { readPhrase } from "./phrase.js"
import { safely } from "./safe.js"
import { prepare } from "./prepare.js"
import { PUNCT, WORD } from "./tokens.js"

export type { NumberKind } from "./numeral.js"

/**
 * A number found in a text, with its qualifier or range but without a unit.
 *
 * @example
 * ```ts
 * const m: NumberMatch = extractNumbers("نحو 3 آلاف")[0]! // { value: 3000, approx: "about", … }
 * ```
 */
export interface NumberMatch {
  /** UTF-16 offsets into the text; `text.slice(start, end) === match.text`. */
  readonly start: number
  readonly end: number
  readonly text: string
  /** The value (the low end of a range or vague amount). */
  readonly value: number
  /** High end of a range or vague amount, else null. */
  readonly value_max: number | null
  readonly approx: Approx
  readonly kind: NumberKind
}

/**
 * Finds every number of an Arabic text, written in digits (Western, Arabic-Indic, Persian; with
 * thousands and decimal separators, "8ر24"), in words of any gender and case ("مئة وخمسين
 * ألفا"), or both ("3.4 مليار", "مليون و455 ألفا و590"); vague amounts ("عشرات الآلاف": 20 000 to
 * 90 000, approx about), fractions ("نصف"), ordinals ("الحادي عشر") and ranges ("بين 10 و15").
 * Qualifiers before the number ("نحو", "أكثر من") are part of the match. Unlike
 * {@link extractQuantities}, nothing is left out (years and labels included). Never throws.
 *
 * @example
 * ```ts
 * import { extractNumbers } from "akhbar"
 * extractNumbers("نحو 3 آلاف و الحادي عشر")
 * // [{ text: "نحو 3 آلاف", value: 3000, approx: "about", kind: "cardinal", … },
 * //  { text: "الحادي عشر", value: 11, kind: "ordinal", … }]
 * ```
 */
export const extractNumbers = (text: string): Array<NumberMatch> => {
  if (typeof text !== "string" || text.length === 0) return []
  return safely(() => {
    const t = prepare(text)
    const out: Array<NumberMatch> = []
    const emit = (first: number, cut: number, last: number, m: Omit<NumberMatch, "start" | "end" | "text">): void => {
      const span = t.norm.toRaw(t.starts[first]! + cut, t.ends[last]!)
      if (span.end > span.start) {
        out.push({ start: span.start, end: span.end, text: text.slice(span.start, span.end), value: m.value, value_max: m.value_max, approx: m.approx, kind: m.kind })
      }
    }
    let i = 0
    while (i < t.count) {
      if (t.types[i] === PUNCT) {
        i++
        continue
      }
      if (t.types[i] === WORD) {
        if (lookupAt(NUMBER_STARTS, t, i) === undefined) {
          i++
          continue
        }
        const o = readOrdinal(t, i)
        if (o !== undefined && (o.form !== "prefix" || t.types[i + 1] === WORD)) {
          emit(i, o.cut, o.last, { value: o.value, value_max: null, approx: "exact", kind: "ordinal" })
          i = o.last + 1
          continue
        }
        const d = DEFINITE_CARDINAL.get(t.words[i]!)
        if (d !== undefined && t.words[i] !== "الاثنين") {
          emit(i, 0, i, { value: d, value_max: null, approx: "exact", kind: "cardinal" })
          i++
          continue
        }
      }
      const ph = readPhrase(t, i)
      if (ph !== undefined) {
        const q = ph.qualifier !== null && (!ph.qualifier.needsUnit || ph.high !== null) ? ph.qualifier : null
        emit(q?.first ?? ph.low.first, q?.cut ?? ph.low.cut, ph.last, {
          value: ph.value,
          value_max: ph.valueMax,
          approx: ph.approx,
          kind: ph.low.kind
        })
        i = Math.max(ph.last + 1, i + 1)
        continue
      }
      i++
    }
    return out
  }, [])
}
