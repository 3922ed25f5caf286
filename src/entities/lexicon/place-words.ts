/**
 * One-word place names that are also everyday Arabic words, with the context that shows the word
 * is meant: a noun before its own adjective or complement ("العقبة الأساسية", the main obstacle;
 * "حماة الدستور", the guardians of the constitution), or an adjective after the noun it
 * describes ("الحذاء الرمادي", the grey shoe; "السماء الزرقاء", the blue sky). Written as printed;
 * normalized at load.
 */

/**
 * Places whose name is also a noun: before a definite word that is not a nationality or a
 * direction ("العقبة الكبرى", "الحلة الجديدة", "حماة الديار"), the noun is meant.
 *
 * @example
 * ```ts
 * import { PLACES_ALSO_NOUNS } from "./place-words.js" // internal to src/entities
 * PLACES_ALSO_NOUNS.includes("العقبة") // true
 * ```
 */
export const PLACES_ALSO_NOUNS: ReadonlyArray<string> = ["العقبة", "حماة", "الحلة", "الرقة"]

/**
 * Places whose name is also an adjective: right after a definite noun ("اللون الرمادي", "السماء
 * الزرقاء", "الطريق الأقصر"), the adjective is meant.
 *
 * @example
 * ```ts
 * import { PLACES_ALSO_ADJECTIVES } from "./place-words.js" // internal to src/entities
 * PLACES_ALSO_ADJECTIVES.includes("الرمادي") // true
 * ```
 */
export const PLACES_ALSO_ADJECTIVES: ReadonlyArray<string> = ["الرمادي", "الزرقاء", "السويداء", "الأقصر", "المنصورة"]

/**
 * Adjectives of direction and extent that follow a place's name without making it a noun ("ريف
 * حماة الشمالي", "الرقة الشرقية").
 *
 * @example
 * ```ts
 * import { DIRECTION_ADJECTIVES } from "./place-words.js" // internal to src/entities
 * DIRECTION_ADJECTIVES.includes("الشمالي") // true
 * ```
 */
export const DIRECTION_ADJECTIVES: ReadonlyArray<string> = [
  "الشمالي", "الشمالية", "الجنوبي", "الجنوبية", "الشرقي", "الشرقية", "الغربي", "الغربية", "الأوسط", "الوسطى",
  "القديمة", "القديم"
]
