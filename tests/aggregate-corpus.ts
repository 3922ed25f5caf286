/**
 * Synthetic corpora for the aggregate, columnar and report tests: records built from readable
 * descriptions, with real offsets (text.slice(start, end) === record.text), validated by the
 * dataset schemas.
 */
import {
  DateRecord,
  DocumentRecord,
  EntityRecord,
  MentionRecord,
  QuantityRecord,
  SegmentRecord,
  type EntityType,
  type Granularity,
  type QuantityKind,
  type Role
} from "../src/model/index.js"
import type { CorpusDatasets } from "../src/aggregate/index.js"
import { expandInputs, loadFileSync } from "../src/load/index.js"
import { columnsOf, RECORD_DATASETS } from "../src/model/index.js"
import { defaultExtractors } from "../src/pipeline/defaults.js"
import { errorDocument, processArticle } from "../src/pipeline/document.js"
import { SimpleLinker } from "../src/pipeline/linker.js"
import { DatasetSetWriter, type Format } from "../src/write/index.js"

export interface EntitySpec {
  readonly id: string
  readonly name: string
  readonly type: EntityType
}

export interface SentenceSpec {
  readonly text: string
  readonly role?: Role
  readonly duplicate_of?: string
  /** [surface, entity] — the surface is looked up in the text after the previous one of the same surface. */
  readonly mentions?: ReadonlyArray<readonly [string, EntitySpec]>
  readonly quantities?: ReadonlyArray<{ surface: string; value: number; unit: string; kind: QuantityKind; value_max?: number }>
  readonly dates?: ReadonlyArray<{ surface: string; value: string | null; resolved?: string | null; granularity?: Granularity }>
}

export interface DocSpec {
  readonly id: string
  readonly outlet?: string | null
  readonly published?: string | null
  readonly title?: string
  readonly status?: "ok" | "error"
  readonly sentences?: ReadonlyArray<SentenceSpec>
}

export const E = {
  iraq: { id: "loc:country:iq", name: "العراق", type: "LOC" },
  baghdad: { id: "loc:city:iq:baghdad", name: "بغداد", type: "LOC" },
  isis: { id: "org:isis", name: "داعش", type: "ORG" },
  army: { id: "org:iq:army", name: "الجيش العراقي", type: "ORG" },
  sudani: { id: "per:sudani", name: "محمد شياع السوداني", type: "PERSON" },
  un: { id: "org:un", name: "الأمم المتحدة", type: "ORG" },
  opec: { id: "org:opec", name: "أوبك", type: "ORG" },
  ramadan: { id: "misc:ramadan", name: "رمضان", type: "MISC" },
  evil: { id: "misc:<b>", name: '<script>alert("x")</script>', type: "MISC" }
} as const satisfies Record<string, EntitySpec>

const find = (text: string, surface: string, from: number, where: string): number => {
  const at = text.indexOf(surface, from)
  if (at < 0) throw new Error(`${where}: "${surface}" not in "${text}"`)
  return at
}

type Corpus = Required<{ [K in keyof CorpusDatasets]-?: Array<NonNullable<CorpusDatasets[K]>[number]> }>

/** Writes a corpus's datasets to a folder, as a run would. */
export const writeDatasets = (dir: string, corpus: CorpusDatasets, formats: ReadonlyArray<Format> = ["json"]): void => {
  const w = new DatasetSetWriter(dir, formats, Object.fromEntries(Object.entries(RECORD_DATASETS).map(([n, s]) => [n, columnsOf(s)])))
  for (const [name, records] of Object.entries(corpus)) for (const r of records ?? []) w.write(name, r)
  w.commit()
}

/**
 * The fixture articles processed in this thread with the default extractors and the simple linker
 * (the stable synchronous API, independent of how a corpus run schedules its work).
 */
export const processFixtures = (dir = "fixtures/articles"): Corpus => {
  const c: Corpus = { documents: [], segments: [], mentions: [], entities: [], quantities: [], dates: [] }
  const linker = new SimpleLinker()
  for (const file of expandInputs([dir]).files) {
    for (const l of loadFileSync(file)) {
      if (!l.ok) {
        c.documents.push(errorDocument(l.error))
        continue
      }
      const r = processArticle(l.article, { extractors: defaultExtractors })
      c.documents.push(r.document)
      c.segments.push(...r.segments)
      c.mentions.push(...linker.addDocument(r.document.doc_id, r.mentions))
      c.quantities.push(...r.quantities)
      c.dates.push(...r.dates)
    }
  }
  c.entities.push(...linker.entities())
  return c
}

/** Builds the record datasets of a synthetic corpus. */
export const buildCorpus = (docs: ReadonlyArray<DocSpec>): Corpus => {
  const documents: Array<DocumentRecord> = []
  const segments: Array<SegmentRecord> = []
  const mentions: Array<MentionRecord> = []
  const quantities: Array<QuantityRecord> = []
  const dates: Array<DateRecord> = []
  const entities = new Map<string, { spec: EntitySpec; aliases: Set<string>; mentions: number; docs: Set<string> }>()
  for (const d of docs) {
    const sentences = d.sentences ?? []
    const text = sentences.map((s) => s.text).join("\n")
    documents.push(
      DocumentRecord.parse({
        doc_id: d.id,
        path: `${d.id}.txt`,
        title: d.status === "error" ? null : (d.title ?? sentences[0]?.text ?? null),
        section: null,
        byline: null,
        outlet: d.outlet ?? null,
        published: d.published ?? null,
        dateline: null,
        url: null,
        encoding: d.status === "error" ? null : "utf-8",
        chars: text.length,
        sha256: "0".repeat(64),
        status: d.status ?? "ok",
        error: d.status === "error" ? "binary: binary data, not text" : null
      })
    )
    let offset = 0
    sentences.forEach((s, index) => {
      const seg_id = `${d.id}:${index}`
      const where = `${seg_id}`
      segments.push(
        SegmentRecord.parse({
          doc_id: d.id,
          seg_id,
          index,
          paragraph: index,
          sentence: 0,
          role: s.role ?? (index === 0 ? "title" : "body"),
          start: offset,
          end: offset + s.text.length,
          text: s.text,
          norm: s.text,
          duplicate_of: s.duplicate_of ?? null
        })
      )
      const next = new Map<string, number>()
      const locate = (surface: string): [number, number] => {
        const at = find(s.text, surface, next.get(surface) ?? 0, where)
        next.set(surface, at + surface.length)
        return [offset + at, offset + at + surface.length]
      }
      for (const [surface, e] of s.mentions ?? []) {
        const [start, end] = locate(surface)
        mentions.push(
          MentionRecord.parse({ doc_id: d.id, seg_id, start, end, text: surface, norm: surface, entity_id: e.id, type: e.type, method: "gazetteer", confidence: 0.9, role: null })
        )
        let t = entities.get(e.id)
        if (t === undefined) {
          t = { spec: e, aliases: new Set(), mentions: 0, docs: new Set() }
          entities.set(e.id, t)
        }
        t.aliases.add(surface)
        t.mentions++
        t.docs.add(d.id)
      }
      for (const q of s.quantities ?? []) {
        const [start, end] = locate(q.surface)
        quantities.push(
          QuantityRecord.parse({
            doc_id: d.id,
            seg_id,
            start,
            end,
            text: q.surface,
            value: q.value,
            unit: q.unit,
            kind: q.kind,
            approx: q.value_max === undefined ? "exact" : "range",
            value_max: q.value_max ?? null,
            currency: q.kind === "money" ? q.unit : null
          })
        )
      }
      for (const dt of s.dates ?? []) {
        const [start, end] = locate(dt.surface)
        dates.push(
          DateRecord.parse({
            doc_id: d.id,
            seg_id,
            start,
            end,
            text: dt.surface,
            value: dt.value,
            granularity: dt.granularity ?? "day",
            modifier: null,
            calendar: dt.value?.startsWith("H") ? "hijri" : "gregorian",
            resolved: dt.resolved ?? null
          })
        )
      }
      offset += s.text.length + 1
    })
  }
  const entityRecords = [...entities.values()]
    .map((t) =>
      EntityRecord.parse({
        entity_id: t.spec.id,
        name: t.spec.name,
        type: t.spec.type,
        aliases: [...t.aliases].sort(),
        mention_count: t.mentions,
        doc_count: t.docs.size
      })
    )
    .sort((a, b) => (a.entity_id < b.entity_id ? -1 : 1))
  return { documents, segments, mentions, entities: entityRecords, quantities, dates }
}

/** A small news corpus: three outlets, an error input, co-occurring entities, quantities and dates. */
export const newsCorpus = () =>
  buildCorpus([
    {
      id: "d1",
      outlet: "شفق نيوز",
      published: "2024-02-19",
      sentences: [
        { text: "مقتل جنديين بهجوم لداعش في ديالى", mentions: [["داعش", E.isis]], quantities: [{ surface: "جنديين", value: 2, unit: "soldier", kind: "count" }] },
        {
          text: "قال الجيش العراقي إن مسلحي داعش هاجموا نقطة قرب بغداد فجر 18 شباط/فبراير.",
          mentions: [["الجيش العراقي", E.army], ["داعش", E.isis], ["بغداد", E.baghdad]],
          dates: [{ surface: "18 شباط/فبراير", value: "XXXX-02-18", resolved: "2024-02-18" }]
        },
        { text: "وأكد السوداني أن العراق لن يسمح بعودة داعش.", mentions: [["السوداني", E.sudani], ["العراق", E.iraq], ["داعش", E.isis]] },
        { text: "اقرأ أيضا: داعش يتبنى الهجوم", role: "related", mentions: [] }
      ]
    },
    {
      id: "d2",
      outlet: "شفق نيوز",
      published: "2024-03-01",
      sentences: [
        { text: "العراق يقر موازنة بقيمة 150 تريليون دينار", mentions: [["العراق", E.iraq]], quantities: [{ surface: "150 تريليون دينار", value: 150e12, unit: "IQD", kind: "money" }] },
        {
          text: "وقال السوداني في بغداد إن العراق سيخصص 3.4 مليار دولار للكهرباء خلال عام 2024.",
          mentions: [["السوداني", E.sudani], ["بغداد", E.baghdad], ["العراق", E.iraq]],
          quantities: [{ surface: "3.4 مليار دولار", value: 3.4e9, unit: "USD", kind: "money" }],
          dates: [{ surface: "عام 2024", value: "2024", granularity: "year" }]
        },
        { text: "صورة: السوداني في بغداد", role: "caption", mentions: [["السوداني", E.sudani], ["بغداد", E.baghdad]] },
        { text: "صورة: السوداني في بغداد", role: "caption", duplicate_of: "d2:2" }
      ]
    },
    {
      id: "d3",
      outlet: null,
      published: "2024-04-10",
      sentences: [
        { text: "الأمم المتحدة: أوبك تخفض الإنتاج بين 1 و2 مليون برميل", mentions: [["الأمم المتحدة", E.un], ["أوبك", E.opec]], quantities: [{ surface: "بين 1 و2 مليون برميل", value: 1e6, value_max: 2e6, unit: "barrel", kind: "measure" }] },
        {
          text: "وتوقعت الأمم المتحدة أن يرتفع الطلب في رمضان المقبل وفي منتصف 1445 هـ ويوم الأحد.",
          mentions: [["الأمم المتحدة", E.un], ["رمضان", E.ramadan]],
          dates: [
            { surface: "رمضان المقبل", value: null, granularity: "relative" },
            { surface: "1445 هـ", value: "H1445", granularity: "year" }
          ]
        },
        { text: "وذكر تقرير <b>\"خاص\"</b> & غيره أن 40% من إنتاج أوبك تراجع.", mentions: [["<b>\"خاص\"</b>", E.evil], ["أوبك", E.opec]], quantities: [{ surface: "40%", value: 40, unit: "percent", kind: "percent" }] }
      ]
    },
    { id: "err-1", status: "error" }
  ])
