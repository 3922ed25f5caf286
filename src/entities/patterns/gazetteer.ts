import type { EntityType } from "../../model/vocabulary.js"
import { normalizeText } from "../../normalize/normalize.js"
import type { GazetteerHit } from "../gazetteer.js"
import type { GazetteerEntry } from "../schema.js"
import { F } from "../lexicon.js"
import type { Candidate, Scan } from "../scan.js"
import { placeNameAsWord } from "./place-words.js"
import { clubCueBefore, placeCueBefore, wordIn } from "./sports.js"

/** Lexicon classes that make a one-word gazetteer name a common word needing context. */
const COMMON_WORD = F.STOP | F.VERB | F.COMMON | F.NAT | F.GIVEN | F.ROLE | F.ADJ | F.AMBIGUOUS

/** Words for a correspondent, after which a name is the outlet ("بحسب مراسل الصباح"). */
const CORRESPONDENT: ReadonlySet<string> = new Set(
  ["مراسل", "مراسلة", "مراسلو", "مراسلي", "لمراسل", "لمراسلة", "المراسل", "المراسلة"].map((w) => normalizeText(w, "match"))
)

/** "اليوم" (normalized), the last word of outlets named after a place ("روسيا اليوم"). */
const DAY = normalizeText("اليوم", "match")

/** Entity type a head word before a name points to, or null. */
const headTypeBefore = (s: Scan, first: number, cut: number): EntityType | null => {
  // a head glued to the name is not possible; the head is the previous token
  if (cut > 0 || first === 0 || !s.joined(first)) return null
  const f = s.flags[first - 1]!
  const w = s.word(first - 1)
  if ((f & F.PLACE_HEAD) !== 0 || s.lex.placeHeads.has(w)) return "LOC"
  if ((f & (F.ORG_NAME | F.ORG_PHRASE)) !== 0) return "ORG"
  // "مراسل الجزيرة", "مراسلة الصباح": a correspondent's outlet
  if (CORRESPONDENT.has(w)) return "ORG"
  if (s.lex.titles.get([w]) !== undefined) return "PERSON"
  if ((f & F.REPORT) !== 0) return "ORG"
  return null
}

/**
 * Nouns before a sports club's name that make an ambiguous one ("فريق الهلال", "لنادي النصر")
 * count, and the opponent words of match reports ("على ضيفه النصر", "أمام مضيفه الاتحاد").
 */
const CLUB_HEADS: ReadonlySet<string> = new Set(
  ["فريق", "فريقا", "نادي", "ناديا", "ضيفه", "مضيفه", "غريمه", "منافسه", "ضيفها", "مضيفها"].map((w) => normalizeText(w, "match"))
)

/** Whether the token before a name is a club head word, with or without proclitics. */
const clubHeadBefore = (s: Scan, first: number, cut: number): boolean => {
  if (cut > 0 || first === 0 || !s.joined(first)) return false
  const w = s.word(first - 1)
  return wordIn(CLUB_HEADS, w) !== undefined
}

/**
 * The country value of a one-word match whose word is also a nationality adjective, when it
 * stands where the country is meant: with a preposition glued to it ("لمالي"), at the start of a
 * clause, after a function word or a verb ("في مالي", "أعلنت السعودية"), or — for a name with the
 * article — after anything but a definite word ("وزير خارجية السعودية", not "الحكومة السعودية").
 * An article-less name after a noun is the adjective ("دعم مالي").
 */
/** Whether token i alone is a country of the gazetteer (with or without proclitics). */
const countryAt = (s: Scan, i: number): boolean => {
  const g = s.gazetteerAt(i)
  return g !== null && g.end === i + 1 && g.values.some((h) => s.gazetteer.entries[h.entry]?.kind === "country")
}

/** Whether a country joined by و follows token k ("السعودية والإمارات"): token k then begins a list of countries. */
const countryJoinedAfter = (s: Scan, k: number): boolean => {
  const n = k + 1
  return n < s.count && s.joined(n) && s.word(n).startsWith("و") && (s.gazetteerAt(n)?.cut ?? 0) > 0 && countryAt(s, n)
}

/**
 * Whether token k is a country that begins a list of countries ("السعودية والإمارات"): a
 * nationality adjective there is the country.
 *
 * @example
 * ```ts
 * import { countryListAt } from "./gazetteer.js" // internal to src/entities
 * // in "دول مجلس التعاون السعودية والإمارات", countryListAt(scan, 3) → true
 * ```
 */
export const countryListAt = (s: Scan, k: number): boolean => countryAt(s, k) && countryJoinedAfter(s, k)

const countryNotAdjective = (s: Scan, first: number, cut: number, stem: string, values: ReadonlyArray<GazetteerHit>): GazetteerHit | undefined => {
  const country = values.find((h) => !h.needsContext && s.gazetteer.entries[h.entry]?.kind === "country")
  if (country === undefined) return undefined
  if (/[بلك]/u.test(s.word(first).slice(0, cut))) return country
  const prev = first - 1
  if (prev < 0 || !s.joined(first) || !s.isArabic(prev)) return country
  // the first of a list of countries: "دول الخليج السعودية والإمارات"
  if (countryJoinedAfter(s, first)) return country
  if (stem.startsWith("ال")) return s.definite(prev) ? undefined : country
  return (s.flags[prev]! & (F.STOP | F.VERB | F.REPORT)) !== 0 ? country : undefined
}

/**
 * The entry that the first word of a longer match names on its own without needing context
 * (not a common word), or undefined.
 */
const aloneReading = (s: Scan, first: number, stem: string): GazetteerEntry | undefined => {
  if ((s.lex.flagsOf(stem) & COMMON_WORD) !== 0 || s.tanween(first)) return undefined
  const hit = s.gazetteer.trie.get([stem])?.find((h) => !h.needsContext)
  return hit === undefined ? undefined : s.gazetteer.entries[hit.entry]
}

/** Whether token k as printed is a known word with the accusative alef ("وساما" = وسام + ا). */
const accusativeOfWord = (s: Scan, k: number): boolean => {
  const w = s.word(k)
  return w.length >= 4 && w.endsWith("ا") && s.lex.flagsOf(w.slice(0, -1)) !== 0
}

/**
 * Layer 1: gazetteer matches. Every longest match of a name or alias (proclitics removed from
 * its first word) becomes a candidate with the entry's id. A name that needs context — an entry
 * marked ambiguous, an alias of ≤ 2 letters, or a one-word name that is also a common word —
 * counts only in quotes, after a head word of its type (مدينة, شركة, الرئيس), a reporting verb
 * (for organizations) or, for a sports club, فريق/نادي ("فريق الهلال"); otherwise it is returned
 * in `pending`, to count if the same entity is found without doubt elsewhere in the document —
 * except right after a number ("14 نيسان" is a date, whatever "شركة نيسان" says elsewhere).
 * In a sports document (`sports`), a club's name after a match-report cue ("فاز على ليفربول",
 * "أمام بورتو", "لاعب الاتحاد") is the club, also when it is a city; never when it is a country.
 * Elsewhere in a sports document, except after في or إلى, such a city is returned as a place in
 * `found` and as the club in `clubs`, which replaces the place when the club is found without
 * doubt in the document ("ليفربول يقلب الطاولة" in the title of a report on "ليفربول الإنجليزي").
 */
/** Words after an outlet that show it reported something: عن (its source), أن / إن (what it said). */
const REPORTED_AFTER = new Set(["عن", "ان", "نقلا"])

export const gazetteerCandidates = (s: Scan, sports = false): { found: Array<Candidate>; pending: Array<Candidate>; clubs: Array<Candidate> } => {
  const found: Array<Candidate> = []
  const pending: Array<Candidate> = []
  const clubs: Array<Candidate> = []
  for (let i = 0; i < s.count; i++) {
    const m = s.gazetteerAt(i)
    if (m === null) continue
    const single = m.end - m.first === 1
    // an indefinite noun or adverb with tanween (دوراً) is no name
    if (single && s.tanween(m.first)) continue
    // a name behind a proclitic that is also a word in the accusative: "وساما" is a medal, not ساما
    if (single && m.cut > 0 && accusativeOfWord(s, m.first)) continue
    const wordFlags = single ? s.lex.flagsOf(m.stem) : 0
    const common = single && (wordFlags & COMMON_WORD) !== 0
    const personName = single && (wordFlags & (COMMON_WORD & ~(F.GIVEN | F.AMBIGUOUS))) === 0
    let pick = m.values.find(
      (h) => !h.needsContext && (!common || (personName && s.gazetteer.entries[h.entry]?.type === "PERSON"))
    )
    let confidence = m.cut > 0 ? 0.9 : 0.95
    let isPending = false
    // a country whose name is also its nationality adjective (السعودية, مالي, تشيلي)
    // (read as the adjective there, it waits for no confirmation elsewhere: "فصائل سورية" beside "إلى سورية")
    let adjective = false
    if (pick === undefined && single && (wordFlags & F.NAT) !== 0) {
      pick = countryNotAdjective(s, m.first, m.cut, m.stem, m.values)
      adjective = pick === undefined && m.values.some((h) => s.gazetteer.entries[h.entry]?.kind === "country")
    }
    let clubReading: GazetteerHit | undefined
    if (sports) {
      const picked = pick === undefined ? undefined : s.gazetteer.entries[pick.entry]
      const club = m.values.find((h) => s.gazetteer.entries[h.entry]?.kind === "club")
      if (club !== undefined && (picked === undefined || (picked.type === "LOC" && picked.kind !== "country"))) {
        if (clubCueBefore(s, m.first, m.cut, m.stem)) {
          pick = club
          confidence = 0.8
        } else if (picked !== undefined && !placeCueBefore(s, m.first, m.cut)) clubReading = club
      }
    }
    if (pick === undefined) {
      // a name that needs context is no name right after a number: "14 نيسان" is a date, "3 صور" a count
      if (s.isNumber(m.first - 1) && s.joined(m.first)) continue
      const quoted = s.quoteBefore(m.first) && s.quoteBefore(m.end)
      let head = headTypeBefore(s, m.first, m.cut)
      // a reporting verb says nothing of a given name ("وقال فارس") or of a place and a day
      // ("وأعلنت إسرائيل اليوم"): no outlet there
      if (head === "ORG" && m.cut === 0 && s.is(m.first - 1, F.REPORT) && ((single && (wordFlags & F.GIVEN) !== 0) || s.word(m.end - 1) === DAY)) head = null
      // an outlet named with a common word is the word after a reporting verb ("نقلت الخبر": the
      // news) unless what it reported follows: "نقلت الشروق عن مصادر", "ذكرت الأيام أن"
      if (head === "ORG" && m.cut === 0 && common && s.is(m.first - 1, F.REPORT) && !REPORTED_AFTER.has(s.word(m.end))) head = null
      // a club counts after فريق/نادي only ("مجلس التعاون" is no club)
      const clubHead = clubHeadBefore(s, m.first, m.cut)
      const typed = m.values.find((h) => {
        const e = s.gazetteer.entries[h.entry]
        return e !== undefined && (e.kind === "club" ? clubHead : e.type === head)
      })
      if (typed !== undefined) pick = typed
      else if (quoted) pick = m.values[0]
      else if (adjective) continue
      else {
        pick = m.values[0]
        isPending = true
      }
      confidence = 0.8
    }
    const e = pick === undefined ? undefined : s.gazetteer.entries[pick.entry]
    if (e === undefined) continue
    // "العقبة الأساسية" (the main obstacle), "اللون الرمادي" (grey): the word, not the city
    if (single && m.cut === 0 && e.type === "LOC" && placeNameAsWord(s, m.first)) continue
    // a person's name listed with its title ("الملك محمد السادس", "الأمير محمد بن سلمان"): the
    // mention is the name, the title its role, as after any other title
    const title = e.type === "PERSON" ? s.titleAt(m.first) : undefined
    const titled = title !== undefined && title.first === m.first && title.end < m.end
    const c: Candidate = {
      first: titled ? title.end : m.first,
      end: m.end,
      cut: titled ? 0 : m.cut,
      stem: titled ? s.word(title.end) : m.stem,
      type: e.type,
      source: "gazetteer",
      confidence,
      entityId: e.id,
      role: titled ? [m.first, m.cut, title.end] : null
    }
    if (isPending) {
      pending.push(c)
      // the first word alone may still be a name without doubt: "روسيا" in "وقالت روسيا اليوم إن"
      const alone = m.end - m.first > 1 ? aloneReading(s, m.first, m.stem) : undefined
      if (alone !== undefined) found.push({ ...c, end: m.first + 1, type: alone.type, confidence: m.cut > 0 ? 0.9 : 0.95, entityId: alone.id })
    } else found.push(c)
    if (clubReading !== undefined) {
      const club = s.gazetteer.entries[clubReading.entry]!
      clubs.push({ ...c, type: club.type, confidence: 0.75, entityId: club.id })
    }
  }
  return { found, pending, clubs }
}
