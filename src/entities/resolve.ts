import type { Candidate, CandidateSource } from "./scan.js"
import { forenameOf } from "./gazetteer.js"
import type { Tokens } from "./tokens.js"

/** Normalized particles that continue a lineage: بن, ابن, بنت, آل. */
const LINEAGE = new Set(["بن", "ابن", "بنت", "ال"])

const PRIORITY: Record<CandidateSource, number> = { gazetteer: 0, pattern: 1, alias: 2 }

/** Length of a candidate in normalized characters. */
const lengthOf = (t: Tokens, c: Candidate): number => t.ends[c.end - 1]! - (t.starts[c.first]! + c.cut)

/**
 * The overlap resolver: one place decides between candidates of every layer. Candidates are
 * ranked by (1) longest span, (2) source: gazetteer before pattern before alias, (3) higher
 * confidence, (4) earlier start; each is kept unless it overlaps one kept before it. A kept
 * candidate takes from a dropped one with exactly its span or containing it:
 * - the role phrase, when it has none (a gazetteer person after a title keeps the title);
 * - the gazetteer id, when it is a pattern person that contains a gazetteer person ending where
 *   it ends ("جو بايدن" found by a title, "بايدن" by the gazetteer; not after بن, where that is the
 *   father) or starting where it starts before more lineage ("محمد بن سلمان" in "محمد بن سلمان بن
 *   عبد العزيز آل سعود"), or a pattern organization or
 *   place that is a gazetteer name followed by nationality adjectives ("جهاز مكافحة الإرهاب
 *   العراقي").
 * The result is in text order.
 *
 * @example
 * ```ts
 * // internal: used by extractMentions
 * ```
 */
export const resolveCandidates = (
  t: Tokens,
  candidates: ReadonlyArray<Candidate>,
  isAdjective: (token: number) => boolean = () => false,
  forenameAgrees: (entityId: string, first: string) => boolean = () => true
): Array<Candidate> => {
  const ranked = candidates
    .map((c, index) => ({ c, index, length: lengthOf(t, c) }))
    .sort(
      (a, b) =>
        b.length - a.length ||
        PRIORITY[a.c.source] - PRIORITY[b.c.source] ||
        b.c.confidence - a.c.confidence ||
        a.c.first - b.c.first ||
        a.index - b.index
    )
  const owner = new Int32Array(t.count).fill(-1)
  const kept: Array<Candidate> = []
  for (const { c } of ranked) {
    let free = true
    for (let k = c.first; k < c.end; k++) {
      if (owner[k] !== -1) {
        free = false
        break
      }
    }
    if (free) {
      for (let k = c.first; k < c.end; k++) owner[k] = kept.length
      kept.push(c)
      continue
    }
    // dropped: hand over what the kept one lacks
    const at = owner[c.first]
    if (at === undefined || at < 0 || owner[c.end - 1] !== at) continue
    const k = kept[at]!
    if (k.first > c.first || k.end < c.end || k.type !== c.type) continue
    let merged = k
    if (merged.role === null && c.role !== null && c.first === k.first) merged = { ...merged, role: c.role }
    if (merged.entityId === null && c.entityId !== null && c.source === "gazetteer" && c.type === "PERSON") {
      // "جو بايدن" ends with the gazetteer's "بايدن"; but in "محمد بن سلمان بن عبد العزيز" the
      // person ending the name after بن is the father. "محمد بن سلمان" followed by more of the
      // lineage (بن …, آل …) is that person.
      // (and not when the name before it is another's: "عبد اللطيف الجواهري" is not the poet
      // "محمد مهدي الجواهري")
      const tail =
        c.end === k.end && c.first > k.first && !LINEAGE.has(t.words[c.first - 1] ?? "") && forenameAgrees(c.entityId, forenameOf([k.stem, ...t.words.slice(k.first + 1, c.first)], 0))
      const head = c.first === k.first && c.end < k.end && LINEAGE.has(t.words[c.end] ?? "")
      if (tail || head) merged = { ...merged, entityId: c.entityId }
    }
    if (merged.entityId === null && c.entityId !== null && c.source === "gazetteer" && c.first === k.first && c.type !== "PERSON") {
      // "جهاز مكافحة الإرهاب العراقي": a gazetteer name extended by nationality adjectives only
      let adjectives = true
      for (let a = c.end; a < k.end && adjectives; a++) adjectives = isAdjective(a)
      if (adjectives) merged = { ...merged, entityId: c.entityId }
    }
    if (merged !== k) kept[at] = merged
  }
  return kept.sort((a, b) => a.first - b.first)
}
