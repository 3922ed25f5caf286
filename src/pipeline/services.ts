import { Context, Layer } from "effect"
import { DEFAULT_SEGMENT_RULES, type SegmentRules } from "../segment/rules.js"
import type { Extractors } from "./extractors.js"
import { defaultExtractors } from "./defaults.js"
import type { Linker } from "./linker.js"
import { EntityLinker } from "../entities/link.js"

/**
 * The extractors a corpus run uses, as an Effect service. Provide your own Layer to replace
 * them (e.g. a transformer-based recognizer), or use {@link Extraction.Default}.
 *
 * @example
 * ```ts
 * import { Layer } from "effect"
 * import { Extraction } from "akhbar"
 * const NoQuantities = Layer.succeed(Extraction, { ...Extraction.defaults, quantities: undefined })
 * ```
 */
export class Extraction extends Context.Tag("akhbar/Extraction")<Extraction, Extractors>() {
  /** The built-in extractors. */
  static readonly defaults: Extractors = defaultExtractors
  /** Layer with the built-in extractors. */
  static readonly Default = Layer.succeed(Extraction, defaultExtractors)
}

/**
 * The page-furniture rules of the segmenter, as an Effect service.
 *
 * @example
 * ```ts
 * import { Layer } from "effect"
 * import { DEFAULT_SEGMENT_RULES, SegmentRulesService } from "akhbar"
 * const Mine = Layer.succeed(SegmentRulesService, { ...DEFAULT_SEGMENT_RULES, tagPrefixes: ["وسوم"] })
 * ```
 */
export class SegmentRulesService extends Context.Tag("akhbar/SegmentRules")<SegmentRulesService, SegmentRules>() {
  /** Layer with {@link DEFAULT_SEGMENT_RULES}. */
  static readonly Default = Layer.succeed(SegmentRulesService, DEFAULT_SEGMENT_RULES)
}

/**
 * Makes the corpus-level entity linker of a run (a fresh one per run), as an Effect service.
 *
 * @example
 * ```ts
 * import { LinkerFactory } from "akhbar"
 * const linker = LinkerFactory.defaults()
 * ```
 */
export class LinkerFactory extends Context.Tag("akhbar/LinkerFactory")<LinkerFactory, () => Linker>() {
  /** The built-in linker: gazetteer ids, aliases, surnames and transliteration variants. */
  static readonly defaults = (): Linker => new EntityLinker()
  /** Layer with the built-in linker. */
  static readonly Default = Layer.succeed(LinkerFactory, LinkerFactory.defaults)
}

/**
 * Every default service of a corpus run.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { AkhbarDefaults, runCorpus } from "akhbar"
 * Effect.runPromise(runCorpus({ inputs: ["fixtures/articles"], out: "out" }).pipe(Effect.provide(AkhbarDefaults)))
 * ```
 */
export const AkhbarDefaults = Layer.mergeAll(Extraction.Default, SegmentRulesService.Default, LinkerFactory.Default)
