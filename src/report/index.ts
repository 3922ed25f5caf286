export { renderReport, type ReportOptions } from "./render.js"
export { corpusSummary, entityTotals, type CorpusSummary, type EntityTotal } from "./data.js"
export { escapeHtml, formatCompact, formatNumber, truncate, segmentAnchor, segmentHref } from "./escape.js"
export { forceLayout, type LayoutEdge, type LayoutOptions, type Point } from "./layout.js"
export { barChart, type Bar } from "./charts/bars.js"
export { timelineChart } from "./charts/timeline.js"
export { networkChart, type NetworkOptions } from "./charts/network.js"
export { ENTITY_STYLE } from "./palette.js"
export { REPORT_CSS } from "./style.js"
export { REPORT_SCRIPT } from "./script.js"
export {
  summarySection,
  entitiesSection,
  timelineSection,
  networkSection,
  quantitiesSection,
  outletsSection,
  sentencesSection,
  linkedSentences,
  type LinkedSentence,
  type ReportLimits
} from "./sections.js"
