import { claimRoles } from "../numbers/token-roles.js"
import { ORDINAL_PREFIX, ORDINAL_TEN, ORDINAL_UNIT } from "../numbers/lexicon.js"
import type { Tokens } from "../numbers/tokens.js"
import { AGO, DAY_WORD, MODIFIERS, MONTH_WORD, MONTHS, RELATIVE, WEEKDAY_DEFINITE, YEAR_PREP, YEAR_WORD } from "./lexicon.js"

/**
 * Role bit: a date modifier (مطلع, منتصف, أواخر). The R_* bits say what a word can start.
 *
 * @example
 * ```ts
 * (dateRoles(tokenize("مطلع"), 0) & R_MODIFIER) !== 0 // true
 * ```
 */
export const R_MODIFIER = 1
/**
 * Role bit: starts a relative expression (أمس, الأسبوع الماضي).
 *
 * @example
 * ```ts
 * (dateRoles(tokenize("أمس"), 0) & R_RELATIVE) !== 0 // true
 * ```
 */
export const R_RELATIVE = 2
/**
 * Role bit: "قبل" or "منذ" before a duration.
 *
 * @example
 * ```ts
 * (dateRoles(tokenize("قبل"), 0) & R_AGO) !== 0 // true
 * ```
 */
export const R_AGO = 4
/**
 * Role bit: a weekday, or "يوم" before one.
 *
 * @example
 * ```ts
 * (dateRoles(tokenize("الخميس"), 0) & R_WEEKDAY) !== 0 // true
 * ```
 */
export const R_WEEKDAY = 8
/**
 * Role bit: "شهر" before a month name.
 *
 * @example
 * ```ts
 * (dateRoles(tokenize("شهر"), 0) & R_MONTH_WORD) !== 0 // true
 * ```
 */
export const R_MONTH_WORD = 16
/**
 * Role bit: the first word of a month name.
 *
 * @example
 * ```ts
 * (dateRoles(tokenize("أيلول"), 0) & R_MONTH) !== 0 // true
 * ```
 */
export const R_MONTH = 32
/**
 * Role bit: a year word (عام, العام, سنة).
 *
 * @example
 * ```ts
 * (dateRoles(tokenize("عام"), 0) & R_YEAR_WORD) !== 0 // true
 * ```
 */
export const R_YEAR_WORD = 64
/**
 * Role bit: a preposition before a bare year (في, منذ, خلال).
 *
 * @example
 * ```ts
 * dateRoles(tokenize("في"), 0) === R_PREP // true
 * ```
 */
export const R_PREP = 128
/**
 * Role bit: an ordinal day word (الأول, العشرين).
 *
 * @example
 * ```ts
 * (dateRoles(tokenize("العشرين"), 0) & R_ORDINAL) !== 0 // true
 * ```
 */
export const R_ORDINAL = 256

const SHIFT = claimRoles(
  [
    [MODIFIERS.keys(), R_MODIFIER],
    [RELATIVE.keys(), R_RELATIVE],
    [AGO.keys(), R_AGO],
    [WEEKDAY_DEFINITE.keys(), R_WEEKDAY],
    [DAY_WORD, R_WEEKDAY],
    [MONTH_WORD.keys(), R_MONTH_WORD],
    [MONTHS.keys(), R_MONTH],
    [YEAR_WORD.keys(), R_YEAR_WORD],
    [YEAR_PREP, R_PREP],
    [[...ORDINAL_UNIT.keys(), ...ORDINAL_TEN.keys(), ...ORDINAL_PREFIX.keys()], R_ORDINAL]
  ],
  9
)

/**
 * What the word at token `i` can start, as R_* bits (0 for most words), with or without
 * proclitics: the tokenizer reads them once a word, and they tell the date finder which matchers
 * to try.
 *
 * @example
 * ```ts
 * (dateRoles(tokenize("مطلع"), 0) & R_MODIFIER) !== 0 // true
 * ```
 */
export const dateRoles = (t: Tokens, i: number): number => (t.roles[i]! >>> SHIFT) & 511
