import { createReadStream, existsSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { createInterface } from "node:readline"
import { Effect } from "effect"
import { RECORD_DATASETS, columnsOf } from "../model/datasets.js"
import { EntityRecord } from "../model/entity.js"
import type { Format } from "../write/format.js"
import { DatasetSetWriter } from "../write/writer.js"
import { OptionsError } from "../load/errors.js"
import { OutputError } from "./run.js"

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
 * the folders are given: records are concatenated, and entities are merged by `entity_id` (counts
 * add up exactly, since shards hold disjoint documents; aliases are united). Merging the shards
 * 1/n … n/n in order gives the same datasets as one run over all inputs.
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
  formats: ReadonlyArray<Format> = ["json"]
): Effect.Effect<MergeSummary, OptionsError | OutputError> =>
  Effect.gen(function* () {
    if (dirs.length === 0) return yield* Effect.fail(new OptionsError({ message: "merge: give at least one folder written by akhbar run" }))
    for (const d of dirs) {
      if (!existsSync(join(d, "documents.ndjson")) && !existsSync(join(d, "documents.json"))) {
        return yield* Effect.fail(new OptionsError({ message: `merge: ${d} holds no documents.json or documents.ndjson (was it written by akhbar run?)` }))
      }
    }
    const writer = yield* Effect.try({
      try: () =>
        new DatasetSetWriter(out, formats, Object.fromEntries(Object.entries(RECORD_DATASETS).map(([n, s]) => [n, columnsOf(s)]))),
      catch: (e) => new OutputError({ path: out, message: (e as Error).message })
    })
    const work = Effect.tryPromise({
      try: async () => {
        const entities = new Map<string, EntityRecord>()
        for (const name of Object.keys(RECORD_DATASETS)) {
          for (const dir of dirs) {
            for await (const record of readDataset(dir, name)) {
              if (name !== "entities") {
                writer.write(name, record)
                continue
              }
              const e = EntityRecord.parse(record)
              const seen = entities.get(e.entity_id)
              if (seen === undefined) entities.set(e.entity_id, { ...e, aliases: [...e.aliases] })
              else {
                seen.aliases.push(...e.aliases.filter((a) => !seen.aliases.includes(a)))
                entities.set(e.entity_id, { ...seen, mention_count: seen.mention_count + e.mention_count, doc_count: seen.doc_count + e.doc_count })
              }
            }
          }
        }
        const sorted = [...entities.values()].sort((a, b) => (a.entity_id < b.entity_id ? -1 : a.entity_id > b.entity_id ? 1 : 0))
        for (const e of sorted) writer.write("entities", { ...e, aliases: [...e.aliases].sort() })
      },
      catch: (e) => new OutputError({ path: out, message: (e as Error).message })
    })
    yield* work.pipe(Effect.tapError(() => Effect.sync(() => writer.abort())))
    yield* Effect.try({ try: () => writer.commit(), catch: (e) => new OutputError({ path: out, message: (e as Error).message }) })
    return { out, inputs: dirs, records: writer.counts() }
  })
