import type { DateRecord } from "../model/date.js"
import type { EntityType } from "../model/vocabulary.js"
import type { QuantityRecord } from "../model/quantity.js"

/** A quantity found in a piece of text, with offsets into that text. */
export type QuantityFound = Omit<QuantityRecord, "doc_id" | "seg_id">
/** A date found in a piece of text, with offsets into that text. */
export type DateFound = Omit<DateRecord, "doc_id" | "seg_id">

/** An entity mention found in a piece of text, before corpus linking. */
export interface MentionFound {
  readonly start: number
  readonly end: number
  readonly text: string
  readonly norm: string
  readonly type: EntityType
  readonly method: string
  readonly confidence: number
  readonly role: string | null
  /** Canonical key for linking. */
  readonly key: string
  /** Entity id when a gazetteer knows it. */
  readonly entity_id: string | null
}

/** Context an extractor gets with each segment. */
export interface SegmentContext {
  /** Publication date of the document (YYYY-MM-DD), when known. */
  readonly published: string | null
  /** Role of the segment. */
  readonly role: string
  /**
   * The text of the document's content segments and dateline (or of the block's, for a document
   * processed in blocks), one segment a line: a wider context for what a segment alone cannot tell, such as the
   * country of a bare "دينار". Made when first read.
   */
  readonly document?: string | undefined
}

/**
 * The extractors the pipeline runs on every content segment. Each works on one string and returns
 * records with offsets into that string; the pipeline shifts them to document offsets.
 *
 * @example
 * ```ts
 * import { type Extractors } from "akhbar"
 * const onlyPercent: Extractors = {
 *   quantities: (text) => [...text.matchAll(/(\d+)%/g)].map((m) => ({
 *     start: m.index, end: m.index + m[0].length, text: m[0], value: Number(m[1]), unit: "percent",
 *     kind: "percent", approx: "exact", value_max: null, currency: null
 *   }))
 * }
 * ```
 */
export interface Extractors {
  readonly quantities?: ((text: string, context: SegmentContext) => ReadonlyArray<QuantityFound>) | undefined
  readonly dates?: ((text: string, context: SegmentContext) => ReadonlyArray<DateFound>) | undefined
  readonly mentions?: ((text: string, context: SegmentContext) => ReadonlyArray<MentionFound>) | undefined
  /**
   * Entity mentions for all the content segments of one document at once (one array per text,
   * offsets into that text), so that a recognizer can use the whole document — e.g. a surname
   * alone in one sentence linked to the full name in another. Used instead of `mentions` when set.
   */
  readonly documentMentions?:
    | ((texts: ReadonlyArray<string>, roles: ReadonlyArray<string>) => ReadonlyArray<ReadonlyArray<MentionFound>>)
    | undefined
}
