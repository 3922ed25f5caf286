import type { Article } from "../load/article.js"
import type { InputError } from "../load/errors.js"
import type { DateRecord } from "../model/date.js"
import type { DocumentRecord } from "../model/document.js"
import type { QuantityRecord } from "../model/quantity.js"
import type { SegmentRecord } from "../model/segment.js"
import { CONTENT_ROLES, type Role } from "../model/vocabulary.js"
import { segmentDocument } from "../segment/segment.js"
import { parsePublishedDate } from "../segment/published.js"
import type { SegmentRules } from "../segment/rules.js"
import type { FurnitureLines } from "../segment/furniture.js"
import type { Extractors, MentionFound, SegmentContext } from "./extractors.js"
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
  readonly learned?: FurnitureLines | undefined
}

/** Segments that extractors read: article content, not printed twice. */
export const isExtractable = (s: SegmentRecord): boolean => CONTENT_ROLES.has(s.role) && s.duplicate_of === null

/** Metadata roles whose names are real mentions (authors, photographers, agencies, places). */
const ENTITY_ROLES: ReadonlySet<Role> = new Set<Role>([...CONTENT_ROLES, "byline", "credit", "source", "dateline"])
/** Metadata roles that hold a real date. */
const DATE_ROLES: ReadonlySet<Role> = new Set<Role>([...CONTENT_ROLES, "published"])
const readFor = (roles: ReadonlySet<Role>) => (s: SegmentRecord): boolean => roles.has(s.role) && s.duplicate_of === null

const shift = <T extends { start: number; end: number }>(r: T, by: number): T => ({ ...r, start: r.start + by, end: r.end + by })

/** An article segmented and described: its `documents` record, every segment, and its publication date. */
interface SegmentedArticle {
  readonly document: DocumentRecord
  readonly segments: ReadonlyArray<SegmentRecord>
  readonly published: string | null
}

const segmentArticle = (article: Article, options: ProcessOptions): SegmentedArticle => {
  const { segments, meta } = segmentDocument(article.text, article.doc_id, {
    rules: options.rules,
    learned: options.learned,
    title: article.title
  })
  // a record's date as YYYY-MM-DD ("2024-03-12T09:12:00Z", "12/03/2024", "5 مايو 2024"); one that
  // reads as no date gives way to the date printed in the text
  const published = (article.published === null ? null : parsePublishedDate(article.published)) ?? meta.published
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
  return { document, segments, published }
}

/** The text of the content segments and the dateline, one a line (`SegmentContext.document`), made once when first asked for. */
const contentText = (segments: ReadonlyArray<SegmentRecord>): (() => string) => {
  let text: string | undefined
  return () =>
    (text ??= segments
      // the dateline too: "الرياض - بلغت الإيرادات 300 مليار ريال" is in Saudi riyals
      .filter((s) => isExtractable(s) || s.role === "dateline")
      .map((s) => s.text)
      .join("\n"))
}

/** Runs the extractors on some of a document's segments; offsets are shifted to document offsets. */
const extractFrom = (
  segments: ReadonlyArray<SegmentRecord>,
  published: string | null,
  ex: Extractors,
  documentText: () => string = contentText(segments)
): Pick<DocumentResult, "quantities" | "dates" | "mentions"> => {
  const quantities: Array<QuantityRecord> = []
  const dates: Array<DateRecord> = []
  const mentions: Array<PlacedMention> = []
  const content = segments.filter(isExtractable)
  const contextOf = (role: string): SegmentContext => ({
    published,
    role,
    get document() {
      return documentText()
    }
  })
  const run = <T extends { start: number; end: number }>(
    seg: SegmentRecord,
    f: ((t: string, c: SegmentContext) => ReadonlyArray<T>) | undefined,
    into: Array<T & { doc_id: string; seg_id: string }>
  ): void => {
    if (f === undefined) return
    let found: ReadonlyArray<T>
    try {
      found = f(seg.text, contextOf(seg.role))
    } catch {
      return
    }
    for (const r of found) into.push({ doc_id: seg.doc_id, seg_id: seg.seg_id, ...shift(r, seg.start) })
  }
  // quantities from content; dates also from the published line; entities also from bylines,
  // credits, agency prefixes and datelines — never from tags, teasers or furniture
  for (const seg of content) run(seg, ex.quantities, quantities)
  for (const seg of segments.filter(readFor(DATE_ROLES))) run(seg, ex.dates, dates)
  const named = segments.filter(readFor(ENTITY_ROLES))
  if (ex.documentMentions !== undefined) {
    let perDocument: ReadonlyArray<ReadonlyArray<MentionFound>> = []
    try {
      perDocument = ex.documentMentions(
        named.map((s) => s.text),
        named.map((s) => s.role)
      )
    } catch {
      perDocument = []
    }
    named.forEach((seg, k) => run(seg, () => perDocument[k] ?? [], mentions))
  } else for (const seg of named) run(seg, ex.mentions, mentions)
  return { quantities, dates, mentions }
}

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
  const { document, segments, published } = segmentArticle(article, options)
  return { document, segments, ...extractFrom(segments, published, options.extractors ?? {}) }
}

/** One block of a document processed in blocks (see {@link processArticleInBlocks}). */
export interface DocumentBlock extends DocumentResult {
  /** Position of the block in its document, from 0. */
  readonly block: number
  /** Whether this is the document's last block. */
  readonly last: boolean
}

/**
 * Up to this many characters of segments, a document processed in blocks gives each block the
 * whole document as `SegmentContext.document`; a longer one (an archive dump more than an
 * article), the block alone.
 */
const WHOLE_CONTEXT_CHARS = 1_000_000

/**
 * {@link processArticle} for documents of any size: the article is segmented once, then its
 * segments are read in blocks of about `blockChars` characters, and each block's segments and
 * records are yielded before the next block is read, so that the memory extraction and
 * rendering need is bounded by the block, not by the document. Every block carries the same
 * `document` record; offsets are document offsets, as with `processArticle`. Quantities and
 * dates are the same as `processArticle` gives, except that in a document of more than 1,000,000
 * characters a bare currency ("دينار") takes its country from its block; entity recognition
 * sees one block at a time (a surname alone is linked to a full name only within its block). A
 * document shorter than `blockChars` is one block, equal to `processArticle`'s result.
 *
 * @example
 * ```ts
 * import { articleFromText, processArticleInBlocks } from "akhbar"
 * const blocks = [...processArticleInBlocks(articleFromText("عنوان\nسطر أول.\nسطر ثان."), {}, 8)]
 * blocks.map((b) => b.segments.map((s) => s.text)) // [["عنوان"], ["سطر أول."], ["سطر ثان."]]
 * ```
 */
export function* processArticleInBlocks(article: Article, options: ProcessOptions = {}, blockChars = 1_000_000): Generator<DocumentBlock> {
  const { document, segments, published } = segmentArticle(article, options)
  const ex = options.extractors ?? {}
  let total = 0
  for (const s of segments) total += s.text.length
  // one text for every block, made at most once
  const whole = total <= WHOLE_CONTEXT_CHARS ? contentText(segments) : undefined
  let from = 0
  let block = 0
  do {
    let to = from
    let chars = 0
    while (to < segments.length && (to === from || chars + segments[to]!.text.length <= blockChars)) chars += segments[to++]!.text.length
    const part = segments.slice(from, to)
    yield { document, segments: part, ...extractFrom(part, published, ex, whole), block: block++, last: to >= segments.length }
    from = to
  } while (from < segments.length)
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
