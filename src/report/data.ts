import type { AggregateRecords } from "../aggregate/schema.js"
import type { CorpusDatasets } from "../aggregate/aggregate.js"
import { compareKeys } from "../aggregate/compare.js"
import type { EntityType } from "../model/vocabulary.js"

/** One entity with its corpus-wide counts, as the report charts it. */
export interface EntityTotal {
  readonly entity_id: string
  readonly name: string
  readonly type: EntityType
  readonly mentions: number
  readonly documents: number
}

/**
 * Corpus-wide mention and document counts per entity, from `entity_counts`, most mentioned first
 * (ties by id).
 *
 * @example
 * ```ts
 * import { entityTotals } from "akhbar"
 * entityTotals([{ entity_id: "loc:iq", name: "العراق", type: "LOC", doc_id: "d1", mentions: 2 }])[0]?.mentions // 2
 * ```
 */
export const entityTotals = (entityCounts: AggregateRecords["entity_counts"]): Array<EntityTotal> => {
  const totals = new Map<string, { entity_id: string; name: string; type: EntityType; mentions: number; documents: number }>()
  for (const r of entityCounts) {
    const t = totals.get(r.entity_id)
    if (t === undefined) totals.set(r.entity_id, { entity_id: r.entity_id, name: r.name, type: r.type, mentions: r.mentions, documents: 1 })
    else {
      t.mentions += r.mentions
      t.documents++
    }
  }
  return [...totals.values()].sort((a, b) => b.mentions - a.mentions || compareKeys(a.entity_id, b.entity_id))
}

/** The corpus summary at the top of the report. */
export interface CorpusSummary {
  readonly documents: number
  readonly errors: number
  readonly segments: number
  readonly mentions: number
  readonly entities: number
  readonly quantities: number
  readonly dates: number
  readonly outlets: number
  readonly firstPublished: string | null
  readonly lastPublished: string | null
}

/**
 * Counts of the corpus: documents read and in error, records of each dataset, distinct entities
 * (from `entities`, else from the aggregates), outlets and the publication date range.
 *
 * @example
 * ```ts
 * import { corpusSummary, aggregateRecords } from "akhbar"
 * const datasets = { documents: [] }
 * corpusSummary(datasets, aggregateRecords(datasets)).documents // 0
 * ```
 */
export const corpusSummary = (datasets: CorpusDatasets, aggregates: AggregateRecords): CorpusSummary => {
  const documents = datasets.documents ?? []
  const published = documents.map((d) => d.published).filter((p): p is string => p !== null).sort()
  return {
    documents: documents.filter((d) => d.status === "ok").length,
    errors: documents.filter((d) => d.status === "error").length,
    segments: datasets.segments?.length ?? 0,
    mentions: datasets.mentions?.length ?? aggregates.entity_counts.reduce((n, r) => n + r.mentions, 0),
    entities: datasets.entities?.length ?? new Set(aggregates.entity_counts.map((r) => r.entity_id)).size,
    quantities: datasets.quantities?.length ?? aggregates.quantities_by_unit.reduce((n, r) => n + r.count, 0),
    dates: datasets.dates?.length ?? aggregates.timeline.length,
    outlets: aggregates.outlets.filter((o) => o.documents > 0).length,
    firstPublished: published[0] ?? null,
    lastPublished: published.at(-1) ?? null
  }
}
