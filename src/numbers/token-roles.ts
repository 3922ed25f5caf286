/**
 * Role bits that every token carries from tokenization. A scan that asks of every token "can this
 * start something of mine?" claims a few bits here at module load, with the words that have them;
 * the tokenizer then reads all claimed roles of a word at once (memoized per distinct word), and
 * the scan tests one integer per token instead of looking the word up.
 *
 * The roles are a prefilter: a word has a role when it, or the word without proclitics (و ف, ب ل
 * ك, لل), is a key of the claim. Scans confirm with their own lookups.
 */

import { idOf, rolesIn, type Readings } from "./clitics.js"

const TOKEN_ROLES = new Map<string, number>()
let width = 0
let tableId = -1

/**
 * Claims `bits` role bits (at most 31 in all) for groups of keys, each group with its role (a value
 * below `1 << bits`; a key in several groups has each role), and returns their shift: a token's
 * roles of this claim are `(t.roles[i] >>> shift) & ((1 << bits) - 1)`. Only at module load:
 * throws once a text has been tokenized.
 *
 * @example
 * ```ts
 * const shift = claimRoles([[["أمس", "غدا"], 1]], 1)
 * ((tokenize("أمس").roles[0]! >>> shift) & 1) === 1 // true
 * ```
 */
export const claimRoles = (groups: ReadonlyArray<readonly [Iterable<string>, number]>, bits: number): number => {
  if (tableId >= 0) throw new Error("akhbar: token roles must be claimed before the first text is tokenized")
  if (width + bits > 31) throw new Error(`akhbar: no room for ${bits} more token role bits`)
  const shift = width
  width += bits
  for (const [keys, role] of groups) for (const k of keys) TOKEN_ROLES.set(k, (TOKEN_ROLES.get(k) ?? 0) | (role << shift))
  return shift
}

/**
 * Ends the claims and registers the roles as a lexicon table (idempotent). The tokenizer calls it
 * before it reads any readings, so that registering does not make readings it holds stale.
 *
 * @example
 * ```ts
 * sealRoles()
 * ```
 */
export const sealRoles = (): void => {
  if (tableId < 0) tableId = idOf(TOKEN_ROLES)
}

/**
 * Every claimed role of a word, from its readings (after {@link sealRoles}).
 *
 * @example
 * ```ts
 * sealRoles()
 * rolesOfReadings(readingsOf("أمس")) !== 0 // true (the dates claim it)
 * ```
 */
export const rolesOfReadings = (rs: Readings): number => (tableId < 0 ? 0 : rolesIn(rs, tableId))
