import { statSync } from "node:fs"
import { parseArgs, type ParseArgsConfig } from "node:util"

/** Where a CLI command writes its messages (process.stdout/stderr by default; tests collect them). */
export interface CommandIO {
  readonly stdout: { write(text: string): unknown }
  readonly stderr: { write(text: string): unknown }
}

/** The process's own streams. */
export const processIO: CommandIO = { stdout: process.stdout, stderr: process.stderr }

/** Whether a path is an existing folder. */
export const isDirectory = (path: string): boolean => {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}

/** The parsed arguments of a command that reads a run's datasets from `--in DIR`, or its exit status. */
export type DatasetCommandArgs =
  | { readonly ok: true; readonly in: string; readonly values: Readonly<Record<string, string | boolean | undefined>>; readonly usage: (message: string) => number }
  | { readonly ok: false; readonly code: number }

/**
 * The common start of `akhbar aggregate` and `akhbar report`: parses the arguments (with `--in`,
 * `--help` and `--quiet` added), prints the help, and checks that `--in` names a folder. Bad usage
 * prints a message with the command's usage line and gives exit status 2.
 */
export const datasetCommandArgs = (
  name: string,
  help: string,
  args: ReadonlyArray<string>,
  options: NonNullable<ParseArgsConfig["options"]>,
  io: CommandIO
): DatasetCommandArgs => {
  const usage = (message: string): number => {
    io.stderr.write(`akhbar ${name}: ${message}\nUsage: ${help.split("\n")[0]}\nRun 'akhbar --help' for more.\n`)
    return 2
  }
  let values: Record<string, string | boolean | undefined>
  try {
    values = parseArgs({
      args: [...args],
      options: { ...options, in: { type: "string", short: "i" }, quiet: { type: "boolean", short: "q" }, help: { type: "boolean", short: "h" } }
    }).values as Record<string, string | boolean | undefined>
  } catch (e) {
    return { ok: false, code: usage((e as Error).message) }
  }
  if (values.help === true) {
    io.stdout.write(help + "\n")
    return { ok: false, code: 0 }
  }
  const dir = values.in
  if (typeof dir !== "string") return { ok: false, code: usage("--in DIR is required (the folder a run wrote its datasets to)") }
  if (!isDirectory(dir)) return { ok: false, code: usage(`--in: "${dir}" is not a folder`) }
  return { ok: true, in: dir, values, usage }
}
