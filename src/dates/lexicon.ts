import type { DateModifier } from "../model/vocabulary.js"
import { preload } from "../numbers/clitics.js"
import { normForm } from "../numbers/text.js"
import {
  AMBIGUOUS_HIJRI_MONTHS,
  AMBIGUOUS_MONTHS,
  DATE_MODIFIERS,
  DATE_SEPARATORS,
  DATELINE_DATE_LINKS,
  DAY_CONTEXT,
  NAMED_AFTER_DATE_HEADS,
  STARTING_FROM_WORDS,
  DAY_WORDS,
  DIRECTION_WORDS,
  ENGLISH_ORDINAL_SUFFIXES,
  EQUIVALENCE_WORDS,
  GREGORIAN_ERA,
  HIJRI_ERA,
  MONTH_CONTEXT,
  MONTH_WORDS,
  NARRATIVE_ANCHORS,
  NOT_WEEKDAY_BEFORE,
  PLURAL_YEAR_WORDS,
  SAME_YEAR_PHRASES,
  TODAY_BLOCKERS,
  TODAY_PREVIOUS_BLOCKERS,
  YEAR_PREPOSITIONS,
  YEAR_WORDS
} from "./data/markers.js"
import { GREGORIAN_MONTHS, HIJRI_MONTHS, WEEKDAYS } from "./data/months.js"
import { AGO_WORDS, BARE_MONTH_ADJECTIVES, RELATIVE_EXPRESSIONS, type RelativeExpression } from "./data/relative.js"

/**
 * The date tables of `data/`, compiled for matching: keys are `match`-normalized.
 *
 * @example
 * ```ts
 * import { MONTHS } from "./lexicon.js"
 * MONTHS.get("كانون")?.map((p) => p.rest) // [["الثاني"], ["ثاني"], ["الاول"], ["اول"]]
 * ```
 */
export interface MonthName {
  readonly month: number
  readonly calendar: "gregorian" | "hijri"
  /** Also a common word ("مارس", "آب"): read alone only with context. */
  readonly ambiguous: boolean
  /** English names need a day or a year. */
  readonly english: boolean
}

/**
 * A month name as a first word and the words that must follow it.
 *
 * @example
 * ```ts
 * MONTHS.get("تشرين")![0]!.rest // ["الثاني"] (or ["الاول"])
 * ```
 */
export interface MonthPattern {
  readonly rest: ReadonlyArray<string>
  readonly name: MonthName
}

/**
 * A relative expression as a first word and the words that must follow it.
 *
 * @example
 * ```ts
 * RELATIVE.get("العام")!.some((p) => p.rest[0] === "الماضي") // true
 * ```
 */
export interface RelativePattern {
  readonly rest: ReadonlyArray<string>
  readonly expr: RelativeExpression
}

const set = (xs: ReadonlyArray<string>): ReadonlySet<string> => new Set(xs.map(normForm))
const flags = (xs: ReadonlyArray<string>): ReadonlyMap<string, true> => new Map(xs.map((x) => [normForm(x), true as const]))

/** Adds `phrase` to a first-word trie, longest patterns first. */
const addPattern = <P extends { readonly rest: ReadonlyArray<string> }>(trie: Map<string, Array<P>>, phrase: string, make: (rest: Array<string>) => P): void => {
  const words = normForm(phrase).split(" ")
  const list = trie.get(words[0]!) ?? []
  if (list.some((p) => p.rest.join(" ") === words.slice(1).join(" "))) return
  list.push(make(words.slice(1)))
  list.sort((a, b) => b.rest.length - a.rest.length)
  trie.set(words[0]!, list)
}

const AMBIG = set(AMBIGUOUS_MONTHS)
const AMBIG_H = set(AMBIGUOUS_HIJRI_MONTHS)
const monthTrie = new Map<string, Array<MonthPattern>>()
GREGORIAN_MONTHS.forEach((m, k) => {
  for (const f of [...m.gulf, ...m.levant, ...m.maghreb]) {
    addPattern(monthTrie, f, (rest) => ({ rest, name: { month: k + 1, calendar: "gregorian" as const, ambiguous: AMBIG.has(normForm(f)), english: false } }))
  }
  for (const f of m.english) addPattern(monthTrie, f, (rest) => ({ rest, name: { month: k + 1, calendar: "gregorian" as const, ambiguous: true, english: true } }))
})
HIJRI_MONTHS.forEach((forms, k) => {
  for (const f of forms) addPattern(monthTrie, f, (rest) => ({ rest, name: { month: k + 1, calendar: "hijri" as const, ambiguous: AMBIG_H.has(normForm(f)), english: false } }))
})
/**
 * Month names (Gregorian in every tradition, Hijri, English) by first word.
 *
 * @example
 * ```ts
 * MONTHS.get("سبتمبر")![0]!.name.month // 9
 * ```
 */
export const MONTHS: ReadonlyMap<string, ReadonlyArray<MonthPattern>> = monthTrie

const relTrie = new Map<string, Array<RelativePattern>>()
for (const expr of RELATIVE_EXPRESSIONS) addPattern(relTrie, expr.phrase, (rest) => ({ rest, expr }))
/**
 * Relative expressions by first word.
 *
 * @example
 * ```ts
 * RELATIVE.get("امس")!.find((p) => p.rest.length === 0)!.expr.offset // -1
 * ```
 */
export const RELATIVE: ReadonlyMap<string, ReadonlyArray<RelativePattern>> = relTrie

/**
 * Weekdays written with the article, 0 = Sunday.
 *
 * @example
 * ```ts
 * WEEKDAY_DEFINITE.get("الخميس") // 4
 * ```
 */
export const WEEKDAY_DEFINITE: ReadonlyMap<string, number> = new Map(
  WEEKDAYS.flatMap((forms, k) => forms.filter((f) => normForm(f).startsWith("ال")).map((f) => [normForm(f), k] as const))
)
/**
 * Weekdays with or without the article, as they follow "يوم".
 *
 * @example
 * ```ts
 * WEEKDAY_AFTER_DAY.get("خميس") // 4: "يوم خميس"
 * ```
 */
export const WEEKDAY_AFTER_DAY: ReadonlyMap<string, number> = new Map(
  WEEKDAYS.flatMap((forms, k) => forms.map(normForm).flatMap((f) => [[f, k] as const, [f.startsWith("ال") ? f.slice(2) : f, k] as const]))
)
/**
 * Date modifiers.
 *
 * @example
 * ```ts
 * MODIFIERS.get("مطلع") // "early"
 * ```
 */
export const MODIFIERS: ReadonlyMap<string, DateModifier> = new Map(DATE_MODIFIERS.map(([w, m]) => [normForm(w), m]))
/**
 * Year words that belong to the date ("عام", "العام").
 *
 * @example
 * ```ts
 * YEAR_WORD.has("العام") // true
 * ```
 */
export const YEAR_WORD: ReadonlyMap<string, true> = flags(YEAR_WORDS)
/**
 * Plural year words, which head a list of years only ("الأعوام 2015 و2016").
 *
 * @example
 * ```ts
 * PLURAL_YEAR_WORD.has("السنوات") // true
 * ```
 */
export const PLURAL_YEAR_WORD: ReadonlyMap<string, true> = flags(PLURAL_YEAR_WORDS)
/**
 * Words before a day number that make it a date before "الشهر الجاري" without "من".
 *
 * @example
 * ```ts
 * DAY_CTX.has("في") // true: "في 22 الشهر الجاري"
 * ```
 */
export const DAY_CTX: ReadonlySet<string> = set(DAY_CONTEXT)
/**
 * Words of starting before "من" and a day number ("اعتبارا من 22 الشهر الجاري").
 *
 * @example
 * ```ts
 * FROM_DATE.has("ابتداء") // true
 * ```
 */
export const FROM_DATE: ReadonlySet<string> = set(STARTING_FROM_WORDS)
/**
 * Heads of places named after a date ("ملعب 5 جويلية").
 *
 * @example
 * ```ts
 * NAMED_AFTER.has("ملعب") // true
 * ```
 */
export const NAMED_AFTER: ReadonlySet<string> = set(NAMED_AFTER_DATE_HEADS)
/**
 * Month adjectives alone after a day number, with the month's offset ("يوم 22 الجاري" → 0).
 *
 * @example
 * ```ts
 * BARE_MONTH.get("الماضي") // -1
 * ```
 */
export const BARE_MONTH: ReadonlyMap<string, number> = new Map(BARE_MONTH_ADJECTIVES.map(([w, o]) => [normForm(w), o]))
/**
 * Prepositions that introduce a bare year ("في 2019").
 *
 * @example
 * ```ts
 * YEAR_PREP.has("منذ") // true
 * ```
 */
export const YEAR_PREP: ReadonlySet<string> = set(YEAR_PREPOSITIONS)
/**
 * "شهر" before a month name.
 *
 * @example
 * ```ts
 * MONTH_WORD.has("شهر") // true
 * ```
 */
export const MONTH_WORD: ReadonlyMap<string, true> = flags(MONTH_WORDS)
/**
 * Context words for a bare month.
 *
 * @example
 * ```ts
 * MONTH_CTX.has("في") // true
 * ```
 */
export const MONTH_CTX: ReadonlySet<string> = set(MONTH_CONTEXT)
/**
 * Direction adjectives after a month or weekday.
 *
 * @example
 * ```ts
 * DIRECTION.get("الماضي") // -1
 * ```
 */
export const DIRECTION: ReadonlyMap<string, -1 | 0 | 1> = new Map(DIRECTION_WORDS.map(([w, d]) => [normForm(w), d]))
/**
 * Era markers after a year.
 *
 * @example
 * ```ts
 * GREGORIAN_ERA_WORDS.has("ميلادي") // true
 * ```
 */
export const GREGORIAN_ERA_WORDS: ReadonlySet<string> = set(GREGORIAN_ERA)
/**
 * Hijri era markers after a year.
 *
 * @example
 * ```ts
 * HIJRI_ERA_WORDS.has("ه") // true ("هـ" after normalization)
 * ```
 */
export const HIJRI_ERA_WORDS: ReadonlySet<string> = set(HIJRI_ERA)
/**
 * "يوم" before a weekday.
 *
 * @example
 * ```ts
 * DAY_WORD.has("يوم") // true
 * ```
 */
export const DAY_WORD: ReadonlySet<string> = set(DAY_WORDS)
/**
 * "الموافق".
 *
 * @example
 * ```ts
 * EQUIVALENCE.has("الموافق") // true
 * ```
 */
export const EQUIVALENCE: ReadonlySet<string> = set(EQUIVALENCE_WORDS)
/**
 * Words after "اليوم" that make it "the day".
 *
 * @example
 * ```ts
 * TODAY_BLOCK.has("نفسه") // true
 * ```
 */
export const TODAY_BLOCK: ReadonlySet<string> = set(TODAY_BLOCKERS)
/**
 * Words before "اليوم" that make it "the day".
 *
 * @example
 * ```ts
 * TODAY_PREV_BLOCK.has("ذلك") // true
 * ```
 */
export const TODAY_PREV_BLOCK: ReadonlySet<string> = set(TODAY_PREVIOUS_BLOCKERS)
/**
 * Words before "الاثنين" that make it "the two".
 *
 * @example
 * ```ts
 * NOT_WEEKDAY_PREV.has("بين") // true
 * ```
 */
export const NOT_WEEKDAY_PREV: ReadonlySet<string> = set(NOT_WEEKDAY_BEFORE)
/**
 * English ordinal suffixes.
 *
 * @example
 * ```ts
 * EN_SUFFIX.has("rd") // true
 * ```
 */
export const EN_SUFFIX: ReadonlySet<string> = new Set(ENGLISH_ORDINAL_SUFFIXES)
/**
 * "قبل", "منذ" before a duration.
 *
 * @example
 * ```ts
 * AGO.get("منذ") // -1
 * ```
 */
export const AGO: ReadonlyMap<string, -1 | 1> = new Map(AGO_WORDS.map(([w, s]) => [normForm(w), s]))
/**
 * What stands between a dateline's place and its date.
 *
 * @example
 * ```ts
 * DATELINE_LINK.has("في") // true: "القاهرة في 15 مارس 2024 -"
 * ```
 */
export const DATELINE_LINK: ReadonlySet<string> = set(DATELINE_DATE_LINKS)
/**
 * Separators inside a date.
 *
 * @example
 * ```ts
 * SEPARATOR.has(",") // true
 * ```
 */
export const SEPARATOR: ReadonlySet<string> = new Set(DATE_SEPARATORS)
/**
 * Words after an "ago" expression that tie it to the story.
 *
 * @example
 * ```ts
 * NARRATIVE.has("من") // true
 * ```
 */
export const NARRATIVE: ReadonlySet<string> = set(NARRATIVE_ANCHORS)
/**
 * "ذلك العام" and the like, as word pairs.
 *
 * @example
 * ```ts
 * SAME_YEAR.has("ذلك العام") // true
 * ```
 */
export const SAME_YEAR: ReadonlySet<string> = set(SAME_YEAR_PHRASES)

preload(MONTHS, RELATIVE, WEEKDAY_DEFINITE, MODIFIERS, YEAR_WORD, PLURAL_YEAR_WORD, MONTH_WORD, AGO)
