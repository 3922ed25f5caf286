import { normalizeText } from "../normalize/normalize.js"
import { loadTagger, type TaggedEntity } from "../tagger/index.js"
import { bundledGazetteer, nameKey } from "./gazetteer.js"
import { defaultLexicon, F } from "./lexicon.js"
import { isCountedAccusative, isCountedDual } from "./morphology.js"
import type { Mention } from "./types.js"

/**
 * Whether the lexicon reads a tagged name as no name: a person or place whose first word is a
 * common noun or a verb ("فيروس كورونا"), a one-word name that is one (a group noun such as
 * "الشيعة"), a one-word place or organization that is a given name and a common word ("منطقة
 * سلام", a zone of peace), or a one-word place that is a nationality adjective ("فصائل سورية").
 * The tagger learned from 2007 news and does not know every word; the lexicon does.
 *
 * @example
 * ```ts
 * import { lexiconDenies } from "./combine.js" // internal to src/entities
 * lexiconDenies({ norm: "سلام", type: "LOC" }) // true
 * lexiconDenies({ norm: "سلام", type: "PERSON" }) // false: "وقال سلام إن"
 * lexiconDenies({ norm: "سوريه", type: "LOC" }) // true
 * ```
 */
export const lexiconDenies = (e: Pick<Mention, "norm" | "type">): boolean => {
  const words = e.norm.split(" ")
  const f = defaultLexicon().flagsOf(words[0]!)
  // a given name that is also a common word ("سلام" peace, "أمل" hope) is no place or body alone
  if (words.length === 1 && e.type !== "PERSON" && (f & F.AMBIGUOUS) !== 0) return true
  // a country named like its nationality adjective (سورية, السعودية, مالي) is found by the
  // gazetteer where the country is meant; elsewhere it is the adjective ("فصائل سورية")
  if (words.length === 1 && e.type === "LOC" && (f & F.NAT) !== 0) return true
  if ((f & (F.COMMON | F.VERB)) === 0) return false
  return words.length === 1 || e.type === "PERSON" || e.type === "LOC"
}

/** The gazetteer entry a tagged name is exactly a name of, keyed by its canonical name; else its own key. */
const knownEntity = (e: TaggedEntity): { key: string; entity_id: string | null } => {
  const key = nameKey(e.text)
  const gazetteer = bundledGazetteer()
  const id = e.type === "MISC" ? undefined : gazetteer.idOf(e.type, key)
  return id === undefined ? { key, entity_id: null } : { key: gazetteer.keyOf(id) ?? key, entity_id: id }
}

/**
 * The tagged name without a trailing counted noun in the indefinite accusative or dual ("مالكوم
 * هدفا" → "مالكوم", "رونالدو هدفين") or a trailing function word ("نيرة أشرف أمام" → "نيرة
 * أشرف"): neither ends a name.
 */
const withoutTrailingWord = (e: TaggedEntity): TaggedEntity => {
  const m = /\s+(\S+)$/u.exec(e.text)
  if (m === null) return e
  const last = normalizeText(m[1]!, "match")
  const f = defaultLexicon().flagsOf(last)
  // a function word (أمام, خلال); nationality adjectives are listed as stop words too
  const functionWord = (f & F.STOP) !== 0 && (f & (F.GIVEN | F.FOREIGN | F.NAT | F.ROLE | F.ADJ)) === 0
  if (!functionWord && !isCountedAccusative(last) && !isCountedDual(last)) return e
  const text = e.text.slice(0, m.index)
  return { ...e, text, end: e.start + text.length }
}

/**
 * A mention from an entity the trained tagger found (method `model`), with the id of the gazetteer
 * entry whose name or alias it is exactly ("بيروت" → loc:city:lb:beirut), else no id. A trailing
 * counted noun in the indefinite accusative or dual, or a trailing function word, is left out
 * ("مالكوم هدفا" → "مالكوم", "نيرة أشرف أمام" → "نيرة أشرف").
 *
 * @example
 * ```ts
 * import { loadTagger, modelMention } from "akhbar"
 * const mentions = loadTagger().tagText("زار ماكرون بيروت").map(modelMention)
 * ```
 */
export const modelMention = (tagged: TaggedEntity): Mention => {
  const e = withoutTrailingWord(tagged)
  return {
    start: e.start,
    end: e.end,
    text: e.text,
    norm: normalizeText(e.text, "match"),
    type: e.type,
    method: "model",
    confidence: Math.round(e.confidence * 100) / 100,
    role: null,
    ...knownEntity(e)
  }
}

/**
 * Adds the trained tagger's entities to the mentions that gazetteers and patterns found, for one
 * document (one array per text): in the one overlap rule of the recognizer, a model span counts
 * only where no gazetteer or pattern mention overlaps it, only above `minConfidence`, and not
 * where the lexicon reads it as no name (see {@link lexiconDenies}: a person or place starting
 * with a common noun or a verb, a one-word name that is a common noun, a one-word place or body
 * that is an ambiguous given name). The tagger reads the gazetteer and pattern mentions as
 * hints (see `Tagger.tagText`).
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
    // the rules' mentions are also the tagger's hints: it learned how far to trust each kind
    const model = tagger.tagText(text, found[i] ?? [])
    for (const tagged of model) {
      if (tagged.confidence < minConfidence || tagged.type === "MISC") continue
      const e = modelMention(tagged)
      if (lexiconDenies(e) || rules.some((m) => m.start < e.end && e.start < m.end)) continue
      rules.push(e)
    }
    return rules.sort((a, b) => a.start - b.start)
  })
}
