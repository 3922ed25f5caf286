import { Effect, Either } from "effect"
import type { OptionsError } from "./load/errors.js"
import type { RunOptionsInput } from "./pipeline/options.js"
import { AkhbarDefaults } from "./pipeline/services.js"
import { runCorpus, type RunHooks, type RunSummary } from "./pipeline/run.js"
import type { OutputError } from "./pipeline/errors.js"

/** The outcome of {@link run}: a summary, or the typed error that stopped the run. */
export type RunResult = { readonly ok: true; readonly summary: RunSummary } | { readonly ok: false; readonly error: OptionsError | OutputError }

/**
 * Runs the whole pipeline with the default services, as a Promise (for users who do not use
 * Effect). Per-document problems never reject: they are error records in `documents`.
 *
 * @example
 * ```ts
 * import { run } from "akhbar"
 * const result = await run({ inputs: ["fixtures/articles"], out: "out", format: ["json", "csv"] })
 * if (result.ok) console.log(result.summary.documents)
 * ```
 */
export const run = async (options: RunOptionsInput, hooks: RunHooks = {}): Promise<RunResult> => {
  const either = await Effect.runPromise(Effect.either(runCorpus(options, hooks).pipe(Effect.provide(AkhbarDefaults))))
  return Either.isRight(either) ? { ok: true, summary: either.right } : { ok: false, error: either.left }
}
