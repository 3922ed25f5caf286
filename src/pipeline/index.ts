export { RunOptions, describeOptionsError, type RunOptionsInput } from "./options.js"
export type { Extractors, MentionFound, QuantityFound, DateFound, SegmentContext } from "./extractors.js"
export { processArticle, processArticleInBlocks, type DocumentBlock, errorDocument, isExtractable, type DocumentResult, type ProcessOptions, type PlacedMention } from "./document.js"
export { SimpleLinker, linkDocument, placedFromRecord, type Linker } from "./linker.js"
export { Extraction, SegmentRulesService, LinkerFactory, AkhbarDefaults } from "./services.js"
export { OutputError } from "./errors.js"
export { runCorpus, shardSlice, type RunProgress, type RunSummary, type RunHooks } from "./run.js"
export { mapNdjson, type MapSummary, type TaggedRecord } from "./map.js"
export { mergeRuns, readDataset, type MergeSummary } from "./merge.js"
export { WorkerPool, type WorkerOutcome, type WorkerEntry, type WorkerPoolOptions } from "./pool.js"
export {
  learnUnit,
  processUnit,
  prepareUnit,
  prepareUnitInto,
  type StreamSpec,
  prepareDocument,
  packUnit,
  unpackUnit,
  type PackedUnit,
  inputErrorOf,
  RENDERED_DATASETS,
  type LearnOutcome,
  type UnitOutcome,
  type UnitItem,
  type UnitError,
  type UnitProcessOptions,
  type PreparedUnit,
  type PreparedItem,
  type PreparedDocument,
  type PrepareSpec,
  type RenderedDataset,
  type RenderedRecords
} from "./tasks.js"
export { extractorsFor, type RecognizerChoice } from "./defaults.js"
export { inThreadExecutor, type Executor } from "./executor.js"
export { RunJournal, STAGING_FOLDER, type Checkpoint, type JournalState, type RunCounters } from "./journal.js"
