import { readFileSync } from "node:fs"
import { articleFromText } from "./article.js"
import { decodeBytes, sha256, type Encoding } from "./decode.js"
import { InputError } from "./errors.js"
import { inputKindOf } from "./inputs.js"
import { parseCsvArticles, parseNdjsonArticles, type Loaded } from "./records.js"

/** Options of the loader. */
export interface ReadOptions {
  /** Force an encoding instead of detecting it. */
  readonly encoding?: Encoding | undefined
  /** The text column of CSV inputs (default `text`). */
  readonly textColumn?: string | undefined
}

/**
 * Turns the bytes of one input file into articles (one, or many for NDJSON/CSV) or error records.
 * Never throws.
 *
 * @example
 * ```ts
 * import { loadBytes } from "akhbar"
 * const [r] = loadBytes(new TextEncoder().encode("عنوان\nنص"), "a.txt")
 * r?.ok // true
 * ```
 */
export const loadBytes = (bytes: Uint8Array, path: string, options: ReadOptions = {}): Array<Loaded> => {
  const decoded = decodeBytes(bytes, options.encoding)
  if (!decoded.ok) {
    return [{ ok: false, error: new InputError({ path, reason: decoded.reason, message: decoded.message, sha256: sha256(bytes) }) }]
  }
  switch (inputKindOf(path)) {
    case "ndjson":
      return parseNdjsonArticles(decoded.text, path, decoded.encoding)
    case "csv":
      return parseCsvArticles(decoded.text, path, options.textColumn, decoded.encoding)
    case "text":
      return [{ ok: true, article: articleFromText(decoded.text, { path, encoding: decoded.encoding }) }]
  }
}

/**
 * Reads and decodes one input file synchronously. An unreadable file becomes an error record.
 *
 * @example
 * ```ts
 * import { loadFileSync } from "akhbar"
 * const results = loadFileSync("fixtures/articles/01-afaq-lebanon-diplomacy.txt")
 * ```
 */
export const loadFileSync = (path: string, options: ReadOptions = {}): Array<Loaded> => {
  let bytes: Uint8Array
  try {
    bytes = readFileSync(path)
  } catch (e) {
    const err = e as NodeJS.ErrnoException
    const why = err.code === "ENOENT" ? "no such file" : err.code === "EACCES" ? "permission denied" : err.code === "EISDIR" ? "is a directory" : err.message
    return [{ ok: false, error: new InputError({ path, reason: err.code === "ENOENT" ? "not-found" : "unreadable", message: `cannot read the file: ${why}` }) }]
  }
  return loadBytes(bytes, path, options)
}
