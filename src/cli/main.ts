import { parseArgs } from "node:util"
import { Cause, Effect, Either, Exit, Fiber } from "effect"
import { join } from "node:path"
import { runCorpus, type RunProgress, type RunSummary } from "../pipeline/run.js"
import { STAGING_FOLDER } from "../pipeline/journal.js"
import { mapNdjson } from "../pipeline/map.js"
import { mergeRuns } from "../pipeline/merge.js"
import { AkhbarDefaults } from "../pipeline/services.js"
import { writeSchemas } from "../schema/export.js"
import { VERSION } from "../version.js"
import { ProgressBar } from "./progress.js"
import { relaunchWithHeap } from "./relaunch.js"
import { aggregateCommand, AGGREGATE_HELP } from "./aggregate.js"
import { reportCommand, REPORT_HELP } from "./report.js"
import { OUTPUT_FORMATS, type OutputFormat } from "../write/formats.js"

const HELP = `akhbar ${VERSION} — turn raw Arabic news articles into datasets

Usage:
  akhbar run <inputs...> --out DIR [--format json,csv,ndjson] [--bom] [--encoding ENC]
                         [--workers N] [--concurrency N] [--text-column NAME] [--no-learn] [--shard i/n] [--resume] [--quiet]
  akhbar map                       (= akhbar run --stdin ndjson --stdout ndjson)
  akhbar merge <dirs...> --out DIR [--format json,csv,ndjson]
  akhbar aggregate --in DIR [--out DIR] [--format …]
  akhbar report --in DIR --out report.html
  akhbar schema --out DIR
  akhbar --help | --version

run      Reads articles (files, folders, glob patterns; .txt, .ndjson/.jsonl, .csv) and writes the
         datasets documents, segments, mentions, entities, quantities, dates and the aggregate
         tables entity_counts, cooccurrence, timeline, quantities_by_unit, outlets to DIR.
  --out DIR           folder to write to (created if needed)
  --format LIST       comma-separated: json, csv, ndjson, arrow, parquet (default json)
  --bom               start CSV files with a byte-order mark (for Excel)
  --encoding ENC      force utf-8, utf-16le, utf-16be or windows-1256 (default: detect)
  --workers N         worker threads for segmentation and extraction (default: cores − 1, as the
                      main thread reads, links and writes; 1 runs everything in the main thread)
  --concurrency N     files read at once (default 16)
  --text-column NAME  text column of CSV inputs (default text)
  --no-learn          do not learn recurring lines across the corpus as furniture
  --no-aggregates     write only the record datasets
  --recognizer KIND   entities from combined (gazetteers + patterns + trained tagger, default),
                      rules (gazetteers + patterns) or model (tagger only)
  --shard i/n         process only the i-th of n contiguous slices of the inputs (1 ≤ i ≤ n)
  --resume            go on with an interrupted run into the same --out (Ctrl-C, a crash, a full
                      disk), from its last checkpoint; the files equal those of an uninterrupted run
  --quiet             no progress bar and no summary
map      Reads NDJSON articles on stdin and writes one NDJSON line per output record on stdout,
         tagged with its dataset ({"dataset":"segments",…}): a mapper for Hadoop Streaming or
         Spark's RDD.pipe().
merge    Combines the outputs of shard runs, in the order given, into one dataset set.
schema   Writes a JSON Schema per dataset (records and aggregates) and a Markdown data dictionary.

${AGGREGATE_HELP}

${REPORT_HELP}

Exit status: 0 when the run completed (per-document errors are reported in documents and in
the summary), 1 when the output could not be written, 2 on bad usage.`

const usage = (message: string): never => {
  process.stderr.write(`akhbar: ${message}\nRun 'akhbar --help' for usage.\n`)
  process.exit(2)
}

const summarize = (s: RunSummary): string => {
  const lines = [
    `akhbar: ${s.documents} documents ok, ${s.errors} with errors, from ${s.files} files in ${s.seconds.toFixed(2)} s`,
    ...Object.entries(s.records).map(([name, n]) => `  ${name.padEnd(11)} ${String(n).padStart(8)} records`),
    `  written to ${s.out} (${s.formats.join(", ")})`
  ]
  if (s.resumedFrom !== null) lines.splice(1, 0, `  went on from the interrupted run's checkpoint after ${s.resumedFrom} of ${s.files} input files`)
  if (s.errors > 0) lines.push(`  see documents with status "error" for why ${s.errors === 1 ? "one input was" : `${s.errors} inputs were`} not used`)
  return lines.join("\n") + "\n"
}

const runCommand = async (args: Array<string>): Promise<number> => {
  let parsed
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        out: { type: "string", short: "o" },
        format: { type: "string", short: "f" },
        bom: { type: "boolean" },
        encoding: { type: "string" },
        concurrency: { type: "string" },
        workers: { type: "string", short: "w" },
        "text-column": { type: "string" },
        "no-learn": { type: "boolean" },
        "no-aggregates": { type: "boolean" },
        recognizer: { type: "string" },
        shard: { type: "string" },
        stdin: { type: "string" },
        stdout: { type: "string" },
        resume: { type: "boolean" },
        quiet: { type: "boolean", short: "q" }
      }
    })
  } catch (e) {
    return usage((e as Error).message)
  }
  const v = parsed.values
  if (v.stdin !== undefined || v.stdout !== undefined) {
    if (v.stdin !== "ndjson" || v.stdout !== "ndjson") usage("run: streaming mode is --stdin ndjson --stdout ndjson (both)")
    if (parsed.positionals.length > 0 || v.out !== undefined) usage("run: --stdin/--stdout take no inputs and no --out")
    return mapCommand()
  }
  if (parsed.positionals.length === 0) usage("run: give at least one input (a file, a folder or a glob pattern)")
  if (v.out === undefined) usage("run: --out DIR is required (the folder to write the datasets to)")
  let concurrency: number | undefined
  if (v.concurrency !== undefined) {
    concurrency = Number(v.concurrency)
    if (!Number.isInteger(concurrency) || concurrency < 1) usage(`--concurrency: expected a whole number ≥ 1, got "${v.concurrency}"`)
  }
  let workers: number | undefined
  if (v.workers !== undefined) {
    workers = Number(v.workers)
    if (!Number.isInteger(workers) || workers < 1) usage(`--workers: expected a whole number ≥ 1, got "${v.workers}"`)
  }
  const bar = new ProgressBar(process.stderr)
  const quiet = v.quiet === true
  let last: RunProgress | undefined
  const program = runCorpus(
    {
      inputs: parsed.positionals,
      out: v.out!,
      ...(v.format !== undefined ? { format: v.format } : {}),
      bom: v.bom === true,
      ...(v.encoding !== undefined ? { encoding: v.encoding } : {}),
      ...(concurrency !== undefined ? { concurrency } : {}),
      ...(workers !== undefined ? { workers } : {}),
      ...(v["text-column"] !== undefined ? { textColumn: v["text-column"] } : {}),
      learnBoilerplate: v["no-learn"] !== true,
      aggregates: v["no-aggregates"] !== true,
      ...(v.recognizer !== undefined ? { recognizer: v.recognizer as "combined" } : {}),
      ...(v.shard !== undefined ? { shard: v.shard } : {}),
      resume: v.resume === true
    },
    {
      onProgress: (p) => {
        last = p
        if (!quiet) bar.update(p)
      }
    }
  ).pipe(Effect.provide(AkhbarDefaults))
  // Ctrl-C interrupts the run, which saves a checkpoint and stops its workers; a second one exits at once
  const fiber = Effect.runFork(program)
  let interruptedAt = 0
  const onSignal = (): void => {
    if (interruptedAt !== 0) {
      // one Ctrl-C reaches both this process and the launcher that passes it on: count those as one
      if (Date.now() - interruptedAt < 1000) return
      process.exit(130)
    }
    interruptedAt = Date.now()
    bar.done()
    process.stderr.write("akhbar: stopping (saving a checkpoint; press Ctrl-C again to quit at once)…\n")
    Effect.runFork(Fiber.interrupt(fiber))
  }
  process.on("SIGINT", onSignal)
  process.on("SIGTERM", onSignal)
  const exit = await Effect.runPromise(Fiber.await(fiber))
  process.off("SIGINT", onSignal)
  process.off("SIGTERM", onSignal)
  bar.done()
  if (Exit.isSuccess(exit)) {
    if (!quiet) process.stderr.write(summarize(exit.value))
    return 0
  }
  if (Cause.isInterruptedOnly(exit.cause)) {
    const done = last?.phase === "process" ? last.filesDone : 0
    const total = last?.filesTotal ?? 0
    process.stderr.write(
      `akhbar: stopped after ${done} of ${total} input files; run the same command with --resume to go on (partial files are in ${join(v.out!, STAGING_FOLDER)})\n`
    )
    return 130
  }
  const failure = Cause.failureOption(exit.cause)
  if (failure._tag === "None") throw Cause.squash(exit.cause)
  const e = failure.value
  if (e._tag === "OptionsError") return usage(e.message)
  process.stderr.write(`akhbar: cannot write the output to ${e.path}: ${e.message}\n`)
  return 1
}

const mapCommand = async (): Promise<number> => {
  const summary = await Effect.runPromise(mapNdjson(process.stdin, process.stdout).pipe(Effect.provide(AkhbarDefaults)))
  process.stderr.write(`akhbar map: ${summary.documents} documents, ${summary.errors} errors, ${summary.records} records\n`)
  return 0
}

const parseFormats = (value: string | undefined): Array<OutputFormat> => {
  if (value === undefined) return ["json"]
  const items = value.split(",").map((f) => f.trim().toLowerCase()).filter((f) => f !== "")
  const bad = items.filter((f) => !(OUTPUT_FORMATS as ReadonlyArray<string>).includes(f))
  if (bad.length > 0 || items.length === 0) usage(`--format: unknown format ${bad.map((b) => `"${b}"`).join(", ") || "(none)"}: use ${OUTPUT_FORMATS.join(", ")}`)
  return items as Array<OutputFormat>
}

const mergeCommand = async (args: Array<string>): Promise<number> => {
  let parsed
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { out: { type: "string", short: "o" }, format: { type: "string", short: "f" } } })
  } catch (e) {
    return usage((e as Error).message)
  }
  if (parsed.values.out === undefined) usage("merge: --out DIR is required")
  const result = await Effect.runPromise(Effect.either(mergeRuns(parsed.positionals, parsed.values.out!, parseFormats(parsed.values.format))))
  if (Either.isLeft(result)) {
    if (result.left._tag === "OptionsError") return usage(result.left.message)
    process.stderr.write(`akhbar: cannot write the output to ${result.left.path}: ${result.left.message}\n`)
    return 1
  }
  process.stderr.write(`akhbar merge: ${parsed.positionals.length} folders → ${result.right.out}: ${JSON.stringify(result.right.records)}\n`)
  return 0
}

const schemaCommand = (args: Array<string>): number => {
  let parsed
  try {
    parsed = parseArgs({ args, options: { out: { type: "string", short: "o" } } })
  } catch (e) {
    return usage((e as Error).message)
  }
  if (parsed.values.out === undefined) return usage("schema: --out DIR is required")
  const paths = writeSchemas(parsed.values.out)
  process.stderr.write(`akhbar: wrote ${paths.length} files to ${parsed.values.out}\n`)
  return 0
}

const main = async (argv: Array<string>): Promise<number> => {
  const [command, ...rest] = argv
  switch (command) {
    case undefined:
    case "--help":
    case "-h":
    case "help":
      process.stdout.write(HELP + "\n")
      return command === undefined ? 2 : 0
    case "--version":
    case "-v":
      process.stdout.write(VERSION + "\n")
      return 0
    case "run":
      return runCommand(rest)
    case "schema":
      return schemaCommand(rest)
    case "map":
      if (rest.length > 0) return usage("map takes no arguments: it reads NDJSON articles on stdin")
      return mapCommand()
    case "merge":
      return mergeCommand(rest)
    case "aggregate":
      return aggregateCommand(rest)
    case "report":
      return reportCommand(rest)
    default:
      return usage(`unknown command "${command}": use run, map, merge, aggregate, report or schema`)
  }
}

// corpus commands run in a child process with a heap limit that keeps memory near the working set
const CORPUS_COMMANDS = new Set(["run", "map", "merge"])
const start = (argv: Array<string>): Promise<number> =>
  (CORPUS_COMMANDS.has(argv[0] ?? "") ? relaunchWithHeap() : undefined) ?? main(argv)

start(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (e: unknown) => {
    process.stderr.write(`akhbar: unexpected failure: ${(e as Error)?.stack ?? String(e)}\n`)
    process.exitCode = 1
  }
)
