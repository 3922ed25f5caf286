import { extractDates, type DateExpression } from "./extract.js"

/**
 * `extractDates` with the signature of a pipeline extractor (`(text, segmentContext)`): takes the
 * publication date from the segment context and ignores the rest (role).
 *
 * @example
 * ```ts
 * import { dateExtractor } from "akhbar"
 * dateExtractor("قال أمس", { published: "2024-05-02", role: "body" })[0]?.resolved // "2024-05-01"
 * ```
 */
export const dateExtractor = (text: string, context?: { readonly published?: string | null }): Array<DateExpression> =>
  extractDates(text, { published: context?.published ?? null })
