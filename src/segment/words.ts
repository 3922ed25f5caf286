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

/**
 * Words that link the parts of a person's name and do not count as a part of it: "بن", "ولد",
 * "آل", and "عبد" before the divine name. "عبد الرزاق بن عبد الله" is a name of two parts in five
 * words, which a dateline may carry before it ("وهران - عبد الرزاق بن عبد الله").
 *
 * @example
 * ```ts
 * import { NAME_LINKS } from "./words.js" // internal to src/segment
 * NAME_LINKS.includes("بن") // true
 * ```
 */
export const NAME_LINKS: ReadonlyArray<string> = ["بن", "ابن", "بنت", "ولد", "بو", "أبو", "أبي", "أبا", "أم", "آل", "عبد", "ذو", "ذي"]

/**
 * Byline prefixes that also name a genre: "تقرير: سامر خليل" under the title is a byline, but
 * "تقرير: الحكومة تعلن خطة" after the article's text heads a teaser, so no staff credit there.
 *
 * @example
 * ```ts
 * import { GENRE_LABELS } from "./words.js" // internal to src/segment
 * GENRE_LABELS.includes("تقرير") // true
 * ```
 */
export const GENRE_LABELS: ReadonlyArray<string> = ["تقرير", "حوار", "تحقيق", "مقال", "رأي", "تحليل", "فيديو", "صور"]
