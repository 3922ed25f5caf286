import { escapeHtml, formatNumber, truncate } from "../escape.js"

/** One bar of {@link barChart}. */
export interface Bar {
  readonly label: string
  readonly value: number
  /** Tooltip (default: label and value). */
  readonly title?: string | undefined
}

/**
 * A horizontal bar chart as inline SVG, laid out right to left: labels on the right, bars growing
 * leftwards, values at the end of the bars. All text is escaped.
 *
 * @example
 * ```ts
 * import { barChart } from "akhbar"
 * barChart("chart-entities-loc", [{ label: "العراق", value: 12 }], { color: "#047857", label: "أماكن" })
 * // '<svg id="chart-entities-loc" …'
 * ```
 */
export const barChart = (
  id: string,
  bars: ReadonlyArray<Bar>,
  options: { readonly color: string; readonly label: string; readonly width?: number }
): string => {
  const W = options.width ?? 460
  const rowH = 26
  const labelW = 150
  const barRight = W - labelW - 10
  const maxLen = barRight - 56
  const H = Math.max(1, bars.length) * rowH + 8
  const max = Math.max(1, ...bars.map((b) => b.value))
  const rows = bars.map((b, i) => {
    const y = 4 + i * rowH
    const len = Math.max(2, (b.value / max) * maxLen)
    const title = b.title ?? `${b.label}: ${formatNumber(b.value)}`
    return (
      `<g class="bar"><title>${escapeHtml(title)}</title>` +
      `<text class="bar-label" x="${W - 4}" y="${y + rowH / 2}" dominant-baseline="central" text-anchor="start">${escapeHtml(truncate(b.label, 24))}</text>` +
      `<rect x="${(barRight - len).toFixed(1)}" y="${y + 5}" width="${len.toFixed(1)}" height="${rowH - 10}" rx="3" fill="${escapeHtml(options.color)}"/>` +
      `<text class="bar-value" x="${(barRight - len - 6).toFixed(1)}" y="${y + rowH / 2}" dominant-baseline="central" text-anchor="start">${formatNumber(b.value)}</text>` +
      `</g>`
    )
  })
  const empty = bars.length === 0 ? `<text class="empty" x="${W / 2}" y="${H / 2}" text-anchor="middle" dominant-baseline="central">لا بيانات</text>` : ""
  return (
    `<svg id="${escapeHtml(id)}" class="chart bars" direction="rtl" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${escapeHtml(options.label)}">` +
    rows.join("") +
    empty +
    `</svg>`
  )
}
