const ESCAPES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }

/**
 * Escapes text for HTML and SVG, in element content and in quoted attribute values alike.
 *
 * @example
 * ```ts
 * import { escapeHtml } from "akhbar"
 * escapeHtml('<b title="x">') // "&lt;b title=&quot;x&quot;&gt;"
 * ```
 */
export const escapeHtml = (text: unknown): string => String(text ?? "").replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c)

/**
 * A number for display: thousands separated with commas, at most two decimals (Western digits,
 * the same on every machine).
 *
 * @example
 * ```ts
 * import { formatNumber } from "akhbar"
 * formatNumber(3400000000) // "3,400,000,000"
 * formatNumber(2.5) // "2.5"
 * ```
 */
export const formatNumber = (n: number): string => {
  if (!Number.isFinite(n)) return String(n)
  const fixed = (Math.round(n * 100) / 100).toString()
  if (/e/i.test(fixed)) return fixed
  const [int = "", frac] = fixed.split(".")
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",")
  return frac === undefined ? grouped : `${grouped}.${frac}`
}

/**
 * Shortens a text to at most `max` characters (code points), ending with an ellipsis when cut.
 *
 * @example
 * ```ts
 * import { truncate } from "akhbar"
 * truncate("وزارة الخارجية والمغتربين", 10) // "وزارة الخ…"
 * ```
 */
export const truncate = (text: string, max: number): string => {
  const chars = [...text]
  return chars.length <= max ? text : chars.slice(0, Math.max(1, max - 1)).join("") + "…"
}

/**
 * The fragment (`#seg-…`) that links to a sentence of the report's sentence list.
 *
 * @example
 * ```ts
 * import { segmentAnchor } from "akhbar"
 * segmentAnchor("doc-1:3") // "seg-doc-1:3"
 * ```
 */
export const segmentAnchor = (segId: string): string => `seg-${segId}`

/**
 * The `href` (percent-encoded, then escaped for an attribute) of a link to {@link segmentAnchor}.
 *
 * @example
 * ```ts
 * import { segmentHref } from "akhbar"
 * segmentHref("doc-1:3") // "#seg-doc-1%3A3"
 * ```
 */
export const segmentHref = (segId: string): string => escapeHtml(`#${encodeURIComponent(segmentAnchor(segId))}`)

const SCALES: ReadonlyArray<readonly [number, string]> = [
  [1e12, "تريليون"],
  [1e9, "مليار"],
  [1e6, "مليون"]
]

/**
 * A large number in words as Arabic news prints it (`3.4 مليار`), for tables; numbers under a
 * million as {@link formatNumber}.
 *
 * @example
 * ```ts
 * import { formatCompact } from "akhbar"
 * formatCompact(3.4e9) // "3.4 مليار"
 * formatCompact(12500) // "12,500"
 * ```
 */
export const formatCompact = (n: number): string => {
  for (const [scale, word] of SCALES) if (Math.abs(n) >= scale) return `${formatNumber(n / scale)} ${word}`
  return formatNumber(n)
}
