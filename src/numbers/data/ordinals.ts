/** Ordinal number words ("الثالث", "الحادي عشر", "الخامسة والخمسين"). */

/**
 * Definite ordinals 1–10, masculine and feminine; `lead` ones only open a compound (الحادي).
 *
 * @example
 * ```ts
 * ORDINAL_UNITS[2] // { value: 2, forms: ["الثاني", "الثانية"] }
 * ```
 */
export const ORDINAL_UNITS: ReadonlyArray<{ readonly value: number; readonly forms: ReadonlyArray<string>; readonly lead?: boolean }> = [
  { value: 1, forms: ["الأول", "الأولى"] },
  { value: 1, forms: ["الحادي", "الحادية"], lead: true },
  { value: 2, forms: ["الثاني", "الثانية"] },
  { value: 3, forms: ["الثالث", "الثالثة"] },
  { value: 4, forms: ["الرابع", "الرابعة"] },
  { value: 5, forms: ["الخامس", "الخامسة"] },
  { value: 6, forms: ["السادس", "السادسة"] },
  { value: 7, forms: ["السابع", "السابعة"] },
  { value: 8, forms: ["الثامن", "الثامنة"] },
  { value: 9, forms: ["التاسع", "التاسعة"] },
  { value: 10, forms: ["العاشر", "العاشرة"] }
]

/**
 * Indefinite ordinals used before a noun ("ثاني زيارة", "ثالث أكبر", "أول مرة").
 *
 * @example
 * ```ts
 * ORDINAL_PREFIXES[1] // { value: 2, forms: ["ثاني"] }
 * ```
 */
export const ORDINAL_PREFIXES: ReadonlyArray<{ readonly value: number; readonly forms: ReadonlyArray<string> }> = [
  { value: 1, forms: ["أول"] },
  { value: 2, forms: ["ثاني"] },
  { value: 3, forms: ["ثالث"] },
  { value: 4, forms: ["رابع"] },
  { value: 5, forms: ["خامس"] },
  { value: 6, forms: ["سادس"] },
  { value: 7, forms: ["سابع"] },
  { value: 8, forms: ["ثامن"] },
  { value: 9, forms: ["تاسع"] },
  { value: 10, forms: ["عاشر"] }
]

/**
 * Definite tens: ordinal after a singular noun ("الذكرى العشرين"), cardinal after a plural one
 * ("السنوات العشرين"); and the hundredth.
 *
 * @example
 * ```ts
 * ORDINAL_TENS[0] // { value: 20, forms: ["العشرين", "العشرون"] }
 * ```
 */
export const ORDINAL_TENS: ReadonlyArray<{ readonly value: number; readonly forms: ReadonlyArray<string> }> = [
  { value: 20, forms: ["العشرين", "العشرون"] },
  { value: 30, forms: ["الثلاثين", "الثلاثون"] },
  { value: 40, forms: ["الأربعين", "الأربعون"] },
  { value: 50, forms: ["الخمسين", "الخمسون"] },
  { value: 60, forms: ["الستين", "الستون"] },
  { value: 70, forms: ["السبعين", "السبعون"] },
  { value: 80, forms: ["الثمانين", "الثمانون"] },
  { value: 90, forms: ["التسعين", "التسعون"] },
  { value: 100, forms: ["المئة", "المائة"] }
]

/**
 * Teen tails after an ordinal unit ("الثامنة عشرة").
 *
 * @example
 * ```ts
 * ORDINAL_TEEN_TAILS // ["عشر", "عشرة"]: "الثامنة عشرة"
 * ```
 */
export const ORDINAL_TEEN_TAILS: ReadonlyArray<string> = ["عشر", "عشرة"]

/**
 * Definite cardinals 3–10 that follow a definite plural noun ("الأيام الثلاثة", "أطفالها الخمسة").
 *
 * @example
 * ```ts
 * DEFINITE_CARDINALS[1] // { value: 3, forms: ["الثلاث", "الثلاثة"] }
 * ```
 */
export const DEFINITE_CARDINALS: ReadonlyArray<{ readonly value: number; readonly forms: ReadonlyArray<string> }> = [
  { value: 2, forms: ["الاثنين", "الاثنتين", "الاثنان", "الاثنتان"] },
  { value: 3, forms: ["الثلاث", "الثلاثة"] },
  { value: 4, forms: ["الأربع", "الأربعة"] },
  { value: 5, forms: ["الخمس", "الخمسة"] },
  { value: 6, forms: ["الست", "الستة"] },
  { value: 7, forms: ["السبع", "السبعة"] },
  { value: 8, forms: ["الثماني", "الثمانية"] },
  { value: 9, forms: ["التسع", "التسعة"] },
  { value: 10, forms: ["العشر", "العشرة"] }
]
