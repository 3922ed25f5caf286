// Shared by bench.mjs and scale.mjs: command-line options, generated articles, measured runs.
import { spawnSync } from "node:child_process"
import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"

/** The value after `--name` on the command line, or `fallback`. */
export const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? process.argv[i + 1] : fallback
}

/**
 * A deterministic article generator: each article recombines `min` to `min + spread - 1`
 * paragraphs of the bundled fixtures, drawn by a linear congruential generator from `seed`.
 */
export const articleGenerator = (seed) => {
  const paragraphs = readdirSync("fixtures/articles")
    .flatMap((f) => readFileSync(join("fixtures/articles", f), "utf8").split(/\n+/))
    .filter((p) => p.trim().length > 0)
  let state = seed
  const rand = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)
  return (min, spread) =>
    Array.from({ length: min + Math.floor(rand() * spread) }, () => paragraphs[Math.floor(rand() * paragraphs.length)]).join("\n")
}

const CHILD = `
  const akhbar = await import(${JSON.stringify(new URL("../dist/index.js", import.meta.url).href)})
  const [input, out, format, workers] = process.argv.slice(1)
  const t0 = performance.now()
  const r = await akhbar.run({ inputs: [input], out, format: format.split(","), ...(workers ? { workers: Number(workers) } : {}) })
  if (!r.ok) throw new Error(r.error.message)
  process.stdout.write(JSON.stringify({ seconds: (performance.now() - t0) / 1000, documents: r.summary.documents, maxRSS: process.resourceUsage().maxRSS }))
`

/** The heap limit the `akhbar` CLI runs corpus commands with (CLI_HEAP_MB in src/cli/relaunch.ts). */
export const CLI_HEAP_FLAG = "--max-old-space-size=1536"

/**
 * Runs the whole pipeline (dist/) on `input` in a child process of its own, with the CLI's heap
 * limit, so that its peak RSS (main thread and workers together) is what `akhbar run` would use:
 * `{ seconds, documents, maxRSS }` (maxRSS in KB).
 */
export const measuredRun = (input, out, format, workers) => {
  const args = [CLI_HEAP_FLAG, "--input-type=module", "-e", CHILD, input, out, format, workers === undefined ? "" : String(workers)]
  const p = spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 1 << 20 })
  if (p.status !== 0) throw new Error(`the run on ${input} failed: ${p.stderr}`)
  return JSON.parse(p.stdout)
}
