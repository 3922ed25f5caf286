/**
 * The two jobs a corpus run gives a worker thread (or does in its own thread): learn the furniture
 * lines of a work unit, and process a work unit into records. Both read and decode the unit
 * themselves, so that the coordinating thread never holds article texts.
 */
import type { Article } from "../load/article.js"
import { InputError } from "../load/errors.js"
import type { ReadOptions } from "../load/read.js"
import type { Loaded } from "../load/records.js"
import { readUnit, type WorkUnit } from "../load/units.js"
import { documentLineHashes } from "../segment/boilerplate.js"
import { processArticle, processArticleInBlocks, isExtractable, type DocumentBlock, type DocumentResult, type PlacedMention, type ProcessOptions } from "./document.js"
import { countWords } from "../aggregate/words.js"
import type { SegmentInput } from "../aggregate/accumulator.js"
import { RECORD_DATASETS, columnsOf } from "../model/datasets.js"
import type { DateRecord } from "../model/date.js"
import type { DocumentRecord } from "../model/document.js"
import type { QuantityRecord } from "../model/quantity.js"
import type { Format } from "../write/format.js"
import { renderRecords } from "../write/render.js"

/** The furniture evidence of one work unit: the line-key hashes of each document, concatenated. */
export interface LearnOutcome {
  readonly bytes: number
  readonly hashes: Float64Array
  /** `ends[i]` is where document i's hashes end in `hashes`. */
  readonly ends: Uint32Array
}

/** An input that could not be used, as plain data (it crosses threads). */
export interface UnitError {
  readonly path: string
  readonly reason: InputError["reason"]
  readonly message: string
  readonly sha256?: string | undefined
}

/** One document of a processed work unit: its results, or the error that stands for it. */
export type UnitItem = { readonly result: DocumentResult } | { readonly error: UnitError }

/** Everything a processed work unit yields, in input order. */
export interface UnitOutcome {
  readonly bytes: number
  readonly items: ReadonlyArray<UnitItem>
}

const plainError = (e: InputError): UnitError => ({ path: e.path, reason: e.reason, message: e.message, sha256: e.sha256 })

/**
 * Turns a {@link UnitError} back into an `InputError`.
 *
 * @example
 * ```ts
 * import { inputErrorOf } from "akhbar"
 * inputErrorOf({ path: "a.txt", reason: "empty", message: "the file is empty" })._tag // "InputError"
 * ```
 */
export const inputErrorOf = (e: UnitError): InputError => new InputError({ path: e.path, reason: e.reason, message: e.message, sha256: e.sha256 })

/**
 * Reads a work unit and returns, for each article in it, the distinct hashes of its line keys.
 *
 * @example
 * ```ts
 * import { learnUnit } from "akhbar"
 * const { ends } = learnUnit({ path: "fixtures/articles/01-afaq-lebanon-diplomacy.txt" })
 * ends.length // 1
 * ```
 */
export const learnUnit = (unit: WorkUnit, read: ReadOptions = {}): LearnOutcome => {
  const { loaded, bytes } = readUnit(unit, read)
  const parts: Array<Float64Array> = []
  for (const l of loaded) if (l.ok) parts.push(documentLineHashes(l.article.text))
  const hashes = new Float64Array(parts.reduce((n, p) => n + p.length, 0))
  const ends = new Uint32Array(parts.length)
  let at = 0
  parts.forEach((p, i) => {
    hashes.set(p, at)
    at += p.length
    ends[i] = at
  })
  return { bytes, hashes, ends }
}

/** Options of {@link processUnit}. */
export interface UnitProcessOptions extends ProcessOptions {
  /** Documents (by index in the unit) not to process, with the error message that stands for each. */
  readonly skip?: ReadonlyMap<number, string> | undefined
  /** Called before each document is processed (a worker reports where it is, in case it crashes). */
  readonly onDocument?: ((index: number, article: Article) => void) | undefined
}

/** A document of a work unit, in order: the article to process, or the error that stands for it. */
type UnitDocument = { readonly index: number; readonly article: Article } | { readonly index: number; readonly error: UnitError }

/** The documents of loaded inputs, without those `skip` names (errors) and with the id `idOf` gives. */
function* unitDocuments(
  loaded: ReadonlyArray<Loaded>,
  skip: ReadonlyMap<number, string> | undefined,
  idOf: (index: number, docId: string) => string
): Generator<UnitDocument> {
  for (let index = 0; index < loaded.length; index++) {
    const l = loaded[index]!
    if (!l.ok) {
      yield { index, error: plainError(l.error) }
      continue
    }
    const skipped = skip?.get(index)
    if (skipped !== undefined) {
      yield { index, error: { path: l.article.path, reason: "unreadable", message: skipped } }
      continue
    }
    const id = idOf(index, l.article.doc_id)
    yield { index, article: id === l.article.doc_id ? l.article : { ...l.article, doc_id: id } }
  }
}

const processingFailed = (path: string, e: unknown): UnitError => ({ path, reason: "unreadable", message: `processing failed: ${(e as Error)?.message ?? String(e)}` })

/**
 * Reads a work unit and processes every article in it. Never throws: unreadable inputs and
 * articles whose processing fails become error items.
 *
 * @example
 * ```ts
 * import { processUnit } from "akhbar"
 * const { items } = processUnit({ path: "fixtures/articles/01-afaq-lebanon-diplomacy.txt" })
 * "result" in items[0]! // true
 * ```
 */
export const processUnit = (unit: WorkUnit, read: ReadOptions = {}, options: UnitProcessOptions = {}): UnitOutcome => {
  const { loaded, bytes } = readUnit(unit, read)
  const items: Array<UnitItem> = []
  for (const d of unitDocuments(loaded, options.skip, (_, id) => id)) {
    if ("error" in d) {
      items.push({ error: d.error })
      continue
    }
    try {
      options.onDocument?.(d.index, d.article)
      items.push({ result: processArticle(d.article, options) })
    } catch (e) {
      items.push({ error: processingFailed(d.article.path, e) })
    }
  }
  return { bytes, items }
}

/** The datasets that worker threads render; `mentions` wait for the corpus linker. */
export const RENDERED_DATASETS = ["documents", "segments", "quantities", "dates"] as const
/** A dataset that worker threads render. */
export type RenderedDataset = (typeof RENDERED_DATASETS)[number]

/** Records of one dataset, rendered in each output format. */
export interface RenderedRecords {
  readonly count: number
  readonly text: Readonly<Partial<Record<Format, string>>>
}

/**
 * One processed document — or one block of a document processed in blocks — ready to be linked
 * and written.
 */
export interface PreparedDocument {
  readonly docId: string
  /** Position of the document in its work unit. */
  readonly index: number
  /** Position of the block in the document (0 for a document processed whole). */
  readonly block: number
  /** Whether this is the document's last block (true for a document processed whole). */
  readonly last: boolean
  readonly rendered: Readonly<Record<RenderedDataset, RenderedRecords>>
  /** What the aggregates need: the document, its sentences (text kept only where a date is), quantities and dates. */
  readonly aggregate: {
    readonly document: DocumentRecord
    readonly segments: ReadonlyArray<SegmentInput>
    readonly quantities: ReadonlyArray<QuantityRecord>
    readonly dates: ReadonlyArray<DateRecord>
  }
  readonly mentions: ReadonlyArray<PlacedMention>
}

/** One document of a prepared work unit, or the error that stands for it. */
export type PreparedItem =
  | { readonly prepared: PreparedDocument }
  | {
      readonly error: UnitError
      /** Position of the document in its unit, when the error stands for one document of it. */
      readonly index?: number | undefined
    }

/** A prepared work unit. */
export interface PreparedUnit {
  readonly bytes: number
  readonly items: ReadonlyArray<PreparedItem>
}

/** How to prepare a unit. */
export interface PrepareSpec {
  /** The output formats to render records in. */
  readonly formats: ReadonlyArray<Format>
  /** New ids for documents whose id is taken (by index in the unit). */
  readonly renames?: ReadonlyMap<number, string> | undefined
  /** Documents longer than this many characters are processed in blocks (see `processArticleInBlocks`); default: whole. */
  readonly blockChars?: number | undefined
  /** Process only the documents that `renames` names (the others are left out without a trace). */
  readonly onlyRenamed?: boolean | undefined
}

const COLUMNS: Readonly<Record<RenderedDataset, ReadonlyArray<string>>> = Object.fromEntries(
  RENDERED_DATASETS.map((name) => [name, columnsOf(RECORD_DATASETS[name])])
) as Record<RenderedDataset, ReadonlyArray<string>>

const renderAll = (records: ReadonlyArray<Readonly<Record<string, unknown>>>, name: RenderedDataset, formats: ReadonlyArray<Format>): RenderedRecords => ({
  count: records.length,
  text: Object.fromEntries(formats.map((f) => [f, renderRecords(records, f, COLUMNS[name])]))
})

/**
 * Prepares one document's results for writing: renders the records that need no corpus state,
 * and keeps what linking and the aggregates need.
 *
 * @example
 * ```ts
 * import { articleFromText, prepareDocument, processArticle } from "akhbar"
 * const p = prepareDocument(processArticle(articleFromText("عنوان\nنص.")), ["csv"])
 * p.rendered.documents.count // 1
 * ```
 */
export const prepareDocument = (result: DocumentResult | DocumentBlock, formats: ReadonlyArray<Format>, index = 0): PreparedDocument => {
  const block = "block" in result ? result.block : 0
  const dated = new Set(result.dates.map((d) => d.seg_id))
  const sentences: Array<SegmentInput> = []
  for (const s of result.segments) {
    const hasDate = dated.has(s.seg_id)
    if (!hasDate && !isExtractable(s)) continue
    sentences.push({ doc_id: s.doc_id, seg_id: s.seg_id, role: s.role, duplicate_of: s.duplicate_of, text: hasDate ? s.text : "", words: countWords(s.text) })
  }
  return {
    docId: result.document.doc_id,
    index,
    block,
    last: "last" in result ? result.last : true,
    rendered: {
      // a document processed in blocks has its documents record in the first block only
      documents: renderAll(block === 0 ? [result.document] : [], "documents", formats),
      segments: renderAll(result.segments, "segments", formats),
      quantities: renderAll(result.quantities, "quantities", formats),
      dates: renderAll(result.dates, "dates", formats)
    },
    aggregate: { document: result.document, segments: sentences, quantities: result.quantities, dates: result.dates },
    mentions: result.mentions
  }
}

/**
 * Reads, processes and prepares a work unit for writing (see {@link prepareDocument}); documents
 * listed in `spec.renames` are processed under their new id. Never throws.
 *
 * @example
 * ```ts
 * import { prepareUnit } from "akhbar"
 * const { items } = prepareUnit({ path: "fixtures/articles/01-afaq-lebanon-diplomacy.txt" }, {}, {}, { formats: ["json"] })
 * ```
 */
export const prepareUnit = (unit: WorkUnit, read: ReadOptions, options: UnitProcessOptions, spec: PrepareSpec): PreparedUnit => {
  const items: Array<PreparedItem> = []
  const bytes = prepareUnitInto(unit, read, options, spec, (item) => items.push(item))
  return { bytes, items }
}

/** Options of {@link prepareUnitInto}: a {@link PrepareSpec}, and a way to name documents as they come. */
export interface StreamSpec extends PrepareSpec {
  /** Gives each document its final id just before it is processed (instead of `renames`). */
  readonly rename?: ((docId: string) => string) | undefined
}

/**
 * Reads, processes and prepares a work unit, handing each prepared document (or block of a long
 * document, see `spec.blockChars`) or error to `emit` as soon as it is ready, so that nothing of a
 * document is kept once it is emitted. Returns the bytes read. Never throws, except what `emit` throws.
 *
 * @example
 * ```ts
 * import { prepareUnitInto } from "akhbar"
 * const blocks: Array<unknown> = []
 * prepareUnitInto({ path: "fixtures/articles/01-afaq-lebanon-diplomacy.txt" }, {}, {}, { formats: ["csv"], blockChars: 2000 }, (item) => blocks.push(item))
 * blocks.length // 2: the article is longer than 2,000 characters
 * ```
 */
export const prepareUnitInto = (unit: WorkUnit, read: ReadOptions, options: UnitProcessOptions, spec: StreamSpec, emit: (item: PreparedItem) => void): number => {
  const { loaded, bytes } = readUnit(unit, read)
  const blockChars = spec.blockChars ?? Number.POSITIVE_INFINITY
  const idOf = (index: number, docId: string): string => spec.renames?.get(index) ?? spec.rename?.(docId) ?? docId
  for (const d of unitDocuments(loaded, options.skip, idOf)) {
    if (spec.onlyRenamed === true && spec.renames?.has(d.index) !== true) continue
    if ("error" in d) {
      emit({ error: d.error, index: d.index })
      continue
    }
    // a document shorter than blockChars is one block, equal to processArticle's result
    let blocks: Generator<DocumentBlock> | undefined
    for (;;) {
      let prepared: PreparedDocument
      try {
        if (blocks === undefined) {
          options.onDocument?.(d.index, d.article)
          blocks = processArticleInBlocks(d.article, options, blockChars)
        }
        const next = blocks.next()
        if (next.done === true) break
        prepared = prepareDocument(next.value, spec.formats, d.index)
      } catch (e) {
        emit({ error: processingFailed(d.article.path, e), index: d.index })
        break
      }
      // outside the try: an error thrown by `emit` is the caller's
      emit({ prepared })
    }
  }
  return bytes
}

/** A prepared unit as it crosses threads: rendered text as plain strings, the rest as one JSON string per document. */
export interface PackedUnit {
  readonly bytes: number
  readonly items: ReadonlyArray<{ readonly error: UnitError } | { readonly rendered: PreparedDocument["rendered"]; readonly json: string }>
}

/**
 * Packs a prepared unit for `postMessage`: structured cloning copies long strings fast but many
 * small objects slowly, and JSON would escape the rendered text a second time.
 *
 * @example
 * ```ts
 * import { packUnit, unpackUnit } from "akhbar"
 * unpackUnit(packUnit({ bytes: 0, items: [] })).items.length // 0
 * ```
 */
export const packUnit = (unit: PreparedUnit): PackedUnit => ({
  bytes: unit.bytes,
  items: unit.items.map((item) => {
    if ("error" in item) return item
    const { rendered, ...rest } = item.prepared
    return { rendered, json: JSON.stringify(rest) }
  })
})

/**
 * The prepared unit that {@link packUnit} packed.
 *
 * @example
 * ```ts
 * import { packUnit, unpackUnit } from "akhbar"
 * unpackUnit(packUnit({ bytes: 3, items: [] })).bytes // 3
 * ```
 */
export const unpackUnit = (packed: PackedUnit): PreparedUnit => ({
  bytes: packed.bytes,
  items: packed.items.map((item): PreparedItem => {
    if ("error" in item) return item
    return { prepared: { ...(JSON.parse(item.json) as Omit<PreparedDocument, "rendered">), rendered: item.rendered } }
  })
})
