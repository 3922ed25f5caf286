import { table, type ColumnTable } from "arquero"
import type { z } from "zod"
import { columnsOf } from "../model/datasets.js"
import { AGGREGATE_DATASETS, type AggregateDatasetName, type AggregateRecords } from "./schema.js"

/** The aggregates as arquero tables, one per aggregate dataset. */
export type AggregateTables = { readonly [K in AggregateDatasetName]: ColumnTable }

/**
 * An arquero table of records, with one column per schema field in schema order (so that an
 * empty table still has its columns).
 *
 * @example
 * ```ts
 * import { tableOf, EntityCountRecord } from "akhbar"
 * const t = tableOf([{ entity_id: "loc:iq", name: "العراق", type: "LOC", doc_id: "d-1", mentions: 2 }], EntityCountRecord)
 * t.numRows() // 1
 * ```
 */
export const tableOf = (records: ReadonlyArray<Readonly<Record<string, unknown>>>, schema: z.ZodObject): ColumnTable => {
  const columns = columnsOf(schema)
  return table(Object.fromEntries(columns.map((c) => [c, records.map((r) => r[c] ?? null)])), [...columns])
}

/**
 * The rows of an arquero table as records, validated against a schema — arquero is loosely typed,
 * so whatever leaves it is parsed again (a failure throws a `ZodError` naming the row and column).
 *
 * @example
 * ```ts
 * import { aggregate, tableRecords, CooccurrenceRecord } from "akhbar"
 * const { cooccurrence } = aggregate({ mentions: [] })
 * const strong = tableRecords(cooccurrence.filter((d) => d.jaccard > 0.5), CooccurrenceRecord)
 * ```
 */
export const tableRecords = <S extends z.ZodObject>(t: ColumnTable, schema: S): Array<z.infer<S>> =>
  schema.array().parse(t.objects()) as Array<z.infer<S>>

/**
 * The aggregates as arquero tables, ready for further verbs (`filter`, `groupby`, `join`, …) or
 * export (`toCSV`, `toArrowIPC`).
 *
 * @example
 * ```ts
 * import { aggregateRecords, toTables } from "akhbar"
 * const tables = toTables(aggregateRecords({ mentions: [] }))
 * tables.entity_counts.numRows() // 0
 * ```
 */
export const toTables = (records: AggregateRecords): AggregateTables => ({
  entity_counts: tableOf(records.entity_counts, AGGREGATE_DATASETS.entity_counts),
  cooccurrence: tableOf(records.cooccurrence, AGGREGATE_DATASETS.cooccurrence),
  timeline: tableOf(records.timeline, AGGREGATE_DATASETS.timeline),
  quantities_by_unit: tableOf(records.quantities_by_unit, AGGREGATE_DATASETS.quantities_by_unit),
  outlets: tableOf(records.outlets, AGGREGATE_DATASETS.outlets)
})
