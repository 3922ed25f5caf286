import { z } from "zod"
import { EntityType } from "./vocabulary.js"

/**
 * One occurrence of a named entity in an article.
 *
 * @example
 * ```ts
 * import { MentionRecord } from "akhbar"
 * MentionRecord.parse({
 *   doc_id: "d-1", seg_id: "d-1:3", start: 10, end: 15, text: "بغداد", norm: "بغداد",
 *   entity_id: "loc:city:iq:baghdad", type: "LOC", method: "gazetteer", confidence: 0.95, role: null
 * })
 * ```
 */
export const MentionRecord = z.object({
  doc_id: z.string().describe("document id"),
  seg_id: z.string().describe("segment the mention is in"),
  start: z.number().int().nonnegative().describe("UTF-16 start offset in the document text"),
  end: z.number().int().nonnegative().describe("UTF-16 end offset in the document text"),
  text: z.string().describe("the raw surface, exactly text.slice(start, end)"),
  norm: z.string().describe("the surface normalized with the match profile"),
  entity_id: z.string().describe("id of the entity the mention refers to (gazetteer id or a stable key)"),
  type: EntityType.describe("PERSON, ORG, LOC or MISC"),
  method: z.string().describe("what found it: gazetteer, pattern, model, alias, …"),
  confidence: z.number().min(0).max(1).describe("confidence between 0 and 1"),
  role: z.string().nullable().describe("title or role phrase printed with a person (وزير الدفاع الأميركي), or null"),
  key: z.string().nullish().describe("canonical normalized name the recognizer gave, before corpus linking"),
  gazetteer_id: z.string().nullish().describe("gazetteer entry the recognizer matched, or null")
})
/** A `mentions` record. */
export type MentionRecord = z.infer<typeof MentionRecord>
