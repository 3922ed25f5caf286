import type { CooccurrenceRecord } from "../../aggregate/records/cooccurrence.js"
import { compareKeys } from "../../aggregate/compare.js"
import type { EntityTotal } from "../data.js"
import { escapeHtml, formatNumber, truncate } from "../escape.js"
import { forceLayout } from "../layout.js"
import { ENTITY_STYLE } from "../palette.js"

const TYPE_ORDER = ["PERSON", "ORG", "LOC", "MISC"] as const

/** Options of {@link networkChart}. */
export interface NetworkOptions {
  /** Most nodes shown (the most mentioned entities that have an edge; default 40). */
  readonly maxNodes?: number
  /** Most edges shown (the strongest by sentences, then Jaccard; default 160). */
  readonly maxEdges?: number
  readonly width?: number
  readonly height?: number
}

/**
 * The co-occurrence network of the most mentioned entities as inline SVG: node area by mentions,
 * colour by type, edge width by shared sentences and opacity by Jaccard index, placed by the
 * deterministic {@link forceLayout}. Nodes carry `data-id` and edges `data-a`/`data-b`, for the
 * report's hover highlighting.
 *
 * @example
 * ```ts
 * import { entityTotals, networkChart } from "akhbar"
 * networkChart("chart-network", entityTotals(aggregates.entity_counts), aggregates.cooccurrence)
 * ```
 */
export const networkChart = (
  id: string,
  entities: ReadonlyArray<EntityTotal>,
  edges: ReadonlyArray<CooccurrenceRecord>,
  options: NetworkOptions = {}
): string => {
  const W = options.width ?? 960
  const linked = new Set(edges.flatMap((e) => [e.entity_a, e.entity_b]))
  const chosen = entities.filter((e) => linked.has(e.entity_id)).slice(0, options.maxNodes ?? 40)
  const nodes = [...chosen].sort(
    (a, b) => TYPE_ORDER.indexOf(a.type) - TYPE_ORDER.indexOf(b.type) || b.mentions - a.mentions || compareKeys(a.entity_id, b.entity_id)
  )
  const index = new Map(nodes.map((n, i) => [n.entity_id, i]))
  const shown = edges
    .filter((e) => index.has(e.entity_a) && index.has(e.entity_b))
    .sort((a, b) => b.sentences - a.sentences || b.jaccard - a.jaccard || compareKeys(a.entity_a, b.entity_a) || compareKeys(a.entity_b, b.entity_b))
    .slice(0, options.maxEdges ?? 160)
  const H = options.height ?? (nodes.length === 0 ? 80 : nodes.length <= 8 ? 400 : nodes.length <= 20 ? 520 : 640)
  const open = `<svg id="${escapeHtml(id)}" class="chart network" direction="rtl" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="شبكة الكيانات">`
  if (nodes.length === 0) {
    return `${open}<text class="empty" x="${W / 2}" y="${H / 2}" text-anchor="middle" dominant-baseline="central">لا كيانات مشتركة في جملة واحدة</text></svg>`
  }
  const pos = forceLayout(
    nodes.length,
    shown.map((e) => ({ source: index.get(e.entity_a)!, target: index.get(e.entity_b)!, weight: e.sentences })),
    { width: W, height: H, padding: 56 }
  )
  const maxM = Math.max(1, ...nodes.map((n) => n.mentions))
  const maxS = Math.max(1, ...shown.map((e) => e.sentences))
  const lines = shown.map((e) => {
    const a = pos[index.get(e.entity_a)!]!
    const b = pos[index.get(e.entity_b)!]!
    const tip = `${e.name_a} — ${e.name_b}: ${formatNumber(e.sentences)} جملة، ${formatNumber(e.documents)} مستند، PMI ${e.pmi.toFixed(2)}، Jaccard ${e.jaccard.toFixed(2)}`
    return (
      `<line class="edge" data-a="${escapeHtml(e.entity_a)}" data-b="${escapeHtml(e.entity_b)}" x1="${a.x.toFixed(1)}" y1="${a.y.toFixed(1)}" x2="${b.x.toFixed(1)}" y2="${b.y.toFixed(1)}" ` +
      `stroke-width="${(1 + (4 * e.sentences) / maxS).toFixed(2)}" stroke-opacity="${(0.25 + 0.6 * e.jaccard).toFixed(2)}"><title>${escapeHtml(tip)}</title></line>`
    )
  })
  const circles = nodes.map((n, i) => {
    const p = pos[i]!
    const r = 5 + 13 * Math.sqrt(n.mentions / maxM)
    const tip = `${n.name} (${ENTITY_STYLE[n.type].singular}): ${formatNumber(n.mentions)} إشارة في ${formatNumber(n.documents)} مستند`
    return (
      `<g class="node" data-id="${escapeHtml(n.entity_id)}" tabindex="0"><title>${escapeHtml(tip)}</title>` +
      `<circle cx="${p.x.toFixed(1)}" cy="${p.y.toFixed(1)}" r="${r.toFixed(1)}" fill="${ENTITY_STYLE[n.type].color}"/>` +
      `<text class="node-label" x="${p.x.toFixed(1)}" y="${(p.y + r + 14).toFixed(1)}" text-anchor="middle">${escapeHtml(truncate(n.name, 20))}</text></g>`
    )
  })
  return `${open}<g class="edges">${lines.join("")}</g><g class="nodes">${circles.join("")}</g></svg>`
}
