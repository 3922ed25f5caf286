import { z } from "zod"

/**
 * Segment roles of the dataset contract. Only {@link CONTENT_ROLES} are article content.
 *
 * @example
 * ```ts
 * import { Role } from "akhbar"
 * Role.parse("heading") // "heading"
 * ```
 */
export const Role = z.enum([
  "title",
  "section",
  "byline",
  "dateline",
  "published",
  "lead",
  "heading",
  "caption",
  "credit",
  "body",
  "quote",
  "tags",
  "related",
  "source",
  "boilerplate"
])
/** A segment role. */
export type Role = z.infer<typeof Role>

/**
 * Roles whose text is article content, the only ones extractors read.
 *
 * @example
 * ```ts
 * import { CONTENT_ROLES } from "akhbar"
 * CONTENT_ROLES.has("body") // true
 * CONTENT_ROLES.has("tags") // false
 * ```
 */
export const CONTENT_ROLES: ReadonlySet<Role> = new Set<Role>(["title", "lead", "heading", "caption", "body", "quote"])

/**
 * Entity types.
 *
 * @example
 * ```ts
 * import { EntityType } from "akhbar"
 * EntityType.options // ["PERSON", "ORG", "LOC", "MISC"]
 * ```
 */
export const EntityType = z.enum(["PERSON", "ORG", "LOC", "MISC"])
/** An entity type. */
export type EntityType = z.infer<typeof EntityType>

/**
 * Kinds of quantity.
 *
 * @example
 * ```ts
 * import { QuantityKind } from "akhbar"
 * QuantityKind.parse("money")
 * ```
 */
export const QuantityKind = z.enum(["count", "money", "percent", "duration", "measure", "ordinal"])
/** A quantity kind. */
export type QuantityKind = z.infer<typeof QuantityKind>

/**
 * How exact a quantity is, from its qualifier (نحو → about, أكثر من → more_than, بين … و … → range).
 *
 * @example
 * ```ts
 * import { Approx } from "akhbar"
 * Approx.parse("more_than")
 * ```
 */
export const Approx = z.enum(["exact", "about", "more_than", "less_than", "at_least", "at_most", "range"])
/** A quantity qualifier. */
export type Approx = z.infer<typeof Approx>

/**
 * Date granularities.
 *
 * @example
 * ```ts
 * import { Granularity } from "akhbar"
 * Granularity.parse("relative")
 * ```
 */
export const Granularity = z.enum(["day", "month", "year", "weekday", "relative"])
/** A date granularity. */
export type Granularity = z.infer<typeof Granularity>

/**
 * Date modifiers: مطلع/أوائل → early, منتصف → mid, أواخر/نهاية → late.
 *
 * @example
 * ```ts
 * import { DateModifier } from "akhbar"
 * DateModifier.parse("late")
 * ```
 */
export const DateModifier = z.enum(["early", "mid", "late"])
/** A date modifier. */
export type DateModifier = z.infer<typeof DateModifier>

/**
 * Calendars a date can be written in.
 *
 * @example
 * ```ts
 * import { Calendar } from "akhbar"
 * Calendar.parse("hijri")
 * ```
 */
export const Calendar = z.enum(["gregorian", "hijri"])
/** A calendar. */
export type Calendar = z.infer<typeof Calendar>
