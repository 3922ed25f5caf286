/**
 * The report in a real browser: headless Chromium (Debian's `chromium` package) loads the HTML
 * file, runs its script, and takes a screenshot. Skipped where /usr/bin/chromium is absent.
 */
import { execFileSync, spawnSync } from "node:child_process"
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { pathToFileURL } from "node:url"
import { afterAll, describe, expect, it } from "vitest"
import { aggregateRecords } from "../src/aggregate/index.js"
import { renderReport } from "../src/report/index.js"
import { newsCorpus } from "./aggregate-corpus.js"

const CHROMIUM = "/usr/bin/chromium"
const hasChromium = existsSync(CHROMIUM)

const dir = mkdtempSync(join(tmpdir(), "akhbar-report-browser-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const chromium = (args: ReadonlyArray<string>): { stdout: string; stderr: string; status: number | null } => {
  const profile = mkdtempSync(join(tmpdir(), "akhbar-chromium-"))
  try {
    const r = spawnSync(
      CHROMIUM,
      [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        `--user-data-dir=${profile}`,
        ...args
      ],
      { encoding: "utf8", timeout: 120_000, maxBuffer: 64 << 20 }
    )
    return { stdout: r.stdout ?? "", stderr: r.stderr ?? "", status: r.status }
  } finally {
    rmSync(profile, { recursive: true, force: true })
  }
}

const pngSize = (path: string): { width: number; height: number } => {
  const b = readFileSync(path)
  expect(b.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a")
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) }
}

describe("the report in headless Chromium", () => {
  const corpus = newsCorpus()
  const page = join(dir, "report.html")
  writeFileSync(page, renderReport(corpus, aggregateRecords(corpus)))
  const url = pathToFileURL(page).href

  it.skipIf(!hasChromium)("runs its script without errors and has the charts in the DOM", { timeout: 180_000 }, () => {
    const r = chromium(["--enable-logging=stderr", "--v=0", "--dump-dom", url])
    const dom = r.stdout
    expect(dom).toMatch(/<body[^>]*data-ready="1"/)
    for (const id of ["chart-entities-person", "chart-entities-org", "chart-entities-loc", "chart-entities-misc", "chart-timeline", "chart-network"]) {
      expect(dom).toMatch(new RegExp(`<svg id="${id}"`))
    }
    expect(dom).toMatch(/<html lang="ar" dir="rtl">/)
    expect(dom).toContain("<title>تقرير المدوّنة</title>")
    expect(r.stderr).not.toMatch(/Uncaught/)
    expect(r.stderr).not.toMatch(/Refused to (load|connect|execute|apply)/) // the CSP blocked nothing: nothing is fetched
    // escaped data stays text in the parsed DOM
    expect(dom).not.toContain("<script>alert")
  })

  it.skipIf(!hasChromium)("renders a non-trivial screenshot", { timeout: 180_000 }, () => {
    const png = join(dir, "report.png")
    chromium([`--screenshot=${png}`, "--window-size=1200,2000", "--hide-scrollbars", url])
    expect(existsSync(png)).toBe(true)
    expect(statSync(png).size).toBeGreaterThan(20 * 1024)
    expect(pngSize(png)).toEqual({ width: 1200, height: 2000 })
  })

  it.skipIf(!hasChromium)("is the Chromium this test expects", () => {
    expect(execFileSync(CHROMIUM, ["--version"], { encoding: "utf8" })).toMatch(/Chromium \d+/)
  })
})
