import type { EntityRecord } from "../model/entity.js"
import type { MentionRecord } from "../model/mention.js"
import type { EntityType } from "../model/vocabulary.js"
import { familyNameForms, isFamilyNameOf, isParticleFamilyName, keyEntityId, lettersOf, sameName } from "./canonical.js"
import { bundledGazetteer, type GazetteerIndex } from "./gazetteer.js"
import type { Mention } from "./types.js"

/**
 * A mention as the linker reads it (a {@link Mention}, possibly with more fields).
 *
 * @example
 * ```ts
 * import { extractMentions, type LinkInput } from "akhbar"
 * const input: ReadonlyArray<LinkInput> = extractMentions("وصل الوفد إلى بغداد")
 * ```
 */
export type LinkInput = Readonly<Pick<Mention, "start" | "end" | "text" | "norm" | "type" | "method" | "confidence" | "role" | "key" | "entity_id">>

/**
 * A mention of a document to link: with the segment it is in, and offsets into the document
 * (shift the offsets of a segment's mentions by the segment's start).
 *
 * @example
 * ```ts
 * import { extractMentions, type DocumentMention } from "akhbar"
 * const seg = { seg_id: "d-1:2", start: 120, text: "وصل الوفد إلى بغداد" }
 * const placed: Array<DocumentMention> = extractMentions(seg.text).map((m) => ({
 *   ...m, start: m.start + seg.start, end: m.end + seg.start, seg_id: seg.seg_id
 * }))
 * ```
 */
export type DocumentMention = LinkInput & { readonly seg_id: string }

/** The entities of one document, as found by {@link clusterMentions}. */
interface Cluster {
  readonly type: EntityType
  /** Gazetteer id when a member has one. */
  gazetteerId: string | null
  /** Canonical key: the key of the first member with the most words. */
  key: string
  /** Every key of its members. */
  readonly keys: Set<string>
  /** Indexes of its members in the input. */
  readonly members: Array<number>
}

const wordsIn = (key: string): number => (key === "" ? 0 : key.split(" ").length)

/**
 * Groups the mentions of one document into entities, deterministically:
 * 1. mentions are taken longest name first (then in text order);
 * 2. a mention with a gazetteer id joins that id's entity;
 * 3. otherwise it joins the entity of the same type with the same key, or with a key that is a
 *    spelling variant ({@link sameName}: اوتسن ~ اوستن, never across types);
 * 4. otherwise a one-word person mention joins the person whose family name it is ("السوداني",
 *    "عباسي" for "ثابت العباسي"), the nearest one mentioned before it when several fit — also
 *    when the gazetteer gave the family name to another person, whose id it then leaves behind;
 * 5. otherwise it starts a new entity.
 * Returns the cluster index of each mention and the clusters.
 */
export const clusterMentions = (mentions: ReadonlyArray<LinkInput>): { of: Array<number>; clusters: Array<Cluster> } => {
  const clusters: Array<Cluster> = []
  const of = new Array<number>(mentions.length).fill(-1)
  const byGazetteer = new Map<string, number>()
  const byKey = new Map<string, number>()
  const order = mentions
    // a person the gazetteer found by the family name alone counts by what was written
    .map((m, i) => ({ m, i, words: wordsIn(m.type === "PERSON" && m.entity_id !== null ? m.norm : m.key) }))
    .sort((a, b) => b.words - a.words || a.i - b.i)
  const join = (i: number, c: number, adopt = true): void => {
    of[i] = c
    const cl = clusters[c]!
    cl.members.push(i)
    const m = mentions[i]!
    cl.keys.add(m.key)
    byKey.set(`${m.type}|${m.key}`, c)
    if (adopt && m.entity_id !== null && cl.gazetteerId === null) {
      cl.gazetteerId = m.entity_id
      byGazetteer.set(m.entity_id, c)
    }
  }
  // a family name alone: the nearest person before it whose full name ends with it
  const familyNameOwner = (m: LinkInput, key: string): number | undefined => {
    let best = -1
    let bestAt = -1
    clusters.forEach((cl, ci) => {
      if (cl.type !== "PERSON" || wordsIn(cl.key) <= wordsIn(key) || !isFamilyNameOf(key, cl.key)) return
      const before = cl.members.filter((j) => mentions[j]!.start <= m.start).map((j) => mentions[j]!.start)
      const at = before.length > 0 ? Math.max(...before) : -1
      if (best < 0 || at > bestAt) {
        best = ci
        bestAt = at
      }
    })
    return best >= 0 ? best : undefined
  }
  for (const { m, i, words } of order) {
    let c: number | undefined
    let adopt = true
    if (m.entity_id !== null) c = byGazetteer.get(m.entity_id)
    if (c === undefined) c = byKey.get(`${m.type}|${m.key}`)
    if (c === undefined && m.entity_id === null) {
      c = clusters.findIndex((cl) => cl.type === m.type && sameName(m.key, cl.key))
      if (c < 0) c = undefined
    }
    if (c === undefined && m.type === "PERSON" && (words === 1 || (m.entity_id === null && isParticleFamilyName(m.key)))) {
      if (m.entity_id === null) c = familyNameOwner(m, m.key)
      else if (m.role === null) {
        // a family name the gazetteer gives to someone else, without a title, is the person of
        // this document named with it ("عبد اللطيف الجواهري … وأضاف الجواهري" is not the poet);
        // it leaves the gazetteer's id behind ("الرئيس بايدن", with a title, keeps it)
        c = familyNameOwner(m, m.norm)
        adopt = c === undefined
      }
    }
    if (c === undefined) {
      c = clusters.length
      clusters.push({ type: m.type, gazetteerId: null, key: m.key, keys: new Set(), members: [] })
    }
    join(i, c, adopt)
  }
  return { of, clusters }
}

const idOfCluster = (c: Cluster): string => c.gazetteerId ?? keyEntityId(c.type, c.key)

/**
 * Assigns final entity ids to the mentions of one document (see {@link clusterMentions}): the
 * gazetteer id when the entity has one, otherwise `type:key-with-dashes` of its fullest name, so
 * that "السوداني" after "محمد شياع السوداني" gets the full name's id.
 *
 * @example
 * ```ts
 * import { extractMentions, linkEntities } from "akhbar"
 * const linked = linkEntities(extractMentions("قال المحلل السياسي طارق الشمري إن … وأضاف الشمري"))
 * linked.map((m) => m.entity_id) // ["person:طارق-الشمري", "person:طارق-الشمري"]
 * ```
 */
export const linkEntities = <M extends LinkInput>(mentions: ReadonlyArray<M>): Array<M & { entity_id: string }> => {
  const { of, clusters } = clusterMentions(mentions)
  return mentions.map((m, i) => ({ ...m, entity_id: idOfCluster(clusters[of[i]!]!) }))
}

/** What the corpus linker keeps per entity. */
interface EntityState {
  readonly type: EntityType
  readonly name: string
  readonly aliases: Set<string>
  mentions: number
  docs: number
}

/**
 * Options of {@link EntityLinker}.
 *
 * @example
 * ```ts
 * import { bundledGazetteer, EntityLinker } from "akhbar"
 * new EntityLinker({ gazetteer: bundledGazetteer() })
 * ```
 */
export interface EntityLinkerOptions {
  /** Gazetteer whose entry names name the entities it knows (default: the bundled one). */
  readonly gazetteer?: GazetteerIndex | undefined
}

/**
 * Links the mentions of a corpus, one document at a time, in input order: the same real entity
 * gets the same `entity_id` across documents (the gazetteer id when known; otherwise a stable
 * `type:key` id, with spelling variants and family names joined to entities seen before).
 * Keeps compact state — per entity its name, type, distinct surfaces and counts, and an index of
 * normalized names — never the documents. Deterministic given the input order.
 *
 * @example
 * ```ts
 * import { EntityLinker, extractMentions } from "akhbar"
 * const linker = new EntityLinker()
 * const text = "وقال المحلل السياسي طارق الشمري إن"
 * const records = linker.addDocument("d-1", extractMentions(text).map((m) => ({ ...m, seg_id: "d-1:0" })))
 * records[0]?.entity_id // "person:طارق-الشمري"
 * linker.entities()[0]?.mention_count // 1
 * ```
 */
export class EntityLinker {
  private table = new Map<string, EntityState>()
  private byKey = new Map<string, string>()
  /** type|letters → keys with their ids, for spelling variants. */
  private buckets = new Map<string, Array<readonly [string, string]>>()
  /** family-name form → person id, or null when several persons share it. */
  private surnames = new Map<string, string | null>()
  private readonly gazetteer: GazetteerIndex

  /** The linker's state as plain data (maps of plain values), for a checkpoint of a run. */
  snapshot(): unknown {
    return { table: this.table, byKey: this.byKey, buckets: this.buckets, surnames: this.surnames }
  }

  /** Takes back a state made by {@link EntityLinker.snapshot} (after a structured clone). */
  restore(state: unknown): void {
    const s = state as { table: EntityLinker["table"]; byKey: EntityLinker["byKey"]; buckets: EntityLinker["buckets"]; surnames: EntityLinker["surnames"] }
    this.table = s.table
    this.byKey = s.byKey
    this.buckets = s.buckets
    this.surnames = s.surnames
  }

  constructor(options: EntityLinkerOptions = {}) {
    this.gazetteer = options.gazetteer ?? bundledGazetteer()
  }

  private lookup(c: Cluster): string | undefined {
    if (c.gazetteerId !== null) return c.gazetteerId
    for (const k of [c.key, ...c.keys]) {
      const id = this.byKey.get(`${c.type}|${k}`)
      if (id !== undefined) return id
    }
    const letters = lettersOf(c.key)
    for (let d = 0; d <= 2; d++) {
      for (const n of d === 0 ? [letters] : [letters - d, letters + d]) {
        for (const [k, id] of this.buckets.get(`${c.type}|${n}`) ?? []) if (sameName(c.key, k)) return id
      }
    }
    if (c.type === "PERSON" && (wordsIn(c.key) === 1 || isParticleFamilyName(c.key))) {
      const id = this.surnames.get(c.key)
      if (id !== undefined && id !== null) return id
    }
    return undefined
  }

  private remember(c: Cluster, id: string): void {
    for (const k of c.keys) {
      const key = `${c.type}|${k}`
      if (!this.byKey.has(key)) this.byKey.set(key, id)
    }
    const bucket = `${c.type}|${lettersOf(c.key)}`
    const list = this.buckets.get(bucket) ?? []
    if (!list.some(([k]) => k === c.key)) list.push([c.key, id])
    this.buckets.set(bucket, list)
    if (c.type === "PERSON") {
      for (const f of familyNameForms(c.key)) {
        const had = this.surnames.get(f)
        if (had === undefined) this.surnames.set(f, id)
        else if (had !== null && had !== id) this.surnames.set(f, null)
      }
    }
  }

  /**
   * Links one document's mentions (with document offsets and their segment ids) and returns
   * them as `mentions` records with their final `entity_id`, in the order given.
   */
  addDocument(docId: string, mentions: ReadonlyArray<DocumentMention>): Array<MentionRecord> {
    const { of, clusters } = clusterMentions(mentions)
    const seen = new Set<string>()
    const ids = clusters.map((c) => {
      const id = this.lookup(c) ?? keyEntityId(c.type, c.key)
      this.remember(c, id)
      let e = this.table.get(id)
      if (e === undefined) {
        const longest = c.members.reduce((a, b) => (wordsIn(mentions[b]!.key) > wordsIn(mentions[a]!.key) ? b : a), c.members[0]!)
        const name =
          (c.gazetteerId === null ? undefined : this.gazetteer.entry(c.gazetteerId)?.name) ?? mentions[longest]!.text.replace(/\s+/gu, " ")
        e = { type: c.type, name, aliases: new Set(), mentions: 0, docs: 0 }
        this.table.set(id, e)
      }
      if (!seen.has(id)) {
        seen.add(id)
        e.docs++
      }
      return id
    })
    return mentions.map((m, i) => {
      const entity_id = ids[of[i]!]!
      const e = this.table.get(entity_id)!
      e.mentions++
      e.aliases.add(m.text)
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

  /** Every entity seen so far, once, sorted by id: name, type, distinct surfaces, counts. */
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
