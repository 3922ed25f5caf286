/**
 * Month names as written in Arabic news, by month number (1–12). Forms are listed as written with
 * hamza; matching happens on the `match` normalization profile, so alef/hamza, ى/ي and ة/ه
 * variants need not be listed.
 *
 * @example
 * ```ts
 * GREGORIAN_MONTHS[8]!.levant // ["أيلول"]
 * ```
 */
export interface MonthNames {
  /** Egyptian/Gulf names from the Latin months. */
  readonly gulf: ReadonlyArray<string>
  /** Levantine/Iraqi (Syriac) names. */
  readonly levant: ReadonlyArray<string>
  /** Maghrebi (French-derived) names. */
  readonly maghreb: ReadonlyArray<string>
  /** English names and abbreviations (for English dates inside Arabic pages). */
  readonly english: ReadonlyArray<string>
}

/**
 * Gregorian months, index 0 = January.
 *
 * @example
 * ```ts
 * GREGORIAN_MONTHS[0]!.maghreb.includes("جانفي") // true
 * ```
 */
export const GREGORIAN_MONTHS: ReadonlyArray<MonthNames> = [
  { gulf: ["يناير", "ينايـر"], levant: ["كانون الثاني", "كانون ثاني"], maghreb: ["جانفي", "يناير"], english: ["january", "jan"] },
  { gulf: ["فبراير", "فيفري", "فبرايـر"], levant: ["شباط"], maghreb: ["فيفري", "فبراير"], english: ["february", "feb"] },
  { gulf: ["مارس", "مارث"], levant: ["آذار"], maghreb: ["مارس"], english: ["march", "mar"] },
  { gulf: ["أبريل", "إبريل", "ابريل", "أپريل"], levant: ["نيسان"], maghreb: ["أفريل", "ابريل"], english: ["april", "apr"] },
  { gulf: ["مايو", "ماي"], levant: ["أيار"], maghreb: ["ماي", "مايو"], english: ["may"] },
  { gulf: ["يونيو", "يونيه"], levant: ["حزيران"], maghreb: ["جوان", "يونيو"], english: ["june", "jun"] },
  { gulf: ["يوليو", "يوليه"], levant: ["تموز"], maghreb: ["جويلية", "جويليه", "يوليوز", "يوليو"], english: ["july", "jul"] },
  { gulf: ["أغسطس", "اغسطس", "أغسطوس"], levant: ["آب"], maghreb: ["أوت", "غشت"], english: ["august", "aug"] },
  { gulf: ["سبتمبر", "سپتمبر"], levant: ["أيلول"], maghreb: ["سبتمبر", "شتنبر"], english: ["september", "sept", "sep"] },
  { gulf: ["أكتوبر", "اكتوبر", "أكتوبار"], levant: ["تشرين الأول", "تشرين أول"], maghreb: ["أكتوبر", "اكتوبر"], english: ["october", "oct"] },
  { gulf: ["نوفمبر", "نوفمبار"], levant: ["تشرين الثاني", "تشرين ثاني"], maghreb: ["نوفمبر", "نونبر"], english: ["november", "nov"] },
  { gulf: ["ديسمبر", "ديسيمبر"], levant: ["كانون الأول", "كانون أول"], maghreb: ["ديسمبر", "دجنبر"], english: ["december", "dec"] }
]

/**
 * Hijri months, index 0 = Muharram.
 *
 * @example
 * ```ts
 * HIJRI_MONTHS[8] // ["رمضان"]
 * ```
 */
export const HIJRI_MONTHS: ReadonlyArray<ReadonlyArray<string>> = [
  ["محرم", "المحرم"],
  ["صفر"],
  ["ربيع الأول", "ربيع أول"],
  ["ربيع الثاني", "ربيع الآخر", "ربيع ثاني"],
  ["جمادى الأولى", "جمادى الأول", "جمادى أولى"],
  ["جمادى الآخرة", "جمادى الثانية", "جمادى الآخر", "جمادى ثانية"],
  ["رجب"],
  ["شعبان"],
  ["رمضان"],
  ["شوال"],
  ["ذو القعدة", "ذي القعدة"],
  ["ذو الحجة", "ذي الحجة"]
]

/**
 * Weekday names, index 0 = Sunday (as `Date.getUTCDay`).
 *
 * @example
 * ```ts
 * WEEKDAYS[4]![0] // "الخميس"
 * ```
 */
export const WEEKDAYS: ReadonlyArray<ReadonlyArray<string>> = [
  ["الأحد", "أحد"],
  ["الاثنين", "الإثنين", "اثنين"],
  ["الثلاثاء", "ثلاثاء"],
  ["الأربعاء", "أربعاء"],
  ["الخميس", "خميس"],
  ["الجمعة", "جمعة"],
  ["السبت", "سبت"]
]
