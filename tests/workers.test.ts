import { readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { Extraction, RECORD_DATASETS, WorkerPool, learnUnit, prepareUnit, run } from "../src/index.js"
import { tempDir } from "./support/temp-dir.js"

const tmp = () => tempDir("workers")

describe("worker threads", () => {
  it("write byte-identical datasets whatever the number of workers", async () => {
    const outs = [tmp(), tmp(), tmp()]
    for (const [i, workers] of [1, 2, 3].entries()) {
      const r = await run({ inputs: ["fixtures/articles", "fixtures/special", "fixtures/bad"], out: outs[i]!, workers, format: ["json", "csv"] })
      expect(r.ok).toBe(true)
    }
    for (const name of Object.keys(RECORD_DATASETS)) {
      for (const ext of ["json", "csv"]) {
        const a = readFileSync(join(outs[0]!, `${name}.${ext}`), "utf8")
        expect(readFileSync(join(outs[1]!, `${name}.${ext}`), "utf8"), `${name}.${ext}`).toBe(a)
        expect(readFileSync(join(outs[2]!, `${name}.${ext}`), "utf8"), `${name}.${ext}`).toBe(a)
      }
    }
  })

  it("give the same results as processing in the main thread", async () => {
    const pool = new WorkerPool(2)
    try {
      const unit = { path: "fixtures/articles/01-afaq-lebanon-diplomacy.txt" }
      const outcome = await pool.process(unit, { formats: ["json", "csv"] })
      expect(outcome.ok && outcome.value.items.map((i) => "prepared" in i)).toEqual([true])
      expect(outcome).toEqual({ ok: true, value: prepareUnit(unit, {}, { extractors: Extraction.defaults }, { formats: ["json", "csv"] }) })
      const learned = await pool.learn(unit)
      expect(learned.ok && learned.value.hashes.length).toBeGreaterThan(5)
      expect(learned.ok && [...learned.value.hashes]).toEqual([...learnUnit(unit).hashes])
    } finally {
      await pool.close()
    }
  })

  it("survive a worker that crashes: that document fails, the others go on", async () => {
    const entry = { url: new URL("./support/crash-worker.ts", import.meta.url), typescript: true }
    const pool = new WorkerPool(2, { entry })
    const dir = tmp()
    try {
      const texts = ["عنوان أول\nنص أول.", "CRASH-THE-WORKER", "عنوان ثالث\nنص ثالث.", "THROW-IN-WORKER", "عنوان خامس\nنص خامس."]
      const paths = texts.map((t, i) => {
        const path = join(dir, `${i}.txt`)
        writeFileSync(path, t)
        return path
      })
      const outcomes = await Promise.all(paths.map((path) => pool.process({ path }, { formats: ["csv"] })))
      const items = outcomes.map((o) => (o.ok ? o.value.items[0] : undefined))
      expect(items.map((i) => i !== undefined && "prepared" in i)).toEqual([true, false, true, false, true])
      expect(items[1]).toMatchObject({ error: { message: expect.stringContaining("stopped") } })
      expect(items[3]).toMatchObject({ error: { message: expect.stringContaining("boom") } })
      // a crash inside a unit of many documents costs only the document it happened on
      const many = join(dir, "many.ndjson")
      writeFileSync(many, texts.map((text, i) => JSON.stringify({ id: `m${i}`, text })).join("\n"))
      const outcome = await pool.process({ path: many }, { formats: ["csv"] })
      expect(outcome.ok && outcome.value.items.map((i) => "prepared" in i)).toEqual([true, false, true, false, true])
      // the pool still works after the crashes
      expect((await pool.process({ path: paths[0]! }, { formats: ["csv"] })).ok).toBe(true)
    } finally {
      await pool.close()
    }
  })
})
