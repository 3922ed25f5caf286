/**
 * The message loop of a worker thread: runs the jobs of a {@link WorkerPool}. Kept apart from the
 * worker entry so that tests can start a worker that misbehaves on purpose.
 */
import type { MessagePort } from "node:worker_threads"
import type { Article } from "../load/article.js"
import type { ReadOptions } from "../load/read.js"
import type { WorkUnit } from "../load/units.js"
import { LearnedLines } from "../segment/furniture.js"
import type { SegmentRules } from "../segment/rules.js"
import { extractorsFor, type RecognizerChoice } from "./defaults.js"
import { learnUnit, packUnit, prepareUnit, type PackedUnit } from "./tasks.js"
import type { Format } from "../write/format.js"

/** What a pool gives each worker when it starts. */
export interface WorkerSetup {
  readonly read?: ReadOptions | undefined
  readonly recognizer?: RecognizerChoice | undefined
  readonly rules?: SegmentRules | undefined
  /** Hashes of the lines learned as furniture (see `LearnedLines`). */
  readonly learned?: Float64Array | undefined
}

/** A message from the pool to a worker. */
export type JobMessage =
  | { readonly kind: "learn"; readonly seq: number; readonly unit: WorkUnit }
  | {
      readonly kind: "process"
      readonly seq: number
      readonly unit: WorkUnit
      readonly formats: ReadonlyArray<Format>
      readonly renames?: ReadonlyArray<readonly [number, string]> | undefined
      readonly blockChars?: number | undefined
      readonly onlyRenamed?: boolean | undefined
      readonly skip?: ReadonlyArray<readonly [number, string]> | undefined
    }
  | { readonly kind: "learned"; readonly hashes: Float64Array }

/** A message from a worker to the pool. */
export type ReplyMessage =
  | { readonly seq: number; readonly at: number }
  | { readonly seq: number; readonly ok: true; readonly unit: PackedUnit }
  | { readonly seq: number; readonly ok: true; readonly learn: { bytes: number; hashes: Float64Array; ends: Uint32Array } }
  | { readonly seq: number; readonly ok: false; readonly message: string }

/**
 * Serves jobs on `port` until the thread ends. `beforeDocument` runs before each document is
 * processed (tests use it to crash a worker on purpose).
 */
export const serveJobs = (port: MessagePort, setup: WorkerSetup, beforeDocument?: (article: Article) => void): void => {
  const extractors = extractorsFor(setup.recognizer ?? "combined")
  let learned = setup.learned === undefined ? undefined : new LearnedLines(setup.learned)
  port.on("message", (job: JobMessage) => {
    if (job.kind === "learned") {
      learned = new LearnedLines(job.hashes)
      return
    }
    try {
      if (job.kind === "learn") {
        const learn = learnUnit(job.unit, setup.read)
        port.postMessage({ seq: job.seq, ok: true, learn } satisfies ReplyMessage, [learn.hashes.buffer as ArrayBuffer, learn.ends.buffer as ArrayBuffer])
        return
      }
      const outcome = prepareUnit(job.unit, setup.read ?? {}, {
        extractors,
        rules: setup.rules,
        learned,
        skip: job.skip === undefined ? undefined : new Map(job.skip),
        onDocument: (at, article) => {
          port.postMessage({ seq: job.seq, at } satisfies ReplyMessage)
          beforeDocument?.(article)
        }
      }, { formats: job.formats, blockChars: job.blockChars, onlyRenamed: job.onlyRenamed, renames: job.renames === undefined ? undefined : new Map(job.renames) })
      port.postMessage({ seq: job.seq, ok: true, unit: packUnit(outcome) } satisfies ReplyMessage)
    } catch (e) {
      port.postMessage({ seq: job.seq, ok: false, message: (e as Error)?.message ?? String(e) } satisfies ReplyMessage)
    }
  })
}
