import { appendFileSync, closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { deserialize, serialize } from "node:v8"
import type { WriterCheckpoint } from "../write/writer.js"

/** The folder inside the output folder where a run writes until it is complete. */
export const STAGING_FOLDER = ".akhbar-partial"

/** Counters of a run at a checkpoint. */
export interface RunCounters {
  /** Work units completed (input files, or ranges of large NDJSON files). */
  readonly units: number
  readonly files: number
  readonly documents: number
  readonly errors: number
  readonly bytes: number
}

/** One checkpoint: where every file stood and the corpus state after `counters.units` units. */
export interface Checkpoint {
  readonly counters: RunCounters
  /** The last input completed. */
  readonly last: string | null
  readonly writers: Readonly<Record<string, WriterCheckpoint>>
  /** File (in the staging folder) that holds the corpus state. */
  readonly state: string
}

type Entry =
  | { readonly kind: "start"; readonly fingerprint: string }
  | { readonly kind: "learned"; readonly file: string }
  | ({ readonly kind: "checkpoint" } & Checkpoint)

/** What an interrupted run left in its staging folder. */
export interface JournalState {
  readonly fingerprint: string
  /** Hashes of the learned furniture lines, when pass 1 was complete. */
  readonly learned: Float64Array | undefined
  readonly checkpoint: Checkpoint | undefined
}

const writeAtomically = (path: string, data: Uint8Array | string): void => {
  const tmp = `${path}.tmp`
  writeFileSync(tmp, data)
  const fd = openSync(tmp, "r")
  try {
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
  renameSync(tmp, path)
}

/**
 * The journal of a run: an append-only NDJSON file in the staging folder that records the run's
 * fingerprint, the end of furniture learning, and checkpoints (counters, the byte length and
 * record count of every output file, and a file with the corpus state: ids, linker, aggregates).
 * A resumed run truncates the files to the last checkpoint and goes on from the next input.
 *
 * @example
 * ```ts
 * import { RunJournal } from "akhbar"
 * const journal = RunJournal.start("out/.akhbar-partial", "fingerprint")
 * RunJournal.read("out/.akhbar-partial")?.fingerprint // "fingerprint"
 * journal.remove()
 * ```
 */
export class RunJournal {
  private previousState: string | undefined

  private constructor(readonly dir: string) {}

  private get path(): string {
    return join(this.dir, "journal.ndjson")
  }

  private append(entry: Entry): void {
    const fd = openSync(this.path, "a")
    try {
      appendFileSync(fd, JSON.stringify(entry) + "\n")
      fsyncSync(fd)
    } finally {
      closeSync(fd)
    }
  }

  /** Starts a new journal in an empty staging folder (whatever was there is removed). */
  static start(dir: string, fingerprint: string): RunJournal {
    rmSync(dir, { recursive: true, force: true })
    mkdirSync(dir, { recursive: true })
    const journal = new RunJournal(dir)
    journal.append({ kind: "start", fingerprint })
    return journal
  }

  /** Opens the journal of an interrupted run to go on with it (see {@link RunJournal.read}). */
  static reopen(dir: string, state: JournalState): RunJournal {
    const journal = new RunJournal(dir)
    journal.previousState = state.checkpoint?.state
    return journal
  }

  /** Reads what an interrupted run left in `dir`, or `undefined` when there is no journal. */
  static read(dir: string): JournalState | undefined {
    const path = join(dir, "journal.ndjson")
    if (!existsSync(path)) return undefined
    let fingerprint: string | undefined
    let learned: Float64Array | undefined
    let checkpoint: Checkpoint | undefined
    for (const line of readFileSync(path, "utf8").split("\n")) {
      let entry: Entry
      try {
        entry = JSON.parse(line) as Entry
      } catch {
        continue // a line torn by a crash
      }
      if (entry.kind === "start") fingerprint = entry.fingerprint
      else if (entry.kind === "learned") {
        const bytes = readFileSync(join(dir, entry.file))
        learned = new Float64Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength))
      } else if (entry.kind === "checkpoint" && existsSync(join(dir, entry.state))) {
        checkpoint = { counters: entry.counters, last: entry.last, writers: entry.writers, state: entry.state }
      }
    }
    return fingerprint === undefined ? undefined : { fingerprint, learned, checkpoint }
  }

  /** Records the furniture learned in pass 1. */
  learned(hashes: Float64Array): void {
    const file = "furniture.f64"
    writeAtomically(join(this.dir, file), new Uint8Array(hashes.buffer, hashes.byteOffset, hashes.byteLength))
    this.append({ kind: "learned", file })
  }

  /** Records a checkpoint; `state` is any structured-clonable value. */
  checkpoint(counters: RunCounters, last: string | null, writers: Readonly<Record<string, WriterCheckpoint>>, state: unknown): void {
    const file = `state-${counters.units}.bin`
    writeAtomically(join(this.dir, file), serialize(state))
    this.append({ kind: "checkpoint", counters, last, writers, state: file })
    if (this.previousState !== undefined && this.previousState !== file) rmSync(join(this.dir, this.previousState), { force: true })
    this.previousState = file
  }

  /** The corpus state saved with a checkpoint. */
  readState(checkpoint: Checkpoint): unknown {
    return deserialize(readFileSync(join(this.dir, checkpoint.state)))
  }

  /** Removes the staging folder (once the run is complete and its files are in place). */
  remove(): void {
    rmSync(this.dir, { recursive: true, force: true })
  }
}
