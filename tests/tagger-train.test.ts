import { readFileSync } from "node:fs"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import {
  buildTaggerLexicon,
  deserializeModel,
  parseConll,
  serializeModel,
  Tagger,
  TAGGER_LABELS,
  trainTagger,
  type TaggerLabel,
  type TaggerStage
} from "../src/tagger/index.js"
import { averageStages } from "../src/tagger/ensemble.js"
import { forwardBackward } from "../src/tagger/crf.js"

const corpus = parseConll(readFileSync(new URL("./fixtures-ner/tiny.conll", import.meta.url), "utf8"))
const lexicon = buildTaggerLexicon({
  person: ["أحمد خالد"],
  loc: ["القاهرة", "باريس", "لندن", "دمشق"],
  org: ["الأمم المتحدة", "منظمة الصحة العالمية"],
  givenNames: ["أحمد", "محمد", "علي", "سامي", "ليلى"],
  nationalities: ["فرنسي", "مصري"],
  personTriggers: ["الرئيس", "وزير الخارجية"],
  orgTriggers: ["وزارة", "شركة"],
  placeTriggers: ["مدينة"],
  verbs: ["قال", "أكد"],
  particles: ["بن", "عبد"],
  notNames: ["الحكومة"]
})
const options = { epochs: 6, seed: 7, lexicon }

/** Whether a tag sequence respects BIO: an I-X only after B-X or I-X. */
const validBio = (tags: ReadonlyArray<string>): boolean =>
  tags.every((t, i) => {
    if (!t.startsWith("I-")) return true
    const prev = i > 0 ? tags[i - 1]! : "O"
    return prev !== "O" && prev.slice(2) === t.slice(2)
  })

describe("tiny CoNLL fixture", () => {
  it("has 40 sentences with PERS, LOC, ORG and MISC entities", () => {
    expect(corpus).toHaveLength(40)
    const tags = new Set(corpus.flatMap((s) => s.tags))
    for (const t of ["B-PERS", "I-PERS", "B-LOC", "B-ORG", "I-ORG", "B-MISC", "O"]) expect(tags).toContain(t)
    for (const s of corpus) expect(s.tokens).toHaveLength(s.tags.length)
  })
})

describe("trainTagger", () => {
  const model = trainTagger(corpus, options)

  it("is deterministic: the same seed gives identical weights", () => {
    const again = trainTagger(corpus, options)
    expect(again.stages).toHaveLength(model.stages.length)
    model.stages.forEach((st, i) => {
      const other = again.stages[i]!
      expect(Array.from(other.keys)).toEqual(Array.from(st.keys))
      expect(Array.from(other.weights)).toEqual(Array.from(st.weights))
      expect(Array.from(other.transitions)).toEqual(Array.from(st.transitions))
      expect(other.scale).toBe(st.scale)
    })
    expect(JSON.stringify(serializeModel(again))).toBe(JSON.stringify(serializeModel(model)))
  })

  it("trains two passes and records how", () => {
    expect(model.stages).toHaveLength(2)
    expect(model.info).toMatchObject({ epochs: 6, seed: 7, sentences: 40, stacked: true })
    expect(model.stages[0]!.keys.length).toBeGreaterThan(100)
    // keys ascending and unique
    const k = model.stages[0]!.keys
    for (let i = 1; i < k.length; i++) expect(k[i]!).toBeGreaterThan(k[i - 1]!)
    const single = trainTagger(corpus, { ...options, stacked: false })
    expect(single.stages).toHaveLength(1)
  })

  it("fits its training data", () => {
    const tagger = new Tagger(model)
    const predicted = tagger.tagSentences(corpus.map((s) => s.tokens))
    let right = 0
    let total = 0
    corpus.forEach((s, i) =>
      s.tags.forEach((t, j) => {
        total++
        if (t.replace("PERS", "PERSON").replace("PERSONON", "PERSON") === predicted[i]![j]) right++
      })
    )
    expect(right / total).toBeGreaterThan(0.95)
  })

  it("a saved and loaded model tags identically", () => {
    const file = JSON.parse(JSON.stringify(serializeModel(model))) as ReturnType<typeof serializeModel>
    const loaded = deserializeModel(file)
    expect(loaded.names).toEqual(model.names)
    expect(loaded.lexicon).toEqual(model.lexicon)
    expect(loaded.calibration).toEqual(model.calibration)
    const a = new Tagger(model)
    const b = new Tagger(loaded)
    const text = corpus.map((s) => s.tokens.join(" ")).join("\n") + "\nوصل أحمد خالد إلى باريس ولندن."
    expect(b.tagText(text)).toEqual(a.tagText(text))
    expect(b.tagSentences(corpus.map((s) => s.tokens))).toEqual(a.tagSentences(corpus.map((s) => s.tokens)))
  })

  it("rejects a model file of another format", () => {
    const file = serializeModel(model)
    expect(() => deserializeModel({ ...file, format: "other" })).toThrow(/unsupported/)
    expect(() => deserializeModel({ ...file, labels: ["O"] })).toThrow(/labels/)
  })

  it("never emits I- after O or after another type (random token sequences)", () => {
    const tagger = new Tagger(model)
    const vocabulary = [...new Set(corpus.flatMap((s) => s.tokens)), "و", "،", "«", "»", "2024", "CNN", "وباريس", "زز"]
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom(...vocabulary), { maxLength: 30 }), { minLength: 1, maxLength: 4 }), (sentences) => {
        for (const tags of tagger.tagSentences(sentences)) {
          expect(validBio(tags)).toBe(true)
          for (const t of tags) expect(TAGGER_LABELS).toContain(t as TaggerLabel)
        }
        expect(validBio(tagger.tagTokens(sentences[0]!))).toBe(true)
      }),
      { numRuns: 200 }
    )
  })

  it("learns from tags with stray I- (read as B-, like conlleval)", () => {
    const m = trainTagger([{ tokens: ["في", "باريس"], tags: ["O", "I-LOC"] }], { epochs: 3, stacked: false })
    expect(new Tagger(m).tagTokens(["في", "باريس"])).toEqual(["O", "B-LOC"])
  })

  it("handles empty input", () => {
    const tagger = new Tagger(model)
    expect(tagger.tagTokens([])).toEqual([])
    expect(tagger.tagText("")).toEqual([])
    expect(tagger.tagText("   \n\n ")).toEqual([])
    expect(tagger.tagSentences([])).toEqual([])
  })
})

describe("ensembles", () => {
  const members = [7, 8, 9].map((seed) => trainTagger(corpus, { ...options, seed }))
  const ensemble = trainTagger(corpus, { ...options, ensemble: 3 })

  it("average the weights of the models trained with consecutive seeds", () => {
    expect(ensemble.info).toMatchObject({ seed: 7, ensemble: 3 })
    ensemble.stages.forEach((stage, pass) => {
      const weight = (st: TaggerStage, key: number, y: number): number => {
        const i = st.keys.indexOf(key)
        return i < 0 ? 0 : st.weights[i * 9 + y]! * st.scale
      }
      // every key of every member is in the average unless its mean quantizes to zero
      const keys = new Set(members.flatMap((m) => Array.from(m.stages[pass]!.keys)))
      expect(ensemble.stages[pass]!.keys.length).toBeLessThanOrEqual(keys.size)
      for (const key of Array.from(stage.keys).slice(0, 200)) {
        for (let y = 0; y < 9; y++) {
          const mean = members.reduce((a, m) => a + weight(m.stages[pass]!, key, y), 0) / 3
          expect(Math.abs(weight(stage, key, y) - mean)).toBeLessThanOrEqual(stage.scale / 2 + 1e-9)
        }
      }
    })
  })

  it("are deterministic, decode under BIO, and of size 1 are the model itself", () => {
    const again = trainTagger(corpus, { ...options, ensemble: 3 })
    expect(JSON.stringify(serializeModel(again))).toBe(JSON.stringify(serializeModel(ensemble)))
    const tagged = new Tagger(ensemble).tagSentences(corpus.map((s) => s.tokens))
    tagged.forEach((tags) => expect(validBio(tags)).toBe(true))
    // an ensemble of one is the model itself
    expect(JSON.stringify(serializeModel(trainTagger(corpus, { ...options, ensemble: 1 })))).toBe(JSON.stringify(serializeModel(members[0]!)))
  })

  it("reject a size that is not a whole number ≥ 1", () => {
    expect(() => trainTagger(corpus, { ...options, ensemble: 0 })).toThrow(/ensemble must be a whole number/)
    expect(() => trainTagger(corpus, { ...options, ensemble: 1.5 })).toThrow(/ensemble must be a whole number/)
  })
})

describe("averageStages", () => {
  const stage = (keys: Array<number>, w: number, scale: number): TaggerStage => ({
    keys: Uint32Array.from(keys),
    weights: Int16Array.from({ length: keys.length * 9 }, () => w),
    transitions: Int16Array.from({ length: 81 }, (_, i) => (i === 0 ? w : 0)),
    start: new Int16Array(9),
    scale
  })

  it("gives a feature missing from a pass the weight 0 there", () => {
    const avg = averageStages([stage([1, 5], 100, 0.01), stage([5, 9], 300, 0.01)])
    expect(Array.from(avg.keys)).toEqual([1, 5, 9])
    const w = (k: number): number => avg.weights[avg.keys.indexOf(k) * 9]! * avg.scale
    expect(w(1)).toBeCloseTo(0.5, 3)
    expect(w(5)).toBeCloseTo(2, 3)
    expect(w(9)).toBeCloseTo(1.5, 3)
    expect(avg.transitions[0]! * avg.scale).toBeCloseTo(2, 3)
  })

  it("returns a single pass as it is and refuses none", () => {
    const one = stage([3], 10, 1)
    expect(averageStages([one])).toBe(one)
    expect(() => averageStages([])).toThrow(RangeError)
  })

  it("drops features whose mean quantizes to zero", () => {
    const avg = averageStages([stage([1], 30000, 1), stage([2], 1, 1e-6)])
    expect(Array.from(avg.keys)).toEqual([1])
  })
})

describe("CRF training", () => {
  const crfOptions = { ...options, algorithm: "crf" as const, epochs: 10 }
  const model = trainTagger(corpus, crfOptions)

  it("is deterministic, records how it was trained, and fits its training data", () => {
    expect(JSON.stringify(serializeModel(trainTagger(corpus, crfOptions)))).toBe(JSON.stringify(serializeModel(model)))
    expect(model.info).toMatchObject({ algorithm: "crf", l2: 3, learningRate: 0.1, epochs: 10, stacked: true })
    expect(model.stages).toHaveLength(2)
    const predicted = new Tagger(model).tagSentences(corpus.map((s) => s.tokens))
    let right = 0
    let total = 0
    corpus.forEach((s, i) =>
      s.tags.forEach((t, j) => {
        total++
        if (t.replace(/PERS$/, "PERSON") === predicted[i]![j]) right++
      })
    )
    expect(right / total).toBeGreaterThan(0.95)
    predicted.forEach((tags) => expect(validBio(tags)).toBe(true))
  })

  it("lowers the negative log-likelihood from epoch to epoch; a larger l2 keeps weights smaller", () => {
    const losses: Array<number> = []
    const strong = trainTagger(corpus, { ...crfOptions, stacked: false, l2: 100, onEpoch: (_pass, _e, loss) => losses.push(loss) })
    expect(losses).toHaveLength(10)
    expect(losses[9]!).toBeLessThan(losses[0]!)
    const weak = trainTagger(corpus, { ...crfOptions, stacked: false, l2: 0.1 })
    expect(strong.stages[0]!.scale).toBeLessThan(weak.stages[0]!.scale)
  })

  it("saves and loads like any model", () => {
    const loaded = deserializeModel(JSON.parse(JSON.stringify(serializeModel(model))) as ReturnType<typeof serializeModel>)
    expect(loaded.info).toEqual(model.info)
    const text = "وصل أحمد خالد إلى باريس ولندن والتقى وزير الخارجية في القاهرة."
    expect(new Tagger(loaded).tagText(text)).toEqual(new Tagger(model).tagText(text))
  })

  it("rejects an unknown algorithm and a non-positive l2 or learning rate", () => {
    expect(() => trainTagger(corpus, { ...options, algorithm: "svm" as unknown as "crf" })).toThrow(/algorithm must be "perceptron" or "crf"/)
    expect(() => trainTagger(corpus, { ...crfOptions, l2: 0 })).toThrow(/l2 must be a number > 0/)
    expect(() => trainTagger(corpus, { ...crfOptions, learningRate: -1 })).toThrow(/learningRate must be a number > 0/)
  })
})

describe("forwardBackward", () => {
  const L = 9
  /** Every label sequence of length n that BIO allows. */
  const sequences = (n: number): Array<Array<number>> => {
    let out: Array<Array<number>> = [[]]
    for (let t = 0; t < n; t++) {
      out = out.flatMap((seq) =>
        Array.from({ length: L }, (_, y) => y)
          .filter((y) => validBio([...seq, y].map((k) => TAGGER_LABELS[k]!)))
          .map((y) => [...seq, y])
      )
    }
    return out
  }
  const score = (seq: ReadonlyArray<number>, em: Float64Array, tr: Float64Array, st: Float64Array): number =>
    seq.reduce((a, y, t) => a + em[t * L + y]! + (t === 0 ? st[y]! : tr[seq[t - 1]! * L + y]!), 0)

  it("gives log Z and marginals equal to summing over every allowed sequence (random scores)", () => {
    const weights = (n: number) => fc.array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: n, maxLength: n }).map((x) => Float64Array.from(x))
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3 }).chain((n) => fc.tuple(fc.constant(n), weights(n * L), weights(L * L), weights(L))),
        ([n, em, tr, st]) => {
          const alpha = new Float64Array(n * L)
          const beta = new Float64Array(n * L)
          const logZ = forwardBackward(em, n, tr, st, alpha, beta)
          const all = sequences(n)
          const z = all.reduce((a, seq) => a + Math.exp(score(seq, em, tr, st)), 0)
          expect(logZ).toBeCloseTo(Math.log(z), 9)
          for (let t = 0; t < n; t++) {
            for (let y = 0; y < L; y++) {
              const m = all.filter((seq) => seq[t] === y).reduce((a, seq) => a + Math.exp(score(seq, em, tr, st)), 0) / z
              expect(Math.exp(alpha[t * L + y]! + beta[t * L + y]! - logZ)).toBeCloseTo(m, 9)
            }
          }
        }
      ),
      { numRuns: 60 }
    )
  })
})
