import { stringify } from "csv-stringify/sync"

/** Output formats. */
export const FORMATS = ["json", "csv", "ndjson"] as const
/** An output format. */
export type Format = (typeof FORMATS)[number]

/** A record as written: plain JSON values. */
export type Row = Readonly<Record<string, unknown>>

/**
 * The value of a CSV cell: arrays joined with `|`, null and undefined empty, objects as JSON.
 *
 * @example
 * ```ts
 * import { csvCell } from "akhbar"
 * csvCell(["داعش", "الدولة الإسلامية"]) // "داعش|الدولة الإسلامية"
 * csvCell(null) // ""
 * ```
 */
export const csvCell = (value: unknown): string | number | boolean => {
  if (value === null || value === undefined) return ""
  if (Array.isArray(value)) return value.map((v) => (typeof v === "object" && v !== null ? JSON.stringify(v) : String(v))).join("|")
  if (typeof value === "object") return JSON.stringify(value)
  return value as string | number | boolean
}

/**
 * Renders CSV text (RFC 4180, header row) of records in the given column order.
 *
 * @example
 * ```ts
 * import { toCsv } from "akhbar"
 * toCsv([{ a: 1, b: ["x", "y"] }], ["a", "b"]) // "a,b\n1,x|y\n"
 * ```
 */
export const toCsv = (records: ReadonlyArray<Row>, columns: ReadonlyArray<string>, options: { bom?: boolean; header?: boolean } = {}): string =>
  (options.bom ? "\ufeff" : "") +
  (options.header === false ? "" : stringify([columns as Array<string>])) +
  stringify(records.map((r) => columns.map((c) => csvCell(r[c]))))

/**
 * Renders NDJSON (one JSON record a line).
 *
 * @example
 * ```ts
 * import { toNdjson } from "akhbar"
 * toNdjson([{ a: 1 }, { a: 2 }]) // '{"a":1}\n{"a":2}\n'
 * ```
 */
export const toNdjson = (records: ReadonlyArray<Row>): string => records.map((r) => JSON.stringify(r) + "\n").join("")

/**
 * Keeps the given columns in order (extra fields dropped, missing ones null), so that every
 * format writes the same fields in the same order.
 *
 * @example
 * ```ts
 * import { pickColumns } from "akhbar"
 * pickColumns({ b: 2, a: 1, z: 0 }, ["a", "b", "c"]) // { a: 1, b: 2, c: null }
 * ```
 */
export const pickColumns = (record: Row, columns: ReadonlyArray<string>): Row => {
  const out: Record<string, unknown> = {}
  for (const c of columns) out[c] = record[c] === undefined ? null : record[c]
  return out
}
