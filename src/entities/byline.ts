import { normalizeText } from "../normalize/normalize.js"
import { nameKey } from "./gazetteer.js"
import { defaultLexicon, F } from "./lexicon.js"
import type { Mention } from "./types.js"

/** Word classes that never occur in a person's name as printed in a byline or credit. */
const NOT_NAME = F.STOP | F.VERB | F.REPORT | F.NAT | F.ROLE | F.ORG_PHRASE | F.ORG_NAME | F.PLACE_HEAD | F.COMMON | F.ADJ

/** What separates the parts of a byline or credit: | / [ ] ( ) ، , dashes, "and" before another part. */
const PARTS = /[|/\\[\]()،,؛:\-–—]+|\s+(?=و\S)/gu

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
  const cuts: Array<[number, number]> = found.map((m) => [m.start, m.end])
  for (const sep of text.matchAll(PARTS)) cuts.push([sep.index, sep.index + sep[0].length])
  cuts.sort((a, b) => a[0] - b[0])
  let at = 0
  const pieces: Array<[number, number]> = []
  for (const [s, e] of cuts) {
    if (s > at) pieces.push([at, s])
    at = Math.max(at, e)
  }
  if (at < text.length) pieces.push([at, text.length])
  for (const [s0, e0] of pieces) {
    let s = s0
    let e = e0
    while (s < e && /[\s\u00a0]/u.test(text[s]!)) s++
    while (e > s && /[\s\u00a0]/u.test(text[e - 1]!)) e--
    // a leading conjunction: "و" glued to the first word of a second author
    if (text[s] === "و" && s0 > 0 && /\s/u.test(text[s0 - 1] ?? " ")) s++
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
