import { COLUMNAR_FORMATS, type ColumnarFormat } from "./columnar.js"
import { FORMATS, type Format } from "./format.js"

/**
 * Every format a run can write: the row formats (streamed) and the columnar ones (Arrow IPC and
 * Parquet, with column types from the schemas).
 *
 * @example
 * ```ts
 * import { OUTPUT_FORMATS } from "akhbar"
 * OUTPUT_FORMATS // ["json", "csv", "ndjson", "arrow", "parquet"]
 * ```
 */
export const OUTPUT_FORMATS = [...FORMATS, ...COLUMNAR_FORMATS] as const
/** An output format. */
export type OutputFormat = Format | ColumnarFormat

/**
 * Whether a format is written row by row (json, csv, ndjson) rather than as a columnar file.
 *
 * @example
 * ```ts
 * import { isRowFormat } from "akhbar"
 * isRowFormat("parquet") // false
 * ```
 */
export const isRowFormat = (f: OutputFormat): f is Format => (FORMATS as ReadonlyArray<string>).includes(f)
