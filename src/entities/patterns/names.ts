import { normalizeText } from "../../normalize/normalize.js"
import { COMPOUND_ENDS } from "../gazetteer.js"
import { RULER_TITLES } from "../lexicon/role-words.js"
import { F } from "../lexicon.js"
import { isCountedAccusative, isCountedDual, looksVerbal } from "../morphology.js"
import type { Scan } from "../scan.js"

/** How much context a name has: after a title ("title") or none ("shape"). */
export type NameMode = "title" | "shape"

/** A person name found over tokens. */
export interface NameParse {
  /** One past the last token of the name. */
  readonly end: number
  /** Number of name tokens (particles not counted). */
  readonly words: number
  /** Whether the name starts with a known given name (or a kunya أبو/ابن). */
  readonly given: boolean
  /** Whether every token after the first is known (given name, family name, nisba, particle). */
  readonly known: boolean
}

const AL = "ال"
const MAX_WORDS = 4
/** Tokens of a name, particles included: "محمد بن سلمان بن عبد العزيز آل سعود" has eight. */
const MAX_TOKENS = 8

/** Letters of an Arabic word that start present-tense verbs (يفعل, تفعل). */
const PRESENT_PREFIX = new Set([0x064a, 0x062a])

/** Whether a word looks like a nisba family name: الـ…ي (الشمري, السوداني), 5+ letters. */
export const isNisba = (w: string): boolean => w.length >= 5 && w.startsWith(AL) && w.endsWith("ي")

/**
 * Whether token k can never be part of a person name: not a word, a function word or verb, a
 * frequent noun, a role word, a head noun, a title, a nationality adjective, or the start of a
 * gazetteer place or organization.
 */
export const blocksName = (s: Scan, k: number): boolean => {
  if (k >= s.count || !s.isWord(k)) return true
  const memo = s.memo[k]!
  if (memo !== 0) return memo === 1
  const b = computeBlocks(s, k)
  s.memo[k] = b ? 1 : 2
  return b
}

/** Classes a word behind a proclitic may have that show it is a phrase, not a name ("للقوات", "لوكالة"). */
const CLITIC_NOUN = F.STOP | F.COMMON | F.ROLE | F.ORG_NAME | F.ORG_PHRASE | F.PLACE_HEAD | F.NAT | F.ADJ | F.COMPANY

const computeBlocks = (s: Scan, k: number): boolean => {
  const f = s.flags[k]!
  const given = (f & (F.GIVEN | F.FOREIGN)) !== 0
  if ((f & (F.STOP | F.VERB | F.COMMON | F.ROLE | F.NAT | F.ADJ)) !== 0) return true
  if (!given && (f & (F.ORG_NAME | F.ORG_PHRASE | F.PLACE_HEAD | F.LIST | F.COMPANY)) !== 0) return true
  const w = s.word(k)
  if (w.length < 2) return true
  if (!given && s.lex.titles.starts(w)) return true
  if (!given && cliticPhrase(s, k)) return true
  const g = s.gazetteerAt(k)
  if (g !== null && g.cut === 0) {
    const e = s.gazetteer.entries[g.values[0]!.entry]
    if (e !== undefined && e.type !== "PERSON" && !g.values[0]!.needsContext && !given) return true
  }
  return false
}

/**
 * Whether token k is blocked as a name word only for being a one-word city of the gazetteer with
 * the article ("الخليل"; no capital, country or region): a word of no other class (not a function
 * word, noun, title or adjective).
 */
const placeAsFamilyName = (s: Scan, k: number): boolean => {
  if (!s.definite(k) || (s.flags[k]! & (F.STOP | F.VERB | F.COMMON | F.ROLE | F.NAT | F.ADJ | F.ORG_NAME | F.ORG_PHRASE | F.PLACE_HEAD | F.LIST | F.COMPANY)) !== 0) return false
  const g = s.gazetteerAt(k)
  const e = g === null || g.cut !== 0 || g.end !== k + 1 ? undefined : s.gazetteer.entries[g.values[0]!.entry]
  return e !== undefined && e.type === "LOC" && e.kind === "city"
}

/** Particles after which a definite word is a name: عبد الكريم, أبو الفضل, and the Mauritanian ولد / منت ("ولد الشيخ", "منت الشيخ"). */
const BEFORE_DEFINITE = new Set(["عبد", "ابو", "ابي", "ابا", "ام", "ال", "ولد", "منت"])

/**
 * The token after a run of particles starting at k and the name word they introduce ("بن
 * سلمان", "بن أبي طالب", "بن عبد العزيز"), or -1 when no name word follows.
 */
const afterParticles = (s: Scan, k: number): number => {
  let m = k + 1
  while (m < s.count && m - k < 3 && s.joined(m) && (s.flags[m]! & F.PARTICLE) !== 0 && ((s.flags[m]! & (F.GIVEN | F.FOREIGN)) === 0 || KUNYA.has(s.word(m)))) m++
  if (m >= s.count || !s.joined(m)) return -1
  if (!blocksName(s, m)) return m + 1
  // بن + the father's name, also when it is a word or an adjective: "عبدالعزيز بن تركي"
  if (PATRONYMIC.has(s.word(m - 1)) && s.isArabic(m) && (s.flags[m]! & (F.VERB | F.STOP)) === 0) return m + 1
  // عبد + a definite word is a name whatever the word (عبد الواحد, أبو الفضل)
  if (BEFORE_DEFINITE.has(s.word(m - 1)) && s.definite(m) && (s.flags[m]! & (F.VERB | F.NAT)) === 0) return m + 1
  // after a kunya inside a name, any word that is no function word: "علي بن أبي طالب"
  if (m - 1 > k && KUNYA.has(s.word(m - 1)) && s.isArabic(m) && (s.flags[m]! & F.STOP) === 0) return m + 1
  return -1
}

/** The particles of a patronymic: بن / ابن / بنت + the father's given name. */
const PATRONYMIC = new Set(["بن", "ابن", "بنت"])

/** Particles of kinship that, with a given name, name a person on their own: "ابن سلمان", "أبو محمد", "أم كلثوم". */
const KIN = new Set(["بن", "ابن", "ابو", "ام"])

/** The kunya particles (أبو, أبي, أبا as normalized), whatever else the lexicon says of them ("آبي" is also Abe). */
const KUNYA = new Set(["ابو", "ابي", "ابا"])

/**
 * Regnal numbers that end a monarch's name (محمد الخامس, عبد الله الثاني).
 *
 * @example
 * ```ts
 * import { ORDINALS } from "./names.js" // internal to src/entities
 * ORDINALS.has("الثاني") // true
 * ```
 */
export const ORDINALS: ReadonlySet<string> = new Set(["الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر"])

/**
 * Whether an unknown word without the article can be a name word: no tanween, no final ى
 * (نحو, مستوى), no verb or verbal-noun shape (see {@link looksVerbal}), not a present-tense
 * verb (يعلم, تلعب) unless it is long enough to be foreign.
 */
const plainNameWord = (s: Scan, k: number): boolean => {
  if (!s.isArabic(k)) return true
  const w = s.word(k)
  if (s.tanween(k) || s.maqsura(k)) return false
  if (looksVerbal(w)) return false
  // a pronoun suffix: مسؤوليته, بلادها, قيادتهم
  if (w.length >= 5 && /(?:ته|تها|تهم|ها|هم|هما|كم|نا)$/u.test(w)) return false
  // feminine nisba adjectives and nouns (أرضية, تاريخية), long sound feminine plurals (محادثات)
  if (w.length >= 4 && w.endsWith("يه")) return false
  if (w.length >= 6 && w.endsWith("ات")) return false
  // an accusative of a title or noun: مستشارا, رئيسا, or a counted noun: هدفا
  if (isCountedAccusative(w) || isCountedDual(w)) return false
  if (w.length >= 4 && w.endsWith("ا")) {
    const base = w.slice(0, -1)
    if ((s.lex.flagsOf(base) & (F.COMMON | F.ROLE | F.STOP)) !== 0 || s.lex.titles.starts(base) || s.lex.titles.starts(`ال${base}`)) return false
  }
  if (PRESENT_PREFIX.has(w.charCodeAt(0)) && w.length <= 4) return false
  return true
}

/**
 * Whether a normalized word is ب + a verbal noun ("بإحالة", "بمواصلة", "بتعزيز", "بإخلاء"): the
 * object of a verb after a name, not a family name (بوش, بلينكن and بكري have no such shape).
 *
 * @example
 * ```ts
 * import { prepositionalVerbalNoun } from "./names.js" // internal to src/entities
 * prepositionalVerbalNoun("بتسيير") // true
 * prepositionalVerbalNoun("بلينكن") // false
 * ```
 */
export const prepositionalVerbalNoun = (w: string): boolean => {
  if (w.charCodeAt(0) !== 0x0628 || w.length < 5) return false
  const rest = w.slice(1)
  // إفالة of hollow verbs (إحالة, إقامة, إدارة) needs the preposition to tell it from أسامة
  return looksVerbal(rest) || /^ا[^\s]ا[^\s]ه$/u.test(rest)
}

/** Whether token k is followed by a definite word that is not a family name (k is then a noun in construct). */
const constructNext = (s: Scan, k: number): boolean => {
  const n = k + 1
  if (n >= s.count || !s.joined(n) || (s.flags[n]! & (F.STOP | F.VERB)) !== 0) return false
  // a noun before a club, a country or a body is in construct with it: "نجم ليفربول", "سفير فرنسا"
  if (!s.definite(n)) return s.gazetteerAt(n)?.cut === 0 && s.gazetteerTypeAt(n) !== "PERSON" && s.gazetteerTypeAt(n) !== null
  const w = s.word(n)
  return !(isNisba(w) && !s.maqsura(n)) && !knownSurname(s, n) && !ORDINALS.has(w)
}

/**
 * Whether token k is a proclitic before a definite or known word ("للقوات", "والجيش",
 * "بقيادة", "وقال"): a phrase, not a name.
 */
export const cliticPhrase = (s: Scan, k: number): boolean => {
  const w = s.word(k)
  for (const st of s.stems(k)) {
    // وال…, بال…, لل…: a conjoined or prepositional definite noun
    if (st.stem.startsWith(AL)) return true
    const sf = s.lex.flagsOf(st.stem)
    if ((sf & CLITIC_NOUN) !== 0) return true
    // a title with a preposition or conjunction: "التقت رومانوفسكي بوزير الخارجية", "ولرئيس"
    if (s.lex.titles.get([st.stem]) !== undefined) return true
    // و / ف / ل before a verb (وقال, ليصل); ب and ك do not go with verbs (كيري is a name)
    const p = w.charCodeAt(w.length - st.stem.length - 1)
    if ((sf & F.VERB) !== 0 && p !== 0x0628 && p !== 0x0643) return true
  }
  return false
}

/**
 * Ruler titles that are also given names (أمير, سلطان, ملك, شيخ), normalized.
 *
 * @example
 * ```ts
 * import { RULERS } from "./names.js" // internal to src/entities
 * RULERS.has("امير") // true
 * ```
 */
export const RULERS: ReadonlySet<string> = new Set(RULER_TITLES.map((w) => normalizeText(w, "match")))

/**
 * Whether token k starts the role of another person: a title of two words ("أمين عام"), or, after
 * a name of two words or more, a title (also one written with the article: أمير as الأمير) before
 * a place or a nationality adjective ("أمير قطر", "سلطان عمان").
 */
const titleOfNext = (s: Scan, k: number, words: number): boolean => {
  if (k + 1 >= s.count || !s.joined(k + 1)) return false
  const w = s.word(k)
  const n = k + 1
  if (s.lex.titles.get([w, s.word(n)]) !== undefined) return true
  // one word of a name before it: "محمد سلطان العراقي" may go on
  if (words < 2) return false
  if (s.lex.titles.get([w]) === undefined && s.lex.titles.get([`${AL}${w}`]) === undefined && !RULERS.has(w)) return false
  if ((s.flags[n]! & F.NAT) !== 0) return true
  const g = s.gazetteerAt(n)
  return g !== null && g.cut === 0 && s.gazetteerTypeAt(n) === "LOC"
}

/**
 * One past the end of a given name of several words starting at token k ("فاطمة الزهراء",
 * "زين العابدين"), read from `word` (the token, or its stem without proclitics), or -1.
 *
 * @example
 * ```ts
 * // internal: givenPhraseEnd(scan, k, scan.word(k)) is k + 2 on "زين العابدين"
 * ```
 */
export const givenPhraseEnd = (s: Scan, k: number, word: string): number => {
  const m = s.lex.givenPhrases.longestAt(s.t, k, word !== s.word(k), false, s.stems(k))
  return m !== undefined && m.stem === word && m.end > k + 1 ? m.end : -1
}

/**
 * Whether token k is a definite family name the gazetteer knows ("الصباح") that the lexicon has as
 * an ordinary word, but not as a function word, verb, title or adjective.
 */
const knownWordSurname = (s: Scan, k: number): boolean =>
  s.definite(k) && knownSurname(s, k) && (s.flags[k]! & (F.STOP | F.VERB | F.ROLE | F.NAT | F.ADJ | F.ORG_NAME | F.ORG_PHRASE | F.PLACE_HEAD)) === 0 && !s.lex.titles.starts(s.word(k))

/** Whether token k is a known family name (from the gazetteer's people). */
const knownSurname = (s: Scan, k: number): boolean => s.gazetteer.surnames.has(s.word(k))

/**
 * A word that the gazetteer knows as a family name and never as a given name; not the end of a
 * compound (الله in "عبد الله بوانو" as in "حسن نصر الله").
 */
const surnameOnly = (s: Scan, word: string, flags: number): boolean =>
  (flags & (F.GIVEN | F.FOREIGN)) === 0 && s.gazetteer.surnames.has(word) && !COMPOUND_ENDS.has(word)

/**
 * Reads a person name starting at token `j`. `firstFlags` are the lexicon flags of the first
 * token (of its stem when proclitics were removed); `firstWord` its normalized stem.
 *
 * - First token: a given name (Arabic or foreign), a particle with its name (أبو مهدي, بن سلمان),
 *   or — after a title only — any other word that cannot be excluded, or a nisba (الشمري).
 * - Following tokens (at most 4 words): given names, known family names, nisbas, particles with
 *   the word after them, foreign-looking words without the article; a masculine nationality
 *   adjective only as the last word of a name of 2+ words (محمد شياع السوداني).
 *
 * Returns null when no name starts there. In "shape" mode the name needs two words, and a given
 * name that is also a common word (علي, جمال) needs a known word after it.
 */
export const parseName = (s: Scan, j: number, mode: NameMode, firstFlags: number, firstWord: string): NameParse | null => {
  if (j >= s.count || !s.isWord(j)) return null
  // a given name of two words: فاطمة الزهراء, نور الدين, زين العابدين
  const phrase = givenPhraseEnd(s, j, firstWord)
  const givenFirst = phrase > 0 || (firstFlags & (F.GIVEN | F.FOREIGN)) !== 0
  // a given name that is also a function word (خلف) starts a name only after a title, with a name after it
  const stopFirst = phrase < 0 && givenFirst && (firstFlags & (F.STOP | F.VERB)) !== 0
  if (stopFirst && (mode === "shape" || (firstFlags & F.VERB) !== 0)) return null
  const ambiguousFirst = (firstFlags & F.AMBIGUOUS) !== 0 || stopFirst
  let k = j + 1
  let words = 1
  let given = givenFirst
  let known = true
  let unknownPlain = 0
  let lineage = false
  // the last words read were بن/ابن/بنت + a given name
  let lineageName = false
  // the token after the last compound given name read ("عبد الحق", "نور الدين"): the word before
  // it ends the compound and is no family name, whatever the gazetteer says of it
  let compoundEnd = -1
  if (phrase > 0) {
    words = phrase - j
    k = phrase
    compoundEnd = phrase
  } else if ((firstFlags & F.PARTICLE) !== 0 && !givenFirst) {
    // kunya or patronymic at the start: أبو مهدي, بن سلمان, عبد الله, علي بن أبي طالب
    const after = afterParticles(s, j)
    if (after < 0) return null
    k = after
    given = true
    // "بن سلمان", "أبو محمد": a kunya or patronymic with a given name is a name of its own
    lineage = KIN.has(firstWord) && after === j + 2 && (s.flags[j + 1]! & (F.GIVEN | F.FOREIGN)) !== 0 && (s.flags[j + 1]! & (F.AMBIGUOUS | F.STOP)) === 0
    lineageName = KIN.has(firstWord)
  } else if (!givenFirst) {
    if (mode === "shape") return null
    if ((firstFlags & (F.STOP | F.VERB | F.COMMON | F.ROLE | F.NAT | F.ADJ)) !== 0) return null
    if (firstWord.length < 2) return null
    const definite = firstWord === s.word(j) ? s.definite(j) : firstWord.startsWith(AL)
    if (definite && !((isNisba(firstWord) && !s.maqsura(j)) || s.gazetteer.surnames.has(firstWord))) return null
    if (!definite) {
      if (!plainNameWord(s, j)) return null
      // an unknown first word ending in ه as printed is rather a noun with its pronoun: "وأعلن
      // الرئيس رفضه", "يؤكد دعمه" (a given name written with ه for ة is in the lexicon)
      if (firstWord === s.word(j) && firstWord.length >= 4 && s.endsWithHeh(j)) return null
      unknownPlain++
    }
  }
  let tokens = k - j
  while (k < s.count && words < MAX_WORDS && tokens < MAX_TOKENS && s.joined(k)) {
    const f = s.flags[k]!
    const w = s.word(k)
    const phrase = givenPhraseEnd(s, k, w)
    if (phrase > 0 && words + (phrase - k) <= MAX_WORDS) {
      tokens += phrase - k
      words += phrase - k
      k = phrase
      compoundEnd = phrase
      continue
    }
    if ((f & F.PARTICLE) !== 0 && (f & (F.GIVEN | F.FOREIGN)) === 0) {
      const after = afterParticles(s, k)
      if (after < 0) break
      tokens += after - k
      k = after
      words++
      lineageName = KIN.has(w)
      continue
    }
    if (ORDINALS.has(w) && words === 1 && givenFirst) {
      // a regnal number: عبدالله الثاني, محمد الخامس (an adjective to the lexicon)
      k++
      words++
      break
    }
    if (blocksName(s, k)) {
      // after a title and a given name, a one-word definite place is the family name ("وزير المال
      // يوسف الخليل"), and so is a family name the gazetteer knows that is also a word ("الوزير علي الصباح")
      if (mode === "title" && words === 1 && givenFirst && !stopFirst && (placeAsFamilyName(s, k) || knownWordSurname(s, k))) {
        k++
        words++
        break
      }
      // a nisba that is also a nationality adjective ends a name of two or more words
      // (also a kunya: "أبو حمزة المصري", "أبو عبد الله العراقي")
      const nisbaEnd = words >= 2 || (mode === "title" && givenFirst && !stopFirst) || ((firstFlags & F.PARTICLE) !== 0 && !givenFirst)
      if ((f & F.NAT_NISBA) !== 0 && nisbaEnd && (f & F.VERB) === 0 && !s.maqsura(k)) {
        k++
        words++
      }
      break
    }
    if ((f & (F.GIVEN | F.FOREIGN)) !== 0 || knownSurname(s, k)) {
      // a given name after another is fine, unless in construct with a definite word (أمين السر)
      // (also a known family name that is a noun, before a club or a country: "محمد صلاح نجم ليفربول")
      if ((f & F.AMBIGUOUS) !== 0 && constructNext(s, k) && (!knownSurname(s, k) || !s.definite(k + 1))) break
      // a title that is also a given name, before a place, a nationality or "عام", starts the next
      // person's role: "جو بايدن أمير قطر", "السيسي سلطان عمان", "أمين عام الجامعة"
      if (titleOfNext(s, k, words)) break
    } else if (s.definite(k)) {
      // after a title, a given name may be followed by a family name of any shape (محمد القباج)
      // (not a verbal noun: "الرئيس مبارك التعاون" is the summit's topic)
      const familyName = mode === "title" && words === 1 && givenFirst && !stopFirst && !blocksName(s, k) && !constructNext(s, k) && !looksVerbal(w.slice(2))
      if (!familyName && (!isNisba(w) || s.maqsura(k))) break
    } else if (!s.isArabic(k)) {
      if (s.isArabic(j)) break
    } else {
      // a plain word: a foreign family name, or a second name (شياع)
      if (w.charCodeAt(0) === 0x0648) break
      // after "بن" + a given name, an unknown word is the text going on: "محمد بن سلمان ردود فعل"
      if (lineageName) break
      // after a name of three words, an unknown word behind ب or ل goes on with the sentence:
      // "المدرب خوان كارلوس غاريدو بأداء لاعبيه"
      if (words >= 3 && w.length >= 4 && (w.charCodeAt(0) === 0x0628 || w.charCodeAt(0) === 0x0644)) break
      // after a name of two words, a word printed with a final ه is a noun with its pronoun:
      // "قاد يوسف النصيري فريقه", "استقبل تميم بن حمد آل ثاني ضيفه"
      if (words >= 2 && w.length >= 4 && s.endsWithHeh(k)) break
      // ب before a verbal noun: "أمر النائب العام محمد شوقي بإحالة المتهم", "بمواصلة الدعم"
      if (prepositionalVerbalNoun(w)) break
      // a known family name that is no given name ends the name ("أشاد بلينكن بجهود الحكومة")
      if (k !== compoundEnd && (k - 1 === j ? surnameOnly(s, firstWord, firstFlags) : surnameOnly(s, s.word(k - 1), s.flags[k - 1]!))) break
      if (mode === "shape" && (ambiguousFirst || !givenFirst)) break
      if (!plainNameWord(s, k)) break
      if (unknownPlain >= (mode === "shape" ? 1 : 2)) break
      // a word in construct with a definite word is a noun in apposition ("بطل العالم", "لاعب الفريق"),
      // unless it is the family name after a given name ("التقى جورج بوش الوفد")
      // (not a word of three letters without a title: "وأكد ابن سلمان حرص المملكة", "دعم")
      if (constructNext(s, k) && !(words === 1 && givenFirst && (mode === "title" || w.length > 3))) break
      unknownPlain++
      known = false
    }
    lineageName = false
    k++
    tokens++
    words++
  }
  if ((mode === "shape" || stopFirst) && words < 2 && !lineage) return null
  if (mode === "shape" && ambiguousFirst && words === 2 && !known) return null
  return { end: k, words, given, known }
}
