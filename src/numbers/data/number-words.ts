/**
 * Arabic number words, as written (with hamza, ة and ى); matching happens on the `match`
 * normalization, so spelling variants of alef, ى/ي and ة/ه need not be listed.
 */

/**
 * How a cardinal word combines with its neighbours:
 * - `unit`: 1–10 ("ثلاثة", "عشر"); `lead` units (إحدى, أحد, اثنا) only start a teen;
 * - `ten`: 20–90; `hundred`: 100–900 (written as one word or as unit + "مئة");
 * - `scale`: ألف, مليون, مليار, تريليون (singular or accusative);
 * - `scales`: their plurals ("آلاف"), multiplying a unit or digits, vague alone;
 * - `dual`: their duals ("ألفين", "ملياري") = 2 × scale.
 *
 * @example
 * ```ts
 * const r: CardinalRole = "scale" // ألف, مليون
 * ```
 */
export type CardinalRole = "unit" | "lead" | "ten" | "hundred" | "scale" | "scales" | "dual"

/**
 * A cardinal number word and its forms.
 *
 * @example
 * ```ts
 * CARDINAL_WORDS.find((c) => c.forms.includes("عشرين")) // { value: 20, role: "ten", … }
 * ```
 */
export interface CardinalWord {
  readonly value: number
  readonly role: CardinalRole
  readonly forms: ReadonlyArray<string>
}

/**
 * Cardinal words of every gender and case.
 *
 * @example
 * ```ts
 * CARDINAL_WORDS.find((c) => c.forms.includes("ملياري"))!.role // "dual"
 * ```
 */
export const CARDINAL_WORDS: ReadonlyArray<CardinalWord> = [
  { value: 1, role: "unit", forms: ["واحد", "واحدة", "واحدا", "واحداً"] },
  { value: 1, role: "lead", forms: ["أحد", "إحدى", "احدى"] },
  { value: 2, role: "unit", forms: ["اثنان", "اثنين", "اثنتان", "اثنتين", "ثنتين", "ثنتان", "إثنين", "إثنان"] },
  { value: 2, role: "lead", forms: ["اثنا", "اثني", "اثنتا", "اثنتي", "إثنا", "إثني"] },
  { value: 3, role: "unit", forms: ["ثلاث", "ثلاثة", "ثلاثه"] },
  { value: 4, role: "unit", forms: ["أربع", "أربعة", "اربع", "اربعة"] },
  { value: 5, role: "unit", forms: ["خمس", "خمسة"] },
  { value: 6, role: "unit", forms: ["ست", "ستة"] },
  { value: 7, role: "unit", forms: ["سبع", "سبعة"] },
  { value: 8, role: "unit", forms: ["ثمان", "ثماني", "ثمانية", "ثمانى"] },
  { value: 9, role: "unit", forms: ["تسع", "تسعة"] },
  { value: 10, role: "unit", forms: ["عشر", "عشرة"] },
  { value: 20, role: "ten", forms: ["عشرون", "عشرين"] },
  { value: 30, role: "ten", forms: ["ثلاثون", "ثلاثين"] },
  { value: 40, role: "ten", forms: ["أربعون", "أربعين"] },
  { value: 50, role: "ten", forms: ["خمسون", "خمسين"] },
  { value: 60, role: "ten", forms: ["ستون", "ستين"] },
  { value: 70, role: "ten", forms: ["سبعون", "سبعين"] },
  { value: 80, role: "ten", forms: ["ثمانون", "ثمانين"] },
  { value: 90, role: "ten", forms: ["تسعون", "تسعين"] },
  { value: 100, role: "hundred", forms: ["مئة", "مائة", "ميه", "مية", "مئه", "مائه"] },
  { value: 200, role: "hundred", forms: ["مئتان", "مئتين", "مائتان", "مائتين", "مئتا", "مئتي", "مائتا", "مائتي", "ميتين"] },
  { value: 300, role: "hundred", forms: ["ثلاثمئة", "ثلاثمائة", "ثلثمائة", "ثلاثمية"] },
  { value: 400, role: "hundred", forms: ["أربعمئة", "أربعمائة", "اربعمية"] },
  { value: 500, role: "hundred", forms: ["خمسمئة", "خمسمائة", "خمسمية"] },
  { value: 600, role: "hundred", forms: ["ستمئة", "ستمائة", "ستمية"] },
  { value: 700, role: "hundred", forms: ["سبعمئة", "سبعمائة", "سبعمية"] },
  { value: 800, role: "hundred", forms: ["ثمانمئة", "ثمانمائة", "ثمانيمئة", "ثمانيمائة", "ثمانمية"] },
  { value: 900, role: "hundred", forms: ["تسعمئة", "تسعمائة", "تسعمية"] },
  { value: 1e3, role: "scale", forms: ["ألف", "ألفا", "ألفاً"] },
  { value: 1e3, role: "dual", forms: ["ألفان", "ألفين", "ألفي"] },
  { value: 1e3, role: "scales", forms: ["آلاف", "ألوف"] },
  { value: 1e6, role: "scale", forms: ["مليون", "مليونا", "مليوناً"] },
  { value: 1e6, role: "dual", forms: ["مليونان", "مليونين", "مليوني"] },
  { value: 1e6, role: "scales", forms: ["ملايين"] },
  { value: 1e9, role: "scale", forms: ["مليار", "مليارا", "بليون", "بليونا", "ملیار"] },
  { value: 1e9, role: "dual", forms: ["ملياران", "مليارين", "ملياري", "بليونين", "بليوني"] },
  { value: 1e9, role: "scales", forms: ["مليارات", "بلايين"] },
  { value: 1e12, role: "scale", forms: ["تريليون", "تريليونا", "ترليون", "ترليونا"] },
  { value: 1e12, role: "dual", forms: ["تريليونين", "تريليوني", "تريليونان", "ترليونين"] },
  { value: 1e12, role: "scales", forms: ["تريليونات", "ترليونات"] }
]

/**
 * Words that complete a teen after a unit ("ثلاثة عشر", "إحدى عشرة").
 *
 * @example
 * ```ts
 * TEEN_TAILS // ["عشر", "عشرة"]
 * ```
 */
export const TEEN_TAILS: ReadonlyArray<string> = ["عشر", "عشرة"]

/**
 * Fractions: alone, before a scale ("نصف مليون") or a unit ("نصف ساعة"), or after "و" ("مليون ونصف").
 *
 * @example
 * ```ts
 * FRACTION_WORDS[0] // { value: 0.5, forms: ["نصف"] }
 * ```
 */
export const FRACTION_WORDS: ReadonlyArray<{ readonly value: number; readonly forms: ReadonlyArray<string> }> = [
  { value: 1 / 2, forms: ["نصف"] },
  { value: 1 / 4, forms: ["ربع"] },
  { value: 1 / 3, forms: ["ثلث"] },
  { value: 2 / 3, forms: ["ثلثا", "ثلثي", "ثلثين"] },
  { value: 3 / 4, forms: ["ثلاثة أرباع", "ثلاث أرباع"] }
]

/**
 * Vague amounts. Plurals of units are read as "two to nine of them" (عشرات = 20–90, مئات =
 * 200–900, آلاف = 2 000–9 000, عشرات الآلاف = 20 000–90 000); بضع/بضعة and عدة as 3–9. The value is
 * the low end, `value_max` the high end, `approx` "about".
 *
 * @example
 * ```ts
 * VAGUE_WORDS[0] // { low: 20, high: 90, forms: ["عشرات", "العشرات"], … }
 * ```
 */
export const VAGUE_WORDS: ReadonlyArray<{ readonly low: number; readonly high: number; readonly forms: ReadonlyArray<string>; readonly needsNoun: boolean }> = [
  { low: 20, high: 90, forms: ["عشرات", "العشرات"], needsNoun: false },
  { low: 200, high: 900, forms: ["مئات", "مئآت", "مئات", "المئات", "مئات"], needsNoun: false },
  { low: 2000, high: 9000, forms: ["آلاف", "ألوف", "الآلاف", "الألوف"], needsNoun: false },
  { low: 2e6, high: 9e6, forms: ["ملايين", "الملايين"], needsNoun: false },
  { low: 2e9, high: 9e9, forms: ["مليارات", "المليارات", "بلايين"], needsNoun: false },
  { low: 3, high: 9, forms: ["بضع", "بضعة"], needsNoun: true },
  { low: 3, high: 9, forms: ["عدة"], needsNoun: true }
]

/**
 * Plural scales that multiply a vague amount: "عشرات الآلاف", "مئات الملايين", "بضعة آلاف".
 *
 * @example
 * ```ts
 * VAGUE_SCALES[0]!.value // 1000: "عشرات الآلاف"
 * ```
 */
export const VAGUE_SCALES: ReadonlyArray<{ readonly value: number; readonly forms: ReadonlyArray<string> }> = [
  { value: 1e3, forms: ["آلاف", "الآلاف", "ألوف", "الألوف"] },
  { value: 1e6, forms: ["ملايين", "الملايين"] },
  { value: 1e9, forms: ["مليارات", "المليارات"] }
]

/**
 * Words after a number that count people without naming them ("ثلاثة آخرين" = 3 persons).
 *
 * @example
 * ```ts
 * OTHERS_WORDS.includes("آخرين") // true
 * ```
 */
export const OTHERS_WORDS: ReadonlyArray<string> = ["آخرين", "آخرون", "أخريات", "آخرَين"]
