import { Context, Data, Effect, Layer } from "effect"
import { extractMentions } from "./extract.js"
import { bundledGazetteer, GazetteerIndex } from "./gazetteer.js"
import type { GazetteerEntryInput } from "./schema.js"
import type { Mention } from "./types.js"

/**
 * A recognizer failed on a text (a model that could not run, a rule that threw).
 *
 * @example
 * ```ts
 * import { RecognizerError } from "akhbar"
 * const e = new RecognizerError({ message: "model not loaded" })
 * e._tag // "RecognizerError"
 * ```
 */
export class RecognizerError extends Data.TaggedError("RecognizerError")<{
  readonly message: string
  readonly cause?: unknown
}> {}

/**
 * The gazetteer the rules-based recognizer uses, as an Effect service. `Gazetteer.Default`
 * loads the bundled data (countries, places, organizations, outlets, people); replace it with
 * your own entries, or extend the bundled ones, with {@link Gazetteer.fromEntries}.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { EntityRecognizer, EntityRecognizerLive, Gazetteer } from "akhbar"
 * const Mine = Gazetteer.fromEntries([{ id: "org:acme", type: "ORG", kind: "company", name: "أكمي" }], { extend: true })
 * const program = Effect.flatMap(EntityRecognizer, (r) => r.recognize("أعلنت أكمي أرباحها"))
 * Effect.runSync(program.pipe(Effect.provide(EntityRecognizerLive), Effect.provide(Mine)))
 * ```
 */
export class Gazetteer extends Context.Tag("akhbar/Gazetteer")<Gazetteer, GazetteerIndex>() {
  /** Layer with the bundled gazetteer (compiled once, on first use). */
  static readonly Default: Layer.Layer<Gazetteer> = Layer.sync(Gazetteer, bundledGazetteer)

  /**
   * A Layer with a gazetteer made of `entries` (validated; a bad entry makes building the layer a
   * defect: a `TypeError` naming it); with `extend: true` the entries are added to the bundled ones (an
   * entry with a bundled id replaces it).
   */
  static fromEntries(entries: ReadonlyArray<GazetteerEntryInput>, options: { readonly extend?: boolean } = {}): Layer.Layer<Gazetteer> {
    return Layer.sync(Gazetteer, () =>
      options.extend === true ? bundledGazetteer().extend(entries) : GazetteerIndex.fromEntries(entries)
    )
  }
}

/**
 * What an entity recognizer does: find the mentions of one text.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { extractMentions, type EntityRecognizerShape } from "akhbar"
 * const rules: EntityRecognizerShape = { recognize: (text) => Effect.sync(() => extractMentions(text)) }
 * ```
 */
export interface EntityRecognizerShape {
  readonly recognize: (text: string) => Effect.Effect<ReadonlyArray<Mention>, RecognizerError>
}

/**
 * The entity recognizer of a run, as an Effect service. `EntityRecognizer.Default` is the
 * rules-based recognizer over the bundled gazetteer; {@link EntityRecognizerLive} is the same
 * recognizer over whatever {@link Gazetteer} is provided. To plug in another recognizer (a
 * transformer model, a remote service), provide a Layer of your own: it must return mentions whose
 * `text` is `text.slice(start, end)`.
 *
 * @example
 * ```ts
 * import { Effect, Layer } from "effect"
 * import { EntityRecognizer, RecognizerError, type Mention } from "akhbar"
 * const Model = Layer.succeed(EntityRecognizer, {
 *   recognize: (text) =>
 *     Effect.tryPromise({
 *       // myModel: your own model, returning mentions with offsets into `text`
 *       try: async (): Promise<ReadonlyArray<Mention>> => myModel.predict(text),
 *       catch: (cause) => new RecognizerError({ message: "model failed", cause })
 *     })
 * })
 * Effect.runPromise(Effect.flatMap(EntityRecognizer, (r) => r.recognize("…")).pipe(Effect.provide(Model)))
 * ```
 */
export class EntityRecognizer extends Context.Tag("akhbar/EntityRecognizer")<EntityRecognizer, EntityRecognizerShape>() {
  /** The rules-based recognizer over the bundled gazetteer (no requirements). */
  static readonly Default: Layer.Layer<EntityRecognizer> = Layer.suspend(() => EntityRecognizerLive.pipe(Layer.provide(Gazetteer.Default)))
}

/**
 * The rules-based recognizer ({@link extractMentions}) as a Layer that reads the gazetteer from
 * the {@link Gazetteer} service.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { EntityRecognizer, EntityRecognizerLive, Gazetteer } from "akhbar"
 * const mentions = Effect.runSync(
 *   Effect.flatMap(EntityRecognizer, (r) => r.recognize("وصل الوفد إلى بغداد")).pipe(
 *     Effect.provide(EntityRecognizerLive),
 *     Effect.provide(Gazetteer.Default)
 *   )
 * )
 * mentions[0]?.entity_id // "loc:city:iq:baghdad"
 * ```
 */
export const EntityRecognizerLive: Layer.Layer<EntityRecognizer, never, Gazetteer> = Layer.effect(
  EntityRecognizer,
  Effect.map(Gazetteer, (gazetteer) => ({
    recognize: (text: string) =>
      Effect.try({
        try: (): ReadonlyArray<Mention> => extractMentions(text, { gazetteer }),
        catch: (cause) => new RecognizerError({ message: `entity recognition failed: ${String(cause)}`, cause })
      })
  }))
)
