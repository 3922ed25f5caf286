import { z } from "zod"
import { Approx, QuantityKind } from "./vocabulary.js"

/**
 * A number together with what it measures.
 *
 * @example
 * ```ts
 * import { QuantityRecord } from "akhbar"
 * QuantityRecord.parse({
 *   doc_id: "d-1", seg_id: "d-1:4", start: 0, end: 13, text: "نحو 5200 جندي", value: 5200,
 *   unit: "soldier", kind: "count", approx: "about", value_max: null, currency: null
 * })
 * ```
 */
export const QuantityRecord = z.object({
  doc_id: z.string().describe("document id"),
  seg_id: z.string().describe("segment the quantity is in"),
  start: z.number().int().nonnegative().describe("UTF-16 start offset in the document text"),
  end: z.number().int().nonnegative().describe("UTF-16 end offset in the document text"),
  text: z.string().describe("the raw phrase, exactly text.slice(start, end)"),
  value: z.number().describe("numeric value (the lower bound for ranges)"),
  unit: z.string().describe("English unit token: USD, percent, day, soldier, item, ordinal, …"),
  kind: QuantityKind.describe("count, money, percent, duration, measure or ordinal"),
  approx: Approx.describe("exact, about, more_than, less_than, at_least, at_most or range"),
  value_max: z.number().nullable().describe("upper bound of a range, else null"),
  currency: z.string().nullable().describe("ISO 4217 code for money, else null")
})
/** A `quantities` record. */
export type QuantityRecord = z.infer<typeof QuantityRecord>
