import { z } from "zod"
import { Calendar, DateModifier, Granularity } from "./vocabulary.js"

/**
 * A date or time expression.
 *
 * @example
 * ```ts
 * import { DateRecord } from "akhbar"
 * DateRecord.parse({
 *   doc_id: "d-1", seg_id: "d-1:2", start: 0, end: 15, text: "27 أيلول/سبتمبر", value: "XXXX-09-27",
 *   granularity: "day", modifier: null, calendar: "gregorian", resolved: "2023-09-27"
 * })
 * ```
 */
export const DateRecord = z.object({
  doc_id: z.string().describe("document id"),
  seg_id: z.string().describe("segment the date is in"),
  start: z.number().int().nonnegative().describe("UTF-16 start offset in the document text"),
  end: z.number().int().nonnegative().describe("UTF-16 end offset in the document text"),
  text: z.string().describe("the raw phrase, exactly text.slice(start, end)"),
  value: z.string().nullable().describe("ISO 8601 with X for open parts (XXXX-09-27); H prefix for Hijri; null when relative"),
  granularity: Granularity.describe("day, month, year, weekday or relative"),
  modifier: DateModifier.nullable().describe("early, mid, late or null"),
  calendar: Calendar.describe("gregorian or hijri"),
  resolved: z.string().nullable().describe("Gregorian ISO date with open parts filled from the publication date, or null")
})
/** A `dates` record. */
export type DateRecord = z.infer<typeof DateRecord>
