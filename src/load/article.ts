import { z } from "zod"
import { sha256, type Encoding } from "./decode.js"

/**
 * An article record as users give it in NDJSON/JSONL or CSV inputs, or in memory.
 *
 * @example
 * ```ts
 * import { ArticleInput } from "akhbar"
 * ArticleInput.parse({ text: "بغداد - قال ...", id: "a1", outlet: "شفق نيوز" })
 * ```
 */
export const ArticleInput = z.object({
  text: z.string().describe("the article text"),
  id: z.union([z.string(), z.number()]).nullish().transform((v) => (v === null || v === undefined ? undefined : String(v))),
  url: z.string().nullish(),
  title: z.string().nullish(),
  published: z.string().nullish(),
  outlet: z.string().nullish(),
  path: z.string().nullish()
})
/** An article input record. */
export type ArticleInput = z.input<typeof ArticleInput>

/**
 * A decoded article, ready for segmentation. `text` is exactly what offsets point into.
 *
 * @example
 * ```ts
 * import { articleFromText } from "akhbar"
 * const a = articleFromText("عنوان\nنص الخبر.")
 * a.doc_id // "doc-…" (from the content hash)
 * ```
 */
export interface Article {
  readonly doc_id: string
  readonly path: string
  readonly text: string
  readonly encoding: Encoding | null
  readonly sha256: string
  readonly title: string | null
  readonly url: string | null
  readonly published: string | null
  readonly outlet: string | null
}

/**
 * The stable document id of a text: the given id, or `doc-` and 16 hex digits of its SHA-256.
 *
 * @example
 * ```ts
 * import { docIdOf } from "akhbar"
 * docIdOf("نص", "a1") // "a1"
 * docIdOf("نص").startsWith("doc-") // true
 * ```
 */
export const docIdOf = (text: string, id?: string | null): string =>
  id !== undefined && id !== null && id !== "" ? id : `doc-${sha256(text).slice(0, 16)}`

/**
 * Makes an article from a string already in memory (and optional metadata).
 *
 * @example
 * ```ts
 * import { articleFromText } from "akhbar"
 * articleFromText("نص", { id: "x", outlet: "الحرة" }).outlet // "الحرة"
 * ```
 */
export const articleFromText = (
  text: string,
  meta: Omit<ArticleInput, "text"> & { encoding?: Encoding | null } = {}
): Article => {
  const parsed = ArticleInput.parse({ ...meta, text, encoding: undefined })
  const hash = sha256(text)
  return {
    doc_id: docIdOf(text, parsed.id),
    path: parsed.path ?? "<memory>",
    text,
    encoding: meta.encoding ?? null,
    sha256: hash,
    title: filled(parsed.title),
    url: filled(parsed.url),
    published: filled(parsed.published),
    outlet: filled(parsed.outlet)
  }
}

/** A metadata string, or null when missing or blank (a CSV's empty cell, `"outlet": ""`). */
const filled = (v: string | null | undefined): string | null => (v === null || v === undefined || v.trim() === "" ? null : v)
