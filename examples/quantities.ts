/**
 * What a corpus counts and measures: quantities summarized by unit and kind, the largest amounts
 * of money with the sentence each comes from (every value traces back to its characters), and
 * Parquet files for pandas or DuckDB (`quantities.parquet`, `quantities_by_unit.parquet`).
 *
 *   npx tsx examples/quantities.ts [INPUT_DIR] [OUT_DIR]
 */
import { join } from "node:path"
import { RECORD_DATASETS, run } from "../src/index.js"
import { AGGREGATE_DATASETS, aggregateRecords, readDatasets } from "../src/aggregate/index.js"
import { writeParquet } from "../src/write/columnar.js"

const input = process.argv[2] ?? "fixtures/articles"
const out = process.argv[3] ?? "out/quantities"

const result = await run({ inputs: [input], out, format: ["json"] })
if (!result.ok) {
  console.error(`cannot process ${input}: ${result.error.message}`)
  process.exit(1)
}
const { datasets } = readDatasets(out)
const { quantities_by_unit } = aggregateRecords(datasets)
const quantities = datasets.quantities ?? []

console.log(`${quantities.length} quantities in ${quantities_by_unit.length} units`)
console.log("kind      unit          count  docs            min             max")
for (const u of quantities_by_unit) {
  console.log(`${u.kind.padEnd(9)} ${u.unit.padEnd(12)} ${String(u.count).padStart(6)} ${String(u.documents).padStart(5)} ${u.min.toLocaleString("en-US").padStart(15)} ${u.max.toLocaleString("en-US").padStart(15)}`)
}

// the largest amounts of money, each with the sentence it was read from
const sentences = new Map((datasets.segments ?? []).map((s) => [s.seg_id, s]))
const money = quantities.filter((q) => q.kind === "money").sort((a, b) => b.value - a.value)
for (const q of money.slice(0, 10)) {
  const s = sentences.get(q.seg_id)
  console.log(`${q.value.toLocaleString("en-US")} ${q.currency ?? q.unit}  «${q.text}»  ${s === undefined ? "" : `— ${s.text.slice(0, 100)}`}`)
}

writeParquet(join(out, "quantities.parquet"), quantities, RECORD_DATASETS.quantities)
writeParquet(join(out, "quantities_by_unit.parquet"), quantities_by_unit, AGGREGATE_DATASETS.quantities_by_unit)
console.log(`→ ${join(out, "quantities.parquet")}, ${join(out, "quantities_by_unit.parquet")}`)
