import { Data } from "effect"

/**
 * An input that could not be turned into an article (unreadable, empty, binary, undecodable or
 * a malformed record). The pipeline turns it into a `documents` record with `status: "error"`.
 *
 * @example
 * ```ts
 * import { InputError } from "akhbar"
 * const e = new InputError({ path: "a.txt", reason: "empty", message: "the file is empty" })
 * e._tag // "InputError"
 * ```
 */
export class InputError extends Data.TaggedError("InputError")<{
  readonly path: string
  readonly reason: "unreadable" | "empty" | "binary" | "encoding" | "record" | "not-found"
  readonly message: string
  /** SHA-256 of the raw bytes when they could be read. */
  readonly sha256?: string | undefined
}> {}

/**
 * Invalid options or usage: fails fast, before any input is read.
 *
 * @example
 * ```ts
 * import { OptionsError } from "akhbar"
 * new OptionsError({ message: "--format: unknown format 'xml'; use json, csv or ndjson" })
 * ```
 */
export class OptionsError extends Data.TaggedError("OptionsError")<{
  readonly message: string
}> {}
