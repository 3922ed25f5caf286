import type { CorpusDatasets } from "../aggregate/aggregate.js"
import { UNKNOWN_OUTLET } from "../aggregate/records/outlet.js"
import type { AggregateRecords } from "../aggregate/schema.js"
import type { DocumentRecord } from "../model/document.js"
import type { QuantityRecord } from "../model/quantity.js"
import type { SegmentRecord } from "../model/segment.js"
import { EntityType } from "../model/vocabulary.js"
import { barChart } from "./charts/bars.js"
import { networkChart } from "./charts/network.js"
import { timelineChart } from "./charts/timeline.js"
import type { CorpusSummary, EntityTotal } from "./data.js"
import { escapeHtml, formatCompact, formatNumber, segmentAnchor, segmentHref, truncate } from "./escape.js"
import { ENTITY_STYLE } from "./palette.js"

/** Limits of the report's lists. */
export interface ReportLimits {
  /** Entities per type in the bar charts (default 10). */
  readonly topEntities: number
  /** Rows of the quantities and timeline tables (default 500 each). */
  readonly maxRows: number
}

const e = escapeHtml
const num = (n: number): string => `<td class="num">${formatNumber(n)}</td>`
const big = (n: number): string => `<td class="num" title="${formatNumber(n)}"><bdi>${formatCompact(n)}</bdi></td>`
const cell = (text: string | null, max = 80): string =>
  text === null ? `<td class="muted">—</td>` : `<td><bdi title="${e(text)}">${e(truncate(text, max))}</bdi></td>`
const code = (text: string): string => `<td><code dir="ltr">${e(text)}</code></td>`
const more = (shown: number, total: number): string =>
  shown < total ? `<p class="note">يعرض الجدول أول ${formatNumber(shown)} من ${formatNumber(total)} صفاً؛ البيانات كاملة في ملفات المجموعة.</p>` : ""

/**
 * The summary cards: documents read and in error, segments, mentions, entities, quantities,
 * dates, outlets.
 *
 * @example
 * ```ts
 * import { summarySection } from "akhbar"
 * summarySection(summary) // '<section id="summary">…'
 * ```
 */
export const summarySection = (s: CorpusSummary): string => {
  const card = (n: number, label: string, cls = ""): string =>
    `<div class="card${cls}"><span class="n">${formatNumber(n)}</span><span class="l">${label}</span></div>`
  const range =
    s.firstPublished === null
      ? ""
      : `<p class="note">تواريخ النشر من <bdi dir="ltr">${e(s.firstPublished)}</bdi> إلى <bdi dir="ltr">${e(s.lastPublished ?? s.firstPublished)}</bdi>.</p>`
  return (
    `<section id="summary"><h2>ملخص المدوّنة</h2><div class="cards">` +
    card(s.documents, "مستند مقروء") +
    card(s.errors, "مدخل تعذرت قراءته", s.errors > 0 ? " bad" : "") +
    card(s.segments, "مقطع (جملة أو سطر)") +
    card(s.mentions, "إشارة إلى كيان") +
    card(s.entities, "كيان مميز") +
    card(s.quantities, "عدد أو كمية") +
    card(s.dates, "تعبير زمني") +
    card(s.outlets, "منبر إعلامي") +
    `</div>${range}</section>`
  )
}

/**
 * Bar charts of the most mentioned entities of each type (`chart-entities-person`, `-org`, `-loc`,
 * `-misc`).
 *
 * @example
 * ```ts
 * import { entitiesSection, entityTotals } from "akhbar"
 * entitiesSection(entityTotals(aggregates.entity_counts), { topEntities: 10, maxRows: 500 })
 * ```
 */
export const entitiesSection = (totals: ReadonlyArray<EntityTotal>, limits: ReportLimits): string => {
  const figures = EntityType.options.map((type) => {
    const ofType = totals.filter((t) => t.type === type)
    const style = ENTITY_STYLE[type]
    const bars = ofType.slice(0, limits.topEntities).map((t) => ({
      label: t.name,
      value: t.mentions,
      title: `${t.name}: ${formatNumber(t.mentions)} إشارة في ${formatNumber(t.documents)} مستند`
    }))
    return (
      `<figure><h3><span class="swatch" style="background:${style.color}"></span>${style.label} <span class="note">(${formatNumber(ofType.length)})</span></h3>` +
      barChart(`chart-entities-${type.toLowerCase()}`, bars, { color: style.color, label: `أكثر ${style.label} ذكراً` }) +
      `</figure>`
    )
  })
  return `<section id="entities"><h2>أكثر الكيانات ذكراً</h2><p class="note">عدد الإشارات في المدوّنة كلها، لكل نوع.</p><div class="grid2">${figures.join("")}</div></section>`
}

/**
 * The timeline: a dot plot of dated mentions and a table of them with their sentences and entities.
 *
 * @example
 * ```ts
 * import { timelineSection } from "akhbar"
 * timelineSection(aggregates.timeline, { topEntities: 10, maxRows: 500 })
 * ```
 */
export const timelineSection = (rows: AggregateRecords["timeline"], limits: ReportLimits): string => {
  const unplaced = rows.filter((r) => r.sort_date === null).length
  const shown = rows.slice(0, limits.maxRows)
  const body = shown
    .map(
      (r) =>
        `<tr><td class="num"><bdi dir="ltr">${r.sort_date === null ? "—" : e(r.sort_date)}</bdi></td>${cell(r.text, 40)}` +
        `<td>${r.sentence === null ? "" : `<a href="${segmentHref(r.seg_id)}">${e(truncate(r.sentence, 110))}</a>`}</td>` +
        `${cell(r.entity_names.length === 0 ? null : r.entity_names.join("، "), 80)}</tr>`
    )
    .join("")
  return (
    `<section id="timeline"><h2>الخط الزمني</h2>` +
    `<figure>${timelineChart("chart-timeline", rows)}<figcaption>كل نقطة تعبير زمني في جملة، والزمن يسير من اليمين إلى اليسار؛ ` +
    `النقر على نقطة يفتح جملتها.${unplaced > 0 ? ` ${formatNumber(unplaced)} تعبيراً بلا تاريخ محدد (نسبي أو هجري) لا تظهر في الرسم.` : ""}</figcaption></figure>` +
    (rows.length === 0
      ? ""
      : `<div class="table-wrap"><table><thead><tr><th>التاريخ</th><th>العبارة</th><th>الجملة</th><th>الكيانات في الجملة</th></tr></thead><tbody>${body}</tbody></table></div>${more(shown.length, rows.length)}`) +
    `</section>`
  )
}

/**
 * The co-occurrence network of the most mentioned entities, with a legend.
 *
 * @example
 * ```ts
 * import { networkSection, entityTotals } from "akhbar"
 * networkSection(entityTotals(aggregates.entity_counts), aggregates.cooccurrence)
 * ```
 */
export const networkSection = (totals: ReadonlyArray<EntityTotal>, edges: AggregateRecords["cooccurrence"]): string => {
  const legend = EntityType.options.map((t) => `<span style="--c:${ENTITY_STYLE[t].color}">${ENTITY_STYLE[t].label}</span>`).join("")
  return (
    `<section id="network"><h2>شبكة الكيانات</h2>` +
    `<figure>${networkChart("chart-network", totals, edges)}<figcaption>كيانان مرتبطان إذا ذُكرا في جملة واحدة؛ سماكة الخط بعدد الجمل المشتركة ` +
    `وقتامته بمؤشر جاكار. حجم الدائرة بعدد الإشارات.</figcaption><div class="legend">${legend}</div></figure></section>`
  )
}

/**
 * The quantities: summary by unit and kind, and every quantity with a link to its sentence.
 *
 * @example
 * ```ts
 * import { quantitiesSection } from "akhbar"
 * quantitiesSection(datasets.quantities ?? [], aggregates.quantities_by_unit, docs, { topEntities: 10, maxRows: 500 })
 * ```
 */
export const quantitiesSection = (
  quantities: ReadonlyArray<QuantityRecord>,
  byUnit: AggregateRecords["quantities_by_unit"],
  documents: ReadonlyMap<string, DocumentRecord>,
  limits: ReportLimits
): string => {
  const units = byUnit
    .map((u) => `<tr>${code(u.unit)}${code(u.kind)}${num(u.count)}${num(u.documents)}${big(u.sum)}${big(u.min)}${big(u.max)}${big(u.mean)}</tr>`)
    .join("")
  const shown = quantities.slice(0, limits.maxRows)
  const rows = shown
    .map((q) => {
      const value = q.value_max === null ? formatCompact(q.value) : `${formatCompact(q.value)}–${formatCompact(q.value_max)}`
      const doc = documents.get(q.doc_id)
      return (
        `<tr>${cell(q.text, 50)}<td class="num"><bdi>${value}</bdi></td>${code(q.unit)}${code(q.kind)}${code(q.approx)}` +
        `${cell(doc?.title ?? q.doc_id, 50)}<td><a href="${segmentHref(q.seg_id)}">الجملة</a></td></tr>`
      )
    })
    .join("")
  return (
    `<section id="quantities"><h2>الأعداد والكميات</h2>` +
    (byUnit.length === 0
      ? `<p class="note">لا كميات في المدوّنة.</p>`
      : `<h3>حسب الوحدة والنوع</h3><div class="table-wrap"><table id="table-units"><thead><tr><th>الوحدة</th><th>النوع</th><th>العدد</th><th>المستندات</th><th>المجموع</th><th>الأدنى</th><th>الأعلى</th><th>المتوسط</th></tr></thead><tbody>${units}</tbody></table></div>` +
        `<p class="note">تُحتسب النطاقات بحدها الأدنى في المجموع والمتوسط، وبحدها الأعلى في «الأعلى».</p>` +
        `<h3>كل الكميات</h3><div class="table-wrap"><table id="table-quantities"><thead><tr><th>العبارة</th><th>القيمة</th><th>الوحدة</th><th>النوع</th><th>الدقة</th><th>المستند</th><th></th></tr></thead><tbody>${rows}</tbody></table></div>${more(shown.length, quantities.length)}`) +
    `</section>`
  )
}

/**
 * The outlets table: documents, words, mentions, publication range and most mentioned entities.
 *
 * @example
 * ```ts
 * import { outletsSection } from "akhbar"
 * outletsSection(aggregates.outlets)
 * ```
 */
export const outletsSection = (outlets: AggregateRecords["outlets"]): string => {
  const rows = outlets
    .map(
      (o) =>
        `<tr>${cell(o.outlet === UNKNOWN_OUTLET ? "(غير معروف)" : o.outlet, 40)}${num(o.documents)}${num(o.errors)}${num(o.words)}${num(o.mentions)}` +
        `<td class="num"><bdi dir="ltr">${e(o.first_published ?? "—")}</bdi></td><td class="num"><bdi dir="ltr">${e(o.last_published ?? "—")}</bdi></td>` +
        `${cell(o.top_entities.length === 0 ? null : o.top_entities.join("، "), 90)}</tr>`
    )
    .join("")
  return (
    `<section id="outlets"><h2>المنابر</h2><div class="table-wrap"><table id="table-outlets"><thead><tr><th>المنبر</th><th>المستندات</th><th>أخطاء</th><th>الكلمات</th><th>الإشارات</th>` +
    `<th>أول نشر</th><th>آخر نشر</th><th>أكثر الكيانات ذكراً</th></tr></thead><tbody>${rows}</tbody></table></div></section>`
  )
}

/** A sentence the report links to, with the spans to highlight (document offsets). */
export interface LinkedSentence {
  readonly seg_id: string
  readonly doc_id: string
  readonly start: number
  readonly text: string
  readonly marks: ReadonlyArray<{ readonly start: number; readonly end: number; readonly kind: "q" | "d" }>
}

const highlight = (s: LinkedSentence): string => {
  let out = ""
  let at = 0
  for (const m of [...s.marks].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const from = m.start - s.start
    const to = m.end - s.start
    if (from < at || from < 0 || to > s.text.length || to <= from) continue
    out += e(s.text.slice(at, from)) + `<mark class="${m.kind}">${e(s.text.slice(from, to))}</mark>`
    at = to
  }
  return out + e(s.text.slice(at))
}

/**
 * The sentences that the timeline and the quantities link to, each with `id="seg-<seg_id>"`, the
 * quantities (blue) and dates (green) highlighted, and its document's title, outlet and date.
 *
 * @example
 * ```ts
 * import { sentencesSection } from "akhbar"
 * sentencesSection([{ seg_id: "d:1", doc_id: "d", start: 0, text: "جملة", marks: [] }], new Map())
 * ```
 */
export const sentencesSection = (sentences: ReadonlyArray<LinkedSentence>, documents: ReadonlyMap<string, DocumentRecord>): string => {
  const items = sentences
    .map((s) => {
      const d = documents.get(s.doc_id)
      const meta = [d?.title ?? s.doc_id, d?.outlet, d?.published].filter((x): x is string => x !== null && x !== undefined)
      return `<li id="${e(segmentAnchor(s.seg_id))}">${s.text === "" ? `<span class="muted">(نص الجملة غير متوفر)</span>` : highlight(s)}<span class="meta">${meta.map((m) => `<bdi>${e(m)}</bdi>`).join(" · ")}</span></li>`
    })
    .join("")
  return (
    `<section id="sentences"><h2>الجمل المرجعية</h2><p class="note">الجمل التي وردت فيها الكميات <mark class="q">بالأزرق</mark> والتواريخ <mark class="d">بالأخضر</mark>.</p>` +
    (sentences.length === 0 ? `<p class="note">لا جمل.</p>` : `<ol class="sentences">${items}</ol>`) +
    `</section>`
  )
}

/**
 * The sentences the report links to: those of the quantities and timeline rows shown, in document
 * order, text from `segments` (or from the timeline when segments are absent).
 *
 * @example
 * ```ts
 * import { linkedSentences } from "akhbar"
 * linkedSentences(datasets, quantitiesShown, timelineShown)
 * ```
 */
export const linkedSentences = (
  datasets: CorpusDatasets,
  quantities: ReadonlyArray<QuantityRecord>,
  timeline: AggregateRecords["timeline"]
): Array<LinkedSentence> => {
  const wanted = new Map<string, { doc_id: string; marks: Array<LinkedSentence["marks"][number]>; fallback: string | null }>()
  const want = (seg_id: string, doc_id: string): { marks: Array<LinkedSentence["marks"][number]>; fallback: string | null } => {
    let w = wanted.get(seg_id)
    if (w === undefined) {
      w = { doc_id, marks: [], fallback: null }
      wanted.set(seg_id, w)
    }
    return w
  }
  for (const q of quantities) want(q.seg_id, q.doc_id).marks.push({ start: q.start, end: q.end, kind: "q" })
  for (const t of timeline) {
    const w = want(t.seg_id, t.doc_id)
    w.marks.push({ start: t.start, end: t.end, kind: "d" })
    w.fallback ??= t.sentence
  }
  const segments = new Map<string, SegmentRecord>()
  for (const s of datasets.segments ?? []) if (wanted.has(s.seg_id)) segments.set(s.seg_id, s)
  const docOrder = new Map((datasets.documents ?? []).map((d, i) => [d.doc_id, i]))
  const out: Array<LinkedSentence & { order: number; index: number }> = []
  for (const [seg_id, w] of wanted) {
    const s = segments.get(seg_id)
    if (s !== undefined) out.push({ seg_id, doc_id: w.doc_id, start: s.start, text: s.text, marks: w.marks, order: docOrder.get(w.doc_id) ?? Infinity, index: s.index })
    else if (w.fallback !== null) out.push({ seg_id, doc_id: w.doc_id, start: 0, text: w.fallback, marks: [], order: docOrder.get(w.doc_id) ?? Infinity, index: 0 })
    else out.push({ seg_id, doc_id: w.doc_id, start: 0, text: "", marks: [], order: docOrder.get(w.doc_id) ?? Infinity, index: 0 })
  }
  out.sort((a, b) => a.order - b.order || (a.doc_id < b.doc_id ? -1 : a.doc_id > b.doc_id ? 1 : 0) || a.index - b.index || (a.seg_id < b.seg_id ? -1 : a.seg_id > b.seg_id ? 1 : 0))
  return out.map(({ order: _o, index: _i, ...s }) => s)
}
