import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { fitCalibration } from "../src/tagger/calibrate.js"
import { readings } from "../src/tagger/clitics.js"
import { formatConll, parseConll } from "../src/tagger/conll.js"
import { contextFeatures } from "../src/tagger/context.js"
import { emptyTaggerScores, microScores, precisionRecallF1, scoreTaggedSentence } from "../src/tagger/evaluate.js"
import { FeatureExtractor } from "../src/tagger/features.js"
import { combine, fnv1a } from "../src/tagger/hashing.js"
import { allowed, labelId, labelSpans, NUM_LABELS, TAGGER_LABELS } from "../src/tagger/labels.js"
import { buildTaggerLexicon, compileLexicon, EMPTY_TAGGER_LEXICON, GAZ_KINDS, MARK } from "../src/tagger/lexicon.js"
import { procliticCut } from "../src/tagger/tagger.js"
import { normalizeToken, splitText } from "../src/tagger/tokenize.js"
import { viterbi } from "../src/tagger/viterbi.js"

const L = NUM_LABELS

describe("labels", () => {
  it("maps PERS to PERSON and knows BIO constraints", () => {
    expect(TAGGER_LABELS[labelId("B-PERS")]).toBe("B-PERSON")
    expect(TAGGER_LABELS[labelId("I-LOC")]).toBe("I-LOC")
    expect(labelId("O")).toBe(0)
    expect(allowed(0, labelId("I-LOC"))).toBe(false)
    expect(allowed(labelId("B-ORG"), labelId("I-LOC"))).toBe(false)
    expect(allowed(labelId("B-LOC"), labelId("I-LOC"))).toBe(true)
    expect(allowed(-1, labelId("I-MISC"))).toBe(false)
  })

  it("reads spans conlleval style", () => {
    expect(labelSpans(["B-PERS", "I-PERS", "O", "I-LOC", "B-LOC", "I-ORG"].map(labelId))).toEqual([
      { start: 0, end: 2, type: 0 },
      { start: 3, end: 4, type: 1 },
      { start: 4, end: 5, type: 1 },
      { start: 5, end: 6, type: 2 }
    ])
  })
})

describe("viterbi", () => {
  const score = (em: Float64Array, tr: Float64Array, st: Float64Array, path: ArrayLike<number>): number => {
    let s = st[path[0]!]! + em[path[0]!]!
    for (let t = 1; t < path.length; t++) s += tr[path[t - 1]! * L + path[t]!]! + em[t * L + path[t]!]!
    return s
  }
  const weights = (n: number) => fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: n, maxLength: n })

  it("returns a valid BIO path whose score it reports, for any scores", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }).chain((n) => fc.tuple(fc.constant(n), weights(n * L), weights(L * L), weights(L))), ([n, e, t, s]) => {
        const em = Float64Array.from(e)
        const tr = Float64Array.from(t)
        const st = Float64Array.from(s)
        const out = new Uint8Array(n)
        const margins = new Float64Array(n)
        const best = viterbi(em, n, tr, st, out, margins)
        expect(allowed(-1, out[0]!)).toBe(true)
        for (let i = 1; i < n; i++) expect(allowed(out[i - 1]!, out[i]!)).toBe(true)
        expect(score(em, tr, st, out)).toBeCloseTo(best, 6)
        for (const m of margins) expect(m).toBeGreaterThanOrEqual(0)
      }),
      { numRuns: 300 }
    )
  })

  it("finds the best path (brute force on short sequences)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3 }).chain((n) => fc.tuple(fc.constant(n), weights(n * L), weights(L * L), weights(L))), ([n, e, t, s]) => {
        const em = Float64Array.from(e)
        const tr = Float64Array.from(t)
        const st = Float64Array.from(s)
        const out = new Uint8Array(n)
        const best = viterbi(em, n, tr, st, out)
        let brute = -Infinity
        const path = new Array<number>(n).fill(0)
        const rec = (i: number): void => {
          if (i === n) {
            brute = Math.max(brute, score(em, tr, st, path))
            return
          }
          for (let y = 0; y < L; y++) {
            if (!allowed(i === 0 ? -1 : path[i - 1]!, y)) continue
            path[i] = y
            rec(i + 1)
          }
        }
        rec(0)
        expect(best).toBeCloseTo(brute, 6)
      }),
      { numRuns: 100 }
    )
  })
})

describe("clitics", () => {
  it("lists readings without proclitics", () => {
    expect(readings("وبالعراق")).toEqual(["وبالعراق", "بالعراق", "العراق", "عراق"])
    expect(readings("للامم")).toEqual(["للامم", "الامم", "لامم", "امم"])
    expect(readings("دمشق")).toEqual(["دمشق"])
  })

  it("cuts proclitics from the first token of a span by the documented rules", () => {
    const known = new Set(["فرنسا", "مصر", "بغداد", "وليد"])
    expect(procliticCut("وفرنسا", known)).toBe(1)
    expect(procliticCut("والعراق", known)).toBe(1)
    expect(procliticCut("وبالعراق", known)).toBe(2)
    expect(procliticCut("بالعراق", known)).toBe(1)
    expect(procliticCut("لمصر", known)).toBe(1)
    expect(procliticCut("وللامم", known)).toBe(1)
    expect(procliticCut("للامم", known)).toBe(0)
    expect(procliticCut("بغداد", known)).toBe(0)
    expect(procliticCut("وليد", known)).toBe(0)
    expect(procliticCut("فلسطين", known)).toBe(0)
    expect(procliticCut("وجوتشولك", known)).toBe(1)
  })
})

describe("lexicon", () => {
  it("normalizes phrases and marks multi-word matches, also after proclitics", () => {
    const data = buildTaggerLexicon({ org: ["الأمم المتحدة", "الامم المتحدة"], loc: ["باريس"] })
    expect(data.org).toEqual(["الامم المتحده"])
    const lex = compileLexicon(data)
    const words = ["قال", "للامم", "المتحده", "وباريس"].map(normalizeToken)
    const gaz = new Uint8Array(words.length * GAZ_KINDS)
    const trig = new Uint8Array(words.length)
    lex.mark(words, words.map((w) => lex.entries(readings(w))), gaz, trig)
    expect(gaz[1 * GAZ_KINDS + 2]).toBe(MARK.BEGIN_STEM) // multi-word ORG entered after removing ل
    expect(gaz[2 * GAZ_KINDS + 2]).toBe(MARK.END)
    expect(gaz[3 * GAZ_KINDS + 1]).toBe(MARK.SINGLE_STEM)
    expect(gaz[0]).toBe(0)
    expect(compileLexicon(EMPTY_TAGGER_LEXICON).size).toBe(0)
  })
})

describe("tokenize", () => {
  it("splits punctuation off, keeps numbers whole and breaks sentences", () => {
    const t = splitText("قالَ: 3.5 مليون «نعم».\nثم")
    expect(t.tokens).toEqual(["قال", ":", "3.5", "مليون", '"', "نعم", '"', ".", "ثم"])
    expect(t.sentences).toEqual([0, 8, 9])
  })

  it("maps every token back into the raw text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 50 }), (raw) => {
        const t = splitText(raw)
        t.tokens.forEach((_, i) => {
          const r = t.norm.toRaw(t.starts[i]!, t.ends[i]!)
          expect(r.start).toBeGreaterThanOrEqual(0)
          expect(r.end).toBeLessThanOrEqual(raw.length)
          expect(r.end).toBeGreaterThan(r.start)
        })
        expect(t.sentences[t.sentences.length - 1]).toBe(t.tokens.length)
      }),
      { numRuns: 200 }
    )
  })
})

describe("conll", () => {
  it("parses and formats", () => {
    const text = "زار O\nباريس B-LOC\n\n-DOCSTART- O\n\nقال O\nماكرون B-PERS\n"
    const s = parseConll(text)
    expect(s).toEqual([
      { tokens: ["زار", "باريس"], tags: ["O", "B-LOC"] },
      { tokens: ["قال", "ماكرون"], tags: ["O", "B-PERS"] }
    ])
    expect(parseConll(formatConll(s))).toEqual(s)
  })
})

describe("evaluation", () => {
  it("scores exact span and type", () => {
    const s = emptyTaggerScores()
    scoreTaggedSentence(s, ["B-PERS", "I-PERS", "O", "B-LOC"], ["B-PERSON", "O", "O", "B-LOC"])
    expect(s.PERSON).toEqual({ tp: 0, predicted: 1, gold: 1 })
    expect(s.LOC).toEqual({ tp: 1, predicted: 1, gold: 1 })
    expect(precisionRecallF1(microScores(s, ["PERSON", "LOC"]))).toEqual({ p: 50, r: 50, f1: 50 })
  })
})

describe("hashing and calibration", () => {
  it("combines to non-zero keys that depend on both parts", () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer(), (a, b) => {
        expect(combine(a, b)).not.toBe(0)
        expect(combine(a, b)).toBe(combine(a, b))
      })
    )
    expect(combine(fnv1a("W"), fnv1a("x"))).not.toBe(combine(fnv1a("W-1"), fnv1a("x")))
  })

  it("fits an increasing confidence when larger margins are more often right", () => {
    const margins = [0.1, 0.2, 0.3, 0.5, 1, 2, 3, 4, 5, 6]
    const correct = [false, false, true, false, true, true, true, true, true, true]
    const c = fitCalibration(margins, correct)
    expect(c.a).toBeGreaterThan(0)
  })
})

describe("document context", () => {
  const fx = new FeatureExtractor(compileLexicon(EMPTY_TAGGER_LEXICON))
  const B = labelId("B-LOC")
  const I = labelId("I-LOC")
  /** Second-pass keys of the word "كونغ" in the last sentence, when its other occurrences were labelled `others`. */
  const keysFor = (others: ReadonlyArray<number>): Set<number> => {
    const sentences = [...others, I].map(() => ["في", "هونغ", "كونغ"].map((w) => fx.word(w)))
    const labels = [...others, I].map((l) => Uint8Array.of(0, B, l))
    const ctx = contextFeatures(sentences, labels, 10)
    const last = ctx[ctx.length - 1]!
    return new Set(last.keys.subarray(last.offsets[2]!, last.offsets[3]!))
  }

  it("tells whether none, a minority or most of a word's other occurrences begin an entity", () => {
    const none = keysFor([I, I, I])
    const minority = keysFor([B, I, I])
    const most = keysFor([B, B, I])
    expect(minority).not.toEqual(none)
    expect(most).not.toEqual(minority)
    // one stray B- more among many I- changes nothing
    expect(keysFor([B, I, I, I])).toEqual(minority)
  })

  it("reads only the window of sentences on either side", () => {
    const words = ["زار", "كونغ"].map((w) => fx.word(w))
    const far = contextFeatures([words, ...Array.from({ length: 5 }, () => [fx.word("و")]), words], [Uint8Array.of(0, B), ...Array.from({ length: 5 }, () => Uint8Array.of(0)), Uint8Array.of(0, 0)], 2)
    const near = contextFeatures([words, words], [Uint8Array.of(0, B), Uint8Array.of(0, 0)], 2)
    const keysOf = (c: ReturnType<typeof contextFeatures>, s: number): number => c[s]!.offsets[2]! - c[s]!.offsets[1]!
    expect(keysOf(near, 1)).toBeGreaterThan(keysOf(far, 6))
  })
})
