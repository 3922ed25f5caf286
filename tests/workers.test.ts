import { mkdtempSync, readFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { Extraction, RECORD_DATASETS, WorkerPool, articleFromText, processArticle, run } from "../src/index.js"

const tmp = () => mkdtempSync(join(tmpdir(), "akhbar-w-"))

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
      const article = articleFromText("عنوان الخبر هنا\nبغداد - قال المتحدث إن الوضع هادئ.")
      const outcome = await pool.process(article)
      expect(outcome).toEqual({ ok: true, result: processArticle(article, { extractors: Extraction.defaults }) })
    } finally {
      await pool.close()
    }
  })

  it("survive a worker that crashes: that document fails, the others go on", async () => {
    const entry = { url: new URL("./support/crash-worker.ts", import.meta.url), typescript: true }
    const pool = new WorkerPool(2, undefined, entry)
    try {
      const texts = ["عنوان أول\nنص أول.", "CRASH-THE-WORKER", "عنوان ثالث\nنص ثالث.", "THROW-IN-WORKER", "عنوان خامس\nنص خامس."]
      const outcomes = await Promise.all(texts.map((t) => pool.process(articleFromText(t))))
      expect(outcomes.map((o) => o.ok)).toEqual([true, false, true, false, true])
      expect(outcomes[1]).toMatchObject({ ok: false, message: expect.stringContaining("stopped") })
      expect(outcomes[3]).toMatchObject({ ok: false, message: "boom" })
      // the pool still works after the crash
      expect((await pool.process(articleFromText("عنوان\nنص."))).ok).toBe(true)
    } finally {
      await pool.close()
    }
  })
})
