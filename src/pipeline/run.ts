import { Effect, Exit, Stream } from "effect"
import { InputError, OptionsError } from "../load/errors.js"
import { expandInputs } from "../load/inputs.js"
import type { ReadOptions } from "../load/read.js"
import { filesFinishedBy, filesOfUnit, planUnits, type PlanOptions, type WorkUnit } from "../load/units.js"
import { RECORD_DATASETS, columnsOf } from "../model/datasets.js"
import { BoilerplateLearner } from "../segment/boilerplate.js"
import { DatasetSetWriter } from "../write/writer.js"
import { rmSync, statSync } from "node:fs"
import { join } from "node:path"
import { AggregateAccumulator } from "../aggregate/accumulator.js"
import { writeAggregates } from "../aggregate/write.js"
import { writeColumnar, type ColumnarFormat } from "../write/columnar.js"
import { isRowFormat, type OutputFormat } from "../write/formats.js"
import { readDataset } from "./merge.js"
import { OutputError } from "./errors.js"
import type { Format } from "../write/format.js"
import { defaultExtractors, extractorsFor } from "./defaults.js"
import { errorDocument } from "./document.js"
import { inThreadExecutor, type Executor } from "./executor.js"
import { WorkerPool, type WorkerOutcome } from "./pool.js"
import { inputErrorOf, prepareUnitInto, RENDERED_DATASETS, type PreparedDocument, type PreparedItem, type PreparedUnit } from "./tasks.js"
import type { PlacedMention } from "./document.js"
import type { SegmentInput } from "../aggregate/accumulator.js"
import type { DateRecord } from "../model/date.js"
import type { DocumentRecord } from "../model/document.js"
import type { QuantityRecord } from "../model/quantity.js"
import { RunJournal, STAGING_FOLDER, type RunCounters } from "./journal.js"
import { LearnedLines } from "../segment/furniture.js"
import { sha256 } from "../load/decode.js"
import { VERSION } from "../version.js"
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
  /** When the run went on with an interrupted one: the number of input files that one had done. */
  readonly resumedFrom: number | null
}

/** Callbacks of a run. */
export interface RunHooks {
  readonly onProgress?: ((progress: RunProgress) => void) | undefined
}

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
 * as an Effect: inputs are streamed through worker threads (or this thread), every bad input becomes
 * a `documents` record with `status: "error"` and the run goes on. Datasets are written to the
 * staging folder `OUT/.akhbar-partial` and moved into place only when complete; a journal there
 * records checkpoints, so that a run that was interrupted (Ctrl-C, a crash, a full disk) goes on
 * with `resume: true` and ends with the same files as an uninterrupted run. Fails with
 * `OptionsError` on invalid options (before reading anything) and `OutputError` when the output
 * cannot be written.
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
    // the output folder inside an input folder is no input: a second run would read the first's datasets
    const expanded = expandInputs(options.inputs, { skipFolders: [options.out] })
    // a shard is a contiguous slice of the inputs, so that shards merged in order equal one run
    const files = options.shard === undefined ? expanded.files : shardSlice(expanded.files, options.shard.index, options.shard.count)
    const missing = options.shard === undefined || options.shard.index === 1 ? expanded.missing : []
    const readOptions: ReadOptions = { encoding: options.encoding, textColumn: options.textColumn }
    const progress = hooks.onProgress ?? (() => undefined)

    // row formats are streamed; columnar formats are made at the end from a staged NDJSON copy
    const rowFormats = options.format.filter(isRowFormat)
    const columnar = options.format.filter((f): f is ColumnarFormat => !isRowFormat(f))
    const staged = columnar.length > 0 && !rowFormats.includes("ndjson")
    const writeFormats: ReadonlyArray<Format> = staged ? [...rowFormats, "ndjson"] : rowFormats

    // the journal: a fresh one, or the one of the interrupted run this run goes on with
    const stagingDir = join(options.out, STAGING_FOLDER)
    const fingerprint = runFingerprint(options, expanded.files, files, writeFormats)
    const previous = options.resume ? RunJournal.read(stagingDir) : undefined
    if (previous !== undefined && previous.fingerprint !== fingerprint) {
      return yield* Effect.fail(
        new OptionsError({
          message: `--resume: the interrupted run in ${options.out} had other inputs or options; run the same command as before with --resume, or leave out --resume to start over`
        })
      )
    }
    const snapshots = linker.snapshot !== undefined && linker.restore !== undefined
    const checkpoint = snapshots ? previous?.checkpoint : undefined
    const journal = yield* Effect.try({
      try: () => (previous !== undefined ? RunJournal.reopen(stagingDir, previous) : RunJournal.start(stagingDir, fingerprint)),
      catch: (e) => new OutputError({ path: options.out, message: `cannot create the output folder: ${(e as Error).message}` })
    })

    // reading, learning and processing happen in worker threads when the extractors are the
    // built-in ones (a user's own extractors, provided through a Layer, run in this thread)
    const useWorkers = options.workers > 1 && provided === defaultExtractors
    const executor: Executor = useWorkers
      ? new WorkerPool(options.workers, { read: readOptions, recognizer: options.recognizer, rules })
      : inThreadExecutor(readOptions, { extractors, rules })
    // units in flight: enough to keep every worker busy while results are written in order
    const inFlight = Math.min(options.concurrency, Math.max(2, options.workers * 2))
    // small files share a unit; a file that may be processed in blocks has one of its own
    const plan: PlanOptions = { chunkBytes: options.chunkBytes, unitFiles: options.unitFiles, groupBelow: Math.min(options.blockChars, options.chunkBytes / 4) }
    // a whole input file of at least blockChars bytes is processed here, when its turn comes, and
    // written block by block as it is read, so that neither a worker's reply nor this thread holds
    // all its records at once
    const isLarge = (unit: WorkUnit): boolean => {
      if (unit.range !== undefined || unit.others !== undefined) return false
      try {
        return statSync(unit.path).size >= options.blockChars
      } catch {
        return false
      }
    }
    let learnedLines: LearnedLines | undefined

    // Pass 1: learn lines that recur across documents (site furniture). Compact state: hashed counts.
    const learnFurniture = Effect.gen(function* () {
      if (previous?.learned !== undefined) {
        learnedLines = new LearnedLines(previous.learned)
        executor.useLearned(learnedLines)
        return
      }
      if (!options.learnBoilerplate || expanded.files.length <= 1) return
      const learner = new BoilerplateLearner(rules)
      let done = 0
      // shards learn from every input, so that each shard reads furniture as one run would
      const all = expanded.files
      yield* Stream.fromIterable(planUnits(all, plan)).pipe(
        Stream.mapEffect((unit) => Effect.promise(() => executor.learn(unit)).pipe(Effect.map((outcome) => ({ unit, outcome }))), {
          concurrency: inFlight
        }),
        Stream.runForEach(({ unit, outcome }) =>
          Effect.sync(() => {
            if (outcome.ok) {
              const { hashes, ends } = outcome.value
              let from = 0
              for (const end of ends) {
                learner.addHashes(hashes.subarray(from, end))
                from = end
              }
            }
            done += filesFinishedBy(unit)
            progress({ phase: "learn", filesDone: done, filesTotal: all.length, documents: learner.size, errors: 0, bytes: outcome.ok ? outcome.value.bytes : 0 })
          })
        )
      )
      const learned = learner.learned()
      yield* Effect.try({
        try: () => journal.learned(learned.toArray()),
        catch: (e) => new OutputError({ path: options.out, message: `cannot write the run journal: ${(e as Error).message}` })
      })
      learnedLines = learned
      executor.useLearned(learned)
    })

    const writer = yield* Effect.try({
      try: () =>
        new DatasetSetWriter(
          options.out,
          writeFormats,
          Object.fromEntries(Object.entries(RECORD_DATASETS).map(([name, schema]) => [name, columnsOf(schema)])),
          { bom: options.bom, staging: stagingDir, resume: checkpoint?.writers }
        ),
      catch: (e) => new OutputError({ path: options.out, message: `cannot create the output folder or files: ${(e as Error).message}` })
    })
    // rows that grow with the corpus (entity × document, dated sentences) are sorted in runs on disk
    const aggregates = options.aggregates ? new AggregateAccumulator({ spill: { dir: join(stagingDir, "aggregates") } }) : undefined

    // corpus state: counters, the ids given so far, the linker and the aggregates
    let counters: RunCounters = checkpoint?.counters ?? { units: 0, files: 0, documents: 0, errors: 0, bytes: 0 }
    let ids = new Map<string, number>()
    if (checkpoint !== undefined) {
      const state = journal.readState(checkpoint) as { ids: Map<string, number>; linker: unknown; aggregates: unknown }
      ids = state.ids
      linker.restore?.(state.linker)
      if (state.aggregates !== undefined) aggregates?.restore(state.aggregates)
    }
    let last: string | null = checkpoint?.last ?? null
    let lastCheckpoint = { at: performance.now(), units: counters.units }
    const saveCheckpoint = (): void => {
      if (!snapshots) return
      journal.checkpoint(counters, last, writer.checkpoint(), { ids, linker: linker.snapshot?.(), aggregates: aggregates?.snapshot() })
      lastCheckpoint = { at: performance.now(), units: counters.units }
    }
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
      counters = { ...counters, errors: counters.errors + 1 }
    }
    /** What linking and the aggregates need of a document processed in blocks, gathered until its last block. */
    let open:
      | {
          docId: string
          document: DocumentRecord
          segments: Array<SegmentInput>
          quantities: Array<QuantityRecord>
          dates: Array<DateRecord>
          mentions: Array<PlacedMention>
        }
      | undefined
    const finishDocument = (docId: string, aggregate: PreparedDocument["aggregate"], placed: ReadonlyArray<PlacedMention>): void => {
      const mentions = linkDocument(linker, docId, placed)
      for (const m of mentions) writer.write("mentions", m)
      aggregates?.addDocument({ ...aggregate, mentions })
      counters = { ...counters, documents: counters.documents + 1 }
    }
    const finishOpen = (): void => {
      if (open === undefined) return
      const { docId, mentions, ...aggregate } = open
      open = undefined
      finishDocument(docId, aggregate, mentions)
    }
    const writePrepared = (p: PreparedDocument): void => {
      for (const name of RENDERED_DATASETS) writer.writeRendered(name, p.rendered[name].text, p.rendered[name].count)
      if (p.block === 0 && p.last) return finishDocument(p.docId, p.aggregate, p.mentions)
      if (p.block === 0 || open === undefined) {
        finishOpen()
        open = { docId: p.docId, document: p.aggregate.document, segments: [], quantities: [], dates: [], mentions: [] }
      }
      for (const x of p.aggregate.segments) open.segments.push(x)
      for (const x of p.aggregate.quantities) open.quantities.push(x)
      for (const x of p.aggregate.dates) open.dates.push(x)
      for (const x of p.mentions) open.mentions.push(x)
      if (p.last) finishOpen()
    }
    const writeItem = (item: PreparedItem): void => {
      if ("error" in item) {
        // a document whose later blocks failed keeps the blocks written so far
        finishOpen()
        writeError(inputErrorOf(item.error))
      } else writePrepared(item.prepared)
    }
    const spec = { formats: writeFormats, blockChars: options.blockChars }

    const process = Effect.gen(function* () {
      if (checkpoint === undefined) {
        for (const pattern of missing) {
          writeError(new InputError({ path: pattern, reason: "not-found", message: "no such file or folder, and no file matches this pattern" }))
        }
      }
      /** Writes one unit's results in order; documents whose id is taken are prepared again under a new id. */
      const consume = (unit: WorkUnit, outcome: WorkerOutcome<PreparedUnit> | undefined): Effect.Effect<void, OutputError> =>
        Effect.gen(function* () {
          let bytes = 0
          if (outcome === undefined) {
            // a large file: processed here, each document named before it is processed, each block written when ready
            bytes = yield* Effect.try({
              try: () => {
                const read = prepareUnitInto(unit, readOptions, { extractors, rules, learned: learnedLines }, { ...spec, rename: uniqueId }, writeItem)
                finishOpen()
                return read
              },
              catch: (e) => new OutputError({ path: options.out, message: (e as Error).message })
            })
          } else if (!outcome.ok) {
            for (const path of filesOfUnit(unit)) writeError(new InputError({ path, reason: "unreadable", message: `processing failed: ${outcome.message}` }))
          } else {
            bytes = outcome.value.bytes
            const items = outcome.value.items
            // one id a document (its blocks share it), given in input order; a document whose id is
            // taken is prepared again under its new id, alone (the rest of its unit stands)
            const renames = new Map<number, string>()
            const named = new Set<number>()
            for (const item of items) {
              if (!("prepared" in item) || named.has(item.prepared.index)) continue
              named.add(item.prepared.index)
              const id = uniqueId(item.prepared.docId)
              if (id !== item.prepared.docId) renames.set(item.prepared.index, id)
            }
            let final: ReadonlyArray<PreparedItem> = items
            if (renames.size > 0) {
              const again = yield* Effect.promise(() => executor.process(unit, { ...spec, renames, onlyRenamed: true }))
              const fresh = new Map<number, Array<PreparedItem>>()
              if (again.ok) {
                for (const item of again.value.items) {
                  const at = "prepared" in item ? item.prepared.index : item.index
                  if (at === undefined || !renames.has(at)) continue
                  const list = fresh.get(at) ?? []
                  list.push(item)
                  fresh.set(at, list)
                }
              }
              const replaced = new Set<number>()
              final = items.flatMap((item): Array<PreparedItem> => {
                if (!("prepared" in item) || !renames.has(item.prepared.index)) return [item]
                const at = item.prepared.index
                if (replaced.has(at)) return []
                replaced.add(at)
                const path = item.prepared.aggregate.document.path
                const message = `processing failed: the document could not be prepared under the id ${renames.get(at)}${again.ok ? "" : ` (${again.message})`}`
                return fresh.get(at) ?? [{ error: { path, reason: "unreadable", message }, index: at }]
              })
            }
            yield* Effect.try({
              try: () => {
                for (const item of final) writeItem(item)
                finishOpen()
              },
              catch: (e) => new OutputError({ path: options.out, message: (e as Error).message })
            })
          }
          counters = { ...counters, units: counters.units + 1, files: counters.files + filesFinishedBy(unit), bytes: counters.bytes + bytes }
          last = unit.path
          yield* Effect.try({
            try: () => {
              const due =
                counters.units - lastCheckpoint.units >= options.checkpointUnits || performance.now() - lastCheckpoint.at >= options.checkpointSeconds * 1000
              if (due) saveCheckpoint()
            },
            catch: (e) => new OutputError({ path: options.out, message: `cannot write a checkpoint: ${(e as Error).message}` })
          })
          progress({ phase: "process", filesDone: counters.files, filesTotal: files.length, documents: counters.documents, errors: counters.errors, bytes: counters.bytes })
        }).pipe(
          // a unit is written whole or not at all, so that a checkpoint taken on interruption
          // counts exactly the units whose records are in the files
          Effect.uninterruptible
        )
      yield* Stream.fromIterable(planUnits(files, plan)).pipe(
        Stream.drop(counters.units),
        Stream.mapEffect(
          (unit): Effect.Effect<{ unit: WorkUnit; outcome: WorkerOutcome<PreparedUnit> | undefined }> =>
            isLarge(unit)
              ? Effect.succeed({ unit, outcome: undefined })
              : Effect.promise(() => executor.process(unit, spec)).pipe(Effect.map((outcome) => ({ unit, outcome }))),
          { concurrency: inFlight }
        ),
        Stream.runForEach(({ unit, outcome }) => consume(unit, outcome))
      )
      const entities = linker.entities()
      yield* Effect.try({
        try: () => {
          for (const e of entities) writer.write("entities", e)
        },
        catch: (e) => new OutputError({ path: options.out, message: (e as Error).message })
      })
      aggregates?.addEntities(entities)
    })

    yield* learnFurniture.pipe(
      Effect.zipRight(process),
      Effect.onExit((exit) =>
        Effect.sync(() => {
          if (Exit.isSuccess(exit)) return
          // an interrupted run keeps a checkpoint of where it stopped; a failed one keeps the last
          try {
            if (Exit.isInterrupted(exit)) saveCheckpoint()
          } finally {
            writer.suspend()
          }
        })
      ),
      Effect.ensuring(Effect.promise(() => executor.close()))
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
        if (aggregates !== undefined) paths.push(...writeAggregates(options.out, aggregates.streams(), options.format, { bom: options.bom }))
        aggregates?.dispose()
        journal.remove()
      },
      catch: (e) => new OutputError({ path: options.out, message: `cannot write the columnar or aggregate files: ${(e as Error).message}` })
    })
    return {
      out: options.out,
      formats: options.format,
      files: files.length,
      documents: counters.documents,
      errors: counters.errors,
      records: writer.counts(),
      seconds: (performance.now() - started) / 1000,
      paths,
      resumedFrom: checkpoint === undefined ? null : checkpoint.counters.files
    }
  })

/**
 * What makes two runs the same run, for `--resume`: the akhbar version, the inputs, and every
 * option that changes the output (not the number of workers or the output folder).
 */
const runFingerprint = (options: RunOptions, all: ReadonlyArray<string>, files: ReadonlyArray<string>, formats: ReadonlyArray<Format>): string => {
  const { workers: _w, concurrency: _c, out: _o, resume: _r, checkpointSeconds: _s, checkpointUnits: _u, ...rest } = options
  return sha256(JSON.stringify({ version: VERSION, options: rest, formats, all, files }))
}
