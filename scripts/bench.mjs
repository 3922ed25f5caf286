// Throughput and memory of each stage and of the whole pipeline, on a generated corpus.
//   npm run bench [-- --mb 200] [-- --sample-mb 20] [-- --workers 1,2,4]
// Not a test: prints tables. Uses the built package (dist/). Stage rows run on a sample of the corpus
// in this process (best of three runs); each whole-pipeline run is a child process, so its peak RSS (main thread and
// workers together) is its own.
import { mkdirSync, rmSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { availableParallelism } from "node:os"
import * as akhbar from "../dist/index.js"
import { arg, articleGenerator, measuredRun } from "./generated.mjs"

const targetMB = Number(arg("mb", 200))
const sampleMB = Number(arg("sample-mb", 20))
const workerCounts = arg("workers", undefined)?.split(",").map(Number) ?? [...new Set([1, 2, availableParallelism()])]
const dir = ".bench/corpus"

// 1. Build the corpus by recombining fixture paragraphs (deterministic), 1000 files a folder.
const article = articleGenerator(42)
rmSync(dir, { recursive: true, force: true })
const texts = []
let bytes = 0
let sampleBytes = 0
let count = 0
for (let i = 0; bytes < targetMB * 1e6; i++) {
  const text = article(8, 30)
  const size = Buffer.byteLength(text)
  if (sampleBytes < sampleMB * 1e6) {
    texts.push(text)
    sampleBytes += size
  }
  bytes += size
  count++
  const folder = join(dir, String(Math.floor(i / 1000)).padStart(4, "0"))
  if (i % 1000 === 0) mkdirSync(folder, { recursive: true })
  writeFileSync(join(folder, `doc-${String(i).padStart(7, "0")}.txt`), text)
}
const mb = sampleBytes / 1e6
const rows = []
// each stage runs three times and keeps its best time: the first run of a stage can still be
// compiling, and this VM's neighbours come and go
const time = (stage, fn) => {
  let s = Infinity
  for (let run = 0; run < 3; run++) {
    global.gc?.()
    const t = performance.now()
    fn()
    s = Math.min(s, (performance.now() - t) / 1000)
  }
  rows.push({ stage, "MB/s": (mb / s).toFixed(1), "docs/s": (texts.length / s).toFixed(0), seconds: s.toFixed(2) })
}

// warm up (and load the tagger model, which is loaded lazily)
for (const t of texts.slice(0, 200)) akhbar.processArticle(akhbar.articleFromText(t), { extractors: akhbar.Extraction.defaults })
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
// the trained tagger alone, as `--recognizer model` runs it (no hints)
const tagger = akhbar.loadTagger()
time("tag entities (trained tagger alone, tagText)", () => {
  for (const t of texts) tagger.tagText(t)
})
// the numbers and dates stage as the pipeline runs it: both extractors on one text share its tokens and date pass
time("extract quantities + dates (one text, shared tokens)", () => {
  for (const t of texts) {
    ex.quantities(t, { published: null, role: "body" })
    ex.dates(t, { published: null, role: "body" })
  }
})
time("processArticle (segment + every extractor, one core)", () => {
  for (const t of texts) akhbar.processArticle(akhbar.articleFromText(t), { extractors: ex })
})
console.log(`stages: a sample of ${texts.length} documents, ${mb.toFixed(1)} MB (UTF-8), one core, node ${process.version}`)
console.table(rows)

// 2. The whole pipeline (files → json + csv, every extractor), one child process per worker count.
const pipeline = []
let one
for (const workers of workerCounts) {
  const out = `.bench/out-${workers}`
  const r = measuredRun(dir, out, "json,csv", workers)
  one ??= r.seconds
  pipeline.push({
    workers: workers === 1 ? "1 (in the main thread)" : String(workers),
    "MB/s": (bytes / 1e6 / r.seconds).toFixed(2),
    "docs/s": (r.documents / r.seconds).toFixed(0),
    seconds: r.seconds.toFixed(1),
    "speed-up": (one / r.seconds).toFixed(2) + "×",
    "peak RSS (MB)": (r.maxRSS / 1024).toFixed(0)
  })
  rmSync(out, { recursive: true, force: true })
}
console.log(`whole pipeline: ${count} documents, ${(bytes / 1e6).toFixed(1)} MB (UTF-8) in ${Math.ceil(count / 1000)} folders, ${availableParallelism()} cores`)
console.table(pipeline)
rmSync(".bench", { recursive: true, force: true })
