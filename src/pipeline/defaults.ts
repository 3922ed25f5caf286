import { extractDocumentMentions, extractMentions } from "../entities/extract.js"
import type { Extractors } from "./extractors.js"

/** The built-in extractors (entities, quantities and dates stages). */
export const defaultExtractors: Extractors = {
  mentions: (text) => extractMentions(text),
  documentMentions: (texts) => extractDocumentMentions(texts)
}
