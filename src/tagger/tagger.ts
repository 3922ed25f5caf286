/**
 * The run-time tagger: BIO tags for tokens, entity spans with confidence for raw text.
 */
import { mayCarryProclitic } from "./clitics.js"
import { contextFeatures } from "./context.js"
import { FeatureExtractor, type PreparedSentence, type SentenceFeatures } from "./features.js"
import { hintMarks, textHintMarks, type TextHint, type TokenHint } from "./hints.js"
import { labelSpans, NUM_LABELS, TAGGER_LABELS, TAGGER_TYPES, type TaggerLabel, type TaggerType } from "./labels.js"
import { compileLexicon } from "./lexicon.js"
import { WeightTable, WordVectors, type TaggerModel } from "./model.js"
import { normalizeToken, splitText } from "./tokenize.js"
import { viterbi } from "./viterbi.js"

const L = NUM_LABELS

/**
 * An entity found by the tagger in raw text. `text === input.slice(start, end)`.
 *
 * @example
 * ```ts
 * import type { TaggedEntity } from "akhbar"
 * const e: TaggedEntity = { start: 4, end: 9, text: "باريس", type: "LOC", confidence: 0.97 }
 * ```
 */
export interface TaggedEntity {
  /** UTF-16 start offset in the raw text. */
  readonly start: number
  /** UTF-16 end offset in the raw text. */
  readonly end: number
  /** The raw surface, `text.slice(start, end)`. */
  readonly text: string
  readonly type: TaggerType
  /** In (0, 1): from the margin between the best tagging and the best one that disagrees on this entity. */
  readonly confidence: number
}

/** Result of decoding one sentence. */
interface Decoded {
  readonly labels: Uint8Array
  readonly margins: Float64Array
}

/**
 * A tagger over a trained model. Create one with {@link loadTagger} (the shipped model) or
 * `new Tagger(trainTagger(...))`.
 *
 * @example
 * ```ts
 * import { loadTagger } from "akhbar"
 * const tagger = loadTagger()
 * tagger.tagTokens(["زار", "ماكرون", "باريس"]) // e.g. ["O", "B-PERSON", "B-LOC"]
 * tagger.tagText("زار ماكرون باريس") // [{ start: 4, end: 10, text: "ماكرون", type: "PERSON", … }, …]
 * ```
 */
export class Tagger {
  private readonly tables: ReadonlyArray<WeightTable>
  private readonly fx: FeatureExtractor
  private readonly vectors: ReadonlyArray<WordVectors>
  /** Words known to start names as written, to decide proclitic stripping. */
  private readonly known: ReadonlySet<string>
  private em = new Float64Array(128 * L)

  constructor(readonly model: TaggerModel) {
    this.tables = model.stages.map((s) => new WeightTable(s))
    this.fx = new FeatureExtractor(compileLexicon(model.lexicon))
    this.vectors = this.tables.map(() => new WordVectors(this.fx))
    const known = new Set<string>()
    for (const list of [model.lexicon.person, model.lexicon.loc, model.lexicon.org]) {
      for (const p of list) known.add(p.split(" ")[0]!)
    }
    for (const g of model.lexicon.givenNames) known.add(g)
    for (const w of model.names) known.add(w)
    this.known = known
  }

  private run(pass: number, p: PreparedSentence, extra: SentenceFeatures | undefined, out: Uint8Array, margins?: Float64Array): void {
    const n = p.infos.length
    if (n === 0) return
    if (this.em.length < n * L) this.em = new Float64Array(n * L * 2)
    const table = this.tables[pass]!
    table.scoreSentence(p, extra, this.vectors[pass]!, this.em)
    viterbi(this.em, n, table.transitions, table.start, out, margins)
  }

  /** Labels and margins of a document given as normalized sentences, with each sentence's hint marks if any. */
  private decodeDocument(
    sentences: ReadonlyArray<ReadonlyArray<string>>,
    withMargins: boolean,
    hints?: ReadonlyArray<Uint8Array | undefined>
  ): Array<Decoded> {
    this.fx.maybeReset()
    const prepared = sentences.map((ws, i) => this.fx.prepare(ws, hints?.[i]))
    const stacked = this.tables.length > 1
    const out: Array<Decoded> = prepared.map((p) => {
      const n = p.infos.length
      const labels = new Uint8Array(n)
      const margins = new Float64Array(withMargins && !stacked ? n : 0)
      this.run(0, p, undefined, labels, withMargins && !stacked ? margins : undefined)
      return { labels, margins }
    })
    if (!stacked) return out
    const ctx = contextFeatures(prepared.map((p) => p.infos), out.map((d) => d.labels), this.model.window)
    return prepared.map((p, i) => {
      const n = p.infos.length
      const labels = new Uint8Array(n)
      const margins = new Float64Array(withMargins ? n : 0)
      this.run(1, p, ctx[i]!, labels, withMargins ? margins : undefined)
      return { labels, margins }
    })
  }

  /**
   * BIO tags (`O`, `B-PERSON`, `I-PERSON`, `B-LOC`, …) for a sentence of tokens. Tokens are
   * normalized with the `match` profile first. Never emits an `I-X` after `O` or another type.
   * The sentence is its own document; use {@link Tagger.tagSentences} to give document context.
   * `hints`: entities another recognizer found over these tokens (see {@link TokenHint}).
   *
   * @example
   * ```ts
   * import { loadTagger } from "akhbar"
   * loadTagger().tagTokens(["وصل", "الرئيس", "الى", "باريس"]) // [..., "B-LOC"]
   * ```
   */
  tagTokens(tokens: ReadonlyArray<string>, hints?: ReadonlyArray<TokenHint>): Array<TaggerLabel> {
    return this.tagSentences([tokens], hints === undefined ? undefined : [hints])[0]!
  }

  /**
   * BIO tags for the sentences of one document, in order: the second pass reads the first-pass
   * labels of the same words in nearby sentences (`model.window` on either side). `hints[i]`:
   * entities another recognizer found in sentence i (token spans), used as features when the
   * model was trained with hints.
   *
   * @example
   * ```ts
   * import { loadTagger } from "akhbar"
   * loadTagger().tagSentences([["قال", "فرويد"], ["وكتب", "فرويد"]]).length // 2
   * ```
   */
  tagSentences(sentences: ReadonlyArray<ReadonlyArray<string>>, hints?: ReadonlyArray<ReadonlyArray<TokenHint> | undefined>): Array<Array<TaggerLabel>> {
    const decoded = this.decodeDocument(
      sentences.map((ts) => ts.map(normalizeToken)),
      false,
      sentenceHints(sentences, hints)
    )
    return decoded.map(({ labels }) => Array.from(labels, (l) => TAGGER_LABELS[l]!))
  }

  /**
   * Like {@link Tagger.tagSentences}, with each token's margin: how much the score of the best
   * tagging exceeds the best tagging that gives this token another label (in weight units).
   *
   * @example
   * ```ts
   * import { loadTagger } from "akhbar"
   * const [s] = loadTagger().tagSentencesWithMargins([["زار", "باريس"]])
   * s!.margins.length // 2
   * ```
   */
  tagSentencesWithMargins(
    sentences: ReadonlyArray<ReadonlyArray<string>>,
    hints?: ReadonlyArray<ReadonlyArray<TokenHint> | undefined>
  ): Array<{ tags: Array<TaggerLabel>; margins: Array<number> }> {
    const decoded = this.decodeDocument(
      sentences.map((ts) => ts.map(normalizeToken)),
      true,
      sentenceHints(sentences, hints)
    )
    return decoded.map(({ labels, margins }) => ({ tags: Array.from(labels, (l) => TAGGER_LABELS[l]!), margins: Array.from(margins) }))
  }

  /**
   * Named entities of a raw text, with offsets into it. The text is split into tokens at white
   * space and punctuation and into sentences at line breaks and `. ! ? ؟`. When the first token
   * of an entity carries a proclitic (و ف ب ل ك, e.g. "وباريس"), the span starts after it if
   * the rest is a known name or the proclitic is و/ف before a name that is not itself known
   * (see the model card); "لل" (ل + ال) is left in place because the article's alef is not written.
   * `hints`: entities another recognizer found in the same text, by raw offsets (the gazetteer and
   * pattern mentions of `extractMentions` fit); a model trained with hints uses them as features.
   *
   * @example
   * ```ts
   * import { loadTagger } from "akhbar"
   * const text = "قال الرئيس الفرنسي في باريس"
   * const loc = loadTagger().tagText(text).find((e) => e.type === "LOC")
   * loc?.text // "باريس"
   * text.slice(loc!.start, loc!.end) === loc!.text // true
   * ```
   */
  tagText(text: string, hints?: ReadonlyArray<TextHint>): Array<TaggedEntity> {
    const tt = splitText(text)
    const out: Array<TaggedEntity> = []
    const { norm, tokens, starts, ends, sentences } = tt
    const cal = this.model.calibration
    const sentenceWords: Array<ReadonlyArray<string>> = []
    for (let s = 0; s + 1 < sentences.length; s++) sentenceWords.push(tokens.slice(sentences[s]!, sentences[s + 1]!))
    let marks: Array<Uint8Array> | undefined
    if (hints !== undefined && hints.length > 0) {
      const rawStarts = new Int32Array(tokens.length)
      const rawEnds = new Int32Array(tokens.length)
      for (let t = 0; t < tokens.length; t++) {
        const r = norm.toRaw(starts[t]!, ends[t]!)
        rawStarts[t] = r.start
        rawEnds[t] = r.end
      }
      const all = textHintMarks(rawStarts, rawEnds, hints)
      marks = []
      for (let s = 0; s + 1 < sentences.length; s++) marks.push(all.subarray(sentences[s]!, sentences[s + 1]!))
    }
    const decoded = this.decodeDocument(sentenceWords, true, marks)
    for (let s = 0; s < decoded.length; s++) {
      const from = sentences[s]!
      const words = sentenceWords[s]!
      const { labels, margins } = decoded[s]!
      const n = words.length
      for (const span of labelSpans(labels.subarray(0, n))) {
        let margin = Infinity
        for (let t = span.start; t <= span.end && t < n; t++) margin = Math.min(margin, margins[t]!)
        const confidence = squash(cal.a * margin + cal.b)
        const first = words[span.start]!
        const cut = this.procliticCut(first)
        const ns = starts[from + span.start]! + cut
        const ne = ends[from + span.end - 1]!
        const raw = norm.toRaw(ns, ne)
        // one raw character can expand to several tokens (ligatures such as ﷺ): keep spans disjoint
        const start = Math.max(raw.start, out.length > 0 ? out[out.length - 1]!.end : 0)
        if (raw.end <= start) continue
        out.push({
          start,
          end: raw.end,
          text: text.slice(start, raw.end),
          type: TAGGER_TYPES[span.type]!,
          confidence
        })
      }
    }
    return out
  }

  /** Normalized characters to skip at the start of an entity's first token (see {@link procliticCut}). */
  private procliticCut(word: string): number {
    return procliticCut(word, this.known)
  }
}

/**
 * How many normalized characters of an entity's first token are proclitics to leave out of the
 * span. `known` holds words known to start names as written (lexicon first words, given names,
 * entity words of the training data). Rules, in order:
 * - a known word, a word shorter than 4 letters, or one not starting with و ف ب ل ك: 0;
 * - و/ف + لل…: 1 (the ل + ال cannot be cut cleanly: "وللأمم" → "للأمم");
 * - و/ف + ب/ك/ل + known word, or و/ف + ب/ك + ال…: 2 ("وبفرنسا" → "فرنسا", "وبالعراق" → "العراق");
 * - و/ف + known word, or و/ف + ال…: 1 ("وفرنسا" → "فرنسا", "والعراق" → "العراق");
 * - و + an unknown word of 3 letters or more: 1 (the conjunction is far more frequent than names
 *   starting with و that no list knows); ف + unknown: 0 (names starting with ف are frequent);
 * - لل…: 0; ب/ك + ال…: 1; ب/ل/ك + known word: 1 ("لمصر" → "مصر"); otherwise 0.
 *
 * @example
 * ```ts
 * import { procliticCut } from "./tagger.js" // internal to src/tagger
 * procliticCut("وبالعراق", new Set()) // 2
 * procliticCut("لمصر", new Set(["مصر"])) // 1
 * procliticCut("لبنان", new Set(["لبنان"])) // 0
 * ```
 */
export const procliticCut = (word: string, known: ReadonlySet<string>): number => {
  if (word.length < 4 || !mayCarryProclitic(word) || known.has(word)) return 0
  const c0 = word.charCodeAt(0)
  const rest = word.slice(1)
  const c1 = rest.charCodeAt(0)
  const prep1 = c1 === 0x0628 || c1 === 0x0643 || c1 === 0x0644 // ب ك ل
  if (c0 === 0x0648 || c0 === 0x0641) {
    // و ف
    if (rest.startsWith("لل")) return 1
    if (prep1 && rest.length >= 4 && known.has(rest.slice(1))) return 2
    if ((c1 === 0x0628 || c1 === 0x0643) && rest.startsWith("ال", 1)) return 2
    if (known.has(rest) || rest.startsWith("ال")) return 1
    return c0 === 0x0648 && rest.length >= 3 ? 1 : 0
  }
  if (word.startsWith("لل")) return 0
  if ((c0 === 0x0628 || c0 === 0x0643) && rest.startsWith("ال")) return 1
  return rest.length >= 3 && known.has(rest) ? 1 : 0
}

/** Hint marks per sentence, or undefined when no sentence has hints. */
const sentenceHints = (
  sentences: ReadonlyArray<ReadonlyArray<string>>,
  hints: ReadonlyArray<ReadonlyArray<TokenHint> | undefined> | undefined
): Array<Uint8Array | undefined> | undefined =>
  hints === undefined ? undefined : sentences.map((ts, i) => (hints[i] === undefined ? undefined : hintMarks(ts.length, hints[i]!)))

/** Logistic function, kept inside (0, 1). */
const squash = (x: number): number => {
  const y = 1 / (1 + Math.exp(-x))
  return Math.min(1 - 1e-6, Math.max(1e-6, y))
}
