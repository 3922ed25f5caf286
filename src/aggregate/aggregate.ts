import type { DatasetRecords, RecordDatasetName } from "../model/datasets.js"
import { AggregateAccumulator, type DocumentRecords } from "./accumulator.js"
import type { AggregateRecords } from "./schema.js"
import type { AggregateTables } from "./tables.js"

/** The record datasets of a corpus as arrays; any of them may be left out (it counts as empty). */
export type CorpusDatasets = { readonly [K in RecordDatasetName]?: ReadonlyArray<DatasetRecords[K]> | undefined }

/**
 * Splits corpus datasets into per-document bundles, in the order documents first appear (the
 * `documents` dataset first, then any document known only from other records).
 *
 * @example
 * ```ts
 * import { documentsOf } from "akhbar"
 * [...documentsOf({ mentions: [] })].length // 0
 * ```
 */
export function* documentsOf(datasets: CorpusDatasets): Generator<DocumentRecords> {
  type Bundle = { document?: DatasetRecords["documents"]; segments: Array<DatasetRecords["segments"]>; mentions: Array<DatasetRecords["mentions"]>; quantities: Array<DatasetRecords["quantities"]>; dates: Array<DatasetRecords["dates"]> }
  const bundles = new Map<string, Bundle>()
  const get = (id: string): Bundle => {
    let b = bundles.get(id)
    if (b === undefined) {
      b = { segments: [], mentions: [], quantities: [], dates: [] }
      bundles.set(id, b)
    }
    return b
  }
  for (const d of datasets.documents ?? []) {
    const b = get(d.doc_id)
    if (b.document !== undefined) throw new Error(`aggregate: document "${d.doc_id}" appears twice in documents`)
    b.document = d
  }
  for (const r of datasets.segments ?? []) get(r.doc_id).segments.push(r)
  for (const r of datasets.mentions ?? []) get(r.doc_id).mentions.push(r)
  for (const r of datasets.quantities ?? []) get(r.doc_id).quantities.push(r)
  for (const r of datasets.dates ?? []) get(r.doc_id).dates.push(r)
  yield* bundles.values()
}

const accumulate = (datasets: CorpusDatasets): AggregateAccumulator => {
  const acc = new AggregateAccumulator()
  acc.addEntities(datasets.entities ?? [])
  for (const bundle of documentsOf(datasets)) acc.addDocument(bundle)
  return acc
}

/**
 * Computes the aggregates of a corpus held in memory, as plain arrays of records sorted by their
 * keys: `entity_counts`, `cooccurrence`, `timeline`, `quantities_by_unit`, `outlets`.
 *
 * @example
 * ```ts
 * import { aggregateRecords } from "akhbar"
 * const { cooccurrence } = aggregateRecords({ documents, segments, mentions, entities, quantities, dates })
 * cooccurrence.filter((e) => e.sentences >= 2)
 * ```
 */
export const aggregateRecords = (datasets: CorpusDatasets): AggregateRecords => accumulate(datasets).records()

/**
 * Computes the aggregates of a corpus held in memory, as arquero tables.
 *
 * @example
 * ```ts
 * import { op } from "arquero"
 * import { aggregate } from "akhbar"
 * const { entity_counts } = aggregate({ documents, mentions, entities })
 * entity_counts.groupby("type").rollup({ mentions: (d) => op.sum(d.mentions) })
 * ```
 */
export const aggregate = (datasets: CorpusDatasets): AggregateTables => accumulate(datasets).finish()
