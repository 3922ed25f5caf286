import type { z } from "zod"
import { CooccurrenceRecord } from "./records/cooccurrence.js"
import { EntityCountRecord } from "./records/entity-count.js"
import { OutletRecord } from "./records/outlet.js"
import { QuantityByUnitRecord } from "./records/quantity-by-unit.js"
import { TimelineRecord } from "./records/timeline.js"

/**
 * The aggregate datasets `akhbar aggregate` writes, in the order they are written, with their
 * schemas — the aggregate counterpart of `RECORD_DATASETS`.
 *
 * @example
 * ```ts
 * import { AGGREGATE_DATASETS } from "akhbar"
 * Object.keys(AGGREGATE_DATASETS) // ["entity_counts", "cooccurrence", "timeline", "quantities_by_unit", "outlets"]
 * ```
 */
export const AGGREGATE_DATASETS = {
  entity_counts: EntityCountRecord,
  cooccurrence: CooccurrenceRecord,
  timeline: TimelineRecord,
  quantities_by_unit: QuantityByUnitRecord,
  outlets: OutletRecord
} as const

/** Name of an aggregate dataset. */
export type AggregateDatasetName = keyof typeof AGGREGATE_DATASETS

/** The records of every aggregate dataset, as plain arrays. */
export type AggregateRecords = { [K in AggregateDatasetName]: Array<z.infer<(typeof AGGREGATE_DATASETS)[K]>> }

/** The aggregate datasets as iterables (arrays, or rows read back from disk as they are iterated). */
export type AggregateStreams = { readonly [K in AggregateDatasetName]: Iterable<z.infer<(typeof AGGREGATE_DATASETS)[K]>> }

/**
 * What each aggregate dataset holds one record of, for the data dictionary.
 *
 * @example
 * ```ts
 * import { AGGREGATE_DESCRIPTIONS } from "akhbar"
 * AGGREGATE_DESCRIPTIONS.cooccurrence // "pair of entities mentioned in the same sentence"
 * ```
 */
export const AGGREGATE_DESCRIPTIONS: Readonly<Record<AggregateDatasetName, string>> = {
  entity_counts: "entity and document it is mentioned in, with the number of mentions",
  cooccurrence: "pair of entities mentioned in the same sentence",
  timeline: "date expression, with its sentence and the entities of that sentence",
  quantities_by_unit: "unit and kind of quantity, with summary statistics",
  outlets: "outlet (publisher), with its documents, words and most mentioned entities"
}
