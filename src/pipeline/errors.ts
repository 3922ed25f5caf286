import { Data } from "effect"

/**
 * Writing the output failed (disk full, no permission, …); nothing half-written is left behind.
 *
 * @example
 * ```ts
 * import { OutputError } from "akhbar"
 * new OutputError({ path: "out", message: "permission denied" })._tag // "OutputError"
 * ```
 */
export class OutputError extends Data.TaggedError("OutputError")<{ readonly path: string; readonly message: string }> {}
