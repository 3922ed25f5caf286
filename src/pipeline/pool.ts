import { existsSync } from "node:fs"
import { createRequire } from "node:module"
import { fileURLToPath, pathToFileURL } from "node:url"
import { Worker } from "node:worker_threads"
import type { Article } from "../load/article.js"
import type { DocumentResult } from "./document.js"
import type { RecognizerChoice } from "./defaults.js"

/** The outcome of one article in a worker: its results, or why the worker could not process it. */
export type WorkerOutcome = { readonly ok: true; readonly result: DocumentResult } | { readonly ok: false; readonly message: string }

interface Pending {
  readonly resolve: (o: WorkerOutcome) => void
  readonly job: { seq: number; article: Article }
}

interface Slot {
  worker: Worker
  busy: Pending | undefined
}

/** A worker script: a module URL, run as it is or (TypeScript, from source) through tsx. */
export interface WorkerEntry {
  readonly url: URL
  readonly typescript: boolean
}

/** Where the worker entry is: `worker.js` beside the built bundle, or `worker.ts` when run from source. */
const workerEntry = (): WorkerEntry => {
  const here = import.meta.url
  const js = new URL("./worker.js", here)
  if (existsSync(fileURLToPath(js))) return { url: js, typescript: false }
  const ts = new URL("./worker.ts", here)
  if (existsSync(fileURLToPath(ts))) return { url: ts, typescript: true }
  throw new Error(`cannot find the akhbar worker entry beside ${here}`)
}

/** Starts a worker; a TypeScript entry is loaded through tsx's API (its --import hook does not reach workers on Node 20). */
const startWorker = (entry: WorkerEntry, workerData: unknown): Worker => {
  // execArgv: [] — flags of the parent process such as --input-type must not reach the worker
  if (!entry.typescript) return new Worker(entry.url, { workerData, execArgv: [] })
  // the ESM build of tsx's API (resolving from CommonJS would give its .cjs twin)
  const meta = import.meta as ImportMeta & { resolve?: (specifier: string) => string }
  const api =
    typeof meta.resolve === "function"
      ? meta.resolve("tsx/esm/api")
      : pathToFileURL(createRequire(import.meta.url).resolve("tsx/esm/api").replace(/\.cjs$/, ".mjs")).href
  const code = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(entry.url.href)}) })`
  return new Worker(code, { eval: true, workerData })
}

/**
 * A pool of worker threads that process articles with the default extractors. Results come back
 * through promises; a worker that crashes on an article is replaced, and that article's outcome
 * says so (the run records it as an error and goes on).
 *
 * @example
 * ```ts
 * import { WorkerPool, articleFromText } from "akhbar"
 * const pool = new WorkerPool(2)
 * const outcome = await pool.process(articleFromText("عنوان\nنص."))
 * await pool.close()
 * ```
 */
export class WorkerPool {
  private readonly slots: Array<Slot> = []
  private readonly queue: Array<Pending> = []
  private seq = 0
  private closed = false
  private readonly entry: WorkerEntry

  /**
   * @param size number of worker threads
   * @param learned line keys learned as furniture, for the segmenter in each worker
   * @param entry another worker script (tests use one that crashes)
   */
  constructor(
    readonly size: number,
    private readonly learned?: ReadonlySet<string>,
    entry?: WorkerEntry,
    private readonly recognizer: RecognizerChoice = "combined"
  ) {
    this.entry = entry ?? workerEntry()
    for (let i = 0; i < size; i++) this.slots.push(this.spawn())
  }

  private spawn(): Slot {
    const worker = startWorker(this.entry, { learned: this.learned ? [...this.learned] : undefined, recognizer: this.recognizer })
    const slot: Slot = { worker, busy: undefined }
    worker.on("message", (msg: { seq: number; ok: boolean; json?: string; result?: DocumentResult; message?: string }) => {
      const done = slot.busy
      slot.busy = undefined
      const result = msg.json !== undefined ? (JSON.parse(msg.json) as DocumentResult) : msg.result
      done?.resolve(msg.ok && result !== undefined ? { ok: true, result } : { ok: false, message: msg.message ?? "the worker sent no result" })
      this.next(slot)
    })
    const fail = (why: string): void => {
      const lost = slot.busy
      slot.busy = undefined
      if (this.closed) return
      const at = this.slots.indexOf(slot)
      const fresh = this.spawn()
      if (at >= 0) this.slots[at] = fresh
      lost?.resolve({ ok: false, message: `the worker processing this document stopped (${why}); the document was skipped` })
      this.next(fresh)
    }
    worker.on("error", (e) => fail(e.message))
    worker.on("exit", (code) => {
      if (code !== 0 || slot.busy !== undefined) fail(`exit code ${code}`)
    })
    return slot
  }

  private next(slot: Slot): void {
    if (slot.busy !== undefined || this.closed) return
    const job = this.queue.shift()
    if (job === undefined) return
    slot.busy = job
    slot.worker.postMessage(job.job)
  }

  /** Processes one article in a worker. Never rejects. */
  process(article: Article): Promise<WorkerOutcome> {
    return new Promise((resolve) => {
      this.queue.push({ resolve, job: { seq: this.seq++, article } })
      const idle = this.slots.find((s) => s.busy === undefined)
      if (idle !== undefined) this.next(idle)
    })
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    this.closed = true
    await Promise.all(this.slots.map((s) => s.worker.terminate()))
  }
}
