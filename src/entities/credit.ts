import { normalizeText } from "../normalize/normalize.js"
import { bundledGazetteer, nameKey, type GazetteerIndex } from "./gazetteer.js"
import { creditParts } from "./parts.js"
import type { Mention } from "./types.js"

/** What separates the parts of a byline or credit: | / [ ] ( ) « » " ، , + & dashes, "and" before another part ("الجزيرة + وكالات"). */
const PARTS = /\s*[|/\\[\]()«»"“”،,؛:+&\-–—]+\s*|\s+(?=و\S)/gu

/** Gazetteer ids of news agencies, newspapers and channels. */
const isOutlet = (id: string): boolean => id.startsWith("org:media:")

/**
 * News outlets named by a part of a byline or credit ("عمان - بترا", "رام الله - وفا", "تصوير:
 * رويترز"): there the place of the words says what they are, so an outlet alias that is also a
 * common word or a place ("بترا", "وفا", "الشروق") needs no further context. Each part between
 * separators that is exactly an outlet's name or alias gives an ORG mention with its id.
 *
 * @param text the byline, credit or source line
 * @param gazetteer the gazetteer to read outlets from (the bundled one by default)
 * @example
 * ```ts
 * import { creditOutlets } from "akhbar"
 * creditOutlets("بترا").map((m) => m.entity_id) // ["org:media:petra"]
 * ```
 */
export const creditOutlets = (text: string, gazetteer: GazetteerIndex = bundledGazetteer()): Array<Mention> => {
  const out: Array<Mention> = []
  for (const [s, e] of creditParts(text, PARTS)) {
    // "ووكالة الصحافة الفرنسية": the conjunction before a second credit
    for (const start of text[s] === "و" ? [s, s + 1] : [s]) {
      const piece = text.slice(start, e)
      const key = nameKey(piece)
      const id = piece === "" ? undefined : gazetteer.idOf("ORG", key)
      if (id === undefined || !isOutlet(id)) continue
      out.push({
        start,
        end: e,
        text: piece,
        norm: normalizeText(piece, "match"),
        type: "ORG",
        method: "gazetteer",
        confidence: 0.9,
        role: null,
        key,
        entity_id: id
      })
      break
    }
  }
  return out
}

/**
 * The mentions of a byline or credit with its outlets put first: an outlet found by
 * {@link creditOutlets} replaces whatever else was read over the same characters (the tagger may
 * take "بترا" for a place).
 *
 * @example
 * ```ts
 * import { withCreditOutlets } from "akhbar"
 * withCreditOutlets("بترا", []).map((m) => m.type) // ["ORG"]
 * ```
 */
export const withCreditOutlets = (text: string, found: ReadonlyArray<Mention>): Array<Mention> => {
  const outlets = creditOutlets(text).filter((o) => !found.some((m) => m.entity_id === o.entity_id && m.start === o.start && m.end === o.end))
  if (outlets.length === 0) return [...found]
  const kept = found.filter((m) => !outlets.some((o) => m.start < o.end && o.start < m.end))
  return [...kept, ...outlets].sort((a, b) => a.start - b.start || b.end - a.end)
}
