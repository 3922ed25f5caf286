/**
 * Words around a number that make it a name, a label or a clock time rather than a quantity.
 */

/**
 * A number right after these is a label ("القرار 1701", "المادة 5", "الفورمولا 1", "إف 16").
 *
 * @example
 * ```ts
 * LABEL_WORDS.includes("القرار") // true: "القرار 1701" is not a quantity
 * ```
 */
export const LABEL_WORDS: ReadonlyArray<string> = [
  "القرار", "قرار", "المادة", "مادة", "الفصل", "فصل", "البند", "بند", "الفقرة", "فقرة", "رقم", "الرقم", "القانون", "قانون", "المرسوم", "مرسوم",
  "الفورمولا", "فورمولا", "بوينغ", "بوينج", "إيرباص", "ايرباص", "طراز", "الطراز", "موديل", "إف", "اف", "إكس", "اكس", "سو", "ميغ", "ميج", "تي", "بي", "إس", "اس", "كوفيد",
  "الطريق", "طريق", "شارع", "الشارع", "مبنى", "المبنى", "الغرفة", "غرفة", "الصفحة", "صفحة", "الدقيقة", "الساعة", "الدقيقتين", "الساعتين", "المادتين", "الشوط", "الحلقة", "حلقة",
  "الجيل", "آيفون", "ايفون", "جالاكسي", "النسخة", "الإصدار", "الخط", "السطر", "الكتيبة", "اللواء", "الفرقة", "الفيلق", "المنطقة",
  "الحي", "البلوك", "المربع", "الكيلو", "الكيلومتر", "البوابة", "بوابة", "القاعة", "الرصيف", "المقعد", "الجولة", "الأسبوع", "المرحلة",
  "الحزمة", "الآية", "سورة", "الجناح", "القطاع", "الملف", "القضية", "ملف", "القمة", "قمة", "مجموعة", "المجموعة", "تويوتا",
  "الإسطبل", "الفئة", "البطاقة", "الكود", "كود", "المحور", "الصنف", "ريختر", "المستوى", "مستوى", "درجة", "الدرجة", "الترتيب", "المركز", "المرتبة",
  "عيار", "العيار", "الطابق", "طابق", "الرحلة", "رحلة", "الساخن", "البريدي", "الرمز"
]

/**
 * Labels of a model whose name may come between them and its number: "من طراز شاهد 136",
 * "طراز سوخوي 35" (one word between, and no unit after the number).
 *
 * @example
 * ```ts
 * MODEL_LABEL_WORDS.includes("طراز") // true
 * ```
 */
export const MODEL_LABEL_WORDS: ReadonlyArray<string> = ["طراز", "الطراز", "موديل", "طرازات"]

/**
 * Labels whose number may come a few words later: "القرار الأممي 2216", "قرار مجلس الأمن 2254"
 * (the words between are definite or listed in {@link LABEL_GAP_WORDS}).
 *
 * @example
 * ```ts
 * DISTANT_LABEL_WORDS.includes("القرار") // true
 * ```
 */
export const DISTANT_LABEL_WORDS: ReadonlyArray<string> = ["القرار", "قرار", "القرارين", "قراري"]

/**
 * Indefinite words that may stand between a distant label and its number ("قرار مجلس الأمن رقم 2254").
 *
 * @example
 * ```ts
 * LABEL_GAP_WORDS.includes("مجلس") // true
 * ```
 */
export const LABEL_GAP_WORDS: ReadonlyArray<string> = ["مجلس", "رقم"]

/**
 * A number followed by these is a clock time ("10 صباحا", "8 مساء").
 *
 * @example
 * ```ts
 * TIME_AFTER.includes("صباحا") // true: "10 صباحا" is a time
 * ```
 */
export const TIME_AFTER: ReadonlyArray<string> = [
  "صباحا", "صباح", "مساء", "مساءا", "ظهرا", "فجرا", "ليلا", "عصرا", "بتوقيت", "ص", "غرينتش", "غرينيتش", "gmt", "am", "pm"
]

/**
 * Names followed by a regnal ordinal ("عبد الله الثاني"), which is not a quantity.
 *
 * @example
 * ```ts
 * REGNAL_NAMES.includes("عبدالله") // true: "عبدالله الثاني"
 * ```
 */
export const REGNAL_NAMES: ReadonlyArray<string> = [
  "عبدالله", "الله", "محمد", "الحسن", "الحسين", "حمد", "فيصل", "تشارلز", "إليزابيث", "اليزابيث", "بولس", "بنديكت", "فيليب", "لويس",
  "هنري", "جورج", "إدوارد", "خوان", "كارلوس", "فيلهلم", "نيقولا", "بطرس", "يوحنا", "رمسيس", "ويليام", "وليام", "فرانسيس", "ليو", "لاوون",
  "فرنسيس", "بنديكتوس", "بندكتس", "شنودة", "تواضروس", "كيرلس", "أغناطيوس", "فريدريك", "هارالد", "غوستاف", "فيليبي", "فيكتور",
  "إيمانويل", "ريتشارد", "جيمس"
]

/**
 * A definite word before an ordinal that is not its noun ("الساعة العاشرة" is a time).
 *
 * @example
 * ```ts
 * ORDINAL_BLOCKERS.includes("الساعة") // true: "الساعة العاشرة"
 * ```
 */
export const ORDINAL_BLOCKERS: ReadonlyArray<string> = ["الساعة", "الساعه", "مجموعة", "المجموعة", "قمة", "القمة"]

/**
 * A number right after these is the base of a rate, not a count ("5 وفيات لكل ألف مولود").
 *
 * @example
 * ```ts
 * RATE_BASE_BEFORE.includes("لكل") // true
 * ```
 */
export const RATE_BASE_BEFORE: ReadonlyArray<string> = ["لكل", "ولكل", "مقابل كل"]

/**
 * Prepositions of a count's end point, after a count noun (`COUNT_HEADS` in qualifiers.ts):
 * "ارتفع عدد القتلى إلى 2000", "وصلت حصيلة الضحايا إلى 1950" — the number is that count, not a year.
 *
 * @example
 * ```ts
 * COUNT_END_PREPOSITIONS.includes("إلى") // true
 * ```
 */
export const COUNT_END_PREPOSITIONS: ReadonlyArray<string> = ["إلى", "الى", "لنحو"]

/**
 * Words after a feminine ordinal that make it a clock time: "العاشرة والنصف", "السابعة والربع"
 * ("إلا" is left out: "المركز الثالث إلا أن …" is a rank).
 *
 * @example
 * ```ts
 * CLOCK_FRACTIONS.includes("والنصف") // true
 * ```
 */
export const CLOCK_FRACTIONS: ReadonlyArray<string> = ["والنصف", "والربع", "والثلث"]
