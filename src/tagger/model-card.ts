/**
 * The model card (docs/model-card.md) of the shipped tagger, written by `scripts/train-ner.ts`
 * from the trained model, its measurements and the cross-validation results.
 */
import { TAGGER_TYPES } from "./labels.js"
import type { TaggerModel } from "./model.js"

/** Counts and scores of one type, as written by `scripts/eval-ner-cv.ts --json`. */
interface Scored {
  readonly tp: number
  readonly predicted: number
  readonly gold: number
  readonly p: number
  readonly r: number
  readonly f1: number
}

/**
 * Cross-validation results, as written by `scripts/eval-ner-cv.ts --json`.
 *
 * @example
 * ```ts
 * import type { CvResults } from "./model-card.js" // internal to src/tagger
 * // const cv = JSON.parse(readFileSync("src/tagger/model/anercorp.cv.json", "utf8")) as CvResults
 * ```
 */
export interface CvResults {
  readonly folds: number
  readonly seed: number
  readonly sentences: number
  readonly shuffled?: boolean
  readonly stacked?: boolean
  readonly epochs?: number
  readonly seconds?: number
  readonly scores: Record<string, Scored>
  readonly microPerLocOrg: Scored
  readonly microAll: Scored
  readonly perFold: ReadonlyArray<number>
  /** Whether the sentences carried gazetteer and pattern hints (then `scores` are with hints). */
  readonly hints?: boolean
  /** The same models on the same folds, tagging without hints. */
  readonly withoutHints?: {
    readonly scores: Record<string, Scored>
    readonly microPerLocOrg: Scored
    readonly microAll: Scored
  }
}

/**
 * What the model card reports.
 *
 * @example
 * ```ts
 * import type { ModelCardInput } from "./model-card.js" // internal to src/tagger
 * // const input: ModelCardInput = { model, data: ["train.txt"], modelFile, modelBytes, trainSeconds, calibrationEntities, speed }
 * ```
 */
export interface ModelCardInput {
  readonly model: TaggerModel
  readonly data: ReadonlyArray<string>
  readonly modelFile: string
  readonly modelBytes: number
  readonly trainSeconds: number
  readonly calibrationEntities: number
  readonly speed: {
    /** Megabytes of UTF-8 text tagged. */
    readonly mb: number
    /** First run (JIT and word caches cold), MB/s wall. */
    readonly coldMbPerSecond: number
    /** Best later run, MB/s wall. */
    readonly mbPerSecond: number
    /** Best later run, million UTF-16 characters/s wall. */
    readonly mCharsPerSecond: number
    /** Best later run, MB per second of process CPU time. */
    readonly cpuMbPerSecond: number
    /** 1-minute load average during the measurement. */
    readonly load: number
  }
  readonly cpu?: string
  readonly cv?: CvResults | undefined
  readonly cvShuffled?: CvResults | undefined
}

const f2 = (x: number): string => x.toFixed(1)

const cvTable = (cv: Pick<CvResults, "scores" | "microPerLocOrg" | "microAll"> & { readonly perFold?: ReadonlyArray<number> }): string => {
  const rows = [
    "| type | gold entities | precision | recall | F1 |",
    "|---|---:|---:|---:|---:|",
    ...TAGGER_TYPES.map((t) => {
      const s = cv.scores[t]
      return s === undefined ? "" : `| ${t} | ${s.gold} | ${f2(s.p)} | ${f2(s.r)} | ${f2(s.f1)} |`
    }).filter((r) => r !== ""),
    `| **micro PERSON+LOC+ORG** | ${cv.microPerLocOrg.gold} | ${f2(cv.microPerLocOrg.p)} | ${f2(cv.microPerLocOrg.r)} | **${f2(cv.microPerLocOrg.f1)}** |`,
    `| micro all four | ${cv.microAll.gold} | ${f2(cv.microAll.p)} | ${f2(cv.microAll.r)} | ${f2(cv.microAll.f1)} |`
  ]
  return (
    rows.join("\n") +
    (cv.perFold === undefined
      ? ""
      : `\n\nPer-fold F1 (PERSON+LOC+ORG): ${cv.perFold.map(f2).join(", ")}. Training with another seed (the order of the sentences in each epoch and the hints left out) moves the micro F1 by about half a point for a single model, and by less than a tenth for an ensemble of four.`)
  )
}

/**
 * Renders the model card as Markdown.
 *
 * @example
 * ```ts
 * import { modelCard } from "./model-card.js" // internal to src/tagger
 * // writeFileSync("docs/model-card.md", modelCard({ model, data: ["train.txt"], … }))
 * ```
 */
export const modelCard = (x: ModelCardInput): string => {
  const m = x.model
  const i = m.info
  const lex = m.lexicon
  const cv = x.cv
  const sh = x.cvShuffled
  return `# Model card: akhbar named-entity tagger (ANERcorp)

*Written by \`scripts/train-ner.ts\`; re-run it to refresh the figures.*

## What it is

A sequence tagger for named entities in Arabic news text, in pure TypeScript, shipped inside the
npm package (\`${x.modelFile.replace(/^.*src\//, "src/")}\`, ${(x.modelBytes / 1e6).toFixed(2)} MB; no native code, no download).
It tags whitespace/punctuation tokens with BIO labels over four types: PERSON, LOC, ORG, MISC
(ANERcorp's \`PERS\` is mapped to PERSON).

- Model: ${
    i.algorithm === "crf"
      ? `${i.stacked ? "two stacked linear-chain CRFs" : "one linear-chain CRF"} with first-order label transitions, each trained by
  stochastic gradient steps on the L2-regularized log-likelihood (forward–backward over the label
  sequences that BIO allows), decoded`
      : `${i.stacked ? "two stacked averaged structured perceptrons" : "one averaged structured perceptron"} with first-order label transitions, decoded`
  }
  by Viterbi under BIO constraints (an \`I-X\` only after \`B-X\` or \`I-X\`).${i.stacked ? `
- Pass 1 tags each sentence from its own features. Pass 2 adds document context: the pass-1
  labels of the token and its neighbours, and what pass 1 said about the other occurrences of the
  same word (proclitics and article removed) within ${m.window} sentences on either side. Pass 2 is
  trained on *jackknifed* pass-1 labels (${i.folds} contiguous folds), so it learns how far to
  trust pass 1 on unseen text.` : ""}${(i.ensemble ?? 1) > 1 ? `
- An ensemble in one file: ${i.ensemble} such models, trained with the seeds ${i.seed} to ${i.seed + i.ensemble! - 1} (each its own
  order of sentences, hints left out and jackknife labels), with their weights averaged pass by
  pass. A sentence gets the average of the ${i.ensemble} models' scores at the cost of one model.` : ""}
- Use: a third layer next to the gazetteer and pattern recognizers of \`src/entities/\`, for
  names that no list knows. API: \`loadTagger().tagText(text)\` → \`{ start, end, text, type,
  confidence }[]\`; \`tagTokens(tokens)\` / \`tagSentences(sentences)\` → BIO tags.${
    i.hints === true
      ? `
- Hints: the mentions that the gazetteers and patterns found in the same text can be given to the
  tagger as features (\`tagText(text, hints)\`; the combined recognizer does). The training
  sentences carry them (\`withRuleHints\`: the rules run on documents of 10 sentences), left out of
  a random ${Math.round((i.hintDropout ?? 0) * 100)}% of the sentences, so the model learns how far to trust each kind of hint
  against the gold annotation and still tags well without any.`
      : ""
  }
- Not for: other genres without checking (trained on 2007 newswire only), nested entities,
  entity linking (it finds spans and types; the linker assigns ids).

## Training data

${x.data.map((d) => `\`${d}\``).join(", ")}: the train half of **ANERcorp** (Benajiba, Rosso & Benedí
Ruiz 2007), in the **CAMeL Lab split** (Obeid et al. 2020), ${i.sentences} sentences, ${i.tokens} tokens. The
test half was not used for anything. Gold tokens keep proclitics attached (\`وبريطانيا B-LOC\`),
and the model learns that; \`tagText\` then trims proclitics from spans (below).

Lexicon snapshot (from \`src/entities/data/*.json\` at training time, stored inside the model so that
later edits to those files do not change what the model sees): ${lex.person.length} person names,
${lex.loc.length} place names, ${lex.org.length} organization and outlet names, ${lex.givenNames.length} given names,
${lex.nationalities.length} nationality adjectives, ${lex.personTriggers.length + lex.orgTriggers.length + lex.placeTriggers.length} trigger phrases (person titles, organization and place heads),
${lex.verbs.length} reporting verbs, ${lex.particles.length} name particles, ${lex.notNames.length} title-following non-names.

## Features

All tokens are normalized with the \`match\` profile (hamza/alef, ى, ة, diacritics, tatweel,
Persian letters, digits, quotes), Latin lower-cased. Features are hashed to 32-bit keys (FNV-1a
of the value, combined with the template by a murmur3 finalizer); only keys with a non-zero
weight are stored.

- the token; every reading with proclitics removed (و ف, then ب ل ك / لل → ال, then ال); the bare core;
- prefixes and suffixes of 1–4 letters, and of 1–3 letters of the core;
- shape (Arabic, Latin, digits, punctuation, quote, mixed) and length; shape of the neighbours;
- the two tokens on each side, the cores and last two letters of the neighbours (word bigrams
  were tried and dropped: no gain on contiguous folds, more weights);
- gazetteer marks per type (PERSON, LOC, ORG) from a token trie over names and aliases: single-
  token match, first token of a multi-token match, inside, last; as written or after removing
  proclitics from the first token; also for the previous and next token;
- word flags: given name, nationality adjective (as written / without clitics and article),
  name particle, non-name, reporting verb, first/last word of a multi-word name of each type; for
  the token and its neighbours (±1, −2);
- trigger phrases (person titles, organization heads, place heads) within ±2 tokens, by offset;${
    i.hints === true
      ? `
- hints, when given: the type of the rules' mention covering the token and the token's place in
  it (single, first, inside, last), alone and with the token's shape; the same for the neighbours;`
      : ""
  }
- inside a quotation ("…" or «…»), sentence start, a bias;
- pass 2 only: the pass-1 labels described above.

## Hyperparameters

| | |
|---|---|
| training | ${i.algorithm === "crf" ? `CRF, L2 coefficient ${i.l2 ?? "?"} (on the sum of the sentences' losses), learning rate ${i.learningRate ?? "?"} / (1 + ${i.learningRate ?? "?"} · ${i.l2 ?? "?"} · step / sentences)` : "averaged structured perceptron"} |
| epochs | ${i.epochs} per pass |
| seed (shuffling between epochs) | ${i.seed} |${(i.ensemble ?? 1) > 1 ? `
| ensemble | ${i.ensemble} models (seeds ${i.seed}–${i.seed + i.ensemble! - 1}), weights averaged |` : ""}
| document window (pass 2) | ±${m.window} sentences |
| jackknife folds (pass 2) | ${i.folds} |${i.hints === true ? `
| hint dropout | ${i.hintDropout ?? 0} of the training sentences |` : ""}
| min feature count | ${i.minCount} |
| pruning | weights that quantize to zero${i.prune > 0 ? `, and features whose largest weight is below ${i.prune} of the largest weight` : ""} |
| quantization | 16-bit per pass |
| features (pass 1${i.stacked ? " + pass 2" : ""}) | ${i.featuresKept.join(" + ")} kept of ${i.featuresSeen.join(" + ")} seen |
| model file | ${(x.modelBytes / 1e6).toFixed(2)} MB (deflated, base64 in JSON) |
| training time | ${x.trainSeconds.toFixed(0)} s wall clock, one thread (Node ${process.version}, load average ${x.speed.load.toFixed(1)} on a shared machine), plus as long again for the calibration run |

## Evaluation

${
  cv === undefined
    ? "No cross-validation results were found; run `tsx scripts/eval-ner-cv.ts PATH --folds 5 --json src/tagger/model/anercorp.cv.json`."
    : `${cv.folds}-fold cross-validation on the train split (\`scripts/eval-ner-cv.ts\`), entity level, conlleval style
(an entity is correct when its token span and type both match exactly). Folds are **contiguous
blocks** of sentences, so that the sentences of one article stay together and names repeated in an
article cannot leak from training to test; each block is tagged as one running document. Same
hyperparameters as the shipped model${cv.seconds === undefined ? "" : `; ${Math.round(cv.seconds)} s in all`}.${
        cv.hints === true
          ? ` Every sentence carries the gazetteer and pattern mentions as hints, and each held-out block
is tagged with them, as the combined recognizer runs the tagger. These are development figures:
the rules were written with ANERcorp's errors in view, and the gazetteers (written from general
knowledge, without reading the corpus) list many public figures, clubs and places of its period.`
          : ""
      }

${cvTable(cv)}${
        cv.withoutHints === undefined
          ? ""
          : `

The same models on the same folds, tagging without hints (the tagger alone, as \`--recognizer model\`
runs it):

${cvTable(cv.withoutHints)}`
      }`
}
${
  sh === undefined
    ? ""
    : `
For comparison only, the same with folds of randomly drawn sentences (\`--shuffle\`, ${sh.stacked ? "stacked" : "one pass: document context is meaningless when neighbouring sentences are scattered"}). This is
optimistic: sentences of one article, and the names they repeat, land on both sides.

${cvTable(sh)}
`
}
Gold counts are conlleval's: a stray \`I-X\` after \`O\` or another type counts as the start of an
entity, hence slightly more entities than the corpus README lists (2,721 PERS, 3,776 LOC, 1,576 ORG,
888 MISC).

Published entity-level F1 on the CAMeL Lab **test** split, to stand beside (not directly
comparable: a different evaluation set, and those models use pre-trained embeddings or language
models): BiLSTM-CRF 81.7, mBERT 78.4, AraBERT v0.1 83.1 (as listed in the AraBERT README); Stanza's
Arabic NER, trained on another corpus (AQMAR), 74.3.

## Confidence

\`confidence = 1 / (1 + exp(-(a · margin + b)))\`, where the margin of an entity is the smallest,
over its tokens and the token after it, of the score difference between the best tagging and the
best tagging with another label at that token. a = ${m.calibration.a.toPrecision(4)}, b = ${m.calibration.b.toPrecision(4)}, fitted by
logistic regression on whether ${x.calibrationEntities} predicted entities of the last 10% of the sentences were
exactly right, with a model trained on the first 90%.

## Spans in raw text

\`tagText\` splits text at white space and punctuation (\`.\` and \`,\` between digits stay inside a
number) and into sentences at line breaks and \`. ! ? ؟ …\`; offsets are UTF-16 offsets into the
raw input (\`text.slice(start, end) === entity.text\`), diacritics and tatweel included.

ANERcorp keeps proclitics inside entity tokens; akhbar's mentions exclude them. The first token of
an entity is trimmed when: it is not itself a known name (lexicon first words, given names, or a
name of the training data that is not another such name with a proclitic in front) and
- و/ف + ال… or و/ف + known name → the conjunction is cut (\`وفرنسا\` → \`فرنسا\`, \`والعراق\` → \`العراق\`);
- و/ف + ب/ك/ل + known name, or و/ف + ب/ك + ال… → both are cut (\`وبالعراق\` → \`العراق\`);
- ب/ك + ال…, or ب/ل/ك + known name → the preposition is cut (\`بالعراق\` → \`العراق\`, \`لمصر\` → \`مصر\`);
- و + any other word of 3+ letters → و is cut (names starting with و that no list knows are rarer
  than the conjunction); ف + unknown word is kept (ف-initial names are common);
- لل… (ل + ال, alef not written) is never cut below \`لل\`: \`وللأمم\` → \`للأمم\`.

## Speed

\`tagText\` on the training text joined as raw text (${x.speed.mb.toFixed(2)} MB of UTF-8), one thread, both passes and
confidences, Node ${process.version}${x.cpu === undefined ? "" : `, ${x.cpu}`}:

| | MB/s (UTF-8) |
|---|---:|
| first run (JIT and word caches cold) | ${x.speed.coldMbPerSecond.toFixed(2)} |
| warm, wall clock | ${x.speed.mbPerSecond.toFixed(2)} (${x.speed.mCharsPerSecond.toFixed(2)} M characters/s) |
| warm, per second of CPU time | ${x.speed.cpuMbPerSecond.toFixed(2)} |

Load average during the measurement: ${x.speed.load.toFixed(1)} (wall-clock figures drop when other
processes share the cores). Per-word work (affixes, lexicon lookups, summed weights) is cached, so
speed grows as the vocabulary of a stream is seen; the model decodes in about 0.2 s on first use.

## Known limitations

- Contiguous-fold F1 is well below the random-split figure: names of unseen articles are the hard
  part. ORG and MISC recall are the weakest (sports clubs named after cities, religious groups,
  currencies and events follow ANERcorp's conventions, which are not always intuitive).
- Trained on 2007 newswire: later names are known only through the lexicon snapshot.${
    i.hints === true
      ? `
- Hints come from the rules (gazetteers and patterns) of the version the model was trained with;
  after changing them, retrain so that the hints seen in training match those given at run time.`
      : ""
  }
- Quotes « » and " are folded to \`"\` before the quotation feature; nested quotes are not tracked.
- No nested or discontinuous entities; one type per span.

## Licence note

The weights are derived from ANERcorp. The corpus copy used here comes with citation requirements
(below) but no licence statement; check ANERcorp's distribution terms before redistributing the
model outside research use.

## Citation

- Yassine Benajiba, Paolo Rosso, José Miguel Benedí Ruiz. *ANERsys: An Arabic Named Entity
  Recognition System Based on Maximum Entropy.* CICLing 2007, LNCS 4394, pp. 143–153.
- Ossama Obeid, Nasser Zalmout, Salam Khalifa, Dima Taji, Mai Oudah, Bashar Alhafni, Go Inoue,
  Fadhl Eryani, Alexander Erdmann, Nizar Habash. *CAMeL Tools: An Open Source Python Toolkit for
  Arabic Natural Language Processing.* LREC 2020 (the train/test split used here).
`
}
