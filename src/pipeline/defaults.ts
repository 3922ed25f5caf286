import { extractDates } from "../dates/extract.js"
import { bylineNames } from "../entities/byline.js"
import { withCreditOutlets } from "../entities/credit.js"
import { modelMention, withModelMentions } from "../entities/combine.js"
import { extractDocumentMentions, extractMentions } from "../entities/extract.js"
import type { Mention } from "../entities/types.js"
import { extractQuantitiesInContext } from "../numbers/quantities.js"
import { loadTagger } from "../tagger/index.js"
import type { Extractors } from "./extractors.js"

/** Which entity recognizer the built-in extractors use. */
export type RecognizerChoice = "combined" | "rules" | "model"

const modelOnly = (texts: ReadonlyArray<string>): Array<Array<Mention>> => {
  const tagger = loadTagger()
  return texts.map((text) => tagger.tagText(text).filter((e) => e.type !== "MISC").map(modelMention))
}

const mentionsOf = (choice: RecognizerChoice, texts: ReadonlyArray<string>): Array<Array<Mention>> =>
  choice === "model" ? modelOnly(texts) : choice === "rules" ? extractDocumentMentions(texts) : withModelMentions(texts, extractDocumentMentions(texts))

/**
 * The built-in extractors with a given entity recognizer: `combined` (gazetteers, patterns and the
 * trained tagger in one overlap resolver; the default), `rules` (gazetteers and patterns only) or
 * `model` (the tagger only).
 *
 * @example
 * ```ts
 * import { extractorsFor } from "akhbar"
 * const rulesOnly = extractorsFor("rules")
 * ```
 */
export const extractorsFor = (choice: RecognizerChoice): Extractors => ({
  // the document's content is the wider context of a bare currency ("دينار" in a Kuwaiti article)
  quantities: (text, context) => extractQuantitiesInContext(text, context.document),
  dates: (text, context) => extractDates(text, { published: context.published }),
  mentions: (text) => mentionsOf(choice, [text])[0] ?? [],
  documentMentions: (texts, roles) =>
    mentionsOf(choice, texts).map((found, i) => {
      const role = roles?.[i]
      if (role !== "byline" && role !== "credit" && role !== "source") return found
      // in a credit line an outlet needs no other context ("عمان - بترا"); the other parts may be people
      const credited = withCreditOutlets(texts[i]!, found)
      return role === "source" ? credited : [...credited, ...bylineNames(texts[i]!, credited)]
    })
})

/** The built-in extractors (entities with the combined recognizer, quantities and dates). */
export const defaultExtractors: Extractors = extractorsFor("combined")
