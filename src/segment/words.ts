/**
 * Words the segmenter reads lines by, apart from the rules users may replace (see `SegmentRules`).
 * Written as printed; normalized at load.
 */

/**
 * Function words, which a person's or an outlet's name never holds: a short line after the title
 * with one of them is a subtitle or a caption ("في اجتماعه الثالث هذا العام"), not a byline. Not
 * "على", which the match profile writes as the name علي.
 *
 * @example
 * ```ts
 * import { NOT_IN_NAMES } from "./words.js" // internal to src/segment
 * NOT_IN_NAMES.includes("في") // true
 * ```
 */
export const NOT_IN_NAMES: ReadonlyArray<string> = [
  "في", "من", "الى", "إلى", "عن", "مع", "هذا", "هذه", "ذلك", "تلك", "التي", "الذي", "الذين", "بعد", "قبل", "خلال", "حول", "ضد", "بين",
  "عند", "لدى", "منذ", "نحو", "او", "أو", "ان", "أن", "إن", "لا", "لم", "لن", "قد", "كل", "بعض", "غير", "دون", "حتى"
]

/**
 * First words of a speaker before a colon, which is then no dateline: "وزارة المالية: العجز
 * تراجع", "مصدر عسكري: …", "البنك المركزي: …"; and the label "كتب:" (a byline).
 *
 * @example
 * ```ts
 * import { SPEAKERS_BEFORE_COLON } from "./words.js" // internal to src/segment
 * SPEAKERS_BEFORE_COLON.includes("وزارة") // true
 * ```
 */
export const SPEAKERS_BEFORE_COLON: ReadonlyArray<string> = [
  "وزارة", "الوزارة", "وزير", "الوزير", "وزيرة", "الوزيرة", "هيئة", "الهيئة", "مجلس", "المجلس", "رئيس", "الرئيس", "رئيسة", "الرئيسة",
  "الحكومة", "حكومة", "الجيش", "جيش", "الشرطة", "البنك", "بنك", "مصرف", "المصرف", "مصدر", "المصدر", "مصادر", "المصادر", "المتحدث", "متحدث",
  "الخارجية", "الداخلية", "الدفاع", "السفارة", "سفارة", "الأمم", "منظمة", "المنظمة", "حركة", "حزب", "الحزب", "لجنة", "اللجنة", "نقابة",
  "النقابة", "شركة", "الشركة", "مسؤول", "المسؤول", "خبراء", "خبير", "الخبير", "محلل", "المحلل", "دراسة", "تقرير", "بيان", "البيان", "كتب", "كتبت"
]
