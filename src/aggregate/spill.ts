import { closeSync, mkdirSync, openSync, readSync, rmSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { StringDecoder } from "node:string_decoder"

/** Where and when a {@link SpillSorter} writes sorted runs to disk. */
export interface SpillOptions {
  /** A folder for the run files (created when the first run is written). */
  readonly dir: string
  /** Rows kept in memory before they are sorted and written out as one run (default 20,000). */
  readonly rows?: number | undefined
}

/** A {@link SpillSorter}'s state as plain data, for a checkpoint. */
export interface SpillState<T> {
  readonly runs: number
  readonly buffer: ReadonlyArray<T>
}

const READ_CHUNK = 1 << 16

/** Reads the JSON rows of a run file one at a time, 64 KB at a time (a merge keeps one reader a run). */
class RunReader<T> {
  private fd: number | undefined
  private readonly decoder = new StringDecoder("utf8")
  private readonly bytes = Buffer.alloc(READ_CHUNK)
  private lines: Array<string> = []
  private at = 0
  private rest = ""

  constructor(path: string) {
    this.fd = openSync(path, "r")
  }

  next(): T | undefined {
    while (this.at >= this.lines.length) {
      if (this.fd === undefined) return undefined
      const n = readSync(this.fd, this.bytes, 0, READ_CHUNK, null)
      if (n === 0) {
        closeSync(this.fd)
        this.fd = undefined
        const last = this.rest + this.decoder.end()
        this.rest = ""
        this.lines = last === "" ? [] : [last]
      } else {
        const parts = (this.rest + this.decoder.write(this.bytes.subarray(0, n))).split("\n")
        this.rest = parts.pop()!
        this.lines = parts
      }
      this.at = 0
    }
    return JSON.parse(this.lines[this.at++]!) as T
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd)
    this.fd = undefined
  }
}

/**
 * Sorts more rows than should stay in memory: rows are buffered, and every `rows` of them are
 * sorted and written to a run file; {@link SpillSorter.sorted} merges the runs and the buffer.
 * The order equals a stable sort of all rows in the order they were added (ties keep that order).
 * Rows must survive `JSON.stringify` (plain objects, arrays, strings, finite numbers, null).
 *
 * @example
 * ```ts
 * import { SpillSorter } from "akhbar"
 * const sorter = new SpillSorter<number>((a, b) => a - b, { dir: "/tmp/akhbar-spill", rows: 2 })
 * for (const x of [5, 1, 4, 2, 3]) sorter.add(x)
 * [...sorter.sorted()] // [1, 2, 3, 4, 5]
 * sorter.dispose()
 * ```
 */
export class SpillSorter<T> {
  private buffer: Array<T> = []
  private runs = 0
  private readonly limit: number

  constructor(
    private readonly compare: (a: T, b: T) => number,
    private readonly spill?: SpillOptions | undefined,
    private readonly name = "rows"
  ) {
    this.limit = spill?.rows ?? 20_000
  }

  /** Number of rows added. */
  get size(): number {
    return this.runs * this.limit + this.buffer.length
  }

  /** Adds a row. */
  add(row: T): void {
    this.buffer.push(row)
    if (this.spill !== undefined && this.buffer.length >= this.limit) this.writeRun()
  }

  private runPath(i: number): string {
    return join(this.spill!.dir, `${this.name}-${i}.ndjson`)
  }

  private writeRun(): void {
    const rows = this.sortedBuffer()
    mkdirSync(this.spill!.dir, { recursive: true })
    writeFileSync(this.runPath(this.runs), rows.map((r) => JSON.stringify(r)).join("\n") + "\n")
    this.runs++
    this.buffer = []
  }

  /** The buffer, sorted (a copy; `Array.prototype.sort` is stable, so ties keep their order). */
  private sortedBuffer(): Array<T> {
    return [...this.buffer].sort(this.compare)
  }

  /** Every row added, in order: the runs on disk merged with the buffer. Does not change the state. */
  *sorted(): Generator<T> {
    const tail = this.sortedBuffer()
    if (this.runs === 0) {
      yield* tail
      return
    }
    // sources in the order rows were added: run 0, run 1, …, then the buffer; ties go to the earlier
    let t = 0
    const readers = Array.from({ length: this.runs }, (_, i) => new RunReader<T>(this.runPath(i)))
    const pull = (source: number): T | undefined => (source < readers.length ? readers[source]!.next() : tail[t++])
    const heap: Array<{ row: T; source: number }> = []
    const less = (a: { row: T; source: number }, b: { row: T; source: number }): boolean => {
      const c = this.compare(a.row, b.row)
      return c < 0 || (c === 0 && a.source < b.source)
    }
    const push = (item: { row: T; source: number }): void => {
      heap.push(item)
      let i = heap.length - 1
      while (i > 0) {
        const parent = (i - 1) >> 1
        if (!less(heap[i]!, heap[parent]!)) break
        ;[heap[i], heap[parent]] = [heap[parent]!, heap[i]!]
        i = parent
      }
    }
    const pop = (): { row: T; source: number } => {
      const top = heap[0]!
      const last = heap.pop()!
      if (heap.length > 0) {
        heap[0] = last
        let i = 0
        for (;;) {
          const l = 2 * i + 1
          const r = l + 1
          let m = i
          if (l < heap.length && less(heap[l]!, heap[m]!)) m = l
          if (r < heap.length && less(heap[r]!, heap[m]!)) m = r
          if (m === i) break
          ;[heap[i], heap[m]] = [heap[m]!, heap[i]!]
          i = m
        }
      }
      return top
    }
    try {
      for (let s = 0; s <= readers.length; s++) {
        const row = pull(s)
        if (row !== undefined) push({ row, source: s })
      }
      while (heap.length > 0) {
        const top = pop()
        yield top.row
        const row = pull(top.source)
        if (row !== undefined) push({ row, source: top.source })
      }
    } finally {
      for (const r of readers) r.close()
    }
  }

  /** The state as plain data: run files written so far stay on disk. */
  snapshot(): SpillState<T> {
    return { runs: this.runs, buffer: this.buffer }
  }

  /** Takes back a state made by {@link SpillSorter.snapshot}; run files written after it are ignored. */
  restore(state: SpillState<T>): void {
    this.runs = state.runs
    this.buffer = [...state.buffer]
  }

  /** Removes the run files. */
  dispose(): void {
    if (this.spill === undefined) return
    for (let i = 0; i < this.runs; i++) rmSync(this.runPath(i), { force: true })
    this.runs = 0
    this.buffer = []
  }
}
