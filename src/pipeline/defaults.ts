import { extractDates } from "../dates/extract.js"
import { bylineNames } from "../entities/byline.js"
import { extractDocumentMentions, extractMentions } from "../entities/extract.js"
import { extractQuantities } from "../numbers/quantities.js"
import type { Extractors } from "./extractors.js"

/** The built-in extractors (entities, quantities and dates stages). */
export const defaultExtractors: Extractors = {
  quantities: (text) => extractQuantities(text),
  dates: (text, context) => extractDates(text, { published: context.published }),
  mentions: (text) => extractMentions(text),
  documentMentions: (texts, roles) =>
    extractDocumentMentions(texts).map((found, i) =>
      roles[i] === "byline" || roles[i] === "credit" ? [...found, ...bylineNames(texts[i]!, found)] : found
    )
}
