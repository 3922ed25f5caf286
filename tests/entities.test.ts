import { describe, expect, it } from "vitest"
import { bundledData } from "../src/entities/data.js"
import { BREAK, HYPHEN, tokenize } from "../src/entities/tokens.js"
import { bylineNames, creditOutlets, extractDocumentMentions, extractMentions, GazetteerIndex, modelMention, procliticStems, withCreditOutlets, withModelMentions, type Mention } from "../src/entities/index.js"
import { ALIAS_CASE, CLITIC_CASES, GAZETTEER_CASES, PATTERN_CASES, SURNAME_CASES, type Case } from "./tables/entities-cases.js"
import { lexiconDenies } from "../src/entities/combine.js"

const check = (c: Case, mentions: ReadonlyArray<Mention>, text: string): void => {
  for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text)
  for (const want of c.found) {
    const got = mentions.find((m) => m.text === want.text)
    expect(got, `${c.name}: expected a mention "${want.text}" in ${JSON.stringify(mentions.map((m) => m.text))}`).toBeDefined()
    if (got === undefined) continue
    expect(got.type).toBe(want.type)
    if (want.key !== undefined) expect(got.key).toBe(want.key)
    if (want.role !== undefined) expect(got.role).toBe(want.role)
    if (want.entity_id !== undefined) expect(got.entity_id).toBe(want.entity_id)
    if (want.method !== undefined) expect(got.method).toBe(want.method)
  }
  for (const a of c.absent ?? []) {
    expect(mentions.map((m) => m.text), `${c.name}: "${a}" must not be a mention`).not.toContain(a)
  }
}

describe.each([
  ["gazetteer", GAZETTEER_CASES],
  ["clitics", CLITIC_CASES],
  ["patterns", PATTERN_CASES],
  ["family names", [...SURNAME_CASES, ALIAS_CASE]]
] as const)("extractMentions: %s", (_, cases) => {
  it.each(cases.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    check(c, extractMentions(c.text), c.text)
  })
})

describe("extractMentions: spans and fields", () => {
  it("keeps raw offsets through diacritics, tatweel and odd spaces", () => {
    const text = "قالَ  وزيرُ الدفاعِ الأميركيّ   لويد أوسـتن\u00a0في بغـداد"
    const ms = extractMentions(text)
    for (const m of ms) expect(text.slice(m.start, m.end)).toBe(m.text)
    const austin = ms.find((m) => m.type === "PERSON")
    expect(austin?.key).toBe("لويد اوستن")
    expect(austin?.role).toContain("وزيرُ الدفاعِ")
    expect(ms.find((m) => m.type === "LOC")?.norm).toBe("بغداد")
  })

  it("gives the gazetteer id to a pattern name that is a known alias", () => {
    const ms = extractMentions("وقال رئيس الوزراء العراقي محمد شياع السوداني إن")
    expect(ms[0]?.entity_id).toBe("person:mohammed-shia-al-sudani")
    expect(ms[0]?.role).toBe("رئيس الوزراء العراقي")
  })

  it("confidences are between 0 and 1 and methods are known", () => {
    const ms = extractMentions("وقال وزير الخارجية الفرنسي جان مورو في باريس إن شركة \"ألفا\" ستعمل في مطار الحمراء")
    expect(ms.length).toBeGreaterThan(2)
    for (const m of ms) {
      expect(m.confidence).toBeGreaterThan(0)
      expect(m.confidence).toBeLessThanOrEqual(1)
      expect(["gazetteer", "pattern", "alias"]).toContain(m.method)
    }
  })

  it("mentions are in text order and never overlap", () => {
    const ms = extractMentions("وزار وزير الخارجية الأميركي أنتوني بلينكن بغداد وأربيل والتقى رئيس إقليم كردستان")
    for (let i = 1; i < ms.length; i++) expect(ms[i]!.start).toBeGreaterThanOrEqual(ms[i - 1]!.end)
  })

  it("returns nothing for empty or non-Arabic text", () => {
    expect(extractMentions("")).toEqual([])
    expect(extractMentions("   \n\t ")).toEqual([])
    expect(extractMentions("12345 !!! ???")).toEqual([])
  })
})

describe("extractMentions: options", () => {
  const text = "وقال المحلل السياسي مازن العبيدي في بغداد"

  it("filters by type", () => {
    const ms = extractMentions(text, { types: ["LOC"] })
    expect(ms.map((m) => m.type)).toEqual(["LOC"])
  })

  it("filters by source", () => {
    expect(extractMentions(text, { sources: ["gazetteer"] }).map((m) => m.text)).toEqual(["بغداد"])
    expect(extractMentions(text, { sources: ["pattern"] }).map((m) => m.text)).toEqual(["مازن العبيدي"])
  })

  it("filters by confidence", () => {
    for (const m of extractMentions(text, { minConfidence: 0.9 })) expect(m.confidence).toBeGreaterThanOrEqual(0.9)
  })

  it("throws an error naming a wrong option", () => {
    expect(() => extractMentions(text, { minConfidence: 2 })).toThrow(/minConfidence/)
    expect(() => extractMentions(text, { types: ["CITY" as "LOC"] })).toThrow(/types/)
    expect(() => extractMentions(text, { colour: "red" } as never)).toThrow(/colour/)
  })

  it("throws on a non-string text", () => {
    expect(() => extractMentions(42 as unknown as string)).toThrow(TypeError)
  })

  it("uses a custom gazetteer", () => {
    const g = GazetteerIndex.fromEntries([{ id: "loc:x:qamar", type: "LOC", kind: "city", name: "مدينة القمر الفضية", aliases: ["قمرستان"] }])
    const ms = extractMentions("سافر إلى قمرستان ثم إلى بغداد", { gazetteer: g, sources: ["gazetteer"] })
    expect(ms.map((m) => [m.text, m.entity_id])).toEqual([["قمرستان", "loc:x:qamar"]])
  })
})

describe("extractDocumentMentions", () => {
  it("finds a bare family name in another segment of the document", () => {
    const [first, second] = extractDocumentMentions(["قال الخبير العسكري صفاء الكبيسي إن الهجوم فشل", "وأضاف الكبيسي أن"])
    expect(first?.[0]?.text).toBe("صفاء الكبيسي")
    expect(second?.[0]).toMatchObject({ text: "الكبيسي", key: "صفاء الكبيسي", type: "PERSON" })
  })

  it("takes a family name that is also a nationality after a reporting verb or in the frame وكان … قد", () => {
    const [, said, had, man, title] = extractDocumentMentions([
      "استقبل الرئيس عادل العراقي وفدا من المانحين",
      "وقال العراقي إن الدعم سيصل قريبا",
      "وكان العراقي قد دعا إلى مؤتمر",
      "وكان العراقي المقيم في روما يعمل في مطعم",
      "ورحب الرئيس العراقي بالوفد"
    ])
    expect(said?.map((m) => [m.text, m.key])).toEqual([["العراقي", "عادل العراقي"]])
    expect(had?.map((m) => [m.text, m.key])).toEqual([["العراقي", "عادل العراقي"]])
    expect(man?.filter((m) => m.type === "PERSON")).toEqual([])
    // after a title, a nationality adjective is the title's
    expect(title?.filter((m) => m.type === "PERSON")).toEqual([])
  })

  it("counts a name that needs context when its entity is found without doubt in another segment", () => {
    const [title, body, other] = extractDocumentMentions(["الهلال يفوز بثلاثية", "حقق فريق الهلال فوزا كبيرا", "وفي سياق آخر رفع الهلال الأحمر جاهزيته"])
    expect(title?.map((m) => [m.text, m.entity_id])).toEqual([["الهلال", "org:club:sa:al-hilal"]])
    expect(body?.map((m) => m.text)).toEqual(["الهلال"])
    expect(other?.map((m) => m.text)).toEqual(["الهلال الأحمر"])
    // alone, the bare name is a common word
    expect(extractDocumentMentions(["الهلال يفوز بثلاثية"])[0]).toEqual([])
  })

  it("reads a city that is also a club as the club after a match-report cue, in sports documents only", () => {
    const sports = extractDocumentMentions(["تعادل إشبيلية أمام نابولي في الشوط الأول", "وأهدر مهاجم الفريق ركلة جزاء قبل نهاية المباراة"])[0]!
    expect(sports.map((m) => [m.text, m.type, m.entity_id])).toEqual([
      ["إشبيلية", "ORG", "org:club:es:sevilla"],
      ["نابولي", "ORG", "org:club:it:napoli"]
    ])
    // the same cue outside a match report, a locative preposition, or a country: the place
    const visit = extractDocumentMentions(["عقد الوفد لقاء أمام نابولي القديمة ثم غادر"])[0]!
    expect(visit.map((m) => [m.text, m.type])).toEqual([["نابولي", "LOC"]])
    const city = extractDocumentMentions(["أقيمت المباراة في نابولي ضمن الدوري الإيطالي وفاز المنتخب على قطر"])[0]!
    expect(city.filter((m) => m.text === "نابولي" || m.text === "قطر").map((m) => m.type)).toEqual(["LOC", "LOC"])
  })

  it("links a bare organization phrase to the one known organization of the document that adds a nationality to it", () => {
    const [full, short] = extractDocumentMentions(["صوت مجلس النواب العراقي على القانون", "وقال مجلس النواب إن الجلسة رفعت"])
    expect(full?.map((m) => m.entity_id)).toEqual(["org:gov:iq:parliament"])
    expect(short?.map((m) => [m.text, m.entity_id, m.key])).toEqual([["مجلس النواب", "org:gov:iq:parliament", full?.[0]?.key]])
    // two parliaments in the document: the short form stays unlinked
    const both = extractDocumentMentions(["التقى وفد مجلس النواب العراقي وفدا من مجلس النواب اللبناني", "وقال مجلس النواب إن الجلسة رفعت"])
    expect(both[1]?.map((m) => m.entity_id)).toEqual([null])
  })

  it("reads a club with ل before its article as the club in a match report ('سجل للأهلي'), and confirms its bare mentions", () => {
    const [title, body] = extractDocumentMentions(["الأهلي يواصل الانتصارات", "وسجل للأهلي لاعبه البديل في الدقيقة الأخيرة من المباراة، ليحسم الشوط الثاني"])
    expect(body?.map((m) => [m.text, m.entity_id])).toEqual([["للأهلي", "org:club:eg:al-ahly"]])
    expect(title?.map((m) => m.entity_id)).toEqual(["org:club:eg:al-ahly"])
  })

  it("reads every bare mention of a city as the club once a match report names the club without doubt", () => {
    const [title, body, place] = extractDocumentMentions([
      "نابولي يعود من بعيد",
      "وتعادل نابولي الإيطالي مع ضيفه في المباراة، وكان نابولي قد تأخر في الشوط الأول",
      "وتقام مباراة الإياب في نابولي الأسبوع المقبل"
    ])
    expect(title?.map((m) => [m.text, m.entity_id])).toEqual([["نابولي", "org:club:it:napoli"]])
    expect(body?.filter((m) => m.text.startsWith("نابولي")).map((m) => m.entity_id)).toEqual(["org:club:it:napoli", "org:club:it:napoli"])
    // after في the city is where the match is played
    expect(place?.map((m) => [m.text, m.type])).toEqual([["نابولي", "LOC"]])
    // without the club named for sure, the bare name stays the city
    expect(extractDocumentMentions(["نابولي يعود من بعيد", "وتأخر الفريق في الشوط الأول من المباراة"])[0]?.map((m) => m.type)).toEqual(["LOC"])
  })

  it("never counts a name that needs context right after a number, even when the document confirms it", () => {
    const [date, company] = extractDocumentMentions(["وتراجعت الأسهم في 14 نيسان/أبريل الماضي", "وارتفعت أسهم شركة نيسان اليابانية"])
    expect(date).toEqual([])
    expect(company?.map((m) => m.entity_id)).toContain("org:company:nissan")
  })

  it("takes a definite family name of a gazetteer person only after a reporting verb or a title", () => {
    const [league, said] = extractDocumentMentions(["وتصدر الفريق الدوري الإنجليزي بفارق نقطتين", "وقال الدوري في بيانه إن الحزب مستمر"])
    // the league is a competition (MISC), its first word no family name
    expect(league?.map((m) => [m.text, m.type])).toEqual([["الدوري الإنجليزي", "MISC"]])
    expect(said?.map((m) => [m.text, m.type])).toEqual([["الدوري", "PERSON"]])
  })

  it("reads a name after a correspondent as the outlet, never as a person", () => {
    const [a, b] = extractDocumentMentions(["وتظاهر العشرات أمام المبنى، بحسب مراسل الصباح.", "وأفاد مراسل الجزيرة بأن القصف استمر"])
    expect(a?.map((m) => [m.text, m.type, m.entity_id])).toEqual([["الصباح", "ORG", "org:media:alsabaah"]])
    expect(b?.map((m) => [m.text, m.type])).toEqual([["الجزيرة", "ORG"]])
    // alone, "الصباح" is the morning
    expect(extractDocumentMentions(["وصل الوفد صباح الأحد، وفي الصباح عقد اجتماعا"])[0]).toEqual([])
  })

  it("reads a weak organization head before a place as a verbal noun", () => {
    const [ms] = extractDocumentMentions(["وأشاد الاتحاد بتنظيم المغرب لكأس أمم أفريقيا"])
    expect(ms?.map((m) => m.text)).not.toContain("تنظيم المغرب")
    expect(ms?.map((m) => m.text)).toContain("المغرب")
  })

  it("does not take a family name that is a nationality adjective without context", () => {
    const [, second] = extractDocumentMentions(["التقى الوزير حيدر السوداني بالوفد", "وقال الجيش السوداني إن"])
    expect(second?.map((m) => m.text) ?? []).not.toContain("السوداني")
  })
})

describe("procliticStems", () => {
  it("reads conjunction, preposition and article", () => {
    expect(procliticStems("وبغداد")[0]).toEqual({ stem: "بغداد", cut: 1 })
    expect(procliticStems("للعراق")[0]).toEqual({ stem: "العراق", cut: 0 })
    expect(procliticStems("وللعراق")).toContainEqual({ stem: "العراق", cut: 1 })
    expect(procliticStems("بالعراق")).toContainEqual({ stem: "العراق", cut: 1 })
    expect(procliticStems("كلاوس")).toEqual([])
  })
})

describe("bylineNames", () => {
  it("reads the people of a byline, keeping a name's own و after a separator mark", () => {
    const names = (t: string): Array<string> => bylineNames(t, extractMentions(t)).map((m) => m.text)
    expect(names("كتب - وسيم فارس")).toEqual(["وسيم فارس"])
    expect(names("فارس العمران ووكالة الصحافة الفرنسية")).toEqual(["فارس العمران"])
  })
})

describe("modelMention", () => {
  it("links a tagged name to the gazetteer entry it names, keyed by the canonical name", () => {
    const m = modelMention({ start: 0, end: 22, text: "المملكة العربية السعودية", type: "LOC", confidence: 0.876 })
    expect(m).toMatchObject({ entity_id: "loc:country:SA", key: "السعوديه", method: "model", confidence: 0.88 })
    expect(modelMention({ start: 0, end: 9, text: "سامر خليل", type: "PERSON", confidence: 0.7 })).toMatchObject({ entity_id: null, key: "سامر خليل" })
  })

  it("leaves out a trailing counted noun in the indefinite accusative", () => {
    const text = "وسجل مالكوم هدفا"
    const m = modelMention({ start: 5, end: 16, text: "مالكوم هدفا", type: "PERSON", confidence: 0.6 })
    expect(m).toMatchObject({ start: 5, end: 11, text: "مالكوم" })
    expect(text.slice(m.start, m.end)).toBe(m.text)
    // a name word that is no counted noun stays
    expect(modelMention({ start: 0, end: 8, text: "علي رضا", type: "PERSON", confidence: 0.6 }).text).toBe("علي رضا")
  })

  it("leaves out a trailing counted dual or function word, and keeps a trailing nationality", () => {
    expect(modelMention({ start: 0, end: 13, text: "رونالدو هدفين", type: "PERSON", confidence: 0.6 }).text).toBe("رونالدو")
    const text = "قتل الطالبة نيرة أشرف أمام الجامعة"
    const m = modelMention({ start: 12, end: 26, text: "نيرة أشرف أمام", type: "PERSON", confidence: 0.6 })
    expect(m.text).toBe("نيرة أشرف")
    expect(text.slice(m.start, m.end)).toBe(m.text)
    expect(modelMention({ start: 0, end: 16, text: "الحكومة السعودية", type: "ORG", confidence: 0.6 }).text).toBe("الحكومة السعودية")
  })
})

describe("withModelMentions", () => {
  it("adds the tagger's names where no rule mention overlaps, and keeps offsets exact", () => {
    const texts = ["وقال المهندس كريستوف دوبري إن المشروع يتقدم ببطء في مدينة بازل."]
    const [ms] = withModelMentions(texts, extractDocumentMentions(texts))
    for (const m of ms!) expect(texts[0]!.slice(m.start, m.end)).toBe(m.text)
    for (let i = 1; i < ms!.length; i++) expect(ms![i]!.start).toBeGreaterThanOrEqual(ms![i - 1]!.end)
  })

  it("reads a one-word place or body that is a given name and a common word as no name, a person as one", () => {
    expect(lexiconDenies({ norm: "سلام", type: "LOC" })).toBe(true)
    expect(lexiconDenies({ norm: "امل", type: "ORG" })).toBe(true)
    expect(lexiconDenies({ norm: "سلام", type: "PERSON" })).toBe(false)
    expect(lexiconDenies({ norm: "سلام فياض", type: "PERSON" })).toBe(false)
    expect(lexiconDenies({ norm: "بغداد", type: "LOC" })).toBe(false)
  })

  it("reads a one-word place that is a nationality adjective as the adjective; the gazetteer keeps the country where it is meant", () => {
    expect(lexiconDenies({ norm: "سوريه", type: "LOC" })).toBe(true)
    expect(lexiconDenies({ norm: "مالي", type: "LOC" })).toBe(true)
    expect(lexiconDenies({ norm: "سوريا", type: "LOC" })).toBe(false)
    const texts = ["وتسيطر فصائل سورية موالية لأنقرة على المنطقة منذ سنوات.", "وعاد اللاجئون إلى سورية بعد الحرب."]
    const [a, b] = withModelMentions(texts, extractDocumentMentions(texts))
    expect(a!.map((m) => m.text)).not.toContain("سورية")
    expect(b!.map((m) => [m.text, m.type, m.entity_id])).toContainEqual(["سورية", "LOC", "loc:country:SY"])
  })

  it("drops names that the lexicon reads as nouns: a disease, a religious group", () => {
    const texts = ["وقالت الوزارة إن فيروس كورونا ينتشر بسرعة.", "وأضاف أن الشيعة والسنة شاركوا في الانتخابات."]
    const all = withModelMentions(texts, extractDocumentMentions(texts)).flat()
    expect(all.filter((m) => m.text === "الشيعة" || m.text === "والسنة")).toEqual([])
    // the disease is the events gazetteer's MISC, never a person, place or organization
    expect(all.filter((m) => m.text.includes("كورونا")).map((m) => [m.text, m.type, m.method])).toEqual([["فيروس كورونا", "MISC", "gazetteer"]])
  })
})

describe("creditOutlets", () => {
  it("reads outlets in the parts of a credit line, ambiguous names included", () => {
    expect(creditOutlets("وفا").map((m) => [m.text, m.type, m.entity_id])).toEqual([["وفا", "ORG", "org:media:wafa"]])
    const credit = "تصوير: علي حسن | رويترز ووكالة الصحافة الفرنسية"
    const found = creditOutlets(credit)
    expect(found.map((m) => m.entity_id)).toEqual(["org:media:reuters", "org:media:afp"])
    for (const m of found) expect(credit.slice(m.start, m.end)).toBe(m.text)
    expect(creditOutlets("الجزيرة + وكالات").map((m) => m.text)).toEqual(["الجزيرة"])
  })

  it("reads nothing from a part that is more than an outlet's name", () => {
    expect(creditOutlets("زار الوفد مدينة بترا الأثرية")).toEqual([])
    expect(creditOutlets("سامي العلي")).toEqual([])
  })

  it("puts an outlet before what else was read over its characters", () => {
    const place: Mention = { start: 0, end: 4, text: "بترا", norm: "بترا", type: "LOC", method: "model", confidence: 0.6, role: null, key: "بترا", entity_id: null }
    expect(withCreditOutlets("بترا", [place]).map((m) => [m.type, m.entity_id])).toEqual([["ORG", "org:media:petra"]])
  })
})

describe("bundled gazetteers", () => {
  it("are the seven data files; ids are unique across them and carry the entry's type", () => {
    const files = bundledData().gazetteers
    expect(files.map((g) => g.name)).toEqual(["countries", "places", "organizations", "outlets", "clubs", "people", "events"])
    const ids = files.flatMap((g) => g.entries.map((e) => e.id))
    expect(new Set(ids).size).toBe(ids.length)
    const prefix = { PERSON: "person:", LOC: "loc:", ORG: "org:", MISC: "misc:" } as const
    for (const g of files) for (const e of g.entries) expect(e.id.startsWith(prefix[e.type]), e.id).toBe(true)
    expect(files.find((g) => g.name === "events")!.entries.every((e) => e.type === "MISC")).toBe(true)
  })
})

describe("entity tokens: hyphen breaks", () => {
  it("mark a break of hyphens only (with or without spaces), not one with other punctuation", () => {
    const hyphen = (text: string): boolean => (tokenize(text).gaps[1]! & HYPHEN) !== 0
    expect(hyphen("كوفيد-19")).toBe(true)
    expect(hyphen("سايكس - بيكو")).toBe(true)
    expect(hyphen("كوفيد، 19")).toBe(false)
    expect(hyphen("كوفيد ،- 19")).toBe(false)
    expect(hyphen("كوفيد 19")).toBe(false)
    // a hyphen is still a break for everything but phrases listed with one
    expect(tokenize("كوفيد-19").gaps[1]! & BREAK).toBe(BREAK)
  })
})
