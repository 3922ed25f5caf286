// A worker that behaves like the real one but dies on documents that ask it to, and throws on
// documents that ask for that: used to test that the pool survives a crashing worker.
import { parentPort, workerData } from "node:worker_threads"
import { serveJobs, type WorkerSetup } from "../../src/pipeline/serve.js"

if (parentPort !== null) {
  serveJobs(parentPort, (workerData ?? {}) as WorkerSetup, (article) => {
    if (article.text.includes("CRASH-THE-WORKER")) process.exit(3)
    if (article.text.includes("THROW-IN-WORKER")) throw new Error("boom")
  })
}
