import { aggregateRecords } from "../aggregate/aggregate.js"
import { DatasetReadError, readDatasets } from "../aggregate/read.js"
import { AGGREGATE_FORMATS, parseAggregateFormats, writeAggregates, type AggregateFormat } from "../aggregate/write.js"

import { datasetCommandArgs, processIO, type CommandIO } from "./command.js"

export type { CommandIO } from "./command.js"

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
  const parsed = datasetCommandArgs("aggregate", AGGREGATE_HELP, args, { out: { type: "string", short: "o" }, format: { type: "string", short: "f" }, bom: { type: "boolean" } }, io)
  if (!parsed.ok) return parsed.code
  const { usage } = parsed
  const v = { ...parsed.values, in: parsed.in } as { in: string; out?: string; format?: string; bom?: boolean; quiet?: boolean }
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
