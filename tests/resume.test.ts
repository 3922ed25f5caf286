import { spawn } from "node:child_process"
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { Effect, Exit, Fiber } from "effect"
import { describe, expect, it } from "vitest"
import {
  AkhbarDefaults,
  BoilerplateLearner,
  DatasetFileWriter,
  RECORD_DATASETS,
  STAGING_FOLDER,
  columnsOf,
  filesFinishedBy,
  filesOfUnit,
  lineKey,
  planUnits,
  renderRecords,
  run,
  runCorpus,
  type RunOptionsInput,
  type RunProgress
} from "../src/index.js"
import { tempDir } from "./support/temp-dir.js"

const tmp = () => tempDir("resume")
const inputs = ["fixtures/articles", "fixtures/special", "fixtures/bad"]
const FORMATS = "json,csv,ndjson"

/** Every file of a finished run, by name. */
const filesOf = (dir: string): Record<string, string> =>
  Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f !== STAGING_FOLDER)
      .sort()
      .map((f) => [f, readFileSync(join(dir, f), "utf8")])
  )

const runWith = (options: RunOptionsInput, onProgress?: (p: RunProgress) => void) =>
  runCorpus(options, { onProgress }).pipe(Effect.provide(AkhbarDefaults))

describe("resume", () => {
  it("a run that crashed after a checkpoint goes on with --resume and ends with the files of a clean run", async () => {
    const clean = tmp()
    await Effect.runPromise(runWith({ inputs, out: clean, format: FORMATS, workers: 1 }))

    const out = tmp()
    // units of 2 files, a checkpoint every 2 units (4 files); the process "dies" while reporting
    // the 3rd unit (files 5 and 6), whose records are already in the staged files but not in a
    // checkpoint (resume must drop them)
    const crash = await Effect.runPromiseExit(
      runWith({ inputs, out, format: FORMATS, workers: 1, checkpointUnits: 2, unitFiles: 2 }, (p) => {
        if (p.phase === "process" && p.filesDone >= 5) throw new Error("simulated crash")
      })
    )
    expect(Exit.isFailure(crash)).toBe(true)
    expect(existsSync(join(out, STAGING_FOLDER))).toBe(true)
    expect(existsSync(join(out, "documents.json"))).toBe(false)

    const resumed = await Effect.runPromise(runWith({ inputs, out, format: FORMATS, workers: 1, resume: true, unitFiles: 2 }))
    expect(resumed.resumedFrom).toBe(4)
    expect(filesOf(out)).toEqual(filesOf(clean))
    expect(existsSync(join(out, STAGING_FOLDER))).toBe(false)
  })

  it("an interrupted run (Ctrl-C) checkpoints where it stopped, and resuming gives the clean run's files", async () => {
    const clean = tmp()
    await Effect.runPromise(runWith({ inputs, out: clean, format: FORMATS, workers: 2 }))
    const out = tmp()
    let stop: (() => void) | undefined
    const fiber = Effect.runFork(
      runWith({ inputs, out, format: FORMATS, workers: 2, unitFiles: 1 }, (p) => {
        if (p.phase === "process" && p.filesDone === 3) stop?.()
      })
    )
    stop = () => void Effect.runFork(Fiber.interrupt(fiber))
    const exit = await Effect.runPromise(Fiber.await(fiber))
    expect(Exit.isInterrupted(exit)).toBe(true)
    const resumed = await Effect.runPromise(runWith({ inputs, out, format: FORMATS, workers: 1, resume: true, unitFiles: 1 }))
    expect(resumed.resumedFrom).toBeGreaterThanOrEqual(3)
    expect(filesOf(out)).toEqual(filesOf(clean))
  })

  it("refuses to resume a run made with other inputs or options, and starts afresh without --resume", async () => {
    const out = tmp()
    await Effect.runPromiseExit(
      runWith({ inputs, out, format: "json", workers: 1, checkpointUnits: 1, unitFiles: 1 }, (p) => {
        if (p.phase === "process" && p.filesDone === 2) throw new Error("simulated crash")
      })
    )
    const other = await run({ inputs, out, format: "csv", workers: 1, resume: true, unitFiles: 1 })
    expect(other).toMatchObject({ ok: false, error: { message: expect.stringContaining("--resume") } })
    const fresh = await run({ inputs, out, format: "json", workers: 1 })
    expect(fresh.ok && fresh.summary.resumedFrom).toBe(null)
    expect(existsSync(join(out, STAGING_FOLDER))).toBe(false)
  })

  it("--resume with nothing to resume is a normal run", async () => {
    const out = tmp()
    const r = await run({ inputs: ["fixtures/articles"], out, workers: 1, resume: true })
    expect(r.ok && r.summary.resumedFrom).toBe(null)
    expect(existsSync(join(out, "documents.json"))).toBe(true)
  })
})

describe("Ctrl-C in the CLI", () => {
  it("stops cleanly, says how to go on, and `--resume` finishes with the clean run's files", async () => {
    // a corpus big enough that the run is still going when the signal comes
    const corpus = tmp()
    const texts = readdirSync("fixtures/articles").filter((f) => f.endsWith(".txt"))
    for (let i = 0; i < 400; i++) {
      const dir = join(corpus, String(Math.floor(i / 100)))
      mkdirSync(dir, { recursive: true })
      const text = readFileSync(join("fixtures/articles", texts[i % texts.length]!), "utf8")
      writeFileSync(join(dir, `a${i}.txt`), `${text}\nخبر رقم ${i}.`)
    }
    const out = tmp()
    const args = ["--import", "tsx", "src/cli/main.ts", "run", corpus, "--out", out, "--format", "json,csv", "--workers", "1"]
    const cli = spawn(process.execPath, args, { stdio: ["ignore", "ignore", "pipe"] })
    let stderr = ""
    cli.stderr.on("data", (d: Buffer) => (stderr += d.toString()))
    // the journal exists from the start of a run: interrupt as soon as it is there
    const journal = join(out, STAGING_FOLDER, "journal.ndjson")
    while (!existsSync(journal) && cli.exitCode === null) await new Promise((r) => setTimeout(r, 20))
    cli.kill("SIGINT")
    const code = await new Promise<number | null>((r) => cli.on("close", r))
    expect(code, stderr).toBe(130)
    expect(stderr).toMatch(/stopped after \d+ of 400 input files; run the same command with --resume/)
    expect(existsSync(join(out, "documents.json"))).toBe(false)

    const resumed = spawn(process.execPath, [...args, "--resume"], { stdio: ["ignore", "ignore", "pipe"] })
    let summary = ""
    resumed.stderr.on("data", (d: Buffer) => (summary += d.toString()))
    expect(await new Promise((r) => resumed.on("close", r)), summary).toBe(0)
    const clean = tmp()
    expect((await run({ inputs: [corpus], out: clean, format: ["json", "csv"], workers: 1 })).ok).toBe(true)
    expect(filesOf(out)).toEqual(filesOf(clean))
  }, 120_000)
})

describe("NDJSON inputs split into ranges", () => {
  const texts = readdirSync("fixtures/articles")
    .filter((f) => f.endsWith(".txt"))
    .map((f) => readFileSync(join("fixtures/articles", f), "utf8"))

  it("are planned at line ends, and a run on small ranges equals a run on the whole file", async () => {
    const dir = tmp()
    const file = join(dir, "corpus.ndjson")
    const lines = Array.from({ length: 40 }, (_, i) => JSON.stringify({ id: `a${i}`, text: texts[i % texts.length] }))
    lines.splice(7, 0, "{not json", "")
    writeFileSync(file, lines.join("\n") + "\n")

    const units = [...planUnits([file], { chunkBytes: 4096 })]
    expect(units.length).toBeGreaterThan(5)
    const bytes = readFileSync(file)
    let line = 1
    units.forEach((u, i) => {
      expect(u.range).toBeDefined()
      const r = u.range!
      expect(r.firstLine).toBe(line)
      expect(r.last).toBe(i === units.length - 1)
      // each range ends just after a newline and the next starts there
      expect(bytes[r.end - 1]).toBe(0x0a)
      if (i > 0) expect(r.start).toBe(units[i - 1]!.range!.end)
      line += bytes.subarray(r.start, r.end).filter((b) => b === 0x0a).length
    })

    const whole = tmp()
    const split = tmp()
    expect((await run({ inputs: [file], out: whole, format: ["json", "csv"], workers: 1 })).ok).toBe(true)
    expect((await run({ inputs: [file], out: split, format: ["json", "csv"], workers: 2, chunkBytes: 4096 })).ok).toBe(true)
    expect(filesOf(split)).toEqual(filesOf(whole))
    const docs = JSON.parse(readFileSync(join(split, "documents.json"), "utf8")) as Array<{ path: string; status: string }>
    expect(docs.find((d) => d.status === "error")?.path).toBe(`${file}#L8`)
    expect(docs.at(-1)?.path).toBe(`${file}#L42`)
  })
})

describe("work units of small files", () => {
  it("group consecutive small files, keep larger files alone, and cover every input once in order", () => {
    const dir = tmp()
    const sizes = [100, 200, 5000, 100, 100, 100, 100, 100, 300, 9000, 50]
    const files = sizes.map((n, i) => {
      const f = join(dir, `f${String(i).padStart(2, "0")}.txt`)
      writeFileSync(f, "ا".repeat(n / 2))
      return f
    })
    const units = [...planUnits(files, { chunkBytes: 8192, unitFiles: 3 })]
    expect(units.flatMap((u) => [...filesOfUnit(u)])).toEqual(files)
    expect(units.reduce((n, u) => n + filesFinishedBy(u), 0)).toBe(files.length)
    // a quarter of chunkBytes (2048) or more: alone; at most 3 files a unit
    expect(units.map((u) => filesOfUnit(u).length)).toEqual([2, 1, 3, 3, 1, 1])
    expect(units[1]).toEqual({ path: files[2] })
    expect(units.every((u) => filesOfUnit(u).length <= 3)).toBe(true)
    expect([...planUnits(files, { unitFiles: 1 })].map((u) => u.path)).toEqual(files)
  })

  it("prepare a document whose id is taken again alone, under its new id", async () => {
    const dir = tmp()
    // three small NDJSON files, one unit: every id appears in each file
    const texts = readdirSync("fixtures/articles").sort().slice(0, 3).map((f) => readFileSync(join("fixtures/articles", f), "utf8"))
    const inputs = [0, 1, 2].map((k) => {
      const f = join(dir, `part-${k}.ndjson`)
      writeFileSync(f, texts.map((text, i) => JSON.stringify({ id: `a${i}`, text: k === 1 && i === 2 ? "" : text })).join("\n") + "\n")
      return f
    })
    expect([...planUnits(inputs)]).toHaveLength(1)
    const only = tmp()
    const grouped = tmp()
    expect((await run({ inputs, out: only, format: ["json", "csv"], workers: 1, unitFiles: 1 })).ok).toBe(true)
    expect((await run({ inputs, out: grouped, format: ["json", "csv"], workers: 2 })).ok).toBe(true)
    expect(filesOf(grouped)).toEqual(filesOf(only))
    const docs = JSON.parse(readFileSync(join(grouped, "documents.json"), "utf8")) as Array<{ doc_id: string; status: string }>
    expect(docs.filter((d) => d.status === "ok").map((d) => d.doc_id)).toEqual(["a0", "a1", "a2", "a0-2", "a1-2", "a0-3", "a1-3", "a2-2"])
  })

  it("give the same datasets whatever their size", async () => {
    const one = tmp()
    const grouped = tmp()
    expect((await run({ inputs, out: one, format: ["json", "csv"], workers: 1, unitFiles: 1 })).ok).toBe(true)
    expect((await run({ inputs, out: grouped, format: ["json", "csv"], workers: 2, unitFiles: 4 })).ok).toBe(true)
    expect(filesOf(grouped)).toEqual(filesOf(one))
  })
})

describe("furniture learning with hashed lines", () => {
  it("learns exactly the lines an exact count over the documents would learn", () => {
    const furniture = ["تابعونا على فيسبوك", "جميع الحقوق محفوظة", "اقرأ أيضا", "شارك المقال"]
    const docs = Array.from({ length: 300 }, (_, i) => {
      const own = Array.from({ length: 12 }, (_, j) => `سطر خاص ${i} رقم ${j}`)
      const shared = furniture.filter((_, k) => (i + k) % (k + 2) === 0)
      // at the threshold (3 documents) and just under it
      const three = i % 100 === 0 ? ["سطر يتكرر ثلاث مرات"] : []
      const two = i % 150 === 0 ? ["سطر يتكرر مرتين"] : []
      return [...own, ...shared, ...three, ...two].join("\n")
    })
    const learner = new BoilerplateLearner()
    for (const d of docs) learner.add(d)
    const learned = learner.learned()
    const counts = new Map<string, number>()
    for (const d of docs) for (const k of new Set(d.split("\n").map(lineKey))) counts.set(k, (counts.get(k) ?? 0) + 1)
    // a line is learned exactly when an exact count finds it in 3 documents or more (the default rule)
    for (const [key, n] of counts) expect(learned.has(key), `${key} (${n})`).toBe(n >= 3)
    expect(learned.size).toBe(furniture.length + 1)
  })
})

describe("pre-rendered records", () => {
  it("append to a dataset file exactly as the records written one by one", () => {
    const columns = columnsOf(RECORD_DATASETS.quantities)
    const records = [
      { doc_id: "d1", seg_id: "d1:s1", text: "نحو 5200 جندي", value: 5200, unit: "soldier", approx: true, start: 0, end: 13 },
      { doc_id: "d1", seg_id: "d1:s2", text: 'قال "64٪",\nثم', value: 64, unit: "percent", approx: false, start: 3, end: 8 },
      { doc_id: "d2", seg_id: "d2:s1", text: "ثلاثة", value: 3, unit: null, approx: false, start: 0, end: 5 }
    ]
    for (const format of ["json", "csv", "ndjson"] as const) {
      const a = tmp()
      const b = tmp()
      const one = new DatasetFileWriter(a, "quantities", format, columns, { bom: true })
      for (const r of records) one.write(r)
      one.commit()
      const rendered = new DatasetFileWriter(b, "quantities", format, columns, { bom: true })
      rendered.writeRendered(renderRecords(records.slice(0, 2), format, columns), 2)
      rendered.writeRendered(renderRecords([], format, columns), 0)
      rendered.writeRendered(renderRecords(records.slice(2), format, columns), 1)
      rendered.commit()
      expect(readFileSync(join(b, `quantities.${format}`), "utf8"), format).toBe(readFileSync(join(a, `quantities.${format}`), "utf8"))
    }
  })
})
