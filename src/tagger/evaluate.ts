/**
 * Entity-level evaluation, conlleval style: an entity counts as correct only when its token span
 * and its type both match the gold entity exactly.
 */
import { labelId, labelSpans, TAGGER_TYPES } from "./labels.js"

/**
 * Counts per type: true positives, predicted entities, gold entities.
 *
 * @example
 * ```ts
 * import { emptyTaggerScores } from "akhbar"
 * emptyTaggerScores().PERSON // { tp: 0, predicted: 0, gold: 0 }
 * ```
 */
export type TaggerScores = Record<(typeof TAGGER_TYPES)[number], { tp: number; predicted: number; gold: number }>

/**
 * Zero counts for every type.
 *
 * @example
 * ```ts
 * import { emptyTaggerScores } from "akhbar"
 * emptyTaggerScores().LOC.gold // 0
 * ```
 */
export const emptyTaggerScores = (): TaggerScores => ({
  PERSON: { tp: 0, predicted: 0, gold: 0 },
  LOC: { tp: 0, predicted: 0, gold: 0 },
  ORG: { tp: 0, predicted: 0, gold: 0 },
  MISC: { tp: 0, predicted: 0, gold: 0 }
})

/**
 * Adds the entities of one sentence (gold and predicted tags, `PERS` or `PERSON`) to `scores`.
 *
 * @example
 * ```ts
 * import { emptyTaggerScores, scoreTaggedSentence } from "akhbar"
 * const s = emptyTaggerScores()
 * scoreTaggedSentence(s, ["B-PERS", "I-PERS", "O"], ["B-PERSON", "O", "O"])
 * s.PERSON // { tp: 0, predicted: 1, gold: 1 }
 * ```
 */
export const scoreTaggedSentence = (scores: TaggerScores, gold: ReadonlyArray<string>, predicted: ReadonlyArray<string>): TaggerScores => {
  const g = labelSpans(gold.map(labelId))
  const p = labelSpans(predicted.map(labelId))
  const key = (s: { start: number; end: number; type: number }): string => `${s.start}:${s.end}:${s.type}`
  const gold_ = new Set(g.map(key))
  for (const s of g) scores[TAGGER_TYPES[s.type]!].gold++
  for (const s of p) {
    const t = scores[TAGGER_TYPES[s.type]!]
    t.predicted++
    if (gold_.has(key(s))) t.tp++
  }
  return scores
}

/**
 * Precision, recall and F1 (percentages) of counts.
 *
 * @example
 * ```ts
 * import { precisionRecallF1 } from "akhbar"
 * precisionRecallF1({ tp: 8, predicted: 10, gold: 16 }) // { p: 80, r: 50, f1: 61.53… }
 * ```
 */
export const precisionRecallF1 = (c: { tp: number; predicted: number; gold: number }): { p: number; r: number; f1: number } => {
  const p = c.predicted === 0 ? 0 : (100 * c.tp) / c.predicted
  const r = c.gold === 0 ? 0 : (100 * c.tp) / c.gold
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r)
  return { p, r, f1 }
}

/**
 * Sums the counts of some types (micro average).
 *
 * @example
 * ```ts
 * import { emptyTaggerScores, microScores } from "akhbar"
 * microScores(emptyTaggerScores(), ["PERSON", "LOC", "ORG"]) // { tp: 0, predicted: 0, gold: 0 }
 * ```
 */
export const microScores = (
  scores: TaggerScores,
  types: ReadonlyArray<(typeof TAGGER_TYPES)[number]> = TAGGER_TYPES
): { tp: number; predicted: number; gold: number } => {
  const out = { tp: 0, predicted: 0, gold: 0 }
  for (const t of types) {
    out.tp += scores[t].tp
    out.predicted += scores[t].predicted
    out.gold += scores[t].gold
  }
  return out
}
