import type { QuantityKind } from "../model/vocabulary.js"
import { lookup, preload, type Hit } from "./clitics.js"
import { CURRENCY_ABBREVIATIONS, CURRENCY_FAMILIES, CURRENCY_SYMBOLS, type CurrencyFamily } from "./data/currencies.js"
import { COUNTED_NOUNS, PLACE_NAMES_LIKE_NOUNS } from "./data/nouns.js"
import { DURATION_UNITS, MEASURE_UNITS, PERCENT_UNITS, RATE_SUFFIXES, type UnitEntry } from "./data/units.js"
import { normForm, singularForms, withArticle } from "./text.js"

/**
 * Grammatical number of the form that matched.
 *
 * @example
 * ```ts
 * wordSense("يومين")?.value.number // "du"
 * ```
 */
export type FormNumber = "sg" | "du" | "pl" | "x"

/**
 * What a unit word or phrase means.
 *
 * @example
 * ```ts
 * wordSense("دولارا")?.value // { unit: "dollar", kind: "money", number: "sg", definite: false, currency: … }
 * ```
 */
export interface UnitSense {
  readonly unit: string
  readonly kind: QuantityKind
  readonly number: FormNumber
  /** Whether the form carries the article ("الأيام"). */
  readonly definite: boolean
  /** Set for currency words: the family, to pick the ISO code. */
  readonly currency?: CurrencyFamily
}

/** A unit phrase starting with a given word: the loose keys of the following words. */
interface Pattern {
  readonly rest: ReadonlyArray<string>
  readonly sense: UnitSense
}

const SUFFIXES = ["تين", "تان", "ين", "ون", "ات", "ا", "ه"]

/**
 * A key that ignores the article and agreement endings, for the second and later words of a
 * unit phrase ("مكعبة", "المكعب", "مكعبا" → "مكعب").
 *
 * @example
 * ```ts
 * loose("مئويه") // "مئوي"
 * ```
 */
export const loose = (w: string): string => {
  const s = w.length > 3 && w.startsWith("ال") ? w.slice(2) : w
  for (const suf of SUFFIXES) if (s.length - suf.length >= 2 && s.endsWith(suf)) return s.slice(0, -suf.length)
  return s
}

const TRIE = new Map<string, Array<Pattern>>()
const taken = new Set<string>()

const PLACES = new Set(PLACE_NAMES_LIKE_NOUNS.map(normForm))

const add = (first: string, rest: ReadonlyArray<string>, sense: UnitSense, override = false): void => {
  if (rest.length === 0 && (PLACES.has(first) || PLACES.has(first.startsWith("ال") ? first.slice(2) : first))) return
  const key = first + "\u0000" + rest.join(" ")
  if (taken.has(key) && !override) return
  taken.add(key)
  let list = TRIE.get(first)
  if (list === undefined) TRIE.set(first, (list = []))
  const i = list.findIndex((p) => p.rest.join(" ") === rest.join(" "))
  if (i >= 0) list.splice(i, 1)
  list.push({ rest, sense })
  list.sort((a, b) => b.rest.length - a.rest.length)
}

/** Splits a phrase the way the tokenizer does (letters, digits, single symbols). */
const words = (phrase: string): Array<string> => normForm(phrase).match(/[\u0600-\u06ff]+|[a-z]+|\d+|\S/gu) ?? []

const split = (phrase: string): [string, Array<string>, boolean] => {
  const ws = words(phrase)
  // the article as written: "ألغام" normalizes to "الغام" but has none
  return [ws[0]!, ws.slice(1).map(loose), phrase.trimStart().startsWith("ال")]
}

type Base = Omit<UnitSense, "number" | "definite">

const register = (entries: ReadonlyArray<UnitEntry>, base: (e: UnitEntry) => Base, duals: Array<() => void>): void => {
  for (const e of entries) {
    const b = base(e)
    for (const phrase of e.sg) {
      const [first, rest, article] = split(phrase)
      const forms = singularForms(first, e.dual !== false)
      for (const f of forms.singular) for (const g of withArticle(f, article)) add(g, rest, { ...b, number: "sg", definite: g !== f })
      for (const f of forms.dual)
        duals.push(() => {
          for (const g of withArticle(f, article)) add(g, rest, { ...b, number: "du", definite: g !== f })
        })
    }
    for (const phrase of e.pl ?? []) {
      const [first, rest, article] = split(phrase)
      for (const g of withArticle(first, article)) add(g, rest, { ...b, number: "pl", definite: g !== first })
    }
    for (const phrase of e.exact ?? []) {
      const [first, rest] = split(phrase)
      add(first, rest, { ...b, number: "x", definite: false })
    }
  }
}

const duals: Array<() => void> = []
register(PERCENT_UNITS, (e) => ({ unit: e.unit, kind: e.kind }), duals)
register(MEASURE_UNITS, (e) => ({ unit: e.unit, kind: e.kind }), duals)
register(DURATION_UNITS, (e) => ({ unit: e.unit, kind: e.kind }), duals)
for (const fam of CURRENCY_FAMILIES) {
  register([{ unit: fam.token, kind: "money", sg: fam.sg, pl: fam.pl }], () => ({ unit: fam.token, kind: "money", currency: fam }), duals)
}
register(COUNTED_NOUNS, (e) => ({ unit: e.unit, kind: e.kind }), duals)
for (const d of duals) d()

/** Currency adjectives by family token: loose adjective key → ISO code. */
const ADJECTIVES = new Map<string, ReadonlyMap<string, string>>(
  CURRENCY_FAMILIES.map((f) => [f.token, new Map(f.adjectives.map(([stem, iso]) => [loose(normForm(stem)), iso]))])
)

/**
 * Currency symbols and Latin codes.
 *
 * @example
 * ```ts
 * SYMBOLS.get("€") // "EUR"
 * ```
 */
export const SYMBOLS: ReadonlyMap<string, string> = new Map(CURRENCY_SYMBOLS)

/**
 * Currency abbreviations in Arabic letters, normalized ("دج", "ر.س" → ISO code).
 *
 * @example
 * ```ts
 * ABBREVIATIONS.get("دج") // "DZD"
 * ```
 */
export const ABBREVIATIONS: ReadonlyMap<string, string> = new Map(CURRENCY_ABBREVIATIONS.map(([a, iso]) => [normForm(a), iso]))

/** Rate suffixes, first word → [rest words, suffix]. */
const RATES = new Map<string, Array<readonly [ReadonlyArray<string>, string]>>()
for (const [phrase, suffix] of RATE_SUFFIXES) {
  const ws = words(phrase)
  const list = RATES.get(ws[0]!) ?? []
  list.push([ws.slice(1), suffix])
  RATES.set(ws[0]!, list)
}

/**
 * A unit found in a token stream.
 *
 * @example
 * ```ts
 * matchUnitWords(["متر", "مكعب"], 0) // { sense: { unit: "m3", … }, last: 1 }
 * ```
 */
export interface UnitMatch {
  readonly sense: UnitSense
  /** Index of the last token of the unit phrase. */
  readonly last: number
}

/**
 * The unit phrase starting at token `i` of `words` (normalized tokens), longest first.
 *
 * @example
 * ```ts
 * matchUnitWords(["درجه", "مئويه"], 0)?.sense.unit // "celsius"
 * ```
 */
export const matchUnitWords = (words: ReadonlyArray<string>, i: number, end = words.length): UnitMatch | undefined => {
  const w = words[i]
  if (w === undefined || i >= end) return undefined
  const list = TRIE.get(w)
  if (list === undefined) return undefined
  for (const p of list) {
    if (i + p.rest.length >= end) continue
    let ok = true
    for (let k = 0; k < p.rest.length; k++) {
      const x = words[i + 1 + k]!
      if (x !== p.rest[k] && loose(x) !== p.rest[k]) {
        ok = false
        break
      }
    }
    if (ok) return { sense: p.sense, last: i + p.rest.length }
  }
  return undefined
}

/**
 * Whether `w` starts some unit phrase (fast pre-check).
 *
 * @example
 * ```ts
 * isUnitStart("كم") // true
 * ```
 */
export const isUnitStart = (w: string): boolean => TRIE.has(w)

/**
 * The ISO code given by a nationality adjective after a currency word ("عراقي" after "دينار").
 *
 * @example
 * ```ts
 * currencyAdjective("dinar", "العراقيه") // "IQD"
 * ```
 */
export const currencyAdjective = (family: string, word: string): string | undefined => ADJECTIVES.get(family)?.get(loose(word))

/**
 * A rate suffix starting at token `i` ("يوميا" → "_per_day"), with the index of its last token.
 *
 * @example
 * ```ts
 * matchRate(["يوميا"], 0) // { suffix: "_per_day", last: 0 }
 * ```
 */
export const matchRate = (words: ReadonlyArray<string>, i: number): { readonly suffix: string; readonly last: number } | undefined => {
  const w = words[i]
  if (w === undefined) return undefined
  const list = RATES.get(w)
  if (list === undefined) return undefined
  for (const [rest, suffix] of list) {
    if (rest.every((r, k) => words[i + 1 + k] === r)) return { suffix, last: i + rest.length }
  }
  return undefined
}

const SINGLE = new Map<string, UnitSense>()
for (const [first, list] of TRIE) {
  const p = list.find((x) => x.rest.length === 0)
  if (p !== undefined) SINGLE.set(first, p.sense)
}

/**
 * The meaning of a one-word unit or counted noun, allowing proclitics ("بيومين" → day, dual).
 *
 * @example
 * ```ts
 * wordSense("بيومين")?.value.number // "du"
 * ```
 */
export const wordSense = (word: string): Hit<UnitSense> | undefined => lookup(SINGLE, word, 3)

preload(SINGLE)

/**
 * Every single word that can start a unit or counted noun.
 *
 * @example
 * ```ts
 * UNIT_WORDS.get("قواعد")?.unit // "base"
 * ```
 */
export const UNIT_WORDS: ReadonlyMap<string, UnitSense> = SINGLE
