import type { RunProgress } from "../pipeline/run.js"

/**
 * A one-line progress bar on a terminal (stderr), redrawn at most ten times a second, with
 * documents per second. Prints nothing when the stream is not a TTY.
 *
 * @example
 * ```ts
 * import { ProgressBar } from "./progress.js"
 * const bar = new ProgressBar(process.stderr)
 * ```
 */
export class ProgressBar {
  private last = 0
  private readonly started = performance.now()
  private active = false
  constructor(private readonly stream: NodeJS.WriteStream) {}

  update(p: RunProgress): void {
    if (!this.stream.isTTY) return
    const now = performance.now()
    if (now - this.last < 100 && p.filesDone < p.filesTotal) return
    this.last = now
    const width = 28
    const share = p.filesTotal === 0 ? 1 : p.filesDone / p.filesTotal
    const filled = Math.round(share * width)
    const secs = Math.max((now - this.started) / 1000, 0.001)
    const label = p.phase === "learn" ? "learning furniture" : "processing"
    const rate = p.phase === "learn" ? "" : ` ${(p.documents / secs).toFixed(0)} docs/s`
    const errors = p.errors > 0 ? `, ${p.errors} errors` : ""
    this.stream.write(`\r${label} [${"█".repeat(filled)}${"░".repeat(width - filled)}] ${p.filesDone}/${p.filesTotal} files${rate}${errors}\x1b[K`)
    this.active = true
  }

  done(): void {
    if (this.active) this.stream.write("\r\x1b[K")
    this.active = false
  }
}
