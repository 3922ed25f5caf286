import { existsSync } from "node:fs"
import { createRequire } from "node:module"
import { fileURLToPath, pathToFileURL } from "node:url"
import { Worker } from "node:worker_threads"
import type { ReadOptions } from "../load/read.js"
import type { WorkUnit } from "../load/units.js"
import type { LearnedLines } from "../segment/furniture.js"
import type { SegmentRules } from "../segment/rules.js"
import type { RecognizerChoice } from "./defaults.js"
import type { JobMessage, ReplyMessage, WorkerSetup } from "./serve.js"
import { unpackUnit, type LearnOutcome, type PreparedUnit, type PrepareSpec } from "./tasks.js"

/** The outcome of a job in a worker: its value, or why the worker could not do it. */
export type WorkerOutcome<A> = { readonly ok: true; readonly value: A } | { readonly ok: false; readonly message: string }

interface Pending {
  readonly resolve: (o: WorkerOutcome<unknown>) => void
  job: Exclude<JobMessage, { kind: "learned" }>
  /** The document of a process job that the worker is on (reported before each one). */
  at: number
}

interface Slot {
  worker: Worker
  busy: Pending | undefined
}

/** Options of a {@link WorkerPool}. */
export interface WorkerPoolOptions {
  readonly read?: ReadOptions | undefined
  readonly recognizer?: RecognizerChoice | undefined
  /** Segmentation rules (default: `DEFAULT_SEGMENT_RULES`). */
  readonly rules?: SegmentRules | undefined
  /** Lines learned as furniture (they can also be given later, with `useLearned`). */
  readonly learned?: LearnedLines | undefined
  /** Another worker script (tests use one that crashes). */
  readonly entry?: WorkerEntry | undefined
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

/**
 * Heap limits of a worker. A young generation larger than V8's default makes fewer short-lived
 * strings and arrays reach the old generation (less collection work competing with the other
 * threads); an old-generation limit under 2 GB makes V8 keep the heap near its live size (see
 * the CLI's relaunch), and a worker that runs out of it crashes alone: its document becomes an error.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 64, maxOldGenerationSizeMb: 1536 }

/** Starts a worker; a TypeScript entry is loaded through tsx's API (its --import hook does not reach workers on Node 20). */
const startWorker = (entry: WorkerEntry, workerData: unknown): Worker => {
  // execArgv: [] — flags of the parent process such as --input-type must not reach the worker
  if (!entry.typescript) return new Worker(entry.url, { workerData, execArgv: [], resourceLimits: WORKER_LIMITS })
  // the ESM build of tsx's API (resolving from CommonJS would give its .cjs twin)
  const meta = import.meta as ImportMeta & { resolve?: (specifier: string) => string }
  const api =
    typeof meta.resolve === "function"
      ? meta.resolve("tsx/esm/api")
      : pathToFileURL(createRequire(import.meta.url).resolve("tsx/esm/api").replace(/\.cjs$/, ".mjs")).href
  const code = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(entry.url.href)}) })`
  return new Worker(code, { eval: true, workerData, resourceLimits: WORKER_LIMITS })
}

/**
 * A pool of worker threads that read, learn and process work units with the default extractors.
 * Results come back through promises that never reject. A worker that crashes is replaced; the
 * document it was on becomes an error, and the other documents of its unit are processed again.
 *
 * @example
 * ```ts
 * import { WorkerPool } from "akhbar"
 * const pool = new WorkerPool(2)
 * const outcome = await pool.process({ path: "fixtures/articles/01-afaq-lebanon-diplomacy.txt" }, { formats: ["json"] })
 * await pool.close()
 * ```
 */
export class WorkerPool {
  private readonly slots: Array<Slot> = []
  private readonly queue: Array<Pending> = []
  private seq = 0
  private closed = false
  private readonly entry: WorkerEntry
  private setup: WorkerSetup

  /** @param size number of worker threads */
  constructor(
    readonly size: number,
    options: WorkerPoolOptions = {}
  ) {
    this.entry = options.entry ?? workerEntry()
    this.setup = { read: options.read, recognizer: options.recognizer ?? "combined", rules: options.rules, learned: options.learned?.toArray() }
    for (let i = 0; i < size; i++) this.slots.push(this.spawn())
  }

  private spawn(): Slot {
    const worker = startWorker(this.entry, this.setup)
    const slot: Slot = { worker, busy: undefined }
    worker.on("message", (msg: ReplyMessage) => {
      const pending = slot.busy
      if (pending === undefined || msg.seq !== pending.job.seq) return
      if ("at" in msg) {
        pending.at = msg.at
        return
      }
      slot.busy = undefined
      if (!msg.ok) pending.resolve({ ok: false, message: msg.message })
      else if ("unit" in msg) pending.resolve({ ok: true, value: unpackUnit(msg.unit) })
      else pending.resolve({ ok: true, value: msg.learn satisfies LearnOutcome })
      this.next(slot)
    })
    const fail = (why: string): void => {
      const lost = slot.busy
      slot.busy = undefined
      if (this.closed) return
      const at = this.slots.indexOf(slot)
      const fresh = this.spawn()
      if (at >= 0) this.slots[at] = fresh
      if (lost !== undefined) {
        const message = `the worker processing this document stopped (${why}); the document was skipped`
        if (lost.job.kind === "process" && lost.at >= 0) {
          // do the unit again without the document that brought the worker down
          lost.job = { ...lost.job, skip: [...(lost.job.skip ?? []), [lost.at, message]] }
          lost.at = -1
          this.queue.unshift(lost)
        } else lost.resolve({ ok: false, message })
      }
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

  private submit<A>(job: Pending["job"]): Promise<WorkerOutcome<A>> {
    return new Promise((resolve) => {
      this.queue.push({ resolve: resolve as (o: WorkerOutcome<unknown>) => void, job, at: -1 })
      const idle = this.slots.find((s) => s.busy === undefined)
      if (idle !== undefined) this.next(idle)
    })
  }

  /** Reads a work unit in a worker and returns the furniture evidence of its documents. */
  learn(unit: WorkUnit): Promise<WorkerOutcome<LearnOutcome>> {
    return this.submit({ kind: "learn", seq: this.seq++, unit })
  }

  /** Reads, processes and prepares a work unit for writing in a worker (see `prepareUnit`). */
  process(unit: WorkUnit, spec: PrepareSpec): Promise<WorkerOutcome<PreparedUnit>> {
    return this.submit({ kind: "process", seq: this.seq++, unit, formats: spec.formats, blockChars: spec.blockChars, onlyRenamed: spec.onlyRenamed, renames: spec.renames === undefined ? undefined : [...spec.renames] })
  }

  /** Gives every worker (and every worker started later) the lines learned as furniture. */
  useLearned(learned: LearnedLines): void {
    const hashes = learned.toArray()
    this.setup = { ...this.setup, learned: hashes }
    for (const s of this.slots) s.worker.postMessage({ kind: "learned", hashes } satisfies JobMessage)
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    this.closed = true
    await Promise.all(this.slots.map((s) => s.worker.terminate()))
  }
}
