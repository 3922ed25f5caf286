import { describe, expect, it } from "vitest"
import { segmentDocument, type SegmentRecord } from "../src/index.js"

/** Every segment's text is the document's text at its offsets. */
const expectOffsets = (text: string, segments: ReadonlyArray<SegmentRecord>): void => {
  for (const s of segments) expect(text.slice(s.start, s.end)).toBe(s.text)
}

const read = (lines: ReadonlyArray<string>) => {
  const text = lines.join("\n")
  const { segments, meta } = segmentDocument(text, "t")
  expectOffsets(text, segments)
  return { meta, segments, roles: segments.map((s) => s.role), pairs: segments.map((s) => `${s.role}:${s.text}`) }
}

const TITLE = "البلدية تطلق حملة لتنظيف الشواطئ قبل الصيف"
const LEAD = "أطلقت البلدية صباح اليوم حملة واسعة لتنظيف الشواطئ بمشاركة مئات المتطوعين."
const BODY = "وقال رئيس البلدية إن الحملة ستستمر أسبوعين وتشمل كل الأحياء الساحلية."

describe("share buttons printed one network a line", () => {
  it("reads the share label and every line of network names as boilerplate", () => {
    const { roles, pairs } = read([TITLE, LEAD, BODY, "شارك المقال", "فيسبوك", "X", "واتساب، تلغرام", "LinkedIn | Telegram", "ماسنجر", "بريد إلكتروني"])
    expect(roles).toEqual(["title", "lead", "body", "boilerplate", "boilerplate", "boilerplate", "boilerplate", "boilerplate", "boilerplate", "boilerplate"])
    expect(pairs).toContain("boilerplate:فيسبوك")
  })

  it("after other share labels too: مشاركة, شارك هذا الخبر", () => {
    for (const label of ["مشاركة", "شارك هذا الخبر", "شارك الموضوع:"]) {
      const { roles } = read([TITLE, LEAD, BODY, label, "تويتر", "لينكدإن", "تيليغرام", "Facebook"])
      expect(roles, label).toEqual(["title", "lead", "body", "boilerplate", "boilerplate", "boilerplate", "boilerplate", "boilerplate"])
    }
  })

  it("keeps text that only mentions a network", () => {
    const { roles } = read([
      "فيسبوك تحذف ملايين الحسابات الوهمية",
      "أعلنت شركة فيسبوك أنها حذفت ملايين الحسابات الوهمية خلال الربع الأخير.",
      "حسابات على تويتر",
      "ونشرت الوزارة البيان على فيسبوك وتويتر وواتساب.",
      "تويتر وفيسبوك تحت المجهر"
    ])
    expect(roles).toEqual(["title", "lead", "heading", "body", "body"])
  })
})

describe("a dateline and an agency of the Arab press", () => {
  it("reads 'PLACE - وات' as the dateline and TAP's credit, and the author's line after it as the byline", () => {
    const { meta, roles, pairs } = read(["الحكومة تقر خطة لدعم صغار الفلاحين", "قابس - وات", "كتب: منير الصغير", LEAD, BODY])
    expect(meta).toMatchObject({ dateline: "قابس", byline: "منير الصغير", outlet: null })
    expect(roles).toEqual(["title", "dateline", "byline", "byline", "lead", "body"])
    expect(pairs[2]).toBe("byline:وات")
  })

  it.each([
    ["نابل - وات", "نابل", "وات"],
    ["طنجة - ومع", "طنجة", "ومع"],
    ["بنغازي - لانا", "بنغازي", "لانا"],
    ["صيدا - الوكالة الوطنية للإعلام", "صيدا", "الوكالة الوطنية للإعلام"],
    ["زحلة - NNA", "زحلة", "NNA"],
    ["الدوحة - قنا", "الدوحة", "قنا"],
    ["المنامة - بنا", "المنامة", "بنا"],
    ["مسقط - العمانية", "مسقط", "العمانية"],
    ["عدن - سبأ", "عدن", "سبأ"],
    ["القاهرة - أ ش أ", "القاهرة", "أ ش أ"]
  ])("%s", (line, dateline, byline) => {
    const { meta, roles } = read([TITLE, line, LEAD, BODY])
    expect(meta).toMatchObject({ dateline, byline })
    expect(roles).toEqual(["title", "dateline", "byline", "lead", "body"])
  })

  it("reads an agency after the dateline inside the lead", () => {
    const { meta, pairs } = read([TITLE, "سوسة - وات - " + LEAD, BODY])
    expect(meta.dateline).toBe("سوسة")
    expect(pairs.slice(1, 3)).toEqual(["dateline:سوسة -", "source:وات -"])
  })

  it("takes no quantity in parentheses for a photo credit ('500 وات' is a power)", () => {
    const { roles } = read([TITLE, LEAD, "وتعمل المولدات الجديدة بالطاقة الشمسية بقدرة صغيرة (500 وات)", BODY])
    expect(roles).toEqual(["title", "lead", "body", "body"])
  })
})

describe("a dateline then a name of several parts", () => {
  it.each([
    ["بجاية - عبد الحميد بن عبد الرحمن", "بجاية", "عبد الحميد بن عبد الرحمن"],
    ["تلمسان - محمد الأمين بن عبد القادر", "تلمسان", "محمد الأمين بن عبد القادر"],
    ["نواكشوط - سيدي أحمد ولد محمد الأمين", "نواكشوط", "سيدي أحمد ولد محمد الأمين"],
    ["قسنطينة - عبد الرحمن بن عبد العزيز آل سعيد", "قسنطينة", "عبد الرحمن بن عبد العزيز آل سعيد"]
  ])("%s", (line, dateline, byline) => {
    const { meta, roles } = read([TITLE, line, LEAD, BODY])
    expect(meta).toMatchObject({ dateline, byline })
    expect(roles).toEqual(["title", "dateline", "byline", "lead", "body"])
  })

  it("still leaves a line of many plain words whole", () => {
    const { meta } = read([TITLE, "وهران - سامي رامي كريم وليد ناصر", LEAD, BODY])
    expect(meta.dateline).toBeNull()
  })
})

describe("an outlet's line in the header", () => {
  it("reads a known outlet before the dateline as the outlet, then the dateline and its agency", () => {
    const { meta, roles, pairs } = read([TITLE, "سكاي نيوز عربية", "دبي - أ ف ب", LEAD, BODY])
    expect(meta).toMatchObject({ outlet: "سكاي نيوز عربية", dateline: "دبي", byline: "أ ف ب" })
    expect(roles).toEqual(["title", "source", "dateline", "byline", "lead", "body"])
    expect(pairs[3]).toBe("byline:أ ف ب")
  })

  it("reads a known outlet of one word, and one without a dateline after it", () => {
    expect(read([TITLE, "هسبريس", LEAD, BODY])).toMatchObject({ meta: { outlet: "هسبريس", byline: null }, roles: ["title", "source", "lead", "body"] })
    // a name that is also a common word or a place is an outlet only in its qualified form
    expect(read([TITLE, "شبكة الميادين", LEAD, BODY]).meta.outlet).toBe("شبكة الميادين")
    expect(read([TITLE, "الشرق الأوسط", LEAD, BODY]).meta.outlet).toBeNull()
    expect(read([TITLE, "العربي الجديد", LEAD, BODY])).toMatchObject({ meta: { outlet: "العربي الجديد", byline: null }, roles: ["title", "source", "lead", "body"] })
  })

  it("splits a dateline and its credit after an author's name", () => {
    const { meta, roles } = read([TITLE, "سامر الحلبي", "برلين - رويترز", LEAD, BODY])
    expect(meta).toMatchObject({ byline: "سامر الحلبي", dateline: "برلين", outlet: null })
    expect(roles).toEqual(["title", "byline", "dateline", "byline", "lead", "body"])
  })

  it("splits a dateline and its credit after a subtitle", () => {
    const { meta, roles } = read([TITLE, "في أول حملة من نوعها منذ عامين", "موسكو - أ ف ب", LEAD, BODY])
    expect(meta).toMatchObject({ dateline: "موسكو", byline: "أ ف ب" })
    expect(roles).toEqual(["title", "heading", "dateline", "byline", "lead", "body"])
  })
})

describe("a staff credit at the end of the article", () => {
  it("reads 'المحرر: NAME' after the text as a byline, not content", () => {
    const { meta, roles } = read([TITLE, LEAD, BODY, "وأضاف أن البلدية ستوفر الحاويات والمعدات اللازمة للمتطوعين.", "المحرر: رامي الحداد"])
    expect(roles).toEqual(["title", "lead", "body", "body", "byline"])
    expect(meta.byline).toBe("رامي الحداد")
  })

  it("keeps the author of the header as the byline, and reads furniture after the credit", () => {
    const { meta, roles } = read([TITLE, "كتبت: هالة منصور", LEAD, BODY, "وأضاف أن البلدية ستوفر الحاويات.", "تحرير - وليد سعيد", "تصوير: نادر جمال", "جميع الحقوق محفوظة"])
    expect(roles).toEqual(["title", "byline", "lead", "body", "body", "byline", "credit", "boilerplate"])
    expect(meta.byline).toBe("هالة منصور")
  })

  it("keeps a last sentence that opens with a credit's word, and a last line that names no one", () => {
    expect(read([TITLE, LEAD, BODY, "تحرير الشواطئ من النفايات مسؤولية الجميع: قال رئيس البلدية في ختام حديثه."]).roles).toEqual(["title", "lead", "body", "body"])
    const teaser = read([TITLE, LEAD, BODY, "وأضاف أن البلدية ستوفر الحاويات والمعدات اللازمة للمتطوعين.", "تقرير: البلدية تحذر من تلوث الشواطئ في الصيف"])
    expect(teaser.roles).not.toContain("byline")
  })
})
