import { normalizeText } from "../normalize/normalize.js"
import { PROFILES } from "../normalize/options.js"

/**
 * The normalization profile the numbers and dates extractors read: `match` (no diacritics, one
 * alef, ى → ي, ة → ه, ASCII digits, ٫ → ".", ٬ → ",", ٪ → "%", no tatweel, no bidi marks) but
 * keeping white space as written, so that line breaks stay visible to the tokenizer.
 *
 * @example
 * ```ts
 * normalize("الـ ٣", SCAN_PROFILE).text // "ال 3"
 * ```
 */
export const SCAN_PROFILE = { ...PROFILES.match, whitespace: false } as const

/**
 * A lexicon form as the extractors see it: `match`-normalized, Latin lower-cased, white space
 * collapsed.
 *
 * @example
 * ```ts
 * normForm("مِئَة  ألف") // "مئه الف"
 * ```
 */
export const normForm = (s: string): string =>
  normalizeText(s, "match").replace(/\s+/g, " ").trim().replace(/[A-Z]/g, (c) => c.toLowerCase())

/** The letters ة (as ه after normalization) and ا that end feminine and accusative forms. */
const TA = "ه"

/**
 * The written forms of a counted noun's singular that follow a number: itself, the accusative
 * with alif ("جنديا", "دولارا") and, unless `dual` is false, the dual ("جنديين", "ساعتين").
 *
 * @example
 * ```ts
 * singularForms("جندي") // { singular: ["جندي", "جنديا"], dual: ["جنديين", "جنديان"] }
 * ```
 */
export const singularForms = (sg: string, dual = true): { singular: Array<string>; dual: Array<string> } => {
  const singular = [sg]
  const last = sg[sg.length - 1]
  // accusative with alif ("دولارا", "جنيها", "جزءا"); harmless for words ending in ة
  if (last !== "ا") singular.push(sg + "ا")
  const stem = last === TA ? sg.slice(0, -1) + "ت" : sg
  return { singular, dual: dual ? [stem + "ين", stem + "ان"] : [] }
}

/**
 * A form with and without the article: "ايام" → ["ايام", "الايام"]. `hasArticle` tells whether the
 * form already has it; by default, when it starts with "ال" — pass false for a normalized word
 * whose own letters start so ("الغام" from "ألغام", "اليات" from "آليات").
 *
 * @example
 * ```ts
 * withArticle("ايام") // ["ايام", "الايام"]
 * withArticle("الغام", false) // ["الغام", "الالغام"]
 * ```
 */
export const withArticle = (form: string, hasArticle = form.startsWith("ال")): Array<string> => (hasArticle ? [form] : [form, "ال" + form])
