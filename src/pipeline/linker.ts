import type { EntityRecord } from "../model/entity.js"
import type { MentionRecord } from "../model/mention.js"
import type { PlacedMention } from "./document.js"

/**
 * Assigns corpus-wide entity ids to a document's mentions and keeps the entity table. Holds
 * compact state (one entry per entity), never documents. Calls come in input order.
 */
export interface Linker {
  addDocument(docId: string, mentions: ReadonlyArray<PlacedMention>): Array<MentionRecord>
  entities(): Array<EntityRecord>
  /** The state as plain data, for checkpoints (a linker without it makes runs that resume from the start). */
  snapshot?(): unknown
  /** Takes back a state made by `snapshot` (after a structured clone). */
  restore?(state: unknown): void
}

/**
 * The simplest linker: the gazetteer id when known, otherwise `type:key`.
 *
 * @example
 * ```ts
 * import { SimpleLinker } from "akhbar"
 * const l = new SimpleLinker()
 * l.entities() // []
 * ```
 */
export class SimpleLinker implements Linker {
  private table = new Map<string, { name: string; type: EntityRecord["type"]; aliases: Set<string>; mentions: number; docs: number }>()
  snapshot(): unknown {
    return this.table
  }
  restore(state: unknown): void {
    this.table = state as SimpleLinker["table"]
  }
  addDocument(docId: string, mentions: ReadonlyArray<PlacedMention>): Array<MentionRecord> {
    const seen = new Set<string>()
    return mentions.map((m) => {
      const entity_id = m.entity_id ?? `${m.type.toLowerCase()}:${m.key.replace(/\s+/gu, "-")}`
      let e = this.table.get(entity_id)
      if (e === undefined) {
        e = { name: m.text, type: m.type, aliases: new Set(), mentions: 0, docs: 0 }
        this.table.set(entity_id, e)
      }
      e.aliases.add(m.text)
      e.mentions++
      if (!seen.has(entity_id)) {
        seen.add(entity_id)
        e.docs++
      }
      return {
        doc_id: docId,
        seg_id: m.seg_id,
        start: m.start,
        end: m.end,
        text: m.text,
        norm: m.norm,
        entity_id,
        type: m.type,
        method: m.method,
        confidence: m.confidence,
        role: m.role
      }
    })
  }
  entities(): Array<EntityRecord> {
    return [...this.table]
      .map(([entity_id, e]) => ({
        entity_id,
        name: e.name,
        type: e.type,
        aliases: [...e.aliases].sort(),
        mention_count: e.mentions,
        doc_count: e.docs
      }))
      .sort((a, b) => (a.entity_id < b.entity_id ? -1 : a.entity_id > b.entity_id ? 1 : 0))
  }
}

/**
 * Links one document's mentions with `linker` and keeps, on each record, the recognizer's `key`
 * and `gazetteer_id`, so that a later step (`akhbar merge`) can link the records again exactly.
 *
 * @example
 * ```ts
 * import { SimpleLinker, linkDocument } from "akhbar"
 * linkDocument(new SimpleLinker(), "d1", []) // []
 * ```
 */
export const linkDocument = (linker: Linker, docId: string, mentions: ReadonlyArray<PlacedMention>): Array<MentionRecord> =>
  linker.addDocument(docId, mentions).map((r, i) => ({ ...r, key: mentions[i]?.key ?? null, gazetteer_id: mentions[i]?.entity_id ?? null }))

/**
 * The linker input that a written `mentions` record came from (its `key` and `gazetteer_id`).
 *
 * @example
 * ```ts
 * import { placedFromRecord } from "akhbar"
 * ```
 */
export const placedFromRecord = (r: MentionRecord): PlacedMention => ({
  doc_id: r.doc_id,
  seg_id: r.seg_id,
  start: r.start,
  end: r.end,
  text: r.text,
  norm: r.norm,
  type: r.type,
  method: r.method,
  confidence: r.confidence,
  role: r.role,
  key: r.key ?? r.norm,
  entity_id: r.gazetteer_id ?? null
})
