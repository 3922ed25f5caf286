import { columnsOf } from "../model/datasets.js"
import { COLUMNAR_FORMATS, writeColumnar, type ColumnarFormat } from "../write/columnar.js"
import { FORMATS, type Format } from "../write/format.js"
import { DatasetSetWriter } from "../write/writer.js"
import { AGGREGATE_DATASETS, type AggregateDatasetName, type AggregateStreams } from "./schema.js"

/**
 * Formats the aggregates can be written in: the text formats of a run, plus Arrow and Parquet.
 *
 * @example
 * ```ts
 * import { AGGREGATE_FORMATS } from "akhbar"
 * AGGREGATE_FORMATS // ["json", "csv", "ndjson", "arrow", "parquet"]
 * ```
 */
export const AGGREGATE_FORMATS = [...FORMATS, ...COLUMNAR_FORMATS] as const
/** A format the aggregates can be written in. */
export type AggregateFormat = Format | ColumnarFormat

/**
 * Parses a comma-separated list of formats (`"json,parquet"`); throws on an unknown one.
 *
 * @example
 * ```ts
 * import { parseAggregateFormats } from "akhbar"
 * parseAggregateFormats("csv, parquet") // ["csv", "parquet"]
 * ```
 */
export const parseAggregateFormats = (list: string): Array<AggregateFormat> => {
  const formats = list
    .split(",")
    .map((f) => f.trim().toLowerCase())
    .filter((f) => f !== "")
  if (formats.length === 0) throw new Error(`no format given; use ${AGGREGATE_FORMATS.join(", ")}`)
  for (const f of formats) {
    if (!(AGGREGATE_FORMATS as ReadonlyArray<string>).includes(f)) throw new Error(`unknown format "${f}"; use ${AGGREGATE_FORMATS.join(", ")}`)
  }
  return [...new Set(formats)] as Array<AggregateFormat>
}

/**
 * Writes every aggregate dataset to a folder as `<name>.<format>` for each format — JSON, CSV
 * (arrays joined with `|`), NDJSON, Arrow IPC, Parquet — each file atomically; returns the paths.
 * Text formats are streamed from the records (arrays or iterables such as
 * `AggregateAccumulator.streams()`); Arrow and Parquet need each dataset in memory.
 *
 * @example
 * ```ts
 * import { aggregateRecords, readDatasets, writeAggregates } from "akhbar"
 * const records = aggregateRecords(readDatasets("out").datasets)
 * writeAggregates("out/aggregates", records, ["csv", "parquet"]) // ["out/aggregates/entity_counts.csv", …]
 * ```
 */
export const writeAggregates = (
  dir: string,
  records: AggregateStreams,
  formats: ReadonlyArray<AggregateFormat>,
  options: { readonly bom?: boolean | undefined } = {}
): Array<string> => {
  const names = Object.keys(AGGREGATE_DATASETS) as Array<AggregateDatasetName>
  const text = formats.filter((f): f is Format => (FORMATS as ReadonlyArray<string>).includes(f))
  const columnar = formats.filter((f): f is ColumnarFormat => (COLUMNAR_FORMATS as ReadonlyArray<string>).includes(f))
  const paths: Array<string> = []
  if (text.length > 0) {
    const writer = new DatasetSetWriter(dir, text, Object.fromEntries(names.map((n) => [n, columnsOf(AGGREGATE_DATASETS[n])])), options)
    try {
      for (const n of names) for (const r of records[n]) writer.write(n, r)
      writer.commit()
    } catch (e) {
      writer.abort()
      throw e
    }
    paths.push(...writer.paths())
  }
  for (const n of names) {
    if (columnar.length === 0) break
    const rows = [...records[n]] as Array<Record<string, unknown>>
    for (const f of columnar) paths.push(writeColumnar(dir, n, f, rows, AGGREGATE_DATASETS[n]))
  }
  return paths
}
