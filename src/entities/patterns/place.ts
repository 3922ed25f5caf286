import { normalizeText } from "../../normalize/normalize.js"
import { F } from "../lexicon.js"
import { PERSON_NAMED_PLACE_HEADS, PLACE_NAME_FIRST_WORDS } from "../lexicon/heads.js"
import { looksVerbal } from "../morphology.js"
import type { Candidate, Scan } from "../scan.js"
import { placeHeadAt } from "./heads.js"
import { cliticPhrase, parseName } from "./names.js"

const FIRST_WORDS = new Set(PLACE_NAME_FIRST_WORDS.map((w) => normalizeText(w, "match")))

/**
 * The end of a construct place name at token j whose first word heads such names ("عين عيسى",
 * "بيت أمر"): j + 2 when an Arabic word that is no function word follows (a verb too: أمر), or -1.
 */
const constructNameEnd = (s: Scan, j: number): number => {
  const k = j + 1
  if (!FIRST_WORDS.has(s.word(j)) || k >= s.count || !s.joined(k) || !s.isArabic(k) || !s.isWord(k)) return -1
  if ((s.flags[k]! & (F.STOP | F.REPORT | F.PLACE_HEAD)) !== 0 || s.tanween(k)) return -1
  return k + 1
}

/** Whether token k cannot be (part of) a place name. */
const blocksPlace = (s: Scan, k: number): boolean => {
  if (k >= s.count || !s.isWord(k)) return true
  const f = s.flags[k]!
  if ((f & (F.STOP | F.VERB | F.COMMON | F.ADJ | F.NAT | F.ROLE | F.REPORT | F.LIST)) !== 0) return true
  if ((f & (F.ORG_NAME | F.ORG_PHRASE | F.PLACE_HEAD)) !== 0) return true
  return s.lex.titles.starts(s.word(k))
}

/**
 * Whether an unknown word after a head can start a place name: not a given name (بلدة إبراهيم is
 * rare, "قرية محمد" rarer), no tanween, no verb shape, and not an indefinite feminine word, which
 * after a head is an adjective ("قاعدة سعرية", "قرية عائمة").
 */
const placeWord = (s: Scan, k: number): boolean => {
  if (!s.isArabic(k)) return true
  const w = s.word(k)
  if ((s.flags[k]! & (F.GIVEN | F.FOREIGN)) !== 0) return false
  if (s.tanween(k) || s.maqsura(k) || looksVerbal(w)) return false
  if (!s.definite(k) && w.length >= 4 && w.endsWith("ه")) return false
  return true
}

/** Whether token k is a definite adjective that may close a facility name ("الدولي", "الجوية"). */
const closingAdjective = (s: Scan, k: number): boolean => {
  const w = s.word(k)
  if (!s.definite(k) || w.length < 5) return false
  const f = s.flags[k]!
  if ((f & (F.STOP | F.VERB)) !== 0 && (f & F.ROLE) === 0) return false
  return w.endsWith("ي") || w.endsWith("يه") || (f & (F.ROLE | F.NAT)) !== 0
}

const PERSON_NAMED = new Set(PERSON_NAMED_PLACE_HEADS.map((w) => normalizeText(w, "match")))

/**
 * The end of "title + a person's name + closing adjectives" starting at token j, after the head
 * of a place named after a person ("مسجد [السيدة نفيسة]", "مستشفى [الملك فيصل التخصصي]"), or
 * -1. The name is a person of the gazetteer or a name that starts with a given name.
 */
const personNamedEnd = (s: Scan, j: number): number => {
  const title = s.titleAt(j)
  if (title === undefined || title.cut !== 0) return -1
  const k = title.end
  if (k >= s.count || !s.joined(k) || !s.isArabic(k)) return -1
  const g = s.gazetteerAt(k)
  let end = -1
  if (g !== null && g.cut === 0 && g.values.some((h) => s.gazetteer.entries[h.entry]?.type === "PERSON")) end = g.end
  else {
    const name = parseName(s, k, "title", s.flags[k]!, s.word(k))
    if (name !== null && (name.given || name.known)) end = name.end
  }
  if (end < 0) return -1
  for (let adjectives = 0; adjectives < 2 && end < s.count && s.joined(end) && closingAdjective(s, end); adjectives++) end++
  return end
}

const candidate = (first: number, end: number, cut: number, stem: string, confidence: number): Candidate => ({
  first,
  end,
  cut,
  stem,
  type: "LOC",
  source: "pattern",
  confidence,
  entityId: null,
  role: null
})

/**
 * Place names after place heads:
 * - heads that belong to the name (مطار, قاعدة, ميناء, إقليم): the head, the name (a gazetteer
 *   place or up to three words) and closing adjectives — "مطار بغداد الدولي", "قاعدة عين الأسد
 *   الجوية";
 * - heads that do not (مدينة, محافظة, قضاء, ناحية): the name only — "قضاء المقدادية" →
 *   المقدادية; a gazetteer place after them is left to the gazetteer.
 * Weak heads (منطقة) only count before a gazetteer place. A head of a place often named after
 * a person, followed by a title and a name ("شارع الملك فهد"), gives the whole phrase.
 */
export const placeCandidates = (s: Scan): Array<Candidate> => {
  const out: Array<Candidate> = []
  for (let i = 0; i < s.count - 1; i++) {
    const head = placeHeadAt(s, i)
    if (head === null) continue
    const j = i + 1
    if (!s.joined(j)) continue
    // a place named after a person, with the title: "شارع الملك فهد", "مسجد السيدة نفيسة"
    if (PERSON_NAMED.has(head.word)) {
      const named = personNamedEnd(s, j)
      if (named > 0) {
        out.push(candidate(i, named, head.cut, head.word, 0.85))
        continue
      }
    }
    const g = s.gazetteerAt(j)
    const gLoc = g !== null && g.cut === 0 && g.values.some((h) => s.gazetteer.entries[h.entry]?.type === "LOC")
    if (head.withHead) {
      // weak heads (ساحة, محطة) only before a known place: "ساحة حرب" is no place
      if (head.weak && !gLoc) continue
      let end: number
      if (gLoc) end = g.end
      else {
        if (blocksPlace(s, j) || !placeWord(s, j)) continue
        end = j + 1
        // a construct name: "عين الأسد", "أم قصر", or a foreign name of up to 3 words
        while (end < s.count && end - j < 3 && s.joined(end) && !blocksPlace(s, end) && !closingAdjective(s, end) && placeWord(s, end) && !cliticPhrase(s, end)) {
          if (s.definite(end)) {
            // only short first words head a construct place name (عين, أم, تل, رأس, دير, بئر)
            if (s.word(j).length > 3) break
            end++
            break
          }
          end++
        }
      }
      let adjectives = 0
      while (end < s.count && adjectives < 2 && s.joined(end) && closingAdjective(s, end)) {
        end++
        adjectives++
      }
      out.push(candidate(i, end, head.cut, head.word, gLoc ? 0.85 : 0.7))
      continue
    }
    if (gLoc || head.weak) continue
    const construct = constructNameEnd(s, j)
    if (construct > 0) {
      out.push(candidate(j, construct, 0, s.word(j), 0.7))
      continue
    }
    if (blocksPlace(s, j) || !placeWord(s, j)) continue
    const w = s.word(j)
    const f = s.flags[j]!
    if ((f & (F.GIVEN | F.FOREIGN)) !== 0 && (f & F.AMBIGUOUS) !== 0) continue
    let end = j + 1
    const definite = s.definite(j)
    if (!definite) {
      // a word behind a proclitic is the next phrase: "بلدة ذيبان بريف دير الزور"
      while (end < s.count && end - j < 3 && s.joined(end) && !blocksPlace(s, end) && !s.definite(end) && placeWord(s, end) && !cliticPhrase(s, end)) end++
    }
    out.push(candidate(j, end, 0, w, definite ? 0.65 : 0.7))
  }
  return out
}
