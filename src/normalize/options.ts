import { z } from "zod"

/**
 * Which operations the normalizer applies. Every operation maps characters to fixed points, so
 * normalizing twice gives the same string as normalizing once.
 *
 * @example
 * ```ts
 * import { NormalizeOptions } from "akhbar"
 * NormalizeOptions.parse({ diacritics: true, alef: true })
 * ```
 */
export const NormalizeOptions = z
  .object({
    presentation: z.boolean().default(true).describe("fold Arabic presentation forms and ligatures (NFKC on U+FB50–U+FDFF, U+FE70–U+FEFF)"),
    diacritics: z.boolean().default(false).describe("remove harakat, tanween, shadda, sukun, dagger alef and Quranic marks"),
    tatweel: z.boolean().default(true).describe("remove tatweel (ـ)"),
    alef: z.boolean().default(false).describe("unify alef forms أ إ آ ٱ → ا"),
    alefMaqsura: z.boolean().default(false).describe("ى → ي"),
    taMarbuta: z.boolean().default(false).describe("ة → ه"),
    persian: z.boolean().default(true).describe("Persian/Urdu letters (ی ک پ چ ژ گ ە ۀ ھ ے) and Maghrebi ڤ ڨ ڭ → Arabic"),
    digits: z.boolean().default(true).describe("Arabic-Indic and Persian digits and ٫ ٬ ٪ → ASCII"),
    controls: z.boolean().default(true).describe("remove zero-width, bidi controls, soft hyphens and NUL"),
    quotes: z.boolean().default(false).describe("unify quotation marks to \" and '"),
    dashes: z.boolean().default(false).describe("unify dashes and hyphens to -"),
    whitespace: z.boolean().default(true).describe("collapse every run of white space (incl. no-break spaces and newlines) to one space")
  })
  .strict()
/** Normalizer options (all fields present). */
export type NormalizeOptions = z.infer<typeof NormalizeOptions>

/**
 * The two named profiles. `display` keeps the author's spelling and only removes noise (tatweel,
 * controls, Persian letters, foreign digits, presentation forms, extra white space); `match` also
 * removes diacritics and unifies alef, ى, ة, quotes and dashes, for matching names and words.
 *
 * @example
 * ```ts
 * import { PROFILES } from "akhbar"
 * PROFILES.match.taMarbuta // true
 * PROFILES.display.taMarbuta // false
 * ```
 */
export const PROFILES = {
  display: NormalizeOptions.parse({}),
  match: NormalizeOptions.parse({
    diacritics: true,
    alef: true,
    alefMaqsura: true,
    taMarbuta: true,
    quotes: true,
    dashes: true
  })
} as const satisfies Record<string, NormalizeOptions>

/** Name of a built-in profile. */
export type ProfileName = keyof typeof PROFILES

/** A profile name, or options (missing ones take the `display` defaults). */
export type NormalizeProfile = ProfileName | Partial<NormalizeOptions>
