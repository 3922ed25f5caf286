import { join } from "node:path"
import { aggregateRecords } from "../aggregate/aggregate.js"
import { DatasetReadError, readDatasets } from "../aggregate/read.js"
import { renderReport } from "../report/render.js"
import { writeFileAtomic } from "../write/columnar.js"
import { datasetCommandArgs, isDirectory, processIO, type CommandIO } from "./command.js"

/**
 * Usage of `akhbar report`, for the CLI help.
 *
 * @example
 * ```ts
 * import { REPORT_HELP } from "akhbar"
 * process.stdout.write(REPORT_HELP + "\n")
 * ```
 */
export const REPORT_HELP = `akhbar report --in DIR [--out FILE] [--title TEXT] [--quiet]

report     Reads the datasets a run wrote to DIR (json or ndjson) and writes one self-contained
           HTML report (no network access): summary, top entities, timeline, entity network,
           quantities with links to their sentences, outlets.
  --in DIR        folder holding the datasets
  --out FILE      HTML file to write (default DIR/report.html)
  --title TEXT    title of the report
  --quiet         no summary`

/**
 * `akhbar report`: reads the datasets of a run from `--in DIR`, computes the aggregates and writes
 * one self-contained HTML report to `--out FILE` (atomically). Resolves to the exit status: 0
 * done, 1 the datasets could not be read or the file not written, 2 bad usage.
 *
 * @example
 * ```ts
 * import { reportCommand } from "akhbar"
 * const code = await reportCommand(["--in", "out", "--out", "out/report.html"]) // 0
 * ```
 */
export const reportCommand = async (args: ReadonlyArray<string>, io: CommandIO = processIO): Promise<number> => {
  const parsed = datasetCommandArgs("report", REPORT_HELP, args, { out: { type: "string", short: "o" }, title: { type: "string" } }, io)
  if (!parsed.ok) return parsed.code
  const { usage } = parsed
  const v = { ...parsed.values, in: parsed.in } as { in: string; out?: string; title?: string; quiet?: boolean }
  const out = v.out ?? join(v.in, "report.html")
  if (isDirectory(out)) return usage(`--out: "${out}" is a folder; give the HTML file to write`)

  let read
  try {
    read = readDatasets(v.in)
  } catch (e) {
    if (e instanceof DatasetReadError) {
      io.stderr.write(`akhbar report: ${e.path}: ${e.message}\n`)
      return 1
    }
    throw e
  }
  if (read.paths.length === 0) {
    io.stderr.write(`akhbar report: no datasets in ${v.in}; write them first with 'akhbar run INPUTS --out ${v.in} --format json'\n`)
    return 1
  }
  const html = renderReport(read.datasets, aggregateRecords(read.datasets), { title: v.title, subtitle: `akhbar — ${v.in}` })
  try {
    writeFileAtomic(out, html)
  } catch (e) {
    io.stderr.write(`akhbar report: cannot write ${out}: ${(e as Error).message}\n`)
    return 1
  }
  if (v.quiet !== true) io.stderr.write(`akhbar: report of ${read.datasets.documents?.length ?? 0} documents written to ${out} (${(html.length / 1024).toFixed(0)} kB)\n`)
  return 0
}
