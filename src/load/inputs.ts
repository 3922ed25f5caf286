import { readdirSync, statSync } from "node:fs"
import { join, resolve, sep } from "node:path"

/** How an input file is read. */
export type InputKind = "text" | "ndjson" | "csv"

/**
 * The kind of an input file from its name: `.ndjson`/`.jsonl` are article records, `.csv` a
 * table with a text column, anything else one article.
 *
 * @example
 * ```ts
 * import { inputKindOf } from "akhbar"
 * inputKindOf("x/articles.jsonl") // "ndjson"
 * ```
 */
export const inputKindOf = (path: string): InputKind => {
  const lower = path.toLowerCase()
  if (lower.endsWith(".ndjson") || lower.endsWith(".jsonl")) return "ndjson"
  if (lower.endsWith(".csv")) return "csv"
  return "text"
}

const GLOB_CHARS = /[*?[{]/

/**
 * Converts a glob (`*`, `**`, `?`, `[abc]`, `{a,b}`) to a regular expression over `/`-separated paths.
 *
 * @example
 * ```ts
 * import { globToRegExp } from "akhbar"
 * globToRegExp("news/**\/*.txt").test("news/2024/a.txt") // true
 * ```
 */
export const globToRegExp = (glob: string): RegExp => {
  let re = ""
  let inGroup = 0
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!
    if (c === "*") {
      if (glob[i + 1] === "*") {
        const slash = glob[i + 2] === "/"
        re += slash ? "(?:.*/)?" : ".*"
        i += slash ? 2 : 1
      } else re += "[^/]*"
    } else if (c === "?") re += "[^/]"
    else if (c === "[") {
      const close = glob.indexOf("]", i + 1)
      if (close < 0) re += "\\["
      else {
        re += `[${glob.slice(i + 1, close).replace(/^!/, "^").replace(/\\/g, "\\\\")}]`
        i = close
      }
    } else if (c === "{") {
      re += "(?:"
      inGroup++
    } else if (c === "}" && inGroup > 0) {
      re += ")"
      inGroup--
    } else if (c === "," && inGroup > 0) re += "|"
    else re += c.replace(/[.+^$()|\\]/g, "\\$&")
  }
  return new RegExp(`^${re}$`)
}

const walk = (dir: string, out: Array<string>, skip: ReadonlySet<string> = NO_SKIP): void => {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue
    const full = join(dir, entry.name)
    if (entry.isDirectory()) {
      if (!skip.has(resolve(full))) walk(full, out, skip)
    } else if (entry.isFile() || entry.isSymbolicLink()) out.push(full)
  }
}

const NO_SKIP: ReadonlySet<string> = new Set()

/**
 * Options of {@link expandInputs}.
 *
 * @example
 * ```ts
 * import { expandInputs } from "akhbar"
 * expandInputs(["corpus"], { skipFolders: ["corpus/out"] }) // the run's own output is no input
 * ```
 */
export interface ExpandOptions {
  /** Folders left out when walking folders and globs (a run's output folder inside its inputs). */
  readonly skipFolders?: ReadonlyArray<string>
}

/** An input argument expanded to files, or an argument that matched nothing. */
export interface ExpandedInputs {
  readonly files: ReadonlyArray<string>
  readonly missing: ReadonlyArray<string>
}

/**
 * Expands input arguments — files, directories (recursively, sorted, hidden entries skipped) and
 * glob patterns — into a sorted, de-duplicated list of files, in argument order. Folders in
 * `skipFolders` are not walked into.
 *
 * @example
 * ```ts
 * import { expandInputs } from "akhbar"
 * expandInputs(["fixtures/articles"]).files.length > 0
 * ```
 */
export const expandInputs = (inputs: ReadonlyArray<string>, options: ExpandOptions = {}): ExpandedInputs => {
  const skip: ReadonlySet<string> = new Set((options.skipFolders ?? []).map((d) => resolve(d)))
  const files: Array<string> = []
  const missing: Array<string> = []
  const seen = new Set<string>()
  const add = (f: string): void => {
    const key = resolve(f)
    if (!seen.has(key)) {
      seen.add(key)
      files.push(f)
    }
  }
  for (const input of inputs) {
    let stat: ReturnType<typeof statSync> | undefined
    try {
      stat = statSync(input)
    } catch {
      stat = undefined
    }
    if (stat?.isDirectory()) {
      const found: Array<string> = []
      walk(input, found, skip)
      found.forEach(add)
    } else if (stat !== undefined) add(input)
    else if (GLOB_CHARS.test(input)) {
      const posix = input.split(sep).join("/")
      const firstGlob = posix.search(GLOB_CHARS)
      const baseEnd = posix.lastIndexOf("/", firstGlob)
      const base = baseEnd < 0 ? "." : posix.slice(0, baseEnd) || "/"
      const re = globToRegExp(baseEnd < 0 ? posix : posix.slice(baseEnd + 1))
      const found: Array<string> = []
      try {
        walk(base, found, skip)
      } catch {
        // the base folder does not exist: nothing matches
      }
      const matched = found.filter((f) => re.test(f.split(sep).join("/").slice(baseEnd < 0 ? 0 : base.length + 1).replace(/^\.\//, "")))
      if (matched.length === 0) missing.push(input)
      matched.forEach(add)
    } else missing.push(input)
  }
  return { files, missing }
}
