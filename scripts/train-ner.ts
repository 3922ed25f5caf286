/**
 * Trains the named-entity tagger shipped with akhbar and writes its model card.
 *
 *   npm run train:ner -- PATH [--out FILE] [--card FILE] [--cv FILE] [--epochs N] [--seed S]
 *                       [--window N] [--folds N] [--min-count N] [--prune X] [--hint-dropout X]
 *                       [--no-stack] [--no-hints]
 *
 * PATH: one or more CoNLL `token TAG` files (comma-separated), in document order.
 * --out   model file (default src/tagger/model/anercorp.model.json)
 * --card  model card (default docs/model-card.md)
 * --cv    cross-validation results written by `scripts/eval-ner-cv.ts --json` to quote in the card
 *         (default src/tagger/model/anercorp.cv.json when it exists)
 *
 * Unless `--no-hints`, the sentences carry the gazetteer and pattern mentions as hints
 * (`withRuleHints`); the model learns from them with part of them left out (`--hint-dropout`,
 * default 0.5), so it tags well with and without hints.
 *
 * The confidence calibration is fitted on the last 10% of the sentences with a model trained on
 * the first 90%; the shipped model is then trained on everything. Deterministic for a given seed.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs"
import { cpus, loadavg } from "node:os"
import { entityMargins, fitCalibration } from "../src/tagger/calibrate.js"
import { parseConll } from "../src/tagger/conll.js"
import { DEFAULT_WINDOW } from "../src/tagger/context.js"
import { lexiconFromEntityData } from "../src/tagger/entity-lexicon.js"
import { serializeModel } from "../src/tagger/model-io.js"
import { DEFAULT_EPOCHS, SHIPPED_ALGORITHM, SHIPPED_ENSEMBLE, trainTagger, type TaggerAlgorithm, type TaggerTrainOptions } from "../src/tagger/perceptron.js"
import { withRuleHints } from "../src/entities/rule-hints.js"
import { Tagger } from "../src/tagger/tagger.js"
import { modelCard, type CvResults } from "../src/tagger/model-card.js"

const args = process.argv.slice(2)
const valued = new Set(["--out", "--card", "--cv", "--epochs", "--seed", "--ensemble", "--algorithm", "--l2", "--learning-rate", "--window", "--folds", "--min-count", "--prune", "--hint-dropout"])
const flag = (name: string): string | undefined => {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : undefined
}
const positional = args.filter((a, i) => !a.startsWith("--") && !(i > 0 && valued.has(args[i - 1]!)))
if (positional.length === 0) {
  console.error("usage: npm run train:ner -- PATH[,PATH…] [--out FILE] [--card FILE] [--cv FILE] [--epochs N] [--seed S] [--ensemble K] [--algorithm perceptron|crf] [--l2 X]")
  process.exit(2)
}
const num = (name: string): number | undefined => (flag(name) === undefined ? undefined : Number(flag(name)))
const paths = positional.flatMap((p) => p.split(","))
const out = flag("--out") ?? "src/tagger/model/anercorp.model.json"
const card = flag("--card") ?? "docs/model-card.md"
const cvPath = flag("--cv") ?? "src/tagger/model/anercorp.cv.json"
const lexiconDir = new URL("../src/entities/data", import.meta.url).pathname
const lexicon = lexiconFromEntityData(lexiconDir)
const options: TaggerTrainOptions = {
  ...(num("--epochs") === undefined ? {} : { epochs: num("--epochs")! }),
  seed: num("--seed") ?? 1,
  ensemble: num("--ensemble") ?? SHIPPED_ENSEMBLE,
  // trainTagger says what to change when the name is wrong
  algorithm: (flag("--algorithm") ?? SHIPPED_ALGORITHM) as TaggerAlgorithm,
  ...(num("--l2") === undefined ? {} : { l2: num("--l2")! }),
  ...(num("--learning-rate") === undefined ? {} : { learningRate: num("--learning-rate")! }),
  window: num("--window") ?? DEFAULT_WINDOW,
  folds: num("--folds") ?? 5,
  minCount: num("--min-count") ?? 1,
  prune: num("--prune") ?? 0,
  stacked: !args.includes("--no-stack"),
  hintDropout: num("--hint-dropout") ?? 0.5,
  lexicon
}

const conll = paths.flatMap((p) => parseConll(readFileSync(p, "utf8")))
const sentences = args.includes("--no-hints") ? conll : withRuleHints(conll)
console.error(`${sentences.length} sentences from ${paths.join(", ")}`)
const t0 = Date.now()

// 1. calibration on a held-out tail
const cut = Math.floor(sentences.length * 0.9)
const probe = new Tagger(trainTagger(sentences.slice(0, cut), options))
const held = sentences.slice(cut)
// calibrated on the tagger alone (without hints); with hints it is a little more confident and more often right
const tagged = probe.tagSentencesWithMargins(held.map((s) => s.tokens))
const pairs = held.flatMap((s, i) => entityMargins(s.tags, tagged[i]!.tags, tagged[i]!.margins))
const calibration = fitCalibration(
  pairs.map((p) => p.margin),
  pairs.map((p) => p.correct)
)
const tCal = Date.now()
console.error(`calibration on ${pairs.length} held-out entities: a=${calibration.a.toPrecision(4)} b=${calibration.b.toPrecision(4)} (${((tCal - t0) / 1000).toFixed(1)} s)`)

// 2. the shipped model
const model = trainTagger(sentences, {
  ...options,
  calibration,
  onEpoch: (pass, epoch, mistakes) => {
    if (epoch === (options.epochs ?? DEFAULT_EPOCHS[options.algorithm ?? "perceptron"]))
      console.error(`  ${pass}: epoch ${epoch}, ${options.algorithm === "crf" ? `negative log-likelihood ${mistakes}` : `${mistakes} sentences wrong`}`)
  }
})
const trainSeconds = (Date.now() - tCal) / 1000
const file = serializeModel(model)
writeFileSync(out, JSON.stringify(file) + "\n")
const bytes = statSync(out).size
console.error(`wrote ${out}: ${(bytes / 1e6).toFixed(2)} MB, features ${model.stages.map((s) => s.keys.length).join(" + ")}, trained in ${trainSeconds.toFixed(1)} s`)

// 3. speed on the training text, as raw text: the first run starts cold (JIT, empty word caches);
// later runs are warm. CPU time of the process (user + system) is reported beside wall time.
const text = sentences.map((s) => s.tokens.join(" ")).join("\n")
const mb = Buffer.byteLength(text, "utf8") / 1e6
const chars = text.length / 1e6
const tagger = new Tagger(model)
const runs: Array<{ wall: number; cpu: number }> = []
let entityCount = 0
for (let r = 0; r < 4; r++) {
  const c0 = process.cpuUsage()
  const t1 = process.hrtime.bigint()
  entityCount = tagger.tagText(text).length
  const c = process.cpuUsage(c0)
  runs.push({ wall: Number(process.hrtime.bigint() - t1) / 1e9, cpu: (c.user + c.system) / 1e6 })
}
const cold = runs[0]!
const warm = runs.slice(1).reduce((a, b) => (b.wall < a.wall ? b : a))
const speed = {
  mb,
  coldMbPerSecond: mb / cold.wall,
  mbPerSecond: mb / warm.wall,
  mCharsPerSecond: chars / warm.wall,
  cpuMbPerSecond: mb / warm.cpu,
  load: loadavg()[0]!
}
console.error(
  `tagText on ${mb.toFixed(2)} MB (${entityCount} entities): cold ${speed.coldMbPerSecond.toFixed(2)} MB/s, warm ${speed.mbPerSecond.toFixed(2)} MB/s wall ` +
    `(${speed.mCharsPerSecond.toFixed(2)} M chars/s), ${speed.cpuMbPerSecond.toFixed(2)} MB/s of CPU time; load average ${speed.load.toFixed(1)}`
)

const cpu = cpus()[0]?.model ?? "unknown CPU"
const cv = existsSync(cvPath) ? (JSON.parse(readFileSync(cvPath, "utf8")) as CvResults) : undefined
const shuffledPath = cvPath.replace(/\.json$/, "-shuffled.json")
const cvShuffled = existsSync(shuffledPath) ? (JSON.parse(readFileSync(shuffledPath, "utf8")) as CvResults) : undefined
writeFileSync(
  card,
  modelCard({
    model,
    data: paths.map((p) => p.replace(/^.*\//, "")),
    modelFile: out,
    modelBytes: bytes,
    trainSeconds,
    calibrationEntities: pairs.length,
    speed,
    cv,
    cvShuffled,
    cpu
  })
)
console.error(`wrote ${card}`)
