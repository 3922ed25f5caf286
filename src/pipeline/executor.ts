import type { ReadOptions } from "../load/read.js"
import type { WorkUnit } from "../load/units.js"
import type { LearnedLines } from "../segment/furniture.js"
import type { ProcessOptions } from "./document.js"
import type { WorkerOutcome } from "./pool.js"
import { learnUnit, prepareUnit, type LearnOutcome, type PreparedUnit, type PrepareSpec } from "./tasks.js"

/**
 * What does the reading, learning and processing of a corpus run: a {@link WorkerPool}, or
 * {@link inThreadExecutor} in the calling thread.
 */
export interface Executor {
  learn(unit: WorkUnit): Promise<WorkerOutcome<LearnOutcome>>
  process(unit: WorkUnit, spec: PrepareSpec): Promise<WorkerOutcome<PreparedUnit>>
  useLearned(learned: LearnedLines): void
  close(): Promise<void>
}

/**
 * An {@link Executor} that works in the calling thread, with any extractors and rules (a user's
 * own extractors, given through a Layer, cannot travel to worker threads).
 *
 * @example
 * ```ts
 * import { inThreadExecutor } from "akhbar"
 * const ex = inThreadExecutor({}, {})
 * const outcome = await ex.process({ path: "fixtures/articles/01-afaq-lebanon-diplomacy.txt" }, { formats: ["csv"] })
 * ```
 */
export const inThreadExecutor = (read: ReadOptions, options: ProcessOptions): Executor => {
  let learned = options.learned
  // each unit starts from the event loop (setImmediate), not from a microtask: between units, signals
  // (Ctrl-C), timers and I/O get their turn even though the work itself is synchronous
  const attempt = <A>(f: () => A): Promise<WorkerOutcome<A>> =>
    new Promise((resolve) =>
      setImmediate(() => {
        try {
          resolve({ ok: true as const, value: f() })
        } catch (e) {
          resolve({ ok: false as const, message: (e as Error)?.message ?? String(e) })
        }
      })
    )
  return {
    learn: (unit) => attempt(() => learnUnit(unit, read)),
    process: (unit, spec) => attempt(() => prepareUnit(unit, read, { ...options, learned }, spec)),
    useLearned: (l) => {
      learned = l
    },
    close: async () => undefined
  }
}
