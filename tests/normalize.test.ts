import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { normalize, normalizeText, NormalizeOptions, PROFILES } from "../src/index.js"

const arabicish = fc.string({
  unit: fc.constantFrom(
    ..."ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإىةئؤ".split(""),
    ..."ًٌٍَُِّْٰـ".split(""),
    "ی", "ک", "ە", "ۀ", "٠", "٣", "٩", "۴", "٫", "٬", "٪", "\u200f", "\u200e", "\u200b", "\u00a0", " ", "  ", "\n", "\r\n", "\t",
    "“", "”", "«", "»", "–", "—", "ﻻ", "ﷲ", "ﷺ", "ﺏ", "a", "Z", "5", ".", "\u0000", "\ufeff"
  ),
  maxLength: 80
})
const anyText = fc.oneof(arabicish, fc.string({ maxLength: 60 }), fc.string({ unit: "binary", maxLength: 40 }))
const profiles = fc.oneof(
  fc.constantFrom("display" as const, "match" as const),
  fc.record({ diacritics: fc.boolean(), alef: fc.boolean(), whitespace: fc.boolean(), presentation: fc.boolean(), taMarbuta: fc.boolean(), controls: fc.boolean() })
)

describe("normalize", () => {
  it("applies the match profile operations", () => {
    expect(normalizeText("إِنَّ الأُمَمَ المُتَّحِدَة", "match")).toBe("ان الامم المتحده")
    expect(normalizeText("مستشفى", "match")).toBe("مستشفي")
    expect(normalizeText("ایران کردستان", "match")).toBe("ايران كردستان")
    expect(normalizeText("مسعود پزشکیان و عباس عراقچی", "match")).toBe("مسعود بزشكيان و عباس عراقجي")
    expect(normalizeText("ژنو گیلان ڤيينا", "match")).toBe("زنو كيلان فيينا")
    expect(normalizeText("٣٫٥ ۴٬٠٠٠ ٪", "match")).toBe("3.5 4,000 %")
    expect(normalizeText("الـعـراق", "match")).toBe("العراق")
    expect(normalizeText("“قال” «نعم» – لا", "match")).toBe('"قال" "نعم" - لا')
    expect(normalizeText("ﻻ ﷲ", "match")).toBe("لا الله")
    expect(normalizeText("5.\u200f0\u200b", "match")).toBe("5.0")
    expect(normalizeText("a \u00a0\n\t b", "match")).toBe("a b")
  })

  it("keeps the author's spelling with the display profile", () => {
    expect(normalizeText("إِنَّ مستشفى ة", "display")).toBe("إِنَّ مستشفى ة")
    expect(normalizeText("ی ٣  ـ", "display")).toBe("ي 3 ")
  })

  it("maps normalized spans back to raw spans", () => {
    const raw = "قالَ  الرئيسُ ١٢٣"
    const n = normalize(raw, "match")
    expect(n.text).toBe("قال الرئيس 123")
    const at = n.text.indexOf("الرئيس")
    const span = n.toRaw(at, at + "الرئيس".length)
    expect(raw.slice(span.start, span.end)).toBe("الرئيسُ")
  })

  it("rejects unknown options with a message naming them", () => {
    expect(() => normalize("x", { alefs: true } as never)).toThrow(/alefs/)
    expect(() => normalize("x", "fancy" as never)).toThrow(/display.*match/)
    expect(NormalizeOptions.safeParse({ alef: "yes" }).success).toBe(false)
  })

  it("is idempotent (property)", () => {
    fc.assert(
      fc.property(anyText, profiles, (s, p) => {
        const once = normalizeText(s, p)
        expect(normalizeText(once, p)).toBe(once)
        expect(normalize(s, p).text).toBe(once)
      }),
      { numRuns: 2000 }
    )
  })

  it("maps every normalized span back to a raw span whose normalization contains it (property)", () => {
    fc.assert(
      fc.property(anyText, profiles, fc.nat(), fc.nat(), (s, p, a, b) => {
        const n = normalize(s, p)
        const len = n.text.length
        const start = len === 0 ? 0 : a % (len + 1)
        const end = start + (len === 0 ? 0 : b % (len - start + 1))
        const span = n.toRaw(start, end)
        expect(span.start).toBeGreaterThanOrEqual(0)
        expect(span.end).toBeGreaterThanOrEqual(span.start)
        expect(span.end).toBeLessThanOrEqual(s.length)
        const piece = n.text.slice(start, end).trim()
        if (piece !== "") expect(normalizeText(s.slice(span.start, span.end), p)).toContain(piece)
      }),
      { numRuns: 2000 }
    )
  })

  it("maps each normalized unit to the raw units that made it, in order (property)", () => {
    fc.assert(
      fc.property(anyText, profiles, (s, p) => {
        const n = normalize(s, p)
        let previous = 0
        for (let k = 0; k < n.text.length; k++) {
          const from = n.rawStart(k)
          const to = n.rawEnd(k)
          expect(from).toBeGreaterThanOrEqual(previous)
          expect(to).toBeGreaterThan(from)
          expect(to).toBeLessThanOrEqual(s.length)
          expect(n.toRaw(k, k + 1)).toEqual({ start: from, end: to })
          if (n.text[k] !== " ") expect(normalizeText(s.slice(from, to), p)).toContain(n.text[k])
          previous = from
        }
      }),
      { numRuns: 2000 }
    )
  })

  it("maps text whose letters are only swapped one for one to itself", () => {
    const raw = "أعلنت الوزارة إنشاء مستشفى"
    const n = normalize(raw, "match")
    expect(n.text).toBe("اعلنت الوزاره انشاء مستشفي")
    for (let k = 0; k < raw.length; k++) expect([n.rawStart(k), n.rawEnd(k)]).toEqual([k, k + 1])
    expect(n.toRaw(6, 13)).toEqual({ start: 6, end: 13 })
  })

  it("exposes both profiles", () => {
    expect(PROFILES.match.alef).toBe(true)
    expect(PROFILES.display.alef).toBe(false)
  })
})
