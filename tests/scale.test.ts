import { execFileSync } from "node:child_process"
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { PassThrough, Readable } from "node:stream"
import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import { AGGREGATE_DATASETS, AkhbarDefaults, RECORD_DATASETS, mapNdjson, mergeRuns, run, shardSlice } from "../src/index.js"
import { tempDir } from "./support/temp-dir.js"

const tmp = () => tempDir("scale")
const read = (dir: string, name: string) => readFileSync(join(dir, `${name}.json`), "utf8")

describe("shards and merge", () => {
  it("slices inputs into contiguous, complete, disjoint shards", () => {
    const items = Array.from({ length: 17 }, (_, i) => i)
    for (const n of [1, 2, 3, 5, 17, 20]) {
      const parts = Array.from({ length: n }, (_, i) => shardSlice(items, i + 1, n))
      expect(parts.flat()).toEqual(items)
    }
  })

  it("merging the shards in order gives the same datasets as one run", async () => {
    const inputs = ["fixtures/articles", "fixtures/special", "fixtures/bad"]
    const single = tmp()
    expect((await run({ inputs, out: single })).ok).toBe(true)
    const shards = [1, 2, 3].map(() => tmp())
    for (const [i, out] of shards.entries()) expect((await run({ inputs, out, shard: `${i + 1}/3` })).ok).toBe(true)
    const merged = tmp()
    await Effect.runPromise(mergeRuns(shards, merged, ["json"]))
    for (const name of [...Object.keys(RECORD_DATASETS), ...Object.keys(AGGREGATE_DATASETS)]) expect(read(merged, name), name).toBe(read(single, name))
  })

  it("rejects a malformed shard and an empty merge", async () => {
    expect(await run({ inputs: ["fixtures"], out: tmp(), shard: "4/3" })).toMatchObject({ ok: false, error: { message: expect.stringContaining("shard") } })
    const e = await Effect.runPromise(Effect.either(mergeRuns([tmp()], tmp())))
    expect(e._tag).toBe("Left")
  })
})

describe("map mode (stdin → stdout NDJSON)", () => {
  it("streams one tagged record a line and turns bad lines into error records", async () => {
    const input = Readable.from([readFileSync("fixtures/special/articles.ndjson", "utf8"), "not json\n", '{"id":"x"}\n'])
    const out = new PassThrough()
    const chunks: Array<string> = []
    out.on("data", (c: Buffer) => chunks.push(c.toString("utf8")))
    const summary = await Effect.runPromise(mapNdjson(input, out).pipe(Effect.provide(AkhbarDefaults)))
    const lines = chunks.join("").trim().split("\n").map((l) => JSON.parse(l) as { dataset: string; status?: string; error?: string | null })
    expect(summary).toMatchObject({ documents: 4, errors: 2 })
    expect(lines.length).toBe(summary.records)
    const errors = lines.filter((l) => l.dataset === "documents" && l.status === "error")
    expect(errors).toHaveLength(2)
    // each error says what is wrong with its line
    expect(errors.map((l) => l.error)).toEqual([expect.stringContaining("not valid JSON"), expect.stringContaining('"text"')])
    expect(new Set(lines.map((l) => l.dataset))).toContain("segments")
  })

  it("gives the same records as a run on the same NDJSON file", async () => {
    const out = tmp()
    await run({ inputs: ["fixtures/special/articles.ndjson"], out, format: ["json"] })
    const piped = execFileSync("npx", ["tsx", "src/cli/main.ts", "map"], { input: readFileSync("fixtures/special/articles.ndjson"), encoding: "utf8", stdio: ["pipe", "pipe", "ignore"] })
    const lines = piped.trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>)
    const strip = ({ dataset: _d, path: _p, ...rest }: Record<string, unknown>) => rest
    for (const name of ["segments", "quantities", "dates", "mentions"]) {
      const fromRun = (JSON.parse(read(out, name)) as Array<Record<string, unknown>>).map(strip)
      expect(lines.filter((l) => l.dataset === name).map(strip), name).toEqual(fromRun)
    }
  })
})
