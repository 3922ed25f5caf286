import type { z } from "zod"
import { DateRecord } from "./date.js"
import { DocumentRecord } from "./document.js"
import { EntityRecord } from "./entity.js"
import { MentionRecord } from "./mention.js"
import { QuantityRecord } from "./quantity.js"
import { SegmentRecord } from "./segment.js"

/**
 * The record datasets a run writes, in the order they are written, with their schemas.
 *
 * @example
 * ```ts
 * import { RECORD_DATASETS } from "akhbar"
 * Object.keys(RECORD_DATASETS) // ["documents", "segments", "mentions", "entities", "quantities", "dates"]
 * ```
 */
export const RECORD_DATASETS = {
  documents: DocumentRecord,
  segments: SegmentRecord,
  mentions: MentionRecord,
  entities: EntityRecord,
  quantities: QuantityRecord,
  dates: DateRecord
} as const

/** Name of a record dataset. */
export type RecordDatasetName = keyof typeof RECORD_DATASETS

/** The record type of each dataset. */
export type DatasetRecords = { [K in RecordDatasetName]: z.infer<(typeof RECORD_DATASETS)[K]> }

/**
 * What each record dataset holds one record of, for the data dictionary.
 *
 * @example
 * ```ts
 * import { DATASET_DESCRIPTIONS } from "akhbar"
 * DATASET_DESCRIPTIONS.segments // "paragraph or sentence-level unit of an article"
 * ```
 */
export const DATASET_DESCRIPTIONS: Record<string, string> = {
  documents: "input article (or input that could not be read)",
  segments: "paragraph or sentence-level unit of an article",
  mentions: "entity mention",
  entities: "distinct entity across the run",
  quantities: "number with what it counts or measures",
  dates: "date or time expression"
}

/**
 * Column order of a dataset, taken from its schema (CSV headers follow it).
 *
 * @example
 * ```ts
 * import { columnsOf, RECORD_DATASETS } from "akhbar"
 * columnsOf(RECORD_DATASETS.quantities)[0] // "doc_id"
 * ```
 */
export const columnsOf = (schema: z.ZodObject): ReadonlyArray<string> => Object.keys(schema.shape)
