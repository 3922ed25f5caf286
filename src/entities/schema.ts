import { z } from "zod"
import { EntityType } from "../model/vocabulary.js"

/**
 * One named entity of a gazetteer: its id, type, kind, canonical name and aliases.
 *
 * @example
 * ```ts
 * import { GazetteerEntry } from "akhbar"
 * GazetteerEntry.parse({ id: "loc:city:iq:baghdad", type: "LOC", kind: "capital", name: "بغداد", aliases: ["بغداد"] })
 * ```
 */
export const GazetteerEntry = z.object({
  id: z.string().min(1).describe("stable entity id, e.g. loc:country:IQ"),
  type: EntityType.describe("PERSON, ORG, LOC or MISC"),
  kind: z.string().describe("finer kind: country, capital, city, ministry, party, …"),
  name: z.string().min(1).describe("canonical name"),
  aliases: z.array(z.string()).default([]).describe("other names and spellings"),
  country: z.string().nullable().optional().describe("ISO 3166-1 alpha-2 code of the country it belongs to"),
  ambiguous: z.boolean().optional().describe("true when the name is also a common word: it then needs context to count"),
  qualified: z
    .array(z.string())
    .optional()
    .describe("forms qualified by a nationality or city that name the entry without other context even when it is ambiguous (الأهلي المصري)")
})
/** A gazetteer entry. */
export type GazetteerEntry = z.infer<typeof GazetteerEntry>
/**
 * A gazetteer entry as written (aliases may be missing).
 *
 * @example
 * ```ts
 * import type { GazetteerEntryInput } from "akhbar"
 * const e: GazetteerEntryInput = { id: "org:acme", type: "ORG", kind: "company", name: "أكمي" }
 * ```
 */
export type GazetteerEntryInput = z.input<typeof GazetteerEntry>

/**
 * A gazetteer file: metadata and entries.
 *
 * @example
 * ```ts
 * import { GazetteerFile } from "akhbar"
 * GazetteerFile.parse({ name: "mine", version: "1", description: "", sources: [], entries: [] })
 * ```
 */
export const GazetteerFile = z.object({
  name: z.string(),
  version: z.string(),
  description: z.string(),
  sources: z.array(z.string()),
  entries: z.array(GazetteerEntry)
})
/** A gazetteer file. */
export type GazetteerFile = z.infer<typeof GazetteerFile>

/**
 * The nationality file: adjectives of each country (masculine, feminine, plural) and of wider
 * areas (الأوروبي, العربي).
 *
 * @example
 * ```ts
 * import { NationalitiesFile } from "akhbar"
 * NationalitiesFile.parse({ name: "n", version: "1", description: "", sources: [], entries: [], adjectives: [] })
 * ```
 */
export const NationalitiesFile = z.object({
  name: z.string(),
  version: z.string(),
  description: z.string(),
  sources: z.array(z.string()),
  entries: z.array(
    z.object({
      country: z.string(),
      masculine: z.array(z.string()),
      feminine: z.array(z.string()),
      plural: z.array(z.string()).default([])
    })
  ),
  adjectives: z
    .array(z.object({ area: z.string(), masculine: z.array(z.string()), feminine: z.array(z.string()) }))
    .default([])
})
/** The nationality file. */
export type NationalitiesFile = z.infer<typeof NationalitiesFile>

/**
 * Given names: Arabic and foreign (in Arabic transliteration).
 *
 * @example
 * ```ts
 * import { GivenNamesFile } from "akhbar"
 * GivenNamesFile.parse({ arabic: ["محمد"], foreign: ["أنتوني"] })
 * ```
 */
export const GivenNamesFile = z.object({
  arabic: z.array(z.string()),
  foreign: z.array(z.string())
})
/** The given-names file. */
export type GivenNamesFile = z.infer<typeof GivenNamesFile>

/**
 * Trigger words of the patterns: titles before person names, ministry portfolios, heads of
 * organization and place names, reporting verbs, name particles and words that are never names.
 *
 * @example
 * ```ts
 * import { TriggersFile } from "akhbar"
 * TriggersFile.parse({ person_titles: ["وزير"], ministry_portfolios: ["الدفاع"], org_heads: ["وزارة"],
 *   place_heads: ["مدينة"], reporting_verbs: ["قال"], name_particles: ["بن"], not_names: ["الذي"] })
 * ```
 */
export const TriggersFile = z.object({
  person_titles: z.array(z.string()),
  ministry_portfolios: z.array(z.string()),
  org_heads: z.array(z.string()),
  place_heads: z.array(z.string()),
  reporting_verbs: z.array(z.string()),
  name_particles: z.array(z.string()),
  not_names: z.array(z.string())
})
/** The triggers file. */
export type TriggersFile = z.infer<typeof TriggersFile>
