import { closeSync, openSync, readFileSync, readSync, statSync } from "node:fs"
import { decodeBytes, sha256 } from "./decode.js"
import { InputError } from "./errors.js"
import { inputKindOf } from "./inputs.js"
import { loadBytes, loadFileSync, type ReadOptions } from "./read.js"
import { parseNdjsonArticles, type Loaded } from "./records.js"

/**
 * One unit of loading work: a whole input file, a few small whole files read together, or a byte
 * range of a large NDJSON file that starts at a line start and ends just after a newline (or at
 * the end of the file).
 */
export interface WorkUnit {
  readonly path: string
  /** Small whole files read after `path`, in input order, as part of the same unit. */
  readonly others?: ReadonlyArray<string> | undefined
  readonly range?:
    | {
        readonly start: number
        readonly end: number
        /** The line number of the range's first line in the file. */
        readonly firstLine: number
        /** Whether the range ends the file. */
        readonly last: boolean
      }
    | undefined
}

/** Options of {@link planUnits}. */
export interface PlanOptions {
  /** NDJSON files larger than this are split into ranges of about this size (default 2 MB). */
  readonly chunkBytes?: number | undefined
  /** At most this many small files share a unit (default 64; 1: a unit a file). */
  readonly unitFiles?: number | undefined
  /** Files of this many bytes or more have a unit of their own (default: a quarter of `chunkBytes`). */
  readonly groupBelow?: number | undefined
}

/**
 * The input files of a work unit, in order.
 *
 * @example
 * ```ts
 * import { filesOfUnit } from "akhbar"
 * filesOfUnit({ path: "a.txt", others: ["b.txt"] }) // ["a.txt", "b.txt"]
 * ```
 */
export const filesOfUnit = (unit: WorkUnit): ReadonlyArray<string> => (unit.others === undefined ? [unit.path] : [unit.path, ...unit.others])

/**
 * How many input files a work unit finishes: its files, or for an NDJSON range 1 when it is the
 * file's last range and 0 otherwise.
 *
 * @example
 * ```ts
 * import { filesFinishedBy } from "akhbar"
 * filesFinishedBy({ path: "a.txt", others: ["b.txt"] }) // 2
 * ```
 */
export const filesFinishedBy = (unit: WorkUnit): number => (unit.range !== undefined ? (unit.range.last ? 1 : 0) : 1 + (unit.others?.length ?? 0))

const SCAN_BYTES = 1 << 20

/** Whether a file starts with a UTF-16 byte-order mark (such a file is never split at bytes). */
const startsUtf16 = (fd: number): boolean => {
  const head = Buffer.alloc(2)
  const n = readSync(fd, head, 0, 2, 0)
  return n === 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))
}

/**
 * Splits one NDJSON file into ranges of about `chunkBytes`, at line ends. Reads the file once,
 * streaming, to count lines (so that every record keeps its `file#L<n>` path); holds one buffer.
 */
function* ndjsonRanges(path: string, size: number, chunkBytes: number): Generator<WorkUnit> {
  const fd = openSync(path, "r")
  try {
    if (startsUtf16(fd)) {
      yield { path }
      return
    }
    const buffer = Buffer.alloc(SCAN_BYTES)
    let start = 0
    let firstLine = 1
    let lines = 0
    let position = 0
    while (position < size) {
      const n = readSync(fd, buffer, 0, Math.min(SCAN_BYTES, size - position), position)
      if (n <= 0) break
      let at = buffer.indexOf(10, 0)
      while (at >= 0 && at < n) {
        lines++
        const end = position + at + 1
        if (end - start >= chunkBytes) {
          yield { path, range: { start, end, firstLine, last: end >= size } }
          start = end
          firstLine = lines + 1
        }
        at = buffer.indexOf(10, at + 1)
      }
      position += n
    }
    if (start < size) yield { path, range: { start, end: size, firstLine, last: true } }
  } finally {
    closeSync(fd)
  }
}

/**
 * The work units of a list of input files, in input order: consecutive small files share a unit
 * (up to `unitFiles` files and `chunkBytes` bytes), so that a corpus of many small articles is not
 * paid for file by file; a larger file is a unit of its own, except NDJSON/JSONL files larger than
 * `chunkBytes`, which become ranges of whole lines, so that a 1 GB NDJSON file is read and
 * processed in bounded pieces. Lazy: a file is scanned when its units are needed. A file that
 * cannot be scanned is a unit of its own (reading it reports the error).
 *
 * @example
 * ```ts
 * import { planUnits } from "akhbar"
 * const units = [...planUnits(["fixtures/articles/01-afaq-lebanon-diplomacy.txt"])]
 * units.length // 1
 * ```
 */
export function* planUnits(files: Iterable<string>, options: PlanOptions = {}): Generator<WorkUnit> {
  const chunkBytes = options.chunkBytes ?? 2 * 1024 * 1024
  const unitFiles = options.unitFiles ?? 64
  const groupBelow = options.groupBelow ?? chunkBytes / 4
  let group: Array<string> = []
  let groupBytes = 0
  const flush = (): WorkUnit | undefined => {
    if (group.length === 0) return undefined
    const [path, ...others] = group
    group = []
    groupBytes = 0
    return others.length === 0 ? { path: path! } : { path: path!, others }
  }
  for (const path of files) {
    let size: number | undefined
    try {
      size = statSync(path).size
    } catch {
      size = undefined
    }
    if (size !== undefined && size < groupBelow && unitFiles > 1) {
      if (group.length >= unitFiles || groupBytes + size > chunkBytes) yield flush()!
      group.push(path)
      groupBytes += size
      continue
    }
    const before = flush()
    if (before !== undefined) yield before
    if (size === undefined || size <= chunkBytes || inputKindOf(path) !== "ndjson") {
      yield { path }
      continue
    }
    try {
      yield* ndjsonRanges(path, size, chunkBytes)
    } catch {
      yield { path }
    }
  }
  const rest = flush()
  if (rest !== undefined) yield rest
}

/**
 * Reads one work unit: a whole file through {@link loadFileSync}, or the NDJSON records of a
 * range (their paths keep the file's line numbers). Never throws: problems are error results.
 *
 * @example
 * ```ts
 * import { readUnit } from "akhbar"
 * const { loaded, bytes } = readUnit({ path: "fixtures/articles/01-afaq-lebanon-diplomacy.txt" })
 * loaded[0]?.ok // true
 * ```
 */
export const readUnit = (unit: WorkUnit, options: ReadOptions = {}): { loaded: Array<Loaded>; bytes: number } => {
  if (unit.others !== undefined) {
    const loaded: Array<Loaded> = []
    let bytes = 0
    for (const path of filesOfUnit(unit)) {
      const one = readUnit({ path }, options)
      for (const l of one.loaded) loaded.push(l)
      bytes += one.bytes
    }
    return { loaded, bytes }
  }
  const range = unit.range
  if (range === undefined) {
    let content: Buffer
    try {
      content = readFileSync(unit.path)
    } catch {
      return { loaded: loadFileSync(unit.path, options), bytes: 0 }
    }
    return { loaded: loadBytes(content, unit.path, options), bytes: content.length }
  }
  const where = `${unit.path}#L${range.firstLine}`
  let bytes: Buffer
  try {
    bytes = Buffer.alloc(range.end - range.start)
    const fd = openSync(unit.path, "r")
    try {
      let done = 0
      while (done < bytes.length) {
        const n = readSync(fd, bytes, done, bytes.length - done, range.start + done)
        if (n <= 0) break
        done += n
      }
      bytes = bytes.subarray(0, done)
    } finally {
      closeSync(fd)
    }
  } catch (e) {
    return { loaded: [{ ok: false, error: new InputError({ path: where, reason: "unreadable", message: `cannot read the file: ${(e as Error).message}` }) }], bytes: 0 }
  }
  const decoded = decodeBytes(bytes, options.encoding)
  if (!decoded.ok) {
    return { loaded: [{ ok: false, error: new InputError({ path: where, reason: decoded.reason, message: decoded.message, sha256: sha256(bytes) }) }], bytes: bytes.length }
  }
  return { loaded: parseNdjsonArticles(decoded.text, unit.path, decoded.encoding, range.firstLine), bytes: bytes.length }
}
