import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { loadTagger, TAGGER_TYPES } from "../src/tagger/index.js"

const SENTENCE = "قال الرئيس الفرنسي إيمانويل ماكرون في باريس إن الأمم المتحدة يجب أن تتحرك بسرعة."

/** Words, clitic forms, diacritics, tatweel, punctuation and odd characters to build texts from. */
const piece = fc.constantFrom(
  "قال", "الرئيس", "الفرنسي", "إيمانويل", "ماكرون", "في", "باريس", "وباريس", "لباريس", "بَارِيس", "بـاريس",
  "الأمم", "المتحدة", "للأمم", "وللأمم", "بغداد", "وبغداد", "والعراق", "بالعراق", "دمشق", "محمد", "ومحمد",
  "منظمة", "الصحة", "العالمية", "وزير", "الخارجية", "يوم", "الثلاثاء", "2024", "١٢٣", "3.5", "CNN", "Reuters",
  "،", ".", "؟", "!", ":", "«", "»", "\"", "(", ")", "-", "—", "…", "٪", "ﻻ", "ﷺ", "😀", "\u200f", "\u200b",
  "ـ", "ً", "ّ", "a", "z"
)
const separator = fc.constantFrom(" ", " ", " ", "  ", "\n", "\t", "\u00a0", "", "\r\n")
const text = fc
  .array(fc.tuple(piece, separator), { maxLength: 40 })
  .map((parts) => parts.map(([p, s]) => p + s).join(""))
const anyText = fc.oneof(text, fc.string({ maxLength: 60 }), fc.string({ unit: "grapheme", maxLength: 40 }))

describe("shipped tagger", () => {
  const tagger = loadTagger()

  it("loads once and is cached", () => {
    expect(loadTagger()).toBe(tagger)
    expect(tagger.model.stages.length).toBeGreaterThanOrEqual(1)
    expect(tagger.model.info.sentences).toBeGreaterThan(3000)
  })

  it("tags a simple news sentence sensibly", () => {
    const entities = tagger.tagText(SENTENCE)
    const paris = SENTENCE.indexOf("باريس")
    expect(entities.some((e) => e.type === "LOC" && e.start <= paris && e.end >= paris + "باريس".length)).toBe(true)
    const macron = SENTENCE.indexOf("ماكرون")
    expect(entities.some((e) => e.type === "PERSON" && e.start <= macron && e.end >= macron + "ماكرون".length)).toBe(true)
    for (const e of entities) expect(SENTENCE.slice(e.start, e.end)).toBe(e.text)
  })

  it("tags tokens with BIO labels", () => {
    const tags = tagger.tagTokens(["قال", "الرئيس", "إيمانويل", "ماكرون", "في", "باريس"])
    expect(tags).toHaveLength(6)
    expect(tags[5]).toBe("B-LOC")
  })

  it("leaves proclitics out of spans when the rest is a known name", () => {
    const t = "وصل الوفد إلى دمشق وبغداد والعراق."
    const texts = tagger.tagText(t).map((e) => e.text)
    expect(texts).toContain("بغداد")
    expect(texts).not.toContain("وبغداد")
  })

  it("offsets slice back exactly, for any text", () => {
    fc.assert(
      fc.property(anyText, (t) => {
        for (const e of tagger.tagText(t)) {
          expect(e.start).toBeGreaterThanOrEqual(0)
          expect(e.end).toBeGreaterThan(e.start)
          expect(e.end).toBeLessThanOrEqual(t.length)
          expect(t.slice(e.start, e.end)).toBe(e.text)
          expect(TAGGER_TYPES).toContain(e.type)
          expect(e.confidence).toBeGreaterThan(0)
          expect(e.confidence).toBeLessThan(1)
        }
      }),
      { numRuns: 300 }
    )
  })

  it("was trained with hints, reads the rules' mentions, and keeps offsets exact with any hints", () => {
    expect(tagger.model.info.hints).toBe(true)
    const hint = fc.record({ start: fc.nat(80), len: fc.integer({ min: 0, max: 30 }), type: fc.constantFrom("PERSON", "LOC", "ORG", "MISC", "DATE") })
    fc.assert(
      fc.property(anyText, fc.array(hint, { maxLength: 5 }), (t, hs) => {
        const es = tagger.tagText(
          t,
          hs.map((h) => ({ start: h.start, end: h.start + h.len, type: h.type }))
        )
        for (let i = 0; i < es.length; i++) {
          const e = es[i]!
          expect(t.slice(e.start, e.end)).toBe(e.text)
          expect(e.end).toBeGreaterThan(e.start)
          if (i > 0) expect(e.start).toBeGreaterThanOrEqual(es[i - 1]!.end)
        }
      }),
      { numRuns: 200 }
    )
  })

  it("entities are in order and do not overlap", () => {
    fc.assert(
      fc.property(text, (t) => {
        const es = tagger.tagText(t)
        for (let i = 1; i < es.length; i++) expect(es[i]!.start).toBeGreaterThanOrEqual(es[i - 1]!.end)
      }),
      { numRuns: 100 }
    )
  })

  it("keeps spans disjoint when one raw character expands to several tokens (ﷺ)", () => {
    for (const t of ["باريسﷺ\nباريس ﷺ", ".ًباريسﷺﷺ ً\n» ً ً"]) {
      const es = tagger.tagText(t)
      for (let i = 1; i < es.length; i++) expect(es[i]!.start).toBeGreaterThanOrEqual(es[i - 1]!.end)
      for (const e of es) expect(t.slice(e.start, e.end)).toBe(e.text)
    }
  })

  it("never emits I- after O or after another type", () => {
    fc.assert(
      fc.property(fc.array(fc.array(piece, { maxLength: 25 }), { minLength: 1, maxLength: 3 }), (sentences) => {
        for (const tags of tagger.tagSentences(sentences)) {
          tags.forEach((tag, i) => {
            if (!tag.startsWith("I-")) return
            const prev = i > 0 ? tags[i - 1]! : "O"
            expect(prev === "O" ? "O" : prev.slice(2)).toBe(tag.slice(2))
          })
        }
      }),
      { numRuns: 150 }
    )
  })
})
