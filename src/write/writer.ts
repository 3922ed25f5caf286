import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from "node:fs"
import { join } from "node:path"
import { stringify } from "csv-stringify/sync"
import { csvCell, pickColumns, type Format, type Row } from "./format.js"

/** Options of a dataset writer. */
export interface WriterOptions {
  /** Add a UTF-8 byte-order mark to CSV files (so that Excel shows Arabic). */
  readonly bom?: boolean | undefined
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

  constructor(
    dir: string,
    readonly dataset: string,
    readonly format: Format,
    readonly columns: ReadonlyArray<string>,
    options: WriterOptions = {}
  ) {
    mkdirSync(dir, { recursive: true })
    this.path = join(dir, `${dataset}.${format}`)
    this.tmp = join(dir, `.${dataset}.${format}.${process.pid}.tmp`)
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
    writeSync(this.fd, this.buffer.join(""))
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
        this.writers.set(name, formats.map((f) => new DatasetFileWriter(dir, name, f, columns, options)))
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

  /** Drops every temporary file. */
  abort(): void {
    for (const ws of this.writers.values()) for (const w of ws) w.abort()
  }
}
