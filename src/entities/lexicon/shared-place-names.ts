/**
 * Place names that two places share once normalized (عمّان, Amman, and عُمان, Oman): the
 * gazetteer reads the bare name as its first entry; a document that names the other place by
 * another of its names, one of its cities or its nationality adjective reads it as the other.
 */

/**
 * A shared name, the entry the gazetteer gives it, and the other reading with what tells it.
 *
 * @example
 * ```ts
 * import type { SharedPlaceName } from "./shared-place-names.js" // internal to src/entities
 * const n: SharedPlaceName = { name: "عمان", usual: "loc:city:jo:amman", other: "loc:country:OM", otherCues: [], otherWords: [], usualCues: [], otherBefore: [] }
 * ```
 */
export interface SharedPlaceName {
  /** The bare name as printed without vowels. */
  readonly name: string
  /** The entry the gazetteer gives the bare name. */
  readonly usual: string
  /** The other place. */
  readonly other: string
  /** Entities whose mention in the document points to the other place. */
  readonly otherCues: ReadonlyArray<string>
  /** Words whose presence in the document points to the other place (its nationality adjective). */
  readonly otherWords: ReadonlyArray<string>
  /** Entities that point to the usual place: with one of them in the document, the name stays as it is. */
  readonly usualCues: ReadonlyArray<string>
  /** Words right before the name that make that one mention the other place ("سلطان عمان", "خليج عمان"). */
  readonly otherBefore: ReadonlyArray<string>
}

/**
 * The shared place names.
 *
 * @example
 * ```ts
 * import { SHARED_PLACE_NAMES } from "./shared-place-names.js" // internal to src/entities
 * SHARED_PLACE_NAMES[0]!.other // "loc:country:OM"
 * ```
 */
export const SHARED_PLACE_NAMES: ReadonlyArray<SharedPlaceName> = [
  {
    name: "عمان",
    usual: "loc:city:jo:amman",
    other: "loc:country:OM",
    otherCues: ["loc:country:OM", "loc:city:om:muscat", "loc:city:om:salalah", "loc:city:om:sohar", "loc:city:om:nizwa"],
    otherWords: ["العماني", "العمانية", "العمانيين", "عماني", "عمانية", "السلطنة", "مسقط"],
    usualCues: ["loc:country:JO"],
    otherBefore: ["سلطان", "السلطان", "سلطنة", "خليج", "بحر"]
  }
]
