import { readFileSync, readdirSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import {
  articleFromText,
  Extraction,
  prepareUnitInto,
  processArticle,
  processArticleInBlocks,
  run,
  STAGING_FOLDER,
  type PreparedItem
} from "../src/index.js"
import { tempDir } from "./support/temp-dir.js"

const tmp = () => tempDir("blocks")
const ARTICLES = "fixtures/articles"
const texts = readdirSync(ARTICLES)
  .sort()
  .map((f) => readFileSync(join(ARTICLES, f), "utf8"))

const readJson = (dir: string, name: string): Array<Record<string, unknown>> => JSON.parse(readFileSync(join(dir, `${name}.json`), "utf8"))
const filesOf = (dir: string, names: ReadonlyArray<string>): Record<string, string> =>
  Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f !== STAGING_FOLDER && names.some((n) => f.startsWith(`${n}.`)))
      .sort()
      .map((f) => [f, readFileSync(join(dir, f), "utf8")])
  )

/** The datasets that do not depend on entity recognition, which sees one block at a time. */
const BLOCK_EQUAL = ["documents", "segments", "quantities", "dates"]

describe("processArticleInBlocks", () => {
  it("gives the segments, quantities and dates of processArticle, in blocks of bounded size, with document offsets", () => {
    const extractors = Extraction.defaults
    for (const text of texts.filter((t) => t.length > 3000)) {
      const article = articleFromText(text)
      const whole = processArticle(article, { extractors })
      const blocks = [...processArticleInBlocks(article, { extractors }, 1500)]
      expect(blocks.length).toBeGreaterThan(1)
      blocks.forEach((b, i) => {
        expect(b.block).toBe(i)
        expect(b.last).toBe(i === blocks.length - 1)
        expect(b.document).toEqual(whole.document)
        // a block holds about blockChars of segment text (a single longer segment is a block alone)
        const chars = b.segments.reduce((n, s) => n + s.text.length, 0)
        if (b.segments.length > 1) expect(chars).toBeLessThanOrEqual(1500)
        for (const r of [...b.segments, ...b.quantities, ...b.dates, ...b.mentions]) expect(text.slice(r.start, r.end)).toBe(r.text)
      })
      expect(blocks.flatMap((b) => b.segments)).toEqual(whole.segments)
      expect(blocks.flatMap((b) => b.quantities)).toEqual(whole.quantities)
      expect(blocks.flatMap((b) => b.dates)).toEqual(whole.dates)
    }
  })

  it("is one block equal to processArticle when the document is shorter than blockChars", () => {
    const article = articleFromText(texts[0]!)
    const [only, ...rest] = [...processArticleInBlocks(article, { extractors: Extraction.defaults }, 1_000_000)]
    expect(rest).toEqual([])
    const { block, last, ...result } = only!
    expect([block, last]).toEqual([0, true])
    expect(result).toEqual(processArticle(article, { extractors: Extraction.defaults }))
  })
})

describe("prepareUnitInto", () => {
  it("emits a long document block by block, its documents record in the first block only", () => {
    const file = join(ARTICLES, readdirSync(ARTICLES).sort()[0]!)
    const items: Array<PreparedItem> = []
    prepareUnitInto({ path: file }, {}, { extractors: Extraction.defaults }, { formats: ["csv"], blockChars: 1000 }, (item) => items.push(item))
    expect(items.length).toBeGreaterThan(1)
    const blocks = items.map((item) => ("prepared" in item ? item.prepared : undefined))
    expect(blocks.every((p) => p !== undefined)).toBe(true)
    expect(blocks.map((p) => p!.rendered.documents.count)).toEqual(blocks.map((_, i) => (i === 0 ? 1 : 0)))
    expect(blocks.map((p) => p!.last)).toEqual(blocks.map((_, i) => i === blocks.length - 1))
  })

  it("names each document just before processing it, so every block carries the new id", () => {
    const file = join(ARTICLES, readdirSync(ARTICLES).sort()[0]!)
    const items: Array<PreparedItem> = []
    prepareUnitInto({ path: file }, {}, {}, { formats: ["json"], blockChars: 1000, rename: (id) => `${id}-2` }, (item) => items.push(item))
    for (const item of items) {
      if (!("prepared" in item)) throw new Error("expected a prepared block")
      expect(item.prepared.docId.endsWith("-2")).toBe(true)
      for (const s of item.prepared.aggregate.segments) expect(s.doc_id).toBe(item.prepared.docId)
    }
  })
})

describe("prepareUnitInto with onlyRenamed", () => {
  it("prepares only the documents it renames, under their new ids", () => {
    const dir = tmp()
    const file = join(dir, "three.ndjson")
    writeFileSync(file, texts.slice(0, 3).map((text, i) => JSON.stringify({ id: `d${i}`, text })).join("\n") + "\n")
    const items: Array<PreparedItem> = []
    prepareUnitInto({ path: file }, {}, {}, { formats: ["csv"], renames: new Map([[1, "d1-2"]]), onlyRenamed: true }, (item) => items.push(item))
    expect(items.map((item) => ("prepared" in item ? [item.prepared.index, item.prepared.docId] : item.error.message))).toEqual([[1, "d1-2"]])
  })
})

describe("runs with documents processed in blocks", () => {
  it("write large input files block by block: the same documents, segments, quantities and dates as whole documents", async () => {
    const whole = tmp()
    const blocked = tmp()
    const inputs = ["fixtures/articles", "fixtures/special", "fixtures/bad"]
    expect((await run({ inputs, out: whole, format: ["json", "csv", "ndjson"], workers: 1 })).ok).toBe(true)
    // every input file of 1,000 bytes or more is processed in the main thread, block by block
    const r = await run({ inputs, out: blocked, format: ["json", "csv", "ndjson"], workers: 2, blockChars: 1000 })
    expect(r.ok).toBe(true)
    expect(filesOf(blocked, BLOCK_EQUAL)).toEqual(filesOf(whole, BLOCK_EQUAL))
    // one documents record a document; every mention slices its document
    const docs = readJson(blocked, "documents")
    expect(new Set(docs.map((d) => d.doc_id)).size).toBe(docs.length)
    // every mention slices its document (checked through its segment, which slices the document)
    const segments = new Map(readJson(blocked, "segments").map((g) => [g.seg_id, g]))
    const mentions = readJson(blocked, "mentions")
    expect(mentions.length).toBeGreaterThan(0)
    for (const m of mentions) {
      const g = segments.get(m.seg_id)!
      expect(String(g.text).slice(Number(m.start) - Number(g.start), Number(m.end) - Number(g.start))).toBe(m.text)
    }
    // every mentioned entity is in the entity table, counted in its documents
    const entities = new Set(readJson(blocked, "entities").map((e) => e.entity_id))
    for (const m of mentions) expect(entities.has(m.entity_id)).toBe(true)
  })

  it("process long records of NDJSON ranges in blocks inside workers, taken ids included", async () => {
    const dir = tmp()
    const file = join(dir, "corpus.ndjson")
    // ids repeat: the second and third "dup" become dup-2 and dup-3
    const lines = texts.slice(0, 6).map((text, i) => JSON.stringify({ id: i % 2 === 0 ? "dup" : `a${i}`, text }))
    writeFileSync(file, lines.join("\n") + "\n")
    const whole = tmp()
    const blocked = tmp()
    expect((await run({ inputs: [file], out: whole, format: ["json", "csv"], workers: 1 })).ok).toBe(true)
    const r = await run({ inputs: [file], out: blocked, format: ["json", "csv"], workers: 2, chunkBytes: 4096, blockChars: 1200 })
    expect(r.ok).toBe(true)
    expect(filesOf(blocked, BLOCK_EQUAL)).toEqual(filesOf(whole, BLOCK_EQUAL))
    expect(readJson(blocked, "documents").map((d) => d.doc_id)).toEqual(["dup", "a1", "dup-2", "a3", "dup-3", "a5"])
  })

  it("rejects a block size under 1,000 characters, naming the option", async () => {
    const r = await run({ inputs: ["fixtures/articles"], out: tmp(), blockChars: 10 })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error.message).toMatch(/blockChars must be at least 1000/u)
  })
})
