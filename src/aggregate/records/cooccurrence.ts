import { z } from "zod"
import { EntityType } from "../../model/vocabulary.js"

/**
 * Two entities mentioned in the same sentence (segment), with how often and how strongly they
 * are associated: one edge of the entity network (`cooccurrence` aggregate). `entity_a < entity_b`
 * (by UTF-16 code units).
 *
 * @example
 * ```ts
 * import { CooccurrenceRecord } from "akhbar"
 * CooccurrenceRecord.parse({
 *   entity_a: "loc:country:iq", name_a: "العراق", type_a: "LOC",
 *   entity_b: "org:isis", name_b: "داعش", type_b: "ORG",
 *   sentences: 2, documents: 1, sentences_a: 4, sentences_b: 2, pmi: 2.5, jaccard: 0.5
 * })
 * ```
 */
export const CooccurrenceRecord = z.object({
  entity_a: z.string().describe("id of the first entity (the smaller id)"),
  name_a: z.string().describe("name of the first entity"),
  type_a: EntityType.describe("type of the first entity"),
  entity_b: z.string().describe("id of the second entity (the larger id)"),
  name_b: z.string().describe("name of the second entity"),
  type_b: EntityType.describe("type of the second entity"),
  sentences: z.number().int().positive().describe("number of sentences (segments) that mention both"),
  documents: z.number().int().positive().describe("number of documents with at least one sentence that mentions both"),
  sentences_a: z.number().int().positive().describe("number of sentences that mention the first entity"),
  sentences_b: z.number().int().positive().describe("number of sentences that mention the second entity"),
  pmi: z.number().describe("pointwise mutual information over sentences, log2(sentences × N / (sentences_a × sentences_b)), N = content sentences of the corpus"),
  jaccard: z.number().min(0).max(1).describe("Jaccard index of the two sentence sets, sentences / (sentences_a + sentences_b − sentences)")
})
/** A `cooccurrence` record. */
export type CooccurrenceRecord = z.infer<typeof CooccurrenceRecord>
