/**
 * k-fold cross-validation of the named-entity tagger on a CoNLL file.
 *
 *   tsx scripts/eval-ner-cv.ts PATH [--folds 5] [--epochs N] [--seed S] [--ensemble K] [--algorithm perceptron|crf] [--l2 X] [--min-count N] [--prune X]
 *                              [--no-lexicon] [--no-stack] [--no-hints] [--window N] [--shuffle] [--json FILE]
 *
 * Sentences are split into `folds` contiguous blocks (deterministic; neighbouring sentences of one
 * article stay in one fold; `--shuffle` draws random sentences instead, which is optimistic). Each block is tagged by a model trained on the others; entity-level
 * precision, recall and F1 (exact span and type, conlleval style) are summed over all folds.
 * Unless `--no-hints`, every sentence carries the gazetteer and pattern mentions as hints
 * (`withRuleHints`, documents of 10 sentences), and each held-out block is tagged twice: with its
 * hints (as the combined recognizer runs the tagger) and without (the tagger alone).
 */
import { readFileSync, writeFileSync } from "node:fs"
import { parseConll, type TaggedSentence } from "../src/tagger/conll.js"
import { lexiconFromEntityData } from "../src/tagger/entity-lexicon.js"
import { emptyTaggerScores, microScores, precisionRecallF1, scoreTaggedSentence, type TaggerScores } from "../src/tagger/evaluate.js"
import { TAGGER_TYPES } from "../src/tagger/labels.js"
import { EMPTY_TAGGER_LEXICON } from "../src/tagger/lexicon.js"
import { withRuleHints } from "../src/entities/rule-hints.js"
import { DEFAULT_EPOCHS, DEFAULT_L2, SHIPPED_ALGORITHM, SHIPPED_ENSEMBLE, trainTagger, type TaggerAlgorithm } from "../src/tagger/perceptron.js"
import { mulberry32, shuffle } from "../src/tagger/random.js"
import { Tagger } from "../src/tagger/tagger.js"

const args = process.argv.slice(2)
const flag = (name: string): string | undefined => {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : undefined
}
const valued = new Set(["--folds", "--epochs", "--seed", "--ensemble", "--algorithm", "--l2", "--learning-rate", "--min-count", "--prune", "--window", "--json"])
const path = args.find((a, i) => !a.startsWith("--") && !(i > 0 && valued.has(args[i - 1]!)))
if (path === undefined) {
  console.error("usage: tsx scripts/eval-ner-cv.ts PATH [--folds 5] [--epochs N] [--seed S] [--ensemble K] [--algorithm perceptron|crf] [--l2 X] [--json FILE]")
  process.exit(2)
}
const folds = Number(flag("--folds") ?? 5)
const epochs = flag("--epochs") === undefined ? undefined : Number(flag("--epochs"))
const seed = Number(flag("--seed") ?? 1)
// as the shipped model is trained (scripts/train-ner.ts)
const ensemble = Number(flag("--ensemble") ?? SHIPPED_ENSEMBLE)
const algorithm = (flag("--algorithm") ?? SHIPPED_ALGORITHM) as TaggerAlgorithm
const l2 = algorithm === "crf" ? Number(flag("--l2") ?? DEFAULT_L2) : undefined
const learningRate = flag("--learning-rate") === undefined ? undefined : Number(flag("--learning-rate"))
const minCount = flag("--min-count") === undefined ? undefined : Number(flag("--min-count"))
const prune = flag("--prune") === undefined ? undefined : Number(flag("--prune"))
const stacked = !args.includes("--no-stack")
const window = flag("--window") === undefined ? undefined : Number(flag("--window"))
const lexicon = args.includes("--no-lexicon") ? EMPTY_TAGGER_LEXICON : lexiconFromEntityData(new URL("../src/entities/data", import.meta.url).pathname)

const hinted = !args.includes("--no-hints")
const conll = parseConll(readFileSync(path, "utf8"))
// hints are found on the corpus in its own order (documents of neighbouring sentences), before any shuffling
const parsed = hinted ? withRuleHints(conll) : conll
// --shuffle: folds of randomly drawn sentences (optimistic: sentences of one article land in
// different folds); by default folds are contiguous blocks
const sentences = args.includes("--shuffle") ? shuffle([...parsed], mulberry32(seed)) : parsed
const total = emptyTaggerScores()
const plain = emptyTaggerScores()
const perFold: Array<number> = []
const started = Date.now()
for (let k = 0; k < folds; k++) {
  const lo = Math.floor((k * sentences.length) / folds)
  const hi = Math.floor(((k + 1) * sentences.length) / folds)
  const train: Array<TaggedSentence> = [...sentences.slice(0, lo), ...sentences.slice(hi)]
  const test = sentences.slice(lo, hi)
  const t0 = Date.now()
  const model = trainTagger(train, { algorithm, l2, learningRate, epochs, seed, ensemble, lexicon, minCount, prune, stacked, window })
  const tagger = new Tagger(model)
  const fold = emptyTaggerScores()
  // the held-out block is tagged as one running document (the second pass reads nearby sentences)
  const predicted = tagger.tagSentences(
    test.map((s) => s.tokens),
    test.map((s) => s.hints)
  )
  test.forEach((s, i) => {
    scoreTaggedSentence(fold, s.tags, predicted[i]!)
    scoreTaggedSentence(total, s.tags, predicted[i]!)
  })
  if (hinted) {
    const alone = tagger.tagSentences(test.map((s) => s.tokens))
    test.forEach((s, i) => scoreTaggedSentence(plain, s.tags, alone[i]!))
  }
  const f = precisionRecallF1(microScores(fold, ["PERSON", "LOC", "ORG"])).f1
  perFold.push(f)
  console.error(`fold ${k + 1}/${folds}: ${test.length} sentences, F1 (PER+LOC+ORG) ${f.toFixed(2)}, ${model.stages.map((s) => s.keys.length).join("+")} features, ${((Date.now() - t0) / 1000).toFixed(1)} s`)
}

const row = (name: string, c: { tp: number; predicted: number; gold: number }): string => {
  const { p, r, f1 } = precisionRecallF1(c)
  return `| ${name.padEnd(16)} | ${String(c.gold).padStart(5)} | ${p.toFixed(2).padStart(6)} | ${r.toFixed(2).padStart(6)} | ${f1.toFixed(2).padStart(6)} |`
}
const table = (s: TaggerScores): string =>
  [
    "| type             |  gold |      P |      R |     F1 |",
    "|------------------|------:|-------:|-------:|-------:|",
    ...TAGGER_TYPES.map((t) => row(t, s[t])),
    row("micro PER+LOC+ORG", microScores(s, ["PERSON", "LOC", "ORG"])),
    row("micro all", microScores(s))
  ].join("\n")

console.log(`${folds}-fold cross-validation on ${path}: ${sentences.length} sentences, seed ${seed}, ${algorithm}${l2 === undefined ? "" : ` (l2 ${l2})`}${ensemble > 1 ? `, ensembles of ${ensemble}` : ""}`)
console.log(hinted ? "with hints (gazetteer and pattern mentions), as the combined recognizer runs the tagger:" : "without hints:")
console.log(table(total))
console.log(`per-fold F1 (PER+LOC+ORG): ${perFold.map((f) => f.toFixed(2)).join(", ")}`)
if (hinted) {
  console.log("the same models without hints (the tagger alone):")
  console.log(table(plain))
}
console.log(`time: ${((Date.now() - started) / 1000).toFixed(1)} s`)
const json = flag("--json")
if (json !== undefined) {
  const out = {
    folds,
    seed,
    ensemble,
    algorithm,
    ...(l2 === undefined ? {} : { l2 }),
    shuffled: args.includes("--shuffle"),
    stacked,
    hints: hinted,
    epochs: epochs ?? DEFAULT_EPOCHS[algorithm],
    seconds: (Date.now() - started) / 1000,
    sentences: sentences.length,
    scores: Object.fromEntries(TAGGER_TYPES.map((t) => [t, { ...total[t], ...precisionRecallF1(total[t]) }])),
    microPerLocOrg: { ...microScores(total, ["PERSON", "LOC", "ORG"]), ...precisionRecallF1(microScores(total, ["PERSON", "LOC", "ORG"])) },
    microAll: { ...microScores(total), ...precisionRecallF1(microScores(total)) },
    perFold,
    ...(hinted
      ? {
          withoutHints: {
            scores: Object.fromEntries(TAGGER_TYPES.map((t) => [t, { ...plain[t], ...precisionRecallF1(plain[t]) }])),
            microPerLocOrg: { ...microScores(plain, ["PERSON", "LOC", "ORG"]), ...precisionRecallF1(microScores(plain, ["PERSON", "LOC", "ORG"])) },
            microAll: { ...microScores(plain), ...precisionRecallF1(microScores(plain)) }
          }
        }
      : {})
  }
  writeFileSync(json, JSON.stringify(out, null, 2) + "\n")
}
