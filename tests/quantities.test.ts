import fc from "fast-check"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { internalErrors } from "../src/numbers/safe.js"
import { QuantityRecord } from "../src/model/quantity.js"
import { extractQuantities, quantityExtractor } from "../src/numbers/index.js"
import { COUNTED_NOUNS } from "../src/numbers/data/nouns.js"
import { QUANTITY_TABLES, type ExpectedQuantity } from "./tables/numbers-quantities.js"

const QuantityShape = QuantityRecord.omit({ doc_id: true, seg_id: true })

const show = (xs: ReadonlyArray<unknown>): string => JSON.stringify(xs, null, 0)

describe("extractQuantities: table", () => {
  for (const [name, rows] of Object.entries(QUANTITY_TABLES)) {
    describe(name, () => {
      it.each(rows.map((r) => [r.phrase, r.expect] as const))("%s", (phrase, expected) => {
        const got = extractQuantities(phrase)
        for (const r of got) expect(phrase.slice(r.start, r.end)).toBe(r.text)
        expect(got.map((r) => r.text), show(got)).toEqual(expected.map((e: ExpectedQuantity) => e.text))
        expected.forEach((e, k) => expect(got[k], show(got)).toMatchObject(e))
      })
    })
  }
})

describe("lexicon", () => {
  it("knows at least 120 counted nouns", () => {
    const nouns = new Set(COUNTED_NOUNS.flatMap((e) => [...e.sg, ...(e.pl ?? [])]))
    expect(nouns.size).toBeGreaterThanOrEqual(120)
    expect(new Set(COUNTED_NOUNS.map((e) => e.unit)).size).toBeGreaterThanOrEqual(120)
  })
})

describe("extractQuantities: records", () => {
  it("fills currency only for money", () => {
    for (const r of extractQuantities("دفع 50 دولارا مقابل 3 ساعات و10 بالمئة")) {
      if (r.kind === "money") expect(r.currency).toBe("USD")
      else expect(r.currency).toBeNull()
    }
  })

  it("uses the context option to resolve a currency", () => {
    const seg = "بلغت الغرامة 50 ألف دينار"
    expect(extractQuantities(seg)[0]).toMatchObject({ unit: "dinar", currency: null })
    expect(extractQuantities(seg, { context: "أعلنت وزارة المالية العراقية في بغداد" })[0]).toMatchObject({ unit: "IQD", currency: "IQD" })
    expect(extractQuantities(seg, { currencies: { dinar: "KWD" } })[0]).toMatchObject({ unit: "KWD", currency: "KWD" })
  })

  it("reads the agency decimal either way", () => {
    expect(extractQuantities("نما 8ر24 بالمئة")[0]!.value).toBe(24.8)
    expect(extractQuantities("نما 8ر24 بالمئة", { raDecimal: "integer-first" })[0]!.value).toBe(8.24)
  })

  it("can leave out ordinals, unit-less numbers and inheritance", () => {
    expect(extractQuantities("حل في المركز الثاني", { ordinals: false })).toEqual([])
    expect(extractQuantities("ارتفع العدد إلى 12", { bare: false })).toEqual([])
    expect(extractQuantities("نحو 2500 جندي في العراق ونحو 900 في سوريا", { inherit: false })[1]).toMatchObject({ unit: "item" })
  })

  it("keeps numbers inside dates when asked", () => {
    expect(extractQuantities("في عام 2014").length).toBe(0)
    expect(extractQuantities("قتل 5 أشخاص في 27 أيلول", { skipDates: false }).map((r) => r.text)).toContain("5 أشخاص")
  })

  it("rejects unknown or ill-typed options with the option's name", () => {
    expect(() => extractQuantities("5", { contxt: "x" } as never)).toThrow(/contxt/)
    expect(() => extractQuantities("5", { raDecimal: "sideways" } as never)).toThrow(/raDecimal/)
    expect(() => extractQuantities("5", { currencies: { dinar: "iqd" } })).toThrow(/currencies\.dinar/)
    expect(() => extractQuantities("5", { inherit: "yes" } as never)).toThrow(/inherit/)
  })

  it("has a pipeline adapter that ignores the segment context", () => {
    expect(quantityExtractor("نشر نحو 5200 جندي", { published: "2024-05-01" })).toEqual(extractQuantities("نشر نحو 5200 جندي"))
  })

  it("returns an empty list for empty or non-string input", () => {
    expect(extractQuantities("")).toEqual([])
    expect(extractQuantities(undefined as never)).toEqual([])
    expect(extractQuantities(42 as never)).toEqual([])
  })

  it("gives non-overlapping records in text order", () => {
    const text = "قتل نحو 3 آلاف شخص وأصيب بين 10 و15 جنديا خلال أكثر من ساعة بكلفة 150 مليون دولار و64٪ منهم"
    const got = extractQuantities(text)
    for (let k = 1; k < got.length; k++) expect(got[k]!.start).toBeGreaterThanOrEqual(got[k - 1]!.end)
  })
})

const arabicText = fc.string({
  unit: fc.constantFrom(
    ..."ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإىةئؤ".split(""),
    ..."ًٌٍَُِّْـ".split(""),
    ..."0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹".split(""),
    ".", ",", "٫", "٬", "٪", "%", "/", "-", ":", "(", ")", "$", "ر", " ", " ", " ", "\n", "\u200f", "\u200e", "\u200b", "\u0000", "\ufeff", "a", "G", "©", "+",
    "نحو ", "أكثر من ", "بين ", " و", "آلاف", " مليون ", " مليار ", " دولار", " بالمئة", " عام ", " أيلول/سبتمبر ", " يوما", " جنديا", " الثالث", "عشرات ", " ونصف", "الـ"
  ),
  maxLength: 120
})
const anyText = fc.oneof(arabicText, fc.string({ maxLength: 80 }), fc.string({ unit: "binary", maxLength: 60 }))

describe("extractQuantities: properties", () => {
  it("never throws, spans match the text, records parse with the schema", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const got = extractQuantities(text)
        for (const r of got) {
          expect(text.slice(r.start, r.end)).toBe(r.text)
          expect(r.end).toBeGreaterThan(r.start)
          QuantityShape.parse(r)
          if (r.value_max !== null) expect(r.value_max).toBeGreaterThanOrEqual(r.value)
        }
        for (let k = 1; k < got.length; k++) expect(got[k]!.start).toBeGreaterThanOrEqual(got[k - 1]!.end)
      }),
      { numRuns: 1500 }
    )
  })

  it("reads any integer written in Western or Arabic-Indic digits", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.boolean(), (n, indic) => {
        const digits = indic ? String(n).replace(/\d/g, (d) => String.fromCharCode(0x660 + Number(d))) : String(n)
        const got = extractQuantities(`أصيب ${digits} شخصا`)
        if (n === 0) return
        expect(got.length).toBe(1)
        expect(got[0]).toMatchObject({ value: n, unit: "person" })
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
