import { existsSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { Data } from "effect"
import type { z } from "zod"
import { RECORD_DATASETS, type RecordDatasetName } from "../model/datasets.js"
import type { CorpusDatasets } from "./aggregate.js"

/**
 * A dataset file that could not be read or does not hold valid records.
 *
 * @example
 * ```ts
 * import { DatasetReadError } from "akhbar"
 * new DatasetReadError({ path: "out/mentions.json", message: "record 3: start: expected number" })._tag // "DatasetReadError"
 * ```
 */
export class DatasetReadError extends Data.TaggedError("DatasetReadError")<{ readonly path: string; readonly message: string }> {}

/**
 * The dataset formats {@link readDatasets} reads, in the order it looks for them.
 *
 * @example
 * ```ts
 * import { READABLE_FORMATS } from "akhbar"
 * READABLE_FORMATS // ["ndjson", "json"]
 * ```
 */
export const READABLE_FORMATS = ["ndjson", "json"] as const

const describe = (error: z.ZodError): string =>
  error.issues
    .slice(0, 3)
    .map((i) => `${i.path.length > 0 ? i.path.join(".") + ": " : ""}${i.message}`)
    .join("; ")

const parseRecords = <S extends z.ZodObject>(path: string, text: string, schema: S): Array<z.infer<S>> => {
  const rows: Array<{ value: unknown; where: string }> = []
  if (path.endsWith(".ndjson")) {
    const lines = text.split("\n")
    lines.forEach((line, i) => {
      if (line.trim() === "") return
      try {
        rows.push({ value: JSON.parse(line), where: `line ${i + 1}` })
      } catch (e) {
        throw new DatasetReadError({ path, message: `line ${i + 1} is not JSON: ${(e as Error).message}` })
      }
    })
  } else {
    let value: unknown
    try {
      value = JSON.parse(text.replace(/^\ufeff/, ""))
    } catch (e) {
      throw new DatasetReadError({ path, message: `not JSON: ${(e as Error).message}` })
    }
    if (!Array.isArray(value)) throw new DatasetReadError({ path, message: "expected a JSON array of records" })
    value.forEach((v, i) => rows.push({ value: v, where: `record ${i + 1}` }))
  }
  return rows.map(({ value, where }) => {
    const parsed = schema.safeParse(value)
    if (!parsed.success) throw new DatasetReadError({ path, message: `${where}: ${describe(parsed.error)}` })
    return parsed.data as z.infer<S>
  })
}

/** What {@link readDatasets} found. */
export interface DatasetsRead {
  readonly datasets: CorpusDatasets
  /** The files read, one per dataset found. */
  readonly paths: ReadonlyArray<string>
  /** Datasets with no file in the folder. */
  readonly missing: ReadonlyArray<RecordDatasetName>
}

/**
 * Reads the record datasets a run wrote to a folder (`<name>.ndjson`, else `<name>.json`),
 * validating every record against its schema. A dataset with no file is left out (and listed in
 * `missing`); a file that is not valid throws a {@link DatasetReadError} naming the record.
 *
 * @example
 * ```ts
 * import { readDatasets, aggregateRecords } from "akhbar"
 * const { datasets } = readDatasets("out")
 * const aggregates = aggregateRecords(datasets)
 * ```
 */
export const readDatasets = (dir: string): DatasetsRead => {
  const datasets: Record<string, unknown> = {}
  const paths: Array<string> = []
  const missing: Array<RecordDatasetName> = []
  for (const [name, schema] of Object.entries(RECORD_DATASETS) as Array<[RecordDatasetName, z.ZodObject]>) {
    const path = READABLE_FORMATS.map((f) => join(dir, `${name}.${f}`)).find((p) => existsSync(p))
    if (path === undefined) {
      missing.push(name)
      continue
    }
    let text: string
    try {
      text = readFileSync(path, "utf8")
    } catch (e) {
      throw new DatasetReadError({ path, message: `cannot read the file: ${(e as Error).message}` })
    }
    datasets[name] = parseRecords(path, text, schema)
    paths.push(path)
  }
  return { datasets: datasets as CorpusDatasets, paths, missing }
}
