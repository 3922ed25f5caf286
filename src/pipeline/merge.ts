import { createReadStream, existsSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { createInterface } from "node:readline"
import { Effect } from "effect"
import { RECORD_DATASETS, columnsOf } from "../model/datasets.js"
import { MentionRecord } from "../model/mention.js"
import { linkDocument, placedFromRecord, type Linker } from "./linker.js"
import type { PlacedMention } from "./document.js"
import { LinkerFactory } from "./services.js"
import { rmSync } from "node:fs"
import { isRowFormat, type OutputFormat } from "../write/formats.js"
import { writeColumnar, type ColumnarFormat } from "../write/columnar.js"
import { DatasetSetWriter } from "../write/writer.js"
import { OptionsError } from "../load/errors.js"
import { OutputError } from "./errors.js"
import { aggregateRecords } from "../aggregate/aggregate.js"
import { readDatasets } from "../aggregate/read.js"
import { writeAggregates } from "../aggregate/write.js"

/**
 * Reads the records of one dataset written by an earlier run: `<name>.ndjson` when present
 * (streamed line by line), else `<name>.json`.
 *
 * @example
 * ```ts
 * import { readDataset } from "akhbar"
 * for await (const doc of readDataset("out", "documents")) console.log(doc.doc_id)
 * ```
 */
export async function* readDataset(dir: string, name: string): AsyncGenerator<Record<string, unknown>> {
  const ndjson = join(dir, `${name}.ndjson`)
  const json = join(dir, `${name}.json`)
  if (existsSync(ndjson)) {
    const lines = createInterface({ input: createReadStream(ndjson, "utf8"), crlfDelay: Infinity })
    for await (const line of lines) if (line.trim() !== "") yield JSON.parse(line) as Record<string, unknown>
  } else if (existsSync(json)) {
    for (const r of JSON.parse(readFileSync(json, "utf8")) as Array<Record<string, unknown>>) yield r
  } else throw new Error(`${dir} has no ${name}.ndjson or ${name}.json`)
}

/** What a merge did. */
export interface MergeSummary {
  readonly out: string
  readonly inputs: ReadonlyArray<string>
  readonly records: Readonly<Record<string, number>>
}

/**
 * Combines the outputs of shard runs (`akhbar run --shard i/n`) into one dataset set, in the order
 * the folders are given: records are concatenated; mentions are linked again in order, as one run
 * links them, so that entity ids and counts come out the same; the aggregates are recomputed from
 * the merged records. Merging the shards 1/n … n/n in order gives the same datasets as one run.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { mergeRuns } from "akhbar"
 * await Effect.runPromise(mergeRuns(["out/shard-0", "out/shard-1"], "out/all", ["json"]))
 * ```
 */
export const mergeRuns = (
  dirs: ReadonlyArray<string>,
  out: string,
  formats: ReadonlyArray<OutputFormat> = ["json"],
  makeLinker: () => Linker = LinkerFactory.defaults
): Effect.Effect<MergeSummary, OptionsError | OutputError> =>
  Effect.gen(function* () {
    if (dirs.length === 0) return yield* Effect.fail(new OptionsError({ message: "merge: give at least one folder written by akhbar run" }))
    for (const d of dirs) {
      if (!existsSync(join(d, "documents.ndjson")) && !existsSync(join(d, "documents.json"))) {
        return yield* Effect.fail(new OptionsError({ message: `merge: ${d} holds no documents.json or documents.ndjson (was it written by akhbar run?)` }))
      }
    }
    const rowFormats = formats.filter(isRowFormat)
    const columnar = formats.filter((f): f is ColumnarFormat => !isRowFormat(f))
    const staged = rowFormats.length === 0
    const writer = yield* Effect.try({
      try: () =>
        new DatasetSetWriter(out, staged ? ["ndjson"] : rowFormats, Object.fromEntries(Object.entries(RECORD_DATASETS).map(([n, s]) => [n, columnsOf(s)]))),
      catch: (e) => new OutputError({ path: out, message: (e as Error).message })
    })
    const work = Effect.tryPromise({
      try: async () => {
        // mentions are linked again, document by document in order, as one run would link them
        const linker = makeLinker()
        for (const name of Object.keys(RECORD_DATASETS)) {
          if (name === "entities") continue
          let docId: string | undefined
          let batch: Array<PlacedMention> = []
          const flush = (): void => {
            if (docId !== undefined) for (const m of linkDocument(linker, docId, batch)) writer.write("mentions", m)
            batch = []
          }
          for (const dir of dirs) {
            for await (const record of readDataset(dir, name)) {
              if (name !== "mentions") {
                writer.write(name, record)
                continue
              }
              const m = MentionRecord.parse(record)
              if (m.doc_id !== docId) {
                flush()
                docId = m.doc_id
              }
              batch.push(placedFromRecord(m))
            }
          }
          flush()
        }
        for (const e of linker.entities()) writer.write("entities", e)
      },
      catch: (e) => new OutputError({ path: out, message: (e as Error).message })
    })
    yield* work.pipe(Effect.tapError(() => Effect.sync(() => writer.abort())))
    yield* Effect.try({ try: () => writer.commit(), catch: (e) => new OutputError({ path: out, message: (e as Error).message }) })
    // the aggregates are recomputed from the merged records, so that they equal a single run's
    yield* Effect.try({
      try: () => {
        const { datasets } = readDatasets(out)
        for (const f of columnar) for (const [name, schema] of Object.entries(RECORD_DATASETS)) writeColumnar(out, name, f, datasets[name as keyof typeof datasets] ?? [], schema)
        if (staged) for (const name of Object.keys(RECORD_DATASETS)) rmSync(join(out, `${name}.ndjson`), { force: true })
        writeAggregates(out, aggregateRecords(datasets), formats)
      },
      catch: (e) => new OutputError({ path: out, message: `cannot write the aggregates: ${(e as Error).message}` })
    })
    return { out, inputs: dirs, records: writer.counts() }
  })
