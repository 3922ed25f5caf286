import type { QuantityKind } from "../../model/vocabulary.js"

/**
 * A unit word or phrase and the English token it maps to. `sg` forms get their accusative
 * ("مترا") and, unless `dual` is false, their dual ("مترين", "ساعتين") derived; `pl` forms are
 * used as written; all get their definite form ("الأيام"). In phrases ("درجة مئوية") only the
 * first word is inflected; the following words match whatever their agreement ending.
 *
 * @example
 * ```ts
 * const e: UnitEntry = { unit: "km", kind: "measure", sg: ["كيلومتر"], pl: ["كيلومترات"] }
 * ```
 */
export interface UnitEntry {
  readonly unit: string
  readonly kind: QuantityKind
  readonly sg: ReadonlyArray<string>
  readonly pl?: ReadonlyArray<string>
  /** Forms used exactly as written (no inflection, no article). */
  readonly exact?: ReadonlyArray<string>
  /** Derive the dual from the singular (default true). */
  readonly dual?: boolean
}

/**
 * Durations.
 *
 * @example
 * ```ts
 * DURATION_UNITS[0] // { unit: "day", kind: "duration", sg: ["يوم"], pl: ["أيام"] }
 * ```
 */
export const DURATION_UNITS: ReadonlyArray<UnitEntry> = [
  { unit: "day", kind: "duration", sg: ["يوم"], pl: ["أيام"] },
  { unit: "week", kind: "duration", sg: ["أسبوع"], pl: ["أسابيع"] },
  { unit: "month", kind: "duration", sg: ["شهر"], pl: ["أشهر", "شهور"] },
  { unit: "year", kind: "duration", sg: ["سنة", "عام"], pl: ["سنوات", "سنين", "أعوام", "سنينا"] },
  { unit: "hour", kind: "duration", sg: ["ساعة"], pl: ["ساعات"] },
  { unit: "minute", kind: "duration", sg: ["دقيقة"], pl: ["دقائق"] },
  { unit: "second", kind: "duration", sg: ["ثانية"], pl: ["ثوان", "ثواني", "ثوانٍ"] },
  { unit: "decade", kind: "duration", sg: ["عقد"], pl: ["عقود"] },
  { unit: "century", kind: "duration", sg: ["قرن"], pl: ["قرون"] },
  { unit: "night", kind: "duration", sg: ["ليلة"], pl: ["ليال", "ليالي", "ليالٍ"] }
]

/**
 * Percentages and points.
 *
 * @example
 * ```ts
 * PERCENT_UNITS[0]!.exact!.includes("بالمئة") // true
 * ```
 */
export const PERCENT_UNITS: ReadonlyArray<UnitEntry> = [
  {
    unit: "percent",
    kind: "percent",
    sg: [],
    exact: ["%", "بالمئة", "بالمائة", "بالمية", "بالميه", "في المئة", "في المائة", "في المية", "في الميه", "المئة", "المائة", "بالمئه", "بالمائه", "percent", "pct"]
  },
  { unit: "percentage_point", kind: "percent", sg: ["نقطة مئوية"], pl: ["نقاط مئوية"] },
  { unit: "per_mille", kind: "percent", sg: [], exact: ["بالألف", "في الألف", "‰"] }
]

/**
 * Measures (English tokens: SI symbols where common, else names).
 *
 * @example
 * ```ts
 * MEASURE_UNITS.find((e) => e.unit === "MW")!.sg.includes("ميغاواط") // true
 * ```
 */
export const MEASURE_UNITS: ReadonlyArray<UnitEntry> = [
  { unit: "km2", kind: "measure", sg: ["كيلومتر مربع", "كيلو متر مربع", "كلم مربع", "كم مربع"], pl: ["كيلومترات مربعة"] },
  { unit: "km_per_hour", kind: "measure", sg: ["كيلومتر في الساعة", "كلم في الساعة", "كم في الساعة", "كيلومترا في الساعة"], pl: ["كيلومترات في الساعة"], exact: ["كم/س", "كلم/س", "كم/ساعة", "كلم/ساعة", "كم/سا", "كلم/سا"] },
  { unit: "km", kind: "measure", sg: ["كيلومتر", "كيلو متر", "كلم"], pl: ["كيلومترات"], exact: ["كم", "km"] },
  { unit: "m2", kind: "measure", sg: ["متر مربع"], pl: ["أمتار مربعة", "مترات مربعة"] },
  { unit: "m3", kind: "measure", sg: ["متر مكعب"], pl: ["أمتار مكعبة", "مترات مكعبة"] },
  { unit: "m", kind: "measure", sg: ["متر"], pl: ["أمتار"], exact: ["م"] },
  { unit: "cm", kind: "measure", sg: ["سنتيمتر", "سنتمتر", "سنتيمترا"], pl: ["سنتيمترات", "سنتمترات"], exact: ["سم", "cm"] },
  { unit: "mm", kind: "measure", sg: ["مليمتر", "ملليمتر", "ميليمتر"], pl: ["مليمترات", "ملليمترات"], exact: ["ملم", "مم", "mm"] },
  { unit: "ton", kind: "measure", sg: ["طن"], pl: ["أطنان"] },
  { unit: "kg", kind: "measure", sg: ["كيلوغرام", "كيلوجرام", "كيلو غرام", "كيلو"], pl: ["كيلوغرامات", "كيلوجرامات"], exact: ["كغ", "كلغ", "كجم", "kg"] },
  { unit: "g", kind: "measure", sg: ["غرام", "جرام", "جرام"], pl: ["غرامات", "جرامات"], exact: ["غ"] },
  { unit: "boe", kind: "measure", sg: ["برميل مكافئ نفطي", "برميل مكافئ نفط", "برميل نفط مكافئ", "برميل مكافئ"], pl: ["براميل مكافئ نفط"] },
  { unit: "barrel", kind: "measure", sg: ["برميل نفط", "برميل"], pl: ["براميل"] },
  { unit: "MWh", kind: "measure", sg: ["ميغاواط ساعة", "ميجاوات ساعة", "ميغاوات ساعة"], dual: false },
  { unit: "kWh", kind: "measure", sg: ["كيلوواط ساعة", "كيلووات ساعة"], dual: false },
  { unit: "GW", kind: "measure", sg: ["غيغاواط", "جيجاوات", "غيغاوات", "جيجاواط", "غيغا واط"], pl: ["غيغاواطات"], dual: false },
  { unit: "MW", kind: "measure", sg: ["ميغاواط", "ميغاوات", "ميجاوات", "ميجاواط", "ميغا واط", "ميجا وات"], pl: ["ميغاواطات", "ميجاوات"], dual: false, exact: ["mw"] },
  { unit: "kW", kind: "measure", sg: ["كيلوواط", "كيلووات", "كيلو واط"], pl: ["كيلوواطات"], dual: false },
  { unit: "liter", kind: "measure", sg: ["لتر", "ليتر"], pl: ["لترات", "ليترات"] },
  { unit: "hectare", kind: "measure", sg: ["هكتار"], pl: ["هكتارات"] },
  { unit: "dunam", kind: "measure", sg: ["دونم"], pl: ["دونمات"] },
  { unit: "feddan", kind: "measure", sg: ["فدان"], pl: ["أفدنة", "فدادين"] },
  { unit: "ft3", kind: "measure", sg: ["قدم مكعب"], pl: ["أقدام مكعبة"] },
  { unit: "foot", kind: "measure", sg: ["قدم"], pl: ["أقدام"] },
  { unit: "nautical_mile", kind: "measure", sg: ["ميل بحري"], pl: ["أميال بحرية"] },
  { unit: "knot", kind: "measure", sg: ["عقدة"], pl: ["عقدات"] },
  { unit: "mile", kind: "measure", sg: ["ميل"], pl: ["أميال"] },
  { unit: "inch", kind: "measure", sg: ["بوصة", "إنش"], pl: ["بوصات", "إنشات"] },
  { unit: "richter", kind: "measure", sg: ["درجة على مقياس ريختر", "درجة بمقياس ريختر"], pl: ["درجات على مقياس ريختر", "درجات بمقياس ريختر"] },
  { unit: "fahrenheit", kind: "measure", sg: ["درجة فهرنهايت"], pl: ["درجات فهرنهايت"] },
  { unit: "celsius", kind: "measure", sg: ["درجة مئوية", "درجة حرارة", "درجة"], pl: ["درجات مئوية", "درجات"] },
  { unit: "basis_point", kind: "measure", sg: ["نقطة أساس"], pl: ["نقاط أساس"] },
  { unit: "ounce", kind: "measure", sg: ["أونصة", "أوقية", "اونصة"], pl: ["أونصات", "أوقيات"] },
  { unit: "megabit", kind: "measure", sg: ["ميغابت", "ميجابت"], dual: false },
  { unit: "gigabyte", kind: "measure", sg: ["غيغابايت", "جيجابايت"], dual: false }
]

/**
 * Rate suffixes after a unit ("برميل يوميا" → barrel_per_day). Counts and measures become
 * measures with the suffix; money, durations and percentages are left as they are (the suffix is
 * not part of their span). Yearly and monthly rates ("سنويا") are not folded into the unit.
 *
 * @example
 * ```ts
 * new Map(RATE_SUFFIXES).get("يوميا") // "_per_day"
 * ```
 */
export const RATE_SUFFIXES: ReadonlyArray<readonly [string, string]> = [
  ["يوميا", "_per_day"],
  ["في اليوم", "_per_day"],
  ["باليوم", "_per_day"]
]
