import type { DateModifier } from "../../model/vocabulary.js"

/**
 * Words before a date that place it within its period ("مطلع آذار", "أواخر العام 2021").
 *
 * @example
 * ```ts
 * new Map(DATE_MODIFIERS).get("أواخر") // "late"
 * ```
 */
export const DATE_MODIFIERS: ReadonlyArray<readonly [string, DateModifier]> = [
  ["مطلع", "early"],
  ["أوائل", "early"],
  ["بداية", "early"],
  ["بدايات", "early"],
  ["مستهل", "early"],
  ["مطالع", "early"],
  ["منتصف", "mid"],
  ["أواسط", "mid"],
  ["أواخر", "late"],
  ["نهاية", "late"],
  ["نهايات", "late"],
  ["أخريات", "late"],
  ["ختام", "late"],
  ["متم", "late"]
]

/**
 * Plural year words that head a list of years ("خلال الأعوام 2015 و2016 و2017", "السنوات
 * 2019-2021"): one year each. Before a single year they are left alone ("السنوات 1990" may
 * name the decade).
 *
 * @example
 * ```ts
 * PLURAL_YEAR_WORDS.includes("السنوات") // true: "السنوات 2019 و2020" is two years
 * ```
 */
export const PLURAL_YEAR_WORDS: ReadonlyArray<string> = ["الأعوام", "الاعوام", "السنوات", "السنين"]

/**
 * Words that introduce a year and belong to the date phrase ("عام 2014", "العام 2017", "سنة 2022"),
 * with the dual and the plural before a list ("عامي 2019 و2020", "الأعوام 2015 و2016").
 *
 * @example
 * ```ts
 * YEAR_WORDS.includes("العام") // true: "العام 2017" is one date
 * ```
 */
export const YEAR_WORDS: ReadonlyArray<string> = ["عام", "العام", "سنة", "السنة", "عامي", "العامين", "موسم", "الموسم", ...PLURAL_YEAR_WORDS]

/**
 * Words that introduce a bare year without being part of it ("في 2019", "منذ 2011"): the year
 * must then be 1900–2100 and not followed by a unit ("في 2000 هجوم" is not a date).
 *
 * @example
 * ```ts
 * YEAR_PREPOSITIONS.includes("منذ") // true: "منذ 2011" → the year 2011
 * ```
 */
export const YEAR_PREPOSITIONS: ReadonlyArray<string> = [
  "في", "منذ", "خلال", "حتى", "من", "إلى", "الى", "بين", "قبل", "بعد", "حتي", "بحلول", "ربيع", "صيف", "خريف", "شتاء", "موازنة", "ميزانية",
  // Maghrebi "until" ("إلى غاية 2026", "لغاية 2026"), and events named by their year
  "غاية", "لغاية", "انتخابات", "الانتخابات"
]

/**
 * Words before a day number that make it a date when a month counted from publication follows
 * without "من" ("في 22 الشهر الجاري", "يوم 5 الشهر الماضي"); elsewhere a number before "الشهر
 * الماضي" may count something ("قتل 12 الشهر الماضي"). A weekday before the day does too.
 *
 * @example
 * ```ts
 * DAY_CONTEXT.includes("في") // true: "في 22 الشهر الجاري" is the 22nd of this month
 * ```
 */
export const DAY_CONTEXT: ReadonlyArray<string> = [
  "في", "يوم", "حتى", "حتي", "منذ", "بتاريخ", "تاريخ", "بحلول", "قبل", "بعد", "غاية", "لغاية", "صباح", "مساء", "ليلة", "فجر", "ظهر"
]

/**
 * Words of starting before "من" and a day number that make it a date ("اعتبارا من 22 الشهر
 * الجاري", "ابتداء من 5 الجاري"); "من" alone may start a count ("ارتفع من 22 إلى 30").
 *
 * @example
 * ```ts
 * STARTING_FROM_WORDS.includes("اعتبارا") // true
 * ```
 */
export const STARTING_FROM_WORDS: ReadonlyArray<string> = ["اعتبارا", "اعتباراً", "ابتداء", "ابتداءً", "بدءا", "بدءاً", "انطلاقا", "انطلاقاً"]

/**
 * Words before a bare month name that make it a date ("في مارس", not "مارس الضغط").
 *
 * @example
 * ```ts
 * MONTH_CONTEXT.includes("في") // true: "في مارس" is a month, "مارس الضغط" is not
 * ```
 */
export const MONTH_CONTEXT: ReadonlyArray<string> = [
  "في", "خلال", "منذ", "حتى", "من", "إلى", "الى", "بحلول", "قبل", "بعد", "شهر", "شهري", "مطلع", "أوائل", "بداية", "منتصف", "أواسط",
  "أواخر", "نهاية", "طيلة", "طوال", "أشهر", "الشهر"
]

/**
 * Month names that are also common words: they need context to be read as months alone.
 *
 * @example
 * ```ts
 * AMBIGUOUS_MONTHS.includes("مارس") // true
 * ```
 */
export const AMBIGUOUS_MONTHS: ReadonlyArray<string> = ["مارس", "ماي", "آب", "أب", "نيسان", "جوان"]

/**
 * Hijri month names that are also names or words ("رمضان", "صفر").
 *
 * @example
 * ```ts
 * AMBIGUOUS_HIJRI_MONTHS.includes("رمضان") // true
 * ```
 */
export const AMBIGUOUS_HIJRI_MONTHS: ReadonlyArray<string> = ["محرم", "صفر", "رجب", "شعبان", "رمضان", "شوال", "المحرم"]

/**
 * Adjectives after a month or weekday that say which occurrence is meant; not part of the span.
 *
 * @example
 * ```ts
 * new Map(DIRECTION_WORDS).get("المقبل") // 1
 * ```
 */
export const DIRECTION_WORDS: ReadonlyArray<readonly [string, -1 | 0 | 1]> = [
  ["الماضي", -1],
  ["الماضية", -1],
  ["المنصرم", -1],
  ["الفائت", -1],
  ["المقبل", 1],
  ["المقبلة", 1],
  ["القادم", 1],
  ["القادمة", 1],
  ["الجاري", 0],
  ["الحالي", 0]
]

/**
 * Era markers after a year.
 *
 * @example
 * ```ts
 * GREGORIAN_ERA.includes("م") // true: "2014م"
 * ```
 */
export const GREGORIAN_ERA: ReadonlyArray<string> = ["م", "ميلادي", "ميلادية", "للميلاد", "ميلاديا"]
/**
 * Hijri markers after a year (هـ is ه after normalization).
 *
 * @example
 * ```ts
 * HIJRI_ERA.includes("للهجرة") // true
 * ```
 */
export const HIJRI_ERA: ReadonlyArray<string> = ["ه", "هـ", "هجري", "هجرية", "للهجرة", "هجريا"]

/**
 * Day words before a date that belong to it ("يوم الخميس", "يوم 15 مارس").
 *
 * @example
 * ```ts
 * DAY_WORDS // ["يوم"]: "يوم الخميس"
 * ```
 */
export const DAY_WORDS: ReadonlyArray<string> = ["يوم"]

/**
 * "الموافق" links a weekday or a Hijri date to the same day in another calendar.
 *
 * @example
 * ```ts
 * EQUIVALENCE_WORDS.includes("الموافق") // true
 * ```
 */
export const EQUIVALENCE_WORDS: ReadonlyArray<string> = ["الموافق", "الموافقة", "الموافقه"]

/**
 * Definite words after "اليوم" that make it "the day" rather than "today".
 *
 * @example
 * ```ts
 * TODAY_BLOCKERS.includes("نفسه") // true: "اليوم نفسه" is not today
 * ```
 */
export const TODAY_BLOCKERS: ReadonlyArray<string> = ["نفسه", "ذاته", "ذلك", "الذي", "التي", "عينه"]

/**
 * English ordinal suffixes ("8th").
 *
 * @example
 * ```ts
 * ENGLISH_ORDINAL_SUFFIXES.includes("th") // true: "8th, August 2023"
 * ```
 */
export const ENGLISH_ORDINAL_SUFFIXES: ReadonlyArray<string> = ["st", "nd", "rd", "th"]

/**
 * Words that introduce a month and belong to the date ("شهر فبراير").
 *
 * @example
 * ```ts
 * MONTH_WORDS.includes("شهر") // true
 * ```
 */
export const MONTH_WORDS: ReadonlyArray<string> = ["شهر", "الشهر"]

/**
 * Separators allowed between the parts of a date ("15 مارس، 2019", "الخميس، 17/12/2024").
 *
 * @example
 * ```ts
 * DATE_SEPARATORS.includes("،") // true
 * ```
 */
export const DATE_SEPARATORS: ReadonlyArray<string> = [",", "،"]

/**
 * Words after "قبل يومين" that tie it to an event of the story ("قبل يومين من الانتخابات").
 *
 * @example
 * ```ts
 * NARRATIVE_ANCHORS.includes("من") // true
 * ```
 */
export const NARRATIVE_ANCHORS: ReadonlyArray<string> = ["من", "على", "عن"]

/**
 * Words before "اليوم" that make it "the day" ("في ذلك اليوم", "ذات اليوم").
 *
 * @example
 * ```ts
 * TODAY_PREVIOUS_BLOCKERS.includes("ذلك") // true
 * ```
 */
export const TODAY_PREVIOUS_BLOCKERS: ReadonlyArray<string> = ["في", "ذلك", "هذا", "ذات", "نفس", "ذاك", "كل"]

/**
 * Words before "الاثنين" that make it "the two", not Monday ("بين الاثنين").
 *
 * @example
 * ```ts
 * NOT_WEEKDAY_BEFORE.includes("بين") // true
 * ```
 */
export const NOT_WEEKDAY_BEFORE: ReadonlyArray<string> = ["بين", "كلا", "هذين", "هاتين"]

/**
 * After a year-less date, the year of the story, not of publication ("24 نيسان من ذلك العام").
 *
 * @example
 * ```ts
 * SAME_YEAR_PHRASES.includes("ذلك العام") // true
 * ```
 */
export const SAME_YEAR_PHRASES: ReadonlyArray<string> = [
  "ذلك العام", "نفس العام", "العام نفسه", "العام ذاته", "تلك السنة", "نفس السنة", "السنة نفسها", "السنة ذاتها"
]

/**
 * Words before a year-less date that put it in the future ("من المقرر أن … في 15 أيار"), besides
 * the future verbs (سـ + present: "ستجرى", "سيزور") that `future.ts` reads by their shape.
 *
 * @example
 * ```ts
 * FUTURE_WORDS.includes("المقرر") // true
 * ```
 */
export const FUTURE_WORDS: ReadonlyArray<string> = [
  "المقرر", "المقررة", "مقرر", "مقررة", "المزمع", "المزمعة", "مزمع", "مزمعة", "المرتقب", "المرتقبة", "مرتقب", "مرتقبة",
  "المنتظر", "المنتظرة", "يعتزم", "تعتزم", "سوف",
  // forecasts: "ويتوقع أن يعاني السكان من الجوع حتى شباط"
  "يتوقع", "تتوقع", "يتوقعون", "المتوقع", "متوقع", "متوقعة", "يرتقب", "يترقب"
]

/**
 * Words of the shape of a present-tense verb (يـ / تـ) that are no verbs, or verbs that open
 * background on the past ("يذكر أن", "يأتي ذلك بعد"): they say nothing of when a date lies.
 *
 * @example
 * ```ts
 * NOT_PRESENT_VERBS.includes("يونيو") // true
 * ```
 */
export const NOT_PRESENT_VERBS: ReadonlyArray<string> = [
  "يناير", "يونيو", "يوليو", "يونيه", "يوليه", "تموز", "تشرين", "يوما", "يومي", "يومين", "يوميا", "يمني", "يمنية", "يهودي",
  "تونس", "تركيا", "تكريت", "تلعفر", "تدمر", "تطوان", "تبوك", "تعز", "تموين", "تحت", "تلك", "تجاه", "تلقاء", "تمام",
  "يذكر", "يشار", "يأتي", "تأتي", "يعود", "تعود", "يعتبر", "تعتبر", "يبلغ", "تبلغ", "يضم", "تضم", "يقول", "تقول", "يضيف", "تضيف"
]

/**
 * Words of the shape of a future verb (سـ + present) that are nouns or names: "سيطرة", "سيول".
 *
 * @example
 * ```ts
 * NOT_FUTURE_VERBS.includes("سيطرة") // true
 * ```
 */
export const NOT_FUTURE_VERBS: ReadonlyArray<string> = ["سيطرة", "سيطر", "سيطرت", "سيول", "سيرة", "سيدي", "ستيفن", "ستيف", "سينمائي", "سيبيريا"]

/**
 * Words between a dateline's place and its date ("القاهرة في 15 مارس 2024 /أ ش أ/ -"), besides
 * the separators ("بيروت، 15 آذار/مارس 2024 -").
 *
 * @example
 * ```ts
 * DATELINE_DATE_LINKS.includes("في") // true
 * ```
 */
export const DATELINE_DATE_LINKS: ReadonlyArray<string> = ["في", "-"]

/**
 * Heads of places named after a date: "ملعب 5 جويلية", "جامعة 6 أكتوبر", "شارع 26 يوليو",
 * "ميدان 23 يوليو" — the date after them names the place and is no date of the story.
 *
 * @example
 * ```ts
 * NAMED_AFTER_DATE_HEADS.includes("ملعب") // true
 * ```
 */
export const NAMED_AFTER_DATE_HEADS: ReadonlyArray<string> = [
  "ملعب", "استاد", "شارع", "ساحة", "ميدان", "جامعة", "مدينة", "جسر", "مستشفى", "حي", "مدرسة", "جامع", "مسجد", "محطة", "كوبري", "نفق", "مطار"
]
