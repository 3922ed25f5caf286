import { z } from "zod"

/**
 * One input article (or one input that could not be read, with `status: "error"`).
 *
 * @example
 * ```ts
 * import { DocumentRecord } from "akhbar"
 * const doc = DocumentRecord.parse({
 *   doc_id: "d-1", path: "a.txt", title: "عنوان", section: null, byline: null, outlet: null,
 *   published: null, dateline: null, chars: 5, sha256: "…", status: "ok", error: null
 * })
 * ```
 */
export const DocumentRecord = z.object({
  doc_id: z.string().describe("stable id: the given id, or derived from the content hash"),
  path: z.string().describe("input path as given (with #line or #row for records inside NDJSON/CSV files)"),
  title: z.string().nullable().describe("title of the article"),
  section: z.string().nullable().describe("section label (e.g. سياسة)"),
  byline: z.string().nullable().describe("author(s) as printed, without furniture such as | or بقلم:"),
  outlet: z.string().nullable().describe("publishing outlet when the text or the record names it"),
  published: z.string().nullable().describe("publication date, YYYY-MM-DD"),
  dateline: z.string().nullable().describe("place of the dateline (بغداد in 'بغداد -')"),
  url: z.string().nullable().describe("source URL when the input record gives one"),
  encoding: z.string().nullable().describe("encoding the bytes were decoded from (utf-8, utf-16le, windows-1256, …)"),
  chars: z.number().int().nonnegative().describe("length of the decoded text in UTF-16 code units"),
  sha256: z.string().describe("SHA-256 of the decoded text (hex), or of the raw bytes for unreadable inputs"),
  status: z.enum(["ok", "error"]).describe("ok, or error when the input could not be used"),
  error: z.string().nullable().describe("why the input could not be used, or null")
})
/** A `documents` record. */
export type DocumentRecord = z.infer<typeof DocumentRecord>
