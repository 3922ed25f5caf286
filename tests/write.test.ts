import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { csvCell, DatasetFileWriter, DatasetSetWriter, pickColumns, toCsv, toNdjson } from "../src/index.js"
import { tempDir } from "./support/temp-dir.js"

describe("writers", () => {
  it("render cells, CSV and NDJSON", () => {
    expect(csvCell(["أ", "ب"])).toBe("أ|ب")
    expect(csvCell(null)).toBe("")
    expect(toCsv([{ a: 'x,"y"', b: 1 }], ["a", "b"])).toBe('a,b\n"x,""y""",1\n')
    expect(toCsv([], ["a"], { bom: true })).toBe("\ufeffa\n")
    expect(toNdjson([{ a: 1 }])).toBe('{"a":1}\n')
    expect(pickColumns({ b: 1, c: 2 }, ["a", "b"])).toEqual({ a: null, b: 1 })
  })

  it("write datasets atomically in every format", () => {
    const dir = tempDir("write")
    const w = new DatasetSetWriter(dir, ["json", "csv", "ndjson"], { documents: ["doc_id", "tags"] }, { bom: true })
    w.write("documents", { doc_id: "د1", tags: ["a", "b"], extra: 1 })
    w.write("documents", { doc_id: "d2", tags: [] })
    expect(readdirSync(dir).filter((f) => !f.startsWith("."))).toEqual([])
    w.commit()
    expect(readdirSync(dir).sort()).toEqual(["documents.csv", "documents.json", "documents.ndjson"])
    expect(JSON.parse(readFileSync(join(dir, "documents.json"), "utf8"))).toEqual([{ doc_id: "د1", tags: ["a", "b"] }, { doc_id: "d2", tags: [] }])
    expect(readFileSync(join(dir, "documents.csv"), "utf8")).toBe("\ufeffdoc_id,tags\nد1,a|b\nd2,\n")
    expect(readFileSync(join(dir, "documents.ndjson"), "utf8").trim().split("\n")).toHaveLength(2)
  })

  it("leave nothing behind when aborted, and write [] for empty JSON", () => {
    const dir = tempDir("write")
    const w = new DatasetFileWriter(dir, "x", "json", ["a"])
    w.write({ a: 1 })
    w.abort()
    expect(readdirSync(dir)).toEqual([])
    const e = new DatasetFileWriter(dir, "y", "json", ["a"])
    e.commit()
    expect(JSON.parse(readFileSync(join(dir, "y.json"), "utf8"))).toEqual([])
  })
})
