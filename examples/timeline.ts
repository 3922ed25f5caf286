/**
 * A timeline of the events a corpus dates: every date expression with a sortable date, its
 * sentence and the entities of that sentence, printed month by month and written as CSV and
 * Parquet (`timeline.csv`, `timeline.parquet`) for plotting.
 *
 *   npx tsx examples/timeline.ts [INPUT_DIR] [OUT_DIR]
 */
import { join } from "node:path"
import { escape, op } from "arquero"
import { run, toCsv } from "../src/index.js"
import { aggregate, AGGREGATE_DATASETS, readDatasets, tableRecords, TimelineRecord } from "../src/aggregate/index.js"
import { columnsOf } from "../src/model/index.js"
import { writeFileAtomic, writeParquet } from "../src/write/columnar.js"

const input = process.argv[2] ?? "fixtures/articles"
const out = process.argv[3] ?? "out/timeline"

const result = await run({ inputs: [input], out, format: ["json"] })
if (!result.ok) {
  console.error(`cannot process ${input}: ${result.error.message}`)
  process.exit(1)
}

// the aggregates as arquero tables: filter and group with arquero verbs
const { timeline } = aggregate(readDatasets(out).datasets)
const placed = timeline.filter(escape((d: { sort_date: string | null }) => d.sort_date !== null))
const byMonth = placed
  .derive({ month: escape((d: { sort_date: string }) => d.sort_date.slice(0, 7)) })
  .groupby("month")
  .rollup({ dates: op.count(), documents: op.distinct("doc_id") })
  .orderby("month")
console.log(`${timeline.numRows()} date expressions, ${placed.numRows()} placed on the calendar`)
console.log(byMonth.toMarkdown())

// arquero is loosely typed: validate what leaves it, then write
const rows = tableRecords(placed, TimelineRecord)
for (const r of rows.slice(0, 15)) {
  const who = r.entity_names.length > 0 ? `  [${r.entity_names.join("، ")}]` : ""
  console.log(`${r.sort_date}  ${r.text}  —  ${(r.sentence ?? "").slice(0, 90)}${who}`)
}
writeFileAtomic(join(out, "timeline.csv"), toCsv(rows, columnsOf(AGGREGATE_DATASETS.timeline)))
writeParquet(join(out, "timeline.parquet"), rows, AGGREGATE_DATASETS.timeline)
console.log(`→ ${join(out, "timeline.csv")}, ${join(out, "timeline.parquet")}`)
