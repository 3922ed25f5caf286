import { z } from "zod"

/**
 * The outlet name used for documents that name none.
 *
 * @example
 * ```ts
 * import { UNKNOWN_OUTLET } from "akhbar"
 * UNKNOWN_OUTLET // "(unknown)"
 * ```
 */
export const UNKNOWN_OUTLET = "(unknown)"

/**
 * One outlet (publisher) of the corpus, with its volume and most mentioned entities (`outlets`
 * aggregate). Documents without an outlet are grouped under `"(unknown)"`.
 *
 * @example
 * ```ts
 * import { OutletRecord } from "akhbar"
 * OutletRecord.parse({
 *   outlet: "شفق نيوز", documents: 2, errors: 0, words: 612, mentions: 40,
 *   first_published: "2024-02-19", last_published: "2024-04-02",
 *   top_entities: ["العراق", "داعش"], top_entity_ids: ["loc:country:iq", "org:isis"]
 * })
 * ```
 */
export const OutletRecord = z.object({
  outlet: z.string().describe('outlet name, or "(unknown)" for documents that name none'),
  documents: z.number().int().nonnegative().describe("number of documents read (status ok)"),
  errors: z.number().int().nonnegative().describe("number of inputs that could not be used (status error)"),
  words: z.number().int().nonnegative().describe("words in content segments (title, lead, headings, captions, body, quotes; a caption printed twice counted once)"),
  mentions: z.number().int().nonnegative().describe("entity mentions"),
  first_published: z.string().nullable().describe("earliest publication date (YYYY-MM-DD), or null"),
  last_published: z.string().nullable().describe("latest publication date (YYYY-MM-DD), or null"),
  top_entities: z.array(z.string()).describe("names of the (up to) 5 most mentioned entities, most mentioned first (joined with | in CSV)"),
  top_entity_ids: z.array(z.string()).describe("ids of those entities, in the same order (joined with | in CSV)")
})
/** An `outlets` record. */
export type OutletRecord = z.infer<typeof OutletRecord>
