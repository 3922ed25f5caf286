import { stripConjunction } from "./clitics.js"
import { UNIT_OPEN_AFTER } from "./data/grammar.js"
import { COUNT_HEADS, VERB_COUNTS } from "./data/qualifiers.js"
import { PERCENT, PERSON, toUnit, type Draft, type Scan, type Unit } from "./draft.js"
import { OTHERS } from "./lexicon.js"
import { normForm } from "./text.js"
import { crossesSentence, DIGITS, LINE, PUNCT, WORD, type Tokens } from "./tokens.js"
import { isPercentHead, unitInContext } from "./unit-at.js"
import { wordSense } from "./units-lexicon.js"

const OPEN = new Set(UNIT_OPEN_AFTER.map(normForm))
const HEADS = new Set(COUNT_HEADS.map(normForm))

/**
 * Whether the token at `k`, right after a unit-less number, leaves its unit open: the end of the
 * text, punctuation, a line break, or a function word — not a noun the lexicon does not know
 * ("آلاف الحجوزات" counts bookings, not the previous quantity's unit).
 *
 * @example
 * ```ts
 * opensUnit(tokenize("ونحو 900 في سوريا"), 2) // true
 * ```
 */
export const opensUnit = (t: Tokens, k: number): boolean => {
  if (k >= t.count || t.types[k] === PUNCT || (t.gaps[k]! & LINE) !== 0) return true
  if (t.types[k] !== WORD) return false
  const x = t.words[k]!
  return OPEN.has(x) || OPEN.has(stripConjunction(x)) || (x.length > 3 && /^[وف](?:ا|ي|ل|ب|ق|ت|س)/.test(x))
}

/**
 * The unit given by "عدد X", "حصيلة X" or "نسبة" earlier in the clause of a unit-less number at
 * token `first` ("بعدما كان عدد القواعد 12" → base; "ارتفعت حصيلة القتلى إلى 50" → killed).
 *
 * @example
 * ```ts
 * countHead(tokenize("كان عدد القواعد 12"), 3, 12, new Uint8Array(5))?.unit // "base"
 * ```
 */
const countHead = (t: Tokens, first: number, value: number, inDate: Uint8Array): Unit | null => {
  for (let k = first - 1; k >= Math.max(0, first - 14); k--) {
    if ((t.types[k] === DIGITS && inDate[k] === 0) || crossesSentence(t, k, first)) return null
    const x = stripConjunction(t.words[k]!)
    if (HEADS.has(x) || HEADS.has(x.replace(/^[بل]/, ""))) {
      const s = wordSense(t.words[k + 1] ?? "")
      return s !== undefined && s.value.kind !== "percent" ? toUnit(s.value) : null
    }
    if (isPercentHead(x) && value <= 100) return PERCENT
  }
  return null
}

/**
 * "7.8 و7.5 درجات", "3 و4 أهداف": a unit-less number joined by و to the next number, which has a
 * unit, shares it; read in the context of the first ("بقوة 7.8 و7.5 درجات": both magnitudes).
 */
const coordinated = (t: Tokens, d: Draft, next: Draft | undefined): void => {
  if (next?.unit == null || next.unit.kind === "ordinal" || next.first !== next.numeral) return
  if (next.numeral !== d.last + 2 || t.words[d.last + 1] !== "و" || crossesSentence(t, d.last, next.numeral)) return
  const unit = unitInContext(t, d.first, next.unit)
  d.unit = unit
  next.unit = unit
}

const VERBS = new Map(VERB_COUNTS.map(([verb, noun]) => [normForm(verb), noun]))

/** The unit a casualty verb right before token `first` gives a unit-less number: "قتل 5" → killed. */
const verbCount = (t: Tokens, first: number): Unit | null => {
  if (first < 1 || t.types[first - 1] !== WORD) return null
  const noun = VERBS.get(stripConjunction(t.words[first - 1]!))
  const sense = noun === undefined ? undefined : wordSense(normForm(noun))
  return sense === undefined ? null : toUnit(sense.value)
}

/**
 * Gives unit-less numbers a unit from their context, in order: a number joined by و to the next
 * one shares its unit ("3 و4 أهداف"), then the other end of "من A إلى B", "عدد X" before them, a
 * casualty verb right before them ("قتل 5" → killed), or the previous quantity of the same
 * sentence within 25 tokens ("نحو 2500 جندي في العراق ونحو 900 في سوريا" → 900 soldiers).
 *
 * @example
 * ```ts
 * inheritUnits(scan) // scan.drafts now carry inherited units
 * ```
 */
export const inheritUnits = (s: Scan): void => {
  let prev: Draft | undefined
  s.drafts.forEach((d, i) => {
    if (d.bare && d.unit === null) coordinated(s.t, d, s.drafts[i + 1])
  })
  for (const d of s.drafts) {
    // "وأصيب 12 آخرون": others of what the verb says
    if (d.unit === PERSON && OTHERS.has(s.t.words[d.last]!)) d.unit = verbCount(s.t, d.first) ?? d.unit
    if (d.bare && d.unit === null) {
      if (d.changeTo !== null) {
        const target = s.drafts.find((x) => x.numeral === d.changeTo)
        if (target?.unit != null) d.unit = target.unit
      }
      d.unit ??= countHead(s.t, d.first, d.value, s.inDate)
      d.unit ??= verbCount(s.t, d.first)
      // (not a duration: "خلال الأيام العشرة الماضية 50 ألفا" counts people, not days)
      if (d.unit === null && d.open && prev?.unit != null && prev.unit.kind !== "duration" && d.first - prev.last <= 25 && !crossesSentence(s.t, prev.last, d.first)) d.unit = prev.unit
    }
    if (d.unit !== null && d.unit.kind !== "ordinal") prev = d
  }
}
