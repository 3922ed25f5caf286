import { describe, expect, it } from "vitest"
import { EntityRecord, MentionRecord } from "../src/model/index.js"
import type { Extractors } from "../src/pipeline/extractors.js"
import type { Linker } from "../src/pipeline/linker.js"
import {
  editDistance,
  EntityLinker,
  extractDocumentMentions,
  extractMentions,
  familyNameForms,
  keyEntityId,
  linkEntities,
  sameName,
  type Mention
} from "../src/entities/index.js"

const mention = (key: string, type: Mention["type"], entity_id: string | null = null, start = 0): Mention => ({
  start,
  end: start + key.length,
  text: key,
  norm: key,
  type,
  method: "pattern",
  confidence: 0.8,
  role: null,
  key,
  entity_id
})

const docMentions = (texts: ReadonlyArray<string>, docId: string): Array<Mention & { seg_id: string }> => {
  const out: Array<Mention & { seg_id: string }> = []
  let offset = 0
  extractDocumentMentions(texts).forEach((ms, i) => {
    for (const m of ms) out.push({ ...m, start: m.start + offset, end: m.end + offset, seg_id: `${docId}:${i}` })
    offset += texts[i]!.length + 1
  })
  return out
}

describe("edit distance", () => {
  it("counts a transposition as one", () => {
    expect(editDistance("اوتسن", "اوستن")).toBe(1)
    expect(editDistance("نجيرفان", "نيجيرفان")).toBe(1)
    expect(editDistance("بيشمركه", "بشمركه")).toBe(1)
    expect(editDistance("بغداد", "دمشق", 2)).toBe(3)
    expect(editDistance("", "abc")).toBe(3)
  })
})

describe("sameName", () => {
  it("accepts spelling variants within the tolerance", () => {
    expect(sameName("لويد اوتسن", "لويد اوستن")).toBe(true)
    expect(sameName("نجيرفان بارزاني", "نيجيرفان بارزاني")).toBe(true)
    expect(sameName("رومانوفسكي", "رومانوفيسكي")).toBe(true)
  })
  it("rejects different names", () => {
    expect(sameName("محمد علي", "احمد علي")).toBe(false)
    expect(sameName("حسن", "حسين")).toBe(false)
    expect(sameName("عمر", "عمرو")).toBe(false)
    expect(sameName("جو بايدن", "بايدن")).toBe(false)
    expect(sameName("الكاظمي", "الكبيسي")).toBe(false)
    // two nationality adjectives name two bodies, however close their spelling
    expect(sameName("وكاله الانباء السوريه", "وكاله الانباء السعوديه")).toBe(false)
  })
  it("gives family-name forms with and without the article", () => {
    expect(familyNameForms("ثابت العباسي")).toEqual(["العباسي", "عباسي"])
    expect(familyNameForms("الينا رومانوفسكي")).toEqual(["رومانوفسكي", "الرومانوفسكي"])
    expect(familyNameForms("بغداد")).toEqual([])
  })
})

describe("linkEntities (one document)", () => {
  it("links a family name to the full name in the document", () => {
    const linked = linkEntities([
      mention("ثابت العباسي", "PERSON", null, 0),
      mention("عباسي", "PERSON", null, 50),
      mention("العباسي", "PERSON", null, 90)
    ])
    expect(new Set(linked.map((m) => m.entity_id))).toEqual(new Set(["person:ثابت-العباسي"]))
  })

  it("links spelling variants but never across types", () => {
    const linked = linkEntities([mention("لويد اوستن", "PERSON"), mention("لويد اوتسن", "PERSON", null, 30), mention("لويد اوتسن", "ORG", null, 60)])
    expect(linked[0]!.entity_id).toBe(linked[1]!.entity_id)
    expect(linked[2]!.entity_id).toBe("org:لويد-اوتسن")
  })

  it("keeps gazetteer ids and joins variants of a gazetteer name to it", () => {
    const linked = linkEntities([mention("جو بايدن", "PERSON", "person:joe-biden"), mention("بايدن", "PERSON", null, 40)])
    expect(linked.map((m) => m.entity_id)).toEqual(["person:joe-biden", "person:joe-biden"])
  })

  it("takes the nearest person before a family name shared by two", () => {
    const linked = linkEntities([
      mention("سعد الحلبوسي", "PERSON", null, 0),
      mention("مازن الحلبوسي", "PERSON", null, 100),
      mention("الحلبوسي", "PERSON", null, 150)
    ])
    expect(linked[2]!.entity_id).toBe("person:مازن-الحلبوسي")
  })

  it("works on extracted mentions", () => {
    const linked = linkEntities(extractMentions("قال المحلل السياسي مازن العبيدي إن الحل سياسي، وأضاف العبيدي أن الحوار ضروري"))
    expect(linked.filter((m) => m.type === "PERSON").map((m) => m.entity_id)).toEqual(["person:مازن-العبيدي", "person:مازن-العبيدي"])
  })

  it("gives a family name to the person of the document, not to a gazetteer person with another given name", () => {
    const linked = linkEntities(extractMentions("وقال محافظ البنك المركزي سليم الجواهري إن الاحتياطي ارتفع، وأضاف الجواهري أن الدينار مستقر"))
    expect(linked.filter((m) => m.type === "PERSON").map((m) => [m.text, m.entity_id])).toEqual([
      ["سليم الجواهري", "person:سليم-الجواهري"],
      ["الجواهري", "person:سليم-الجواهري"]
    ])
    // with the gazetteer person's own given name, the gazetteer id stays
    const poet = linkEntities(extractMentions("ألقى الشاعر محمد مهدي الجواهري قصيدته، وقال الجواهري إنها الأخيرة"))
    expect(poet.filter((m) => m.type === "PERSON").map((m) => m.entity_id)).toEqual(["person:muhammad-mahdi-al-jawahiri", "person:muhammad-mahdi-al-jawahiri"])
  })

  it("links a family name written with its particle (ولد, بن, أبو) to the full name", () => {
    const linked = linkEntities([
      mention("سيدي محمد ولد الطالب", "PERSON", null, 0),
      mention("ولد الطالب", "PERSON", null, 60),
      mention("خليفة بن عامر", "PERSON", null, 90),
      mention("بن عامر", "PERSON", null, 140)
    ])
    expect(linked.map((m) => m.entity_id)).toEqual([
      "person:سيدي-محمد-ولد-الطالب",
      "person:سيدي-محمد-ولد-الطالب",
      "person:خليفة-بن-عامر",
      "person:خليفة-بن-عامر"
    ])
    expect(familyNameForms("خليفة بن عامر")).toContain("بن عامر")
  })

  it("keeps the gazetteer id of a family name alone when no person of the document has it", () => {
    const alone = { ...mention("نجيب ميقاتي", "PERSON", "person:najib-mikati"), text: "ميقاتي", norm: "ميقاتي", end: 6 }
    expect(linkEntities([alone]).map((m) => m.entity_id)).toEqual(["person:najib-mikati"])
    expect(linkEntities(extractMentions("وأكد ميقاتي أن الحكومة ملتزمة بالإصلاحات")).map((m) => m.entity_id)).toEqual(["person:najib-mikati"])
  })

  it("never joins two agencies whose names differ by a nationality", () => {
    const linked = linkEntities(extractMentions("نقلت وكالة الأنباء السعودية البيان، كما أوردته وكالة الأنباء السورية"))
    expect(linked.map((m) => m.entity_id)).toEqual(["org:media:spa", "org:media:sana"])
  })

  it("never takes the preposition على for a family name علي, even after a reporting verb", () => {
    const [a, b, c] = extractDocumentMentions(["قال وزير الداخلية حسين علي إن الوضع مستقر.", "وأكد علي أن الخطة تمضي.", "وشدد على أهمية الحوار."])
    expect(a!.map((m) => m.text)).toEqual(["حسين علي"])
    expect(b!.map((m) => [m.text, m.key])).toEqual([["علي", "حسين علي"]])
    expect(c).toEqual([])
  })
})

describe("EntityLinker (corpus)", () => {
  const docs = [
    ["قال وزير الدفاع الأميركي لويد أوستن في بغداد إن القوات باقية", "وأضاف أوستن أن"],
    ["وقال المحلل السياسي مازن العبيدي إن زيارة أوستن إلى بغداد مهمة"],
    ["وأكد العبيدي أن العلاقات مع واشنطن جيدة"]
  ]

  const run = (order: ReadonlyArray<number>): { records: Array<Array<MentionRecord>>; entities: Array<EntityRecord> } => {
    const linker = new EntityLinker()
    const records = order.map((i) => linker.addDocument(`d-${i}`, docMentions(docs[i]!, `d-${i}`)))
    return { records, entities: linker.entities() }
  }

  it("returns valid records with the same id for one entity across documents", () => {
    const { records, entities } = run([0, 1, 2])
    for (const r of records.flat()) expect(() => MentionRecord.parse(r)).not.toThrow()
    for (const e of entities) expect(() => EntityRecord.parse(e)).not.toThrow()
    const austin = records.flat().filter((r) => r.text.includes("أوستن"))
    expect(new Set(austin.map((r) => r.entity_id))).toEqual(new Set(["person:lloyd-austin"]))
    const obeidi = records.flat().filter((r) => r.text.includes("العبيدي"))
    expect(new Set(obeidi.map((r) => r.entity_id))).toEqual(new Set(["person:مازن-العبيدي"]))
  })

  it("lists each entity once with aliases and counts", () => {
    const { entities } = run([0, 1, 2])
    const ids = entities.map((e) => e.entity_id)
    expect(new Set(ids).size).toBe(ids.length)
    const baghdad = entities.find((e) => e.entity_id === "loc:city:iq:baghdad")
    expect(baghdad).toMatchObject({ name: "بغداد", type: "LOC", mention_count: 2, doc_count: 2 })
    const austin = entities.find((e) => e.entity_id === "person:lloyd-austin")
    expect(austin?.aliases).toEqual(["أوستن", "لويد أوستن"])
    expect(austin?.mention_count).toBe(3)
    expect(austin?.doc_count).toBe(2)
    const obeidi = entities.find((e) => e.entity_id === "person:مازن-العبيدي")
    expect(obeidi).toMatchObject({ name: "مازن العبيدي", mention_count: 2, doc_count: 2 })
  })

  it("is deterministic given the input order", () => {
    expect(run([0, 1, 2])).toEqual(run([0, 1, 2]))
  })

  it("keys unknown entities by type and normalized name", () => {
    expect(keyEntityId("PERSON", "طارق الشمري")).toBe("person:طارق-الشمري")
    expect(keyEntityId("ORG", "  جهاز   الامن ")).toBe("org:جهاز-الامن")
  })
})

describe("fits the pipeline's interfaces", () => {
  it("EntityLinker is a pipeline Linker and extractMentions a mentions extractor", () => {
    const linker: Linker = new EntityLinker()
    const extractors: Extractors = { mentions: (text) => extractMentions(text) }
    const found = extractors.mentions?.("وصل الوفد إلى بغداد", { published: null, role: "body" }) ?? []
    const records = linker.addDocument("d-1", found.map((m) => ({ ...m, doc_id: "d-1", seg_id: "d-1:0" })))
    expect(records.map((r) => r.entity_id)).toEqual(["loc:city:iq:baghdad"])
  })
})
