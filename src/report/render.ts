import { aggregateRecords, type CorpusDatasets } from "../aggregate/aggregate.js"
import type { AggregateRecords } from "../aggregate/schema.js"
import type { DocumentRecord } from "../model/document.js"
import { VERSION } from "../version.js"
import { corpusSummary, entityTotals } from "./data.js"
import { escapeHtml } from "./escape.js"
import { REPORT_SCRIPT } from "./script.js"
import {
  entitiesSection,
  linkedSentences,
  networkSection,
  outletsSection,
  quantitiesSection,
  sentencesSection,
  summarySection,
  timelineSection
} from "./sections.js"
import { REPORT_CSS } from "./style.js"

/** Options of {@link renderReport}. */
export interface ReportOptions {
  /** Title shown at the top and in the browser tab (default "تقرير المدوّنة"). */
  readonly title?: string | undefined
  /** A line under the title, e.g. where the data comes from. */
  readonly subtitle?: string | undefined
  /** Entities per type in the bar charts (default 10). */
  readonly topEntities?: number | undefined
  /** Rows of the quantities and timeline tables (default 500 each). */
  readonly maxRows?: number | undefined
}

// Nothing may be fetched: everything the page needs is inline.
const CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"

/**
 * Renders the corpus report: ONE self-contained HTML page (inline styles, inline SVG charts, one
 * small inline script, no network access — a Content-Security-Policy forbids any fetch), in Arabic,
 * right to left. It holds the corpus summary, the most mentioned entities of each type (bar
 * charts), a timeline of dated mentions, the co-occurrence network of the top entities, the
 * quantities with links to their sentences (`#seg-<seg_id>`), the outlets, and the linked
 * sentences. All text from the data is escaped. The output depends only on the input (no clock).
 *
 * @example
 * ```ts
 * import { renderReport, readDatasets, aggregateRecords } from "akhbar"
 * import { writeFileSync } from "node:fs"
 * const { datasets } = readDatasets("out")
 * writeFileSync("report.html", renderReport(datasets, aggregateRecords(datasets)))
 * ```
 */
export const renderReport = (
  datasets: CorpusDatasets,
  aggregates: AggregateRecords = aggregateRecords(datasets),
  options: ReportOptions = {}
): string => {
  const limits = { topEntities: options.topEntities ?? 10, maxRows: options.maxRows ?? 500 }
  const title = options.title ?? "تقرير المدوّنة"
  const documents = new Map<string, DocumentRecord>((datasets.documents ?? []).map((d) => [d.doc_id, d]))
  const totals = entityTotals(aggregates.entity_counts)
  const quantities = datasets.quantities ?? []
  const sentences = linkedSentences(datasets, quantities.slice(0, limits.maxRows), aggregates.timeline.slice(0, limits.maxRows))
  const nav = [
    ["summary", "الملخص"],
    ["entities", "الكيانات"],
    ["timeline", "الخط الزمني"],
    ["network", "الشبكة"],
    ["quantities", "الكميات"],
    ["outlets", "المنابر"],
    ["sentences", "الجمل"]
  ]
    .map(([id, label]) => `<a href="#${id}">${label}</a>`)
    .join("")
  return [
    `<!doctype html>`,
    `<html lang="ar" dir="rtl">`,
    `<head>`,
    `<meta charset="utf-8">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    `<meta name="generator" content="akhbar ${VERSION}">`,
    `<title>${escapeHtml(title)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    `</head>`,
    `<body>`,
    `<main>`,
    `<header><h1>${escapeHtml(title)}</h1>${options.subtitle === undefined ? "" : `<p>${escapeHtml(options.subtitle)}</p>`}</header>`,
    `<nav>${nav}</nav>`,
    summarySection(corpusSummary(datasets, aggregates)),
    entitiesSection(totals, limits),
    timelineSection(aggregates.timeline, limits),
    networkSection(totals, aggregates.cooccurrence),
    quantitiesSection(quantities, aggregates.quantities_by_unit, documents, limits),
    outletsSection(aggregates.outlets),
    sentencesSection(sentences, documents),
    `<footer>أُنشئ بواسطة <bdi>akhbar ${VERSION}</bdi></footer>`,
    `</main>`,
    `<script>${REPORT_SCRIPT}</script>`,
    `</body>`,
    `</html>`,
    ``
  ].join("\n")
}
