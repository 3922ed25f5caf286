/**
 * Head nouns of place and organization names, and how the patterns use them. Written as printed;
 * normalized at load. These complete `triggers.json`: its `place_heads` and `org_heads` are added
 * with the defaults below.
 */

/**
 * Place heads whose following name is a place. With `withHead` the head is part of the name
 * ("مطار بغداد الدولي", "إقليم كردستان"); without it the mention is the name only ("محافظة ديالى"
 * → ديالى), as a gazetteer would list it.
 */
export const PLACE_HEADS: ReadonlyArray<{ readonly head: string; readonly withHead: boolean; readonly weak?: boolean }> = [
  { head: "مدينة", withHead: false },
  { head: "مدينتي", withHead: false },
  { head: "محافظة", withHead: false },
  { head: "محافظتي", withHead: false },
  { head: "ولاية", withHead: false },
  { head: "قضاء", withHead: false },
  { head: "ناحية", withHead: false },
  { head: "بلدة", withHead: false },
  { head: "بلدتي", withHead: false },
  { head: "قرية", withHead: false },
  { head: "قريتي", withHead: false },
  { head: "مخيم", withHead: false },
  { head: "حي", withHead: false },
  { head: "جزيرة", withHead: false },
  { head: "جزر", withHead: false },
  { head: "العاصمة", withHead: false, weak: true },
  { head: "عاصمة", withHead: false, weak: true },
  { head: "منطقة", withHead: false, weak: true },
  { head: "مناطق", withHead: false, weak: true },
  { head: "إقليم", withHead: true },
  { head: "مطار", withHead: true },
  { head: "قاعدة", withHead: true },
  { head: "ميناء", withHead: true },
  { head: "مرفأ", withHead: true },
  { head: "معبر", withHead: true },
  { head: "سجن", withHead: true },
  { head: "جبل", withHead: true },
  { head: "جبال", withHead: true },
  { head: "نهر", withHead: true },
  { head: "بحر", withHead: true },
  { head: "خليج", withHead: true },
  { head: "مضيق", withHead: true },
  { head: "صحراء", withHead: true },
  { head: "سهل", withHead: true },
  { head: "وادي", withHead: true },
  { head: "ساحة", withHead: true, weak: true },
  { head: "شارع", withHead: true },
  { head: "جسر", withHead: true },
  { head: "مستشفى", withHead: true },
  { head: "ملعب", withHead: true },
  { head: "استاد", withHead: true },
  { head: "سد", withHead: true },
  { head: "حقل", withHead: true },
  { head: "مصفاة", withHead: true },
  { head: "محطة", withHead: true, weak: true }
]

/**
 * Organization heads after which a descriptive noun phrase is the organization's name, with the
 * head: "وزارة الخارجية الأميركية", "جهاز مكافحة الإرهاب العراقي", "مجلس النواب", "هيئة النزاهة".
 */
export const ORG_PHRASE_HEADS: ReadonlyArray<string> = [
  "وزارة", "جهاز", "هيئة", "مجلس", "حزب", "حركة", "منظمة", "وكالة", "جامعة", "اتحاد", "مفوضية", "محكمة",
  "قيادة", "مديرية", "خلية", "رئاسة", "ديوان", "مصرف", "بنك", "صندوق", "جمعية", "نقابة", "تنظيم", "جماعة",
  "تحالف", "ائتلاف", "تيار", "جبهة", "كتلة", "مؤسسة", "شركة", "مجموعة", "أكاديمية", "معهد", "لجنة",
  "مكتب", "أمانة", "قوات", "حرس", "شرطة", "بعثة", "نيابة", "بورصة", "نادي", "صحيفة", "قناة", "شبكة",
  "إذاعة", "مجلة"
]

/**
 * Organization heads that are also everyday nouns — verbal nouns ("تنظيم" organizing, "قيادة"
 * leading) or plain collectives ("قوات" forces, "خلية" cell) — so that one definite word after
 * them is usually a description ("قوات التحالف", "قيادة التنظيم", "تنظيم استخدام المياه"), not a
 * name. After these, a descriptive phrase names an organization only with two definite words
 * ("قوات الدعم السريع", "قيادة العمليات المشتركة"), a known place or organization, or a
 * nationality ("قوات الأمن العراقية").
 */
export const WEAK_ORG_PHRASE_HEADS: ReadonlyArray<string> = ["تنظيم", "قيادة", "قوات", "خلية"]

/**
 * Company and media heads after which a foreign proper name follows without the head being part
 * of it ("شركة توتال" → توتال, `شبكة "صوت أمريكا"` → صوت أمريكا). After other heads (حزب,
 * تحالف) an indefinite word is rather an adjective ("تحالف بحري"); they take quoted names only.
 */
export const ORG_NAME_HEADS: ReadonlyArray<string> = [
  "شركة", "شركتا", "شركتي", "شركات", "مجموعة", "بنك", "مصرف", "وكالة", "صحيفة", "صحيفتي", "قناة", "شبكة",
  "إذاعة", "مجلة", "موقع", "مطعم", "مطاعم", "سلسلة", "سلاسل", "علامة", "ماركة", "نادي", "مصنع", "مصانع",
  "فندق", "منصة", "تطبيق"
]

/**
 * Words that show a sentence is about companies or brands, so that quoted names listed after
 * "مثل" / "منها" are organizations (`شركات عالمية مثل "سينابون" و"برجر كينج"`).
 */
export const COMPANY_CONTEXT: ReadonlyArray<string> = [
  "شركة", "شركات", "الشركات", "الشركة", "شركتي", "مطاعم", "المطاعم", "سلاسل", "سلسلة", "علامات", "العلامات",
  "علامة", "ماركات", "الماركات", "بنوك", "البنوك", "مصارف", "المصارف", "صحف", "الصحف", "قنوات", "القنوات",
  "وكالات", "الوكالات", "منظمات", "المنظمات", "مواقع", "منصات", "المنصات", "تطبيقات", "مجموعات", "المجموعات",
  "مصانع", "فنادق", "الفنادق", "أحزاب", "الأحزاب", "فصائل", "الفصائل", "جماعات", "الجماعات", "أندية",
  "الأندية", "مؤسسات", "المؤسسات", "منتجات", "براندات", "التجارية"
]

/** Words that introduce the examples of a list ("مثل", "منها", "بينها", "كـ"). */
export const LIST_INTRODUCERS: ReadonlyArray<string> = ["مثل", "منها", "بينها", "أبرزها", "كبرى"]

/**
 * Adjectives that, right after a definite organization head, mark an institution's name when a
 * complement with ل follows: "الهيئة العامة للإحصاء", "المجلس الأعلى للقضاء", "النقابة الوطنية
 * للصحفيين التونسيين", "المفوضية العليا المستقلة للانتخابات".
 */
export const INSTITUTION_ADJECTIVES: ReadonlyArray<string> = [
  "العام", "العامة", "الوطني", "الوطنية", "الأعلى", "العليا", "الدولي", "الدولية", "العربي", "العربية", "الاتحادي",
  "الاتحادية", "المستقل", "المستقلة", "المركزي", "المركزية", "الإسلامي", "الإسلامية", "القومي", "القومية",
  "الأوروبي", "الأوروبية", "الأفريقي", "الأفريقية", "الخليجي", "الخليجية", "السامية", "السامي", "الملكي", "الملكية"
]

/**
 * Place heads of facilities and streets that are often named after a person: with a title and
 * the person's name after them, the whole phrase is the place ("مسجد السيدة نفيسة", "شارع الملك
 * فهد", "مستشفى الملك فيصل التخصصي"), not a mention of the person. Shrines (ضريح, مقام, مرقد) are
 * left out: there the person is the point ("مقام الإمام الرضا").
 *
 * @example
 * ```ts
 * import { PERSON_NAMED_PLACE_HEADS } from "./heads.js" // internal to src/entities
 * PERSON_NAMED_PLACE_HEADS.includes("مسجد") // true
 * ```
 */
export const PERSON_NAMED_PLACE_HEADS: ReadonlyArray<string> = [
  "مسجد", "جامع", "شارع", "ميدان", "ساحة", "مستشفى", "مطار", "ملعب", "استاد", "جسر", "قاعة", "مدينة", "حي", "طريق", "كوبري"
]

/**
 * Heads that name an institution only in the frame "ال + head + institution adjective + a
 * complement with ل" ("المركز الوطني للأرصاد", "الإدارة العامة للتعليم", "الدائرة الحكومية
 * للإعلام"); elsewhere they are plain nouns ("مركز المدينة", "إدارة الأزمة").
 *
 * @example
 * ```ts
 * import { INSTITUTION_ONLY_HEADS } from "./heads.js" // internal to src/entities
 * INSTITUTION_ONLY_HEADS.includes("مركز") // true
 * ```
 */
export const INSTITUTION_ONLY_HEADS: ReadonlyArray<string> = ["مركز", "إدارة", "دائرة", "مصلحة", "مرصد", "سلطة", "مديرية", "مجمع"]

/**
 * Adjectives that describe an organization rather than name it, so that they end its name:
 * "حزب الوفد السابق" (the former party, or its former head), "هيئة الدفاع الجديدة".
 *
 * @example
 * ```ts
 * import { ORG_DESCRIPTIVE_ADJECTIVES } from "./heads.js" // internal to src/entities
 * ORG_DESCRIPTIVE_ADJECTIVES.includes("السابق") // true
 * ```
 */
export const ORG_DESCRIPTIVE_ADJECTIVES: ReadonlyArray<string> = [
  "السابق", "السابقة", "الجديد", "الجديدة", "الحالي", "الحالية", "المقبل", "المقبلة", "الماضي", "الماضية", "المعارض", "المعارضة",
  "المنحل", "المنحلة", "المحظور", "المحظورة", "الحاكم", "الحاكمة", "المنتهية", "المؤقت", "المؤقتة",
  // participles that place or relate it: "شرطة … الواقعة وسط جاوا", "مجلس الأمن المؤلف من", "الشركة التابعة لـ"
  "الواقع", "الواقعة", "المؤلف", "المؤلفة", "المكون", "المكونة", "التابع", "التابعة", "المعني", "المعنية",
  "المختص", "المختصة", "المكلف", "المكلفة", "المرافق", "المرافقة", "الموالي", "الموالية", "المدعوم", "المدعومة",
  "المنبثق", "المنبثقة", "المسؤول", "المسؤولة", "النافذ", "النافذة", "المذكور", "المذكورة"
]

/**
 * Nouns after "حركة" that make it the movement or traffic of something, not a political
 * movement: "حركة السير", "حركة الملاحة", "حركة النزوح", "حركة التجارة". Given without the article.
 *
 * @example
 * ```ts
 * import { FLOW_NOUNS } from "./heads.js" // internal to src/entities
 * FLOW_NOUNS.includes("الملاحة".slice(2)) // true
 * ```
 */
export const FLOW_NOUNS: ReadonlyArray<string> = [
  "سير", "مرور", "ملاحة", "تجارة", "نزوح", "قطارات", "طيران", "أسواق", "بيع", "شراء", "تنقل", "أموال", "سفن",
  "ركاب", "بضائع", "استيراد", "تصدير", "أسعار", "سياحة", "عبور", "ناقلات", "شحن", "نقل", "هجرة", "لجوء", "عودة",
  "تداول", "تداولات", "سيولة", "مسافرين", "حافلات", "سيارات", "أسهم", "رياح", "مياه", "أجسام", "جسم", "أرض",
  "نجوم", "كواكب", "مبيعات", "إنتاج", "احتجاجات", "احتجاج", "تظاهرات", "مظاهرات", "دخول", "خروج", "مواطنين",
  "سكان", "لاجئين", "مرضى", "زوار", "حجاج", "معتمرين", "رحلات", "سفر", "مال", "إقلاع", "هبوط", "ترانزيت"
]

/**
 * Nouns that end in ـية like a nisba adjective ("الدولية") but are not adjectives, so that they
 * do not go on an organization's name after its first definite word: "أحالت نيابة أمن الدولة
 * العليا القضية" ends before القضية. Given without the article.
 *
 * @example
 * ```ts
 * import { NOUNS_LIKE_NISBA } from "./heads.js" // internal to src/entities
 * NOUNS_LIKE_NISBA.includes("قضية") // true
 * ```
 */
export const NOUNS_LIKE_NISBA: ReadonlyArray<string> = [
  "قضية", "ضحية", "هدية", "بقية", "وصية", "رعية", "أغلبية", "غالبية", "أقلية", "حرية", "عملية", "اتفاقية", "ميزانية",
  "هوية", "رؤية", "تسوية", "تغطية", "توصية", "أولوية", "مسؤولية", "إمكانية", "آلية", "نظرية", "عضوية", "قرية",
  "ناحية", "زاوية", "ولاية", "رواية", "غاية", "نهاية", "بداية", "تنمية", "تربية", "توعية", "تعزية",
  "تصفية", "تلبية", "تقوية", "تنقية", "تحلية", "تعرية",
  "بنية", "نية", "مزية", "حماية", "رعاية", "دعاية", "تحية"
]

/**
 * First words of construct place names, which take any word after them ("عين عيسى", "بيت أمر",
 * "كفر قاسم", "خان شيخون", "أبو ديس", "بني سهيلا", "البو عجيل"): after a place head such as قرية or بلدة the
 * name is the two words, even when the second is a given name or an ordinary noun.
 *
 * @example
 * ```ts
 * import { PLACE_NAME_FIRST_WORDS } from "./heads.js" // internal to src/entities
 * PLACE_NAME_FIRST_WORDS.includes("عين") // true
 * ```
 */
export const PLACE_NAME_FIRST_WORDS: ReadonlyArray<string> = [
  "عين", "بيت", "كفر", "دير", "تل", "رأس", "بئر", "بير", "خان", "قصر", "حمام", "سيدي", "برج", "خربة", "مزرعة",
  "أم", "أبو", "بني", "بنو", "عرب", "جسر", "باب", "مرج", "سوق", "قلعة", "بنت", "نهر", "وادي", "جبل", "ظهر", "بطن",
  "تلة", "عيون", "آبار", "قرى",
  // Iraqi tribal villages: "البو عجيل", "البو نمر"
  "البو"
]
