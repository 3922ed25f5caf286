import { mkdirSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { z } from "zod"
import { DATASET_DESCRIPTIONS, RECORD_DATASETS } from "../model/datasets.js"
import { AGGREGATE_DATASETS, AGGREGATE_DESCRIPTIONS } from "../aggregate/schema.js"

/** A dataset schema for export: its name, what a record is, and the zod object. */
export interface DatasetSchema {
  readonly name: string
  readonly description: string
  readonly schema: z.ZodObject
}

/**
 * The schemas of every dataset a run writes: the record datasets, then the aggregate tables.
 *
 * @example
 * ```ts
 * import { datasetSchemas } from "akhbar"
 * datasetSchemas().map((d) => d.name) // ["documents", "segments", …]
 * ```
 */
export const datasetSchemas = (): Array<DatasetSchema> => [
  ...Object.entries(RECORD_DATASETS).map(([name, schema]) => ({ name, description: DATASET_DESCRIPTIONS[name] ?? name, schema })),
  ...Object.entries(AGGREGATE_DATASETS).map(([name, schema]) => ({
    name,
    description: (AGGREGATE_DESCRIPTIONS as Record<string, string>)[name] ?? name,
    schema: schema as z.ZodObject
  }))
]

/**
 * The JSON Schema (draft 2020-12) of one dataset's records.
 *
 * @example
 * ```ts
 * import { jsonSchemaOf, RECORD_DATASETS } from "akhbar"
 * jsonSchemaOf("quantities", RECORD_DATASETS.quantities).title // "quantities"
 * ```
 */
export const jsonSchemaOf = (name: string, schema: z.ZodObject, description?: string): Record<string, unknown> => ({
  $id: `https://akhbar.dev/schema/${name}.json`,
  title: name,
  ...(description ? { description: `One record per ${description}.` } : {}),
  ...z.toJSONSchema(schema, { target: "draft-2020-12", io: "output" })
})

const typeOf = (prop: Record<string, unknown>): string => {
  if (Array.isArray(prop.enum)) return `one of ${(prop.enum as Array<unknown>).map((v) => `\`${String(v)}\``).join(", ")}`
  if (Array.isArray(prop.anyOf)) return (prop.anyOf as Array<Record<string, unknown>>).map(typeOf).join(" or ")
  if (prop.type === "array") return `array of ${typeOf((prop.items ?? {}) as Record<string, unknown>)}`
  return String(prop.type ?? "any")
}

/**
 * A Markdown data dictionary: every dataset, every column, its type and meaning.
 *
 * @example
 * ```ts
 * import { dataDictionary, datasetSchemas } from "akhbar"
 * dataDictionary(datasetSchemas()).startsWith("# akhbar data dictionary") // true
 * ```
 */
export const dataDictionary = (datasets: ReadonlyArray<DatasetSchema>): string => {
  const out = [
    "# akhbar data dictionary",
    "",
    "Every dataset is written as `<name>.json` (array), `<name>.ndjson` or `<name>.csv` (arrays joined with `|`).",
    "Offsets (`start`, `end`) are UTF-16 code units into the decoded article text: `text.slice(start, end)` is the record's `text`.",
    ""
  ]
  for (const d of datasets) {
    const js = z.toJSONSchema(d.schema, { io: "output" }) as { properties: Record<string, Record<string, unknown>>; required?: Array<string> }
    out.push(`## ${d.name}`, "", `One record per ${d.description}.`, "", "| column | type | meaning |", "|---|---|---|")
    for (const [col, prop] of Object.entries(js.properties)) {
      out.push(`| \`${col}\` | ${typeOf(prop).replace(/\|/g, "\\|")} | ${String(prop.description ?? "").replace(/\|/g, "\\|")} |`)
    }
    out.push("")
  }
  return out.join("\n")
}

/**
 * Writes `<name>.schema.json` for every dataset and `DATA_DICTIONARY.md` into a folder; returns the paths.
 *
 * @example
 * ```ts
 * import { writeSchemas } from "akhbar"
 * writeSchemas("schema") // ["schema/documents.schema.json", …, "schema/DATA_DICTIONARY.md"]
 * ```
 */
export const writeSchemas = (dir: string, datasets: ReadonlyArray<DatasetSchema> = datasetSchemas()): Array<string> => {
  mkdirSync(dir, { recursive: true })
  const paths: Array<string> = []
  for (const d of datasets) {
    const p = join(dir, `${d.name}.schema.json`)
    writeFileSync(p, JSON.stringify(jsonSchemaOf(d.name, d.schema, d.description), null, 2) + "\n")
    paths.push(p)
  }
  const dict = join(dir, "DATA_DICTIONARY.md")
  writeFileSync(dict, dataDictionary(datasets))
  paths.push(dict)
  return paths
}
