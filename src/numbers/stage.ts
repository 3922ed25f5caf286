import { extractQuantities, type Quantity } from "./quantities.js"

/**
 * `extractQuantities` with the signature of a pipeline extractor (`(text, segmentContext)`): the
 * segment context (publication date, role) is not an option of `extractQuantities`, so passing
 * it straight would be rejected; this adapter ignores it.
 *
 * @example
 * ```ts
 * import { quantityExtractor } from "akhbar"
 * quantityExtractor("نحو 5200 جندي", { published: "2024-05-01", role: "body" })[0]?.unit // "soldier"
 * ```
 */
export const quantityExtractor = (text: string, _context?: { readonly published?: string | null }): Array<Quantity> => extractQuantities(text)
