/**
 * The gazetteer and pattern mentions of tokenized sentences as tagger hints: what training and
 * evaluation scripts give the tagger, so that it learns how far to trust each kind of mention
 * (the combined recognizer gives it the same mentions over raw text at run time).
 */
import type { TaggedSentence, TokenHint } from "../tagger/index.js"
import { extractDocumentMentions } from "./extract.js"

/**
 * The token spans that mentions over a sentence cover, when the sentence is its tokens joined
 * with single spaces; a mention inside a token (after its proclitics) covers that token. Empty
 * mentions are skipped.
 *
 * @example
 * ```ts
 * import { mentionTokenSpans } from "./rule-hints.js" // internal to src/entities and the scripts
 * mentionTokenSpans(["زار", "وباريس"], [{ start: 5, end: 10, type: "LOC" }]) // [{ start: 1, end: 2, type: "LOC" }]
 * ```
 */
export const mentionTokenSpans = <T extends string>(
  tokens: ReadonlyArray<string>,
  mentions: ReadonlyArray<{ readonly start: number; readonly end: number; readonly type: T }>
): Array<{ start: number; end: number; type: T }> => {
  const starts: Array<number> = []
  let at = 0
  for (const t of tokens) {
    starts.push(at)
    at += t.length + 1
  }
  const tokenAt = (offset: number): number => {
    let lo = 0
    let hi = starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (starts[mid]! <= offset) lo = mid
      else hi = mid - 1
    }
    return lo
  }
  const out: Array<{ start: number; end: number; type: T }> = []
  for (const m of mentions) if (m.end > m.start && tokens.length > 0) out.push({ start: tokenAt(m.start), end: tokenAt(m.end - 1) + 1, type: m.type })
  return out
}

/**
 * The sentences with `hints`: the mentions `extractDocumentMentions` finds in them, read as
 * documents of `window` consecutive sentences (each sentence its tokens joined by spaces), as
 * token spans. Existing hints are replaced.
 *
 * @param sentences tokenized sentences in document order (CoNLL files, see `parseConll`)
 * @param window sentences read together as one document (default 10)
 * @example
 * ```ts
 * import { withRuleHints } from "akhbar"
 * const [s] = withRuleHints([{ tokens: ["زار", "ماكرون", "باريس"], tags: ["O", "B-PERSON", "B-LOC"] }])
 * s!.hints // [{ start: 2, end: 3, type: "LOC" }, …]
 * ```
 */
export const withRuleHints = (sentences: ReadonlyArray<TaggedSentence>, window = 10): Array<TaggedSentence> => {
  if (!Number.isInteger(window) || window < 1) throw new TypeError(`withRuleHints: window must be a positive integer, got ${String(window)}`)
  const out: Array<TaggedSentence> = []
  for (let w0 = 0; w0 < sentences.length; w0 += window) {
    const block = sentences.slice(w0, w0 + window)
    const found = extractDocumentMentions(block.map((s) => s.tokens.join(" ")))
    block.forEach((s, i) => {
      const hints: Array<TokenHint> = mentionTokenSpans(s.tokens, found[i] ?? [])
      out.push({ ...s, hints })
    })
  }
  return out
}
