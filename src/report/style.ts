/**
 * The report's stylesheet, inlined in the page: a system font stack with Arabic faces, right-to-left
 * layout, cards, charts and tables.
 *
 * @example
 * ```ts
 * import { REPORT_CSS } from "akhbar"
 * REPORT_CSS.includes("Noto Sans Arabic") // true
 * ```
 */
export const REPORT_CSS = `
:root{--fg:#1f2937;--muted:#6b7280;--bg:#f6f5f2;--card:#fff;--line:#e5e7eb;--accent:#0f766e}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--fg);line-height:1.7;font-size:16px;
font-family:system-ui,-apple-system,"Segoe UI","Noto Sans Arabic","Noto Naskh Arabic","Geeza Pro","Arabic UI Text",Tahoma,"DejaVu Sans",Arial,sans-serif}
main{max-width:1060px;margin:0 auto;padding:28px 20px 60px}
header h1{margin:0 0 4px;font-size:1.9rem;line-height:1.3}
header p{margin:0;color:var(--muted)}
nav{margin:16px 0 8px;font-size:.95rem}
nav a{margin-inline-end:16px;color:var(--accent);text-decoration:none}
nav a:hover{text-decoration:underline}
section{background:var(--card);border:1px solid var(--line);border-radius:14px;padding:20px 24px;margin:20px 0;box-shadow:0 1px 2px rgba(0,0,0,.03)}
h2{margin:0 0 12px;font-size:1.3rem}
h3{margin:8px 0;font-size:1.05rem;display:flex;gap:8px;align-items:center}
h3 .swatch{width:12px;height:12px;border-radius:3px;display:inline-block}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(150px,1fr));gap:12px}
.card{border:1px solid var(--line);border-radius:10px;padding:10px 14px;background:#fcfcfb}
.card .n{display:block;font-size:1.6rem;font-weight:700;font-variant-numeric:tabular-nums}
.card .l{color:var(--muted);font-size:.9rem}
.card.bad .n{color:#b91c1c}
.grid2{display:grid;grid-template-columns:repeat(auto-fit,minmax(460px,1fr));gap:8px 24px}
figure{margin:0}
figcaption,.note{font-size:.85rem;color:var(--muted)}
svg.chart{display:block;max-width:100%;height:auto}
svg.chart text{font-family:inherit;font-size:13px;fill:var(--fg)}
svg .bar-value,svg .tick-label,svg .more{fill:var(--muted);font-size:12px}
svg .empty{fill:var(--muted)}
svg .axis,svg .tick{stroke:#9ca3af;stroke-width:1}
svg.timeline circle{stroke:#fff;stroke-width:1}
svg.timeline a:hover circle{stroke:#111827;stroke-width:2}
svg .edge{stroke:#94a3b8;transition:stroke-opacity .15s}
svg .node circle{stroke:#fff;stroke-width:1.5}
svg .node-label{font-size:12px;paint-order:stroke;stroke:#fff;stroke-width:3px;stroke-linejoin:round}
svg.network.hovering .edge{stroke-opacity:.06}
svg.network .edge.hl{stroke:#0f172a;stroke-opacity:.85}
svg.network .node.dim{opacity:.25}
svg .node{cursor:pointer;outline:none}
.legend{display:flex;flex-wrap:wrap;gap:14px;font-size:.9rem;margin-top:6px}
.legend span::before{content:"";display:inline-block;width:10px;height:10px;border-radius:50%;background:var(--c);margin-inline-end:6px}
.table-wrap{max-height:520px;overflow:auto;border:1px solid var(--line);border-radius:8px;margin-top:8px}
table{border-collapse:collapse;width:100%;font-size:.92rem}
th,td{padding:6px 10px;border-bottom:1px solid var(--line);text-align:start;vertical-align:top}
th{color:var(--muted);font-weight:600;background:#f8fafc;position:sticky;top:0}
td.num{font-variant-numeric:tabular-nums;white-space:nowrap}
td code,code{font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:.85em;color:#374151}
a{color:var(--accent)}
ol.sentences{padding-inline-start:1.6em}
ol.sentences li{padding:6px 8px;border-radius:6px;margin:2px 0}
ol.sentences li:target{background:#fef9c3;outline:2px solid #facc15}
ol.sentences .meta{display:block;font-size:.82rem;color:var(--muted)}
mark.q{background:#dbeafe;border-radius:3px}
mark.d{background:#dcfce7;border-radius:3px}
footer{color:var(--muted);font-size:.85rem;text-align:center;margin-top:30px}
`
