import fc from "fast-check"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { internalErrors } from "../src/numbers/safe.js"
import { dateExtractor, extractDates, gregorianToHijri, hijriToGregorian } from "../src/dates/index.js"
import { DateRecord } from "../src/model/date.js"
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
