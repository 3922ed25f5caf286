import { execFileSync } from "node:child_process"
import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { Effect, Layer } from "effect"
import { describe, expect, it } from "vitest"
import {
  AkhbarDefaults,
  DocumentRecord,
  Extraction,
  RECORD_DATASETS,
  SegmentRecord,
  articleFromText,
  dataDictionary,
  datasetSchemas,
  jsonSchemaOf,
  processArticle,
  run,
  runCorpus,
  writeSchemas
} from "../src/index.js"
import { tempDir } from "./support/temp-dir.js"

const tmp = () => tempDir("pipeline")
const readJson = (dir: string, name: string) => JSON.parse(readFileSync(join(dir, `${name}.json`), "utf8")) as Array<Record<string, unknown>>

describe("run on the bundled fixtures", () => {
  it("writes every dataset, turns bad inputs into error records and goes on", async () => {
    const out = tmp()
    const result = await run({ inputs: ["fixtures/articles", "fixtures/special", "fixtures/bad", "fixtures/missing.txt"], out, format: ["json", "csv", "ndjson"] })
    expect(result.ok).toBe(true)
    if (!result.ok) return
    const files = readdirSync(out).sort()
    for (const name of Object.keys(RECORD_DATASETS)) for (const ext of ["json", "csv", "ndjson"]) expect(files).toContain(`${name}.${ext}`)
    expect(files.some((f) => f.endsWith(".tmp"))).toBe(false)
    const documents = readJson(out, "documents").map((d) => DocumentRecord.parse(d))
    const errors = documents.filter((d) => d.status === "error")
    expect(errors.map((d) => d.path).sort()).toEqual(
      ["fixtures/bad/binary.bin", "fixtures/bad/broken.ndjson#L2", "fixtures/bad/broken.ndjson#L3", "fixtures/bad/empty.txt", "fixtures/bad/invalid-utf8.txt", "fixtures/bad/whitespace-only.txt", "fixtures/missing.txt"].sort()
    )
    for (const e of errors) expect(e.error).toMatch(/\w+: .{10,}/)
    expect(result.summary.errors).toBe(errors.length)
    expect(new Set(documents.map((d) => d.doc_id)).size).toBe(documents.length)
    // every segment slices back to its document text
    const texts = new Map<string, string>()
    for (const d of documents.filter((d) => d.status === "ok")) {
      if (d.path.includes("#")) continue
      const [r] = (await import("../src/index.js")).loadFileSync(d.path)
      if (r?.ok) texts.set(d.doc_id, r.article.text)
    }
    const segments = readJson(out, "segments").map((s) => SegmentRecord.parse(s))
    let checked = 0
    for (const s of segments) {
      const text = texts.get(s.doc_id)
      if (text === undefined) continue
      expect(text.slice(s.start, s.end)).toBe(s.text)
      checked++
    }
    expect(checked).toBeGreaterThan(300)
    // the corpus-wide footer was learned as furniture
    expect(segments.filter((s) => s.text.startsWith("جميع الحقوق محفوظة") && s.role === "boilerplate").length).toBeGreaterThanOrEqual(5)
    // CSV has the header of the schema
    expect(readFileSync(join(out, "segments.csv"), "utf8").split("\n")[0]).toBe(Object.keys(SegmentRecord.shape).join(","))
  })

  it("is deterministic", async () => {
    const a = tmp()
    const b = tmp()
    await run({ inputs: ["fixtures/articles"], out: a, concurrency: 1 })
    await run({ inputs: ["fixtures/articles"], out: b, concurrency: 8 })
    for (const name of Object.keys(RECORD_DATASETS)) expect(readFileSync(join(a, `${name}.json`), "utf8")).toBe(readFileSync(join(b, `${name}.json`), "utf8"))
  })

  it("fails fast on invalid options with a message naming the option", async () => {
    const bad = await run({ inputs: ["fixtures"], out: tmp(), format: "xml" })
    expect(bad).toMatchObject({ ok: false, error: { _tag: "OptionsError", message: expect.stringMatching(/^format: unknown format "xml"/) } })
    const none = await run({ inputs: [], out: tmp() })
    expect(none).toMatchObject({ ok: false, error: { message: expect.stringContaining("inputs") } })
    const enc = await run({ inputs: ["fixtures"], out: tmp(), encoding: "latin9" })
    expect(enc).toMatchObject({ ok: false, error: { message: expect.stringContaining("windows-1256") } })
    const extra = await run({ inputs: ["fixtures"], out: tmp(), formt: "json" } as never)
    expect(extra).toMatchObject({ ok: false, error: { message: expect.stringContaining('"formt"') } })
  })

  it("uses extractors provided through a Layer, on content segments only", async () => {
    const seen: Array<string> = []
    const Spy = Layer.succeed(Extraction, {
      quantities: (text, ctx) => {
        seen.push(ctx.role)
        const m = /\d+/.exec(text)
        return m ? [{ start: m.index, end: m.index + m[0].length, text: m[0], value: Number(m[0]), unit: "item", kind: "count" as const, approx: "exact" as const, value_max: null, currency: null }] : []
      }
    })
    const out = tmp()
    const summary = await Effect.runPromise(
      runCorpus({ inputs: ["fixtures/articles/03-nile-egypt-economy.txt"], out }).pipe(Effect.provide(Layer.merge(AkhbarDefaults, Spy)))
    )
    expect(summary.records.quantities).toBeGreaterThan(0)
    expect(new Set(seen)).not.toContain("tags")
    expect(new Set(seen)).not.toContain("boilerplate")
    const q = readJson(out, "quantities")
    const [doc] = readJson(out, "documents")
    const text = readFileSync("fixtures/articles/03-nile-egypt-economy.txt", "utf8")
    expect(doc).toBeDefined()
    for (const r of q) expect(text.slice(r.start as number, r.end as number)).toBe(r.text)
  })

  it("processes one article in memory without Effect", () => {
    const r = processArticle(articleFromText("عنوان الخبر هنا\nبغداد - قال المتحدث إن الوضع هادئ."))
    expect(r.document).toMatchObject({ title: "عنوان الخبر هنا", dateline: "بغداد", status: "ok" })
    expect(r.segments.map((s) => s.role)).toEqual(["title", "dateline", "lead"])
  })

  it("writes a record's publication date as YYYY-MM-DD, or the date of the text when it reads as none", () => {
    const text = "عنوان الخبر هنا\nنشر في: 12/03/2024\nقال الوزير أمس إن الاتفاق وشيك."
    const published = (p: string | null) => processArticle(articleFromText(text, { published: p })).document.published
    expect(published("2024-05-05T09:12:00Z")).toBe("2024-05-05")
    expect(published("2024-05-05 09:12:00")).toBe("2024-05-05")
    expect(published("05/06/2024")).toBe("2024-06-05")
    expect(published("5 مايو 2024")).toBe("2024-05-05")
    expect(published("")).toBe("2024-03-12")
    expect(published("not a date")).toBe("2024-03-12")
    expect(published(null)).toBe("2024-03-12")
    // blank metadata is no metadata
    expect(processArticle(articleFromText(text, { outlet: " ", title: "" })).document).toMatchObject({ outlet: null, title: "عنوان الخبر هنا" })
  })

  it("reads an agency in a credit line as the outlet it is, even when its name is also a word or a place", () => {
    const text = ["عنوان عن الطقس في الأردن", "عمان - بترا", "توقعت الأرصاد الجوية أجواء حارة في عمان خلال اليومين المقبلين."].join("\n")
    const r = processArticle(articleFromText(text), { extractors: Extraction.defaults })
    expect(r.document).toMatchObject({ dateline: "عمان", byline: "بترا" })
    const credit = r.mentions.filter((m) => m.text === "بترا")
    expect(credit).toHaveLength(1)
    expect(credit[0]).toMatchObject({ type: "ORG", entity_id: "org:media:petra" })
    for (const m of r.mentions) expect(text.slice(m.start, m.end)).toBe(m.text)
  })

  it("reads the country of a bare currency from the rest of the document", () => {
    const text = [
      "عنوان عن موازنة الحكومة",
      "أقر البرلمان الأردني الموازنة العامة للعام المقبل بعد نقاش طويل.",
      "وقال النائب إن المشاريع الجديدة ستكلف نحو 700 مليون دينار."
    ].join("\n")
    const r = processArticle(articleFromText(text), { extractors: Extraction.defaults })
    const q = r.quantities.find((x) => x.text.includes("دينار"))
    expect(q).toMatchObject({ unit: "JOD", currency: "JOD", value: 700_000_000 })
    // a city in the amount's own sentence outweighs the currency named in full elsewhere
    const two = processArticle(
      articleFromText("عنوان عن أسعار العقارات\nبيعت فيلا في دبي بمبلغ 302.5 مليون درهم.\nوفي المغرب، بلغ سعر المتر 14 ألف درهم مغربي."),
      { extractors: Extraction.defaults }
    )
    expect(two.quantities.map((q) => q.currency)).toEqual(["AED", "MAD"])
    // the dateline tells too
    const dated = processArticle(articleFromText("عنوان عن الإيرادات العامة\nالرياض - بلغت الإيرادات 300 مليار ريال."), { extractors: Extraction.defaults })
    expect(dated.quantities[0]).toMatchObject({ unit: "SAR", currency: "SAR" })
    // the sentence alone does not tell
    expect(Extraction.defaults.quantities!("ستكلف نحو 700 مليون دينار.", { published: null, role: "body" })[0]).toMatchObject({ unit: "dinar", currency: null })
  })
})

describe("schema", () => {
  it("exports a JSON Schema per dataset and a data dictionary", () => {
    const dir = tmp()
    const paths = writeSchemas(dir)
    expect(paths.map((p) => p.split("/").pop())).toContain("DATA_DICTIONARY.md")
    const js = JSON.parse(readFileSync(join(dir, "segments.schema.json"), "utf8"))
    expect(js.title).toBe("segments")
    expect(js.properties.role.enum).toContain("boilerplate")
    expect(js.required).toContain("duplicate_of")
    expect(jsonSchemaOf("quantities", RECORD_DATASETS.quantities).properties).toHaveProperty("value_max")
    const dict = dataDictionary(datasetSchemas())
    for (const name of Object.keys(RECORD_DATASETS)) expect(dict).toContain(`## ${name}`)
  })
})

describe("cli", () => {
  const cli = (args: Array<string>) => {
    try {
      return { code: 0, out: execFileSync("npx", ["tsx", "src/cli/main.ts", ...args], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }) }
    } catch (e) {
      const err = e as { status: number; stderr: string; stdout: string }
      return { code: err.status, out: err.stdout + err.stderr }
    }
  }
  it("exits 2 with a helpful message on bad usage", () => {
    const r = cli(["run", "fixtures", "--out", tmp(), "--format", "xml"])
    expect(r.code).toBe(2)
    expect(r.out).toMatch(/format.*json, csv, ndjson, arrow and\/or parquet/)
    expect(cli(["run", "fixtures"]).code).toBe(2)
    expect(cli(["frobnicate"]).code).toBe(2)
  })
  it("prints its version and help", () => {
    expect(cli(["--version"]).out.trim()).toMatch(/^\d+\.\d+\.\d+$/)
    expect(cli(["--help"]).out).toContain("akhbar run <inputs...>")
  })
})
