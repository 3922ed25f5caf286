import { z } from "zod"
import { Role } from "./vocabulary.js"

/**
 * A paragraph- or sentence-level unit of an article with its role.
 *
 * @example
 * ```ts
 * import { SegmentRecord } from "akhbar"
 * SegmentRecord.parse({
 *   doc_id: "d-1", seg_id: "d-1:0", index: 0, paragraph: 0, sentence: 0, role: "title",
 *   start: 0, end: 5, text: "عنوان", norm: "عنوان", duplicate_of: null
 * })
 * ```
 */
export const SegmentRecord = z.object({
  doc_id: z.string().describe("document id"),
  seg_id: z.string().describe("segment id, unique in the run (doc_id:index)"),
  index: z.number().int().nonnegative().describe("position of the segment in its document"),
  paragraph: z.number().int().nonnegative().describe("index of the paragraph (line block) the segment belongs to"),
  sentence: z.number().int().nonnegative().describe("index of the sentence within its paragraph"),
  role: Role.describe("what the segment is on the page"),
  start: z.number().int().nonnegative().describe("UTF-16 start offset in the document text"),
  end: z.number().int().nonnegative().describe("UTF-16 end offset in the document text"),
  text: z.string().describe("the raw text, exactly text.slice(start, end)"),
  norm: z.string().describe("the text normalized with the display profile"),
  duplicate_of: z.string().nullable().describe("seg_id of the earlier identical segment (a caption printed twice), or null")
})
/** A `segments` record. */
export type SegmentRecord = z.infer<typeof SegmentRecord>
