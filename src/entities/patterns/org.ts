import { normalizeText } from "../../normalize/normalize.js"
import { F } from "../lexicon.js"
import type { Candidate, Scan } from "../scan.js"
import { looksVerbal } from "../morphology.js"
import { FLOW_NOUNS, INSTITUTION_ADJECTIVES, INSTITUTION_ONLY_HEADS, NOUNS_LIKE_NISBA, ORG_DESCRIPTIVE_ADJECTIVES } from "../lexicon/heads.js"
import { countryListAt } from "./gazetteer.js"
import { headAt, quotedEnd } from "./heads.js"
import { cliticPhrase } from "./names.js"

/** Words of a descriptive organization name after its head, at most. */
const MAX_PHRASE = 5
/** How far back (tokens) a company context word counts for a list of quoted names. */
const CONTEXT_WINDOW = 12

const candidate = (first: number, end: number, cut: number, stem: string, confidence: number): Candidate => ({
  first,
  end,
  cut,
  stem,
  type: "ORG",
  source: "pattern",
  confidence,
  entityId: null,
  role: null
})

/** "رئاسة" (normalized): after a word of candidacy, the office one runs for. */
const PRESIDENCY = normalizeText("رئاسة", "match")

/** "حركة" (normalized) and the nouns after which it is a flow, not a movement ("حركة السير"). */
const MOVEMENT = normalizeText("حركة", "match")
const FLOWS = new Set(FLOW_NOUNS.map((w) => normalizeText(w.startsWith("ال") ? w : `ال${w}`, "match")))

/** Words of candidacy and election before an office (normalized stems, with و/ف and the article). */
const CANDIDACY = /^[وف]?(?:ال)?(?:مرشح|ترشح|ترشيح|يترشح|سيترشح|سباق|انتخاب|تنافس|ينافس|يتنافس)/u

/** Whether token k may be a word of a descriptive organization name (not a function word or verb). */
const phraseWord = (s: Scan, k: number): boolean => {
  if (!s.isArabic(k)) return false
  const f = s.flags[k]!
  if ((f & F.ROLE) !== 0 && (f & F.VERB) === 0) return true
  if ((f & (F.STOP | F.VERB | F.PARTICLE | F.REPORT)) !== 0) return false
  return !s.lex.titles.starts(s.word(k))
}

/** Adjectives that describe an organization and end its name ("حزب الوفد السابق"). */
const DESCRIPTIVE = new Set(ORG_DESCRIPTIVE_ADJECTIVES.map((w) => normalizeText(w, "match")))

/** Nouns ending in ـية that are not adjectives ("القضية"), normalized with the article. */
const NOT_ADJECTIVES = new Set(NOUNS_LIKE_NISBA.map((w) => normalizeText(`ال${w}`, "match")))

/** Definite adjectives of the shapes أفعل and فعلى that are written without a final ي (normalized). */
const ELATIVE = /^ال(?:ا...|..يا)$/u

/**
 * Whether definite token k may be an adjective after a noun: a listed adjective, a nisba
 * (الدولي, المالية), a participle (المتحدة, المستقلة) or an elative (الأعلى, الأحمر, العليا).
 */
const adjectiveLike = (s: Scan, k: number): boolean => {
  const w = s.word(k)
  if (DESCRIPTIVE.has(w) || NOT_ADJECTIVES.has(w)) return false
  if ((s.flags[k]! & (F.ADJ | F.NAT | F.ROLE)) !== 0) return true
  return /(?:ي|يه|يون|يين)$/u.test(w) || w.startsWith("الم") || ELATIVE.test(w)
}

/**
 * Whether a title starts at token k and a given name or a gazetteer person follows it ("اللواء
 * تحسين", "الفريق أول عبد الفتاح البرهان").
 */
const titleBeforeName = (s: Scan, k: number): boolean => {
  const title = s.titleAt(k)
  if (title === undefined || title.cut !== 0) return false
  const n = title.end
  if (n >= s.count || !s.joined(n)) return false
  if ((s.flags[n]! & (F.GIVEN | F.FOREIGN | F.PARTICLE)) !== 0 && (s.flags[n]! & F.STOP) === 0) return true
  return s.gazetteerTypeAt(n) === "PERSON"
}

/**
 * After the definite words of an organization phrase, a definite noun joined by و at token k,
 * up to one adjective, then a nationality adjective that ends the name ("والطوارئ التركية",
 * "والبحث العلمي المصري"): the token after the nationality, or -1.
 */
const coordinatedEnd = (s: Scan, k: number): number => {
  const w = s.word(k)
  // not another body or place ("وزارة الخارجية والسفارة الأمريكية" are two)
  if (!s.joined(k) || !w.startsWith("وال") || w.length < 6 || (s.flags[k]! & (F.STOP | F.VERB | F.NAT | F.ORG_PHRASE | F.ORG_NAME | F.PLACE_HEAD | F.ROLE)) !== 0) return -1
  if (s.gazetteerAt(k) !== null) return -1
  let m = k + 1
  if (m < s.count && s.joined(m) && s.definite(m) && (s.flags[m]! & F.NAT) === 0 && adjectiveLike(s, m)) m++
  return m < s.count && s.joined(m) && (s.flags[m]! & F.NAT) !== 0 ? m + 1 : -1
}

/**
 * The end of the noun phrase naming an organization after a head at token i: up to two words
 * in construct ("مكافحة"), then definite words ("الإرهاب", "النواب") or a gazetteer place
 * ("محافظة بغداد"), then an optional nationality adjective ("العراقي"). At least one definite
 * word or place is needed — after a weak head (see `WEAK_ORG_PHRASE_HEADS`), two definite words,
 * or a place, an organization or a nationality, but not a place right after the head ("تنظيم
 * المغرب" is Morocco's organizing). Returns -1 when there is none.
 */
const phraseEnd = (s: Scan, i: number, weak: boolean): number => {
  let k = i + 1
  let construct = 0
  while (construct < 2 && k < s.count && s.joined(k) && phraseWord(s, k) && !s.definite(k) && s.isArabic(k)) {
    const g = s.gazetteerAt(k)
    if (g !== null && g.cut === 0 && s.gazetteer.entries[g.values[0]!.entry]?.type === "LOC") break
    if ((s.flags[k]! & (F.NAT | F.ADJ | F.GIVEN | F.FOREIGN | F.ORG_NAME | F.ORG_PHRASE)) !== 0) return -1
    if (s.tanween(k)) return -1
    construct++
    k++
  }
  let definite = 0
  let named = false
  while (k < s.count && s.joined(k) && k - i <= MAX_PHRASE) {
    const g = s.gazetteerAt(k)
    if (g !== null && g.cut === 0) {
      const type = s.gazetteer.entries[g.values[0]!.entry]?.type
      if (type === "LOC" || type === "ORG") {
        // a weak head right before a place is a verbal noun and its object: "تنظيم المغرب لكأس
        // أفريقيا" is Morocco's organizing of the cup, "قيادة العراق" the leading of Iraq
        if (weak && type === "LOC" && construct === 0 && definite === 0) return -1
        // a known name ends the phrase; a nationality adjective may follow
        k = g.end
        definite++
        named = true
        if (k < s.count && s.joined(k) && (s.flags[k]! & F.NAT) !== 0 && !countryListAt(s, k)) k++
        break
      }
    }
    if (!s.definite(k)) {
      // "هيئة الكوارث والطوارئ التركية": a definite noun joined by و goes on the name only when
      // a nationality adjective closes it ("أقر مجلس النواب والحكومة" are two bodies)
      const closed = definite > 0 ? coordinatedEnd(s, k) : -1
      if (closed > 0) {
        k = closed
        named = true
        definite++
      }
      break
    }
    if ((s.flags[k]! & F.NAT) !== 0) {
      if (definite > 0) {
        k++
        named = true
      }
      break
    }
    if (!phraseWord(s, k) || DESCRIPTIVE.has(s.word(k))) break
    // a title before a name starts the next person: "قيادة العمليات المشتركة اللواء تحسين"
    if (definite > 0 && titleBeforeName(s, k)) break
    // after the first definite noun, the name goes on with adjectives only: "مجلس النواب" ends
    // before the object in "أقر مجلس النواب القانون", "هيئة الأوراق المالية" goes on
    if (definite > 0 && !adjectiveLike(s, k)) break
    definite++
    k++
  }
  if (definite === 0 || (weak && definite < 2 && !named)) return -1
  return k
}

/**
 * Organization names after a head noun:
 * - a quoted name: `شركة "جنرال إلكتريك"`, `شبكة "صوت أمريكا"` (the name only, 0.85);
 * - a ministry with its portfolio: "وزارة الخارجية الأميركية" (head included, 0.85);
 * - a descriptive phrase after heads like جهاز, هيئة, مجلس: "جهاز مكافحة الإرهاب العراقي"
 *   (head included, 0.6);
 * - a foreign name after company heads: "شركة توتال" (the name only, 0.55);
 * - quoted names listed after مثل / منها in a sentence about companies:
 *   `مطاعم مثل "سينابون" و"برجر كينج"` (0.7).
 */
export const orgCandidates = (s: Scan): Array<Candidate> => {
  const out: Array<Candidate> = []
  for (let i = 0; i < s.count; i++) {
    if (!s.isArabic(i)) continue
    const f0 = s.flags[i]!
    if ((f0 & F.LIST) !== 0) {
      listed(s, i, out)
      continue
    }
    const head = headAt(s, i, F.ORG_NAME | F.ORG_PHRASE)
    if (head === null) {
      const end = definiteHeadEnd(s, i)
      if (end > 0) out.push(candidate(i, end, 0, s.word(i), 0.6))
      else {
        const inst = institutionEnd(s, i)
        if (inst !== null) out.push(candidate(i, inst.end, 0, inst.stem, 0.6))
      }
      continue
    }
    const q = quotedEnd(s, i + 1)
    if (q > 0 && (s.t.gaps[i + 1]! & 1) === 0) {
      out.push(candidate(i + 1, q, 0, s.word(i + 1), 0.85))
      continue
    }
    if (!s.joined(i + 1)) continue
    // "مرشح لرئاسة البرلمان", "ترشح لرئاسة الحكومة": the office, not the institution ("بيان
    // لرئاسة الجمهورية" stays the presidency)
    if (head.word === PRESIDENCY && head.cut > 0 && i > 0 && s.joined(i) && CANDIDACY.test(s.word(i - 1))) continue
    // "برئاسة المستشار محمد سعيد", "برئاسة وزير الخارجية": chaired by, not the presidency
    if (head.word === PRESIDENCY && head.cut > 0 && s.word(i).slice(0, head.cut).endsWith("ب")) continue
    // "حركة السير", "حركة النزوح": traffic and flows, not movements
    if (head.word === MOVEMENT && FLOWS.has(s.word(i + 1))) continue
    if ((head.flags & F.ORG_PHRASE) !== 0) {
      const portfolio = head.word === "وزاره" ? s.lex.portfolios.longestAt(s.t, i + 1, false) : undefined
      if (portfolio !== undefined) {
        let end = portfolio.end
        if (end < s.count && s.joined(end) && (s.flags[end]! & F.NAT) !== 0) end++
        else if (end < s.count && s.joined(end) && s.gazetteerAt(end)?.cut === 0 && s.gazetteerTypeAt(end) === "LOC") end = s.gazetteerAt(end)!.end
        out.push(candidate(i, end, head.cut, head.word, 0.85))
        continue
      }
      const end = phraseEnd(s, i, s.lex.weakOrgHeads.has(head.word))
      // a known organization after the head stays itself ("بعثة الأمم المتحدة" → الأمم المتحدة)
      const known = s.gazetteerAt(i + 1)
      const knownOrg = known !== null && known.cut === 0 && known.end === end && s.gazetteerTypeAt(i + 1) === "ORG"
      if (end > 0 && !knownOrg) {
        out.push(candidate(i, end, head.cut, head.word, 0.6))
        continue
      }
    }
    if ((head.flags & F.COMPANY_HEAD) !== 0) {
      const end = properNameEnd(s, i + 1)
      if (end > 0) out.push(candidate(i + 1, end, 0, s.word(i + 1), 0.55))
    }
  }
  return out
}

/**
 * Definite heads that, with their adjectives and a nationality, name one body of a country ("البنك
 * المركزي الكويتي", "المجلس العسكري السوداني", "الحرس الثوري الإيراني"). Left out: the weak heads
 * and heads whose definite phrase is rather a description ("الشركة النفطية الروسية", "الصحيفة
 * اليومية البريطانية").
 */
const DESCRIPTIVE_DEFINITE_HEADS: ReadonlySet<string> = new Set(
  ["شركة", "مجموعة", "صحيفة", "قناة", "شبكة", "إذاعة", "مجلة", "موقع", "جماعة", "حركة", "جمعية", "مؤسسة", "مكتب", "لجنة", "بعثة", "تحالف", "ائتلاف", "تيار", "كتلة", "جبهة"].map((w) =>
    normalizeText(w, "match")
  )
)

/**
 * The end of "ال + organization head + one or two definite adjectives + a nationality" starting
 * at token i ("البنك المركزي الكويتي"), or -1. Without the nationality a definite head phrase is
 * left alone ("البنك المركزي" of which country?).
 */
const definiteHeadEnd = (s: Scan, i: number): number => {
  if (!s.definite(i)) return -1
  const stem = s.word(i).slice(2)
  if ((s.lex.flagsOf(stem) & F.ORG_PHRASE) === 0 || s.lex.weakOrgHeads.has(stem) || DESCRIPTIVE_DEFINITE_HEADS.has(stem)) return -1
  let k = i + 1
  let adjectives = 0
  while (adjectives < 2 && k < s.count && s.joined(k) && s.definite(k) && (s.flags[k]! & F.NAT) === 0 && phraseWord(s, k) && s.gazetteerAt(k) === null) {
    adjectives++
    k++
  }
  if (adjectives === 0 || k >= s.count || !s.joined(k) || !s.definite(k) || (s.flags[k]! & F.NAT) === 0) return -1
  return k + 1
}

const INSTITUTION_ADJ: ReadonlySet<string> = new Set(INSTITUTION_ADJECTIVES.map((w) => normalizeText(w, "match")))

/** A definite adjective after an institution's complement: a nationality, a nisba or a feminine adjective ("للعمال الجزائريين", "للتأمين الصحي", "للقوات المسلحة"). */
const complementAdjective = (s: Scan, k: number): boolean =>
  k < s.count &&
  s.joined(k) &&
  s.definite(k) &&
  (s.flags[k]! & (F.STOP | F.VERB)) === 0 &&
  ((s.flags[k]! & F.NAT) !== 0 || INSTITUTION_ADJ.has(s.word(k)) || /(?:ي|ه|يين|يون)$/u.test(s.word(k)))

const INSTITUTION_HEAD_EXTRA: ReadonlySet<string> = new Set(INSTITUTION_ONLY_HEADS.map((w) => normalizeText(w, "match")))

/**
 * An institution's name starting at token i, its end and the first word as written alone: "ال +
 * organization head + one or two adjectives (see `INSTITUTION_ADJECTIVES`, or nationalities) + a
 * complement with ل" — "لل" and a noun, or "ل", a noun and a definite noun — and an optional
 * adjective of the complement: "الهيئة العامة للإحصاء", "الاتحاد العام للعمال الجزائريين",
 * "المنظمة العربية لحقوق الإنسان". The head may be one that names an institution only in this
 * frame (`INSTITUTION_ONLY_HEADS`: "المركز الوطني للأرصاد", "الإدارة العامة للتعليم"; with an
 * adjective of the list, not a nationality: "الإدارة الأمريكية" is the government), and may carry
 * ل ("المتحدث الرسمي للمديرية العامة للدفاع المدني": the span keeps "لل…", the name is
 * "المديرية …"). Or null.
 */
const institutionEnd = (s: Scan, i: number): { end: number; stem: string } | null => {
  const w0 = s.word(i)
  const lil = w0.startsWith("لل") && w0.length >= 5 && !w0.startsWith("لله")
  if (!lil && !s.definite(i)) return null
  const stem = lil ? `ال${w0.slice(2)}` : w0
  const onlyHere = INSTITUTION_HEAD_EXTRA.has(stem.slice(2))
  if ((s.lex.flagsOf(stem.slice(2)) & F.ORG_PHRASE) === 0 && !onlyHere) return null
  let k = i + 1
  let adjectives = 0
  while (adjectives < 2 && k < s.count && s.joined(k) && s.definite(k) && (INSTITUTION_ADJ.has(s.word(k)) || (!onlyHere && (s.flags[k]! & F.NAT) !== 0))) {
    adjectives++
    k++
  }
  if (adjectives === 0 || k >= s.count || !s.joined(k) || !s.isArabic(k) || (s.flags[k]! & (F.STOP | F.VERB)) !== 0) return null
  const w = s.word(k)
  if (!w.startsWith("ل") || w.startsWith("لا") || w.length < 4) return null
  // a known organization or place as the complement stays itself ("الأمانة العامة للأمم المتحدة" → الأمم المتحدة)
  const type = s.gazetteerTypeAt(k)
  if (type === "ORG" || type === "LOC") return null
  if (w.startsWith("لل") && w.length >= 5) k++
  else if (k + 1 < s.count && s.joined(k + 1) && s.definite(k + 1)) k += 2
  else return null
  for (let adjectives = 0; adjectives < 2 && complementAdjective(s, k); adjectives++) k++
  return { end: k, stem }
}

/**
 * The end of a proper name (foreign or unknown words without the article) starting at token j:
 * 1–3 words that are not function words, verbs, adjectives, nationalities, given names or places.
 */
const properNameEnd = (s: Scan, j: number): number => {
  let k = j
  while (k < s.count && k - j < 2 && (k === j || s.joined(k))) {
    if (!s.isWord(k)) break
    if (s.isArabic(k) && !foreignLooking(s, k)) break
    const f = s.flags[k]!
    if ((f & (F.STOP | F.VERB | F.COMMON | F.ADJ | F.NAT | F.ROLE | F.PARTICLE | F.ORG_NAME | F.ORG_PHRASE | F.PLACE_HEAD)) !== 0) break
    if (s.definite(k)) break
    if (s.gazetteerAt(k) !== null) break
    k++
  }
  if (k === j) return -1
  // a following definite word makes it a construct phrase ("شركة نفط الجنوب"), not a name
  if (k < s.count && s.joined(k) && s.definite(k) && (s.flags[k]! & F.NAT) === 0) return -1
  return k
}

/**
 * Whether an unknown Arabic word may be a transliterated foreign name rather than an Arabic
 * noun or adjective: no tanween, no proclitic before a known word, no verb shape, no feminine
 * adjective ending (ـية), no sound feminine plural (ـات), no possessive suffix (ـها, ـهم).
 */
const foreignLooking = (s: Scan, k: number): boolean => {
  const w = s.word(k)
  if (w.length < 3 || s.tanween(k) || s.maqsura(k) || looksVerbal(w)) return false
  if (/(?:يه|ات|ها|هم|هما|كم|نا)$/u.test(w)) return false
  // ل / ب / و before a known or definite word: a phrase ("للقبائل", "بقيادة")
  return !cliticPhrase(s, k)
}

/** Quoted names listed after "مثل" / "منها" when a company word is shortly before. */
const listed = (s: Scan, i: number, out: Array<Candidate>): void => {
  let context = false
  for (let k = Math.max(0, i - CONTEXT_WINDOW); k < i; k++) {
    if ((s.flags[k]! & (F.COMPANY | F.ORG_NAME)) !== 0) {
      context = true
      break
    }
  }
  if (!context) return
  let k = i + 1
  for (let items = 0; items < 12; items++) {
    const q = quotedEnd(s, k)
    if (q < 0) return
    out.push(candidate(k, q, 0, s.word(k), 0.7))
    // next item: "و" before the quote, or a comma then the quote
    if (q < s.count && s.word(q) === "و" && s.quoteBefore(q + 1)) k = q + 1
    else if (q < s.count && s.quoteBefore(q) && (s.t.gaps[q]! & 1) !== 0) k = q
    else return
  }
}
