/**
 * The entity co-occurrence network of a corpus as CSV files for Gephi (File → Import spreadsheet)
 * or any network tool: `edges.csv` (Source, Target, Weight, Label, Type, …) and `nodes.csv`
 * (Id, Label, Category, Mentions, Documents). Two entities are linked when a sentence mentions
 * both; Weight is the number of such sentences.
 *
 *   npx tsx examples/entity-network.ts [INPUT_DIR] [OUT_DIR]
 */
import { join } from "node:path"
import { run, toCsv } from "../src/index.js"
import { aggregateRecords, readDatasets } from "../src/aggregate/index.js"
import { entityTotals } from "../src/report/index.js"
import { writeFileAtomic } from "../src/write/columnar.js"

const input = process.argv[2] ?? "fixtures/articles"
const out = process.argv[3] ?? "out/entity-network"

// 1. the datasets (documents, segments, mentions, entities, …)
const result = await run({ inputs: [input], out, format: ["json"] })
if (!result.ok) {
  console.error(`cannot process ${input}: ${result.error.message}`)
  process.exit(1)
}

// 2. the aggregates, computed from the datasets just written
const { cooccurrence, entity_counts } = aggregateRecords(readDatasets(out).datasets)

// 3. Gephi's edge and node tables
const edges = cooccurrence.map((e) => ({
  Source: e.entity_a,
  Target: e.entity_b,
  Weight: e.sentences,
  Label: `${e.name_a} — ${e.name_b}`,
  Type: "Undirected",
  Documents: e.documents,
  Jaccard: e.jaccard,
  PMI: e.pmi
}))
const nodes = entityTotals(entity_counts).map((n) => ({ Id: n.entity_id, Label: n.name, Category: n.type, Mentions: n.mentions, Documents: n.documents }))
writeFileAtomic(join(out, "edges.csv"), toCsv(edges, ["Source", "Target", "Weight", "Label", "Type", "Documents", "Jaccard", "PMI"]))
writeFileAtomic(join(out, "nodes.csv"), toCsv(nodes, ["Id", "Label", "Category", "Mentions", "Documents"]))

console.log(`${nodes.length} entities, ${edges.length} co-occurrence edges → ${join(out, "nodes.csv")}, ${join(out, "edges.csv")}`)
for (const e of [...cooccurrence].sort((a, b) => b.sentences - a.sentences || b.pmi - a.pmi).slice(0, 10)) {
  console.log(`  ${String(e.sentences).padStart(3)} sentences  ${e.name_a} — ${e.name_b}  (PMI ${e.pmi.toFixed(2)}, Jaccard ${e.jaccard.toFixed(2)})`)
}
