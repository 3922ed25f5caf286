import { stringify } from "csv-stringify/sync"
import { csvCell, pickColumns, type Format, type Row } from "./format.js"

/**
 * Renders records the way a dataset file writer of `format` writes them (the writer adds what goes
 * between blocks): JSON objects joined by `,\n`, NDJSON lines, or CSV rows without a header. Worker
 * threads render their records, so that the thread that writes only appends text.
 *
 * @example
 * ```ts
 * import { renderRecords } from "akhbar"
 * renderRecords([{ a: 1, b: "x" }], "csv", ["a", "b"]) // "1,x\n"
 * ```
 */
export const renderRecords = (records: ReadonlyArray<Row>, format: Format, columns: ReadonlyArray<string>): string => {
  if (records.length === 0) return ""
  switch (format) {
    case "json":
      return records.map((r) => JSON.stringify(pickColumns(r, columns))).join(",\n")
    case "ndjson":
      return records.map((r) => JSON.stringify(pickColumns(r, columns)) + "\n").join("")
    case "csv":
      return stringify(records.map((r) => columns.map((c) => csvCell(r[c]))))
  }
}
