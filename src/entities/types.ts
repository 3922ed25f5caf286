import { z } from "zod"
import type { MentionRecord } from "../model/mention.js"
import { EntityType } from "../model/vocabulary.js"
import { GazetteerIndex } from "./gazetteer.js"

/**
 * An entity mention found in a string, before corpus linking: a `mentions` record without the
 * document and segment ids, with the canonical `key` used for linking and the gazetteer id when
 * one is known. `text.slice(start, end) === mention.text` always.
 *
 * @example
 * ```ts
 * import { extractMentions, type Mention } from "akhbar"
 * const [m]: Array<Mention> = extractMentions("وصل الوفد إلى بغداد")
 * m?.key // "بغداد"
 * ```
 */
export type Mention = Omit<MentionRecord, "doc_id" | "seg_id" | "entity_id"> & {
  /** Canonical normalized name used for linking: the gazetteer entry's name when known, else the surface's words without proclitics, or the full name a family name refers to. */
  key: string
  /** Gazetteer id when known, else null (the linker assigns a stable key). */
  entity_id: string | null
}

/**
 * Layers a mention can come from, for {@link MentionOptions}: `gazetteer` (the lists) and
 * `pattern` (titles, name shapes, heads, reporting verbs; with it the second pass for bare family
 * names, whose mentions have method `alias`).
 *
 * @example
 * ```ts
 * import { extractMentions } from "akhbar"
 * extractMentions("وصل الوفد إلى بغداد", { sources: ["gazetteer"] })
 * ```
 */
export const MentionSource = z.enum(["gazetteer", "pattern"])
/** A recognition layer. */
export type MentionSource = z.infer<typeof MentionSource>

/**
 * Options of {@link extractMentions}, validated with zod: an unknown option or a wrong value
 * throws an error naming it.
 *
 * @example
 * ```ts
 * import { MentionOptions } from "akhbar"
 * MentionOptions.parse({ types: ["PERSON"], minConfidence: 0.7 })
 * ```
 */
export const MentionOptions = z
  .object({
    sources: z
      .array(MentionSource)
      .optional()
      .describe("layers to use: gazetteer (lists), pattern (titles, name shapes, heads; also bare family names); default both"),
    types: z.array(EntityType).optional().describe("entity types to return; default all"),
    minConfidence: z.number().min(0).max(1).optional().describe("drop mentions below this confidence; default 0"),
    surnames: z.boolean().optional().describe("second pass for bare family names of persons named in full (default true)"),
    gazetteer: z
      .custom<GazetteerIndex>((v) => v instanceof GazetteerIndex, { message: "expected a GazetteerIndex" })
      .optional().describe("gazetteer to use instead of the bundled one")
  })
  .strict()
/** Options of {@link extractMentions}. */
export type MentionOptions = z.input<typeof MentionOptions>
