// Throughput and memory of each stage and of the whole pipeline, on a generated corpus.
//   npm run bench [-- --mb 50]
// Not a test: prints a table. Uses the built package (dist/).
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { availableParallelism } from "node:os"
import * as akhbar from "../dist/index.js"

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? Number(process.argv[i + 1]) : fallback
}
const targetMB = arg("mb", 50)
const dir = ".bench/corpus"

// 1. Build the corpus by recombining fixture paragraphs (deterministic).
const paragraphs = readdirSync("fixtures/articles")
  .flatMap((f) => readFileSync(join("fixtures/articles", f), "utf8").split(/\n+/))
  .filter((p) => p.trim().length > 0)
let seed = 42
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)
rmSync(dir, { recursive: true, force: true })
mkdirSync(dir, { recursive: true })
const texts = []
let bytes = 0
for (let i = 0; bytes < targetMB * 1e6; i++) {
  const n = 8 + Math.floor(rand() * 30)
  const lines = []
  for (let k = 0; k < n; k++) lines.push(paragraphs[Math.floor(rand() * paragraphs.length)])
  const text = lines.join("\n")
  texts.push(text)
  bytes += Buffer.byteLength(text)
  writeFileSync(join(dir, `doc-${String(i).padStart(6, "0")}.txt`), text)
}
const mb = bytes / 1e6
const rows = []
const time = (stage, fn) => {
  global.gc?.()
  const t = performance.now()
  fn()
  const s = (performance.now() - t) / 1000
  rows.push({ stage, "MB/s": (mb / s).toFixed(1), "docs/s": (texts.length / s).toFixed(0), seconds: s.toFixed(2) })
}

// warm up
for (const t of texts.slice(0, 200)) akhbar.processArticle(akhbar.articleFromText(t))

time("decode (UTF-8 bytes → text)", () => {
  for (const t of texts) akhbar.decodeBytes(Buffer.from(t))
})
time("normalize display (with map)", () => {
  for (const t of texts) akhbar.normalize(t, "display")
})
time("normalize match (with map)", () => {
  for (const t of texts) akhbar.normalize(t, "match")
})
time("normalize match (text only)", () => {
  for (const t of texts) akhbar.normalizeText(t, "match")
})
time("segment", () => {
  for (const t of texts) akhbar.segmentDocument(t, "d")
})
const ex = akhbar.Extraction.defaults
for (const [name, f] of Object.entries(ex)) {
  if (typeof f !== "function") continue
  time(`extract ${name}`, () => {
    for (const t of texts) name === "documentMentions" ? f([t], ["body"]) : f(t, { published: null, role: "body" })
  })
}
time("processArticle (segment + extract, one core)", () => {
  for (const t of texts) akhbar.processArticle(akhbar.articleFromText(t))
})
const out = ".bench/out"
const workerCounts = [...new Set([1, 2, availableParallelism()])]
for (const workers of workerCounts) {
  const before = process.resourceUsage().maxRSS
  const t0 = performance.now()
  const result = await akhbar.run({ inputs: [dir], out, format: ["json", "csv"], workers })
  const s = (performance.now() - t0) / 1000
  if (!result.ok) throw new Error(String(result.error))
  rows.push({ stage: `whole pipeline, ${workers} worker${workers > 1 ? "s" : ""} (files → json+csv)`, "MB/s": (mb / s).toFixed(1), "docs/s": (texts.length / s).toFixed(0), seconds: s.toFixed(2) })
}
console.log(`corpus: ${texts.length} documents, ${mb.toFixed(1)} MB (UTF-8), node ${process.version}`)
console.table(rows)
console.log(`peak RSS of this process (main thread and workers): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`)
rmSync(".bench", { recursive: true, force: true })
