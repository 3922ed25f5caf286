// Large and many inputs: runs the pipeline (dist/, default options, NDJSON output) on generated corpora and
// prints time, throughput and peak RSS of each run. Not a test; it writes to .scale/ and removes it.
//   npm run scale                       every case
//   npm run scale -- --case ndjson-1gb  one case: ndjson-1gb, single-50mb, files-100k
//   npm run scale -- --mb 1000          size of the NDJSON case in MB (default 1000)
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from "node:fs"
import { join } from "node:path"
import { arg, articleGenerator, measuredRun } from "./generated.mjs"

const only = arg("case", undefined)
const ndjsonMB = Number(arg("mb", 1000))
const root = ".scale"

const article = articleGenerator(7)

/** Appends generated text to a file until it has `mb` megabytes; returns the number of documents. */
const fill = (path, mb, make) => {
  const fd = openSync(path, "w")
  let bytes = 0
  let n = 0
  let chunk = []
  let size = 0
  while (bytes < mb * 1e6) {
    const s = make(n++)
    const b = Buffer.byteLength(s)
    chunk.push(s)
    size += b
    bytes += b
    if (size > 4e6) {
      writeSync(fd, chunk.join(""))
      chunk = []
      size = 0
    }
  }
  writeSync(fd, chunk.join(""))
  closeSync(fd)
  return { bytes, documents: n }
}

const cases = {
  // one NDJSON file of about 1 GB: split into 8 MB ranges that the workers read themselves
  "ndjson-1gb": (dir) => fill(join(dir, "archive.ndjson"), ndjsonMB, (i) => JSON.stringify({ id: `n${i}`, text: article(8, 30) }) + "\n"),
  // one plain-text document of 50 MB
  "single-50mb": (dir) => {
    const r = fill(join(dir, "giant.txt"), 50, () => article(20, 20) + "\n\n")
    return { bytes: r.bytes, documents: 1 }
  },
  // 100,000 small files in 100 folders
  "files-100k": (dir) => {
    let bytes = 0
    for (let i = 0; i < 100_000; i++) {
      const folder = join(dir, String(Math.floor(i / 1000)).padStart(3, "0"))
      if (i % 1000 === 0) mkdirSync(folder, { recursive: true })
      const text = article(2, 4)
      bytes += Buffer.byteLength(text)
      const fd = openSync(join(folder, `a${i}.txt`), "w")
      writeSync(fd, text)
      closeSync(fd)
    }
    return { bytes, documents: 100_000 }
  }
}

const rows = []
for (const [name, make] of Object.entries(cases)) {
  if (only !== undefined && only !== name) continue
  const dir = join(root, name, "in")
  const out = join(root, name, "out")
  rmSync(join(root, name), { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  const made = make(dir)
  // what `akhbar run DIR --out OUT --format ndjson` does, with the default options
  const { seconds, maxRSS: kb } = measuredRun(dir, out, "ndjson")
  const docs = readFileSync(join(out, "documents.ndjson"), "utf8").split("\n").filter((l) => l !== "")
  const ok = docs.filter((l) => JSON.parse(l).status === "ok").length
  rows.push({
    case: name,
    "input MB": (made.bytes / 1e6).toFixed(0),
    documents: `${ok} ok of ${made.documents}`,
    seconds: seconds.toFixed(0),
    "MB/s": (made.bytes / 1e6 / seconds).toFixed(2),
    "peak RSS (MB)": (kb / 1024).toFixed(0)
  })
  rmSync(join(root, name), { recursive: true, force: true })
}
console.table(rows)
rmSync(root, { recursive: true, force: true })
