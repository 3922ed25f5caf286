/**
 * Named-entity sequence tagger: an averaged structured perceptron over hashed features, with
 * BIO-constrained Viterbi decoding and a document-context second pass, trained on ANERcorp and
 * shipped with the package. See docs/model-card.md.
 */
export { loadTagger } from "./shipped.js"
export { Tagger, type TaggedEntity } from "./tagger.js"
export { trainTagger, type TaggerTrainOptions, type TaggerAlgorithm } from "./perceptron.js"
export { serializeModel, deserializeModel, TAGGER_MODEL_FORMAT, TAGGER_MODEL_VERSION, type TaggerModelFile } from "./model-io.js"
export type { TaggerModel, TaggerStage, TaggerCalibration, TaggerTrainingInfo } from "./model.js"
export { parseConll, formatConll, type TaggedSentence } from "./conll.js"
export type { TokenHint, TextHint } from "./hints.js"
export { TAGGER_LABELS, TAGGER_TYPES, type TaggerLabel, type TaggerType } from "./labels.js"
export { buildTaggerLexicon, EMPTY_TAGGER_LEXICON, type TaggerLexicon, type RawTaggerLexicon } from "./lexicon.js"
export { emptyTaggerScores, scoreTaggedSentence, precisionRecallF1, microScores, type TaggerScores } from "./evaluate.js"
