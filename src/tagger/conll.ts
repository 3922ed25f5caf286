/**
 * Reading and writing CoNLL-style `token TAG` files: one token per line, its tag last, a blank
 * line between sentences.
 */

import type { TokenHint } from "./hints.js"

/**
 * A tagged sentence: tokens and their BIO tags (same length).
 *
 * @example
 * ```ts
 * import type { TaggedSentence } from "akhbar"
 * const s: TaggedSentence = { tokens: ["زار", "باريس"], tags: ["O", "B-LOC"] }
 * ```
 */
export interface TaggedSentence {
  readonly tokens: ReadonlyArray<string>
  readonly tags: ReadonlyArray<string>
  /** Entities another recognizer found in the sentence (see `TokenHint`), given to the tagger as features. */
  readonly hints?: ReadonlyArray<TokenHint>
}

/**
 * Parses CoNLL text. Each non-blank line is `token TAG` (the tag is the last field, separated by
 * white space; extra middle columns are ignored); blank lines end sentences; `-DOCSTART-` lines
 * are skipped. Tags are kept as written (`B-PERS` stays `B-PERS`; the tagger maps it to PERSON).
 *
 * @example
 * ```ts
 * import { parseConll } from "akhbar"
 * parseConll("زار O\nباريس B-LOC\n\nقال O\n")
 * // [{ tokens: ["زار", "باريس"], tags: ["O", "B-LOC"] }, { tokens: ["قال"], tags: ["O"] }]
 * ```
 */
export const parseConll = (text: string): Array<TaggedSentence> => {
  const out: Array<TaggedSentence> = []
  let tokens: Array<string> = []
  let tags: Array<string> = []
  const flush = (): void => {
    if (tokens.length > 0) out.push({ tokens, tags })
    tokens = []
    tags = []
  }
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim()
    if (line === "") {
      flush()
      continue
    }
    if (line.startsWith("-DOCSTART-")) continue
    const fields = line.split(/\s+/)
    if (fields.length < 2) {
      // a token with no tag: keep it as O
      tokens.push(fields[0]!)
      tags.push("O")
      continue
    }
    tokens.push(fields[0]!)
    tags.push(fields[fields.length - 1]!)
  }
  flush()
  return out
}

/**
 * Writes sentences as CoNLL text (`token TAG`, blank line between sentences).
 *
 * @example
 * ```ts
 * import { formatConll } from "akhbar"
 * formatConll([{ tokens: ["باريس"], tags: ["B-LOC"] }]) // "باريس B-LOC\n\n"
 * ```
 */
export const formatConll = (sentences: ReadonlyArray<TaggedSentence>): string =>
  sentences.map((s) => s.tokens.map((t, i) => `${t} ${s.tags[i] ?? "O"}\n`).join("") + "\n").join("")
