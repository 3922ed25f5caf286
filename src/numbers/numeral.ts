import { isKnownAt, lookupAt } from "./clitics.js"
import { readDigits, type RaDecimal } from "./digits.js"
import { CARDINALS, FRACTIONS, QUARTERS, VAGUE, VAGUE_SCALE, type Cardinal } from "./lexicon.js"
import { DIGITS, WORD, type Tokens } from "./tokens.js"

/**
 * What kind of number a numeral is.
 *
 * @example
 * ```ts
 * const k: NumberKind = "vague" // عشرات, مئات
 * ```
 */
export type NumberKind = "cardinal" | "ordinal" | "fraction" | "vague"

/**
 * A number written in digits, words or both ("3.4 مليار", "مئة وخمسين ألفا", "عشرات الآلاف").
 *
 * @example
 * ```ts
 * readNumeral(tokenize("3.4 مليار"), 0) // { value: 3400000000, scale: 1000000000, … }
 * ```
 */
export interface Numeral {
  /** First and last token. */
  readonly first: number
  readonly last: number
  /** Proclitic letters to skip at the start of the first token. */
  readonly cut: number
  readonly value: number
  /** High end of a vague amount, else null. */
  readonly valueMax: number | null
  readonly kind: NumberKind
  /** Last scale applied (1e3, 1e6, …), or 1. */
  readonly scale: number
  /** Written with number words (at least partly). */
  readonly spelled: boolean
  /** For a plain digit number: digits before the separator, whether grouped or decimal. */
  readonly intDigits: number
  readonly grouped: boolean
  readonly decimal: boolean
  /** "1.200": may be 1 200 (see {@link DigitNumber.dot3}). */
  readonly dot3: boolean
  /** A vague word that needs a counted noun to be a quantity (بضعة, عدة). */
  readonly needsNoun: boolean
}

/**
 * Removes float noise: 3.4 × 1e9 = 3400000000.
 *
 * @example
 * ```ts
 * clean(3.4 * 1e9) // 3400000000
 * ```
 */
export const clean = (x: number): number => {
  if (Number.isInteger(x) || !Number.isFinite(x)) return x
  const r = Math.round(x)
  if (Math.abs(x - r) <= 1e-9 * Math.abs(x)) return r
  return Number(x.toPrecision(12))
}

type Last = "start" | "unit" | "lead" | "teen" | "ten" | "hundred" | "digits" | "scale"

interface Element {
  readonly conj: boolean
  /** Index of the first token of the element (after a separate "و"). */
  readonly first: number
  readonly last: number
  readonly cut: number
  readonly card: Cardinal | undefined
  readonly digits: number | undefined
  readonly fraction: number | undefined
  readonly quarters: boolean
}

const WAW = "و"

/** Builds an element in one fixed object shape (the reader is hot). */
const el = (conj: boolean, first: number, last: number, cut: number, card: Cardinal | undefined, digits: number | undefined, fraction: number | undefined, quarters = false): Element => ({
  conj,
  first,
  last,
  cut,
  card,
  digits,
  fraction,
  quarters
})

/** Reads one number element at token `j`, with a leading conjunction when `conj` is allowed. */
const elementAt = (t: Tokens, j: number, first: boolean, ra: RaDecimal): Element | undefined => {
  if (j >= t.count) return undefined
  const w = t.words[j]!
  const type = t.types[j]
  if (type === DIGITS) {
    const d = readDigits(t, j, ra)
    return d === undefined ? undefined : el(false, j, d.last, 0, undefined, d.value, undefined)
  }
  if (type !== WORD) return undefined
  if (!first && w === WAW) {
    // "و590" (glued) or "و 20" / "و عشرين"
    const next = elementAt(t, j + 1, false, ra)
    if (next === undefined || next.conj) return undefined
    return el(true, j + 1, next.last, next.cut, next.card, next.digits, next.fraction, next.quarters)
  }
  if (!QUARTERS.has(w) && !isKnownAt(t, j)) return undefined
  if (!first && w.length > 2 && w[0] === WAW) {
    // after a number, a leading و is the conjunction ("وأحد عشر", not "واحد")
    const c = CARDINALS.get(w.slice(1))
    if (c !== undefined) return el(true, j, j, 0, c, undefined, undefined)
  }
  const direct = CARDINALS.get(w)
  if (direct !== undefined) return el(false, j, j, 0, direct, undefined, undefined)
  const frac = FRACTIONS.get(w)
  if (frac !== undefined) return el(false, j, j, 0, undefined, undefined, frac)
  if (QUARTERS.has(w)) return el(false, j, j, 0, undefined, undefined, undefined, true)
  if (w.length > 2 && w[0] === WAW) {
    const c = lookupAt(CARDINALS, t, j, 2)
    if (c !== undefined && c.cut === 1) return el(!first, j, j, first ? 1 : 0, c.value, undefined, undefined)
    const f = lookupAt(FRACTIONS, t, j, 2)
    if (f !== undefined && f.cut === 1) return el(!first, j, j, first ? 1 : 0, undefined, undefined, f.value)
  }
  if (first) {
    const hit = lookupAt(CARDINALS, t, j, 3)
    if (hit !== undefined) return el(false, j, j, hit.cut, hit.value, undefined, undefined)
    const fh = lookupAt(FRACTIONS, t, j, 3)
    if (fh !== undefined) return el(false, j, j, fh.cut, undefined, undefined, fh.value)
  }
  return undefined
}

const vagueAt = (t: Tokens, i: number): Numeral | undefined => {
  if (t.types[i] !== WORD) return undefined
  const hit = lookupAt(VAGUE, t, i, 3)
  if (hit === undefined) return undefined
  let { low, high } = hit.value
  let last = i
  let scale = 1
  const s = VAGUE_SCALE.get(t.words[i + 1] ?? "")
  if (s !== undefined && i + 1 < t.count) {
    low *= s
    high *= s
    scale = s
    last = i + 1
  }
  return {
    first: i,
    last,
    cut: hit.cut,
    value: low,
    valueMax: high,
    kind: "vague",
    scale,
    spelled: true,
    intDigits: 0,
    grouped: false,
    decimal: false,
    dot3: false,
    needsNoun: hit.value.needsNoun && scale === 1
  }
}

/**
 * Reads the numeral starting at token `i`: digits, number words, or a mix, with scales ("3
 * آلاف", "3.4 مليار", "ملياري"), compounds joined by و ("مئة وخمسين ألفا", "مليون و455 ألفا
 * و590"), fractions ("نصف مليون", "مليون ونصف"), and vague amounts ("عشرات الآلاف", "بضعة").
 *
 * @example
 * ```ts
 * readNumeral(tokenize("ثلاثة وعشرين"), 0)?.value // 23
 * ```
 */
export const readNumeral = (t: Tokens, i: number, ra: RaDecimal = "fraction-first"): Numeral | undefined => {
  const head = elementAt(t, i, true, ra)
  if (head === undefined) return t.types[i] === WORD ? vagueAt(t, i) : undefined
  let total = 0
  let current = 0
  let last: Last = "start"
  let lastUnit = 0
  let lastScale = 1
  let scale = 1
  let spelled = head.digits === undefined
  let end = head.last
  let fraction: number | null = null
  let digitInfo = { intDigits: 0, grouped: false, decimal: false, dot3: false }

  const applyScale = (s: number): void => {
    total += (current === 0 ? 1 : current) * s
    current = 0
    last = "scale"
    lastScale = s
    scale = s
  }

  // first element
  if (head.digits !== undefined) {
    const d = readDigits(t, i, ra)!
    digitInfo = { intDigits: d.intDigits, grouped: d.grouped, decimal: d.decimal, dot3: d.dot3 }
    current = head.digits
    last = "digits"
  } else if (head.fraction !== undefined) {
    const nx = elementAt(t, head.last + 1, false, ra)
    if (nx?.card !== undefined && !nx.conj && nx.card.role === "scale") {
      total = head.fraction * nx.card.value
      last = "scale"
      lastScale = nx.card.value
      scale = lastScale
      end = nx.last
      return finish()
    }
    fraction = head.fraction
  } else if (head.quarters) return undefined
  else {
    const c = head.card!
    switch (c.role) {
      case "unit":
        current = c.value
        lastUnit = c.value
        last = "unit"
        break
      case "lead":
        current = c.value
        lastUnit = c.value
        last = "lead"
        break
      case "ten":
        current = c.value
        last = "ten"
        break
      case "hundred":
        current = c.value
        last = "hundred"
        break
      case "scale":
        applyScale(c.value)
        break
      case "dual":
        total = 2 * c.value
        last = "scale"
        lastScale = c.value
        scale = c.value
        break
      case "scales":
        return vagueAt(t, i)
    }
  }

  if (fraction === null) {
    // where the number stood before a part joined by و after a scale: if a scale as large follows
    // ("10 آلاف و5 آلاف", "ثلاثة ملايين وخمسة ملايين"), that part is a second number, not a continuation
    let beforeJoin = -1
    for (;;) {
      const e = elementAt(t, end + 1, false, ra)
      if (e === undefined) break
      if (e.quarters) {
        if (last === "unit" && total === 0 && current === lastUnit && !e.conj) {
          fraction = lastUnit / 4
          current = 0
          end = e.last
        }
        break
      }
      if (e.fraction !== undefined) {
        if (e.conj && last === "scale") {
          total += e.fraction * lastScale
          end = e.last
          // "مليار ونصف المليار", "مليون ونصف مليون": the fraction names its scale (again)
          const again = t.words[end + 1]
          if (again !== undefined && t.types[end + 1] === WORD) {
            const definite = again.startsWith("ال")
            const c = CARDINALS.get(definite ? again.slice(2) : again)
            if (c !== undefined && (c.role === "scale" || c.role === "scales") && (definite ? c.value <= lastScale : c.value === lastScale)) {
              // "مليار ونصف المليون": half of the scale it names, not of the one before
              total += e.fraction * (c.value - lastScale)
              end++
            }
          }
        }
        break
      }
      if (e.digits !== undefined) {
        // digits continue a number only after a scale and و: "مليون و455 ألفا", "17 ألفا و610"
        if (!(e.conj && last === "scale" && e.digits < lastScale && Number.isInteger(e.digits))) break
        beforeJoin = end
        current = e.digits
        last = "digits"
        end = e.last
        continue
      }
      const c = e.card!
      if (!e.conj) {
        if ((last === "unit" || last === "lead") && c.role === "unit" && c.value === 10 && lastUnit <= 9) {
          current += 10
          last = "teen"
        } else if (last === "unit" && c.role === "hundred" && c.value === 100 && lastUnit >= 3 && current === lastUnit) {
          current = lastUnit * 100
          last = "hundred"
        } else if (last === "scale" && lastScale === 1000 && c.role === "scale" && c.value >= 1e6 && current === 0) {
          // "420 ألف مليار", "ألف مليون": a thousand of the larger scale
          total *= c.value
          lastScale = scale = 1000 * c.value
        } else if ((c.role === "scale" || c.role === "scales") && last !== "scale" && last !== "start" && last !== "lead") {
          if (beforeJoin >= 0 && c.value >= lastScale) {
            end = beforeJoin
            current = 0
            break
          }
          applyScale(c.value)
        } else break
        spelled = true
        end = e.last
        continue
      }
      // after و
      let ok = false
      if (last === "scale") ok = (c.role === "unit" || c.role === "ten" || c.role === "hundred" || c.role === "lead") && c.value < lastScale
      else if (last === "hundred") ok = c.role === "unit" || c.role === "ten" || c.role === "lead"
      // "خمسة وعشرين" is 25; "عشرة وعشرين" is two numbers (ten and twenty), not 30
      else if (last === "unit") ok = c.role === "ten" && lastUnit <= 9
      if (!ok) break
      if (last === "scale") beforeJoin = end
      current += c.value
      if (c.role === "unit" || c.role === "lead") lastUnit = c.value
      last = c.role === "unit" ? "unit" : c.role === "lead" ? "lead" : c.role === "ten" ? "ten" : "hundred"
      spelled = true
      end = e.last
    }
  }
  if (last === "lead") return undefined
  return finish()

  function finish(): Numeral {
    const isFraction = fraction !== null
    return {
      first: i,
      last: end,
      cut: head!.cut,
      value: clean(isFraction ? fraction! : total + current),
      valueMax: null,
      kind: isFraction ? "fraction" : "cardinal",
      scale,
      spelled,
      intDigits: digitInfo.intDigits,
      grouped: digitInfo.grouped,
      decimal: digitInfo.decimal,
      dot3: digitInfo.dot3,
      needsNoun: false
    }
  }
}
