/**
 * The model shipped with akhbar (trained on ANERcorp, see docs/model-card.md), decoded on first
 * use and cached.
 */
import modelJson from "./model/anercorp.model.json" with { type: "json" }
import { deserializeModel, type TaggerModelFile } from "./model-io.js"
import { Tagger } from "./tagger.js"

let cached: Tagger | undefined

/**
 * The tagger with the shipped model. The first call decodes the model (about 0.2 s); later calls
 * return the same tagger.
 *
 * @example
 * ```ts
 * import { loadTagger } from "akhbar"
 * const text = "قال الرئيس الفرنسي إيمانويل ماكرون في باريس"
 * for (const e of loadTagger().tagText(text)) console.log(e.type, e.text, e.confidence.toFixed(2))
 * // PERSON إيمانويل ماكرون 0.9…
 * // LOC باريس 0.9…
 * ```
 */
export const loadTagger = (): Tagger => {
  if (cached === undefined) cached = new Tagger(deserializeModel(modelJson as unknown as TaggerModelFile))
  return cached
}
