import { z } from "zod"
import { EntityType } from "../../model/vocabulary.js"

/**
 * How often one entity is mentioned in one document (`entity_counts` aggregate).
 *
 * @example
 * ```ts
 * import { EntityCountRecord } from "akhbar"
 * EntityCountRecord.parse({ entity_id: "loc:country:iq", name: "العراق", type: "LOC", doc_id: "d-1", mentions: 3 })
 * ```
 */
export const EntityCountRecord = z.object({
  entity_id: z.string().describe("entity id"),
  name: z.string().describe("canonical name (from entities; the most frequent surface when the entity has no entities record)"),
  type: EntityType.describe("PERSON, ORG, LOC or MISC"),
  doc_id: z.string().describe("document id"),
  mentions: z.number().int().positive().describe("number of mentions of the entity in the document")
})
/** An `entity_counts` record. */
export type EntityCountRecord = z.infer<typeof EntityCountRecord>
