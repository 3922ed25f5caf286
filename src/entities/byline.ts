import { normalizeText } from "../normalize/normalize.js"
import { creditParts } from "./parts.js"
import { nameKey } from "./gazetteer.js"
import { defaultLexicon, F } from "./lexicon.js"
import type { Mention } from "./types.js"

/** Word classes that never occur in a person's name as printed in a byline or credit. */
const NOT_NAME = F.STOP | F.VERB | F.REPORT | F.NAT | F.ROLE | F.ORG_PHRASE | F.ORG_NAME | F.PLACE_HEAD | F.COMMON | F.ADJ

/** What separates the parts of a byline or credit: | / [ ] ( ) ، , + & dashes (with the spaces around them), "and" before another part. */
const PARTS = /\s*[|/\\[\]()،,؛:+&\-–—]+\s*|\s+(?=و\S)/gu

/** A separator mark (not a bare space) just before a part: "كتب - وسيم فارس" keeps its "و". */
const AFTER_MARK = /[|/\\[\]()،,؛:\-–—]\s*$/u

/** Photo-credit and byline furniture words that begin no name. */
const FURNITURE = new Set(
  ["حقوق", "الصورة", "صورة", "تصوير", "بقلم", "كتب", "كتبت", "إعداد", "تقرير", "تحرير", "مراسل", "مراسلة", "أرشيف", "أرشيفية", "خاص", "المصدر", "لـ", "ل"].map((w) =>
    normalizeText(w, "match")
  )
)

/**
 * Person names in a byline ("أنس البار |", "فارس العمران ووكالة الصحافة الفرنسية") or a photo credit
 * ("[جوناثان إرنست/وكالة الصحافة الفرنسية]"): the parts left between separators and the mentions
 * already found, when they have two or three words that look like a name (no function word, verb,
 * role, nationality or head word; the first word without the article).
 *
 * @param text the byline or credit
 * @param found the mentions the recognizer found in it (organizations, known people)
 * @example
 * ```ts
 * import { extractMentions, bylineNames } from "akhbar"
 * const t = "فارس العمران ووكالة الصحافة الفرنسية"
 * bylineNames(t, extractMentions(t)).map((m) => m.text) // ["فارس العمران"]
 * ```
 */
export const bylineNames = (text: string, found: ReadonlyArray<Mention>): Array<Mention> => {
  const lexicon = defaultLexicon()
  const out: Array<Mention> = []
  for (const [start, e, s0] of creditParts(text, PARTS, found.map((m) => [m.start, m.end] as const))) {
    let s = start
    // a leading conjunction: "و" glued to the first word of a second author (the part was split off at the space before it)
    if (text[s] === "و" && s0 > 0 && /\s/u.test(text[s0 - 1] ?? " ") && !AFTER_MARK.test(text.slice(Math.max(0, s0 - 8), s0))) s++
    const piece = text.slice(s, e)
    const words = piece.split(/\s+/u).filter((w) => w !== "")
    if (words.length < 2 || words.length > 3 || /[0-9٠-٩]/u.test(piece)) continue
    const norms = words.map((w) => normalizeText(w, "match"))
    if (norms[0]!.startsWith("ال") || norms.some((w) => w.length < 2 || FURNITURE.has(w) || (lexicon.tokenFlags(w) & NOT_NAME) !== 0)) continue
    if (!/^[\p{Script=Arabic}\s]+$/u.test(piece)) continue
    out.push({
      start: s,
      end: e,
      text: piece,
      norm: normalizeText(piece, "match"),
      type: "PERSON",
      method: "byline",
      confidence: 0.7,
      role: null,
      key: nameKey(piece),
      entity_id: null
    })
  }
  return out
}
