/**
 * The tag set of the tagger: BIO over four entity types, and which tag may follow which.
 */

/**
 * Entity types the tagger knows, in label order.
 *
 * @example
 * ```ts
 * import { TAGGER_TYPES } from "akhbar"
 * TAGGER_TYPES // ["PERSON", "LOC", "ORG", "MISC"]
 * ```
 */
export const TAGGER_TYPES = ["PERSON", "LOC", "ORG", "MISC"] as const

/**
 * An entity type the tagger emits.
 *
 * @example
 * ```ts
 * import type { TaggerType } from "akhbar"
 * const t: TaggerType = "LOC"
 * ```
 */
export type TaggerType = (typeof TAGGER_TYPES)[number]

/**
 * The labels, index = label id: `O`, then `B-`/`I-` for each of {@link TAGGER_TYPES}.
 *
 * @example
 * ```ts
 * import { TAGGER_LABELS } from "akhbar"
 * TAGGER_LABELS[0] // "O"
 * TAGGER_LABELS.length // 9
 * ```
 */
export const TAGGER_LABELS = ["O", "B-PERSON", "I-PERSON", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"] as const
/**
 * A BIO label.
 *
 * @example
 * ```ts
 * import type { TaggerLabel } from "akhbar"
 * const l: TaggerLabel = "I-ORG"
 * ```
 */
export type TaggerLabel = (typeof TAGGER_LABELS)[number]

/**
 * Number of labels.
 *
 * @example
 * ```ts
 * import { NUM_LABELS } from "./labels.js" // internal to src/tagger
 * const emissions = new Float64Array(5 * NUM_LABELS) // scores of a 5-token sentence
 * ```
 */
export const NUM_LABELS = TAGGER_LABELS.length

const INDEX = new Map<string, number>(TAGGER_LABELS.map((l, i) => [l, i]))

/**
 * Label id of a tag. Accepts the ANERcorp spelling `PERS` for `PERSON`; `O` and unknown tags give 0.
 *
 * @example
 * ```ts
 * import { labelId } from "./labels.js" // internal to src/tagger
 * labelId("B-PERS") // 1
 * labelId("I-LOC") // 4
 * ```
 */
export const labelId = (tag: string): number => {
  const t = tag.endsWith("-PERS") ? `${tag}ON` : tag
  return INDEX.get(t) ?? 0
}

/**
 * Entity type index (into {@link TAGGER_TYPES}) of a label id, or -1 for `O`.
 *
 * @example
 * ```ts
 * import { typeOf } from "./labels.js" // internal to src/tagger
 * typeOf(3) // 1 (LOC)
 * typeOf(0) // -1
 * ```
 */
export const typeOf = (label: number): number => (label === 0 ? -1 : (label - 1) >> 1)

/**
 * Whether label id `label` is an `I-` label.
 *
 * @example
 * ```ts
 * import { isInside } from "./labels.js" // internal to src/tagger
 * isInside(2) // true (I-PERSON)
 * ```
 */
export const isInside = (label: number): boolean => label > 0 && (label & 1) === 0

/**
 * Whether `cur` may follow `prev` (-1 = sentence start): an `I-X` only after `B-X` or `I-X`.
 *
 * @example
 * ```ts
 * import { allowed } from "./labels.js" // internal to src/tagger
 * allowed(0, 2) // false: I-PERSON after O
 * allowed(1, 2) // true: I-PERSON after B-PERSON
 * allowed(-1, 4) // false: I-LOC at the start
 * ```
 */
export const allowed = (prev: number, cur: number): boolean => !isInside(cur) || (prev > 0 && typeOf(prev) === typeOf(cur))

/**
 * For each label, the labels {@link allowed} right before it.
 *
 * @example
 * ```ts
 * import { LABELS_BEFORE } from "./labels.js" // internal to src/tagger
 * Array.from(LABELS_BEFORE[2]!) // [1, 2]: I-PERSON after B-PERSON or I-PERSON
 * ```
 */
export const LABELS_BEFORE: ReadonlyArray<Int8Array> = Array.from({ length: NUM_LABELS }, (_, c) =>
  Int8Array.from([...Array(NUM_LABELS).keys()].filter((p) => allowed(p, c)))
)

/**
 * For each label, the labels {@link allowed} right after it.
 *
 * @example
 * ```ts
 * import { LABELS_AFTER } from "./labels.js" // internal to src/tagger
 * LABELS_AFTER[0]!.includes(2) // false: no I-PERSON after O
 * ```
 */
export const LABELS_AFTER: ReadonlyArray<Int8Array> = Array.from({ length: NUM_LABELS }, (_, p) =>
  Int8Array.from([...Array(NUM_LABELS).keys()].filter((c) => allowed(p, c)))
)

/**
 * `MAY_START[c]` is 1 when label c may start a sentence (O and the B- labels).
 *
 * @example
 * ```ts
 * import { MAY_START } from "./labels.js" // internal to src/tagger
 * MAY_START[2] // 0: no I-PERSON first
 * ```
 */
export const MAY_START: Uint8Array = Uint8Array.from({ length: NUM_LABELS }, (_, c) => (allowed(-1, c) ? 1 : 0))

/**
 * Entity spans (token ranges) of a BIO label sequence, conlleval style: a span starts at `B-X`
 * and continues over following `I-X`. A stray `I-X` (after `O` or another type) starts a span,
 * as conlleval counts it.
 *
 * @example
 * ```ts
 * import { labelSpans } from "./labels.js" // internal to src/tagger
 * labelSpans(["B-PERS", "I-PERS", "O", "B-LOC"].map(labelId))
 * // [{ start: 0, end: 2, type: 0 }, { start: 3, end: 4, type: 1 }]
 * ```
 */
export const labelSpans = (labels: ArrayLike<number>): Array<{ start: number; end: number; type: number }> => {
  const out: Array<{ start: number; end: number; type: number }> = []
  let i = 0
  const n = labels.length
  while (i < n) {
    const l = labels[i]!
    if (l === 0) {
      i++
      continue
    }
    const t = typeOf(l)
    const s = i
    i++
    while (i < n && isInside(labels[i]!) && typeOf(labels[i]!) === t) i++
    out.push({ start: s, end: i, type: t })
  }
  return out
}
