import { z } from "zod"
import { Calendar, DateModifier, Granularity } from "../../model/vocabulary.js"

/**
 * One dated mention — a `dates` record — with a sortable date, its sentence and the entities of
 * that sentence (`timeline` aggregate).
 *
 * @example
 * ```ts
 * import { TimelineRecord } from "akhbar"
 * TimelineRecord.parse({
 *   doc_id: "d-1", seg_id: "d-1:4", start: 120, end: 135, text: "27 أيلول/سبتمبر", value: "XXXX-09-27",
 *   resolved: "2023-09-27", granularity: "day", modifier: null, calendar: "gregorian", sort_date: "2023-09-27",
 *   published: "2023-09-28", sentence: "وصل الوفد إلى بغداد في 27 أيلول/سبتمبر.",
 *   entity_ids: ["loc:city:iq:baghdad"], entity_names: ["بغداد"]
 * })
 * ```
 */
export const TimelineRecord = z.object({
  doc_id: z.string().describe("document id"),
  seg_id: z.string().describe("segment (sentence) the date is in"),
  start: z.number().int().nonnegative().describe("UTF-16 start offset of the date in the document text"),
  end: z.number().int().nonnegative().describe("UTF-16 end offset of the date in the document text"),
  text: z.string().describe("the date phrase as printed"),
  value: z.string().nullable().describe("ISO 8601 with X for open parts, as in dates"),
  resolved: z.string().nullable().describe("Gregorian ISO date with open parts filled from the publication date, as in dates"),
  granularity: Granularity.describe("day, month, year, weekday or relative"),
  modifier: DateModifier.nullable().describe("early, mid, late or null"),
  calendar: Calendar.describe("gregorian or hijri"),
  sort_date: z
    .string()
    .nullable()
    .describe(
      "YYYY-MM-DD to sort and plot by: resolved, else a Gregorian value, with an unknown year taken from the publication date and an unknown month or day as 01; null when there is none"
    ),
  published: z.string().nullable().describe("publication date of the document (YYYY-MM-DD), or null"),
  sentence: z.string().nullable().describe("text of the sentence (segment) the date is in, or null when segments were not given"),
  entity_ids: z.array(z.string()).describe("ids of the entities mentioned in the sentence, in order of first mention (joined with | in CSV)"),
  entity_names: z.array(z.string()).describe("names of those entities, in the same order (joined with | in CSV)")
})
/** A `timeline` record. */
export type TimelineRecord = z.infer<typeof TimelineRecord>
