import type { Article } from "../load/article.js"
import type { InputError } from "../load/errors.js"
import type { DateRecord } from "../model/date.js"
import type { DocumentRecord } from "../model/document.js"
import type { QuantityRecord } from "../model/quantity.js"
import type { SegmentRecord } from "../model/segment.js"
import { CONTENT_ROLES } from "../model/vocabulary.js"
import { segmentDocument } from "../segment/segment.js"
import type { SegmentRules } from "../segment/rules.js"
import type { Extractors, MentionFound } from "./extractors.js"
import { sha256 } from "../load/decode.js"

/** A mention placed in its document, before corpus linking assigns its final entity id. */
export type PlacedMention = MentionFound & { readonly doc_id: string; readonly seg_id: string }

/** Everything one article yields. */
export interface DocumentResult {
  readonly document: DocumentRecord
  readonly segments: ReadonlyArray<SegmentRecord>
  readonly quantities: ReadonlyArray<QuantityRecord>
  readonly dates: ReadonlyArray<DateRecord>
  /** Mentions with document offsets; `entity_id` is assigned by the linker. */
  readonly mentions: ReadonlyArray<PlacedMention>
}

/** Options of {@link processArticle}. */
export interface ProcessOptions {
  readonly extractors?: Extractors | undefined
  readonly rules?: SegmentRules | undefined
  /** Line keys learned as furniture across the corpus. */
  readonly learned?: ReadonlySet<string> | undefined
}

/** Segments that extractors read: article content, not printed twice. */
export const isExtractable = (s: SegmentRecord): boolean => CONTENT_ROLES.has(s.role) && s.duplicate_of === null

const shift = <T extends { start: number; end: number }>(r: T, by: number): T => ({ ...r, start: r.start + by, end: r.end + by })

/**
 * Runs segmentation and every extractor on one article: a plain synchronous function, usable
 * without Effect. Extractors read only content segments (title, lead, heading, caption, body,
 * quote) that are not duplicates; their offsets are shifted to document offsets. An extractor that
 * throws on a segment loses that segment's records, never the document.
 *
 * @example
 * ```ts
 * import { articleFromText, processArticle } from "akhbar"
 * const result = processArticle(articleFromText("عنوان الخبر\nبغداد - قال الوزير إن 5 جنود أصيبوا."))
 * result.document.dateline // "بغداد"
 * ```
 */
export const processArticle = (article: Article, options: ProcessOptions = {}): DocumentResult => {
  const { segments, meta } = segmentDocument(article.text, article.doc_id, {
    rules: options.rules,
    learned: options.learned,
    title: article.title
  })
  const published = article.published ?? meta.published
  const document: DocumentRecord = {
    doc_id: article.doc_id,
    path: article.path,
    title: meta.title ?? article.title,
    section: meta.section,
    byline: meta.byline,
    outlet: article.outlet ?? meta.outlet,
    published,
    dateline: meta.dateline,
    url: article.url,
    encoding: article.encoding,
    chars: article.text.length,
    sha256: article.sha256,
    status: "ok",
    error: null
  }
  const quantities: Array<QuantityRecord> = []
  const dates: Array<DateRecord> = []
  const mentions: Array<PlacedMention> = []
  const ex = options.extractors ?? {}
  const content = segments.filter(isExtractable)
  let perDocument: ReadonlyArray<ReadonlyArray<MentionFound>> | undefined
  if (ex.documentMentions !== undefined) {
    try {
      perDocument = ex.documentMentions(content.map((s) => s.text))
    } catch {
      perDocument = undefined
    }
  }
  content.forEach((seg, k) => {
    const context = { published, role: seg.role }
    const ids = { doc_id: seg.doc_id, seg_id: seg.seg_id }
    const run = <T extends { start: number; end: number }>(f: ((t: string, c: typeof context) => ReadonlyArray<T>) | undefined, into: Array<T & typeof ids>): void => {
      if (f === undefined) return
      let found: ReadonlyArray<T>
      try {
        found = f(seg.text, context)
      } catch {
        return
      }
      for (const r of found) into.push({ ...ids, ...shift(r, seg.start) })
    }
    run(ex.quantities, quantities)
    run(ex.dates, dates)
    if (ex.documentMentions !== undefined) run(() => perDocument?.[k] ?? [], mentions)
    else run(ex.mentions, mentions)
  })
  return { document, segments, quantities, dates, mentions }
}

/**
 * The `documents` record that stands for an input that could not be used.
 *
 * @example
 * ```ts
 * import { InputError, errorDocument } from "akhbar"
 * errorDocument(new InputError({ path: "x.bin", reason: "binary", message: "binary data, not text" })).status // "error"
 * ```
 */
export const errorDocument = (error: InputError): DocumentRecord => ({
  doc_id: `err-${sha256(error.path).slice(0, 16)}`,
  path: error.path,
  title: null,
  section: null,
  byline: null,
  outlet: null,
  published: null,
  dateline: null,
  url: null,
  encoding: null,
  chars: 0,
  sha256: error.sha256 ?? "",
  status: "error",
  error: `${error.reason}: ${error.message}`
})
