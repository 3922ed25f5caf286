/**
 * Worker-thread entry: processes articles with the default extractors and rules and posts the
 * results back. Started by {@link WorkerPool}; not part of the public API.
 */
import { parentPort, workerData } from "node:worker_threads"
import type { Article } from "../load/article.js"
import { processArticle } from "./document.js"
import { extractorsFor, type RecognizerChoice } from "./defaults.js"

interface Job {
  readonly seq: number
  readonly article: Article
}

const learned: ReadonlySet<string> | undefined = Array.isArray((workerData as { learned?: Array<string> })?.learned)
  ? new Set((workerData as { learned: Array<string> }).learned)
  : undefined

const extractors = extractorsFor((workerData as { recognizer?: RecognizerChoice })?.recognizer ?? "combined")

parentPort?.on("message", (job: Job) => {
  try {
    const result = processArticle(job.article, { extractors, learned })
    // one JSON string clones much faster than the many small objects of a result
    parentPort?.postMessage({ seq: job.seq, ok: true, json: JSON.stringify(result) })
  } catch (e) {
    parentPort?.postMessage({ seq: job.seq, ok: false, message: (e as Error)?.message ?? String(e) })
  }
})
