import { GREGORIAN_MONTHS, HIJRI_MONTHS } from "../../dates/data/months.js"
import { normalizeText } from "../../normalize/normalize.js"
import { editDistance, nameTolerance } from "../distance.js"
import { F } from "../lexicon.js"
import { COMPOUND_ENDS, nameKey } from "../gazetteer.js"
import { looksVerbal } from "../morphology.js"
import type { Candidate, Scan } from "../scan.js"
import { ORDINALS } from "./names.js"

/** A person a family name refers to. */
interface Person {
  readonly key: string
  readonly entityId: string | null
}

/** Family-name forms of the persons found in a document. */
export type Surnames = Map<string, Person | null>

const AL = "ال"

/** One-word month names, normalized: "منتصف شعبان" is the month, not a person named شعبان. */
const MONTH_NAMES: ReadonlySet<string> = new Set(
  [...GREGORIAN_MONTHS.flatMap((m) => [...m.gulf, ...m.levant, ...m.maghreb]), ...HIJRI_MONTHS.flat()]
    .filter((w) => !w.includes(" "))
    .map((w) => normalizeText(w, "match"))
)

/** Endings of a noun in ة before a pronoun or in the dual: ولايتي, ولايتين, حكومته. */
const TA_ENDINGS = ["تي", "تا", "تين", "تان", "ته", "تها", "تهم", "تنا"]
const NOUN_CLASSES = F.COMMON | F.ORG_PHRASE | F.ORG_NAME | F.PLACE_HEAD | F.ROLE | F.ADJ

/** Whether a word is a known noun in ة with a pronoun or a dual ending ("ولايتي" from ولاية), not a family name. */
const taMarbutaNoun = (s: Scan, w: string): boolean =>
  TA_ENDINGS.some((e) => {
    if (!w.endsWith(e) || w.length - e.length < 3) return false
    const base = `${w.slice(0, w.length - e.length)}ه`
    const f = s.lex.flagsOf(base) | s.lex.flagsOf(AL + base)
    return (f & NOUN_CLASSES) !== 0 && (f & (F.GIVEN | F.FOREIGN)) === 0
  })
/** Word classes that make a bare family name doubtful without a reporting verb or title before it. */
const DOUBTFUL = F.STOP | F.VERB | F.COMMON | F.NAT | F.AMBIGUOUS | F.ROLE | F.ADJ | F.GIVEN | F.FOREIGN

/** The words of a candidate, with the first one's stem. */
export const candidateWords = (s: Scan, c: Candidate): Array<string> => {
  const ws = [c.stem]
  for (let k = c.first + 1; k < c.end; k++) ws.push(s.word(k))
  return ws
}

/** Persons named in two words or more in a scan (not through an alias), with their words. */
function* fullNames(s: Scan, kept: ReadonlyArray<Candidate>): Generator<{ readonly words: ReadonlyArray<string>; readonly person: Person }> {
  for (const c of kept) {
    if (c.type !== "PERSON" || c.end - c.first < 2 || c.source === "alias") continue
    const words = candidateWords(s, c)
    yield { words, person: { key: words.join(" "), entityId: c.entityId } }
  }
}

/** Maps `form` to `person`, or to null when another person already has it. */
const remember = (into: Map<string, Person | null>, form: string, person: Person): void => {
  const had = into.get(form)
  if (had === undefined) into.set(form, person)
  else if (had !== null && had.key !== person.key) into.set(form, null)
}

/**
 * Adds the family names of the persons of a scan to `into`: the last word of each name of two
 * or more words, with and without the article ("ثابت العباسي" → العباسي, عباسي). A form shared
 * by two different persons is dropped (null).
 */
export const collectSurnames = (s: Scan, kept: ReadonlyArray<Candidate>, into: Surnames): void => {
  for (const { words: ws, person } of fullNames(s, kept)) {
    const last = ws[ws.length - 1]!
    if (last.length < 3 || (s.lex.flagsOf(last) & F.PARTICLE) !== 0) continue
    // "عبد الملك", "أبو الفضل": the last word belongs to a compound, not a family name
    if ((s.lex.flagsOf(ws[ws.length - 2]!) & F.PARTICLE) !== 0) continue
    // a regnal number (محمد الخامس) is no family name: "بالتجمع الخامس" is a district
    if (s.lex.titles.get([last]) !== undefined || COMPOUND_ENDS.has(last) || ORDINALS.has(last)) continue
    remember(into, last, person)
    if (!last.startsWith(AL)) remember(into, AL + last, person)
    else if (last.length - 2 >= 3) remember(into, last.slice(2), person)
  }
}

/** First names of the persons found in a document. */
export type GivenNames = Map<string, Person | null>

/**
 * Adds the first names of the persons of a scan to `into`: the first word of each name of two or
 * more words ("مصطفى الكاظمي" → مصطفى), unless it is a particle (أبو, عبد) or a title. A first
 * name shared by two different persons is dropped (null).
 */
export const collectGivenNames = (s: Scan, kept: ReadonlyArray<Candidate>, into: GivenNames): void => {
  for (const { words, person } of fullNames(s, kept)) {
    const first = words[0]!
    if (first.length < 3 || (s.lex.flagsOf(first) & F.PARTICLE) !== 0 || s.lex.titles.get([first]) !== undefined) continue
    remember(into, first, person)
  }
}

/**
 * Whether lexicon flags mark a function word, which is never a family name. A nationality
 * adjective listed among the words that are no names on their own (السوداني) may still be the
 * family name of a person of the document, with context.
 */
const functionWord = (flags: number): boolean => (flags & F.STOP) !== 0 && (flags & F.NAT) === 0

/** Forms of كان that open the pluperfect frame "وكان X قد فعل" (normalized). */
const KANA: ReadonlySet<string> = new Set(["كان", "وكان", "فكان"])

/**
 * Whether token k follows a reporting verb or (unless `titles` is false) a title directly, or is
 * the subject of the pluperfect frame "وكان X قد" (a person of the document as the one who had
 * done something); not a title that is also a noun (الفريق, اللواء: "تصدر الفريق الدوري" is the
 * team topping the league).
 */
const inContext = (s: Scan, k: number, titles = true): boolean => {
  if (k === 0 || !s.joined(k)) return false
  const prev = k - 1
  if ((s.flags[prev]! & F.REPORT) !== 0) return true
  const w = s.word(prev)
  if (KANA.has(w) && s.joined(k + 1) && s.word(k + 1) === "قد") return true
  if (!titles) return false
  return s.lex.titles.get([w]) !== undefined && !s.lex.weakTitles.has(w)
}

/** Whether token k is a verb in the present tense by its shape or the lexicon ("يستقبل", "تؤكد"). */
const presentVerbAt = (s: Scan, k: number): boolean => {
  if (k >= s.count || !s.joined(k) || !s.isArabic(k)) return false
  const w = s.word(k)
  return w.length >= 4 && (w[0] === "ي" || w[0] === "ت") && ((s.flags[k]! & F.VERB) !== 0 || (s.flags[k]! & (F.GIVEN | F.FOREIGN | F.NAT | F.COMMON)) === 0)
}

/** A kept candidate that a family name of the document may replace: a one-word place of the gazetteer. */
const overridable = (c: Candidate): boolean => c.end - c.first === 1 && c.type === "LOC" && c.source === "gazetteer"

/**
 * Second pass: bare family names of persons named in full elsewhere in the document ("قال
 * أوستن" after "لويد أوستن"), as `alias` candidates on tokens no kept candidate covers, linked
 * to the full name (its key and gazetteer id). A family name that is also a common word
 * (السوداني, حسين) counts only after a reporting verb or a title; there, a spelling within the
 * edit-distance tolerance counts too (اوتسن → اوستن). A family name of a gazetteer person is
 * recognised the same way after a reporting verb or a title (not when it is a given name too), or
 * anywhere when it cannot be an Arabic noun: no common word, no article, five letters or more, no
 * verbal-noun shape, no ة ("بايدن" anywhere; "الدوري", the league, only as "قال الدوري"; "إقبال"
 * and "خطاب" only in context).
 * A function word (على printed with ى, which normalizes like علي) is never taken as a family name.
 */
export const surnameCandidates = (s: Scan, kept: ReadonlyArray<Candidate>, surnames: Surnames): Array<Candidate> => {
  const covered = new Uint8Array(s.count)
  for (const c of kept) for (let k = c.first; k < c.end; k++) covered[k] = overridable(c) ? 2 : 1
  const out: Array<Candidate> = []
  for (let k = 0; k < s.count; k++) {
    if (covered[k] === 1 || !s.isArabic(k)) continue
    const w = s.word(k)
    // a function word is never a bare family name, not even after a reporting verb: "وأكد على"
    // is the verb and its preposition (printed with ى), whatever person of the document is علي
    if (w.length < 3 || functionWord(s.flags[k]!)) continue
    // a one-word place of the gazetteer gives way only to a person of this document right after a
    // reporting verb ("ولفت الخليل إلى" after "وزير المال يوسف الخليل"; "زار الوزير الخليل" stays a place)
    if (covered[k] === 2) {
      const p = k > 0 && s.joined(k) && (s.flags[k - 1]! & F.REPORT) !== 0 ? surnames.get(w) : undefined
      if (p !== undefined && p !== null) out.push(alias(k, { stem: w, cut: 0 }, p.key, p.entityId, 0.7))
      continue
    }
    // a nationality adjective after a title is the title's ("الرئيس المصري"): only a reporting
    // verb or the frame وكان … قد makes it a family name
    const context = inContext(s, k, (s.flags[k]! & F.NAT) === 0)
    const stems = s.stems(k)
    let found: Candidate | null = null
    for (let ri = -1; ri < stems.length; ri++) {
      const r = ri < 0 ? { stem: w, cut: 0 } : stems[ri]!
      if (ri >= 0 && r.stem.length !== w.length - r.cut) continue
      const p = surnames.get(r.stem)
      const g = p === undefined || p === null ? s.gazetteer.personBySurname(r.stem) : undefined
      if ((p === undefined || p === null) && g === undefined) continue
      const flags = s.lex.flagsOf(r.stem)
      if (functionWord(flags)) continue
      const doubtful = (flags & DOUBTFUL) !== 0
      // a headline that opens with a person of the document and a verb: "السوداني يستقبل وفدا"
      const headline = k === 0 && p !== undefined && p !== null && presentVerbAt(s, k + 1)
      if (doubtful && !context && !headline) continue
      if (p !== undefined && p !== null) {
        found = alias(k, r, p.key, p.entityId, doubtful ? 0.6 : 0.7)
        break
      }
      // a definite family name (الدوري, الصدر) is often an ordinary noun or adjective: without a
      // person of the document to point to, it needs a reporting verb or a title before it
      const definite = r.stem.startsWith(AL) || s.definite(k)
      // a given name alone (علي, the family name of some gazetteer person) names nobody, nor does a
      // nationality adjective that ends an alias with an epithet rather than the person's own name
      // ("رونالدو البرازيلي": "وأضاف البرازيلي" is any Brazilian)
      const givenName = (flags & (F.GIVEN | F.FOREIGN)) !== 0
      const epithet = (flags & F.NAT) !== 0 && g !== undefined && nameKey(g.name).split(" ").at(-1) !== r.stem
      // without context, only a word that cannot be an Arabic noun counts: five letters or more,
      // no verbal-noun shape (إقبال), no ة printed (جودة) — "بايدن" anywhere, "خطاب" only in context
      // (nor a month's name, nor a noun in ة with a pronoun: "منتصف شعبان", "في ولايتي وهران")
      const foreignLooking =
        !doubtful && !definite && r.stem.length >= 5 && !looksVerbal(r.stem) && s.lastLetter(k) !== 0x0629 && !MONTH_NAMES.has(r.stem) && !taMarbutaNoun(s, r.stem)
      if (g !== undefined && !givenName && !epithet && s.lex.titles.get([r.stem]) === undefined && (context || foreignLooking)) {
        found = alias(k, r, nameKey(g.name), g.id, context ? 0.7 : 0.6)
        break
      }
    }
    // a spelling within the tolerance counts after a reporting verb or a title, and anywhere (within
    // one edit) for a word of six letters or more that cannot be an Arabic word ("سيجورنه" after
    // "ستيفان سيجورنيه")
    const foreignShape =
      !context && w.length >= 6 && s.flags[k] === 0 && !s.definite(k) && !looksVerbal(w) && s.lastLetter(k) !== 0x0629 && s.stems(k).length === 0
    if (found === null && (context || foreignShape) && (s.flags[k]! & DOUBTFUL) === 0 && w.length >= 4) {
      const tolerance = foreignShape ? 1 : nameTolerance(w.length)
      for (const [form, p] of surnames) {
        if (p === null || Math.abs(form.length - w.length) > tolerance) continue
        if (editDistance(form, w, tolerance) <= tolerance) {
          found = alias(k, { stem: w, cut: 0 }, p.key, p.entityId, 0.6)
          break
        }
      }
    }
    if (found !== null) out.push(found)
  }
  return out
}

/**
 * Gives the key (and gazetteer id) of a person named in full to the one-word person names the
 * first pass found alone ("وأضاف أنان" after "كوفي أنان"), by family name, exactly or within the
 * edit-distance tolerance, or else by first name when one person of the document has it ("رئيس
 * الوزراء مصطفى" after "مصطفى الكاظمي"), or else by the family name of the one gazetteer person
 * who has it ("وقال بايدن" → Joe Biden).
 */
export const relinkShortNames = (s: Scan, kept: ReadonlyArray<Candidate>, surnames: Surnames, given: GivenNames = new Map()): Array<Candidate> =>
  kept.map((c) => {
    if (c.type !== "PERSON" || c.end - c.first !== 1 || c.source !== "pattern" || c.entityId !== null || c.key !== undefined) return c
    let p = surnames.get(c.stem)
    if (p === undefined) {
      const tolerance = nameTolerance(c.stem.length)
      for (const [form, q] of surnames) {
        if (q === null || tolerance === 0 || Math.abs(form.length - c.stem.length) > tolerance) continue
        if (editDistance(form, c.stem, tolerance) <= tolerance) {
          p = q
          break
        }
      }
    }
    if (p === undefined || p === null) p = given.get(c.stem)
    if (p !== undefined && p !== null) return { ...c, key: p.key, entityId: p.entityId }
    // no person of the document has it: the one gazetteer person with that family name ("وقال
    // بايدن"), the pattern having found the name in a telling context already
    // (not a given name alone: "علي" is no family name of "كوسرت رسول علي" there)
    if ((s.lex.flagsOf(c.stem) & (F.GIVEN | F.FOREIGN)) !== 0) return c
    const g = s.gazetteer.personBySurname(c.stem)
    return g === undefined ? c : { ...c, key: nameKey(g.name), entityId: g.id }
  })

const alias = (k: number, r: { stem: string; cut: number }, key: string, entityId: string | null, confidence: number): Candidate => ({
  first: k,
  end: k + 1,
  cut: r.cut,
  stem: r.stem,
  type: "PERSON",
  source: "alias",
  confidence,
  entityId,
  role: null,
  key
})
