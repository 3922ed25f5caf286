import { readFile } from "node:fs/promises"
import { Chunk, Effect, Exit, Stream } from "effect"
import { InputError, OptionsError } from "../load/errors.js"
import { expandInputs } from "../load/inputs.js"
import { loadBytes, type ReadOptions } from "../load/read.js"
import type { Loaded } from "../load/records.js"
import { RECORD_DATASETS, columnsOf } from "../model/datasets.js"
import { BoilerplateLearner } from "../segment/boilerplate.js"
import { DatasetSetWriter } from "../write/writer.js"
import { rmSync } from "node:fs"
import { join } from "node:path"
import { AggregateAccumulator } from "../aggregate/accumulator.js"
import { writeAggregates } from "../aggregate/write.js"
import { writeColumnar, type ColumnarFormat } from "../write/columnar.js"
import { isRowFormat, type OutputFormat } from "../write/formats.js"
import { readDataset } from "./merge.js"
import { OutputError } from "./errors.js"
import type { Format } from "../write/format.js"
import type { Article } from "../load/article.js"
import { defaultExtractors, extractorsFor } from "./defaults.js"
import { errorDocument, processArticle } from "./document.js"
import { WorkerPool, type WorkerOutcome } from "./pool.js"
import { describeOptionsError, RunOptions, type RunOptionsInput } from "./options.js"
import { Extraction, LinkerFactory, SegmentRulesService } from "./services.js"
import { linkDocument } from "./linker.js"


/** Progress of a corpus run, reported after every input file. */
export interface RunProgress {
  readonly filesDone: number
  readonly filesTotal: number
  readonly documents: number
  readonly errors: number
  readonly bytes: number
  readonly phase: "learn" | "process"
}

/** What a finished run did. */
export interface RunSummary {
  readonly out: string
  readonly formats: ReadonlyArray<OutputFormat>
  readonly files: number
  readonly documents: number
  readonly errors: number
  readonly records: Readonly<Record<string, number>>
  readonly seconds: number
  readonly paths: ReadonlyArray<string>
}

/** Callbacks of a run. */
export interface RunHooks {
  readonly onProgress?: ((progress: RunProgress) => void) | undefined
}

const readLoaded = async (path: string, options: ReadOptions): Promise<{ loaded: Array<Loaded>; bytes: number }> => {
  try {
    const bytes = await readFile(path)
    return { loaded: loadBytes(bytes, path, options), bytes: bytes.length }
  } catch (cause) {
    const err = cause as NodeJS.ErrnoException
    const why = err.code === "EACCES" ? "permission denied" : err.code === "ENOENT" ? "no such file" : err.code === "EISDIR" ? "is a directory" : err.message
    return { loaded: [{ ok: false, error: new InputError({ path, reason: "unreadable", message: `cannot read the file: ${why}` }) }], bytes: 0 }
  }
}

/**
 * Streams the loaded inputs of `files` in input order. Files are read `concurrency` at a time, in
 * batches (one Effect per batch keeps the per-file overhead small); the next batch is read while
 * the current one is processed. Never fails: unreadable files become error results.
 */
const loadedStream = (files: ReadonlyArray<string>, options: ReadOptions, concurrency: number) =>
  Stream.fromIterable(files).pipe(
    Stream.grouped(concurrency),
    Stream.mapEffect((batch) => Effect.promise(() => Promise.all(Chunk.toReadonlyArray(batch).map((f) => readLoaded(f, options)))), {
      concurrency: 2
    }),
    Stream.mapConcat((results) => results)
  )

/**
 * The contiguous slice of `items` that shard `index` (1-based) of `count` processes.
 *
 * @example
 * ```ts
 * import { shardSlice } from "akhbar"
 * shardSlice(["a", "b", "c", "d", "e"], 2, 2) // ["c", "d", "e"]
 * ```
 */
export const shardSlice = <T>(items: ReadonlyArray<T>, index: number, count: number): Array<T> =>
  items.slice(Math.floor(((index - 1) * items.length) / count), Math.floor((index * items.length) / count))

/**
 * Runs the whole pipeline on a corpus — load → segment → normalize → extract → link → write —
 * as an Effect: inputs are streamed with bounded concurrency, every bad input becomes a
 * `documents` record with `status: "error"` and the run goes on, output files are written to
 * temporary files and moved into place only when complete. Fails with `OptionsError` on invalid
 * options (before reading anything) and `OutputError` when the output cannot be written.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { AkhbarDefaults, runCorpus } from "akhbar"
 * const summary = await Effect.runPromise(
 *   runCorpus({ inputs: ["fixtures/articles"], out: "out", format: "json,csv" }).pipe(Effect.provide(AkhbarDefaults))
 * )
 * ```
 */
export const runCorpus = (
  input: RunOptionsInput,
  hooks: RunHooks = {}
): Effect.Effect<RunSummary, OptionsError | OutputError, Extraction | SegmentRulesService | LinkerFactory> =>
  Effect.gen(function* () {
    const parsed = RunOptions.safeParse(input)
    if (!parsed.success) return yield* Effect.fail(new OptionsError({ message: describeOptionsError(parsed.error) }))
    const options = parsed.data
    const provided = yield* Extraction
    // the built-in extractors follow the recognizer option; a user's own are used as they are
    const extractors = provided === defaultExtractors ? extractorsFor(options.recognizer) : provided
    const rules = yield* SegmentRulesService
    const linker = (yield* LinkerFactory)()
    const started = performance.now()
    const expanded = expandInputs(options.inputs)
    // a shard is a contiguous slice of the inputs, so that shards merged in order equal one run
    const files = options.shard === undefined ? expanded.files : shardSlice(expanded.files, options.shard.index, options.shard.count)
    const missing = options.shard === undefined || options.shard.index === 1 ? expanded.missing : []
    const readOptions: ReadOptions = { encoding: options.encoding, textColumn: options.textColumn }
    const progress = hooks.onProgress ?? (() => undefined)

    // Pass 1: learn lines that recur across documents (site furniture). Compact state: counts.
    let learned: ReadonlySet<string> | undefined
    if (options.learnBoilerplate && expanded.files.length > 1) {
      const learner = new BoilerplateLearner(rules)
      let done = 0
      // shards learn from every input, so that each shard reads furniture as one run would
      const all = expanded.files
      yield* loadedStream(all, readOptions, options.concurrency).pipe(
        Stream.runForEach(({ loaded, bytes }) =>
          Effect.sync(() => {
            for (const l of loaded) if (l.ok) learner.add(l.article.text)
            done++
            progress({ phase: "learn", filesDone: done, filesTotal: all.length, documents: learner.size, errors: 0, bytes })
          })
        )
      )
      learned = learner.learned()
    }

    // row formats are streamed; columnar formats are made at the end from a staged NDJSON copy
    const rowFormats = options.format.filter(isRowFormat)
    const columnar = options.format.filter((f): f is ColumnarFormat => !isRowFormat(f))
    const staged = columnar.length > 0 && !rowFormats.includes("ndjson")
    const writer = yield* Effect.try({
      try: () =>
        new DatasetSetWriter(
          options.out,
          staged ? [...rowFormats, "ndjson"] : rowFormats,
          Object.fromEntries(Object.entries(RECORD_DATASETS).map(([name, schema]) => [name, columnsOf(schema)])),
          { bom: options.bom }
        ),
      catch: (e) => new OutputError({ path: options.out, message: `cannot create the output folder or files: ${(e as Error).message}` })
    })
    const aggregates = options.aggregates ? new AggregateAccumulator() : undefined

    const process = Effect.gen(function* () {
      let documents = 0
      let errors = 0
      let done = 0
      let bytesTotal = 0
      const ids = new Map<string, number>()
      const uniqueId = (id: string): string => {
        const n = ids.get(id) ?? 0
        ids.set(id, n + 1)
        return n === 0 ? id : `${id}-${n + 1}`
      }
      const writeError = (error: InputError): void => {
        const doc = errorDocument(error)
        const record = { ...doc, doc_id: uniqueId(doc.doc_id) }
        writer.write("documents", record)
        aggregates?.addDocument({ document: record })
        errors++
      }
      for (const pattern of missing) {
        writeError(new InputError({ path: pattern, reason: "not-found", message: "no such file or folder, and no file matches this pattern" }))
      }
      // CPU-bound work goes to worker threads when the extractors are the built-in ones (a
      // user's own extractors, provided through a Layer, run in this thread)
      const useWorkers = options.workers > 1 && provided === defaultExtractors
      const pool = useWorkers ? new WorkerPool(options.workers, learned, undefined, options.recognizer) : undefined
      const processOne = (article: Article): Promise<WorkerOutcome> =>
        pool !== undefined
          ? pool.process(article)
          : Promise.resolve().then(() => {
              try {
                return { ok: true as const, result: processArticle(article, { extractors, rules, learned }) }
              } catch (e) {
                return { ok: false as const, message: (e as Error)?.message ?? String(e) }
              }
            })
      type Outcome = { readonly path: string; readonly outcome: WorkerOutcome } | { readonly error: InputError }
      const work = loadedStream(files, readOptions, options.concurrency).pipe(
        // ids are assigned in input order, before any concurrency
        Stream.map(({ loaded, bytes }) => ({
          bytes,
          items: loaded.map((l): { article: Article } | { error: InputError } =>
            l.ok ? { article: { ...l.article, doc_id: uniqueId(l.article.doc_id) } } : { error: l.error }
          )
        })),
        Stream.mapEffect(
          ({ bytes, items }) =>
            Effect.promise(() =>
              Promise.all(
                items.map(async (item): Promise<Outcome> => ("error" in item ? { error: item.error } : { path: item.article.path, outcome: await processOne(item.article) }))
              )
            ).pipe(Effect.map((outcomes) => ({ bytes, outcomes }))),
          { concurrency: Math.max(2, options.workers * 2) }
        ),
        Stream.runForEach(({ bytes, outcomes }) =>
          Effect.try({
            try: () => {
              for (const o of outcomes) {
                if ("error" in o) {
                  writeError(o.error)
                  continue
                }
                if (!o.outcome.ok) {
                  writeError(new InputError({ path: o.path, reason: "unreadable", message: `processing failed: ${o.outcome.message}` }))
                  continue
                }
                const result = o.outcome.result
                writer.write("documents", result.document)
                for (const s of result.segments) writer.write("segments", s)
                const mentions = linkDocument(linker, result.document.doc_id, result.mentions)
                for (const m of mentions) writer.write("mentions", m)
                for (const q of result.quantities) writer.write("quantities", q)
                for (const d of result.dates) writer.write("dates", d)
                aggregates?.addDocument({ ...result, mentions })
                documents++
              }
              done++
              bytesTotal += bytes
              progress({ phase: "process", filesDone: done, filesTotal: files.length, documents, errors, bytes: bytesTotal })
            },
            catch: (e) => new OutputError({ path: options.out, message: (e as Error).message })
          })
        )
      )
      yield* work.pipe(Effect.ensuring(Effect.promise(async () => pool?.close())))
      const entities = linker.entities()
      for (const e of entities) writer.write("entities", e)
      aggregates?.addEntities(entities)
      return { documents, errors }
    })

    const { documents, errors } = yield* process.pipe(
      Effect.onExit((exit) => Effect.sync(() => (Exit.isSuccess(exit) ? undefined : writer.abort())))
    )
    yield* Effect.try({
      try: () => writer.commit(),
      catch: (e) => new OutputError({ path: options.out, message: `cannot finish the output files: ${(e as Error).message}` })
    })
    const paths = rowFormats.length > 0 ? writer.paths().filter((p) => !staged || !p.endsWith(".ndjson")) : []
    yield* Effect.tryPromise({
      try: async () => {
        for (const [name, schema] of Object.entries(RECORD_DATASETS)) {
          if (columnar.length === 0) break
          const records: Array<Record<string, unknown>> = []
          for await (const r of readDataset(options.out, name)) records.push(r)
          for (const f of columnar) paths.push(writeColumnar(options.out, name, f, records, schema))
          if (staged) rmSync(join(options.out, `${name}.ndjson`), { force: true })
        }
        if (aggregates !== undefined) paths.push(...writeAggregates(options.out, aggregates.records(), options.format, { bom: options.bom }))
      },
      catch: (e) => new OutputError({ path: options.out, message: `cannot write the columnar or aggregate files: ${(e as Error).message}` })
    })
    return {
      out: options.out,
      formats: options.format,
      files: files.length,
      documents,
      errors,
      records: writer.counts(),
      seconds: (performance.now() - started) / 1000,
      paths
    }
  })
