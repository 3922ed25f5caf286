/**
 * Worker-thread entry: reads, processes and learns work units for a {@link WorkerPool}. Not part
 * of the public API.
 */
import { parentPort, workerData } from "node:worker_threads"
import { serveJobs, type WorkerSetup } from "./serve.js"

if (parentPort !== null) serveJobs(parentPort, (workerData ?? {}) as WorkerSetup)
