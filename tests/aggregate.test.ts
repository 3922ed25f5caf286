import { readdirSync } from "node:fs"
import { from } from "arquero"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import {
  AGGREGATE_DATASETS,
  AggregateAccumulator,
  aggregate,
  aggregateRecords,
  countWords,
  CooccurrenceRecord,
  documentsOf,
  sortDate,
  SpillSorter,
  tableRecords,
  UNKNOWN_OUTLET,
  type CorpusDatasets
} from "../src/aggregate/index.js"
import { CONTENT_ROLES, type MentionRecord, type SegmentRecord } from "../src/model/index.js"
import { buildCorpus, E, newsCorpus } from "./aggregate-corpus.js"
import { tempDir } from "./support/temp-dir.js"

// ---------------------------------------------------------------------------------------------
// Independent recomputations, straight from the record datasets (no accumulator code).

const expectedEntityCounts = (mentions: ReadonlyArray<MentionRecord>) =>
  mentions.length === 0
    ? []
    : (from(mentions.map((m) => ({ entity_id: m.entity_id, doc_id: m.doc_id })))
        .groupby("entity_id", "doc_id")
        .count({ as: "mentions" })
        .orderby("entity_id", "doc_id")
        .objects() as Array<{ entity_id: string; doc_id: string; mentions: number }>)

const sentenceUniverse = (c: CorpusDatasets): Set<string> => {
  const bad = new Set((c.documents ?? []).filter((d) => d.status === "error").map((d) => d.doc_id))
  const ids = new Set<string>()
  for (const s of c.segments ?? []) if (!bad.has(s.doc_id) && CONTENT_ROLES.has(s.role) && s.duplicate_of === null) ids.add(s.seg_id)
  for (const m of c.mentions ?? []) ids.add(m.seg_id)
  return ids
}

const expectedCooccurrence = (c: CorpusDatasets) => {
  const sentencesOf = new Map<string, Set<string>>()
  const docOf = new Map<string, string>()
  for (const m of c.mentions ?? []) {
    if (!sentencesOf.has(m.entity_id)) sentencesOf.set(m.entity_id, new Set())
    sentencesOf.get(m.entity_id)!.add(m.seg_id)
    docOf.set(m.seg_id, m.doc_id)
  }
  const n = sentenceUniverse(c).size
  const ids = [...sentencesOf.keys()].sort()
  const rows: Array<{ entity_a: string; entity_b: string; sentences: number; documents: number; pmi: number; jaccard: number }> = []
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const a = sentencesOf.get(ids[i]!)!
      const b = sentencesOf.get(ids[j]!)!
      const both = [...a].filter((s) => b.has(s))
      if (both.length === 0) continue
      const union = new Set([...a, ...b]).size
      rows.push({
        entity_a: ids[i]!,
        entity_b: ids[j]!,
        sentences: both.length,
        documents: new Set(both.map((s) => docOf.get(s))).size,
        pmi: Math.log2((both.length * n) / (a.size * b.size)),
        jaccard: both.length / union
      })
    }
  }
  return rows
}

const stripCooccurrence = (rows: ReadonlyArray<CooccurrenceRecord>) =>
  rows.map(({ entity_a, entity_b, sentences, documents }) => ({ entity_a, entity_b, sentences, documents }))

// ---------------------------------------------------------------------------------------------

describe("aggregate: the news corpus", () => {
  const corpus = newsCorpus()
  const agg = aggregateRecords(corpus)

  it("every aggregate record matches its schema", () => {
    for (const [name, schema] of Object.entries(AGGREGATE_DATASETS)) {
      for (const r of agg[name as keyof typeof agg]) expect(() => schema.parse(r), name).not.toThrow()
    }
  })

  it("entity_counts equal a groupby-count of the mentions, with names and types from entities", () => {
    expect(agg.entity_counts.map(({ entity_id, doc_id, mentions }) => ({ entity_id, doc_id, mentions }))).toEqual(expectedEntityCounts(corpus.mentions))
    const names = new Map(corpus.entities.map((e) => [e.entity_id, e]))
    for (const r of agg.entity_counts) {
      expect(r.name).toBe(names.get(r.entity_id)?.name)
      expect(r.type).toBe(names.get(r.entity_id)?.type)
    }
    // and their totals agree with the entities dataset
    for (const e of corpus.entities) {
      const rows = agg.entity_counts.filter((r) => r.entity_id === e.entity_id)
      expect(rows.reduce((n, r) => n + r.mentions, 0)).toBe(e.mention_count)
      expect(rows.length).toBe(e.doc_count)
    }
  })

  it("cooccurrence equals a recount over sentence sets, with pmi and jaccard", () => {
    const expected = expectedCooccurrence(corpus)
    expect(stripCooccurrence(agg.cooccurrence)).toEqual(expected.map(({ entity_a, entity_b, sentences, documents }) => ({ entity_a, entity_b, sentences, documents })))
    agg.cooccurrence.forEach((r, i) => {
      expect(r.entity_a < r.entity_b).toBe(true)
      expect(r.pmi).toBeCloseTo(expected[i]!.pmi, 5)
      expect(r.jaccard).toBeCloseTo(expected[i]!.jaccard, 5)
    })
    // السوداني and العراق share a sentence in d1 and one in d2
    const pair = agg.cooccurrence.find((r) => r.entity_a === E.iraq.id && r.entity_b === E.sudani.id)
    expect(pair).toMatchObject({ sentences: 2, documents: 2, name_a: "العراق", name_b: "محمد شياع السوداني", type_b: "PERSON" })
    // the caption printed twice is counted once: السوداني–بغداد in d2:1 and d2:2, not d2:3
    expect(agg.cooccurrence.find((r) => r.entity_a === E.baghdad.id && r.entity_b === E.sudani.id)?.sentences).toBe(2)
  })

  it("timeline has one row per dates record, with its sentence and the sentence's entities", () => {
    expect(agg.timeline).toHaveLength(corpus.dates.length)
    const segs = new Map(corpus.segments.map((s) => [s.seg_id, s]))
    for (const r of agg.timeline) {
      expect(r.sentence).toBe(segs.get(r.seg_id)?.text)
      const inSentence = corpus.mentions.filter((m) => m.seg_id === r.seg_id).sort((a, b) => a.start - b.start)
      expect(r.entity_ids).toEqual([...new Set(inSentence.map((m) => m.entity_id))])
      expect(r.entity_names).toEqual(r.entity_ids.map((id) => corpus.entities.find((e) => e.entity_id === id)?.name))
    }
    expect(agg.timeline.map((r) => [r.text, r.sort_date])).toEqual([
      ["عام 2024", "2024-01-01"],
      ["18 شباط/فبراير", "2024-02-18"],
      ["رمضان المقبل", null],
      ["1445 هـ", null]
    ])
  })

  it("quantities_by_unit equal a groupby-rollup of the quantities", () => {
    const expected = from(corpus.quantities.map((q) => ({ ...q, hi: Math.max(q.value, q.value_max ?? q.value) })))
      .groupby("unit", "kind")
      .rollup({ count: "count()", documents: "distinct(d.doc_id)", sum: "sum(d.value)", min: "min(d.value)", max: "max(d.hi)" })
      .orderby("kind", "unit")
      .objects()
    expect(agg.quantities_by_unit.map(({ mean: _m, ...r }) => r)).toEqual(expected)
    for (const r of agg.quantities_by_unit) expect(r.mean).toBeCloseTo(r.sum / r.count)
    expect(agg.quantities_by_unit.find((r) => r.unit === "barrel")).toMatchObject({ min: 1e6, max: 2e6, sum: 1e6 })
  })

  it("outlets count documents, errors, content words, mentions and top entities", () => {
    const byName = new Map(agg.outlets.map((o) => [o.outlet, o]))
    expect([...byName.keys()]).toEqual([UNKNOWN_OUTLET, "شفق نيوز"])
    const words = (docIds: ReadonlyArray<string>) =>
      corpus.segments
        .filter((s) => docIds.includes(s.doc_id) && CONTENT_ROLES.has(s.role) && s.duplicate_of === null)
        .reduce((n, s) => n + s.text.split(/\s+/).filter((t) => /[\p{L}\p{N}]/u.test(t)).length, 0)
    expect(byName.get("شفق نيوز")).toMatchObject({ documents: 2, errors: 0, words: words(["d1", "d2"]), first_published: "2024-02-19", last_published: "2024-03-01" })
    expect(byName.get(UNKNOWN_OUTLET)).toMatchObject({ documents: 1, errors: 1, words: words(["d3"]) })
    expect(byName.get("شفق نيوز")!.mentions).toBe(corpus.mentions.filter((m) => m.doc_id !== "d3").length)
    // top: داعش 3, then بغداد/العراق/السوداني 3 each (ties by id), then الجيش العراقي 1
    expect(byName.get("شفق نيوز")!.top_entity_ids).toEqual([E.baghdad.id, E.iraq.id, E.isis.id, E.sudani.id, E.army.id])
    expect(byName.get("شفق نيوز")!.top_entities[0]).toBe("بغداد")
  })

  it("aggregate() gives the same rows as arquero tables, and they validate on the way out", () => {
    const tables = aggregate(corpus)
    for (const name of Object.keys(AGGREGATE_DATASETS) as Array<keyof typeof AGGREGATE_DATASETS>) {
      expect(tables[name].numRows(), name).toBe(agg[name].length)
      expect(tables[name].columnNames()).toEqual(Object.keys(AGGREGATE_DATASETS[name].shape))
      expect(tableRecords(tables[name], AGGREGATE_DATASETS[name])).toEqual(agg[name])
    }
    // analysts can keep going with arquero verbs
    const strong = tableRecords(tables.cooccurrence.filter("d => d.jaccard >= 0.5"), CooccurrenceRecord)
    expect(strong.every((r) => r.jaccard >= 0.5)).toBe(true)
    expect(() => tableRecords(tables.cooccurrence.derive({ pmi: "d => 'x'" }), CooccurrenceRecord)).toThrow()
  })

  it("is deterministic and independent of the order documents come in", () => {
    expect(aggregateRecords(corpus)).toEqual(agg)
    const reversed: CorpusDatasets = {
      documents: [...corpus.documents].reverse(),
      segments: [...corpus.segments].reverse(),
      mentions: [...corpus.mentions].reverse(),
      entities: corpus.entities,
      quantities: [...corpus.quantities].reverse(),
      dates: [...corpus.dates].reverse()
    }
    expect(aggregateRecords(reversed)).toEqual(agg)
  })
})

describe("AggregateAccumulator", () => {
  const corpus = newsCorpus()

  it("fed one document at a time gives what aggregateRecords gives", () => {
    const acc = new AggregateAccumulator()
    for (const bundle of documentsOf(corpus)) acc.addDocument(bundle)
    acc.addEntities(corpus.entities) // names may come at the end, as in a run
    expect(acc.records()).toEqual(aggregateRecords(corpus))
    expect(acc.documents).toBe(corpus.documents.length)
    expect(acc.sentences).toBe(sentenceUniverse(corpus).size)
    // records() and finish() leave the state as it was
    expect(acc.finish().entity_counts.numRows()).toBe(acc.records().entity_counts.length)
  })

  it("keeps compact state: ids and counts, and only the text of sentences with dates", () => {
    const acc = new AggregateAccumulator()
    for (const bundle of documentsOf(corpus)) acc.addDocument(bundle)
    const state = acc.snapshot() as Record<string, unknown>
    const dated = (state.dated as { buffer: Array<{ seg_id: string; sentence: string | null }> }).buffer
    const segs = new Map(corpus.segments.map((s) => [s.seg_id, s.text]))
    expect(dated).toHaveLength(corpus.dates.length)
    for (const d of dated) expect(d.sentence).toBe(segs.get(d.seg_id))
    // nothing else holds strings longer than an id or a surface
    const strings: Array<string> = []
    const walk = (v: unknown): void => {
      if (typeof v === "string") strings.push(v)
      else if (v instanceof Map) for (const [k, x] of v) (walk(k), walk(x))
      else if (v instanceof Set) for (const x of v) walk(x)
      else if (Array.isArray(v)) v.forEach(walk)
      else if (typeof v === "object" && v !== null) Object.values(v).forEach(walk)
    }
    for (const [k, v] of Object.entries(state)) if (k !== "dated") walk(v)
    const undated = corpus.segments.filter((s) => !corpus.dates.some((d) => d.seg_id === s.seg_id)).map((s) => s.text)
    for (const text of undated) expect(strings).not.toContain(text)
  })

  it("refuses a document added twice and records of another document", () => {
    const [first] = [...documentsOf(corpus)]
    const acc = new AggregateAccumulator().addDocument(first!)
    expect(() => acc.addDocument(first!)).toThrow(/already added/)
    const other = corpus.mentions.find((m) => m.doc_id !== first!.document!.doc_id)!
    expect(() => new AggregateAccumulator().addDocument({ document: first!.document, mentions: [other] })).toThrow(/another|given with/)
    expect(new AggregateAccumulator().addDocument({}).documents).toBe(0)
  })

  it("names an entity without an entities record by its most frequent surface", () => {
    const c = buildCorpus([
      {
        id: "x",
        sentences: [
          { text: "الرئيس تبون وعبد المجيد تبون والرئيس تبون", mentions: [["تبون", { id: "per:tebboune", name: "?", type: "PERSON" }], ["عبد المجيد تبون", { id: "per:tebboune", name: "?", type: "PERSON" }], ["تبون", { id: "per:tebboune", name: "?", type: "PERSON" }]] }
        ]
      }
    ])
    const r = aggregateRecords({ ...c, entities: [] })
    expect(r.entity_counts).toEqual([{ entity_id: "per:tebboune", name: "تبون", type: "PERSON", doc_id: "x", mentions: 3 }])
  })

  it("an empty corpus gives empty tables that still have their columns", () => {
    const tables = aggregate({})
    expect(tables.timeline.numRows()).toBe(0)
    expect(tables.timeline.columnNames()).toContain("sort_date")
    expect(aggregateRecords({ documents: [] })).toEqual({ entity_counts: [], cooccurrence: [], timeline: [], quantities_by_unit: [], outlets: [] })
  })
})

// ---------------------------------------------------------------------------------------------
// Random corpora: the aggregates always agree with the independent recount.

const POOL = ["loc:a", "loc:b", "org:c", "per:d", "per:e", "misc:f"] as const
const ROLES = ["title", "body", "body", "quote", "caption", "related", "tags"] as const

const arbCorpus = fc
  .array(
    fc.record({
      outlet: fc.constantFrom(null, "أ", "ب"),
      sentences: fc.array(fc.record({ role: fc.constantFrom(...ROLES), dup: fc.boolean(), ents: fc.array(fc.constantFrom(...POOL), { maxLength: 5 }) }), { minLength: 1, maxLength: 6 })
    }),
    { minLength: 1, maxLength: 6 }
  )
  .map((docs) => {
    const c: Required<{ [K in keyof CorpusDatasets]-?: Array<NonNullable<CorpusDatasets[K]>[number]> }> = {
      documents: [],
      segments: [],
      mentions: [],
      entities: [],
      quantities: [],
      dates: []
    }
    docs.forEach((d, i) => {
      const doc_id = `r${i}`
      c.documents.push({ doc_id, path: doc_id, title: null, section: null, byline: null, outlet: d.outlet, published: null, dateline: null, url: null, encoding: "utf-8", chars: 0, sha256: "", status: "ok", error: null })
      d.sentences.forEach((s, j) => {
        const seg_id = `${doc_id}:${j}`
        const content = s.role !== "related" && s.role !== "tags"
        const duplicate = s.role === "caption" && s.dup && j > 0
        const seg: SegmentRecord = { doc_id, seg_id, index: j, paragraph: j, sentence: 0, role: s.role, start: j * 100, end: j * 100 + 50, text: "كلمة ".repeat(s.ents.length + 1).trim(), norm: "", duplicate_of: duplicate ? `${doc_id}:0` : null }
        c.segments.push(seg)
        if (!content || duplicate) return // extractors never read these
        s.ents.forEach((e, k) => {
          c.mentions.push({ doc_id, seg_id, start: j * 100 + k, end: j * 100 + k + 1, text: e, norm: e, entity_id: e, type: "MISC", method: "test", confidence: 1, role: null })
        })
      })
    })
    return c
  })

describe("AggregateAccumulator with spilled rows", () => {
  it("writes entity × document and timeline rows to sorted runs on disk, with the same results", () => {
    const corpus = newsCorpus()
    const dir = tempDir("spill")
    const inMemory = new AggregateAccumulator()
    const spilled = new AggregateAccumulator({ spill: { dir, rows: 3 } })
    for (const bundle of documentsOf(corpus)) {
      inMemory.addDocument(bundle)
      spilled.addDocument(bundle)
    }
    inMemory.addEntities(corpus.entities)
    spilled.addEntities(corpus.entities)
    expect(readdirSync(dir).length).toBeGreaterThan(2)
    expect(spilled.records()).toEqual(inMemory.records())
    // the streams can be read twice, and a checkpoint taken mid-way restores to the same end
    const streams = spilled.streams()
    expect([...streams.timeline]).toEqual([...streams.timeline])
    spilled.dispose()
    expect(readdirSync(dir)).toEqual([])
  })

  it("resumes from a snapshot: run files written after it are ignored", () => {
    const corpus = newsCorpus()
    const docs = [...documentsOf(corpus)]
    const dir = tempDir("spill")
    const whole = new AggregateAccumulator()
    for (const d of docs) whole.addDocument(d)
    const first = new AggregateAccumulator({ spill: { dir, rows: 2 } })
    const half = Math.floor(docs.length / 2)
    docs.slice(0, half).forEach((d) => first.addDocument(d))
    const snapshot = structuredClone(first.snapshot())
    docs.slice(half).forEach((d) => first.addDocument(d)) // written, then "lost" in a crash
    const again = new AggregateAccumulator({ spill: { dir, rows: 2 } }).restore(snapshot)
    docs.slice(half).forEach((d) => again.addDocument(d))
    expect(again.records()).toEqual(whole.records())
  })
})

describe("SpillSorter", () => {
  it("sorts like a stable in-memory sort, whatever the run size", () => {
    const dir = tempDir("spill")
    fc.assert(
      fc.property(fc.array(fc.record({ k: fc.integer({ min: 0, max: 20 }), s: fc.string() }), { maxLength: 200 }), fc.integer({ min: 1, max: 30 }), (rows, size) => {
        const compare = (a: { k: number }, b: { k: number }) => a.k - b.k
        const sorter = new SpillSorter(compare, { dir, rows: size })
        for (const r of rows) sorter.add(r)
        expect(sorter.size).toBe(rows.length)
        expect([...sorter.sorted()]).toEqual([...rows].sort(compare))
        sorter.dispose()
      }),
      { numRuns: 100, seed: 7 }
    )
  })
})

describe("aggregate: random corpora", () => {
  it("entity_counts and cooccurrence always equal the independent recount", () => {
    fc.assert(
      fc.property(arbCorpus, (c) => {
        const agg = aggregateRecords(c)
        expect(agg.entity_counts.map(({ entity_id, doc_id, mentions }) => ({ entity_id, doc_id, mentions }))).toEqual(expectedEntityCounts(c.mentions))
        const expected = expectedCooccurrence(c)
        expect(stripCooccurrence(agg.cooccurrence)).toEqual(expected.map(({ entity_a, entity_b, sentences, documents }) => ({ entity_a, entity_b, sentences, documents })))
        agg.cooccurrence.forEach((r, i) => {
          expect(r.pmi).toBeCloseTo(expected[i]!.pmi, 5)
          expect(r.jaccard).toBeCloseTo(expected[i]!.jaccard, 5)
          CooccurrenceRecord.parse(r)
        })
        const words = c.segments.filter((s) => CONTENT_ROLES.has(s.role) && s.duplicate_of === null).reduce((n, s) => n + countWords(s.text), 0)
        expect(agg.outlets.reduce((n, o) => n + o.words, 0)).toBe(words)
        expect(agg.outlets.reduce((n, o) => n + o.documents, 0)).toBe(c.documents.length)
        expect(agg.outlets.reduce((n, o) => n + o.mentions, 0)).toBe(c.mentions.length)
      }),
      { numRuns: 150, seed: 20240219 }
    )
  })
})

describe("sortDate and countWords", () => {
  it("sortDate prefers resolved, fills unknown parts and refuses what it cannot place", () => {
    expect(sortDate({ value: "XXXX-09-27", resolved: "2023-09-27" })).toBe("2023-09-27")
    expect(sortDate({ value: "XXXX-09-27", resolved: null }, "2023-10-01")).toBe("2023-09-27")
    expect(sortDate({ value: "XXXX-09-27", resolved: null })).toBeNull()
    expect(sortDate({ value: "2024-05", resolved: null })).toBe("2024-05-01")
    expect(sortDate({ value: "2024", resolved: null })).toBe("2024-01-01")
    expect(sortDate({ value: "2024-XX-03", resolved: null })).toBe("2024-01-03")
    expect(sortDate({ value: "2024-05-05T10:00", resolved: null })).toBe("2024-05-05")
    expect(sortDate({ value: "H1445-09", resolved: null }, "2024-03-01")).toBeNull()
    expect(sortDate({ value: "XXXX-WXX-5", resolved: null }, "2024-03-01")).toBeNull()
    expect(sortDate({ value: null, resolved: null }, "2024-03-01")).toBeNull()
    expect(sortDate({ value: "2024-13-01", resolved: null })).toBeNull()
  })

  it("countWords counts tokens with a letter or digit", () => {
    expect(countWords("قال الوزير - إن 3.4 مليار دولار")).toBe(6)
    expect(countWords("  ")).toBe(0)
    expect(countWords("«حسناً» ،")).toBe(1)
  })
})
