import { createInterface } from "node:readline"
import type { Readable, Writable } from "node:stream"
import { Effect, Stream } from "effect"
import { InputError } from "../load/errors.js"
import { parseNdjsonArticles } from "../load/records.js"
import { errorDocument, processArticle } from "./document.js"
import { Extraction, LinkerFactory, SegmentRulesService } from "./services.js"
import { linkDocument } from "./linker.js"

/** One output line of the map mode: the dataset it belongs to, then the record's fields. */
export type TaggedRecord = { readonly dataset: string } & Readonly<Record<string, unknown>>

/** What a map run did. */
export interface MapSummary {
  readonly documents: number
  readonly errors: number
  readonly records: number
}

/**
 * Streams NDJSON articles (one `{"text": …}` object a line, as `akhbar run` reads them) from any
 * readable to NDJSON records on any writable, one line per output record tagged with its dataset
 * (`{"dataset":"segments", …}`), without holding the corpus: the mapper of Hadoop Streaming or
 * Spark's `RDD.pipe()`. A bad line becomes a `documents` record with `status: "error"`. Entities
 * are listed at the end (their counts cover what this mapper saw).
 *
 * @example
 * ```ts
 * import { Readable, PassThrough } from "node:stream"
 * import { Effect } from "effect"
 * import { AkhbarDefaults, mapNdjson } from "akhbar"
 * const out = new PassThrough()
 * await Effect.runPromise(mapNdjson(Readable.from(['{"text":"عنوان\\nنص."}\n']), out).pipe(Effect.provide(AkhbarDefaults)))
 * ```
 */
export const mapNdjson = (
  input: Readable,
  output: Writable,
  source = "<stdin>"
): Effect.Effect<MapSummary, never, Extraction | SegmentRulesService | LinkerFactory> =>
  Effect.gen(function* () {
    const extractors = yield* Extraction
    const rules = yield* SegmentRulesService
    const linker = (yield* LinkerFactory)()
    let documents = 0
    let errors = 0
    let records = 0
    let lineNo = 0
    const ids = new Map<string, number>()
    let pending: Array<string> = []
    const emit = (dataset: string, record: object): void => {
      pending.push(JSON.stringify({ dataset, ...record }))
      records++
    }
    const drain = (): Effect.Effect<void> =>
      pending.length === 0
        ? Effect.void
        : Effect.async<void>((resume) => {
            const chunk = pending.join("\n") + "\n"
            pending = []
            if (output.write(chunk)) resume(Effect.void)
            else output.once("drain", () => resume(Effect.void))
          })
    const lines = createInterface({ input, crlfDelay: Infinity })
    yield* Stream.fromAsyncIterable(lines, (e) => e).pipe(
      Stream.orDie,
      Stream.runForEach((line) => {
        lineNo++
        if (line.trim() === "") return Effect.void
        const loaded = parseNdjsonArticles(line, source)[0]
        if (loaded === undefined) return Effect.void
        if (!loaded.ok) {
          // (an error's message is no enumerable field: spreading it would drop the message)
          const { reason, message, sha256 } = loaded.error
          const error = new InputError({ reason, message, sha256, path: `${source}#L${lineNo}` })
          emit("documents", errorDocument(error))
          errors++
          return drain()
        }
        const base = loaded.article.doc_id
        const n = ids.get(base) ?? 0
        ids.set(base, n + 1)
        const doc_id = n === 0 ? base : `${base}-${n + 1}`
        const article = { ...loaded.article, doc_id, path: `${source}#L${lineNo}` }
        const result = processArticle(article, { extractors, rules })
        emit("documents", result.document)
        for (const s of result.segments) emit("segments", s)
        for (const m of linkDocument(linker, doc_id, result.mentions)) emit("mentions", m)
        for (const q of result.quantities) emit("quantities", q)
        for (const d of result.dates) emit("dates", d)
        documents++
        return pending.length >= 256 ? drain() : Effect.void
      })
    )
    for (const e of linker.entities()) emit("entities", e)
    yield* drain()
    return { documents, errors, records }
  })
