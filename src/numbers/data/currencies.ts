/**
 * Currencies as written in Arabic news. A base word ("دينار") names a currency family; an
 * agreeing nationality adjective ("عراقي", "عراقية", "العراقي") picks the ISO 4217 code. When the
 * adjective is missing, `iso` is used if the word is unambiguous (دولار → USD, يورو → EUR);
 * otherwise the extractor looks for country cues in the text (see {@link CURRENCY_CUES}).
 *
 * @example
 * ```ts
 * CURRENCY_FAMILIES.find((f) => f.token === "dinar")!.adjectives[0] // ["عراقي", "IQD"]
 * ```
 */
export interface CurrencyFamily {
  /** English token used as unit when the ISO code cannot be told ("dinar"). */
  readonly token: string
  /** Singular forms (accusative and dual are derived). */
  readonly sg: ReadonlyArray<string>
  /** Plural forms. */
  readonly pl: ReadonlyArray<string>
  /** ISO code when the bare word is unambiguous. */
  readonly iso: string | null
  /** Nationality adjective stems (masculine, ending in ي) → ISO code. */
  readonly adjectives: ReadonlyArray<readonly [string, string]>
}

/**
 * Currency families.
 *
 * @example
 * ```ts
 * CURRENCY_FAMILIES.find((f) => f.token === "euro")!.iso // "EUR"
 * ```
 */
export const CURRENCY_FAMILIES: ReadonlyArray<CurrencyFamily> = [
  {
    token: "dollar",
    sg: ["دولار"],
    pl: ["دولارات"],
    iso: "USD",
    adjectives: [["أمريكي", "USD"], ["أميركي", "USD"], ["كندي", "CAD"], ["أسترالي", "AUD"], ["سنغافوري", "SGD"], ["نيوزيلندي", "NZD"], ["تايواني", "TWD"]]
  },
  { token: "euro", sg: ["يورو", "أورو"], pl: ["يوروهات"], iso: "EUR", adjectives: [] },
  {
    token: "dinar",
    sg: ["دينار"],
    pl: ["دنانير"],
    iso: null,
    adjectives: [["عراقي", "IQD"], ["كويتي", "KWD"], ["أردني", "JOD"], ["بحريني", "BHD"], ["ليبي", "LYD"], ["تونسي", "TND"], ["جزائري", "DZD"], ["صربي", "RSD"]]
  },
  {
    token: "riyal",
    sg: ["ريال"],
    pl: ["ريالات"],
    iso: null,
    adjectives: [["سعودي", "SAR"], ["قطري", "QAR"], ["عماني", "OMR"], ["يمني", "YER"], ["إيراني", "IRR"], ["برازيلي", "BRL"]]
  },
  { token: "dirham", sg: ["درهم"], pl: ["دراهم"], iso: null, adjectives: [["إماراتي", "AED"], ["مغربي", "MAD"]] },
  {
    token: "pound",
    sg: ["جنيه"],
    pl: ["جنيهات"],
    iso: null,
    adjectives: [["مصري", "EGP"], ["إسترليني", "GBP"], ["استرليني", "GBP"], ["سوداني", "SDG"]]
  },
  { token: "lira", sg: ["ليرة"], pl: ["ليرات"], iso: null, adjectives: [["لبناني", "LBP"], ["سوري", "SYP"], ["تركي", "TRY"]] },
  { token: "toman", sg: ["تومان"], pl: ["تومانات"], iso: "IRT", adjectives: [["إيراني", "IRT"]] },
  { token: "yuan", sg: ["يوان", "رنمينبي"], pl: [], iso: "CNY", adjectives: [["صيني", "CNY"]] },
  { token: "ruble", sg: ["روبل"], pl: ["روبلات"], iso: "RUB", adjectives: [["روسي", "RUB"]] },
  { token: "yen", sg: ["ين"], pl: [], iso: "JPY", adjectives: [["ياباني", "JPY"]] },
  { token: "rupee", sg: ["روبية"], pl: ["روبيات"], iso: null, adjectives: [["هندي", "INR"], ["باكستاني", "PKR"], ["إندونيسي", "IDR"], ["سريلانكي", "LKR"]] },
  { token: "shekel", sg: ["شيكل", "شيقل", "شاقل"], pl: ["شواكل", "شيكلات", "شيقلات"], iso: "ILS", adjectives: [] },
  { token: "franc", sg: ["فرنك"], pl: ["فرنكات"], iso: null, adjectives: [["سويسري", "CHF"], ["أفريقي", "XOF"], ["غيني", "GNF"]] },
  { token: "peso", sg: ["بيزو"], pl: ["بيزوات"], iso: null, adjectives: [["مكسيكي", "MXN"], ["أرجنتيني", "ARS"], ["فلبيني", "PHP"]] },
  { token: "won", sg: ["وون"], pl: [], iso: "KRW", adjectives: [["كوري", "KRW"]] },
  { token: "ouguiya", sg: ["أوقية موريتانية"], pl: [], iso: "MRU", adjectives: [] },
  { token: "bitcoin", sg: ["بيتكوين", "بتكوين"], pl: [], iso: null, adjectives: [] },
  // the Algerian and Moroccan press count large sums in centimes ("50 مليار سنتيم" = 500 million dinars)
  { token: "centime", sg: ["سنتيم"], pl: ["سنتيمات"], iso: null, adjectives: [] },
  // subunits: the sum stays in them, as printed ("20 سنتا" is 20 cents, not 0.2 of a currency
  // the text may not name)
  { token: "cent", sg: ["سنت"], pl: ["سنتات"], iso: null, adjectives: [] },
  { token: "fils", sg: ["فلس"], pl: [], iso: null, adjectives: [] },
  { token: "piastre", sg: ["قرش"], pl: ["قروش"], iso: null, adjectives: [] },
  { token: "halala", sg: ["هللة"], pl: ["هللات"], iso: null, adjectives: [] },
  { token: "baisa", sg: ["بيسة"], pl: ["بيسات"], iso: null, adjectives: [] },
  { token: "millime", sg: ["مليم"], pl: ["مليمات"], iso: null, adjectives: [] }
]

/**
 * Currency abbreviations in Arabic letters, written after the number ("20 ألف دج", "500 ر.س"),
 * as normalized by the `match` profile. "د.إ" (UAE dirham) and "د.أ" (Jordanian dinar) read alike
 * as "د.ا": the hamza as printed tells them apart, and without one the dirham is taken.
 *
 * @example
 * ```ts
 * new Map(CURRENCY_ABBREVIATIONS).get("ر.س") // "SAR"
 * ```
 */
export const CURRENCY_ABBREVIATIONS: ReadonlyArray<readonly [string, string]> = [
  ["دج", "DZD"],
  ["د.ج", "DZD"],
  ["د.ك", "KWD"],
  ["د.ب", "BHD"],
  ["د.ت", "TND"],
  ["د.ع", "IQD"],
  ["د.ل", "LYD"],
  ["د.م", "MAD"],
  ["ر.س", "SAR"],
  ["ر.ق", "QAR"],
  ["ر.ع", "OMR"],
  ["ر.ي", "YER"],
  ["ج.م", "EGP"],
  ["ل.ل", "LBP"],
  ["ل.س", "SYP"],
  ["ل.ت", "TRY"],
  ["د.إ", "AED"],
  ["د.ا", "AED"]
]

/**
 * Currency symbols and ISO codes written in Latin letters, before or after the number.
 *
 * @example
 * ```ts
 * new Map(CURRENCY_SYMBOLS).get("$") // "USD"
 * ```
 */
export const CURRENCY_SYMBOLS: ReadonlyArray<readonly [string, string]> = [
  ["$", "USD"],
  ["€", "EUR"],
  ["£", "GBP"],
  ["usd", "USD"],
  ["eur", "EUR"],
  ["gbp", "GBP"],
  ["sar", "SAR"],
  ["aed", "AED"],
  ["qar", "QAR"],
  ["kwd", "KWD"],
  ["egp", "EGP"],
  ["iqd", "IQD"],
  ["jod", "JOD"],
  ["mad", "MAD"],
  ["tnd", "TND"],
  ["dzd", "DZD"],
  ["lbp", "LBP"],
  ["try", "TRY"],
  ["cny", "CNY"],
  ["jpy", "JPY"],
  ["chf", "CHF"]
]

/**
 * Country cues for families without a default: words whose presence in the text makes one
 * currency of the family likely (Baghdad → IQD for "دينار"). A nationality adjective written
 * after the currency word elsewhere in the text ("ريال عماني") counts far more than a cue.
 *
 * @example
 * ```ts
 * new Map(CURRENCY_CUES).get("IQD")!.includes("بغداد") // true
 * ```
 */
export const CURRENCY_CUES: ReadonlyArray<readonly [string, ReadonlyArray<string>]> = [
  ["IQD", ["العراق", "العراقي", "العراقية", "عراقي", "بغداد", "البصرة", "الموصل", "أربيل", "كردستان", "ديالى", "النجف", "كربلاء", "الأنبار", "كركوك", "شفق"]],
  ["KWD", ["الكويت", "الكويتي", "الكويتية", "كويتي"]],
  ["JOD", ["الأردن", "الأردني", "الأردنية", "أردني", "عمان", "الزرقاء", "إربد", "المملكة"]],
  ["BHD", ["البحرين", "البحريني", "البحرينية", "المنامة", "المملكة"]],
  ["LYD", ["ليبيا", "الليبي", "الليبية", "ليبي", "طرابلس", "بنغازي", "مصراتة", "الدبيبة"]],
  ["TND", ["تونس", "التونسي", "التونسية", "تونسي", "صفاقس", "سوسة"]],
  ["DZD", ["الجزائر", "الجزائري", "الجزائرية", "جزائري", "وهران", "قسنطينة"]],
  ["SAR", ["السعودية", "السعودي", "سعودي", "الرياض", "جدة", "مكة", "الدمام", "المملكة", "الحرمين", "المدينة المنورة", "نيوم"]],
  ["QAR", ["قطر", "القطري", "القطرية", "قطري", "الدوحة"]],
  ["OMR", ["عمان", "العماني", "العمانية", "عماني", "مسقط", "السلطنة", "صلالة"]],
  ["YER", ["اليمن", "اليمني", "اليمنية", "يمني", "صنعاء", "عدن", "الحوثيين", "الحوثي", "تعز", "الحديدة"]],
  ["IRR", ["إيران", "الإيراني", "الإيرانية", "إيراني", "طهران"]],
  ["AED", ["الإمارات", "الإماراتي", "الإماراتية", "إماراتي", "دبي", "أبوظبي", "الشارقة"]],
  ["MAD", ["المغرب", "المغربي", "المغربية", "مغربي", "الرباط", "البيضاء", "طنجة", "مراكش", "المملكة"]],
  ["EGP", ["مصر", "المصري", "المصرية", "مصري", "القاهرة", "الإسكندرية", "الجيزة"]],
  ["SDG", ["السودان", "السوداني", "السودانية", "الخرطوم", "دارفور"]],
  ["GBP", ["بريطانيا", "البريطاني", "البريطانية", "لندن", "إنجلترا", "المملكة المتحدة"]],
  ["LBP", ["لبنان", "اللبناني", "اللبنانية", "لبناني", "بيروت"]],
  ["SYP", ["سوريا", "سورية", "السوري", "السورية", "سوري", "دمشق", "حلب"]],
  ["TRY", ["تركيا", "التركي", "التركية", "تركي", "أنقرة", "إسطنبول"]],
  ["INR", ["الهند", "الهندي", "الهندية", "نيودلهي"]],
  ["PKR", ["باكستان", "الباكستاني", "الباكستانية", "إسلام آباد"]],
  ["CHF", ["سويسرا", "السويسري", "السويسرية", "جنيف", "زيورخ"]]
]

/**
 * Words that turn to another subject in the sentence ("… 12 مليار دينار، فيما خصصت الكويت 24
 * مليار دينار كويتي"): a currency cue on the other side of one of them weighs less for an amount.
 *
 * @example
 * ```ts
 * CURRENCY_CUE_BARRIERS.includes("فيما") // true
 * ```
 */
export const CURRENCY_CUE_BARRIERS: ReadonlyArray<string> = ["فيما", "بينما", "حين", "مقابل", "أما", "وأما", "بالمقابل"]
