import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { EntityLinker, extractDocumentMentions, extractMentions, linkEntities } from "../src/entities/index.js"

/** Arabic-looking words: names, titles, heads, function words, clitics, marks and noise. */
const WORDS = [
  "قال", "وقال", "الرئيس", "وزير", "الدفاع", "الأميركي", "لويد", "أوستن", "بغداد", "وبغداد", "لواشنطن",
  "للأمم", "المتحدة", "محمد", "علي", "على", "أبو", "بن", "مهدي", "المهندس", "شركة", "\"", "«", "»", "،", ".",
  "مطار", "الدولي", "محافظة", "ديالى", "العراقية", "إيرانيا", "داعش", "مثل", "و", "في", "إن", "الشمري",
  "المحلل", "السياسي", "كوفي", "أنان", "جهاز", "مكافحة", "الإرهاب", "ـ", "َ", "ّ", "\u200f", "\n", "  ", "CNN", "2024",
  "١٢", "ی", "ک", "ة", "ى", "آ", "إ", "ٱ", "\u0000", "\ud83d\ude00", "\ud800", "ﻻ", "ﷲ"
]

const arabicText = fc.array(fc.constantFrom(...WORDS), { maxLength: 40 }).chain((ws) =>
  fc.array(fc.constantFrom(" ", "", "  ", "\n", "ـ", "\u064e"), { minLength: ws.length, maxLength: ws.length }).map((seps) =>
    ws.map((w, i) => w + (seps[i] ?? " ")).join("")
  )
)

describe("properties", () => {
  it("text.slice(start, end) === mention.text, spans in order and without overlap", () => {
    fc.assert(
      fc.property(arabicText, (text) => {
        const ms = extractMentions(text)
        let last = 0
        for (const m of ms) {
          expect(text.slice(m.start, m.end)).toBe(m.text)
          expect(m.start).toBeGreaterThanOrEqual(last)
          expect(m.end).toBeGreaterThan(m.start)
          expect(m.key.length).toBeGreaterThan(0)
          expect(m.confidence).toBeGreaterThanOrEqual(0)
          expect(m.confidence).toBeLessThanOrEqual(1)
          last = m.end
        }
      }),
      { numRuns: 400 }
    )
  })

  it("never throws on any string", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (text) => {
        for (const m of extractMentions(text)) expect(text.slice(m.start, m.end)).toBe(m.text)
      }),
      { numRuns: 300 }
    )
  })

  it("documents: offsets are per text", () => {
    fc.assert(
      fc.property(fc.array(arabicText, { maxLength: 4 }), (texts) => {
        const found = extractDocumentMentions(texts)
        expect(found.length).toBe(texts.length)
        found.forEach((ms, i) => {
          for (const m of ms) expect(texts[i]!.slice(m.start, m.end)).toBe(m.text)
        })
      }),
      { numRuns: 150 }
    )
  })

  it("linking is deterministic and gives every mention an id", () => {
    fc.assert(
      fc.property(fc.array(arabicText, { minLength: 1, maxLength: 5 }), (docs) => {
        const once = (): unknown => {
          const linker = new EntityLinker()
          const records = docs.map((d, i) => linker.addDocument(`d${i}`, extractMentions(d).map((m) => ({ ...m, seg_id: `d${i}:0` }))))
          for (const r of records.flat()) expect(r.entity_id.length).toBeGreaterThan(0)
          return { records, entities: linker.entities() }
        }
        expect(once()).toEqual(once())
        for (const m of linkEntities(extractMentions(docs[0]!))) expect(m.entity_id.length).toBeGreaterThan(0)
      }),
      { numRuns: 100 }
    )
  })
})
