/**
 * The tagger's gazetteer: entity names per type (multi-word, matched as a token trie), given
 * names, nationality adjectives and trigger phrases. A snapshot of it is stored in every model so
 * that the features a model was trained with are the features it sees when tagging.
 */
import { readings } from "./clitics.js"
import { normalizeToken } from "./tokenize.js"

/**
 * Lexicon contents: phrases are `match`-normalized, tokens separated by one space.
 *
 * @example
 * ```ts
 * import type { TaggerLexicon } from "akhbar"
 * const lex: TaggerLexicon = {
 *   person: ["ايمانويل ماكرون"], loc: ["باريس"], org: ["الامم المتحده"],
 *   givenNames: ["ايمانويل"], nationalities: ["فرنسي"],
 *   personTriggers: ["الرئيس"], orgTriggers: ["وزاره"], placeTriggers: ["مدينه"],
 *   verbs: ["قال"], particles: ["بن"], notNames: ["الحكومه"]
 * }
 * ```
 */
export interface TaggerLexicon {
  readonly person: ReadonlyArray<string>
  readonly loc: ReadonlyArray<string>
  readonly org: ReadonlyArray<string>
  readonly givenNames: ReadonlyArray<string>
  readonly nationalities: ReadonlyArray<string>
  readonly personTriggers: ReadonlyArray<string>
  readonly orgTriggers: ReadonlyArray<string>
  readonly placeTriggers: ReadonlyArray<string>
  /** Reporting verbs (قال، أكد، …). */
  readonly verbs: ReadonlyArray<string>
  /** Name particles (بن، أبو، عبد، …). */
  readonly particles: ReadonlyArray<string>
  /** Words that follow titles but are not names (الحكومة، الوزراء، …). */
  readonly notNames: ReadonlyArray<string>
}

/**
 * An empty lexicon (the tagger then learns from words and context alone).
 *
 * @example
 * ```ts
 * import { EMPTY_TAGGER_LEXICON } from "akhbar"
 * EMPTY_TAGGER_LEXICON.loc.length // 0
 * ```
 */
export const EMPTY_TAGGER_LEXICON: TaggerLexicon = {
  person: [],
  loc: [],
  org: [],
  givenNames: [],
  nationalities: [],
  personTriggers: [],
  orgTriggers: [],
  placeTriggers: [],
  verbs: [],
  particles: [],
  notNames: []
}

/** Phrase kinds in the trie (bit positions of `TrieNode.ends`): PERSON, LOC, ORG names, then triggers. */
const GAZ_PERSON = 0
const GAZ_LOC = 1
const GAZ_ORG = 2
const TRIG_PERSON = 3
const TRIG_ORG = 4
const TRIG_PLACE = 5

/**
 * Number of gazetteer (entity) kinds: PERSON, LOC, ORG, in that order (gazetteer marks are
 * stored `GAZ_KINDS` per token).
 *
 * @example
 * ```ts
 * import { GAZ_KINDS } from "./lexicon.js" // internal to src/tagger
 * const gaz = new Uint8Array(10 * GAZ_KINDS) // marks of a 10-token sentence
 * ```
 */
export const GAZ_KINDS = 3

/**
 * Number of trigger kinds: person titles, organization heads, place heads (bits of `trig[i]`).
 *
 * @example
 * ```ts
 * import { TRIG_KINDS } from "./lexicon.js" // internal to src/tagger
 * TRIG_KINDS // 3
 * ```
 */
export const TRIG_KINDS = 3

/**
 * Word flag bits (see {@link Lexicon.wordFlags}). `_STEM`: only a reading without proclitics or
 * article matches. `FIRST << k` / `LAST << k`: first / last word of a multi-word name of kind k
 * (0 PERSON, 1 LOC, 2 ORG).
 *
 * @example
 * ```ts
 * import { WORD_FLAGS } from "./lexicon.js" // internal to src/tagger
 * const isGiven = (flags: number) => (flags & (WORD_FLAGS.GIVEN | WORD_FLAGS.GIVEN_STEM)) !== 0
 * ```
 */
export const WORD_FLAGS = {
  GIVEN: 1,
  GIVEN_STEM: 2,
  NATIONALITY: 4,
  NATIONALITY_STEM: 8,
  PARTICLE: 16,
  NOT_NAME: 32,
  VERB: 64,
  FIRST: 128,
  LAST: 1024
} as const

/**
 * Number of word flag bits.
 *
 * @example
 * ```ts
 * import { FLAG_BITS } from "./lexicon.js" // internal to src/tagger
 * for (let b = 0; b < FLAG_BITS; b++) void b // one feature per set bit
 * ```
 */
export const FLAG_BITS = 13

const { GIVEN, GIVEN_STEM, NATIONALITY, NATIONALITY_STEM, PARTICLE, NOT_NAME, VERB, FIRST, LAST } = WORD_FLAGS

/**
 * A node of the phrase trie: the phrases that end here (bit set of kinds) and the next words.
 *
 * @example
 * ```ts
 * import type { TrieNode } from "./lexicon.js" // internal to src/tagger
 * const leaf: TrieNode = { next: undefined, ends: 1 << 1 } // a LOC phrase ends here
 * ```
 */
export interface TrieNode {
  next: Map<string, TrieNode> | undefined
  ends: number
}

/**
 * Where a token can enter the trie: the node of one of its readings, and whether that reading
 * had proclitics removed.
 *
 * @example
 * ```ts
 * import { compileLexicon, EMPTY_TAGGER_LEXICON } from "./lexicon.js" // internal to src/tagger
 * compileLexicon({ ...EMPTY_TAGGER_LEXICON, loc: ["باريس"] }).entries(["وباريس", "باريس"])[0]!.stem // true
 * ```
 */
export interface TrieEntry {
  readonly node: TrieNode
  readonly stem: boolean
}

/**
 * Marks of gazetteer matches on a token, per kind: none; first token of a one-token or
 * multi-token match, as written or after removing proclitics (`_STEM`); a later token; the last
 * token of a multi-token match.
 *
 * @example
 * ```ts
 * import { MARK } from "./lexicon.js" // internal to src/tagger
 * MARK.BEGIN_STEM // 4: "للامم" in "للامم المتحده"
 * ```
 */
export const MARK = { NONE: 0, SINGLE: 1, BEGIN: 2, SINGLE_STEM: 3, BEGIN_STEM: 4, INSIDE: 5, END: 6 } as const
const { SINGLE: MARK_SINGLE, BEGIN: MARK_BEGIN, SINGLE_STEM: MARK_SINGLE_STEM, BEGIN_STEM: MARK_BEGIN_STEM, INSIDE: MARK_INSIDE, END: MARK_END } = MARK

/**
 * A compiled lexicon: the phrase trie and the word flags.
 *
 * @example
 * ```ts
 * import { compileLexicon, EMPTY_TAGGER_LEXICON } from "./lexicon.js" // internal to src/tagger
 * const lex = compileLexicon({ ...EMPTY_TAGGER_LEXICON, loc: ["باريس"] })
 * lex.size // 1
 * ```
 */
export class Lexicon {
  private readonly root = new Map<string, TrieNode>()
  private readonly flags = new Map<string, number>()
  /** Number of phrases in the trie. */
  size = 0
  private readonly best = new Int32Array(6)
  private readonly bestStem = new Uint8Array(6)

  constructor(readonly data: TaggerLexicon) {
    const lists: Array<readonly [ReadonlyArray<string>, number]> = [
      [data.person, GAZ_PERSON],
      [data.loc, GAZ_LOC],
      [data.org, GAZ_ORG],
      [data.personTriggers, TRIG_PERSON],
      [data.orgTriggers, TRIG_ORG],
      [data.placeTriggers, TRIG_PLACE]
    ]
    for (const [list, kind] of lists) for (const p of list) this.addPhrase(p, kind)
    const flag = (w: string, f: number): void => {
      this.flags.set(w, (this.flags.get(w) ?? 0) | f)
    }
    for (const g of data.givenNames) flag(g, GIVEN)
    for (const g of data.nationalities) flag(g, NATIONALITY)
    for (const g of data.particles) if (!g.includes(" ")) flag(g, PARTICLE)
    for (const g of data.notNames) if (!g.includes(" ")) flag(g, NOT_NAME)
    for (const g of data.verbs) if (!g.includes(" ")) flag(g, VERB)
    for (const [list, kind] of lists.slice(0, GAZ_KINDS)) {
      for (const p of list) {
        const ws = p.split(" ")
        if (ws.length < 2) continue
        flag(ws[0]!, FIRST << kind)
        flag(ws[ws.length - 1]!, LAST << kind)
      }
    }
  }

  private addPhrase(phrase: string, kind: number): void {
    const words = phrase.split(" ").filter((w) => w !== "")
    if (words.length === 0) return
    let map = this.root
    let node: TrieNode | undefined
    for (const w of words) {
      node = map.get(w)
      if (node === undefined) {
        node = { next: undefined, ends: 0 }
        map.set(w, node)
      }
      if (node.next === undefined) node.next = new Map()
      map = node.next
    }
    if ((node!.ends & (1 << kind)) === 0) this.size++
    node!.ends |= 1 << kind
  }

  /**
   * Word flags (GIVEN, NATIONALITY, and their `_STEM` variants when only a reading without
   * proclitics or article matches) of a normalized token whose readings are `rs`.
   */
  wordFlags(rs: ReadonlyArray<string>): number {
    let f = this.flags.get(rs[0]!) ?? 0
    for (let k = 1; k < rs.length; k++) {
      const g = this.flags.get(rs[k]!) ?? 0
      if (g & GIVEN) f |= GIVEN_STEM
      if (g & NATIONALITY) f |= NATIONALITY_STEM
      f |= g & ~(GIVEN | NATIONALITY)
    }
    return f
  }

  /** The trie nodes where the readings `rs` of a token enter (first reading = as written). */
  entries(rs: ReadonlyArray<string>): Array<TrieEntry> {
    const out: Array<TrieEntry> = []
    for (let r = 0; r < rs.length; r++) {
      const node = this.root.get(rs[r]!)
      if (node !== undefined) out.push({ node, stem: r > 0 })
    }
    return out
  }

  /**
   * Marks gazetteer and trigger matches over a sentence. For each start token every reading is
   * tried (the token as written, then without proclitics; `entries[i]` from {@link Lexicon.entries});
   * later tokens must match exactly. For each kind the longest match wins. `gaz[i * GAZ_KINDS + k]`
   * receives a `MARK_*` value and `trig[i]` the bit set of trigger kinds covering token i (bit
   * k - TRIG_PERSON).
   */
  mark(words: ReadonlyArray<string>, entries: ReadonlyArray<ReadonlyArray<TrieEntry>>, gaz: Uint8Array, trig: Uint8Array): void {
    const n = words.length
    gaz.fill(0, 0, n * GAZ_KINDS)
    trig.fill(0, 0, n)
    const best = this.best
    const bestStem = this.bestStem
    for (let i = 0; i < n; i++) {
      const es = entries[i]!
      if (es.length === 0) continue
      best.fill(0)
      for (let r = 0; r < es.length; r++) {
        const e = es[r]!
        let node: TrieNode | undefined = e.node
        let j = i + 1
        while (node !== undefined) {
          if (node.ends !== 0) {
            for (let k = 0; k < 6; k++) {
              if ((node.ends & (1 << k)) !== 0 && j - i > best[k]!) {
                best[k] = j - i
                bestStem[k] = e.stem ? 1 : 0
              }
            }
          }
          if (j >= n || node.next === undefined) break
          node = node.next.get(words[j]!)
          j++
        }
      }
      for (let k = 0; k < GAZ_KINDS; k++) {
        const len = best[k]!
        if (len === 0) continue
        const o = i * GAZ_KINDS + k
        if (gaz[o] !== MARK_INSIDE && gaz[o] !== MARK_END) {
          gaz[o] = len === 1 ? (bestStem[k] ? MARK_SINGLE_STEM : MARK_SINGLE) : bestStem[k] ? MARK_BEGIN_STEM : MARK_BEGIN
        }
        for (let j = i + 1; j < i + len; j++) gaz[j * GAZ_KINDS + k] = j === i + len - 1 ? MARK_END : MARK_INSIDE
      }
      for (let k = TRIG_PERSON; k < 6; k++) {
        const len = best[k]!
        for (let j = i; j < i + len; j++) trig[j] = trig[j]! | (1 << (k - TRIG_PERSON))
      }
    }
  }
}

/**
 * Compiles lexicon data into a {@link Lexicon}.
 *
 * @example
 * ```ts
 * import { compileLexicon, EMPTY_TAGGER_LEXICON } from "./lexicon.js" // internal to src/tagger
 * compileLexicon({ ...EMPTY_TAGGER_LEXICON, org: ["الامم المتحده"] }).size // 1
 * ```
 */
export const compileLexicon = (data: TaggerLexicon): Lexicon => new Lexicon(data)

/**
 * Raw lexicon lists, as written in gazetteer files (any spelling; {@link buildTaggerLexicon} normalizes).
 *
 * @example
 * ```ts
 * import type { RawTaggerLexicon } from "akhbar"
 * const raw: RawTaggerLexicon = { loc: ["باريس", "القاهرة"], personTriggers: ["الرئيس"] }
 * ```
 */
export interface RawTaggerLexicon {
  readonly person?: Iterable<string>
  readonly loc?: Iterable<string>
  readonly org?: Iterable<string>
  readonly givenNames?: Iterable<string>
  readonly nationalities?: Iterable<string>
  readonly personTriggers?: Iterable<string>
  readonly orgTriggers?: Iterable<string>
  readonly placeTriggers?: Iterable<string>
  readonly verbs?: Iterable<string>
  readonly particles?: Iterable<string>
  readonly notNames?: Iterable<string>
}

/**
 * Normalizes raw phrase lists into {@link TaggerLexicon}: every phrase is split into tokens the
 * way `tagText` splits text, each token normalized with the `match` profile; lists are
 * de-duplicated and sorted so that the same input always gives the same lexicon.
 *
 * @example
 * ```ts
 * import { buildTaggerLexicon } from "akhbar"
 * buildTaggerLexicon({ org: ["الأمم المتحدة", "الامم المتحدة"] }).org // ["الامم المتحده"]
 * ```
 */
export const buildTaggerLexicon = (raw: RawTaggerLexicon): TaggerLexicon => {
  const norm = (xs: Iterable<string> | undefined): Array<string> => {
    const set = new Set<string>()
    for (const x of xs ?? []) {
      const toks = phraseTokens(x)
      if (toks.length > 0) set.add(toks.join(" "))
    }
    return [...set].sort()
  }
  return {
    person: norm(raw.person),
    loc: norm(raw.loc),
    org: norm(raw.org),
    givenNames: norm(raw.givenNames),
    nationalities: norm(raw.nationalities),
    personTriggers: norm(raw.personTriggers),
    orgTriggers: norm(raw.orgTriggers),
    placeTriggers: norm(raw.placeTriggers),
    verbs: norm(raw.verbs),
    particles: norm(raw.particles),
    notNames: norm(raw.notNames)
  }
}

/** Splits a phrase into normalized tokens: white space, punctuation split off. */
const phraseTokens = (phrase: string): Array<string> => {
  const out: Array<string> = []
  for (const chunk of phrase.split(/\s+/)) {
    if (chunk === "") continue
    for (const piece of chunk.split(/([^\p{L}\p{N}\p{M}])/u)) {
      if (piece === "") continue
      const t = normalizeToken(piece)
      if (t !== "") out.push(t)
    }
  }
  return out
}

