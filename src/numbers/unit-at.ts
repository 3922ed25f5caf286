import { POSSESSIVE_SUFFIXES } from "./data/grammar.js"
import { stripConjunction } from "./clitics.js"
import { UNIT_BEFORE, UNIT_SENSE_BEFORE, UNIT_SENSE_IN_SENTENCE } from "./data/qualifiers.js"
import { money, PERCENT, PERSON, toUnit, type Scan, type Unit } from "./draft.js"
import { OTHERS } from "./lexicon.js"
import { normForm } from "./text.js"
import { crossesSentence, LATIN, PUNCT, WORD, type Tokens } from "./tokens.js"
import { ABBREVIATIONS, currencyAdjective, matchUnitWords, SYMBOLS, wordSense, type UnitMatch } from "./units-lexicon.js"

const SENSE_BEFORE = new Map(UNIT_SENSE_BEFORE.map((x) => [normForm(x.before), x]))
const SENSE_IN_SENTENCE = new Map(
  UNIT_SENSE_IN_SENTENCE.map((x) => [
    x.from,
    { to: x.money === true ? money(x.to) : undefined, name: x.to, cues: new Set(x.cues.map(normForm)), unless: new Set((x.unless ?? []).map(normForm)) }
  ])
)
/** One shared unit object per unit name read from context. */
const contextUnits = new Map<string, Unit>()

/**
 * The unit as its context reads it: the words of a field in the sentence ("قصف … 100 هدف" →
 * target, not goal; "مليار أوقية" in a sentence on Mauritania → MRU, not ounce; see
 * `UNIT_SENSE_IN_SENTENCE`), or the word before the number (or its
 * qualifier) at `first` ("بقوة 6.2 درجات" → richter, not celsius; see `UNIT_SENSE_BEFORE`).
 *
 * @example
 * ```ts
 * unitInContext(tokenize("بقوة 6 درجات"), 1, celsius)?.unit // "richter"
 * ```
 */
export const unitInContext = (t: Tokens, first: number, unit: Unit | null): Unit | null => {
  if (unit === null) return unit
  const field = SENSE_IN_SENTENCE.get(unit.unit)
  if (field !== undefined && fieldCueNear(t, first, field.cues) && !fieldCueNear(t, first, field.unless)) return field.to ?? contextUnit(field.name, unit.kind)
  if (first < 1 || t.types[first - 1] !== WORD) return unit
  const sense = SENSE_BEFORE.get(stripConjunction(t.words[first - 1]!))
  if (sense === undefined || sense.from !== unit.unit) return unit
  return contextUnit(sense.to.unit, sense.to.kind)
}

const contextUnit = (name: string, kind: Unit["kind"]): Unit => {
  let u = contextUnits.get(name)
  if (u === undefined) contextUnits.set(name, (u = { unit: name, kind, currency: null, family: null }))
  return u
}

/** Whether a cue word (without proclitics) stands within 15 tokens of token `first` in its sentence. */
const fieldCueNear = (t: Tokens, first: number, cues: ReadonlySet<string>): boolean => {
  if (cues.size === 0) return false
  for (let k = Math.max(0, first - 15); k < Math.min(t.count, first + 15); k++) {
    if (t.types[k] !== WORD || crossesSentence(t, Math.min(k, first), Math.max(k, first))) continue
    const w = t.words[k]!
    if (cues.has(w) || cues.has(stripConjunction(w))) return true
  }
  return false
}

const NISBA = new Set(UNIT_BEFORE.map(([w]) => normForm(w)).filter((w) => !w.startsWith("ب")))

/**
 * A counted noun with a possessive ending ("مبارياته" → match), as a one-token unit match.
 *
 * @example
 * ```ts
 * possessiveNoun(tokenize("مبارياته"), 0)?.sense.unit // "match"
 * ```
 */
export const possessiveNoun = (t: Tokens, k: number): UnitMatch | undefined => {
  if (t.types[k] !== WORD) return undefined
  const y = t.words[k]!
  for (const suf of POSSESSIVE_SUFFIXES) {
    if (y.length <= suf.length + 2 || !y.endsWith(suf)) continue
    const s = wordSense(y.slice(0, -suf.length))
    if (s !== undefined && s.cut === 0 && s.value.kind !== "percent") return { sense: s.value, last: k }
  }
  return undefined
}

/** A currency abbreviation at token `j`: "دج" as one word, or "ر.س" as letter, dot, letter written together. */
const abbreviationAt = (t: Tokens, j: number): { unit: Unit; last: number } | undefined => {
  if (t.types[j] !== WORD || t.words[j]!.length > 2) return undefined
  const dotted = t.words[j + 1] === "." && t.gaps[j + 1] === 0 && t.gaps[j + 2] === 0 && t.types[j + 2] === WORD
  if (dotted) {
    let iso = ABBREVIATIONS.get(`${t.words[j]}.${t.words[j + 2]}`)
    // "د.أ" (Jordanian dinar) and "د.إ" (UAE dirham) normalize alike: the hamza as printed tells them
    if (iso !== undefined && t.words[j + 2] === "ا") {
      const raw = t.norm.raw.charCodeAt(t.norm.toRaw(t.starts[j + 2]!, t.ends[j + 2]!).start)
      iso = raw === 0x0623 ? "JOD" : raw === 0x0625 ? "AED" : iso
    }
    if (iso !== undefined) return { unit: money(iso), last: j + 2 }
  }
  const iso = ABBREVIATIONS.get(t.words[j]!)
  return iso === undefined ? undefined : { unit: money(iso), last: j }
}

/** Whether a word with the article follows token k (k is then a noun in construct with it). */
const beforeDefiniteNoun = (t: Tokens, k: number): boolean => t.types[k + 1] === WORD && t.gaps[k + 1] !== 0 && t.words[k + 1]!.startsWith("ال") && t.words[k + 1]!.length > 3

/**
 * A sound masculine plural in construct, which drops its ن ("لاعبي المنتخب", "مقاتلي الحركة"),
 * read as the plural it comes from; only before a noun with the article.
 */
const constructPlural = (t: Tokens, k: number): UnitMatch | undefined => {
  const x = t.words[k]
  if (x === undefined || x.length < 4 || !x.endsWith("ي") || !beforeDefiniteNoun(t, k)) return undefined
  const m = matchUnitWords([`${x}ن`], 0)
  return m !== undefined && m.last === 0 && m.sense.number === "pl" ? { sense: m.sense, last: k } : undefined
}

/**
 * The unit written at token `j` after a number: a symbol or code ("$", "USD"), a unit or counted
 * noun with its agreeing adjective ("دولار أمريكي", "ريالا عمانيا", "درجة مئوية", "بالمئة"), a
 * partitive "من" + definite noun ("من الجنود", "من مبارياته", "من عناصر الأمن"), or "آخرين" (persons).
 *
 * @example
 * ```ts
 * unitAt(tokenize("5 دنانير عراقية"), 1)?.unit.unit // "IQD"
 * ```
 */
export const unitAt = (t: Tokens, j: number): { unit: Unit; last: number; definite?: boolean } | undefined => {
  if (j >= t.count) return undefined
  const w = t.words
  const x = w[j]!
  if ((t.types[j] === PUNCT || t.types[j] === LATIN) && SYMBOLS.has(x)) return { unit: money(SYMBOLS.get(x)!), last: j }
  const abbreviation = abbreviationAt(t, j)
  if (abbreviation !== undefined) return abbreviation
  let m = matchUnitWords(w, j)
  // a noun with the article right after the number ("الملايين المباراة") is flagged for the caller
  const definite = m?.sense.definite === true
  if (m === undefined && x === "من") {
    // the noun is definite, or a plural made definite by the noun after it ("3 من عناصر الأمن")
    const p = matchUnitWords(w, j + 1) ?? constructPlural(t, j + 1)
    m = p !== undefined ? (p.sense.definite || (p.sense.number === "pl" && beforeDefiniteNoun(t, p.last)) ? p : undefined) : possessiveNoun(t, j + 1)
  }
  if (m !== undefined) {
    let last = m.last
    let unit = toUnit(m.sense)
    if (m.sense.currency !== undefined) {
      const adj = w[last + 1]
      const iso = adj === undefined || t.types[last + 1] !== WORD ? undefined : currencyAdjective(m.sense.currency.token, adj)
      if (iso !== undefined) {
        unit = money(iso)
        last++
      }
    }
    return definite ? { unit, last, definite } : { unit, last }
  }
  if (OTHERS.has(x)) return { unit: PERSON, last: j }
  return undefined
}

/**
 * A unit written before the number starting at token `first` (or before its qualifier at
 * `left`): "%5", "$150", "نسبة 5", "بنسبة تقارب 5".
 *
 * @example
 * ```ts
 * unitBefore(scan, 1, 1, 5)?.unit.unit // "percent" for "نسبة 5"
 * ```
 */
export const unitBefore = (s: Scan, first: number, left: number, value: number): { unit: Unit; first: number; cut: number } | undefined => {
  const t = s.t
  const w = t.words
  const p = first - 1
  if (p >= 0 && t.gaps[first] === 0) {
    if (w[p] === "%") return { unit: PERCENT, first: p, cut: 0 }
    if (t.types[p] === PUNCT && SYMBOLS.has(w[p]!)) return { unit: money(SYMBOLS.get(w[p]!)!), first: p, cut: 0 }
  }
  if (left > 0 && t.types[left - 1] === WORD && value <= 100) {
    const x = w[left - 1]!
    const c = NISBA.has(x) ? 0 : NISBA.has(x.slice(1)) && /^[وفبل]/.test(x) ? 1 : NISBA.has(x.slice(2)) && /^(وب|فب|ول)/.test(x) ? 2 : -1
    if (c >= 0) return { unit: PERCENT, first: left - 1, cut: c }
  }
  return undefined
}

/**
 * Whether `word` (without proclitics ب/و) is "نسبة".
 *
 * @example
 * ```ts
 * isPercentHead("بنسبه") // true
 * ```
 */
export const isPercentHead = (word: string): boolean => NISBA.has(word) || NISBA.has(word.replace(/^[وف]?[بل]?/, ""))
