import type { Approx } from "../../model/vocabulary.js"

/**
 * A qualifier phrase and what it says about the number next to it.
 *
 * @example
 * ```ts
 * const q: Qualifier = { phrase: "نحو", approx: "about" }
 * ```
 */
export interface Qualifier {
  readonly phrase: string
  readonly approx: Approx
  /** Only counts when the number has a unit ("حتى 5 سنوات", not "حتى 2020"). */
  readonly needsUnit?: boolean
}

/**
 * Qualifiers written before the number, possibly with "الـ" in between ("ما يقارب الـ 3.4
 * مليار"). Proclitics on the first word are allowed ("بنحو", "لأكثر من").
 *
 * @example
 * ```ts
 * QUALIFIERS_BEFORE.find((q) => q.phrase === "ما لا يقل عن")!.approx // "at_least"
 * ```
 */
export const QUALIFIERS_BEFORE: ReadonlyArray<Qualifier> = [
  ...["نحو", "حوالي", "حوالى", "قرابة", "زهاء", "ما يقارب", "ما يقرب من", "ما يناهز", "يقارب", "تقارب", "يقاربان", "قارب", "قاربت", "يناهز", "تناهز", "ناهز", "ناهزت", "في حدود", "تقريبا", "ما يقدر ب", "ما يعادل تقريبا"].map(
    (phrase): Qualifier => ({ phrase, approx: "about" })
  ),
  ...[
    "أكثر من", "ما يزيد على", "ما يزيد عن", "ما يربو على", "يربو على", "أزيد من", "يزيد على", "يزيد عن", "تزيد على", "تزيد عن",
    "يتجاوز", "تتجاوز", "تجاوز", "تجاوزت", "ما يتجاوز", "يفوق", "تفوق", "فاق", "فاقت", "ما يفوق", "تخطى", "تخطت", "يتخطى", "تتخطى", "تعدى", "يتعدى", "تتعدى",
    "أكثر بقليل من", "ما ينيف على", "ينيف على", "يربو عن", "ما يربو عن"
  ].map((phrase): Qualifier => ({ phrase, approx: "more_than" })),
  { phrase: "فوق", approx: "more_than", needsUnit: true },
  { phrase: "ما فوق", approx: "more_than", needsUnit: true },
  ...["أقل من", "ما يقل عن", "يقل عن", "تقل عن", "ما دون", "أقل بقليل من"].map((phrase): Qualifier => ({ phrase, approx: "less_than" })),
  { phrase: "دون", approx: "less_than", needsUnit: true },
  ...["ما لا يقل عن", "لا يقل عن", "لا تقل عن", "على الأقل", "بحد أدنى", "كحد أدنى"].map((phrase): Qualifier => ({ phrase, approx: "at_least" })),
  ...[
    "لا يتجاوز", "لا تتجاوز", "ما لا يتجاوز", "لا يزيد على", "لا يزيد عن", "لا تزيد على", "لا تزيد عن", "ما لا يزيد على", "ما لا يزيد عن",
    "على الأكثر", "بحد أقصى", "كحد أقصى", "لا يتعدى", "لا تتعدى", "ما لا يتعدى",
    // the negated past: "لم يتجاوز 20 شخصا" is at most 20
    "لم يتجاوز", "لم تتجاوز", "لم يزد على", "لم يزد عن", "لم تزد على", "لم تزد عن", "لم يتعد", "لم تتعد", "لم يتخط", "لم تتخط",
    // "ما يصل إلى 5000": up to ("ليصل إلى 50 قتيلا", reaching, is left exact)
    "ما يصل إلى", "ما تصل إلى"
  ].map((phrase): Qualifier => ({ phrase, approx: "at_most" })),
  { phrase: "حتى", approx: "at_most", needsUnit: true }
]

/**
 * Qualifiers written after the number and its unit ("10 أشخاص على الأقل").
 *
 * @example
 * ```ts
 * QUALIFIERS_AFTER.find((q) => q.phrase === "على الأقل")!.approx // "at_least"
 * ```
 */
export const QUALIFIERS_AFTER: ReadonlyArray<Qualifier> = [
  { phrase: "تقريبا", approx: "about" },
  { phrase: "على وجه التقريب", approx: "about" },
  { phrase: "على الأقل", approx: "at_least" },
  { phrase: "على أقل تقدير", approx: "at_least" },
  { phrase: "في أقل تقدير", approx: "at_least" },
  { phrase: "بأقل تقدير", approx: "at_least" },
  { phrase: "بحد أدنى", approx: "at_least" },
  { phrase: "أو أكثر", approx: "at_least" },
  { phrase: "فأكثر", approx: "at_least" },
  { phrase: "فما فوق", approx: "at_least" },
  { phrase: "كحد أدنى", approx: "at_least" },
  { phrase: "على الأكثر", approx: "at_most" },
  { phrase: "كحد أقصى", approx: "at_most" },
  { phrase: "بحد أقصى", approx: "at_most" },
  { phrase: "على أكثر تقدير", approx: "at_most" },
  { phrase: "في أكثر تقدير", approx: "at_most" },
  { phrase: "ونيف", approx: "more_than" },
  { phrase: "ونيّف", approx: "more_than" }
]

/**
 * Words that open a range "بين 10 و15".
 *
 * @example
 * ```ts
 * RANGE_OPENERS // ["بين", "ما بين"]
 * ```
 */
export const RANGE_OPENERS: ReadonlyArray<string> = ["بين", "ما بين"]

/**
 * Words between the two ends of a range ("10 إلى 15", "من 3 حتى 5", "3 أو 4").
 *
 * @example
 * ```ts
 * RANGE_LINKS.includes("إلى") // true: "3 إلى 5"
 * ```
 */
export const RANGE_LINKS: ReadonlyArray<string> = ["إلى", "الى", "حتى", "أو", "لـ"]

/**
 * Verbs and nouns of change: after them "من X إلى Y" is a change between two values, not a
 * range ("ارتفع التضخم من 3 إلى 5 بالمئة").
 *
 * @example
 * ```ts
 * CHANGE_WORDS.includes("ارتفع") // true
 * ```
 */
export const CHANGE_WORDS: ReadonlyArray<string> = [
  "ارتفع", "ارتفعت", "يرتفع", "ترتفع", "ارتفاع", "ارتفاعه", "ارتفاعها", "انخفض", "انخفضت", "ينخفض", "تنخفض", "انخفاض", "تراجع", "تراجعت",
  "يتراجع", "تتراجع", "زاد", "زادت", "زيادة", "زيادتها", "صعد", "صعدت", "يصعد", "تصعد", "هبط", "هبطت", "يهبط", "تهبط", "قفز", "قفزت", "يقفز", "تقفز",
  "خفض", "خفضت", "يخفض", "تخفض", "تخفيض", "رفع", "رفعت", "يرفع", "ترفع", "نما", "نمت", "ينمو", "تنمو", "نمو", "تقلص", "تقلصت", "يتقلص",
  "تضاعف", "تضاعفت", "تغير", "تغيرت", "صعود", "هبوط", "تحسن", "تحسنت", "تدهور", "تدهورت", "خفضه", "رفعه", "ارتفعا", "انخفضا"
]

/**
 * A noun phrase before the number gives the unit: "نسبة 5" → percent.
 *
 * @example
 * ```ts
 * new Map(UNIT_BEFORE).get("نسبة") // "percent"
 * ```
 */
export const UNIT_BEFORE: ReadonlyArray<readonly [string, string]> = [
  ["نسبة", "percent"],
  ["بنسبة", "percent"]
]

/**
 * Words that, within the clause before a unit-less number, say what it counts: "بعدما كان عدد
 * القواعد 12" → base; "ارتفعت حصيلة القتلى إلى 50" → killed.
 *
 * @example
 * ```ts
 * COUNT_HEADS.includes("عدد") // true
 * ```
 */
export const COUNT_HEADS: ReadonlyArray<string> = ["عدد", "أعداد", "حصيلة", "إجمالي", "مجموع"]

/**
 * A word right before a number (or before its qualifier) that settles an ambiguous unit after
 * it: "زلزال بقوة 6.2 درجات" is a magnitude on the Richter scale, not a temperature.
 *
 * @example
 * ```ts
 * UNIT_SENSE_BEFORE[0]!.to.unit // "richter"
 * ```
 */
export const UNIT_SENSE_BEFORE: ReadonlyArray<{ readonly before: string; readonly from: string; readonly to: { readonly unit: string; readonly kind: "measure" } }> = [
  { before: "بقوة", from: "celsius", to: { unit: "richter", kind: "measure" } }
]

/**
 * A unit read otherwise when words of a field stand in its sentence: "هدف" is a goal in a match
 * report but a target in "قصف الجيش أكثر من مئة هدف"; "أوقية" is an ounce of gold, but the
 * Mauritanian currency (ouguiya, MRU) in a sentence about Mauritania that names no metal. The cues
 * (and the words in `unless`, which keep the first reading) are compared without proclitics,
 * within the sentence. `to` is a count token, or an ISO 4217 code when `money` is set.
 *
 * @example
 * ```ts
 * UNIT_SENSE_IN_SENTENCE[0]!.to // "target"
 * ```
 */
export const UNIT_SENSE_IN_SENTENCE: ReadonlyArray<{
  readonly from: string
  readonly to: string
  readonly money?: boolean
  readonly cues: ReadonlyArray<string>
  readonly unless?: ReadonlyArray<string>
}> = [
  {
    from: "goal",
    to: "target",
    cues: [
      "قصف", "قصفت", "يقصف", "تقصف", "غارة", "غارات", "الغارات", "ضربة", "ضربات", "الضربات", "استهدف", "استهدفت", "يستهدف", "تستهدف",
      "صاروخ", "صواريخ", "الصواريخ", "طائرات", "الطائرات", "مسيرة", "مسيرات", "المسيرات", "الجيش", "جيش", "عسكري", "عسكرية", "العسكرية",
      "دمر", "دمرت", "تدمير", "هاجم", "هاجمت", "هجمات", "الهجمات", "قصفا", "المدفعية", "الحوثيين", "الحوثي", "حزب"
    ]
  },
  {
    from: "celsius",
    to: "richter",
    cues: ["زلزال", "الزلزال", "زلزالا", "هزة", "الهزة", "هزات", "الهزات", "ارتدادية", "زلازل", "الزلازل", "ريختر"],
    unless: ["حرارة", "الحرارة", "حرارته", "الطقس", "مئوية"]
  },
  {
    from: "ounce",
    to: "MRU",
    money: true,
    cues: [
      "موريتانيا", "الموريتانية", "الموريتاني", "موريتانية", "موريتاني", "الموريتانيين", "نواكشوط", "نواذيبو", "الغزواني",
      "ميزانية", "الميزانية", "رواتب", "الرواتب", "راتب", "تمويل", "غرامة", "قرض", "ضرائب", "الضرائب"
    ],
    unless: ["ذهب", "الذهب", "فضة", "الفضة", "البلاتين", "بلاتين", "المعدن", "النفيس", "المعادن", "الذهبية", "سبائك", "عيار", "بورصة", "البورصة", "البلاديوم"]
  }
]

/**
 * Verbs (and their verbal nouns) right before a unit-less number, or before a number of "others",
 * that say what it counts, with a noun of that unit: "قتل 5 وأصيب 12 آخرون" counts 5 killed and
 * 12 wounded; "مقتل 7 وإصابة 10 آخرين" 7 killed and 10 wounded.
 *
 * @example
 * ```ts
 * new Map(VERB_COUNTS).get("قتل") // "قتيل"
 * ```
 */
export const VERB_COUNTS: ReadonlyArray<readonly [string, string]> = [
  ["قتل", "قتيل"],
  ["قتلت", "قتيل"],
  ["استشهد", "قتيل"],
  ["أصيب", "جريح"],
  ["أصيبت", "جريح"],
  ["جرح", "جريح"],
  ["جرحت", "جريح"],
  ["مقتل", "قتيل"],
  ["إصابة", "جريح"]
]

/**
 * Verbs that qualify a number with their subject between them ("تخطى عدد القتلى 100 شخص", "لم
 * تتجاوز نسبة البطالة 10 في المئة", "تقل الكلفة عن 5 ملايين"): the verb forms, the preposition
 * before the number when the verb takes one, and what they mean plain and negated (لم, لا).
 *
 * @example
 * ```ts
 * VERB_QUALIFIERS[0]!.approx // "more_than"
 * ```
 */
export const VERB_QUALIFIERS: ReadonlyArray<{
  readonly verbs: ReadonlyArray<string>
  readonly prepositions?: ReadonlyArray<string>
  readonly approx: Approx
  readonly negated?: Approx
}> = [
  {
    verbs: ["تجاوز", "تجاوزت", "يتجاوز", "تتجاوز", "تخطى", "تخطت", "يتخطى", "تتخطى", "فاق", "فاقت", "يفوق", "تفوق", "تعدى", "تعدت", "يتعدى", "تتعدى", "يتعد", "تتعد", "يتخط", "تتخط"],
    approx: "more_than",
    negated: "at_most"
  },
  { verbs: ["ناهز", "ناهزت", "يناهز", "تناهز", "قارب", "قاربت", "يقارب", "تقارب"], approx: "about" },
  { verbs: ["زاد", "زادت", "يزيد", "تزيد", "يزد", "تزد"], prepositions: ["على", "عن"], approx: "more_than", negated: "at_most" },
  { verbs: ["قل", "قلت", "يقل", "تقل"], prepositions: ["عن"], approx: "less_than", negated: "at_least" }
]

/**
 * First words of the subject a {@link VERB_QUALIFIERS} verb may have before its number ("عدد
 * القتلى", "نسبة البطالة", "الكلفة").
 *
 * @example
 * ```ts
 * QUANTITY_SUBJECTS.includes("عدد") // true
 * ```
 */
export const QUANTITY_SUBJECTS: ReadonlyArray<string> = [
  "عدد", "العدد", "نسبة", "النسبة", "قيمة", "القيمة", "حجم", "الحجم", "حصيلة", "الحصيلة", "إجمالي", "مجموع", "معدل", "المعدل", "سعر", "السعر",
  "أسعار", "الأسعار", "كلفة", "الكلفة", "تكلفة", "التكلفة", "عجز", "العجز", "الدين", "ديون", "الديون", "الخسائر", "خسائر", "الإيرادات", "إيرادات",
  "الصادرات", "صادرات", "الواردات", "واردات", "المبلغ", "مبلغ", "الرقم", "رصيد", "الرصيد", "مستوى", "المستوى"
]
