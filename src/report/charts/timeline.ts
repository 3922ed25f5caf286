import type { TimelineRecord } from "../../aggregate/records/timeline.js"
import { escapeHtml, segmentHref, truncate } from "../escape.js"

const DAY = 86_400_000
const MAX_STACK = 12

type Unit = "day" | "month" | "year"

const time = (iso: string): number => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)))
const binKey = (iso: string, unit: Unit): string => (unit === "day" ? iso.slice(0, 10) : unit === "month" ? iso.slice(0, 7) : iso.slice(0, 4))
const binTime = (key: string, unit: Unit): number =>
  unit === "day" ? time(key) : unit === "month" ? time(`${key}-15`) : time(`${key}-07-01`)
const label = (t: number, unit: Unit): string => binKey(new Date(t).toISOString(), unit)

const GRANULARITY_COLOR: Readonly<Record<string, string>> = {
  day: "#0f766e",
  month: "#0284c7",
  year: "#64748b",
  weekday: "#a16207",
  relative: "#a16207"
}

/**
 * A dot plot of dated mentions as inline SVG: one dot per `timeline` row with a `sort_date`,
 * stacked per day (per month or year for long spans), time running right to left as Arabic is
 * read; every dot links to its sentence (`#seg-…`) and has the date phrase and sentence as tooltip.
 *
 * @example
 * ```ts
 * import { timelineChart } from "akhbar"
 * timelineChart("chart-timeline", aggregates.timeline) // '<svg id="chart-timeline" …'
 * ```
 */
export const timelineChart = (id: string, rows: ReadonlyArray<TimelineRecord>, options: { readonly width?: number } = {}): string => {
  const W = options.width ?? 960
  const placed = rows.filter((r): r is TimelineRecord & { sort_date: string } => r.sort_date !== null)
  if (placed.length === 0) {
    return `<svg id="${escapeHtml(id)}" class="chart timeline" direction="rtl" viewBox="0 0 ${W} 60" width="${W}" height="60" role="img" aria-label="الخط الزمني"><text class="empty" x="${W / 2}" y="30" text-anchor="middle" dominant-baseline="central">لا تواريخ</text></svg>`
  }
  let t0 = Math.min(...placed.map((r) => time(r.sort_date)))
  let t1 = Math.max(...placed.map((r) => time(r.sort_date)))
  const span = (t1 - t0) / DAY
  const unit: Unit = span <= 200 ? "day" : span <= 3650 ? "month" : "year"
  const pad = Math.max(3 * DAY, (t1 - t0) * 0.04)
  t0 -= pad
  t1 += pad
  const left = 24
  const right = W - 24
  const x = (t: number): number => right - ((t - t0) / (t1 - t0)) * (right - left)

  const bins = new Map<string, Array<TimelineRecord>>()
  for (const r of placed) {
    const k = binKey(r.sort_date, unit)
    const list = bins.get(k)
    if (list === undefined) bins.set(k, [r])
    else list.push(r)
  }
  const tallest = Math.min(MAX_STACK, Math.max(...[...bins.values()].map((b) => b.length)))
  const plotH = Math.max(50, tallest * 11 + 24)
  const axisY = 8 + plotH
  const H = axisY + 34

  const dots: Array<string> = []
  for (const [key, list] of bins) {
    const cx = x(binTime(key, unit)).toFixed(1)
    list.slice(0, MAX_STACK).forEach((r, j) => {
      const tip = `${r.sort_date} — ${r.text}${r.sentence === null ? "" : ` — ${truncate(r.sentence, 140)}`}`
      dots.push(
        `<a href="${segmentHref(r.seg_id)}"><circle cx="${cx}" cy="${axisY - 8 - j * 11}" r="4.5" fill="${GRANULARITY_COLOR[r.granularity] ?? "#475569"}"><title>${escapeHtml(tip)}</title></circle></a>`
      )
    })
    if (list.length > MAX_STACK) {
      dots.push(`<text class="more" x="${cx}" y="${axisY - 8 - MAX_STACK * 11}" text-anchor="middle" direction="ltr">+${list.length - MAX_STACK}</text>`)
    }
  }

  const ticks: Array<string> = []
  const seen = new Set<string>()
  const n = Math.max(2, Math.min(7, Math.floor(W / 140)))
  for (let i = 0; i < n; i++) {
    const t = t0 + pad + ((t1 - t0 - 2 * pad) * i) / (n - 1)
    const text = label(t, unit)
    if (seen.has(text)) continue
    seen.add(text)
    const tx = x(t).toFixed(1)
    ticks.push(
      `<line class="tick" x1="${tx}" x2="${tx}" y1="${axisY}" y2="${axisY + 5}"/><text class="tick-label" x="${tx}" y="${axisY + 20}" text-anchor="middle" direction="ltr">${text}</text>`
    )
  }
  return (
    `<svg id="${escapeHtml(id)}" class="chart timeline" direction="rtl" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="الخط الزمني">` +
    `<line class="axis" x1="${left}" x2="${right}" y1="${axisY}" y2="${axisY}"/>` +
    ticks.join("") +
    dots.join("") +
    `</svg>`
  )
}
