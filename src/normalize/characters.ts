/**
 * Character tables used by the normalizer: code points and what they become.
 * Kept as data so that they can be read and extended without touching the algorithm.
 */

/** Harakat, tanween, shadda, sukun, dagger alef, Quranic annotation marks. */
export const DIACRITIC_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x0610, 0x061a],
  [0x064b, 0x065f],
  [0x0670, 0x0670],
  [0x06d6, 0x06dc],
  [0x06df, 0x06e8],
  [0x06ea, 0x06ed],
  [0x08d3, 0x08e1],
  [0x08e3, 0x08ff]
]

/** Tatweel (kashida). */
export const TATWEEL = 0x0640

/** Alef forms unified to bare alef (ا). */
export const ALEF_FORMS: ReadonlyArray<number> = [0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673]
export const ALEF = 0x0627

export const ALEF_MAQSURA = 0x0649
export const YEH = 0x064a
export const TEH_MARBUTA = 0x0629
export const HEH = 0x0647

/** The proclitic letters: the conjunctions و ف and the prepositions ب ل ك. */
export const WAW = 0x0648
export const FEH = 0x0641
export const BEH = 0x0628
export const LAM = 0x0644
export const KAF = 0x0643

/**
 * Persian, Urdu and Kurdish letters, and the Maghrebi letters for v and g, with the Arabic letter
 * Arabic news writes for them ("پزشکیان" → "بزشكيان", "عراقچی" → "عراقجي").
 */
export const PERSIAN_LETTERS: ReadonlyArray<readonly [number, number]> = [
  [0x067e, 0x0628], // پ peh → ب
  [0x0686, 0x062c], // چ tcheh → ج
  [0x0698, 0x0632], // ژ jeh → ز
  [0x06af, 0x0643], // گ gaf → ك
  [0x06a4, 0x0641], // ڤ veh → ف
  [0x06a8, 0x0642], // ڨ qaf with three dots (Maghrebi g) → ق
  [0x06ad, 0x0643], // ڭ ng (Moroccan g) → ك
  [0x06cc, 0x064a], // ی farsi yeh → ي
  [0x06d0, 0x064a], // ې → ي
  [0x06d2, 0x064a], // ے yeh barree → ي
  [0x06a9, 0x0643], // ک keheh → ك
  [0x06aa, 0x0643], // ڪ swash kaf → ك
  [0x06d5, 0x0647], // ە ae → ه
  [0x06c0, 0x0647], // ۀ heh with yeh above → ه
  [0x06c1, 0x0647], // ہ heh goal → ه
  [0x06be, 0x0647], // ھ heh doachashmee → ه
  [0x06c3, 0x0629] // ۃ teh marbuta goal → ة
]

/** Digits of other scripts: first code point of each run of ten. */
export const DIGIT_ZEROS: ReadonlyArray<number> = [0x0660, 0x06f0]

/** Arabic number punctuation. */
export const NUMBER_PUNCTUATION: ReadonlyArray<readonly [number, number]> = [
  [0x066b, 0x2e], // ٫ decimal separator → .
  [0x066c, 0x2c], // ٬ thousands separator → ,
  [0x066a, 0x25] // ٪ → %
]

/** Invisible format characters: zero-width, bidi controls, soft hyphen, BOM, NUL. */
export const CONTROL_CHARS: ReadonlyArray<number> = [
  0x0000, 0x00ad, 0x061c, 0x180e, 0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d,
  0x202e, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0x2066, 0x2067, 0x2068, 0x2069, 0xfeff
]

/** Quotation marks unified to `"`. */
export const DOUBLE_QUOTES: ReadonlyArray<number> = [0x201c, 0x201d, 0x201e, 0x201f, 0x00ab, 0x00bb, 0x2033, 0x301d, 0x301e, 0xff02]
/** Quotation marks unified to `'`. */
export const SINGLE_QUOTES: ReadonlyArray<number> = [0x2018, 0x2019, 0x201a, 0x201b, 0x2039, 0x203a, 0x2032, 0x0060, 0x00b4]

/** Dashes and hyphens unified to `-`. */
export const DASHES: ReadonlyArray<number> = [0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe58, 0xfe63, 0xff0d]

/** White space collapsed to one space. */
export const WHITESPACE: ReadonlyArray<number> = [
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0x85, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005,
  0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000
]

/** Arabic presentation-form blocks folded with NFKC. */
export const PRESENTATION_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0xfb50, 0xfdff],
  [0xfe70, 0xfefe]
]
