/**
 * Shapes of Arabic words that are verbs or verbal nouns rather than names, read off the
 * normalized spelling (no dictionary): future verbs (سيتوجه, سيقرر), the derived-verb templates
 * and their verbal nouns (استطاع, اقتراح, إجراء, تجاوز, مواصلة, تشكيل), plural verbs (استنكروا).
 * Used only on words no list knows, where a transliterated foreign name is the alternative.
 */
import { matchUnitWords } from "../numbers/units-lexicon.js"

const TEMPLATES: ReadonlyArray<RegExp> = [
  /^سي[^\sا]{3,4}$/u, // future: سيتوجه, سيقرر (no alef: سيلفا is a name; ستـ is left: سترول)
  /^است[^\s]{3,}$/u, // استفعل / استفعال: استطاع, استنكر, استقبال
  /^ا[^\s]ت[^\s]ا[^\s]$/u, // افتعال: اقتراح, اجتماع, انتخاب
  /^ان[^\s][^\s]ا[^\s]$/u, // انفعال: انسحاب, انفجار
  /^ا[^\s][^\s]ا[^\s]$/u, // إفعال: إجراء, إطلاق, إعلان
  /^ت[^\s]ا[^\s][^\s]$/u, // تفاعل: تجاوز, تناول, تباحث
  /^ت[^\s][^\s]ي[^\s]$/u, // تفعيل: تشكيل, ترسيم
  /^م[^\s]ا[^\s][^\s]ه$/u, // مفاعلة: مواصلة, مناقشة, مشاركة
  /^[يت]ت[^\s]ا[^\s]{2}$/u, // present of تفاعل: يتعامل, تتابع
  /^[يت]ت[^\s]{3}$/u, // present of تفعّل: يتحدث, تتضمن
  /^ي[^\s]ت[^\s]{2}$/u, // present of افتعل: يجتمع, يفتتح, يحتفل, ينتظر
  /^يست[^\s]{3}$/u, // present of استفعل: يستعرض, يستقبل
  /^[^\s]{3,}وا$/u, // plural past: استنكروا, اندسوا, قالوا
  /^[يت][^\s]{2,}ون$/u // plural present: يقولون, تعملون
]

/**
 * Whether a normalized Arabic word has the shape of a verb or verbal noun (see the templates
 * above), so that it is not taken as an unknown name.
 *
 * @example
 * ```ts
 * import { looksVerbal } from "akhbar"
 * looksVerbal("سيتوجه") // true
 * looksVerbal("اقتراح") // true
 * looksVerbal("ماكفارلين") // false
 * ```
 */
export const looksVerbal = (word: string): boolean => {
  for (const t of TEMPLATES) if (t.test(word)) return true
  return false
}

/**
 * Whether a normalized word is the conjunction و or ف before a verb in the present tense: و/ف,
 * a present prefix (ي ت ن) and three letters ("ويكلف", "وتؤكد"), or a derived present that
 * {@link looksVerbal} knows ("ويستقبل"). After a title it starts the next clause of a headline
 * ("رئيس الحكومة ويكلف وزير الداخلية"), not a name.
 *
 * @example
 * ```ts
 * import { conjoinedPresentVerb } from "./morphology.js" // internal to src/entities
 * conjoinedPresentVerb("ويكلف") // true
 * conjoinedPresentVerb("وليد") // false
 * ```
 */
export const conjoinedPresentVerb = (word: string): boolean => {
  const c = word.charCodeAt(0)
  if (c !== 0x0648 && c !== 0x0641) return false
  const rest = word.slice(1)
  return /^[يتن][^\s]{3}$/u.test(rest) || (/^[يتن]/u.test(rest) && looksVerbal(rest))
}

/**
 * Whether a normalized word is a counted noun in the indefinite accusative singular ("هدفا",
 * "جنديا"): it follows a name as an object or a count and ends no name.
 *
 * @example
 * ```ts
 * import { isCountedAccusative } from "./morphology.js" // internal to src/entities
 * isCountedAccusative("هدفا") // true
 * isCountedAccusative("هدف") // false
 * ```
 */
export const isCountedAccusative = (word: string): boolean => {
  if (word.length < 4 || !word.endsWith("ا")) return false
  const sense = matchUnitWords([word], 0)?.sense
  return sense !== undefined && !sense.definite && sense.number === "sg"
}

/**
 * Whether a normalized word is a counted noun in the indefinite dual ("هدفين", "يومين",
 * "جنديان"): "وسجل رونالدو هدفين" counts goals, it names no one.
 *
 * @example
 * ```ts
 * import { isCountedDual } from "./morphology.js" // internal to src/entities
 * isCountedDual("هدفين") // true
 * isCountedDual("حسنين") // false
 * ```
 */
export const isCountedDual = (word: string): boolean => {
  if (word.length < 4 || !(word.endsWith("ين") || word.endsWith("ان"))) return false
  const sense = matchUnitWords([word], 0)?.sense
  return sense !== undefined && !sense.definite && sense.number === "du"
}
