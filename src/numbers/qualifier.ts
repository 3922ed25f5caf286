import type { Approx } from "../model/vocabulary.js"
import { QUALIFIERS_AFTER, QUALIFIERS_BEFORE, QUANTITY_SUBJECTS, RANGE_OPENERS, VERB_QUALIFIERS, type Qualifier } from "./data/qualifiers.js"
import { lookupAt, preload } from "./clitics.js"
import { normForm } from "./text.js"
import { WORD, type Tokens } from "./tokens.js"

/**
 * A qualifier found next to a number.
 *
 * @example
 * ```ts
 * qualifierBefore(tokenize("نحو 5"), 1) // { approx: "about", first: 0, last: 0, cut: 0, … }
 * ```
 */
export interface QualifierMatch {
  readonly approx: Approx
  readonly needsUnit: boolean
  /** First and last token of the qualifier phrase. */
  readonly first: number
  readonly last: number
  /** Proclitic letters to skip in the first token. */
  readonly cut: number
}

interface Compiled {
  readonly words: ReadonlyArray<string>
  readonly q: Qualifier
}

const index = (qs: ReadonlyArray<Qualifier>, byLast: boolean): ReadonlyMap<string, ReadonlyArray<Compiled>> => {
  const m = new Map<string, Array<Compiled>>()
  for (const q of qs) {
    const words = normForm(q.phrase).split(" ")
    const key = byLast ? words[words.length - 1]! : words[0]!
    const list = m.get(key) ?? []
    list.push({ words, q })
    list.sort((a, b) => b.words.length - a.words.length)
    m.set(key, list)
  }
  return m
}

const BEFORE = index(QUALIFIERS_BEFORE, true)
const AFTER = index(QUALIFIERS_AFTER, false)
const OPENERS = index(
  RANGE_OPENERS.map((phrase) => ({ phrase, approx: "range" as const })),
  true
)

preload(BEFORE, AFTER, OPENERS)

const CLITIC_PREFIXES = new Set(["و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك"])

/** Proclitic letters before `word` in `token`, or -1 when `token` is not `word` with proclitics. */
const cliticCut = (token: string, word: string): number => {
  if (token === word) return 0
  if (token.length > word.length && token.endsWith(word) && CLITIC_PREFIXES.has(token.slice(0, token.length - word.length))) return token.length - word.length
  // ل + ال: "للاقل"
  return -1
}

const matchBackward = (t: Tokens, p: number, table: ReadonlyMap<string, ReadonlyArray<Compiled>>): QualifierMatch | undefined => {
  if (p < 0 || t.types[p] !== WORD) return undefined
  const list = table.get(t.words[p]!)
  if (list === undefined) {
    // a one-word qualifier with proclitics: "بنحو", "لحوالي"
    const hit = lookupAt(table, t, p, 3)
    const c = hit?.value.find((x) => x.words.length === 1)
    if (hit === undefined || c === undefined || hit.cut === 0) return undefined
    return { approx: c.q.approx, needsUnit: c.q.needsUnit === true, first: p, last: p, cut: hit.cut }
  }
  for (const c of list) {
    const n = c.words.length
    const f = p - n + 1
    if (f < 0) continue
    let ok = true
    for (let k = 1; k < n; k++) {
      const tok = f + k
      if (t.types[tok] !== WORD || (k < n - 1 && t.words[tok] !== c.words[k])) {
        ok = false
        break
      }
    }
    if (!ok || t.types[f] !== WORD) continue
    const cut = cliticCut(t.words[f]!, c.words[0]!)
    if (cut < 0) continue
    return { approx: c.q.approx, needsUnit: c.q.needsUnit === true, first: f, last: p, cut }
  }
  return undefined
}

/** Index of the token before a number, skipping a lone "الـ" ("ما يقارب الـ 3.4"). */
const beforeArticle = (t: Tokens, first: number): number => (first > 0 && t.words[first - 1] === "ال" ? first - 2 : first - 1)

/**
 * The qualifier written just before the number starting at token `first` ("نحو", "أكثر من",
 * "ما لا يقل عن", "لأكثر من", "ما يقارب الـ").
 *
 * @example
 * ```ts
 * qualifierBefore(tokenize("أكثر من 10"), 2)?.approx // "more_than"
 * ```
 */
export const qualifierBefore = (t: Tokens, first: number): QualifierMatch | undefined => matchBackward(t, beforeArticle(t, first), BEFORE)

const SUBJECTS: ReadonlySet<string> = new Set(QUANTITY_SUBJECTS.map(normForm))
const VERBS: ReadonlyMap<string, (typeof VERB_QUALIFIERS)[number]> = new Map(VERB_QUALIFIERS.flatMap((v) => v.verbs.map((w) => [normForm(w), v] as const)))
const NEGATIONS: ReadonlySet<string> = new Set(["لم", "لا", "ولم", "ولا"])

/**
 * What a verb says of the number starting at token `first` when its subject stands between them
 * ("تخطى عدد القتلى 100 شخص" more than 100, "لم تتجاوز نسبة البطالة 10 في المئة" at most 10,
 * "تقل الكلفة عن 5 ملايين" less than 5 million). The subject is one or two words, the first a
 * word of quantities (عدد, نسبة, الكلفة…); the span of the quantity stays the number's.
 *
 * @example
 * ```ts
 * verbQualifierAcross(tokenize("تخطى عدد القتلى 100 شخص"), 3) // "more_than"
 * ```
 */
export const verbQualifierAcross = (t: Tokens, first: number): Approx | undefined => {
  const p = beforeArticle(t, first)
  for (const prep of [false, true]) {
    const end = prep ? p - 1 : p
    for (const size of [1, 2]) {
      const s0 = end - size + 1
      const v = s0 - 1
      if (v < 0) continue
      let words = true
      for (let k = v; k <= p; k++) if (t.types[k] !== WORD) words = false
      if (!words || !SUBJECTS.has(t.words[s0]!)) continue
      const verb = VERBS.get(t.words[v]!) ?? VERBS.get(t.words[v]!.replace(/^[وف]/u, ""))
      if (verb === undefined) continue
      if (prep !== (verb.prepositions !== undefined) || (prep && !verb.prepositions!.includes(t.words[p]!))) continue
      const negated = v > 0 && t.types[v - 1] === WORD && NEGATIONS.has(t.words[v - 1]!)
      return negated ? verb.negated : verb.approx
    }
  }
  return undefined
}

/**
 * "بين" or "ما بين" just before the number at token `first`.
 *
 * @example
 * ```ts
 * rangeOpenerBefore(tokenize("بين 10 و15"), 1)?.first // 0
 * ```
 */
export const rangeOpenerBefore = (t: Tokens, first: number): QualifierMatch | undefined => matchBackward(t, first - 1, OPENERS)

/**
 * A qualifier starting at token `i` after a number or its unit ("على الأقل", "تقريبا", "ونيف").
 *
 * @example
 * ```ts
 * qualifierAfter(tokenize("10 أشخاص على الأقل"), 2)?.approx // "at_least"
 * ```
 */
export const qualifierAfter = (t: Tokens, i: number): QualifierMatch | undefined => {
  if (i >= t.count || t.types[i] !== WORD) return undefined
  const list = AFTER.get(t.words[i]!)
  if (list === undefined) return undefined
  for (const c of list) {
    const n = c.words.length
    let ok = true
    for (let k = 1; k < n; k++) {
      if (t.words[i + k] !== c.words[k]) {
        ok = false
        break
      }
    }
    if (ok) return { approx: c.q.approx, needsUnit: false, first: i, last: i + n - 1, cut: 0 }
  }
  return undefined
}
