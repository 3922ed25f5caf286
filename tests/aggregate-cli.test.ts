import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { aggregateRecords, AGGREGATE_DATASETS, readDatasets, DatasetReadError } from "../src/aggregate/index.js"
import { aggregateCommand, type CommandIO } from "../src/cli/aggregate.js"
import type { Format } from "../src/write/index.js"
import { newsCorpus, processFixtures, writeDatasets } from "./aggregate-corpus.js"
import { tempDir } from "./support/temp-dir.js"

const tmp = (): string => tempDir("aggregate")

const io = (): CommandIO & { out: Array<string>; err: Array<string> } => {
  const out: Array<string> = []
  const err: Array<string> = []
  return { out, err, stdout: { write: (s: string) => out.push(s) }, stderr: { write: (s: string) => err.push(s) } }
}

const writeCorpus = (dir: string, format: Format): void => writeDatasets(dir, newsCorpus(), [format])

describe("akhbar aggregate", () => {
  it("reads json datasets and writes every aggregate in every format", async () => {
    const dir = tmp()
    writeCorpus(dir, "json")
    const out = join(dir, "agg")
    const c = io()
    expect(await aggregateCommand(["--in", dir, "--out", out, "--format", "json,csv,ndjson,arrow,parquet"], c)).toBe(0)
    const names = Object.keys(AGGREGATE_DATASETS)
    expect(readdirSync(out).sort()).toEqual(names.flatMap((n) => ["json", "csv", "ndjson", "arrow", "parquet"].map((f) => `${n}.${f}`)).sort())
    const expected = aggregateRecords(newsCorpus())
    for (const n of names) {
      expect(JSON.parse(readFileSync(join(out, `${n}.json`), "utf8")), n).toEqual(JSON.parse(JSON.stringify(expected[n as keyof typeof expected])))
    }
    const csv = readFileSync(join(out, "timeline.csv"), "utf8")
    expect(csv.split("\n")[0]).toBe(Object.keys(AGGREGATE_DATASETS.timeline.shape).join(","))
    expect(csv).toContain("الجيش العراقي|داعش|بغداد")
    expect(c.err.join("")).toMatch(/aggregated 4 documents/)
  })

  it("reads ndjson datasets too, and writes beside them by default", async () => {
    const dir = tmp()
    writeCorpus(dir, "ndjson")
    expect(await aggregateCommand(["--in", dir, "--quiet"], io())).toBe(0)
    expect(JSON.parse(readFileSync(join(dir, "cooccurrence.json"), "utf8"))).toEqual(JSON.parse(JSON.stringify(aggregateRecords(newsCorpus()).cooccurrence)))
  })

  it("exits 2 on bad usage, with a helpful message", async () => {
    const dir = tmp()
    for (const args of [[], ["--in"], ["--in", join(dir, "nope")], ["--in", dir, "--format", "xml"], ["--in", dir, "--frobnicate"]]) {
      const c = io()
      expect(await aggregateCommand(args, c), JSON.stringify(args)).toBe(2)
      expect(c.err.join("")).toMatch(/akhbar aggregate: .+\nUsage: akhbar aggregate --in DIR/)
    }
    const h = io()
    expect(await aggregateCommand(["--help"], h)).toBe(0)
    expect(h.out.join("")).toContain("quantities_by_unit")
  })

  it("exits 1 when there is nothing to read or a dataset is broken", async () => {
    const empty = tmp()
    const c = io()
    expect(await aggregateCommand(["--in", empty], c)).toBe(1)
    expect(c.err.join("")).toMatch(/no datasets in .*akhbar run/)

    const broken = tmp()
    writeCorpus(broken, "json")
    writeFileSync(join(broken, "mentions.json"), '[{"doc_id": "d1"')
    const b = io()
    expect(await aggregateCommand(["--in", broken], b)).toBe(1)
    expect(b.err.join("")).toMatch(/mentions\.json: not JSON/)

    const invalid = tmp()
    writeCorpus(invalid, "ndjson")
    writeFileSync(join(invalid, "quantities.ndjson"), readFileSync(join(invalid, "quantities.ndjson"), "utf8") + '{"doc_id":"d9","value":"many"}\n')
    const v = io()
    expect(await aggregateCommand(["--in", invalid], v)).toBe(1)
    expect(v.err.join("")).toMatch(/quantities\.ndjson: line 6: /)
    expect(() => readDatasets(invalid)).toThrow(DatasetReadError)
  })

  it("aggregates a run on the fixtures", async () => {
    const dir = tmp()
    const fixtures = processFixtures()
    writeDatasets(dir, fixtures, ["ndjson"])
    const out = join(dir, "aggregates")
    expect(await aggregateCommand(["--in", dir, "--out", out, "--format", "json,parquet", "--quiet"], io())).toBe(0)
    const outlets = JSON.parse(readFileSync(join(out, "outlets.json"), "utf8")) as Array<{ documents: number; words: number }>
    expect(outlets.reduce((n, o) => n + o.documents, 0)).toBe(15)
    expect(outlets.every((o) => o.words > 0)).toBe(true)
    const counts = JSON.parse(readFileSync(join(out, "entity_counts.json"), "utf8")) as Array<{ mentions: number }>
    expect(counts.reduce((n, r) => n + r.mentions, 0)).toBe(fixtures.mentions.length)
    const timeline = JSON.parse(readFileSync(join(out, "timeline.json"), "utf8")) as Array<unknown>
    expect(timeline).toHaveLength(fixtures.dates.length)
    for (const n of Object.keys(AGGREGATE_DATASETS)) expect(existsSync(join(out, `${n}.parquet`))).toBe(true)
  })

  it("reports an output folder it cannot write to", async () => {
    const dir = tmp()
    writeCorpus(dir, "json")
    const file = join(dir, "a-file")
    writeFileSync(file, "")
    const c = io()
    expect(await aggregateCommand(["--in", dir, "--out", join(file, "sub")], c)).toBe(1)
    expect(c.err.join("")).toMatch(/cannot write the output/)
  })
})
