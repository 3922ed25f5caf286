import { statSync } from "node:fs"
import { parseArgs } from "node:util"
import { aggregateRecords } from "../aggregate/aggregate.js"
import { DatasetReadError, readDatasets } from "../aggregate/read.js"
import { AGGREGATE_FORMATS, parseAggregateFormats, writeAggregates, type AggregateFormat } from "../aggregate/write.js"

/** Where a CLI command writes its messages (process.stdout/stderr by default; tests collect them). */
export interface CommandIO {
  readonly stdout: { write(text: string): unknown }
  readonly stderr: { write(text: string): unknown }
}

const processIO: CommandIO = { stdout: process.stdout, stderr: process.stderr }

/**
 * Usage of `akhbar aggregate`, for the CLI help.
 *
 * @example
 * ```ts
 * import { AGGREGATE_HELP } from "akhbar"
 * process.stdout.write(AGGREGATE_HELP + "\n")
 * ```
 */
export const AGGREGATE_HELP = `akhbar aggregate --in DIR [--out DIR] [--format LIST] [--bom] [--quiet]

aggregate  Reads the datasets a run wrote to DIR (json or ndjson) and writes the aggregate tables
           entity_counts, cooccurrence, timeline, quantities_by_unit, outlets.
  --in DIR        folder holding documents, segments, mentions, entities, quantities, dates
  --out DIR       folder to write to (default: the --in folder)
  --format LIST   comma-separated: ${AGGREGATE_FORMATS.join(", ")} (default json)
  --bom           start CSV files with a byte-order mark (for Excel)
  --quiet         no summary`

const isDirectory = (path: string): boolean => {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}

/**
 * `akhbar aggregate`: reads the datasets of a run (json or ndjson) from `--in DIR`, computes the
 * aggregates and writes them to `--out DIR` (default: the same folder) in every `--format`
 * (json, csv, ndjson, arrow, parquet). Resolves to the exit status: 0 done, 1 the datasets could
 * not be read or the output not written, 2 bad usage.
 *
 * @example
 * ```ts
 * import { aggregateCommand } from "akhbar"
 * const code = await aggregateCommand(["--in", "out", "--format", "csv,parquet"]) // 0
 * ```
 */
export const aggregateCommand = async (args: ReadonlyArray<string>, io: CommandIO = processIO): Promise<number> => {
  const usage = (message: string): number => {
    io.stderr.write(`akhbar aggregate: ${message}\nUsage: ${AGGREGATE_HELP.split("\n")[0]}\nRun 'akhbar --help' for more.\n`)
    return 2
  }
  let parsed
  try {
    parsed = parseArgs({
      args: [...args],
      options: {
        in: { type: "string", short: "i" },
        out: { type: "string", short: "o" },
        format: { type: "string", short: "f" },
        bom: { type: "boolean" },
        quiet: { type: "boolean", short: "q" },
        help: { type: "boolean", short: "h" }
      }
    })
  } catch (e) {
    return usage((e as Error).message)
  }
  const v = parsed.values
  if (v.help === true) {
    io.stdout.write(AGGREGATE_HELP + "\n")
    return 0
  }
  if (v.in === undefined) return usage("--in DIR is required (the folder a run wrote its datasets to)")
  if (!isDirectory(v.in)) return usage(`--in: "${v.in}" is not a folder`)
  let formats: Array<AggregateFormat>
  try {
    formats = parseAggregateFormats(v.format ?? "json")
  } catch (e) {
    return usage(`--format: ${(e as Error).message}`)
  }
  const out = v.out ?? v.in

  let read
  try {
    read = readDatasets(v.in)
  } catch (e) {
    if (e instanceof DatasetReadError) {
      io.stderr.write(`akhbar aggregate: ${e.path}: ${e.message}\n`)
      return 1
    }
    throw e
  }
  if (read.paths.length === 0) {
    io.stderr.write(
      `akhbar aggregate: no datasets in ${v.in} (looked for documents.json, documents.ndjson, …); write them first with 'akhbar run INPUTS --out ${v.in} --format json'\n`
    )
    return 1
  }
  const quiet = v.quiet === true
  if (!quiet && read.missing.length > 0) io.stderr.write(`akhbar aggregate: no ${read.missing.join(", ")} in ${v.in}: counted as empty\n`)

  const records = aggregateRecords(read.datasets)
  let paths: Array<string>
  try {
    paths = writeAggregates(out, records, formats, { bom: v.bom === true })
  } catch (e) {
    io.stderr.write(`akhbar aggregate: cannot write the output to ${out}: ${(e as Error).message}\n`)
    return 1
  }
  if (!quiet) {
    const lines = [
      `akhbar: aggregated ${read.datasets.documents?.length ?? 0} documents from ${v.in}`,
      ...Object.entries(records).map(([name, rows]) => `  ${name.padEnd(18)} ${String(rows.length).padStart(8)} records`),
      `  written to ${out} (${formats.join(", ")}), ${paths.length} files`
    ]
    io.stderr.write(lines.join("\n") + "\n")
  }
  return 0
}
