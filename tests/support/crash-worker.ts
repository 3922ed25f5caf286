// A worker that behaves like the real one but dies on documents that ask it to, and throws on
// documents that ask for that: used to test that the pool survives a crashing worker.
import { parentPort } from "node:worker_threads"
import { processArticle } from "../../src/pipeline/document.js"
import type { Article } from "../../src/load/article.js"

parentPort?.on("message", (job: { seq: number; article: Article }) => {
  if (job.article.text.includes("CRASH-THE-WORKER")) process.exit(3)
  try {
    if (job.article.text.includes("THROW-IN-WORKER")) throw new Error("boom")
    parentPort?.postMessage({ seq: job.seq, ok: true, result: processArticle(job.article) })
  } catch (e) {
    parentPort?.postMessage({ seq: job.seq, ok: false, message: (e as Error).message })
  }
})
