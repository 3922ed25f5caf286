import { z } from "zod"
import { EntityType } from "./vocabulary.js"

/**
 * A distinct entity across the run, with its surface forms and counts.
 *
 * @example
 * ```ts
 * import { EntityRecord } from "akhbar"
 * EntityRecord.parse({
 *   entity_id: "loc:country:iq", name: "العراق", type: "LOC", aliases: ["العراق"],
 *   mention_count: 3, doc_count: 2
 * })
 * ```
 */
export const EntityRecord = z.object({
  entity_id: z.string().describe("stable entity id"),
  name: z.string().describe("canonical name"),
  type: EntityType.describe("PERSON, ORG, LOC or MISC"),
  aliases: z.array(z.string()).describe("distinct surfaces seen in the run (joined with | in CSV)"),
  mention_count: z.number().int().nonnegative().describe("number of mentions"),
  doc_count: z.number().int().nonnegative().describe("number of documents it is mentioned in")
})
/** An `entities` record. */
export type EntityRecord = z.infer<typeof EntityRecord>
