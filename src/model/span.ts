import { z } from "zod"

/**
 * UTF-16 offsets into the decoded article text: `text.slice(start, end)` is the record's `text`.
 *
 * @example
 * ```ts
 * import { Span } from "akhbar"
 * Span.parse({ start: 0, end: 5 })
 * ```
 */
export const Span = z.object({
  start: z.number().int().nonnegative().describe("UTF-16 offset of the first character in the decoded article text"),
  end: z.number().int().nonnegative().describe("UTF-16 offset just past the last character")
})
/** A span of UTF-16 offsets. */
export type Span = z.infer<typeof Span>
