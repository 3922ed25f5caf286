/**
 * Function words and endings the quantity grammar looks at around numbers.
 */

/**
 * Words after a unit-less number that leave its unit open, so that it may take the unit of the
 * quantity before it in the sentence ("نحو 2500 جندي في العراق ونحو 900 في سوريا").
 *
 * @example
 * ```ts
 * UNIT_OPEN_AFTER.includes("في") // true
 * ```
 */
export const UNIT_OPEN_AFTER: ReadonlyArray<string> = [
  "في", "من", "إلى", "الى", "على", "عن", "مع", "بعد", "قبل", "خلال", "منذ", "حتى", "و", "أو", "ثم", "بين", "مقابل", "فقط", "تقريبا",
  "أيضا", "آخرين", "اخرين", "اخرى", "منها", "منهم", "بينهم", "لدى", "عند", "نحو"
]

/**
 * Possessive endings removed from a counted noun before a definite number ("أطفالها الخمسة") or
 * after "من" ("ثلاث من مبارياته").
 *
 * @example
 * ```ts
 * POSSESSIVE_SUFFIXES[0] // "هما"
 * ```
 */
export const POSSESSIVE_SUFFIXES: ReadonlyArray<string> = ["هما", "ها", "هم", "هن", "كم", "نا", "ه"]

/**
 * Fractions added after a duration, a measure or a sum ("ساعتين ونصف" = 2.5 hours, "مترين ونصف"
 * = 2.5 m).
 *
 * @example
 * ```ts
 * new Map(HALF_WORDS).get("ونصف") // 0.5
 * ```
 */
export const HALF_WORDS: ReadonlyArray<readonly [string, number]> = [
  ["ونصف", 0.5],
  ["وربع", 0.25],
  ["وثلث", 1 / 3]
]

/**
 * Definite words before an ordinal that are not its noun ("الذي الثالث" is not a head).
 *
 * @example
 * ```ts
 * NOT_ORDINAL_HEADS.includes("الذي") // true
 * ```
 */
export const NOT_ORDINAL_HEADS: ReadonlyArray<string> = ["الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي", "إلا", "إلى", "الآن"]

/**
 * Words after an indefinite ordinal that show it is not "the nth X" ("أول من", "ثاني في"), or that
 * it is a given name ("ثاني بن أحمد").
 *
 * @example
 * ```ts
 * NOT_AFTER_ORDINAL_PREFIX.includes("من") // true
 * ```
 */
export const NOT_AFTER_ORDINAL_PREFIX: ReadonlyArray<string> = ["من", "في", "على", "إلى", "عن", "مع", "و", "أو", "ثم", "أن", "أنه", "التي", "الذي", "ما", "لا", "قد", "كان", "بن", "بنت", "ابن"]

/**
 * Elatives that take the place of an indefinite ordinal before a noun: "أول حوار", "أولى جلساته"
 * mean "the first-ever …" (an elative in construct, like "أكبر مدينة"), not a position in a count,
 * so they are not ordinal quantities (the definite "الجلسة الأولى" is).
 *
 * @example
 * ```ts
 * ELATIVE_ORDINAL_PREFIXES.includes("أول") // true
 * ```
 */
export const ELATIVE_ORDINAL_PREFIXES: ReadonlyArray<string> = ["أول", "أولى"]

/**
 * Words right before an ordinal that make it part of a name: month names ("كانون الأول"), the
 * family "آل" ("آل ثاني").
 *
 * @example
 * ```ts
 * ORDINAL_NAME_WORDS.includes("تشرين") // true
 * ```
 */
export const ORDINAL_NAME_WORDS: ReadonlyArray<string> = ["كانون", "تشرين", "ربيع", "جمادى", "جمادي", "آل"]

/**
 * Words after "من" that make the number before them an age in years ("في الـ12 من عمره", "في
 * الأربعين من العمر").
 *
 * @example
 * ```ts
 * AGE_AFTER_MIN.includes("عمره") // true
 * ```
 */
export const AGE_AFTER_MIN: ReadonlyArray<string> = ["عمره", "عمرها", "عمرهم", "عمرهما", "عمرهن", "العمر"]

/**
 * Words before an ordinal that make "ORDINAL من عمره" an age ("في الخامسة من عمره", "بلغ الستين من
 * العمر"); after a noun the ordinal rather counts that noun ("المرحلة الثانية من العمر").
 *
 * @example
 * ```ts
 * AGE_ORDINAL_BEFORE.includes("في") // true
 * ```
 */
export const AGE_ORDINAL_BEFORE: ReadonlyArray<string> = ["في", "وفي", "بلغ", "يبلغ", "تبلغ", "بلغت", "ناهز", "يناهز", "تناهز", "ناهزت"]

/**
 * Scale words right after a fraction of {@link HALF_WORDS} that say what it is a fraction of
 * ("3 ملايين دولار ونصف المليون" = 3.5 million).
 *
 * @example
 * ```ts
 * new Map(SCALE_AFTER_HALF).get("المليون") // 1e6
 * ```
 */
export const SCALE_AFTER_HALF: ReadonlyArray<readonly [string, number]> = [
  ["الألف", 1e3],
  ["المليون", 1e6],
  ["المليار", 1e9],
  ["مليون", 1e6],
  ["مليار", 1e9]
]

/**
 * Scale words in ا that, alone before their counted noun, are duals in construct: "ألفا شخص" is
 * two thousand people (the accusative singular would be "ألفَ شخص" or carry tanween, "ألفاً").
 *
 * @example
 * ```ts
 * DUAL_SCALES_IN_CONSTRUCT.includes("مليونا") // true
 * ```
 */
export const DUAL_SCALES_IN_CONSTRUCT: ReadonlyArray<string> = ["ألفا", "مليونا", "مليارا", "بليونا"]

/**
 * Words for "minus" before a temperature ("ناقص 3 درجات").
 *
 * @example
 * ```ts
 * BELOW_ZERO_BEFORE.includes("ناقص") // true
 * ```
 */
export const BELOW_ZERO_BEFORE: ReadonlyArray<string> = ["ناقص", "سالب"]
