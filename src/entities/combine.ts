import { normalizeText } from "../normalize/normalize.js"
import { loadTagger, type TaggedEntity } from "../tagger/index.js"
import { nameKey } from "./gazetteer.js"
import type { Mention } from "./types.js"

/**
 * A mention from an entity the trained tagger found (method `model`).
 *
 * @example
 * ```ts
 * import { loadTagger, modelMention } from "akhbar"
 * const mentions = loadTagger().tagText("زار ماكرون بيروت").map(modelMention)
 * ```
 */
export const modelMention = (e: TaggedEntity): Mention => ({
  start: e.start,
  end: e.end,
  text: e.text,
  norm: normalizeText(e.text, "match"),
  type: e.type,
  method: "model",
  confidence: Math.round(e.confidence * 100) / 100,
  role: null,
  key: nameKey(e.text),
  entity_id: null
})

/**
 * Adds the trained tagger's entities to the mentions that gazetteers and patterns found, for one
 * document (one array per text): in the one overlap rule of the recognizer, a model span counts
 * only where no gazetteer or pattern mention overlaps it, and only above `minConfidence`.
 *
 * @param texts the segments of one document
 * @param found the gazetteer and pattern mentions of each segment
 * @example
 * ```ts
 * import { extractDocumentMentions, withModelMentions } from "akhbar"
 * const texts = ["قال المدرب يورغن كلوب إن الفريق جاهز."]
 * withModelMentions(texts, extractDocumentMentions(texts))
 * ```
 */
export const withModelMentions = (
  texts: ReadonlyArray<string>,
  found: ReadonlyArray<ReadonlyArray<Mention>>,
  minConfidence = 0.5
): Array<Array<Mention>> => {
  const tagger = loadTagger()
  return texts.map((text, i) => {
    const rules = [...(found[i] ?? [])]
    const model = tagger.tagText(text)
    for (const e of model) {
      if (e.confidence < minConfidence || e.type === "MISC") continue
      if (rules.some((m) => m.start < e.end && e.start < m.end)) continue
      rules.push(modelMention(e))
    }
    return rules.sort((a, b) => a.start - b.start)
  })
}
