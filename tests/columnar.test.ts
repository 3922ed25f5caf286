import { pickColumns } from "../src/write/format.js"
import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { tableFromIPC, Type } from "@uwdata/flechette"
import { fromArrow } from "arquero"
import { parquetMetadata, parquetReadObjects, parquetSchema } from "hyparquet"
import { describe, expect, it } from "vitest"
import { z } from "zod"
import { AGGREGATE_DATASETS, aggregateRecords } from "../src/aggregate/index.js"
import { RECORD_DATASETS } from "../src/model/index.js"
import { arrowBytes, columnSpecsOf, parquetBytes, writeArrow, writeColumnar, writeParquet } from "../src/write/columnar.js"
import { newsCorpus } from "./aggregate-corpus.js"
import { tempDir } from "./support/temp-dir.js"

const corpus = newsCorpus()
const aggregates = aggregateRecords(corpus)
const ALL: Array<[string, z.ZodObject, ReadonlyArray<Record<string, unknown>>]> = [
  ...Object.entries(RECORD_DATASETS).map(([n, s]) => [n, s, corpus[n as keyof typeof corpus]] as [string, z.ZodObject, ReadonlyArray<Record<string, unknown>>]),
  ...Object.entries(AGGREGATE_DATASETS).map(([n, s]) => [n, s, aggregates[n as keyof typeof aggregates]] as [string, z.ZodObject, ReadonlyArray<Record<string, unknown>>])
]

const arrayBuffer = (bytes: Uint8Array): ArrayBuffer => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
const unBigInt = (rows: ReadonlyArray<Record<string, unknown>>) =>
  rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === "bigint" ? Number(v) : v])))

describe("columnSpecsOf", () => {
  it("declares every column of every dataset from its schema", () => {
    for (const [name, schema] of ALL) {
      const specs = columnSpecsOf(schema)
      expect(specs.map((c) => c.name), name).toEqual(Object.keys(schema.shape))
    }
    const kinds = (s: z.ZodObject) => Object.fromEntries(columnSpecsOf(s).map((c) => [c.name, `${c.kind}${c.nullable ? "?" : ""}`]))
    expect(kinds(RECORD_DATASETS.quantities)).toMatchObject({ value: "double", start: "int", unit: "string", kind: "string", value_max: "double?", currency: "string?" })
    expect(kinds(RECORD_DATASETS.entities)).toMatchObject({ aliases: "list<string>", mention_count: "int" })
    expect(kinds(AGGREGATE_DATASETS.timeline)).toMatchObject({ modifier: "string?", sort_date: "string?", entity_ids: "list<string>" })
    expect(kinds(z.object({ ok: z.boolean() }))).toEqual({ ok: "boolean" })
  })

  it("refuses a type it cannot store", () => {
    expect(() => columnSpecsOf(z.object({ nested: z.object({ a: z.string() }) }))).toThrow(/nested/)
  })
})

/** Records as written: every column of the schema, missing optional ones null. */
const complete = (records: ReadonlyArray<unknown>, schema: z.ZodObject) =>
  records.map((r) => pickColumns(r as Record<string, unknown>, Object.keys(schema.shape)))

describe("Parquet", () => {
  it("round-trips every dataset, Arabic included, read back with hyparquet", async () => {
    for (const [name, schema, records] of ALL) {
      const bytes = parquetBytes(records, schema)
      expect(new TextDecoder().decode(bytes.slice(0, 4)), name).toBe("PAR1")
      expect(new TextDecoder().decode(bytes.slice(-4)), name).toBe("PAR1")
      const back = await parquetReadObjects({ file: arrayBuffer(bytes) })
      expect(unBigInt(back), name).toEqual(complete(records, schema))
    }
    expect(corpus.segments.some((s) => /[\u0600-\u06ff]/.test(s.text))).toBe(true)
  })

  it("declares the column types of the schema", () => {
    const meta = parquetMetadata(arrayBuffer(parquetBytes(corpus.quantities, RECORD_DATASETS.quantities)))
    const el = (name: string) => meta.schema.find((e) => e.name === name)
    expect(el("start")).toMatchObject({ type: "INT64", repetition_type: "REQUIRED" })
    expect(el("value")).toMatchObject({ type: "DOUBLE", repetition_type: "REQUIRED" })
    expect(el("value_max")).toMatchObject({ type: "DOUBLE", repetition_type: "OPTIONAL" })
    expect(el("text")).toMatchObject({ type: "BYTE_ARRAY", converted_type: "UTF8" })
    expect(meta.created_by).toMatch(/^akhbar/)
    const tree = parquetSchema(parquetMetadata(arrayBuffer(parquetBytes(aggregates.timeline, AGGREGATE_DATASETS.timeline))))
    const ids = tree.children.find((c) => c.element.name === "entity_ids")!
    expect(ids.element.converted_type).toBe("LIST")
    expect(ids.children[0]?.element.repetition_type).toBe("REPEATED")
    expect(ids.children[0]?.children[0]?.element).toMatchObject({ type: "BYTE_ARRAY", converted_type: "UTF8" })
  })

  it("writes empty datasets with their columns", async () => {
    const bytes = parquetBytes([], AGGREGATE_DATASETS.cooccurrence)
    const meta = parquetMetadata(arrayBuffer(bytes))
    expect(Number(meta.num_rows)).toBe(0)
    expect(meta.schema.slice(1).map((e) => e.name)).toEqual(Object.keys(AGGREGATE_DATASETS.cooccurrence.shape))
    expect(await parquetReadObjects({ file: arrayBuffer(bytes) })).toEqual([])
  })

  it("validates records against the schema before writing", () => {
    expect(() => parquetBytes([{ ...corpus.quantities[0], value: "many" }], RECORD_DATASETS.quantities)).toThrow(/record 1.*value/)
  })
})

describe("Arrow IPC", () => {
  it("round-trips every dataset through arquero's fromArrow", () => {
    for (const [name, schema, records] of ALL) {
      const bytes = arrowBytes(records, schema)
      expect(new TextDecoder().decode(bytes.slice(0, 6)), name).toBe("ARROW1")
      const back = fromArrow(bytes).objects() as Array<Record<string, unknown>>
      expect(back.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Array.isArray(v) ? [...v] : v]))), name).toEqual(complete(records, schema))
    }
  })

  it("declares the column types of the schema", () => {
    const t = tableFromIPC(arrowBytes(aggregates.timeline, AGGREGATE_DATASETS.timeline))
    const type = (name: string) => t.schema.fields.find((f) => f.name === name)?.type.typeId
    expect(type("start")).toBe(Type.Int)
    expect(type("text")).toBe(Type.Utf8)
    expect(type("entity_ids")).toBe(Type.List)
    const q = tableFromIPC(arrowBytes(aggregates.cooccurrence, AGGREGATE_DATASETS.cooccurrence))
    expect(q.schema.fields.find((f) => f.name === "pmi")?.type.typeId).toBe(Type.Float)
    expect(tableFromIPC(arrowBytes([], AGGREGATE_DATASETS.outlets)).numRows).toBe(0)
  })
})

describe("writing files", () => {
  it("writes atomically, creating the folder, leaving no temporary file", async () => {
    const dir = join(tempDir("columnar"), "nested", "out")
    writeParquet(join(dir, "q.parquet"), corpus.quantities, RECORD_DATASETS.quantities)
    writeArrow(join(dir, "q.arrow"), corpus.quantities, RECORD_DATASETS.quantities)
    expect(writeColumnar(dir, "timeline", "parquet", aggregates.timeline, AGGREGATE_DATASETS.timeline)).toBe(join(dir, "timeline.parquet"))
    expect(readdirSync(dir).sort()).toEqual(["q.arrow", "q.parquet", "timeline.parquet"])
    const back = await parquetReadObjects({ file: arrayBuffer(readFileSync(join(dir, "timeline.parquet"))) })
    expect(back.map((r) => r.sentence)).toEqual(aggregates.timeline.map((r) => r.sentence))
    expect(() => writeParquet(join(dir, "bad.parquet"), [{ nope: 1 }], RECORD_DATASETS.quantities)).toThrow()
    expect(readdirSync(dir).sort()).toEqual(["q.arrow", "q.parquet", "timeline.parquet"])
  })
})
