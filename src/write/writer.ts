import { closeSync, fsyncSync, ftruncateSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from "node:fs"
import { join } from "node:path"
import { stringify } from "csv-stringify/sync"
import { csvCell, pickColumns, type Format, type Row } from "./format.js"

/** Options of a dataset writer. */
export interface WriterOptions {
  /** Add a UTF-8 byte-order mark to CSV files (so that Excel shows Arabic). */
  readonly bom?: boolean | undefined
  /**
   * A folder where files are written under their own names until {@link DatasetFileWriter.commit}
   * moves them into place (default: a hidden temporary file beside each target).
   */
  readonly staging?: string | undefined
  /** Continue files left in `staging` by an interrupted run, from these checkpoints (by file name). */
  readonly resume?: Readonly<Record<string, WriterCheckpoint>> | undefined
}

/** Where a file writer stood at a checkpoint: bytes on disk and records written. */
export interface WriterCheckpoint {
  readonly bytes: number
  readonly count: number
}

const BUFFER_LIMIT = 1 << 20

/**
 * Writes one dataset in one format, streaming: records are appended to a temporary file beside
 * the target, which is renamed into place by {@link DatasetFileWriter.commit}, so that a crash never
 * leaves half a dataset under the real name. {@link DatasetFileWriter.abort} removes the temporary file.
 *
 * @example
 * ```ts
 * import { DatasetFileWriter } from "akhbar"
 * const w = new DatasetFileWriter("out", "documents", "csv", ["doc_id", "title"])
 * w.write({ doc_id: "d1", title: "عنوان" })
 * w.commit() // out/documents.csv
 * ```
 */
export class DatasetFileWriter {
  readonly path: string
  private readonly tmp: string
  private fd: number | undefined
  private buffer: Array<string> = []
  private buffered = 0
  /** CSV rows waiting to be rendered in one call (csv-stringify has a per-call cost). */
  private rows: Array<Array<string | number | boolean>> = []
  private count = 0
  private bytes = 0

  constructor(
    dir: string,
    readonly dataset: string,
    readonly format: Format,
    readonly columns: ReadonlyArray<string>,
    options: WriterOptions = {}
  ) {
    mkdirSync(dir, { recursive: true })
    const file = `${dataset}.${format}`
    this.path = join(dir, file)
    if (options.staging !== undefined) mkdirSync(options.staging, { recursive: true })
    this.tmp = options.staging !== undefined ? join(options.staging, file) : join(dir, `.${file}.${process.pid}.tmp`)
    const resume = options.resume?.[file]
    if (resume !== undefined) {
      // drop what was written after the checkpoint, and go on from there
      this.fd = openSync(this.tmp, "r+")
      ftruncateSync(this.fd, resume.bytes)
      this.bytes = resume.bytes
      this.count = resume.count
      return
    }
    this.fd = openSync(this.tmp, "w")
    if (format === "csv") this.push((options.bom ? "\ufeff" : "") + stringify([columns as Array<string>]))
    if (format === "json") this.push("[")
  }

  private push(s: string): void {
    this.buffer.push(s)
    this.buffered += s.length
    if (this.buffered >= BUFFER_LIMIT) this.flush()
  }

  private flush(): void {
    this.renderRows()
    if (this.fd === undefined || this.buffer.length === 0) return
    this.bytes += writeSync(this.fd, this.buffer.join(""), this.bytes)
    this.buffer = []
    this.buffered = 0
  }

  private renderRows(): void {
    if (this.rows.length === 0) return
    const rows = this.rows
    this.rows = []
    this.push(stringify(rows))
  }

  /** Number of records written so far. */
  get written(): number {
    return this.count
  }

  /** The file's name, e.g. `mentions.csv`. */
  get file(): string {
    return `${this.dataset}.${this.format}`
  }

  /**
   * Appends `count` records rendered beforehand by {@link renderRecords} with this writer's format
   * and columns (worker threads render, the writing thread only appends).
   */
  writeRendered(rendered: string, count: number): void {
    if (count === 0) return
    this.renderRows()
    if (this.format === "json") this.push((this.count === 0 ? "\n" : ",\n") + rendered)
    else this.push(rendered)
    this.count += count
  }

  /** Writes out what is buffered and tells where the file stands (see `WriterOptions.resume`). */
  checkpoint(): WriterCheckpoint {
    this.flush()
    if (this.fd !== undefined) fsyncSync(this.fd)
    return { bytes: this.bytes, count: this.count }
  }

  /** Appends one record (only the writer's columns, in order). */
  write(record: Row): void {
    const row = pickColumns(record, this.columns)
    switch (this.format) {
      case "json":
        this.push((this.count === 0 ? "\n" : ",\n") + JSON.stringify(row))
        break
      case "ndjson":
        this.push(JSON.stringify(row) + "\n")
        break
      case "csv":
        this.rows.push(this.columns.map((c) => csvCell(row[c])))
        if (this.rows.length >= 512) this.renderRows()
        break
    }
    this.count++
  }

  /** Finishes the file and moves it into place. */
  commit(): void {
    if (this.fd === undefined) return
    if (this.format === "json") this.push(this.count === 0 ? "]\n" : "\n]\n")
    this.flush()
    fsyncSync(this.fd)
    closeSync(this.fd)
    this.fd = undefined
    renameSync(this.tmp, this.path)
  }

  /** Writes out what is buffered and closes the file, leaving it in staging for a resumed run. */
  suspend(): void {
    if (this.fd === undefined) return
    this.checkpoint()
    closeSync(this.fd)
    this.fd = undefined
  }

  /** Drops the temporary file (after a failure). Safe to call after commit. */
  abort(): void {
    if (this.fd === undefined) return
    try {
      closeSync(this.fd)
    } finally {
      this.fd = undefined
      rmSync(this.tmp, { force: true })
    }
  }
}

/**
 * Writes a set of datasets in several formats at once.
 *
 * @example
 * ```ts
 * import { DatasetSetWriter } from "akhbar"
 * const w = new DatasetSetWriter("out", ["json", "csv"], { documents: ["doc_id"] })
 * w.write("documents", { doc_id: "d1" })
 * w.commit()
 * ```
 */
export class DatasetSetWriter {
  private readonly writers = new Map<string, Array<DatasetFileWriter>>()

  constructor(
    readonly dir: string,
    readonly formats: ReadonlyArray<Format>,
    datasets: Readonly<Record<string, ReadonlyArray<string>>>,
    options: WriterOptions = {}
  ) {
    try {
      for (const [name, columns] of Object.entries(datasets)) {
        this.writers.set(
          name,
          formats.map((f) => new DatasetFileWriter(dir, name, f, columns, options))
        )
      }
    } catch (e) {
      this.abort()
      throw e
    }
  }

  /** Appends one record to a dataset, in every format. */
  write(dataset: string, record: Row): void {
    const ws = this.writers.get(dataset)
    if (ws === undefined) throw new Error(`unknown dataset "${dataset}"`)
    for (const w of ws) w.write(record)
  }

  /** Appends pre-rendered records (see {@link renderRecords}) to a dataset: `rendered` maps a format to its text. */
  writeRendered(dataset: string, rendered: Readonly<Partial<Record<Format, string>>>, count: number): void {
    const ws = this.writers.get(dataset)
    if (ws === undefined) throw new Error(`unknown dataset "${dataset}"`)
    for (const w of ws) {
      const text = rendered[w.format]
      if (text === undefined) throw new Error(`no ${w.format} rendering of "${dataset}" records`)
      w.writeRendered(text, count)
    }
  }

  /** Flushes every file and tells where each stands, by file name. */
  checkpoint(): Record<string, WriterCheckpoint> {
    return Object.fromEntries([...this.writers.values()].flat().map((w) => [w.file, w.checkpoint()]))
  }

  /** Number of records written to each dataset. */
  counts(): Record<string, number> {
    return Object.fromEntries([...this.writers].map(([name, ws]) => [name, ws[0]?.written ?? 0]))
  }

  /** Paths of the files, once committed. */
  paths(): Array<string> {
    return [...this.writers.values()].flat().map((w) => w.path)
  }

  /** Moves every file into place. */
  commit(): void {
    for (const ws of this.writers.values()) for (const w of ws) w.commit()
  }

  /** Closes every file, leaving them in staging for a resumed run. */
  suspend(): void {
    for (const ws of this.writers.values()) for (const w of ws) w.suspend()
  }

  /** Drops every temporary file. */
  abort(): void {
    for (const ws of this.writers.values()) for (const w of ws) w.abort()
  }
}
