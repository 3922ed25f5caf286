import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from "node:fs"
import { basename, dirname, join } from "node:path"
import { bool, float64, int64, list, utf8, type DataType } from "@uwdata/flechette"
import { table, toArrowIPC } from "arquero"
import { parquetWriteBuffer, type ColumnSource, type SchemaElement } from "hyparquet-writer"
import { z } from "zod"
import { VERSION } from "../version.js"

/**
 * Columnar output formats.
 *
 * @example
 * ```ts
 * import { COLUMNAR_FORMATS } from "akhbar"
 * COLUMNAR_FORMATS // ["arrow", "parquet"]
 * ```
 */
export const COLUMNAR_FORMATS = ["arrow", "parquet"] as const
/** A columnar output format: `arrow` (Arrow IPC file, a.k.a. Feather v2) or `parquet`. */
export type ColumnarFormat = (typeof COLUMNAR_FORMATS)[number]

/** Storage kind of a column, declared by the dataset's zod schema. */
export type ColumnKind = "string" | "int" | "double" | "boolean" | "list<string>"

/** One column of a columnar file: its name, kind and whether it may hold nulls. */
export interface ColumnSpec {
  readonly name: string
  readonly kind: ColumnKind
  readonly nullable: boolean
}

type JsonSchema = { type?: string | Array<string>; anyOf?: Array<JsonSchema>; enum?: Array<unknown>; items?: JsonSchema }

const scalarKind = (s: JsonSchema, column: string): ColumnKind => {
  const type = Array.isArray(s.type) ? s.type.find((t) => t !== "null") : s.type
  if (type === "string") return "string"
  if (type === "integer") return "int"
  if (type === "number") return "double"
  if (type === "boolean") return "boolean"
  if (type === "array" && s.items !== undefined && scalarKind(s.items, column) === "string") return "list<string>"
  if (type === undefined && Array.isArray(s.enum) && s.enum.every((v) => typeof v === "string")) return "string"
  throw new Error(`column "${column}": no columnar type for ${JSON.stringify(s)}`)
}

/**
 * The columns of a dataset schema with their storage kinds, in schema order: strings and enums
 * → `string`, `z.number().int()` → `int` (64-bit), other numbers → `double`, booleans →
 * `boolean`, arrays of strings → `list<string>`; `.nullable()` → nullable. Any other type throws.
 *
 * @example
 * ```ts
 * import { columnSpecsOf, RECORD_DATASETS } from "akhbar"
 * columnSpecsOf(RECORD_DATASETS.entities).find((c) => c.name === "aliases")
 * // { name: "aliases", kind: "list<string>", nullable: false }
 * ```
 */
export const columnSpecsOf = (schema: z.ZodObject): Array<ColumnSpec> => {
  const js = z.toJSONSchema(schema, { io: "output", unrepresentable: "any" }) as { properties?: Record<string, JsonSchema> }
  return Object.entries(js.properties ?? {}).map(([name, prop]) => {
    const nullable =
      (Array.isArray(prop.type) && prop.type.includes("null")) || (prop.anyOf ?? []).some((a) => a.type === "null")
    const inner = prop.anyOf?.find((a) => a.type !== "null") ?? prop
    return { name, kind: scalarKind(inner, name), nullable }
  })
}

const arrowType = (kind: ColumnKind): DataType => {
  switch (kind) {
    case "string":
      return utf8()
    case "int":
      return int64()
    case "double":
      return float64()
    case "boolean":
      return bool()
    case "list<string>":
      return list(utf8())
  }
}

const parquetElements = (c: ColumnSpec): Array<SchemaElement> => {
  const repetition_type = c.nullable ? "OPTIONAL" : "REQUIRED"
  switch (c.kind) {
    case "string":
      return [{ name: c.name, type: "BYTE_ARRAY", converted_type: "UTF8", repetition_type }]
    case "int":
      return [{ name: c.name, type: "INT64", repetition_type }]
    case "double":
      return [{ name: c.name, type: "DOUBLE", repetition_type }]
    case "boolean":
      return [{ name: c.name, type: "BOOLEAN", repetition_type }]
    case "list<string>":
      // The standard 3-level LIST layout, read as list<string> by pyarrow, pandas, DuckDB and Spark.
      return [
        { name: c.name, repetition_type, converted_type: "LIST", num_children: 1 },
        { name: "list", repetition_type: "REPEATED", num_children: 1 },
        { name: "element", type: "BYTE_ARRAY", converted_type: "UTF8", repetition_type: "REQUIRED" }
      ]
  }
}

const validated = <S extends z.ZodObject>(records: ReadonlyArray<unknown>, schema: S): Array<Record<string, unknown>> =>
  records.map((r, i) => {
    const parsed = schema.safeParse(r)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      throw new Error(`record ${i + 1} does not match the schema: ${issue?.path.join(".") ?? ""}: ${issue?.message ?? ""}`)
    }
    return parsed.data as Record<string, unknown>
  })

/**
 * An Arrow IPC file (the format of `.arrow` and Feather v2 files) of records, built with arquero
 * and flechette, with column types declared from the schema (see {@link columnSpecsOf}): strings
 * `utf8`, ints `int64`, doubles `float64`, booleans `bool`, arrays of strings `list<utf8>`.
 * Records are validated against the schema first.
 *
 * @example
 * ```ts
 * import { arrowBytes, RECORD_DATASETS } from "akhbar"
 * const bytes = arrowBytes(entities, RECORD_DATASETS.entities) // Uint8Array
 * ```
 */
export const arrowBytes = (records: ReadonlyArray<unknown>, schema: z.ZodObject): Uint8Array => {
  const specs = columnSpecsOf(schema)
  const rows = validated(records, schema)
  const t = table(
    Object.fromEntries(specs.map((c) => [c.name, rows.map((r) => r[c.name] ?? null)])),
    specs.map((c) => c.name)
  )
  return toArrowIPC(t, { format: "file", types: Object.fromEntries(specs.map((c) => [c.name, arrowType(c.kind)])) })
}

/**
 * A Parquet file of records, written with hyparquet-writer (Snappy compression), with an explicit
 * Parquet schema from the dataset schema (see {@link columnSpecsOf}): strings `BYTE_ARRAY UTF8`,
 * ints `INT64`, doubles `DOUBLE`, booleans `BOOLEAN`, arrays of strings a standard `LIST` of
 * `UTF8`; nullable columns `OPTIONAL`, the others `REQUIRED`. Records are validated first.
 *
 * @example
 * ```ts
 * import { parquetBytes, RECORD_DATASETS } from "akhbar"
 * const bytes = parquetBytes(mentions, RECORD_DATASETS.mentions) // Uint8Array starting with "PAR1"
 * ```
 */
export const parquetBytes = (records: ReadonlyArray<unknown>, schema: z.ZodObject): Uint8Array => {
  const specs = columnSpecsOf(schema)
  const rows = validated(records, schema)
  const columnData: Array<ColumnSource> = specs.map((c) => ({
    name: c.name,
    data: rows.map((r) => {
      const v = r[c.name] ?? null
      return c.kind === "int" && typeof v === "number" ? BigInt(v) : v
    })
  }))
  const buffer = parquetWriteBuffer({
    columnData,
    schema: [{ name: "root", num_children: specs.length }, ...specs.flatMap(parquetElements)],
    createdBy: `akhbar version ${VERSION}`
  })
  return new Uint8Array(buffer)
}

/**
 * Writes bytes to a file atomically: to a temporary file beside it, flushed to disk, then renamed
 * into place, so that a crash never leaves half a file under the real name.
 *
 * @example
 * ```ts
 * import { writeFileAtomic } from "akhbar"
 * writeFileAtomic("out/report.html", "<!doctype html>…")
 * ```
 */
export const writeFileAtomic = (path: string, data: Uint8Array | string): void => {
  mkdirSync(dirname(path), { recursive: true })
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`)
  const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data
  const fd = openSync(tmp, "w")
  try {
    for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at)
    fsyncSync(fd)
  } catch (e) {
    closeSync(fd)
    rmSync(tmp, { force: true })
    throw e
  }
  closeSync(fd)
  try {
    renameSync(tmp, path)
  } catch (e) {
    rmSync(tmp, { force: true })
    throw e
  }
}

/**
 * Writes records as an Arrow IPC file (see {@link arrowBytes}), atomically.
 *
 * @example
 * ```ts
 * import { writeArrow, AGGREGATE_DATASETS } from "akhbar"
 * writeArrow("out/cooccurrence.arrow", aggregates.cooccurrence, AGGREGATE_DATASETS.cooccurrence)
 * // pandas: pd.read_feather("out/cooccurrence.arrow")
 * ```
 */
export const writeArrow = (path: string, records: ReadonlyArray<unknown>, schema: z.ZodObject): void =>
  writeFileAtomic(path, arrowBytes(records, schema))

/**
 * Writes records as a Parquet file (see {@link parquetBytes}), atomically.
 *
 * @example
 * ```ts
 * import { writeParquet, RECORD_DATASETS } from "akhbar"
 * writeParquet("out/quantities.parquet", quantities, RECORD_DATASETS.quantities)
 * // pandas: pd.read_parquet("out/quantities.parquet"); DuckDB: SELECT * FROM 'out/quantities.parquet'
 * ```
 */
export const writeParquet = (path: string, records: ReadonlyArray<unknown>, schema: z.ZodObject): void =>
  writeFileAtomic(path, parquetBytes(records, schema))

/**
 * Writes one dataset as `<dir>/<name>.<format>` in a columnar format; returns the path.
 *
 * @example
 * ```ts
 * import { writeColumnar, RECORD_DATASETS } from "akhbar"
 * writeColumnar("out", "entities", "parquet", entities, RECORD_DATASETS.entities) // "out/entities.parquet"
 * ```
 */
export const writeColumnar = (dir: string, name: string, format: ColumnarFormat, records: ReadonlyArray<unknown>, schema: z.ZodObject): string => {
  const path = join(dir, `${name}.${format}`)
  if (format === "arrow") writeArrow(path, records, schema)
  else writeParquet(path, records, schema)
  return path
}
