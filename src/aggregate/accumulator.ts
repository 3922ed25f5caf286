import type { DateRecord } from "../model/date.js"
import type { DocumentRecord } from "../model/document.js"
import type { EntityRecord } from "../model/entity.js"
import type { MentionRecord } from "../model/mention.js"
import type { QuantityRecord } from "../model/quantity.js"
import type { SegmentRecord } from "../model/segment.js"
import { CONTENT_ROLES, type EntityType, type QuantityKind } from "../model/vocabulary.js"
import { byKeys, compareKeys } from "./compare.js"
import type { CooccurrenceRecord } from "./records/cooccurrence.js"
import type { EntityCountRecord } from "./records/entity-count.js"
import { UNKNOWN_OUTLET, type OutletRecord } from "./records/outlet.js"
import type { QuantityByUnitRecord } from "./records/quantity-by-unit.js"
import type { TimelineRecord } from "./records/timeline.js"
import type { AggregateRecords, AggregateStreams } from "./schema.js"
import { sortDate } from "./sort-date.js"
import { SpillSorter, type SpillOptions, type SpillState } from "./spill.js"
import { toTables, type AggregateTables } from "./tables.js"
import { countWords } from "./words.js"

/**
 * Everything one document contributes to the aggregates: the record datasets' records of that
 * document (a `processArticle` result with linked mentions fits). Every record must have the
 * document's `doc_id`.
 */
/**
 * What the aggregates read of a segment. `words`, when given, is its word count (so that a caller
 * can leave `text` empty for segments that hold no date).
 */
export type SegmentInput = Pick<SegmentRecord, "doc_id" | "seg_id" | "role" | "duplicate_of" | "text"> & { readonly words?: number | undefined }

export interface DocumentRecords {
  /** The `documents` record; when absent the document counts as read, under the unknown outlet. */
  readonly document?: DocumentRecord | undefined
  readonly segments?: ReadonlyArray<SegmentInput> | undefined
  readonly mentions?: ReadonlyArray<MentionRecord> | undefined
  readonly quantities?: ReadonlyArray<QuantityRecord> | undefined
  readonly dates?: ReadonlyArray<DateRecord> | undefined
}

/**
 * How many entities `outlets.top_entities` lists.
 *
 * @example
 * ```ts
 * import { TOP_ENTITIES_PER_OUTLET } from "akhbar"
 * TOP_ENTITIES_PER_OUTLET // 5
 * ```
 */
export const TOP_ENTITIES_PER_OUTLET = 5

const round6 = (x: number): number => Math.round(x * 1e6) / 1e6
const SEP = "\u0000"

interface EntityState {
  type: EntityType
  sentences: number
  readonly surfaces: Map<string, number>
}

/** An `entity_counts` row before the entity's name and type are known. */
type PendingCount = Pick<EntityCountRecord, "entity_id" | "doc_id" | "mentions">

interface PairState {
  readonly a: string
  readonly b: string
  sentences: number
  documents: number
}

interface QuantityState {
  readonly unit: string
  readonly kind: QuantityKind
  count: number
  documents: number
  sum: number
  min: number
  max: number
}

interface OutletState {
  documents: number
  errors: number
  words: number
  mentions: number
  first: string | null
  last: string | null
  readonly entities: Map<string, number>
}

type PendingDate = Omit<TimelineRecord, "entity_names">

const bump = <K>(map: Map<K, number>, key: K, by = 1): void => {
  map.set(key, (map.get(key) ?? 0) + by)
}

/**
 * Computes the aggregate tables incrementally, one document at a time, keeping compact state:
 * counts keyed by ids (entity × document, entity pairs, units, outlets), never whole documents.
 * Only the text of sentences that hold a date is kept, for the `timeline` rows. Entity names come
 * from {@link AggregateAccumulator.addEntities} (the `entities` dataset, known at the end of a run)
 * or, failing that, from the most frequent surface of the entity's mentions.
 *
 * Sentences are segments: the sentence count `N` of `cooccurrence.pmi` is the number of content
 * segments (title, lead, heading, caption, body, quote, not a caption printed twice) plus any other
 * segment that holds a mention.
 *
 * @example
 * ```ts
 * import { AggregateAccumulator, SimpleLinker, articleFromText, processArticle } from "akhbar"
 * const acc = new AggregateAccumulator()
 * const linker = new SimpleLinker()
 * for (const text of texts) {
 *   const r = processArticle(articleFromText(text))
 *   acc.addDocument({ ...r, mentions: linker.addDocument(r.document.doc_id, r.mentions) })
 * }
 * acc.addEntities(linker.entities())
 * const { quantities_by_unit } = acc.records()
 * const tables = acc.finish() // the same, as arquero tables
 * ```
 */
export class AggregateAccumulator {
  private docIds = new Set<string>()
  private readonly counts: SpillSorter<PendingCount>
  private readonly dated: SpillSorter<PendingDate>

  /** `spill`: a folder where rows that grow with the corpus are sorted in runs (default: kept in memory). */
  constructor(options: { readonly spill?: SpillOptions | undefined } = {}) {
    this.counts = new SpillSorter(byKeys((r: PendingCount) => [r.entity_id, r.doc_id]), options.spill, "entity_counts")
    // timeline rows carry their sentence: smaller runs keep the buffer to a few megabytes
    const dated = options.spill === undefined ? undefined : { ...options.spill, rows: Math.min(options.spill.rows ?? 5_000, 5_000) }
    this.dated = new SpillSorter(byKeys((r: PendingDate) => [r.sort_date, r.doc_id, r.start, r.end]), dated, "timeline")
  }

  private entities = new Map<string, EntityState>()
  private known = new Map<string, { readonly name: string; readonly type: EntityType }>()
  private pairs = new Map<string, PairState>()
  private quantities = new Map<string, QuantityState>()
  private outlets = new Map<string, OutletState>()
  private sentenceTotal = 0

  /** The state as plain data (maps, sets, arrays), for a checkpoint of a run; spilled runs stay on disk. */
  snapshot(): unknown {
    const { docIds, entities, known, pairs, quantities, outlets, sentenceTotal } = this
    return { docIds, entities, known, pairs, quantities, outlets, sentenceTotal, counts: this.counts.snapshot(), dated: this.dated.snapshot() }
  }

  /** Takes back a state made by {@link AggregateAccumulator.snapshot} (after a structured clone). */
  restore(state: unknown): this {
    const { counts, dated, ...rest } = state as { counts: SpillState<PendingCount>; dated: SpillState<PendingDate> } & Record<string, unknown>
    Object.assign(this, rest)
    this.counts.restore(counts)
    this.dated.restore(dated)
    return this
  }

  /** Removes the run files of spilled rows (when `spill` was given). */
  dispose(): void {
    this.counts.dispose()
    this.dated.dispose()
  }

  /** Number of documents added. */
  get documents(): number {
    return this.docIds.size
  }

  /** Number of sentences (segments) counted for `pmi`. */
  get sentences(): number {
    return this.sentenceTotal
  }

  /**
   * Gives the canonical names and types of entities (the `entities` dataset); may be called at any
   * time before {@link AggregateAccumulator.records}, for instance once at the end of a run.
   */
  addEntities(entities: Iterable<Pick<EntityRecord, "entity_id" | "name" | "type">>): this {
    for (const e of entities) this.known.set(e.entity_id, { name: e.name, type: e.type })
    return this
  }

  /** Adds one document's records. Throws when the document was added before or a record belongs to another document. */
  addDocument(records: DocumentRecords): this {
    const { document } = records
    const segments = records.segments ?? []
    const mentions = records.mentions ?? []
    const quantities = records.quantities ?? []
    const dates = records.dates ?? []
    const docId = document?.doc_id ?? segments[0]?.doc_id ?? mentions[0]?.doc_id ?? quantities[0]?.doc_id ?? dates[0]?.doc_id
    if (docId === undefined) return this
    if (this.docIds.has(docId)) throw new Error(`aggregate: document "${docId}" was already added`)
    for (const r of [...segments, ...mentions, ...quantities, ...dates]) {
      if (r.doc_id !== docId) throw new Error(`aggregate: a record of document "${r.doc_id}" was given with document "${docId}"`)
    }
    this.docIds.add(docId)

    const outletName = document?.outlet == null || document.outlet.trim() === "" ? UNKNOWN_OUTLET : document.outlet
    let outlet = this.outlets.get(outletName)
    if (outlet === undefined) {
      outlet = { documents: 0, errors: 0, words: 0, mentions: 0, first: null, last: null, entities: new Map() }
      this.outlets.set(outletName, outlet)
    }
    if (document?.status === "error") {
      outlet.errors++
      return this
    }
    outlet.documents++
    const published = document?.published ?? null
    if (published !== null) {
      if (outlet.first === null || published < outlet.first) outlet.first = published
      if (outlet.last === null || published > outlet.last) outlet.last = published
    }

    // Sentences: content segments, plus any segment that holds a mention.
    const sentenceIds = new Set<string>()
    for (const s of segments) {
      if (!CONTENT_ROLES.has(s.role) || s.duplicate_of !== null) continue
      sentenceIds.add(s.seg_id)
      outlet.words += s.words ?? countWords(s.text)
    }

    // Mentions: entity × document counts, and the distinct entities of each sentence in order.
    const bySentence = new Map<string, Array<string>>()
    const inDocument = new Map<string, number>()
    for (const m of [...mentions].sort((x, y) => x.start - y.start || x.end - y.end)) {
      let e = this.entities.get(m.entity_id)
      if (e === undefined) {
        e = { type: m.type, sentences: 0, surfaces: new Map() }
        this.entities.set(m.entity_id, e)
      }
      bump(inDocument, m.entity_id)
      bump(e.surfaces, m.text)
      outlet.mentions++
      bump(outlet.entities, m.entity_id)
      sentenceIds.add(m.seg_id)
      const ids = bySentence.get(m.seg_id)
      if (ids === undefined) bySentence.set(m.seg_id, [m.entity_id])
      else if (!ids.includes(m.entity_id)) ids.push(m.entity_id)
    }
    this.sentenceTotal += sentenceIds.size
    for (const [entity_id, n] of inDocument) this.counts.add({ entity_id, doc_id: docId, mentions: n })

    // Co-occurrence within sentences; documents counted once per pair per document.
    const docPairs = new Set<PairState>()
    for (const ids of bySentence.values()) {
      for (const id of ids) this.entities.get(id)!.sentences++
      const sorted = [...ids].sort(compareKeys)
      for (let i = 0; i < sorted.length; i++) {
        for (let j = i + 1; j < sorted.length; j++) {
          const a = sorted[i]!
          const b = sorted[j]!
          const key = a + SEP + b
          let p = this.pairs.get(key)
          if (p === undefined) {
            p = { a, b, sentences: 0, documents: 0 }
            this.pairs.set(key, p)
          }
          p.sentences++
          docPairs.add(p)
        }
      }
    }
    for (const p of docPairs) p.documents++

    // Quantities by unit and kind.
    const docUnits = new Set<QuantityState>()
    for (const q of quantities) {
      const key = q.unit + SEP + q.kind
      let u = this.quantities.get(key)
      if (u === undefined) {
        u = { unit: q.unit, kind: q.kind, count: 0, documents: 0, sum: 0, min: Infinity, max: -Infinity }
        this.quantities.set(key, u)
      }
      u.count++
      u.sum += q.value
      u.min = Math.min(u.min, q.value)
      u.max = Math.max(u.max, q.value, q.value_max ?? q.value)
      docUnits.add(u)
    }
    for (const u of docUnits) u.documents++

    // Timeline rows: keep the text of dated sentences only.
    if (dates.length > 0) {
      const datedIds = new Set(dates.map((d) => d.seg_id))
      const text = new Map<string, string>()
      for (const s of segments) if (datedIds.has(s.seg_id)) text.set(s.seg_id, s.text)
      for (const d of dates) {
        this.dated.add({
          doc_id: docId,
          seg_id: d.seg_id,
          start: d.start,
          end: d.end,
          text: d.text,
          value: d.value,
          resolved: d.resolved,
          granularity: d.granularity,
          modifier: d.modifier,
          calendar: d.calendar,
          sort_date: sortDate(d, published),
          published,
          sentence: text.get(d.seg_id) ?? null,
          entity_ids: [...(bySentence.get(d.seg_id) ?? [])]
        })
      }
    }
    return this
  }

  private entity(id: string): { name: string; type: EntityType } {
    const known = this.known.get(id)
    if (known !== undefined) return known
    const e = this.entities.get(id)
    if (e === undefined) return { name: id, type: "MISC" }
    let name = id
    let best = 0
    for (const [surface, n] of e.surfaces) {
      if (n > best || (n === best && compareKeys(surface, name) < 0)) {
        name = surface
        best = n
      }
    }
    return { name, type: e.type }
  }

  /** The aggregates as plain arrays of records, each sorted by its keys. Does not change the state. */
  records(): AggregateRecords {
    const { entity_counts, timeline, ...rest } = this.streams()
    return { ...rest, entity_counts: [...entity_counts], timeline: [...timeline] }
  }

  /**
   * The aggregates, with `entity_counts` and `timeline` as iterables read from the spilled runs
   * (each may be read more than once); the small tables as arrays. Does not change the state.
   */
  streams(): AggregateStreams & Omit<AggregateRecords, "entity_counts" | "timeline"> {
    const counts = this.counts
    const dated = this.dated
    const entity = (id: string) => this.entity(id)
    const entity_counts: Iterable<EntityCountRecord> = {
      *[Symbol.iterator]() {
        for (const c of counts.sorted()) yield { entity_id: c.entity_id, ...entity(c.entity_id), doc_id: c.doc_id, mentions: c.mentions }
      }
    }
    const timeline: Iterable<TimelineRecord> = {
      *[Symbol.iterator]() {
        for (const d of dated.sorted()) yield { ...d, entity_ids: [...d.entity_ids], entity_names: d.entity_ids.map((id) => entity(id).name) }
      }
    }

    const n = this.sentenceTotal
    const cooccurrence: Array<CooccurrenceRecord> = []
    for (const p of this.pairs.values()) {
      const a = this.entity(p.a)
      const b = this.entity(p.b)
      const na = this.entities.get(p.a)!.sentences
      const nb = this.entities.get(p.b)!.sentences
      cooccurrence.push({
        entity_a: p.a,
        name_a: a.name,
        type_a: a.type,
        entity_b: p.b,
        name_b: b.name,
        type_b: b.type,
        sentences: p.sentences,
        documents: p.documents,
        sentences_a: na,
        sentences_b: nb,
        pmi: round6(Math.log2((p.sentences * n) / (na * nb))),
        jaccard: round6(p.sentences / (na + nb - p.sentences))
      })
    }
    cooccurrence.sort(byKeys((r) => [r.entity_a, r.entity_b]))

    const quantities_by_unit: Array<QuantityByUnitRecord> = [...this.quantities.values()]
      .map((u) => ({ unit: u.unit, kind: u.kind, count: u.count, documents: u.documents, sum: u.sum, mean: u.sum / u.count, min: u.min, max: u.max }))
      .sort(byKeys((r) => [r.kind, r.unit]))

    const outlets: Array<OutletRecord> = [...this.outlets]
      .map(([outlet, o]) => {
        const top = [...o.entities]
          .sort((x, y) => y[1] - x[1] || compareKeys(x[0], y[0]))
          .slice(0, TOP_ENTITIES_PER_OUTLET)
          .map(([id]) => id)
        return {
          outlet,
          documents: o.documents,
          errors: o.errors,
          words: o.words,
          mentions: o.mentions,
          first_published: o.first,
          last_published: o.last,
          top_entities: top.map((id) => this.entity(id).name),
          top_entity_ids: top
        }
      })
      .sort(byKeys((r) => [r.outlet]))

    return { entity_counts, cooccurrence, timeline, quantities_by_unit, outlets }
  }

  /** The aggregates as arquero tables (see {@link toTables}). Does not change the state. */
  finish(): AggregateTables {
    return toTables(this.records())
  }
}
