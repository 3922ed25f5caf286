import outletsJson from "../entities/data/outlets.json" with { type: "json" }
import type { GazetteerEntryInput } from "../entities/schema.js"

/**
 * The page-furniture rules of the segmenter, as data. Strings are written as they appear on
 * pages; they are compared after `match` normalization (hamza, diacritics, ة/ه, ى/ي folded), at
 * the start of a line unless said otherwise. Users can pass their own rules (see `SegmentRules`).
 *
 * @example
 * ```ts
 * import { DEFAULT_SEGMENT_RULES } from "akhbar"
 * DEFAULT_SEGMENT_RULES.tagPrefixes.includes("كلمات دلالية") // true
 * ```
 */
export interface SegmentRules {
  /** Prefixes of lines that give the publication date. */
  readonly publishedPrefixes: ReadonlyArray<string>
  /**
   * Those of `publishedPrefixes` that give the date of an update: a publication date found
   * elsewhere in the header wins over them. Defaults to the list in {@link DEFAULT_SEGMENT_RULES}.
   */
  readonly updatedPrefixes?: ReadonlyArray<string>
  /** Prefixes that introduce a byline. */
  readonly bylinePrefixes: ReadonlyArray<string>
  /**
   * Labels of a staff credit that names no author ("تصوير: …", "مراجعة: …"): such a line after the
   * article's text is a credit, as a line with a byline prefix there ("المحرر: …") is a byline.
   * Defaults to the list in {@link DEFAULT_SEGMENT_RULES}.
   */
  readonly creditPrefixes?: ReadonlyArray<string>
  /** Prefixes of tag lists. */
  readonly tagPrefixes: ReadonlyArray<string>
  /** Markers of "read also" blocks: the line and what follows are another article's teaser. */
  readonly relatedMarkers: ReadonlyArray<string>
  /** Prefixes of source lines. */
  readonly sourcePrefixes: ReadonlyArray<string>
  /** Whole-line furniture: comment forms, share and like buttons, copyright. Regular expressions, matched against the `match`-normalized line (the patterns are normalized the same way). */
  readonly boilerplate: ReadonlyArray<string>
  /** News agencies and photo words that mark a bracketed credit or a byline. */
  readonly agencies: ReadonlyArray<string>
  /** Words that mark a bracketed photo credit. */
  readonly creditWords: ReadonlyArray<string>
  /**
   * Names of news outlets that are no agency (newspapers, channels, sites): a line of the header
   * that is only one of them ("إندبندنت عربية", "سكاي نيوز عربية") names the outlet, and is no
   * byline. Defaults to the outlets of the bundled gazetteer (see {@link DEFAULT_SEGMENT_RULES}).
   */
  readonly outlets?: ReadonlyArray<string>
  /** Abbreviations whose final dot does not end a sentence (without the dot). */
  readonly abbreviations: ReadonlyArray<string>
  /**
   * Words that may stand beside a date in a line that is only a date (the publication date of a page
   * without a "نشر في" label): "الثلاثاء 5 تشرين الثاني/نوفمبر 2019 - 09:12 بتوقيت غرينتش". Weekday
   * and month names are known already. Defaults to the list in {@link DEFAULT_SEGMENT_RULES}.
   */
  readonly dateLineWords?: ReadonlyArray<string>
  /**
   * Place names of several words that do not start with the article, read as a dateline before a
   * credit ("مكة المكرمة - واس", "رام الله - وفا"); other words before a dash may be a person's
   * name. Defaults to the list in {@link DEFAULT_SEGMENT_RULES}.
   */
  readonly datelinePlaces?: ReadonlyArray<string>
  /**
   * Units of a header line that gives the time since publication ("منذ 3 ساعات", "قبل يومين"): such
   * a line is the published line, with no date to read from it. Defaults to the list in
   * {@link DEFAULT_SEGMENT_RULES}.
   */
  readonly timeAgoUnits?: ReadonlyArray<string>
  /**
   * Words that open a paragraph continuing the article ("وأضاف", "من جهته"): after a "read also"
   * marker alone on its line, the first such paragraph ends the teasers and the article resumes.
   * Defaults to the list in {@link DEFAULT_SEGMENT_RULES}.
   */
  readonly continuationWords?: ReadonlyArray<string>
  /** A line recurring verbatim in at least this many documents of a corpus is furniture. */
  readonly learnedMinDocuments: number
  /** …and in at least this share of the documents. */
  readonly learnedMinShare: number
}

/**
 * The outlets of the bundled gazetteer (`src/entities/data/outlets.json`, read, never changed) that
 * are no agency: their names and aliases, and only the qualified forms of a name that is also a
 * common word or a place ("الشرق الأوسط", "النهار": "صحيفة النهار").
 *
 * @example
 * ```ts
 * import { gazetteerOutlets } from "./rules.js" // internal to src/segment
 * gazetteerOutlets().includes("إندبندنت عربية") // true
 * gazetteerOutlets().includes("رويترز") // false: an agency
 * ```
 */
export const gazetteerOutlets = (): ReadonlyArray<string> =>
  (outletsJson.entries as ReadonlyArray<GazetteerEntryInput>)
    .filter((e) => e.kind !== "agency")
    .flatMap((e) => [...(e.ambiguous === true ? [] : [e.name, ...(e.aliases ?? [])]), ...(e.qualified ?? [])])

/** The default rules, for news sites in Arabic. */
export const DEFAULT_SEGMENT_RULES: SegmentRules = {
  publishedPrefixes: [
    "تاريخ النشر", "تاريخ نشر", "نشر في", "نشر بتاريخ", "نشر يوم", "نشر:", "نشر :", "تم النشر", "تم نشره", "آخر تحديث", "اخر تحديث",
    "تاريخ التحديث", "تم التحديث", "منذ", "published", "updated", "last updated"
  ],
  updatedPrefixes: ["آخر تحديث", "اخر تحديث", "تاريخ التحديث", "تم التحديث", "updated", "last updated"],
  bylinePrefixes: ["بقلم", "كتب", "كتبت", "كتبه", "إعداد", "اعداد", "تقرير", "تحرير", "المحرر", "حوار", "ترجمة", "بواسطة", "by"],
  creditPrefixes: [
    "تصوير", "الصور", "مراجعة", "تدقيق", "تدقيق لغوي", "إشراف", "اشراف", "مونتاج", "تصميم", "جرافيك", "غرافيك", "إنفوغراف", "انفوجراف",
    "شارك في التغطية", "ساهم في التغطية", "شارك في الإعداد", "ساهم في الإعداد"
  ],
  tagPrefixes: ["كلمات دلالية", "كلمات مفتاحية", "الكلمات المفتاحية", "الكلمات الدلالية", "الكلمات الدالة", "كلمات دالة", "الوسوم", "وسوم", "مواضيع", "tags"],
  relatedMarkers: [
    "اقرأ أيضا", "إقرأ أيضا", "اقرا ايضا", "اقرأ أيضاً", "اقرأ كذلك", "اقرأ المزيد", "إقرأ المزيد", "طالع أيضا", "طالع أيضاً", "طالع كذلك", "قد يهمك أيضا", "قد يهمك",
    "يهمك أيضا", "شاهد أيضا", "شاهد أيضاً", "مواضيع ذات صلة", "أخبار ذات صلة", "مقالات ذات صلة", "ذات صلة", "المزيد من الأخبار",
    "الأكثر قراءة", "read also", "related"
  ],
  sourcePrefixes: ["المصدر", "مصدر الخبر", "المصادر", "source"],
  boilerplate: [
    "^هل اعجبك (هذا|هذه) (المقال|الخبر|الموضوع|المقاله)\\s*[?؟]?$",
    "^\\d+\\s*(تعليق|تعليقات)$",
    "^(اضف|أضف|اكتب|أترك|اترك) (تعليق|تعليقا|تعليقك|رد)",
    "^(التعليقات|تعليقات|التعليقات \\(\\d+\\))$",
    "^يرجى (ادخال|كتابه) ",
    "الرجاء (ادخال|كتابه) ",
    "بشان التعليقات",
    "معلومات ضروريه",
    "^\\d+\\s*/\\s*\\d+$",
    "^(share|tweet|طباعه|ارسال|حفظ|نسخ الرابط|انسخ الرابط)\\s*:?$",
    // a share button's label: "شارك", "شارك المقال", "شارك هذا الخبر", "مشاركة الموضوع", "share this article"
    "^(شارك|شاركها|شاركه|شاركوا|مشاركه|share)( (هذا|هذه|this))?( (المقال|المقاله|الخبر|الموضوع|القصه|التقرير|الصفحه|المنشور|الرابط|الفيديو|article|story|post|page))?\\s*:?$",
    "^(شارك|مشاركه) (على|عبر)",
    // share buttons: a line of network names only, one or several ("فيسبوك", "واتساب، تلغرام", "LinkedIn | Telegram")
    // (each gap between names is spaces or one separator, so that the pattern runs in linear time)
    "^(?:فيس ?بوك|تويتر|واتس ?اب|تي?لي?[غج]رام|لينكد ?ان|ان?ستا?[غج]رام|ماسنجر|اكس|ثريدز|ريديت|بينتريست|x|facebook|twitter|whatsapp|telegram|linkedin|messenger|threads|reddit|pinterest|e-?mail|ايميل|(?:ال)?بريد (?:ال)?الكتروني|طباعه|print)(?:(?:\\s*[|،,·•/-]\\s*|\\s+)(?:فيس ?بوك|تويتر|واتس ?اب|تي?لي?[غج]رام|لينكد ?ان|ان?ستا?[غج]رام|ماسنجر|اكس|ثريدز|ريديت|بينتريست|x|facebook|twitter|whatsapp|telegram|linkedin|messenger|threads|reddit|pinterest|e-?mail|ايميل|(?:ال)?بريد (?:ال)?الكتروني|طباعه|print))*(?:\\s*[|،,·•/-])?\\s*$",
    "جميع الحقوق محفوظه",
    "كل الحقوق محفوظه",
    "all rights reserved",
    "^(تابعونا|تابعنا) (على|عبر) (فيسبوك|فيس بوك|تويتر|اكس|x|تلغرام|تليغرام|واتساب|يوتيوب|انستغرام|انستجرام|تيك توك|جوجل|اخبار جوجل|google|نبض|مواقع التواصل|منصات|صفحتنا|صفحاتنا|حساباتنا|حسابنا|قناتنا|قنواتنا|تطبيق)",
    "^اشترك (في|فى) ",
    "^(الاسم|البريد الالكتروني|الموقع الالكتروني|الاسم \\*|البريد الالكتروني \\*|التعليق|التعليق \\*|نص التعليق|تعليقك)$",
    "^(ارسل|ارسال|نشر) التعليق$",
    "^لا توجد تعليقات",
    "^كن اول من يعلق",
    "^(اعلان|إعلان|advertisement)$",
    "^تغطية صحفية ",
    "للنشرة العربية",
    "^(الصفحه الرئيسيه|الرئيسيه)$",
    "حقوق النشر محفوظه",
    "^(رابط مختصر|الرابط المختصر|الرابط المختصر للخبر)\\s*:?",
    "^شاهد\\s*[:：]",
    "^(list \\d+ of \\d+|end of list)$"
  ],
  agencies: [
    "وكالة الصحافة الفرنسية", "فرانس برس", "فرانس بريس", "أ ف ب", "ا ف ب", "أ.ف.ب", "رويترز", "أسوشيتد برس", "أسوشييتد برس", "أ ب",
    "د ب أ", "د.ب.أ", "الأناضول", "واج", "واس", "وام", "قنا", "كونا", "بترا", "سانا", "إرنا", "واع", "وكالات",
    "ماب", "لاماب", "أ ش أ", "أ.ش.أ", "شينخوا", "سبوتنيك", "وفا", "سبأ", "بنا", "سونا", "وال", "العمانية", "تاس", "نوفوستي",
    "تسنيم", "إيسنا", "و م ع", "و.م.ع", "ومع", "وات", "لانا", "نينا", "الوكالة الوطنية", "الوكالة الوطنية للإعلام", "متابعات", "خاص",
    "AFP", "Reuters", "AP", "Getty", "EPA", "NNA", "TAP", "QNA", "KUNA", "WAM", "MENA", "SANA", "WAFA"
  ],
  creditWords: [
    "حقوق الصورة", "الصورة", "تصوير", "صورة", "أرشيف", "ارشيفية", "أرشيفية", "photo", "الجزيرة", "الجزيرة نت", "الفرنسية",
    "الأوروبية", "الألمانية", "غيتي", "غيتي إيميجز", "جيتي", "مواقع التواصل", "مواقع التواصل الاجتماعي", "منصة إكس", "إكس",
    "تلغرام", "تليغرام", "فيسبوك", "إنستغرام", "يوتيوب", "شترستوك", "إي بي إيه", "أسوشيتد برس", "مواقع إلكترونية", "وسائل إعلام"
  ],
  abbreviations: ["د", "أ", "م", "ص", "ق", "ج", "ت", "س", "ه", "هـ", "ق.م", "أ.د", "إلخ", "Mr", "Dr", "St", "No"],
  dateLineWords: ["الموافق", "هـ", "ه", "م", "يوم", "الساعة", "الساعه", "صباحا", "مساء", "مساءً", "ظهرا", "فجرا", "ص", "بتوقيت", "غرينتش", "غرينيتش", "جرينتش", "مكة", "المكرمة", "القدس", "بغداد", "القاهرة", "GMT", "UTC", "AM", "PM"],
  datelinePlaces: [
    "مكة المكرمة", "رام الله", "بيت لحم", "خان يونس", "دير البلح", "بيت حانون", "بئر السبع", "تل أبيب", "شرم الشيخ",
    "كفر الشيخ", "بني سويف", "مرسى مطروح", "أبو ظبي", "أبوظبي", "رأس الخيمة", "أم القيوين", "دير الزور", "رأس العين",
    "عين العرب", "جسر الشغور", "مزار شريف", "سيدي بوزيد", "سيدي بلعباس", "عين تموشنت", "برج باجي مختار", "أم درمان",
    "نيو يورك", "نيو دلهي", "هونغ كونغ", "كوالا لمبور", "سان فرانسيسكو", "لوس أنجلوس", "لوس أنجليس", "بوينس آيرس",
    "ريو دي جانيرو", "سانتياغو دي تشيلي", "كيب تاون", "أديس أبابا", "دار السلام", "بندر عباس"
  ],
  timeAgoUnits: [
    "ثانية", "ثوان", "ثواني", "دقيقة", "دقائق", "دقيقتين", "ساعة", "ساعات", "ساعتين", "يوم", "يومين", "أيام",
    "أسبوع", "أسبوعين", "أسابيع", "شهر", "شهرين", "أشهر", "شهور", "سنة", "سنتين", "سنوات", "عام", "عامين", "أعوام"
  ],
  continuationWords: [
    "وقال", "وقالت", "وأضاف", "وأضافت", "وتابع", "وتابعت", "وأكد", "وأكدت", "وأشار", "وأشارت", "وأوضح", "وأوضحت", "ولفت", "ولفتت",
    "وبين", "وبينت", "واعتبر", "واعتبرت", "وشدد", "وشددت", "وذكر", "وذكرت", "وكان", "وكانت", "كما", "من جهته", "من جهتها",
    "من جانبه", "من جانبها", "في المقابل", "في غضون ذلك", "إلى ذلك", "يذكر أن", "يشار إلى أن", "وفي سياق متصل"
  ],
  outlets: gazetteerOutlets(),
  learnedMinDocuments: 3,
  learnedMinShare: 0.005
}
