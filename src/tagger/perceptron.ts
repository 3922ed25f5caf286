/**
 * Training: each pass an averaged structured perceptron over the features of `features.ts`,
 * decoding with the BIO-constrained Viterbi of `viterbi.ts` (or a CRF, `crf.ts`); optionally a
 * second, stacked pass over document context (`context.ts`) trained on jackknifed first-pass
 * labels; optionally an ensemble of such models averaged into one. Deterministic for a given seed.
 */
import type { TaggedSentence } from "./conll.js"
import { contextFeatures, DEFAULT_WINDOW, mergeFeatures } from "./context.js"
import { averageStages } from "./ensemble.js"
import { FeatureExtractor } from "./features.js"
import { hintMarks } from "./hints.js"
import { allowed, labelId, NUM_LABELS, TAGGER_LABELS } from "./labels.js"
import { compileLexicon, EMPTY_TAGGER_LEXICON, type TaggerLexicon } from "./lexicon.js"
import type { TaggerCalibration, TaggerStage, TaggerModel, TaggerTrainingInfo } from "./model.js"
import { WeightTable } from "./model.js"
import { mulberry32, shuffle } from "./random.js"
import { normalizeToken } from "./tokenize.js"
import { viterbi } from "./viterbi.js"
import { trainStageCrf } from "./crf.js"
import { emissionScores, indexExamples, quantizeStage, type Example } from "./stage-data.js"

const L = NUM_LABELS

/**
 * Training options.
 *
 * @example
 * ```ts
 * import type { TaggerTrainOptions } from "akhbar"
 * const o: TaggerTrainOptions = { epochs: 10, seed: 42 }
 * ```
 */
export interface TaggerTrainOptions {
  /**
   * How each pass is trained: `"perceptron"` (averaged structured perceptron, the default) or
   * `"crf"` (linear-chain CRF, L2-regularized log-likelihood by stochastic gradient steps; about 4
   * times slower to train than one perceptron, with more features kept, so a model about twice as
   * large; on ANERcorp one CRF scores what an ensemble of four perceptrons does).
   */
  readonly algorithm?: TaggerAlgorithm
  /** Passes over the data (default 12 for the perceptron, 15 for the CRF). */
  readonly epochs?: number
  /** CRF only: L2 coefficient of the objective `Σ −log p(gold) + l2/2 · |w|²` (default 3). */
  readonly l2?: number
  /** CRF only: initial learning rate of the stochastic gradient steps (default 0.1). */
  readonly learningRate?: number
  /** Seed of the shuffling between epochs (default 1). */
  readonly seed?: number
  /** Gazetteer snapshot for the features (default: empty). */
  readonly lexicon?: TaggerLexicon
  /** Train the second, document-context pass (default true). */
  readonly stacked?: boolean
  /** Jackknife folds for the first-pass labels of the second pass (default 5). */
  readonly folds?: number
  /** Sentences on either side that count as document context (default 10). */
  readonly window?: number
  /** Drop features seen fewer times than this before training (default 1: keep all). */
  readonly minCount?: number
  /** Drop features whose largest absolute averaged weight is below this fraction of the largest weight after training (default 0: only weights that quantize to zero). */
  readonly prune?: number
  /**
   * Share of the training sentences whose hints (`TaggedSentence.hints`) are left out, drawn with
   * the seed (default 0.5): the model then learns to tag both with and without hints.
   */
  readonly hintDropout?: number
  /**
   * Models trained with the seeds `seed`, `seed + 1`, … (each its own shuffles, hint draws and
   * jackknife) whose weights are averaged into one model (default 1: a single model). Averaging
   * 4 gains about half a point of F1 for 4 times the training time; tagging speed is unchanged.
   */
  readonly ensemble?: number
  /** Confidence calibration to store (default `{ a: 1, b: 0 }` on margins in units of the largest weight / 100). */
  readonly calibration?: TaggerCalibration
  /** Called after each epoch of each pass with the number of sentences the perceptron got wrong (for the CRF: the negative log-likelihood of the training data, rounded). */
  readonly onEpoch?: (pass: string, epoch: number, mistakes: number) => void
}

/**
 * Training algorithm of a pass.
 *
 * @example
 * ```ts
 * import type { TaggerAlgorithm } from "akhbar"
 * const a: TaggerAlgorithm = "crf"
 * ```
 */
export type TaggerAlgorithm = "perceptron" | "crf"

/**
 * Size of the ensemble the shipped model is trained with, and the cross-validation reports.
 *
 * @example
 * ```ts
 * import { SHIPPED_ENSEMBLE } from "./perceptron.js" // internal to src/tagger and the scripts
 * SHIPPED_ENSEMBLE // 4
 * ```
 */
export const SHIPPED_ENSEMBLE = 4

/**
 * Training algorithm of the shipped model, and of the cross-validation reports.
 *
 * @example
 * ```ts
 * import { SHIPPED_ALGORITHM } from "./perceptron.js" // internal to src/tagger and the scripts
 * SHIPPED_ALGORITHM // "perceptron"
 * ```
 */
export const SHIPPED_ALGORITHM: TaggerAlgorithm = "perceptron"

/**
 * Default L2 coefficient of the CRF (the best of 1, 3 and 5 in cross-validation on ANERcorp).
 *
 * @example
 * ```ts
 * import { DEFAULT_L2 } from "./perceptron.js" // internal to src/tagger and the scripts
 * DEFAULT_L2 // 3
 * ```
 */
export const DEFAULT_L2 = 3

/**
 * Default initial learning rate of the CRF.
 *
 * @example
 * ```ts
 * import { DEFAULT_LEARNING_RATE } from "./perceptron.js" // internal to src/tagger and the scripts
 * DEFAULT_LEARNING_RATE // 0.1
 * ```
 */
export const DEFAULT_LEARNING_RATE = 0.1

/**
 * Passes over the data when `epochs` is not given, per algorithm.
 *
 * @example
 * ```ts
 * import { DEFAULT_EPOCHS } from "./perceptron.js" // internal to src/tagger and the scripts
 * DEFAULT_EPOCHS.crf // 15
 * ```
 */
export const DEFAULT_EPOCHS: Readonly<Record<TaggerAlgorithm, number>> = { perceptron: 12, crf: 15 }

/** Replaces a stray `I-X` (after `O` or another type) by `B-X`, as conlleval reads it. */
const repair = (labels: Uint8Array): Uint8Array => {
  for (let t = 0; t < labels.length; t++) {
    if (!allowed(t === 0 ? -1 : labels[t - 1]!, labels[t]!)) labels[t] = labels[t]! - 1
  }
  return labels
}

/** Options of one pass's training. */
interface StageOptions {
  readonly epochs: number
  readonly seed: number
  readonly minCount: number
  readonly prune: number
  readonly onEpoch?: (epoch: number, progress: number) => void
}

/** Result of training one pass. */
interface StageResult {
  readonly stage: TaggerStage
  readonly seen: number
}

/**
 * Trains one pass (averaged structured perceptron) on feature examples.
 *
 * @example
 * ```ts
 * import { trainStage } from "./perceptron.js" // internal to src/tagger
 * // trainStage(examples, { epochs: 10, seed: 1, minCount: 1, prune: 0 }).stage.keys.length
 * ```
 */
export const trainStage = (examples: ReadonlyArray<Example>, o: StageOptions): StageResult => {
  const { kept, data, seen } = indexExamples(examples, o.minCount)
  const nRows = kept.length
  const w = new Float64Array(nRows * L)
  const u = new Float64Array(nRows * L)
  const tw = new Float64Array(L * L)
  const tu = new Float64Array(L * L)
  const sw = new Float64Array(L)
  const su = new Float64Array(L)
  let maxLen = 1
  for (const d of data) maxLen = Math.max(maxLen, d.gold.length)
  const em = new Float64Array(maxLen * L)
  const pred = new Uint8Array(maxLen)
  const order = data.map((_, i) => i)
  const rand = mulberry32(o.seed)
  let c = 1

  for (let epoch = 1; epoch <= o.epochs; epoch++) {
    shuffle(order, rand)
    let mistakes = 0
    for (const idx of order) {
      const { offsets, rows, gold } = data[idx]!
      const n = gold.length
      emissionScores(data[idx]!, w, em)
      viterbi(em, n, tw, sw, pred)
      let wrong = false
      for (let t = 0; t < n; t++) {
        const g = gold[t]!
        const p = pred[t]!
        if (g !== p) {
          wrong = true
          for (let f = offsets[t]!, end = offsets[t + 1]!; f < end; f++) {
            const r = rows[f]!
            if (r < 0) continue
            w[r * L + g]! += 1
            u[r * L + g]! += c
            w[r * L + p]! -= 1
            u[r * L + p]! -= c
          }
        }
        const gp = t === 0 ? -1 : gold[t - 1]!
        const pp = t === 0 ? -1 : pred[t - 1]!
        if (g !== p || gp !== pp) {
          if (t === 0) {
            sw[g]! += 1
            su[g]! += c
            sw[p]! -= 1
            su[p]! -= c
          } else {
            tw[gp * L + g]! += 1
            tu[gp * L + g]! += c
            tw[pp * L + p]! -= 1
            tu[pp * L + p]! -= c
          }
        }
      }
      if (wrong) mistakes++
      c++
    }
    o.onEpoch?.(epoch, mistakes)
  }

  // average, prune, quantize
  const avg = (x: Float64Array, acc: Float64Array): Float64Array => x.map((v, i) => v - acc[i]! / c)
  const aw = avg(w, u)
  const at = avg(tw, tu)
  const as = avg(sw, su)
  return { stage: quantizeStage(kept, aw, at, as, o.prune), seen }
}

/**
 * Labels of sentences under one pass.
 *
 * @example
 * ```ts
 * import { decodeStage } from "./perceptron.js" // internal to src/tagger
 * // decodeStage(stage, examples) → one Uint8Array of label ids per example
 * ```
 */
export const decodeStage = (stage: TaggerStage, examples: ReadonlyArray<{ offsets: Int32Array; keys: Uint32Array }>): Array<Uint8Array> => {
  const table = new WeightTable(stage)
  return examples.map((e) => {
    const n = e.offsets.length - 1
    const em = new Float64Array(Math.max(1, n) * L)
    const out = new Uint8Array(n)
    table.emissions(e.keys, e.offsets, n, em)
    viterbi(em, n, table.transitions, table.start, out)
    return out
  })
}

/**
 * Trains a tagger model from tagged sentences (tags `B-PERS`/`B-PERSON`, `I-LOC`, …, `O`), in
 * document order (the second pass reads nearby sentences as context).
 *
 * @example
 * ```ts
 * import { trainTagger, Tagger } from "akhbar"
 * const model = trainTagger([{ tokens: ["زار", "باريس"], tags: ["O", "B-LOC"] }], { epochs: 3, seed: 1 })
 * new Tagger(model).tagTokens(["زار", "باريس"]) // ["O", "B-LOC"]
 * ```
 */
export const trainTagger = (sentences: ReadonlyArray<TaggedSentence>, options: TaggerTrainOptions = {}): TaggerModel => {
  const ensemble = options.ensemble ?? 1
  if (!(Number.isInteger(ensemble) && ensemble >= 1)) throw new Error(`akhbar: ensemble must be a whole number ≥ 1, got ${String(ensemble)}`)
  const algorithm: unknown = options.algorithm ?? "perceptron"
  if (algorithm !== "perceptron" && algorithm !== "crf") throw new Error(`akhbar: algorithm must be "perceptron" or "crf", got ${JSON.stringify(algorithm)}`)
  for (const name of ["l2", "learningRate"] as const) {
    const v = options[name]
    if (v !== undefined && !(Number.isFinite(v) && v > 0)) throw new Error(`akhbar: ${name} must be a number > 0, got ${String(v)}`)
  }
  const seed = options.seed ?? 1
  const members = Array.from({ length: ensemble }, (_, k) =>
    trainMember(sentences, {
      ...options,
      seed: seed + k,
      ...(options.onEpoch === undefined || ensemble === 1 ? {} : { onEpoch: (pass: string, e: number, m: number) => options.onEpoch!(`${pass} (model ${k + 1}/${ensemble})`, e, m) })
    })
  )
  const first = members[0]!
  if (ensemble === 1) return first
  const stages = first.stages.map((_, i) => averageStages(members.map((m) => m.stages[i]!)))
  const last = stages[stages.length - 1]!
  return {
    ...first,
    stages,
    calibration: options.calibration ?? marginCalibration(last),
    info: { ...first.info, seed, ensemble, featuresKept: stages.map((s) => s.keys.length) }
  }
}

/** The default confidence calibration: margins in units of the pass's largest weight / 100. */
const marginCalibration = (last: TaggerStage): TaggerCalibration => ({ a: 100 / Math.max(1e-12, last.scale * 32767), b: 0 })

/** One model of {@link trainTagger}'s ensemble. */
const trainMember = (sentences: ReadonlyArray<TaggedSentence>, options: TaggerTrainOptions): TaggerModel => {
  const algorithm = options.algorithm ?? "perceptron"
  const epochs = options.epochs ?? DEFAULT_EPOCHS[algorithm]
  const l2 = options.l2 ?? DEFAULT_L2
  const learningRate = options.learningRate ?? DEFAULT_LEARNING_RATE
  const seed = options.seed ?? 1
  const minCount = options.minCount ?? 1
  const prune = options.prune ?? 0
  const stacked = options.stacked ?? true
  const window = options.window ?? DEFAULT_WINDOW
  const lexiconData = options.lexicon ?? EMPTY_TAGGER_LEXICON
  const fx = new FeatureExtractor(compileLexicon(lexiconData))
  const used = sentences.filter((s) => s.tokens.length > 0)
  const folds = Math.max(2, Math.min(options.folds ?? 5, used.length))
  const words = used.map((s) => s.tokens.map(normalizeToken))
  const hintDropout = options.hintDropout ?? 0.5
  if (!(hintDropout >= 0 && hintDropout <= 1)) throw new Error(`akhbar: hintDropout must be between 0 and 1, got ${String(hintDropout)}`)
  const hinted = used.some((s) => s.hints !== undefined)
  const drop = mulberry32(seed ^ 0x68696e74)
  const base: Array<Example> = used.map((s, i) => {
    // one draw per sentence, hinted or not, so that the draws do not depend on which sentences have hints
    const keep = drop() >= hintDropout
    const f = fx.sentence(words[i]!, keep && s.hints !== undefined ? hintMarks(s.tokens.length, s.hints) : undefined)
    return { offsets: f.offsets, keys: f.keys, gold: repair(Uint8Array.from(s.tags, labelId)) }
  })
  const tokens = words.reduce((a, w) => a + w.length, 0)
  const stageOptions = (pass: string): StageOptions => ({
    epochs,
    seed,
    minCount,
    prune,
    ...(options.onEpoch === undefined ? {} : { onEpoch: (e: number, m: number) => options.onEpoch!(pass, e, m) })
  })
  const trainPass = (examples: ReadonlyArray<Example>, o: StageOptions): StageResult =>
    algorithm === "crf" ? trainStageCrf(examples, { ...o, c2: l2, eta0: learningRate }) : trainStage(examples, o)
  const first = trainPass(base, stageOptions("first"))
  const stages: Array<TaggerStage> = [first.stage]
  const seen = [first.seen]
  if (stacked && used.length >= 2) {
    // jackknifed first-pass labels: each block tagged by a first pass trained on the other blocks
    const jack: Array<Uint8Array> = new Array(used.length)
    for (let k = 0; k < folds; k++) {
      const lo = Math.floor((k * used.length) / folds)
      const hi = Math.floor(((k + 1) * used.length) / folds)
      if (hi <= lo) continue
      const part = trainPass([...base.slice(0, lo), ...base.slice(hi)], stageOptions(`jackknife ${k + 1}/${folds}`))
      decodeStage(part.stage, base.slice(lo, hi)).forEach((labels, j) => (jack[lo + j] = labels))
    }
    const ctx = contextFeatures(words.map((ws) => ws.map((w) => fx.word(w))), jack, window)
    const second = trainPass(
      base.map((e, i) => ({ ...mergeFeatures(e, ctx[i]!), gold: e.gold })),
      stageOptions("second")
    )
    stages.push(second.stage)
    seen.push(second.seen)
  }
  const info: TaggerTrainingInfo = {
    ...(algorithm === "crf" ? { algorithm, l2, learningRate } : {}),
    epochs,
    seed,
    sentences: used.length,
    tokens,
    stacked: stages.length > 1,
    folds: stages.length > 1 ? folds : 0,
    minCount,
    prune,
    hints: hinted,
    hintDropout: hinted ? hintDropout : 0,
    featuresSeen: seen,
    featuresKept: stages.map((s) => s.keys.length)
  }
  const last = stages[stages.length - 1]!
  return {
    labels: [...TAGGER_LABELS],
    stages,
    window,
    lexicon: lexiconData,
    names: entityNames(used, lexiconData),
    calibration: options.calibration ?? marginCalibration(last),
    info
  }
}

/**
 * The normalized words inside gold entities, without the forms that are another entity word or
 * lexicon word with a proclitic (و ف ب ل ك, or و/ف + ب ل ك) in front. Sorted.
 *
 * @example
 * ```ts
 * import { entityNames } from "./perceptron.js" // internal to src/tagger
 * import { EMPTY_TAGGER_LEXICON } from "./lexicon.js"
 * entityNames([{ tokens: ["فرنسا", "وفرنسا"], tags: ["B-LOC", "B-LOC"] }], EMPTY_TAGGER_LEXICON) // ["فرنسا"]
 * ```
 */
export const entityNames = (sentences: ReadonlyArray<TaggedSentence>, lexicon: TaggerLexicon): Array<string> => {
  const words = new Set<string>()
  for (const s of sentences) {
    s.tags.forEach((t, i) => {
      if (t !== "O") words.add(normalizeToken(s.tokens[i]!))
    })
  }
  const lex = new Set<string>(lexicon.givenNames)
  for (const list of [lexicon.person, lexicon.loc, lexicon.org]) for (const p of list) for (const w of p.split(" ")) lex.add(w)
  const has = (w: string): boolean => words.has(w) || lex.has(w)
  const prep = (c: number): boolean => c === 0x0628 || c === 0x0643 || c === 0x0644
  const out: Array<string> = []
  for (const w of words) {
    if (w.length < 2) continue
    const c0 = w.charCodeAt(0)
    const conj = c0 === 0x0648 || c0 === 0x0641
    let clitic = false
    if ((conj || prep(c0)) && has(w.slice(1))) clitic = true
    if (conj && prep(w.charCodeAt(1)) && has(w.slice(2))) clitic = true
    if (!clitic) out.push(w)
  }
  return out.sort()
}
