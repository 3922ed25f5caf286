import fc from "fast-check"
import { readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"
import { BoilerplateLearner, lineKey, loadFileSync, parsePublishedDate, segmentDocument, splitSentences, type SegmentRecord } from "../src/index.js"

interface Expected {
  title: string
  section: string | null
  byline: string | null
  outlet: string | null
  published: string | null
  dateline: string | null
  headings: Array<string>
  boilerplate: Array<string>
  duplicate_captions: number
  tags_line_prefix: string | null
  related_marker: string | null
  related_titles?: Array<string>
}
const expected = JSON.parse(readFileSync("tests/fixtures-expected.json", "utf8")) as Record<string, Expected>

const textOf = (file: string): string => {
  const dir = /^\d\d-/.test(file) ? "articles" : "special"
  const [r] = loadFileSync(`fixtures/${dir}/${file}`)
  if (!r?.ok) throw new Error(`cannot load ${file}`)
  return r.article.text
}

/** Segments are in order, never overlap, and cover every non-blank character. */
const expectTiling = (text: string, segments: ReadonlyArray<SegmentRecord>): void => {
  let at = 0
  for (const s of segments) {
    expect(s.start).toBeGreaterThanOrEqual(at)
    expect(s.end).toBeGreaterThan(s.start)
    expect(text.slice(s.start, s.end)).toBe(s.text)
    expect(text.slice(at, s.start).replace(/[\u0000\u200b-\u200f\ufeff]/g, "").trim()).toBe("")
    at = s.end
  }
  expect(text.slice(at).replace(/[\u0000\u200b-\u200f\ufeff]/g, "").trim()).toBe("")
}

describe("BoilerplateLearner", () => {
  it("counts a document copied several times once, and learns the lines that different documents share", () => {
    const story = "الحكومة تقر الموازنة\nأقر مجلس الوزراء مشروع الموازنة العامة.\nتابعونا على تلغرام"
    const learner = new BoilerplateLearner()
    for (const text of [story, story, story, "خبر آخر عن الطقس\nتابعونا على تلغرام", "خبر ثالث عن النقل\nتابعونا على تلغرام"]) learner.add(text)
    const learned = learner.learned()
    expect(learner.size).toBe(3)
    expect(learned.has(lineKey("تابعونا على تلغرام"))).toBe(true)
    expect(learned.has(lineKey("أقر مجلس الوزراء مشروع الموازنة العامة."))).toBe(false)
  })
})

describe("segmentDocument on the bundled fixtures", () => {
  const learner = new BoilerplateLearner()
  for (const file of Object.keys(expected)) learner.add(textOf(file))
  const learned = learner.learned()

  for (const [file, want] of Object.entries(expected)) {
    it(`reads ${file}`, () => {
      const text = textOf(file)
      const { segments, meta } = segmentDocument(text, "d", { learned })
      expectTiling(text, segments)
      expect(meta.title).toBe(want.title)
      expect(meta.section).toBe(want.section)
      expect(meta.published).toBe(want.published)
      expect(meta.dateline).toBe(want.dateline)
      if (want.byline !== null) expect(meta.byline).toContain(want.byline)
      else expect(meta.byline).toBeNull()
      for (const h of want.headings) expect(segments.some((s) => s.role === "heading" && s.text === h), `heading ${h}`).toBe(true)
      for (const b of want.boilerplate) expect(segments.some((s) => s.role === "boilerplate" && s.text.includes(b)), `boilerplate ${b}`).toBe(true)
      const dups = segments.filter((s) => s.duplicate_of !== null && s.role === "caption")
      expect(dups.length).toBe(want.duplicate_captions)
      for (const d of dups) expect(segments.find((s) => s.seg_id === d.duplicate_of)?.text).toBe(d.text)
      if (want.tags_line_prefix !== null) expect(segments.some((s) => s.role === "tags" && s.text.startsWith(want.tags_line_prefix!))).toBe(true)
      if (want.related_marker !== null) expect(segments.some((s) => s.role === "related" && s.text.startsWith(want.related_marker!))).toBe(true)
      for (const t of want.related_titles ?? []) expect(segments.some((s) => s.role === "related" && s.text === t), `related ${t}`).toBe(true)
    })
  }
})

describe("segment roles", () => {
  it("reads a time-since-publication line as the published line, and a credit in parentheses on its own line", () => {
    const text = [
      "محليات",
      "منذ 5 ساعات",
      "افتتاح جسر جديد فوق النهر في وسط المدينة",
      "الموصل - رنا خليل",
      "افتتح المحافظ صباح اليوم جسرا جديدا يربط ضفتي النهر.",
      "(الصورة: وكالات)",
      "مشاة يعبرون الجسر الجديد بعد افتتاحه",
      "وقال المحافظ إن الجسر كلف نحو 40 مليار دينار."
    ].join("\n")
    const { segments, meta } = segmentDocument(text, "x")
    expectTiling(text, segments)
    expect(meta).toMatchObject({ title: "افتتاح جسر جديد فوق النهر في وسط المدينة", section: "محليات", byline: "رنا خليل", dateline: "الموصل", published: null })
    expect(segments.map((s) => s.role).slice(0, 7)).toEqual(["section", "published", "title", "dateline", "byline", "lead", "credit"])
    // a word in parentheses that merely contains an agency's letters is no credit ("لبنان" has "بنا")
    const plain = segmentDocument("عنوان عن زيارة الوفد\nزار الوفد مدينة صور الساحلية في جنوب (لبنان)", "w")
    expect(plain.segments.map((s) => s.role)).not.toContain("credit")
    // "قبل يومين" too; a sentence that starts with منذ is no published line
    expect(segmentDocument("قبل يومين\nعنوان الخبر عن الجسر الجديد\nنص الخبر هنا.", "y").segments[0]!.role).toBe("published")
    const body = segmentDocument("عنوان الخبر عن الجسر\nمنذ ثلاثة أيام والمدينة تنتظر افتتاح الجسر الجديد.", "z")
    expect(body.segments.map((s) => s.role)).toEqual(["title", "lead"])
  })

  it("finds section, title, byline, dateline, caption, credit, heading and furniture", () => {
    const text = [
      "اقتصاد",
      "",
      "الحكومة تعلن خطة جديدة لدعم المزارعين في الجنوب",
      "سلمى يوسف |",
      "صورة لحقل قمح قرب المدينة خلال موسم الحصاد [تصوير سلمى يوسف]",
      "صورة لحقل قمح قرب المدينة خلال موسم الحصاد [تصوير سلمى يوسف]",
      "القاهرة - أعلنت الحكومة اليوم خطة لدعم المزارعين. وقال الوزير إن الخطة تبدأ الشهر المقبل.",
      "وأضاف أن التمويل سيأتي من الموازنة العامة للدولة.",
      "تمويل الخطة",
      "وتبلغ كلفة الخطة نحو 3.4 مليار جنيه بحسب البيان.",
      "كلمات دلالية: الزراعة القمح الحكومة",
      "اقرأ أيضا:",
      "عنوان خبر آخر عن الطقس",
      "نص خبر آخر لا علاقة له بهذا الخبر.",
      "هل أعجبك هذا المقال؟"
    ].join("\n")
    const { segments, meta } = segmentDocument(text, "x")
    expectTiling(text, segments)
    expect(meta).toEqual({ title: "الحكومة تعلن خطة جديدة لدعم المزارعين في الجنوب", section: "اقتصاد", byline: "سلمى يوسف", dateline: "القاهرة", outlet: null, published: null })
    const roles = segments.map((s) => s.role)
    expect(roles).toEqual([
      "section", "title", "byline", "caption", "credit", "caption", "credit", "dateline", "lead", "lead", "body", "heading", "body", "tags", "related", "related", "related", "boilerplate"
    ])
    expect(segments[5]!.duplicate_of).toBe(segments[3]!.seg_id)
    expect(segments[6]!.duplicate_of).toBe(segments[4]!.seg_id)
    expect(segments.find((s) => s.text.includes("3.4"))?.text).toBe("وتبلغ كلفة الخطة نحو 3.4 مليار جنيه بحسب البيان.")
  })

  it("reads a dateline with its date and agency before the lead (WAFA's style)", () => {
    const text = "ارتفاع حصيلة الضحايا في القطاع\nغزة 11-11-2024 وفا- أعلنت وزارة الصحة اليوم الاثنين ارتفاع الحصيلة.\nوأوضحت الوزارة أن الحصيلة ارتفعت."
    const { meta, segments } = segmentDocument(text, "x")
    expectTiling(text, segments)
    expect(meta).toMatchObject({ dateline: "غزة", published: "2024-11-11" })
    expect(segments.map((s) => [s.role, s.text])).toEqual([
      ["title", "ارتفاع حصيلة الضحايا في القطاع"],
      ["dateline", "غزة"],
      ["published", "11-11-2024"],
      ["source", "وفا-"],
      ["lead", "أعلنت وزارة الصحة اليوم الاثنين ارتفاع الحصيلة."],
      ["body", "وأوضحت الوزارة أن الحصيلة ارتفعت."]
    ])
  })

  it("splits a dateline from an agency in parentheses, which is no photo credit", () => {
    const { meta, segments } = segmentDocument("الوزارة تعلن خطة جديدة للطرق\nجنيف - (أ ف ب)\nأعلنت الوزارة اليوم عن خطة جديدة.", "x")
    expect(meta).toMatchObject({ dateline: "جنيف", byline: "أ ف ب" })
    expect(segments.map((s) => s.role)).toEqual(["title", "dateline", "byline", "lead"])
  })

  it("splits a dateline from the newspaper that follows it", () => {
    const { meta, segments } = segmentDocument("الوزارة تعلن خطة جديدة للطرق\nالبصرة/ المدى\nأعلنت الوزارة اليوم عن خطة جديدة.", "x")
    expect(meta).toMatchObject({ dateline: "البصرة", byline: "المدى", outlet: "المدى" })
    expect(segments.map((s) => s.role)).toEqual(["title", "dateline", "byline", "lead"])
  })

  it("reads a teaser set in mid-article as related, and the article after it as body", () => {
    const text = [
      "الحكومة تعلن خفض دعم الوقود اعتبارا من الشهر المقبل",
      "القاهرة - أعلنت الحكومة اليوم خفض دعم الوقود. وقال الوزير إن القرار يبدأ الشهر المقبل.",
      "اقرأ أيضا: البنك المركزي يثبت أسعار الفائدة للمرة الرابعة",
      "اقرأ أيضا: ارتفاع أسعار الذهب في السوق المحلية",
      "من جانبه، قال وزير المالية إن الوزارة ستوفر 3 ملايين طن إضافية خلال الربع الأول من العام.",
      "وكانت بعثة الصندوق قد أنهت مراجعتها الرابعة للبرنامج في أواخر أكتوبر الماضي.",
      "الكلمات الدالة: الوقود | الدعم | الحكومة",
      "التعليق"
    ].join("\n")
    const roles = segmentDocument(text, "x").segments.map((s) => s.role)
    expect(roles).toEqual(["title", "dateline", "lead", "lead", "related", "related", "body", "body", "tags", "boilerplate"])
  })

  it("resumes the article after a teaser block at a paragraph that continues it, or at a list's end mark", () => {
    const text = [
      "المصرف المركزي يرفع الفائدة نصف نقطة",
      "عمان ـ بترا",
      "رفع المصرف المركزي سعر الفائدة الرئيسي نصف نقطة مئوية في اجتماعه الدوري.",
      "اقرأ أيضا",
      "أسعار الذهب تتراجع في السوق المحلية",
      "وأضاف المحافظ أن القرار يهدف إلى كبح التضخم.",
      "طالع أيضا: الحكومة تقر خطة للنقل العام",
      "وتابع أن التضخم بلغ ذروته في الصيف.",
      "شاهد: لحظة افتتاح الجسر الجديد",
      "إقرأ أيضا",
      "list 1 of 2",
      "البورصة تغلق على ارتفاع",
      "end of list",
      "ويتوقع اقتصاديون رفعا آخر قبل نهاية العام الجاري بحسب استطلاع أجرته الوكالة لآراء المحللين.",
      "رابط مختصر: https://example.com/x1",
      "حقوق النشر محفوظة © 2024"
    ].join("\n")
    const { meta, segments } = segmentDocument(text, "x")
    expect(meta).toMatchObject({ dateline: "عمان", byline: "بترا" })
    expect(segments.map((s) => s.role)).toEqual([
      "title", "dateline", "byline", "lead", "related", "related", "body", "related", "body", "boilerplate", "related", "boilerplate", "related", "boilerplate", "body",
      "boilerplate", "boilerplate"
    ])
  })

  it("reads a line ending with a credit of a channel, a photo agency or a platform as a caption", () => {
    const body = "وتابع المتحدث أن القوات ستواصل عملياتها خلال الأيام المقبلة."
    for (const credit of ["(الجزيرة)", "(غيتي)", "(الفرنسية)", "(مواقع التواصل)", "(منصة إكس)"]) {
      const text = `عنوان الخبر عن العملية العسكرية\nأعلن الجيش بدء عملية واسعة في المنطقة الحدودية.\nجنود على الحدود قرب المعبر ${credit}\n${body}`
      expect(segmentDocument(text, "x").segments.map((x) => x.role), credit).toEqual(["title", "lead", "caption", "credit", "body"])
    }
  })

  it("reads a tag header alone on its line with one tag a line after it, and a line of hashtags, as tags", () => {
    const text = "عنوان الخبر عن الموازنة\nأقر مجلس الوزراء مشروع الموازنة الجديدة في اجتماعه.\nالوسوم\nالعراق\nالموازنة العامة\nشارك\n#العراق #الموازنة"
    expect(segmentDocument(text, "x").segments.map((x) => x.role)).toEqual(["title", "lead", "tags", "tags", "tags", "boilerplate", "tags"])
  })

  it("takes the publication date over the date of an update, whichever comes first", () => {
    const text = "عنوان الخبر عن المعرض السنوي\nآخر تحديث: 20 مارس 2024\nتاريخ النشر: 12 مارس 2024\nأعلنت اللجنة المنظمة أمس أن المعرض يفتح أبوابه."
    expect(segmentDocument(text, "x").meta.published).toBe("2024-03-12")
    const updatedOnly = "عنوان الخبر عن المعرض السنوي\nآخر تحديث: 20 مارس 2024\nأعلنت اللجنة المنظمة أمس أن المعرض يفتح أبوابه."
    expect(segmentDocument(updatedOnly, "x").meta.published).toBe("2024-03-20")
  })

  it("reads a bare 'نشر:' label as a publication line, also with a time glued to the day and a Hijri date after", () => {
    const plain = "اقتصاد\nالحكومة تطرح سندات جديدة\nنشر: 14 يناير 2025\nطرحت وزارة المالية سندات جديدة بقيمة كبيرة."
    const a = segmentDocument(plain, "x")
    expect(a.meta.published).toBe("2025-01-14")
    expect(a.segments.map((x) => x.role)).toEqual(["section", "title", "published", "lead"])
    const timed = "اقتصاد\nالحكومة تطرح سندات جديدة\nنُشر: 09:40-14 يناير 2025 م ـ 14 رجب 1446 هـ\nطرحت وزارة المالية سندات جديدة بقيمة كبيرة."
    expect(segmentDocument(timed, "x").meta.published).toBe("2025-01-14")
    // a sentence that starts with the verb نشر is text
    const verb = "عنوان الخبر\nنشر الجيش تعزيزات في المنطقة يوم 14 يناير 2025 بعد الهجوم الأخير على القرية."
    expect(segmentDocument(verb, "x").meta.published).toBeNull()
  })

  it("reads a long line of network names that ends in another word without backtracking for ever", () => {
    const text = `عنوان الخبر عن الاجتماع\nقال الوزير إن الاجتماع انتهى.\n${"فيسبوك تويتر واتساب تلغرام ".repeat(12)}المزيد\nفيسبوك | تويتر، واتساب\nوأضاف أن الوفد غادر.`
    const roles = segmentDocument(text, "x").segments.map((x) => x.role)
    expect(roles[2]).not.toBe("boilerplate")
    expect(roles[3]).toBe("boilerplate")
  })

  it("keeps a long line of text that ends with a footer phrase; a short footer line is furniture", () => {
    const text = "عنوان الخبر عن الشحنة\nقال وزير التجارة في عمان يوم الأحد إن شحنة القمح الثانية وصلت إلى ميناء العقبة بعد تأخير دام أسبوعين بسبب الطقس. جميع الحقوق محفوظة.\nجميع الحقوق محفوظة لموقع الخبر 2024"
    expect(segmentDocument(text, "x").segments.map((x) => x.role)).toEqual(["title", "lead", "lead", "boilerplate"])
  })

  it("reads an agency alone on a line of the header as the source, not the lead (in brackets it is a credit)", () => {
    const text = "عالم\nالوكالة الدولية تحذر من نقص الوقود\nأ ف ب\nحذرت الوكالة الدولية من نقص حاد في الوقود خلال الشتاء.\nوقال مسؤول إن المخزون يتراجع."
    expect(segmentDocument(text, "x").segments.map((x) => x.role)).toEqual(["section", "title", "source", "lead", "body"])
    // an agency's name that starts the first sentence is text
    const sentence = "عنوان الخبر عن الوقود\nرويترز تنقل عن مصادر أن المخزون يتراجع بسرعة كبيرة.\nوقال مسؤول إن الأزمة ستطول."
    expect(segmentDocument(sentence, "x").segments[1]!.role).toBe("lead")
  })

  it("reads a header line of a place and a full date as the dateline and the publication date", () => {
    const text = "محليات\nالمحافظة تفتتح جسرا جديدا\nالإسكندرية في 2 فبراير 2022\nافتتح المحافظ أمس جسرا جديدا فوق الترعة."
    const { meta, segments } = segmentDocument(text, "x")
    expect(meta.dateline).toBe("الإسكندرية")
    expect(meta.published).toBe("2022-02-02")
    expect(segments.map((x) => `${x.role}:${x.text}`)).toEqual([
      "section:محليات",
      "title:المحافظة تفتتح جسرا جديدا",
      "dateline:الإسكندرية في",
      "published:2 فبراير 2022",
      "lead:افتتح المحافظ أمس جسرا جديدا فوق الترعة."
    ])
  })

  it("reads 'PLACE/ AGENCY:' before the lead as the dateline and the agency (Anadolu's style)", () => {
    const text = "عنوان الخبر عن الحرب في القطاع\nغزة/ الأناضول: قالت وزارة الصحة إن عدد الضحايا ارتفع.\nوقال مسؤول إن القصف استمر."
    const { meta, segments } = segmentDocument(text, "x")
    expect(meta.dateline).toBe("غزة")
    expect(segments.map((x) => `${x.role}:${x.text}`).slice(1, 4)).toEqual(["dateline:غزة/", "source:الأناضول:", "lead:قالت وزارة الصحة إن عدد الضحايا ارتفع."])
  })

  it("reads the author's line after a dateline and its outlet as the byline, and the outlet as the outlet", () => {
    const text = "عنوان الخبر عن المعرض السنوي\nالقاهرة - بوابة الأهرام\nبقلم: سامي النجار\nأعلنت اللجنة المنظمة أمس أن المعرض يفتح أبوابه الأسبوع المقبل."
    const { meta, segments } = segmentDocument(text, "x")
    expect(meta).toMatchObject({ dateline: "القاهرة", byline: "سامي النجار", outlet: "بوابة الأهرام" })
    expect(segments.map((x) => x.role)).toEqual(["title", "dateline", "byline", "byline", "lead"])
  })

  it("strips the label and its mark from a byline: كتب - …, بقلم/ …, بواسطة: …, بقلم … without a mark", () => {
    for (const [line, byline] of [["كتب - محمد شعبان", "محمد شعبان"], ["كتب ـ أحمد حسن", "أحمد حسن"], ["بقلم/ د. أحمد زويل", "د. أحمد زويل"], ["بواسطة: خالد محمود", "خالد محمود"], ["بقلم أحمد سامي", "أحمد سامي"], ["كتبت منى علي", "منى علي"], ["By John Smith", "John Smith"]]) {
      const text = `عنوان الخبر عن المعرض السنوي\n${line}\nأعلنت اللجنة المنظمة أمس أن المعرض يفتح أبوابه الأسبوع المقبل.`
      expect(segmentDocument(text, "x").meta.byline, line).toBe(byline)
    }
  })

  it("takes no subtitle, caption or breadcrumb for a byline; a subtitle before a labelled byline is a heading", () => {
    const roles = (text: string) => segmentDocument(text, "x").segments.map((s) => s.role)
    const sub = segmentDocument("المصرف يخفض سعر الخصم\nفي خطوة هي الأولى منذ عامين\nكتب: سامر خليل\nقرر المصرف خفض سعر الخصم نصف نقطة.", "x")
    expect(sub.meta.byline).toBe("سامر خليل")
    expect(sub.segments.map((s) => s.role)).toEqual(["title", "heading", "byline", "lead"])
    const caption = segmentDocument("النفط يرتفع في التعاملات المبكرة\nناقلة نفط قرب ميناء الفجيرة\nناقلة نفط قرب ميناء الفجيرة (رويترز)\nارتفعت أسعار النفط في التعاملات المبكرة اليوم.", "x")
    expect(caption.meta.byline).toBeNull()
    expect(caption.segments.map((s) => [s.role, s.duplicate_of === null])).toEqual([["title", true], ["caption", true], ["caption", false], ["credit", true], ["lead", true]])
    const crumb = segmentDocument("الوزير يعلن موعد الامتحانات\nالرئيسية > تعليم\nأعلن الوزير موعد امتحانات نهاية العام.", "x")
    expect(crumb.meta).toMatchObject({ byline: null, section: "تعليم" })
    expect(roles("المصرف يخفض سعر الخصم\nفيسبوك تويتر واتساب\nقرر المصرف خفض سعر الخصم نصف نقطة.")).toEqual(["title", "boilerplate", "lead"])
  })

  it("reads a headline printed twice at the top as the title and its copy", () => {
    const { meta, segments } = segmentDocument("أخبار > اقتصاد\nالمصرف يخفض سعر الخصم للمرة الأولى\nالمصرف يخفض سعر الخصم للمرة الأولى\nكتب - سامر خليل\nقرر المصرف خفض سعر الخصم نصف نقطة.", "x")
    expect(meta).toMatchObject({ title: "المصرف يخفض سعر الخصم للمرة الأولى", byline: "سامر خليل" })
    expect(segments.map((s) => s.role)).toEqual(["section", "title", "title", "byline", "lead"])
    expect(segments[2]!.duplicate_of).toBe(segments[1]!.seg_id)
  })

  it("reads an article without a title from its first paragraph's dateline and quoted outlet", () => {
    const { meta, segments } = segmentDocument("صنعاء - «الأيام»: أعلنت السلطات المحلية، الأحد، عن افتتاح طريق جديد يربط بين المحافظتين بعد سنوات من الإغلاق.\nوقال مسؤول إن الطريق سيخفف معاناة المسافرين.", "x")
    expect(meta).toMatchObject({ title: null, dateline: "صنعاء", outlet: "الأيام" })
    expect(segments.map((s) => s.role)).toEqual(["dateline", "source", "lead", "body"])
  })

  it("takes the headline without the site's name when the page title carries it", () => {
    const { meta, segments } = segmentDocument("المصرف يخفض سعر الخصم للمرة الأولى - صحيفة الأيام\nالرئيسية > اقتصاد\nالمصرف يخفض سعر الخصم للمرة الأولى\nقرر المصرف خفض سعر الخصم نصف نقطة.", "x")
    expect(meta).toMatchObject({ title: "المصرف يخفض سعر الخصم للمرة الأولى", outlet: "صحيفة الأيام", section: "اقتصاد" })
    expect(segments.map((s) => s.role)).toEqual(["title", "section", "title", "lead"])
    expect(segments[2]!.duplicate_of).toBe(segments[0]!.seg_id)
  })

  it("takes no sentence that opens with منذ, المصدر: or تابعونا for a published line, a source or boilerplate", () => {
    const { meta, segments } = segmentDocument(
      "عنوان الخبر عن اللاجئين\nقالت المنظمة إن آلاف الأسر ما زالت نازحة.\nمنذ 3 آذار 2019 غادر أكثر من مليون شخص البلاد.\nالمصدر: الحكومة لم تقدم تفسيرا.\nتابعونا على مدى الأيام المقبلة سننشر سلسلة تقارير عن المخيمات.\nتابعونا على فيسبوك",
      "x"
    )
    expect(meta.published).toBeNull()
    expect(segments.map((s) => s.role)).toEqual(["title", "lead", "body", "body", "body", "boilerplate"])
  })

  it("takes no speaker, byline label or interview mark before a colon for a dateline", () => {
    for (const line of ["وزارة المالية: العجز تراجع إلى ستة في المئة.", "س: ما خططكم للعام المقبل؟", "مصدر عسكري: القوات تقدمت في المحور الشرقي."]) {
      expect(segmentDocument(`عنوان الخبر عن الموازنة العامة\n${line}`, "x").meta.dateline, line).toBeNull()
    }
    expect(segmentDocument("عنوان الخبر عن الموازنة العامة\nبغداد: أعلنت الوزارة خطة جديدة.", "x").meta.dateline).toBe("بغداد")
  })

  it("reads agency prefixes and published lines", () => {
    const { meta, segments } = segmentDocument("عنوان الخبر الأول هنا\nنشر في: ١٢/٠٣/٢٠٢٤\nشفق نيوز/ أعلنت الوزارة أمس عن خطة.", "x")
    expect(meta.outlet).toBe("شفق نيوز")
    expect(meta.published).toBe("2024-03-12")
    expect(segments.map((s) => s.role)).toEqual(["title", "published", "source", "lead"])
  })

  it("uses a title given with the record, and treats the text as article", () => {
    const { meta, segments } = segmentDocument("عمان - أعلنت الوزارة عن خطة جديدة.", "x", { title: "خطة جديدة" })
    expect(meta.title).toBe("خطة جديدة")
    expect(meta.dateline).toBe("عمان")
    expect(segments.map((s) => s.role)).toEqual(["dateline", "lead"])
  })

  it("does not take a sentence start for a dateline", () => {
    const { meta } = segmentDocument("عنوان طويل بما يكفي للخبر\nوقال - في تصريح - إن الوضع هادئ.", "x")
    expect(meta.dateline).toBeNull()
  })

  describe("a breadcrumb trail is the section", () => {
    const rest = "\nارتفاع صادرات الفوسفات في الربع الثالث\nأعلنت الشركة أمس أن صادراتها ارتفعت بشكل ملحوظ.\nوقالت إن الطلب تضاعف."
    const cases: ReadonlyArray<[line: string, section: string]> = [
      ["الرئيسية » اقتصاد", "اقتصاد"],
      ["الرئيسية › أخبار › اقتصاد وأعمال", "أخبار › اقتصاد وأعمال"],
      ["أخبار > عربي ودولي", "أخبار > عربي ودولي"],
      ["Home » اقتصاد", "اقتصاد"]
    ]
    it.each(cases)("%s", (line, section) => {
      const { meta, segments } = segmentDocument(line + rest, "x")
      expect(meta.section).toBe(section)
      expect(meta.title).toBe("ارتفاع صادرات الفوسفات في الربع الثالث")
      expect(segments.map((s) => s.role).slice(0, 2)).toEqual(["section", "title"])
    })
    it("not a title with a quotation in it", () => {
      const { meta } = segmentDocument("الوزير: «لن نتراجع» عن الإصلاحات الضريبية المقررة\nأعلنت الحكومة أمس أن الإصلاحات ماضية.", "x")
      expect(meta.section).toBeNull()
      expect(meta.title).toBe("الوزير: «لن نتراجع» عن الإصلاحات الضريبية المقررة")
    })
  })

  describe("a header line that is only a date", () => {
    const body = "\nأعلنت اللجنة المنظمة أمس أن المعرض يفتح أبوابه الأسبوع المقبل.\nوقالت إن عدد العارضين تضاعف."
    const cases: ReadonlyArray<[line: string, published: string | null]> = [
      ["الأربعاء، 9 تشرين الأول/أكتوبر 2024", "2024-10-09"],
      ["الخميس 14 مارس 2024 - 10:45 صباحا", "2024-03-14"],
      ["12/05/2023 م", "2023-05-12"],
      ["الجمعة 3 ذو الحجة 1445 هـ الموافق 7 يونيو 2024", "2024-06-07"],
      ["2024-06-07 | 14:05 GMT", "2024-06-07"],
      // not only a date: a sentence, a count, a bare year
      ["افتتح المعرض في 9 أكتوبر 2024", null],
      ["5 آلاف زائر في يومين", null],
      ["2024", null]
    ]
    it.each(cases)("%s", (line, published) => {
      const { meta, segments } = segmentDocument("عنوان الخبر عن المعرض السنوي\n" + line + body, "x")
      expect(meta.published).toBe(published)
      expect(segments[1]!.role === "published").toBe(published !== null)
    })
    it("only among the first lines", () => {
      const lines = ["عنوان الخبر عن المعرض السنوي", ...Array.from({ length: 9 }, (_, k) => `فقرة رقم ${k + 1} من الخبر تقول شيئا.`), "الأربعاء، 9 تشرين الأول/أكتوبر 2024"]
      expect(segmentDocument(lines.join("\n"), "x").meta.published).toBeNull()
    })
  })

  describe("a line of its own with a place and a credit", () => {
    const lead = "\nأعلنت اللجنة المنظمة أمس أن المعرض يفتح أبوابه الأسبوع المقبل.\nوقالت إن عدد العارضين تضاعف."
    const cases: ReadonlyArray<[line: string, dateline: string | null, byline: string, outlet: string | null, roles: string]> = [
      ["المنامة - وكالات", "المنامة", "وكالات", null, "title,dateline,byline,lead,body"],
      ["صنعاء – أ ف ب", "صنعاء", "أ ف ب", null, "title,dateline,byline,lead,body"],
      ["الرباط - ماب", "الرباط", "ماب", null, "title,dateline,byline,lead,body"],
      ["الدار البيضاء - «المساء»", "الدار البيضاء", "المساء", "المساء", "title,dateline,byline,lead,body"],
      ["نواكشوط - من أحمد ولد سالم", "نواكشوط", "أحمد ولد سالم", null, "title,dateline,byline,lead,body"],
      // a correspondent: the outlet is what follows, quoted or not
      ["طرابلس – مراسل «الوسط»", "طرابلس", "مراسل «الوسط»", "الوسط", "title,dateline,byline,lead,body"],
      ["صيدا - مراسلة النهار العربي", "صيدا", "مراسلة النهار العربي", "النهار العربي", "title,dateline,byline,lead,body"],
      // a place of several words without the article that the rules know
      ["رام الله - وفا", "رام الله", "وفا", null, "title,dateline,byline,lead,body"],
      // credits of no agency that say where the report comes from, and MAP's initials
      ["دمشق - خاص", "دمشق", "خاص", null, "title,dateline,byline,lead,body"],
      ["الدار البيضاء - و م ع", "الدار البيضاء", "و م ع", null, "title,dateline,byline,lead,body"],
      ["مكة المكرمة - واس", "مكة المكرمة", "واس", null, "title,dateline,byline,lead,body"],
      // a name, not a place, before the agency; one word after the place; an agency first: the
      // line stays whole
      ["سلمى الخطيب - رويترز", null, "سلمى الخطيب - رويترز", null, "title,byline,lead,body"],
      ["عبد الله رامي - وفا", null, "عبد الله رامي - وفا", null, "title,byline,lead,body"],
      ["حلب - كريم يوسف", "حلب", "كريم يوسف", null, "title,dateline,byline,lead,body"],
      ["حلب - كريم", null, "حلب - كريم", null, "title,byline,lead,body"],
      ["رويترز - حلب نيوز", null, "رويترز - حلب نيوز", null, "title,byline,lead,body"]
    ]
    it.each(cases)("%s", (line, dateline, byline, outlet, roles) => {
      const text = "عنوان الخبر عن المعرض السنوي\n" + line + lead
      const { meta, segments } = segmentDocument(text, "x")
      expect(meta.dateline).toBe(dateline)
      expect(meta.byline).toBe(byline)
      expect(meta.outlet).toBe(outlet)
      expect(segments.map((s) => s.role).join(",")).toBe(roles)
      for (const s of segments) expect(text.slice(s.start, s.end)).toBe(s.text)
    })
  })

  it("tiles any text without overlap (property)", () => {
    const piece = fc.constantFrom("سياسة", "عنوان خبر عن شيء ما", "بغداد - قال الوزير إن 3.5 مليون.", "نص؟ نص! نص.", "[تصوير]", "هل أعجبك هذا المقال؟", "كلمات دلالية: أ ب", "اقرأ أيضا", "أنس |", "  ", "\r\n", "\n", "\n\n", "“اقتباس.”", "a.b", "\u0000", "\u200f", "…", "د. أحمد")
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const text = parts.join(parts.length % 2 === 0 ? "\n" : " ")
        expectTiling(text, segmentDocument(text, "p").segments)
      }),
      { numRuns: 1000 }
    )
  })
})

describe("splitSentences", () => {
  const split = (t: string) => splitSentences(t, 0, t.length).map((s) => t.slice(s.start, s.end))
  it("splits on Arabic and Latin terminators and keeps closing quotes", () => {
    expect(split("قال: “نعم.” ثم خرج؟ لا! بل بقي؛ وانتظر… طويلا")).toEqual(["قال: “نعم.”", "ثم خرج؟", "لا!", "بل بقي؛", "وانتظر…", "طويلا"])
  })
  it("keeps decimals, initials and abbreviations whole", () => {
    expect(split("بلغ 3.4 مليار و٣٫٥ بالمئة. وقال د. سامي إن أ.ف.ب نقلت الخبر.")).toEqual(["بلغ 3.4 مليار و٣٫٥ بالمئة.", "وقال د. سامي إن أ.ف.ب نقلت الخبر."])
  })
  it("splits a stop glued to the next word", () => {
    expect(split("ارتفعت الضرائب.وأضاف الوزير")).toEqual(["ارتفعت الضرائب.", "وأضاف الوزير"])
  })
})

describe("parsePublishedDate", () => {
  it.each([
    ["تاريخ النشر: 8th, August 2023 GMT", "2023-08-08"],
    ["نشر في: 2024-03-12", "2024-03-12"],
    ["آخر تحديث: الأحد 5 مايو 2024 - 10:30", "2024-05-05"],
    ["نشر في: الاثنين 10 حزيران 2024", "2024-06-10"],
    ["Published: March 3, 2024", "2024-03-03"],
    ["نشر في: ٠٣/٠٩/٢٠٢٤", "2024-09-03"],
    ["تاريخ النشر: قريبا", null],
    ["نشر في: 31/02/2024", null]
  ])("%s → %s", (line, want) => {
    expect(parsePublishedDate(line)).toBe(want)
  })
})
