import { spawn } from "node:child_process"
import { constants } from "node:os"

/**
 * The old-generation size (MB) the CLI runs corpus commands with. V8 lets a heap grow to about
 * four times its live size when its limit is large (the default on 64-bit machines), and to under
 * twice when the limit is below 2 GB: with this limit a run's peak memory stays near its working
 * set (about 340 MB instead of 600–800 MB on a 40 MB corpus), while a 50 MB single document still fits.
 */
export const CLI_HEAP_MB = 1536

const MARK = "AKHBAR_RELAUNCHED"

/** Whether the heap size was chosen already: by us, or by the user (flag or NODE_OPTIONS). */
const heapChosen = (): boolean =>
  process.env[MARK] === "1" ||
  [...process.execArgv, ...(process.env.NODE_OPTIONS ?? "").split(/\s+/)].some((a) => /^--max[-_]old[-_]space[-_]size/.test(a))

/**
 * Runs this CLI again in a child Node process with `--max-old-space-size` set to
 * {@link CLI_HEAP_MB}, unless the heap size was chosen already; resolves to the child's exit
 * status, or to `undefined` when no relaunch is needed (then the caller goes on in this process).
 * The child shares stdin, stdout and stderr; SIGINT and SIGTERM sent to this process are passed on
 * (a terminal's Ctrl-C reaches both processes; the child counts the two as one).
 *
 * @example
 * ```ts
 * const code = await relaunchWithHeap()
 * if (code !== undefined) process.exitCode = code
 * ```
 */
export const relaunchWithHeap = (): Promise<number> | undefined => {
  if (heapChosen() || process.argv[1] === undefined) return undefined
  const child = spawn(process.execPath, [...process.execArgv, `--max-old-space-size=${CLI_HEAP_MB}`, process.argv[1], ...process.argv.slice(2)], {
    stdio: "inherit",
    env: { ...process.env, [MARK]: "1" }
  })
  const forward = (signal: NodeJS.Signals) => () => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal)
  }
  const onInt = forward("SIGINT")
  const onTerm = forward("SIGTERM")
  process.on("SIGINT", onInt)
  process.on("SIGTERM", onTerm)
  return new Promise((resolve) => {
    child.on("error", (e) => {
      process.stderr.write(`akhbar: cannot start a Node process (${e.message}); set NODE_OPTIONS=--max-old-space-size=${CLI_HEAP_MB} to run without one\n`)
      resolve(1)
    })
    child.on("exit", (code, signal) => {
      process.off("SIGINT", onInt)
      process.off("SIGTERM", onTerm)
      resolve(code ?? 128 + (signal !== null ? (constants.signals[signal] ?? 0) : 0))
    })
  })
}
