import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { withRuleHints } from "../src/entities/index.js"
import { hintMarks, textHintMarks } from "../src/tagger/hints.js"
import { deserializeModel, serializeModel, Tagger, trainTagger, type TaggedSentence, type TokenHint } from "../src/tagger/index.js"

describe("hint marks", () => {
  it("code type and place in the span, later hints winning, spans clipped", () => {
    expect(Array.from(hintMarks(4, [{ start: 1, end: 3, type: "PERSON" }]))).toEqual([0, 2, 4, 0])
    expect(Array.from(hintMarks(4, [{ start: 0, end: 3, type: "ORG" }]))).toEqual([10, 11, 12, 0])
    expect(Array.from(hintMarks(2, [{ start: 1, end: 9, type: "LOC" }]))).toEqual([0, 5])
    expect(Array.from(hintMarks(3, [{ start: 0, end: 2, type: "LOC" }, { start: 1, end: 2, type: "MISC" }]))).toEqual([6, 13, 0])
    expect(Array.from(hintMarks(2, [{ start: 1, end: 1, type: "LOC" }]))).toEqual([0, 0])
  })

  it("map raw-offset hints to every token they overlap, ignoring other types", () => {
    // tokens: "و"(0–1) "زار"(2–5) "باريس"(6–11) "."(11–12)
    const starts = Int32Array.of(0, 2, 6, 11)
    const ends = Int32Array.of(1, 5, 11, 12)
    expect(Array.from(textHintMarks(starts, ends, [{ start: 7, end: 11, type: "LOC" }]))).toEqual([0, 0, 5, 0])
    expect(Array.from(textHintMarks(starts, ends, [{ start: 2, end: 11, type: "PERSON" }]))).toEqual([0, 2, 4, 0])
    expect(Array.from(textHintMarks(starts, ends, [{ start: 5, end: 6, type: "LOC" }]))).toEqual([0, 0, 0, 0])
    expect(Array.from(textHintMarks(starts, ends, [{ start: 0, end: 12, type: "DATE" }]))).toEqual([0, 0, 0, 0])
  })

  it("never mark a token outside the hints (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 12 }),
        fc.array(fc.record({ a: fc.nat(80), len: fc.integer({ min: 1, max: 20 }), t: fc.constantFrom("PERSON", "LOC", "ORG", "MISC") }), { maxLength: 4 }),
        (lengths, hs) => {
          const starts = new Int32Array(lengths.length)
          const ends = new Int32Array(lengths.length)
          let at = 0
          lengths.forEach((l, i) => {
            starts[i] = at
            ends[i] = at + l
            at += l + 1
          })
          const hints = hs.map((h) => ({ start: h.a, end: h.a + h.len, type: h.t }))
          const marks = textHintMarks(starts, ends, hints)
          marks.forEach((m, i) => {
            const covered = hints.some((h) => starts[i]! < h.end && h.start < ends[i]!)
            expect(m !== 0).toBe(covered)
          })
        }
      )
    )
  })
})

/**
 * A corpus where the made-up word "زنبق" is a PERSON exactly when a hint says so and an ordinary
 * word otherwise: nothing but the hint tells them apart.
 */
const hintedCorpus = (): Array<TaggedSentence> => {
  const out: Array<TaggedSentence> = []
  const verbs = ["قال", "أضاف", "رأى", "كتب", "ذكر"]
  for (let i = 0; i < 60; i++) {
    const name = i % 4 === 0
    const v = verbs[i % verbs.length]!
    out.push({
      tokens: [v, "زنبق", "في", "التقرير"],
      tags: ["O", name ? "B-PERS" : "O", "O", "O"],
      hints: name ? [{ start: 1, end: 2, type: "PERSON" }] : []
    })
  }
  return out
}

describe("training with hints", () => {
  const corpus = hintedCorpus()
  const model = trainTagger(corpus, { epochs: 5, seed: 3, hintDropout: 0.25 })
  const tagger = new Tagger(model)
  const tokens = ["قال", "زنبق", "في", "التقرير"]
  const hint: ReadonlyArray<TokenHint> = [{ start: 1, end: 2, type: "PERSON" }]

  it("learns to trust a hint that the gold annotation follows", () => {
    expect(model.info.hints).toBe(true)
    expect(model.info.hintDropout).toBe(0.25)
    expect(tagger.tagTokens(tokens, hint)[1]).toBe("B-PERSON")
    expect(tagger.tagTokens(tokens)[1]).toBe("O")
    const text = "قال زنبق في التقرير"
    expect(tagger.tagText(text, [{ start: 4, end: 8, type: "PERSON" }]).map((e) => e.text)).toEqual(["زنبق"])
    expect(tagger.tagText(text)).toEqual([])
  })

  it("is deterministic and survives saving and loading", () => {
    const again = trainTagger(corpus, { epochs: 5, seed: 3, hintDropout: 0.25 })
    model.stages.forEach((st, i) => expect(Array.from(again.stages[i]!.weights)).toEqual(Array.from(st.weights)))
    const loaded = new Tagger(deserializeModel(JSON.parse(JSON.stringify(serializeModel(model)))))
    expect(loaded.model.info.hints).toBe(true)
    expect(loaded.tagSentences([tokens, tokens], [hint, undefined])).toEqual(tagger.tagSentences([tokens, tokens], [hint, undefined]))
  })

  it("keeps no hint features without hints in the data, and rejects a dropout outside [0, 1]", () => {
    const plain = trainTagger(
      corpus.map(({ tokens: t, tags }) => ({ tokens: t, tags })),
      { epochs: 2, seed: 3 }
    )
    expect(plain.info.hints).toBe(false)
    expect(() => trainTagger(corpus, { hintDropout: 1.5 })).toThrow(/hintDropout/)
  })
})

describe("withRuleHints", () => {
  it("gives the gazetteer and pattern mentions of each sentence as token spans", () => {
    const [a, b] = withRuleHints([
      { tokens: ["وصل", "الوفد", "إلى", "بغداد", "أمس"], tags: ["O", "O", "O", "B-LOC", "O"] },
      { tokens: ["وقال", "وزير", "الخارجية", "المصري", "سامح", "شكري"], tags: ["O", "O", "O", "O", "B-PERS", "I-PERS"] }
    ])
    expect(a!.hints).toContainEqual({ start: 3, end: 4, type: "LOC" })
    expect(b!.hints).toContainEqual({ start: 4, end: 6, type: "PERSON" })
    expect(a!.tags).toEqual(["O", "O", "O", "B-LOC", "O"])
    expect(() => withRuleHints([], 0)).toThrow(/window/)
  })
})
