/**
 * The plain API on one article in memory: no Effect, no files.
 *
 *   npx tsx examples/process-one-article.ts
 */
import { articleFromText, normalize, processArticle } from "../src/index.js"

const text = [
  "اقتصاد",
  "الحكومة العراقية تعلن موازنة جديدة بقيمة 150 تريليون دينار",
  "بغداد - أعلن وزير المالية العراقي اليوم الأحد 5 أيار/مايو 2024 أن الموازنة الجديدة تخصص نحو 3.4 مليار دولار للكهرباء.",
  "وقال الوزير إن الحكومة ستنفق أكثر من 64٪ من الإيرادات على الرواتب."
].join("\n")

const result = processArticle(articleFromText(text, { id: "example-1", outlet: "مثال" }))

console.log("document:", result.document)
for (const s of result.segments) {
  console.log(`${s.role.padEnd(9)} [${s.start}, ${s.end})  ${s.text}`)
  // offsets slice the original text exactly
  if (text.slice(s.start, s.end) !== s.text) throw new Error("offset invariant broken")
}
for (const q of result.quantities) console.log("quantity:", q.text, "→", q.value, q.unit, q.approx)
for (const d of result.dates) console.log("date:", d.text, "→", d.value, d.granularity)
for (const m of result.mentions) console.log("mention:", m.text, m.type)

// normalization keeps a map back to the raw text
const n = normalize("أعلنَ الوزيرُ", "match")
const at = n.text.indexOf("الوزير")
console.log("normalized:", n.text, "→ raw span", n.toRaw(at, at + "الوزير".length))
