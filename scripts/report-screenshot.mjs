/**
 * Renders the HTML report of a corpus and takes its screenshot with headless Chromium, for the
 * README (docs/report.png).
 *
 *   npx tsx scripts/report-screenshot.mjs [--in DATASETS_DIR] [--out docs/report.png] [--height 2400]
 *
 * Without --in, the pipeline runs on fixtures/articles first (into out/report-demo). Needs
 * Debian's `chromium` (apt-get install -y chromium) or CHROMIUM=/path/to/chrome.
 */
import { spawnSync } from "node:child_process"
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { dirname, join, resolve } from "node:path"
import { pathToFileURL } from "node:url"
import { parseArgs } from "node:util"
import { aggregateRecords, readDatasets } from "../src/aggregate/index.js"
import { renderReport } from "../src/report/index.js"
import { run } from "../src/run.js"

const { values } = parseArgs({
  options: { in: { type: "string" }, out: { type: "string" }, height: { type: "string" }, width: { type: "string" } }
})
const chromium = process.env.CHROMIUM ?? "/usr/bin/chromium"
if (!existsSync(chromium)) {
  console.error(`report-screenshot: no Chromium at ${chromium}; install it (apt-get install -y chromium) or set CHROMIUM`)
  process.exit(2)
}
const out = resolve(values.out ?? "docs/report.png")
const width = Number(values.width ?? 1200)
const height = Number(values.height ?? 2400)

let dir = values.in
if (dir === undefined) {
  dir = "out/report-demo"
  const result = await run({ inputs: ["fixtures/articles"], out: dir, format: ["json"] })
  if (!result.ok) {
    console.error(`report-screenshot: the run failed: ${result.error.message}`)
    process.exit(1)
  }
}
const { datasets } = readDatasets(dir)
const html = join(dir, "report.html")
writeFileSync(html, renderReport(datasets, aggregateRecords(datasets), { subtitle: "akhbar — fixtures/articles" }))

mkdirSync(dirname(out), { recursive: true })
const profile = mkdtempSync(join(tmpdir(), "akhbar-chromium-"))
const r = spawnSync(
  chromium,
  [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
    `--user-data-dir=${profile}`,
    `--screenshot=${out}`,
    `--window-size=${width},${height}`,
    pathToFileURL(resolve(html)).href
  ],
  { encoding: "utf8", timeout: 120_000 }
)
rmSync(profile, { recursive: true, force: true })
if (!existsSync(out)) {
  console.error(`report-screenshot: Chromium wrote no screenshot (exit ${r.status}):\n${r.stderr}`)
  process.exit(1)
}
console.log(`report-screenshot: ${html} → ${out} (${(statSync(out).size / 1024).toFixed(0)} kB)`)
