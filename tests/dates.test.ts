import fc from "fast-check"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { internalErrors } from "../src/numbers/safe.js"
import { dateExtractor, extractDates, gregorianToHijri, hijriToGregorian } from "../src/dates/index.js"
import { datelineDate, headerDateline } from "../src/dates/dateline.js"
import { articleFromText } from "../src/load/article.js"
import { DateRecord } from "../src/model/date.js"
import { processArticle } from "../src/pipeline/document.js"
import { segmentDocument } from "../src/segment/segment.js"
import { DATE_TABLES, PUBLISHED, type ExpectedDate } from "./tables/dates-cases.js"

const DateShape = DateRecord.omit({ doc_id: true, seg_id: true })
const show = (xs: ReadonlyArray<unknown>): string => JSON.stringify(xs, null, 0)

describe("extractDates: table", () => {
  for (const [name, rows] of Object.entries(DATE_TABLES)) {
    describe(name, () => {
      it.each(rows.map((r) => [r.phrase, r.expect, r.published === undefined ? PUBLISHED : r.published] as const))("%s", (phrase, expected, published) => {
        const got = extractDates(phrase, { published })
        for (const r of got) expect(phrase.slice(r.start, r.end)).toBe(r.text)
        expect(got.map((r) => r.text), show(got)).toEqual(expected.map((e: ExpectedDate) => e.text))
        expected.forEach((e, k) => expect(got[k], show(got)).toMatchObject(e))
      })
    })
  }
})

/** The records' text, value, granularity and resolution, each record checked against the text's offsets. */
const read = (text: string, published: string | null = PUBLISHED): Array<[string, string | null, string, string | null]> => {
  const got = extractDates(text, { published })
  for (const r of got) expect(text.slice(r.start, r.end)).toBe(r.text)
  return got.map((r) => [r.text, r.value, r.granularity, r.resolved])
}

describe("extractDates: a day of a month counted from publication, without من", () => {
  it("reads the day and the month together after a word that tells a date", () => {
    expect(read("تنطلق القمة في 19 الشهر الجاري بمشاركة عشرين دولة")).toEqual([["19 الشهر الجاري", "XXXX-XX-19", "day", "2023-08-19"]])
    expect(read("أفرجت السلطات عنه في 4 الشهر الماضي")).toEqual([["4 الشهر الماضي", "XXXX-XX-04", "day", "2023-07-04"]])
    expect(read("وتستمر المهلة حتى 30 الشهر المقبل")).toEqual([["30 الشهر المقبل", "XXXX-XX-30", "day", "2023-09-30"]])
    expect(read("وفي 2 الشهر الحالي أعلنت الوزارة")).toEqual([["2 الشهر الحالي", "XXXX-XX-02", "day", "2023-08-02"]])
    expect(read("أقيم الحفل يوم 27 الشهر المنصرم")).toEqual([["27 الشهر المنصرم", "XXXX-XX-27", "day", "2023-07-27"]])
  })

  it("after a weekday, and for every day of a list", () => {
    expect(read("يعقد المجلس جلسته الخميس 17 الشهر الجاري")).toEqual([["الخميس 17 الشهر الجاري", "XXXX-XX-17", "day", "2023-08-17"]])
    expect(read("تجرى الجولات في 12 و13 الشهر المقبل")).toEqual([
      ["12", "XXXX-XX-12", "day", "2023-09-12"],
      ["13 الشهر المقبل", "XXXX-XX-13", "day", "2023-09-13"]
    ])
  })

  it("reads the month's adjective alone after the day (يوم 22 الجاري) and من after a word of starting", () => {
    expect(read("وتبدأ الامتحانات يوم 26 الجاري")).toEqual([["26 الجاري", "XXXX-XX-26", "day", "2023-08-26"]])
    expect(read("وكان الوفد قد وصل في 3 الماضي")).toEqual([["3 الماضي", "XXXX-XX-03", "day", "2023-07-03"]])
    expect(read("تطبق الأسعار الجديدة اعتبارا من 20 الشهر المقبل")).toEqual([["20 الشهر المقبل", "XXXX-XX-20", "day", "2023-09-20"]])
    // a count from a number is no date
    expect(read("وانخفض العدد من 20 الشهر الماضي")).toEqual([["الشهر الماضي", null, "relative", "2023-07"]])
  })

  it("reads no date in a place named after one, nor in لليوم (per day, for the nth day)", () => {
    expect(read("وفاز الفريق في ملعب 5 جويلية بهدفين")).toEqual([])
    expect(read("قرب جامعة 6 أكتوبر")).toEqual([])
    expect(read("وتراجعت الأسهم لليوم الرابع على التوالي")).toEqual([])
    expect(read("وصل الوفد في 5 جويلية")).toEqual([["5 جويلية", "XXXX-07-05", "day", "2023-07-05"]])
  })

  it("leaves a number that may count something, an ordinal word and a month with no such day", () => {
    expect(read("وأحصت المنظمة 14 الشهر الماضي")).toEqual([["الشهر الماضي", null, "relative", "2023-07"]])
    expect(read("حل في المركز الثالث الشهر الماضي")).toEqual([["الشهر الماضي", null, "relative", "2023-07"]])
    expect(read("في 31 الشهر المقبل")).toEqual([["31 الشهر المقبل", "XXXX-XX-31", "day", null]])
  })
})

describe("extractDates: years listed after a plural year word", () => {
  it("gives one year each, as after the dual", () => {
    expect(read("تضاعفت الصادرات خلال الأعوام 2012 و2013 و2014")).toEqual([
      ["الأعوام 2012", "2012", "year", "2012"],
      ["2013", "2013", "year", "2013"],
      ["2014", "2014", "year", "2014"]
    ])
    expect(read("جرت الانتخابات في السنوات 2005 و2009")).toEqual([
      ["السنوات 2005", "2005", "year", "2005"],
      ["2009", "2009", "year", "2009"]
    ])
    expect(read("وارتفع العجز في الاعوام 2020-2022")).toEqual([
      ["الاعوام 2020", "2020", "year", "2020"],
      ["2022", "2022", "year", "2022"]
    ])
  })

  it("leaves a plural before one year alone, and keeps السنوات الأخيرة relative", () => {
    expect(read("موسيقى السنوات 1980 عادت")).toEqual([])
    expect(read("تراجع الإنتاج في السنوات الأخيرة")).toEqual([["السنوات الأخيرة", null, "relative", null]])
  })
})

describe("extractDates: منذ and a duration", () => {
  it("is a point counted back from publication, as قبل and a duration", () => {
    expect(read("لم يتقاضوا رواتبهم منذ أربعة أشهر")).toEqual([["منذ أربعة أشهر", null, "relative", "2023-04"]])
    expect(read("توقف المصنع منذ 6 سنوات")).toEqual([["منذ 6 سنوات", null, "relative", "2017"]])
    expect(read("وصل الوفد منذ يومين")).toEqual([["منذ يومين", null, "relative", "2023-08-06"]])
    expect(read("ومنذ أسبوع تتواصل الاحتجاجات")).toEqual([["منذ أسبوع", null, "relative", "2023-W31"]])
    expect(read("تتوالى الاجتماعات منذ أيام")).toEqual([["منذ أيام", null, "relative", null]])
  })

  it("keeps dates after منذ, and a duration counted from the story", () => {
    expect(read("تحكم الحكومة منذ عام 2016")).toEqual([["عام 2016", "2016", "year", "2016"]])
    expect(read("تحكم الحكومة منذ 2016")).toEqual([["2016", "2016", "year", "2016"]])
    expect(read("تستمر الأزمة منذ فبراير")).toEqual([["فبراير", "XXXX-02", "month", "2023-02"]])
    expect(read("مغلق منذ شهر أيار")).toEqual([["شهر أيار", "XXXX-05", "month", "2023-05"]])
    expect(read("مغلق منذ يوم الأحد")).toEqual([["يوم الأحد", null, "weekday", "2023-08-06"]])
    expect(read("مغلق منذ سنة 2019")).toEqual([["سنة 2019", "2019", "year", "2019"]])
    expect(read("بدأ ذلك منذ عامين من الحرب")).toEqual([])
    expect(read("بنيت القلعة منذ أربعة قرون")).toEqual([])
  })

  it("reads a year word before a year as the year after قبل too", () => {
    expect(read("تأسس الحزب قبل عام 1990")).toEqual([["عام 1990", "1990", "year", "1990"]])
  })
})

describe("published date from the first paragraph's dateline", () => {
  const DATES_ONLY = { extractors: { dates: (text: string, c: { readonly published: string | null }) => extractDates(text, { published: c.published }) } }

  it("reads a full date between the place and the dash or agency", () => {
    expect(datelineDate("دمشق، 9 تشرين الأول/أكتوبر 2023 - أعلنت الحكومة أمس")).toBe("2023-10-09")
    expect(datelineDate("الإسكندرية في 2 فبراير 2022 /أ ش أ/ - قال المحافظ")).toBe("2022-02-02")
    expect(datelineDate("عمان 4 يونيو 2021 (بترا) - قال الوزير")).toBe("2021-06-04")
    expect(datelineDate("الرياض، الأحد 7 رمضان 1445 هـ (واس) - أعلنت الهيئة")).toBe("2024-03-17")
  })

  it("reads a header line that is only a dateline and its full date, with the offsets of its parts", () => {
    const line = "الإسكندرية في 2 فبراير 2022"
    const d = headerDateline(line)!
    expect([line.slice(0, d.placeEnd), line.slice(d.dateStart, d.dateEnd), d.date]).toEqual(["الإسكندرية", "2 فبراير 2022", "2022-02-02"])
    expect(headerDateline("عمان، 4 يونيو 2021 (بترا)")?.date).toBe("2021-06-04")
    expect(headerDateline("الإسكندرية في 2 فبراير 2022 - قال المحافظ إن")).toBeUndefined()
    expect(headerDateline("الإسكندرية في 2 فبراير")).toBeUndefined()
  })

  it("takes no date without its year, not at the start, or without the dash", () => {
    expect(datelineDate("دمشق، 9 تشرين الأول/أكتوبر - أعلنت الحكومة")).toBeNull()
    expect(datelineDate("في 9 تشرين الأول 2023 - أعلنت الحكومة")).toBeNull()
    expect(datelineDate("دمشق، 9 تشرين الأول 2023 أعلنت الحكومة خطة")).toBeNull()
    expect(datelineDate("دمشق - أعلنت الحكومة في 9 تشرين الأول 2023 - خطة")).toBeNull()
    expect(datelineDate("دمشق، أمس - أعلنت الحكومة")).toBeNull()
  })

  it("gives the document its publication date, from which relative dates resolve", () => {
    const text = "وزير الطاقة يدشن محطة جديدة\nدمشق، 9 تشرين الأول/أكتوبر 2023 - دشن وزير الطاقة أمس محطة لتوليد الكهرباء.\nوقال الوزير إن المحطة ستعمل الشهر المقبل."
    const r = processArticle(articleFromText(text), DATES_ONLY)
    expect(r.document.published).toBe("2023-10-09")
    const yesterday = r.dates.find((d) => d.text === "أمس")
    expect(yesterday?.resolved).toBe("2023-10-08")
    expect(r.dates.find((d) => d.text === "الشهر المقبل")?.resolved).toBe("2023-11")
    for (const d of r.dates) expect(text.slice(d.start, d.end)).toBe(d.text)
    const agency = segmentDocument("افتتاح معرض الكتاب\nالإسكندرية في 2 فبراير 2022 /أ ش أ/ - افتتح المحافظ أمس معرض الكتاب.", "a")
    expect(agency.meta.published).toBe("2022-02-02")
  })

  it("gives way to a publication date found otherwise, and reads only the first paragraph", () => {
    const labelled = segmentDocument("وزير الطاقة يدشن محطة\nتاريخ النشر: 10/10/2023\nدمشق، 9 تشرين الأول/أكتوبر 2023 - دشن الوزير أمس محطة.", "b")
    expect(labelled.meta.published).toBe("2023-10-10")
    const given = processArticle(articleFromText("وزير الطاقة يدشن محطة\nدمشق، 9 تشرين الأول/أكتوبر 2023 - دشن الوزير أمس محطة.", { published: "2023-10-11" }), DATES_ONLY)
    expect(given.document.published).toBe("2023-10-11")
    const later = segmentDocument("وزير الطاقة يدشن محطة\nدشن الوزير أمس محطة جديدة للكهرباء.\nدمشق، 9 تشرين الأول/أكتوبر 2023 - قال الوزير.", "c")
    expect(later.meta.published).toBeNull()
  })
})

describe("Hijri calendar (Umm al-Qura)", () => {
  it.each([
    [1445, 9, 1, "2024-03-11"],
    [1446, 1, 1, "2024-07-07"],
    [1436, 10, 7, "2015-07-23"],
    [1444, 10, 1, "2023-04-21"],
    [1420, 9, 1, "1999-12-09"]
  ])("%i-%i-%i → %s", (y, m, d, iso) => {
    const g = hijriToGregorian({ y, m, d })
    expect(g).not.toBeNull()
    expect(`${g!.y}-${String(g!.m).padStart(2, "0")}-${String(g!.d).padStart(2, "0")}`).toBe(iso)
  })

  it("round-trips every first of month 1350–1500", () => {
    for (let y = 1350; y <= 1500; y += 7) {
      for (let m = 1; m <= 12; m++) {
        const g = hijriToGregorian({ y, m, d: 1 })
        expect(g).not.toBeNull()
        expect(gregorianToHijri(g!)).toEqual({ y, m, d: 1 })
      }
    }
  })

  it("rejects days that do not exist", () => {
    expect(hijriToGregorian({ y: 1445, m: 13, d: 1 })).toBeNull()
    expect(hijriToGregorian({ y: 1445, m: 1, d: 31 })).toBeNull()
  })
})

describe("extractDates: options", () => {
  it("uses reference when published is missing", () => {
    expect(extractDates("قال أمس", { reference: "2024-01-01" })[0]!.resolved).toBe("2023-12-31")
    expect(extractDates("قال أمس", { published: "2024-05-02", reference: "2024-01-01" })[0]!.resolved).toBe("2024-05-01")
  })

  it("rejects bad options with the option's name", () => {
    expect(() => extractDates("أمس", { published: "yesterday" })).toThrow(/published/)
    expect(() => extractDates("أمس", { publishd: "2024-01-01" } as never)).toThrow(/publishd/)
    expect(() => extractDates("أمس", { reference: 5 } as never)).toThrow(/reference/)
  })

  it("has a pipeline adapter that takes the publication date from the segment context", () => {
    expect(dateExtractor("قال أمس", { published: "2024-05-02" })[0]!.resolved).toBe("2024-05-01")
    expect(dateExtractor("قال أمس")[0]!.resolved).toBeNull()
  })

  it("returns an empty list for empty or non-string input", () => {
    expect(extractDates("")).toEqual([])
    expect(extractDates(null as never)).toEqual([])
  })
})

const arabicText = fc.string({
  unit: fc.constantFrom(
    ..."ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإىةئؤ".split(""),
    ..."0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹".split(""),
    "/", "-", ".", ",", "،", "(", ")", " ", " ", " ", "\n", "\u200f", "\u200b", "ـ", "َ",
    " أيلول/سبتمبر ", " كانون الثاني ", " رمضان ", " هـ", " عام ", "العام ", " الماضي", " أمس", " يوم الخميس", " مطلع ", "الحادي والعشرين من ", " August ", "th, ", "قبل "
  ),
  maxLength: 120
})
const anyText = fc.oneof(arabicText, fc.string({ maxLength: 80 }), fc.string({ unit: "binary", maxLength: 60 }))
const published = fc.option(
  fc.date({ min: new Date("1950-01-01"), max: new Date("2090-12-31"), noInvalidDate: true }).map((x) => x.toISOString().slice(0, 10)),
  { nil: null }
)

describe("extractDates: properties", () => {
  it("never throws, spans match the text, records parse with the schema", () => {
    fc.assert(
      fc.property(anyText, published, (text, pub) => {
        const got = extractDates(text, { published: pub })
        for (const r of got) {
          expect(text.slice(r.start, r.end)).toBe(r.text)
          expect(r.end).toBeGreaterThan(r.start)
          DateShape.parse(r)
        }
        for (let k = 1; k < got.length; k++) expect(got[k]!.start).toBeGreaterThanOrEqual(got[k - 1]!.end)
      }),
      { numRuns: 1500 }
    )
  })

  it("resolves any written Gregorian date to itself", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date("1950-01-01"), max: new Date("2090-12-31"), noInvalidDate: true }), (x) => {
        const [y, m, d] = x.toISOString().slice(0, 10).split("-")
        const got = extractDates(`في ${Number(d)}/${Number(m)}/${y}`)
        expect(got[0]?.resolved).toBe(`${y}-${m}-${d}`)
      })
    )
  })
})

const errors: Array<unknown> = []
beforeAll(() => {
  internalErrors.hook = (e) => errors.push(e)
})
afterAll(() => {
  internalErrors.hook = undefined
})

describe("internal errors", () => {
  it("none was swallowed while running this file", () => {
    expect(errors).toEqual([])
  })
})
