/**
 * Relative date expressions. `unit` and `offset` say how to resolve them from the publication
 * date (أمس = day −1, العام الماضي = year −1); `unit: null` marks expressions that cannot be
 * resolved to one calendar period (السنوات الأخيرة, اليوم التالي).
 *
 * @example
 * ```ts
 * const e: RelativeExpression = { phrase: "أمس", unit: "day", offset: -1 }
 * ```
 */
export interface RelativeExpression {
  readonly phrase: string
  readonly unit: "day" | "week" | "month" | "year" | null
  readonly offset: number
}

const PAST = ["الماضي", "المنصرم", "الفائت", "السابق"]
const NEXT = ["المقبل", "القادم"]
const THIS = ["الجاري", "الحالي"]
const fem = (w: string): string => w + "ة"

const period = (noun: string, unit: "week" | "month" | "year", feminine = false): Array<RelativeExpression> => [
  ...PAST.map((a) => ({ phrase: `${noun} ${feminine ? fem(a) : a}`, unit, offset: -1 })),
  ...NEXT.map((a) => ({ phrase: `${noun} ${feminine ? fem(a) : a}`, unit, offset: 1 })),
  ...THIS.map((a) => ({ phrase: `${noun} ${feminine ? fem(a) : a}`, unit, offset: 0 })),
  { phrase: `${feminine ? "هذه" : "هذا"} ${noun}`, unit, offset: 0 },
  { phrase: `${noun} ${feminine ? "التالية" : "التالي"}`, unit: null, offset: 1 }
]

const vague = (nouns: ReadonlyArray<string>, adjectives: ReadonlyArray<string>): Array<RelativeExpression> =>
  nouns.flatMap((n) => adjectives.map((a) => ({ phrase: `${n} ${a}`, unit: null, offset: 0 })))

/**
 * Every relative expression, as written.
 *
 * @example
 * ```ts
 * RELATIVE_EXPRESSIONS.find((e) => e.phrase === "العام الماضي") // { unit: "year", offset: -1, … }
 * ```
 */
export const RELATIVE_EXPRESSIONS: ReadonlyArray<RelativeExpression> = [
  { phrase: "أمس", unit: "day", offset: -1 },
  { phrase: "الأمس", unit: "day", offset: -1 },
  { phrase: "البارحة", unit: "day", offset: -1 },
  { phrase: "أول أمس", unit: "day", offset: -2 },
  { phrase: "أول من أمس", unit: "day", offset: -2 },
  { phrase: "أمس الأول", unit: "day", offset: -2 },
  { phrase: "اليوم", unit: "day", offset: 0 },
  { phrase: "الليلة", unit: "day", offset: 0 },
  { phrase: "الليلة الماضية", unit: "day", offset: -1 },
  { phrase: "ليلة أمس", unit: "day", offset: -1 },
  { phrase: "غدا", unit: "day", offset: 1 },
  { phrase: "الغد", unit: "day", offset: 1 },
  // alone only before a weekday ("غد الخميس"; "غد أفضل" is no date), see find.ts
  { phrase: "غد", unit: "day", offset: 1 },
  { phrase: "يوم الغد", unit: "day", offset: 1 },
  { phrase: "يوم غد", unit: "day", offset: 1 },
  { phrase: "صباح غد", unit: "day", offset: 1 },
  { phrase: "مساء غد", unit: "day", offset: 1 },
  { phrase: "ظهر غد", unit: "day", offset: 1 },
  { phrase: "فجر غد", unit: "day", offset: 1 },
  { phrase: "بعد غد", unit: "day", offset: 2 },
  { phrase: "اليوم التالي", unit: null, offset: 1 },
  { phrase: "اليوم السابق", unit: null, offset: -1 },
  ...period("الأسبوع", "week"),
  ...period("الشهر", "month"),
  ...period("العام", "year"),
  ...period("السنة", "year", true),
  ...vague(["الأيام", "الأسابيع", "الأشهر", "الشهور", "السنوات", "الأعوام", "السنين", "العقود", "الساعات", "الفترة", "المرحلة", "الآونة"], [
    "الماضية", "الأخيرة", "المقبلة", "القادمة", "المنصرمة", "القليلة الماضية", "القليلة المقبلة", "القليلة القادمة"
  ]),
  ...vague(["العقد", "القرن"], ["الماضي", "المقبل", "الحالي", "الجاري"]),
  ...vague(["اليومين", "الأسبوعين", "الشهرين", "العامين", "السنتين"], ["الماضيين", "المقبلين", "القادمين", "الأخيرين"])
]

/**
 * Words before a duration that make it a point in time: "قبل يومين" (−2 days), "منذ ثلاثة أشهر"
 * (−3 months: the point the time counts from). "بعد أسبوعين" is left to the quantities: it
 * usually counts from an event in the story, not from publication.
 *
 * @example
 * ```ts
 * new Map(AGO_WORDS).get("منذ") // -1
 * ```
 */
export const AGO_WORDS: ReadonlyArray<readonly [string, -1 | 1]> = [
  ["قبل", -1],
  ["منذ", -1]
]

/**
 * Period nouns that, bare after a modifier, mean the current period: "منذ مطلع العام", "حتى نهاية
 * الشهر", "مع نهاية الأسبوع". Followed by an adjective of their own ("نهاية العام الدراسي") they are
 * another period and are left alone.
 *
 * @example
 * ```ts
 * new Map(CURRENT_PERIODS_AFTER_MODIFIER).get("العام") // "year"
 * ```
 */
export const CURRENT_PERIODS_AFTER_MODIFIER: ReadonlyArray<readonly [string, "week" | "month" | "year"]> = [
  ["العام", "year"],
  ["السنة", "year"],
  ["الشهر", "month"],
  ["الأسبوع", "week"]
]

/**
 * Adjectives that stand for a month counted from publication when they follow a day number alone
 * (Egyptian and Gulf style: "يوم 22 الجاري" = the 22nd of this month, "في 3 الماضي" = of last month).
 *
 * @example
 * ```ts
 * new Map(BARE_MONTH_ADJECTIVES).get("الجاري") // 0
 * ```
 */
export const BARE_MONTH_ADJECTIVES: ReadonlyArray<readonly [string, -1 | 0 | 1]> = [
  ["الجاري", 0],
  ["الحالي", 0],
  ["الماضي", -1],
  ["المنصرم", -1],
  ["المقبل", 1],
  ["القادم", 1]
]
