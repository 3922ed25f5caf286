import { z } from "zod"
import { QuantityKind } from "../../model/vocabulary.js"

/**
 * Summary statistics of the quantities of one unit and kind (`quantities_by_unit` aggregate).
 * Ranges count with their lower bound (`value`). `documents` is a count of distinct documents,
 * not a list of ids, so that the aggregate stays small on large corpora (join `quantities` on
 * `unit` and `kind` for the ids).
 *
 * @example
 * ```ts
 * import { QuantityByUnitRecord } from "akhbar"
 * QuantityByUnitRecord.parse({ unit: "USD", kind: "money", count: 4, documents: 2, sum: 3.4e9, mean: 8.5e8, min: 1e6, max: 3e9 })
 * ```
 */
export const QuantityByUnitRecord = z.object({
  unit: z.string().describe("English unit token: USD, percent, day, soldier, …"),
  kind: QuantityKind.describe("count, money, percent, duration, measure or ordinal"),
  count: z.number().int().positive().describe("number of quantities"),
  documents: z.number().int().positive().describe("number of distinct documents they come from"),
  sum: z.number().describe("sum of the values (lower bound of ranges)"),
  mean: z.number().describe("mean of the values"),
  min: z.number().describe("smallest value"),
  max: z.number().describe("largest value (upper bounds of ranges included)")
})
/** A `quantities_by_unit` record. */
export type QuantityByUnitRecord = z.infer<typeof QuantityByUnitRecord>
