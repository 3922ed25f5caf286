import { normalizeText } from "../../normalize/normalize.js"
import { F } from "../lexicon.js"
import { REPORTED_CLAUSE_OPENERS, UTTERANCE_NOUNS } from "../lexicon/verbs.js"
import type { Candidate, Scan } from "../scan.js"
import { conjoinedPresentVerb } from "../morphology.js"
import { blocksName, cliticPhrase, givenPhraseEnd, isNisba, parseName, prepositionalVerbalNoun, RULERS, type NameParse } from "./names.js"

/** Longest role phrase (tokens) read after a title. */
const MAX_ROLE = 10
/** Definite words of unknown kind a role phrase may hold ("رئيس **الاتحاد** برند …"). */
const MAX_LOOSE = 2

const IN = new Set(["في", "لدي", "بين"])

/**
 * The title phrase at token i, unless it is one word that is also a verb or function word
 * ("آمر" and "أمر" normalize alike).
 */
const titleAt = (s: Scan, i: number): ReturnType<typeof s.lex.titles.longestAt> => {
  const title = s.titleAt(i)
  if (title === undefined) return undefined
  if (title.end - i === 1 && (s.lex.flagsOf(title.stem) & (F.VERB | F.STOP)) !== 0) return undefined
  return title
}

/**
 * Reads the rest of a role phrase from token k: more titles ("نائبة مساعد وزير"), portfolios
 * ("الدفاع", "لشؤون الشرق الاوسط"), role words (السابق, باسم), nationality adjectives, places
 * and organizations from the gazetteer ("في العراق", "لدى واشنطن", "خارجية روسيا"). Returns the
 * token after the phrase and whether it took words of unknown kind.
 */
const readRole = (s: Scan, k: number): { end: number; loose: number } => {
  let loose = 0
  // a place or body was read: a title after it is another person's ("عقيلة صالح رئيس مجلس النواب
  // في بنغازي المبعوث الأممي عبد الله باتيلي")
  let complement = false
  for (let steps = 0; steps < MAX_ROLE && k < s.count && s.joined(k); steps++) {
    const title = titleAt(s, k)
    if (title !== undefined) {
      if (complement && title.cut === 0 && s.definite(k)) break
      k = title.end
      continue
    }
    const portfolio = s.lex.portfolios.longestAt(s.t, k, true, false, s.stems(k))
    if (portfolio !== undefined) {
      k = portfolio.end
      continue
    }
    const f = s.flags[k]!
    const g = s.gazetteerAt(k)
    const gType = g === null ? null : s.gazetteer.entries[g.values[0]!.entry]?.type
    if (g !== null && (gType === "LOC" || gType === "ORG") && !g.values[0]!.needsContext) {
      k = g.end
      complement = true
      continue
    }
    if ((f & (F.ROLE | F.NAT)) !== 0 && (f & (F.GIVEN | F.FOREIGN)) === 0) {
      k++
      continue
    }
    if (IN.has(s.word(k)) && s.joined(k + 1)) {
      const g2 = s.gazetteerAt(k + 1)
      const t2 = g2 === null ? null : s.gazetteer.entries[g2.values[0]!.entry]?.type
      if (g2 !== null && (t2 === "LOC" || t2 === "ORG")) {
        k = g2.end
        complement = true
        continue
      }
    }
    if ((f & (F.ORG_PHRASE | F.ORG_NAME | F.COMMON)) !== 0 && (f & (F.STOP | F.VERB)) === 0 && loose < MAX_LOOSE) {
      loose++
      k++
      continue
    }
    const w = s.word(k)
    if (
      loose < MAX_LOOSE &&
      s.isArabic(k) &&
      s.definite(k) &&
      (f & (F.STOP | F.VERB | F.GIVEN | F.FOREIGN)) === 0 &&
      !isNisba(w) &&
      !s.gazetteer.surnames.has(w) &&
      // "الوزير التزامه": a verbal noun whose ال is of the root, with a pronoun, is no role word
      !(w.length >= 6 && s.endsWithHeh(k))
    ) {
      loose++
      k++
      continue
    }
    // the body the role is of, behind لل: "الرئيس التنفيذي للشركة", "المدير العام للمجموعة"
    if (
      loose < MAX_LOOSE &&
      s.isArabic(k) &&
      w.length >= 5 &&
      w.startsWith("لل") &&
      (f & (F.STOP | F.VERB | F.GIVEN | F.FOREIGN)) === 0 &&
      !(w.length >= 7 && s.endsWithHeh(k))
    ) {
      loose++
      k++
      continue
    }
    // a nisba of the role phrase right before a given or known name: "زعيم التيار الصدري مقتدى الصدر"
    if (s.isArabic(k) && s.definite(k) && isNisba(w) && (f & (F.STOP | F.VERB)) === 0 && startsPersonName(s, k + 1)) {
      k++
      continue
    }
    break
  }
  return { end: k, loose }
}

/** Whether a given name or a person of the gazetteer starts at token k. */
const startsPersonName = (s: Scan, k: number): boolean => {
  if (k >= s.count || !s.joined(k)) return false
  const f = s.flags[k]!
  if ((f & F.GIVEN) !== 0 && (f & (F.STOP | F.VERB | F.AMBIGUOUS)) === 0) return true
  return s.gazetteerAt(k)?.cut === 0 && s.gazetteerTypeAt(k) === "PERSON"
}

/** The name after a role phrase ending at token k, trying proclitic-free readings of its first word. */
const nameAfterRole = (s: Scan, k: number): { name: NameParse; cut: number; stem: string } | null => {
  if (k >= s.count || !s.joined(k)) return null
  const w = s.word(k)
  const g = s.gazetteerAt(k)
  const gPerson = g !== null && g.cut === 0 && s.gazetteer.entries[g.values[0]!.entry]?.type === "PERSON"
  const f = s.flags[k]!
  const stopGiven = (f & (F.GIVEN | F.FOREIGN)) !== 0 && (f & F.VERB) === 0
  if (!gPerson && blocksName(s, k) && !stopGiven) return null
  // و + a title, a verb or a definite noun goes on with the sentence: "ولي العهد السعودي وأمير قطر"
  if (!gPerson && (s.lex.flagsOf(w) & (F.GIVEN | F.FOREIGN)) === 0 && w.charCodeAt(0) === 0x0648 && (cliticPhrase(s, k) || RULERS.has(w.slice(1)))) return null
  const name = parseName(s, k, "title", s.flags[k]!, w)
  if (gPerson) {
    const end = Math.max(name?.end ?? 0, g.end)
    return { name: { end, words: end - k, given: true, known: true }, cut: 0, stem: w }
  }
  if (name !== null) return { name, cut: 0, stem: w }
  return null
}

/** Whether token k starts a one-word gazetteer name of another type than a person (context needed or not). */
const knownNonPerson = (s: Scan, k: number): boolean => {
  const g = s.gazetteerAt(k)
  return g !== null && g.cut === 0 && g.end === k + 1 && g.values.some((h) => s.gazetteer.entries[h.entry]?.type !== "PERSON")
}

/**
 * Person names after titles and roles: "وزير الدفاع الأميركي لويد أوستن", "السفيرة الأميركية في
 * العراق ألينا رومانوفسكي", "المحلل السياسي طارق الشمري". The role phrase is kept on the
 * candidate (`role`); the name is 1–4 words (see {@link parseName}).
 */
export const titleCandidates = (s: Scan): Array<Candidate> => {
  const out: Array<Candidate> = []
  for (let i = 0; i < s.count; i++) {
    if (!s.isArabic(i)) continue
    const title = titleAt(s, i)
    if (title === undefined) continue
    // a title inside a longer one was read already
    if (i > 0 && s.joined(i) && titleAt(s, i - 1)?.end === title.end) continue
    const role = readRole(s, title.end)
    let roleEnd = role.end
    let found = nameAfterRole(s, roleEnd)
    if (found === null) continue
    // the title's complement may be a name the gazetteer knows only in context, a club most of
    // all: "مدرب الأهلي مارسيل كولر" is the coach of al-Ahly, Marcel Koller
    if (found.name.words >= 2 && s.definite(roleEnd) && knownNonPerson(s, roleEnd)) {
      const next = nameAfterRole(s, roleEnd + 1)
      if (next !== null && next.name.given) {
        roleEnd++
        found = next
      }
    }
    const { name } = found
    // after words of unknown kind, a lone unknown word may be a noun: ask for a real name shape
    if (role.loose > 0 && !name.given && name.words < 2) continue
    // a title that is also a noun (الفريق, اللواء) needs a given name after it, also after the
    // words that follow it ("تصدر الفريق الدوري الإنجليزي بفارق نقطتين": the team, the league)
    const weak = title.end - i === 1 && s.lex.weakTitles.has(title.stem)
    if (weak && !name.given) continue
    // a lone unknown word that is و + a present verb or ب + a verbal noun opens the next clause
    // of a headline: "يقيل رئيس الحكومة ويكلف وزير الداخلية بتسيير الأعمال"
    if (name.words === 1 && !name.given && !s.gazetteer.surnames.has(s.word(roleEnd)) && (conjoinedPresentVerb(s.word(roleEnd)) || prepositionalVerbalNoun(s.word(roleEnd)))) continue
    // a lone word of 3 letters or fewer after a title is rather a particle (باي, لي)
    if (name.words === 1 && !name.given && s.word(roleEnd).length <= 3 && !s.gazetteer.surnames.has(s.word(roleEnd))) continue
    // a lone nisba after a title is a family name only when the gazetteer knows it
    if (name.words === 1 && !name.given && s.definite(roleEnd) && !s.gazetteer.surnames.has(s.word(roleEnd))) continue
    const confidence = name.given ? 0.9 : name.words >= 2 ? 0.8 : 0.7
    out.push({
      first: roleEnd,
      end: name.end,
      cut: found.cut,
      stem: found.stem,
      type: "PERSON",
      source: "pattern",
      confidence: role.loose > 0 ? confidence - 0.1 : confidence,
      entityId: null,
      role: [i, title.cut, roleEnd]
    })
  }
  return out
}

/**
 * Person names by shape, without a title: a given name followed by more name words ("فؤاد
 * حسين", "أنتوني بلينكن", "محمد شياع السوداني"), or a kunya / patronymic ("أبو مهدي المهندس",
 * "بن سلمان"). Proclitics و ف ل ب before the first word are left out of the span.
 */
export const shapeCandidates = (s: Scan): Array<Candidate> => {
  const out: Array<Candidate> = []
  for (let i = 0; i < s.count; i++) {
    if (!s.isArabic(i)) continue
    // inside a name already started on the previous word
    const w = s.word(i)
    let f = s.flags[i]!
    let cut = 0
    let stem = w
    // a given name of two words whose first word alone is none: زين العابدين
    if ((f & (F.GIVEN | F.FOREIGN | F.PARTICLE)) === 0 && givenPhraseEnd(s, i, w) < 0) {
      const first = w.charCodeAt(0)
      if (first !== 0x0648 && first !== 0x0641 && first !== 0x0644 && first !== 0x0628) continue
      if ((s.stemFlags(i) & (F.GIVEN | F.FOREIGN)) === 0) continue
      let hit = false
      for (const st of s.stems(i)) {
        if (st.stem.length !== w.length - st.cut) continue
        const g = s.lex.flagsOf(st.stem)
        if ((g & (F.GIVEN | F.FOREIGN)) !== 0) {
          f = g
          cut = st.cut
          stem = st.stem
          hit = true
          break
        }
      }
      if (!hit) continue
    }
    if ((f & F.PARTICLE) !== 0 && (f & (F.GIVEN | F.FOREIGN)) === 0 && !/^(ابو|ابن|بن|عبد)$/u.test(stem)) continue
    if ((f & (F.STOP | F.VERB)) !== 0) continue
    const g = s.gazetteerAt(i)
    if (g !== null && s.gazetteer.entries[g.values[0]!.entry]?.type !== "PERSON" && !g.values[0]!.needsContext) continue
    const name = parseName(s, i, "shape", f, stem)
    if (name === null) continue
    // behind a proclitic ("وجود", "لدينا") a given name needs known words after it
    if (cut > 0 && (!name.known || stem.length < 4)) continue
    const ambiguous = (f & F.AMBIGUOUS) !== 0
    out.push({
      first: i,
      end: name.end,
      cut,
      stem,
      type: "PERSON",
      source: "pattern",
      confidence: ambiguous ? 0.65 : name.known ? 0.8 : 0.75,
      entityId: null,
      role: null
    })
  }
  return out
}

/**
 * Whether a name may end before token k: at the end, before punctuation or a quote, a function
 * word or verb ("إن", "في", "خلال"), or a word behind a proclitic ("للصحفيين"); not before a noun
 * or a number, which shows the word before was an object ("أعلن حالة الطوارئ").
 */
const nameBoundary = (s: Scan, k: number): boolean => {
  if (k >= s.count || !s.joined(k)) return true
  if ((s.flags[k]! & (F.STOP | F.VERB | F.REPORT)) !== 0) return true
  return s.isArabic(k) && !s.definite(k) && s.stems(k).length > 0 && cliticPhrase(s, k)
}

const CLAUSE_OPENERS = new Set(REPORTED_CLAUSE_OPENERS.map((w) => normalizeText(w, "match")))
const UTTERANCES = new Set(UTTERANCE_NOUNS.map((w) => normalizeText(w, "match")))

/**
 * Whether a reported clause starts at token k: a complementizer, "في" before what is said ("في
 * تصريح"), a colon or other punctuation, or the end.
 */
const clauseAfter = (s: Scan, k: number): boolean => {
  if (k >= s.count || !s.joined(k) || CLAUSE_OPENERS.has(s.word(k))) return true
  if (s.word(k) !== "في" || k + 1 >= s.count || !s.joined(k + 1)) return false
  const n = s.word(k + 1)
  return UTTERANCES.has(n) || UTTERANCES.has(n.replace(/^ال/u, ""))
}

/**
 * Person names as the subject of a reporting verb: "وقال كوفي أنان إن", "وأوضح أنان أن", "وأكد
 * العبيدي أن" (a definite word only as a nisba). The
 * name is read like after a title (an unknown word may start it), but must not be a noun of
 * news prose (مسؤول, مصادر, شهود), and gets a lower confidence unless it starts with a given name.
 */
export const reportedCandidates = (s: Scan): Array<Candidate> => {
  const out: Array<Candidate> = []
  for (let i = 0; i + 1 < s.count; i++) {
    // a reporting verb that is also a function word ("بين": explained / between) is no trigger
    if ((s.flags[i]! & (F.REPORT | F.STOP)) !== F.REPORT) continue
    const k = i + 1
    if (!s.joined(k) || !s.isArabic(k)) continue
    const f = s.flags[k]!
    if (blocksName(s, k) || (f & (F.GIVEN | F.FOREIGN)) !== 0) continue
    // a definite word is a name only as a nisba family name: "وأكد العبيدي"
    if (s.definite(k) && (!isNisba(s.word(k)) || s.maqsura(k))) continue
    const name = parseName(s, k, "title", f, s.word(k))
    if (name === null || !nameBoundary(s, name.end)) continue
    const w = s.word(k)
    if (name.end === k + 1 && !s.gazetteer.surnames.has(w)) {
      // one unknown word of three letters is rather a verbal noun: "وأكد دعم بلاده", "وأكد حرص"
      if (w.length <= 3) continue
      // one word in ـيا is rather an adverb: "اعترف تفصيليا", "أكد رسميا", "أعلن مبدئيا"
      if (w.length >= 5 && w.endsWith("يا")) continue
      // one unknown word (a nisba aside) is a name when a clause follows it ("وقال حمدان إن", "وتابع
      // كبيسي قائلا"), not a noun and its complement ("ويعتبر ثورة في", "توقعت ورقة كل")
      if (!s.definite(k) && !clauseAfter(s, k + 1)) continue
    }
    out.push({
      first: k,
      end: name.end,
      cut: 0,
      stem: w,
      type: "PERSON",
      source: "pattern",
      confidence: 0.6,
      entityId: null,
      role: null
    })
  }
  return out
}
