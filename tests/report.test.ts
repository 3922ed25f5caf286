import { readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { aggregateRecords } from "../src/aggregate/index.js"
import { reportCommand } from "../src/cli/report.js"
import type { CommandIO } from "../src/cli/aggregate.js"
import { escapeHtml, forceLayout, formatCompact, formatNumber, renderReport, truncate } from "../src/report/index.js"
import { E, newsCorpus, writeDatasets } from "./aggregate-corpus.js"
import { tempDir } from "./support/temp-dir.js"

const corpus = newsCorpus()
const html = renderReport(corpus, aggregateRecords(corpus))

const silent: CommandIO = { stdout: { write: () => true }, stderr: { write: () => true } }

describe("renderReport", () => {
  it("is one Arabic, right-to-left, self-contained page", () => {
    expect(html.startsWith("<!doctype html>\n<html lang=\"ar\" dir=\"rtl\">")).toBe(true)
    expect(html).toContain('<meta charset="utf-8">')
    expect(html).toMatch(/Content-Security-Policy" content="default-src 'none'/)
    // nothing is fetched: no external script, style, image, font or link
    expect(html).not.toMatch(/<(link|img|iframe|object|embed)\b/i)
    expect(html).not.toMatch(/<script[^>]*\bsrc=/i)
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//i)
    expect(html).not.toMatch(/url\(|@import/i)
    expect(html.match(/<script>/g)).toHaveLength(1)
    expect(html).toContain("Noto Sans Arabic")
  })

  it("has the charts, the summary and the sections", () => {
    for (const id of ["chart-entities-person", "chart-entities-org", "chart-entities-loc", "chart-entities-misc", "chart-timeline", "chart-network"]) {
      expect(html).toContain(`<svg id="${id}"`)
    }
    for (const id of ["summary", "entities", "timeline", "network", "quantities", "outlets", "sentences"]) expect(html).toContain(`<section id="${id}">`)
    expect(html).toMatch(/<span class="n">3<\/span><span class="l">مستند مقروء/)
    expect(html).toMatch(/<span class="n">1<\/span><span class="l">مدخل تعذرت قراءته/)
    // network: one node per linked entity, edges between them
    const network = html.slice(html.indexOf('<svg id="chart-network"'), html.indexOf("</svg>", html.indexOf('<svg id="chart-network"')))
    expect(network.match(/class="node"/g)).toHaveLength(9) // every entity shares a sentence with another
    expect(network.match(/class="edge"/g)).toHaveLength(aggregateRecords(corpus).cooccurrence.length)
    // timeline: a dot per placed date
    const timeline = html.slice(html.indexOf('<svg id="chart-timeline"'), html.indexOf("</svg>", html.indexOf('<svg id="chart-timeline"')))
    expect(timeline.match(/<circle/g)).toHaveLength(2)
  })

  it("links every quantity and dated sentence to an anchor that exists", () => {
    const ids = new Set([...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]))
    const hrefs = [...html.matchAll(/href="#([^"]+)"/g)].map((m) => decodeURIComponent(m[1]!.replace(/&amp;/g, "&")))
    expect(hrefs.filter((h) => h.startsWith("seg-")).length).toBeGreaterThanOrEqual(corpus.quantities.length + 2)
    for (const h of hrefs) expect(ids.has(escapeHtml(h)), h).toBe(true)
    for (const q of corpus.quantities) expect(html).toContain(`href="#${encodeURIComponent(`seg-${q.seg_id}`)}"`)
    // the quantity is highlighted in its sentence
    expect(html).toContain('<mark class="q">3.4 مليار دولار</mark>')
    expect(html).toContain('<mark class="d">18 شباط/فبراير</mark>')
  })

  it("escapes all text from the data", () => {
    expect(html).not.toContain("<script>alert")
    expect(html).not.toContain("<b>")
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)")
    expect(html).toContain("&lt;b&gt;&quot;خاص&quot;&lt;/b&gt; &amp; غيره")
    expect(html).toContain(`data-id="${escapeHtml(E.evil.id)}"`)
    const title = renderReport({}, undefined, { title: "</title><script>x()</script>" })
    expect(title).not.toContain("<script>x()")
  })

  it("is deterministic, and renders an empty corpus", () => {
    expect(renderReport(corpus, aggregateRecords(corpus))).toBe(html)
    const empty = renderReport({})
    expect(empty).toContain('<svg id="chart-network"')
    expect(empty).toContain("لا تواريخ")
  })
})

describe("report helpers", () => {
  it("formats and truncates", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
    expect(formatNumber(1234567.891)).toBe("1,234,567.89")
    expect(formatNumber(-1200)).toBe("-1,200")
    expect(formatCompact(3.4e9)).toBe("3.4 مليار")
    expect(formatCompact(150e12)).toBe("150 تريليون")
    expect(formatCompact(999)).toBe("999")
    expect(truncate("وزارة الخارجية والمغتربين", 10)).toBe("وزارة الخ…")
    expect(truncate("قصير", 10)).toBe("قصير")
  })

  it("forceLayout is deterministic and stays in the box", () => {
    const edges = [
      { source: 0, target: 1, weight: 3 },
      { source: 1, target: 2, weight: 1 },
      { source: 3, target: 4, weight: 2 }
    ]
    const a = forceLayout(6, edges, { width: 400, height: 300, padding: 20 })
    expect(forceLayout(6, edges, { width: 400, height: 300, padding: 20 })).toEqual(a)
    for (const p of a) {
      expect(p.x).toBeGreaterThanOrEqual(20 - 1e-9)
      expect(p.x).toBeLessThanOrEqual(380 + 1e-9)
      expect(p.y).toBeGreaterThanOrEqual(20 - 1e-9)
      expect(p.y).toBeLessThanOrEqual(280 + 1e-9)
    }
    const dist = (i: number, j: number) => Math.hypot(a[i]!.x - a[j]!.x, a[i]!.y - a[j]!.y)
    expect(dist(0, 1)).toBeLessThan(dist(0, 5)) // linked nodes end up closer than unlinked ones
    expect(forceLayout(0, [], { width: 10, height: 10 })).toEqual([])
    expect(forceLayout(1, [], { width: 10, height: 10 })).toEqual([{ x: 5, y: 5 }])
  })
})

describe("akhbar report", () => {
  it("writes the report of a datasets folder", async () => {
    const dir = tempDir("report")
    writeDatasets(dir, corpus)
    expect(await reportCommand(["--in", dir, "--out", join(dir, "r.html"), "--title", "أخبار العراق"], silent)).toBe(0)
    const page = readFileSync(join(dir, "r.html"), "utf8")
    expect(page).toContain("<title>أخبار العراق</title>")
    expect(page).toContain('<svg id="chart-network"')
    expect(await reportCommand(["--in", dir, "--quiet"], silent)).toBe(0)
    expect(readFileSync(join(dir, "report.html"), "utf8").length).toBeGreaterThan(1000)
  })

  it("exits 2 on bad usage and 1 on a folder without datasets", async () => {
    const dir = tempDir("report")
    expect(await reportCommand([], silent)).toBe(2)
    expect(await reportCommand(["--in", join(dir, "missing")], silent)).toBe(2)
    expect(await reportCommand(["--in", dir, "--out", dir], silent)).toBe(2)
    expect(await reportCommand(["--in", dir, "--bogus"], silent)).toBe(2)
    expect(await reportCommand(["--in", dir], silent)).toBe(1)
  })
})
