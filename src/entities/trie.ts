import { procliticStems, mayHaveProclitic, type Stem } from "./clitics.js"
import { BREAK, HYPHEN, QUOTE, type Tokens } from "./tokens.js"

/**
 * Prefix of a phrase word that follows a hyphen in the phrase as listed ("كوفيد-19" is added as
 * ["كوفيد", "-19"]): the trie then crosses a hyphen in the text there, and only there.
 *
 * @example
 * ```ts
 * import { HYPHENATED } from "./trie.js" // internal to src/entities
 * HYPHENATED // "-"
 * ```
 */
export const HYPHENATED = "-"

/** A node of a {@link TokenTrie}. */
interface Node<T> {
  next: Map<string, Node<T>> | undefined
  values: Array<T> | undefined
}

/** A longest match found by {@link TokenTrie.longestAt}. */
export interface TrieMatch<T> {
  /** First token of the match. */
  readonly first: number
  /** One past the last token of the match. */
  readonly end: number
  /** Normalized characters skipped at the start of the first token (proclitics). */
  readonly cut: number
  /** The first token as looked up (the stem when proclitics were removed). */
  readonly stem: string
  /** Values stored for the matched phrase. */
  readonly values: ReadonlyArray<T>
}

/**
 * A trie over words (not characters): each phrase is a list of normalized tokens. Lookups take
 * the longest phrase starting at a token, trying the token as written and then without its
 * proclitics (only the first token of a phrase may carry them). Phrases never run across
 * punctuation; a quotation mark between words is allowed only with `acrossQuotes`.
 *
 * @example
 * ```ts
 * import { TokenTrie, tokenize } from "akhbar"
 * const trie = new TokenTrie<string>()
 * trie.add(["الامم", "المتحده"], "org:un")
 * trie.longestAt(tokenize("وقالت الأمم المتحدة"), 1)?.values // ["org:un"]
 * ```
 */
export class TokenTrie<T> {
  private readonly root = new Map<string, Node<T>>()
  private phrases = 0

  /** Number of phrases added. */
  get size(): number {
    return this.phrases
  }

  /** Adds `value` under the phrase `words` (already normalized; empty phrases are ignored). */
  add(words: ReadonlyArray<string>, value: T): void {
    if (words.length === 0) return
    let map = this.root
    let node: Node<T> | undefined
    for (let k = 0; k < words.length; k++) {
      const w = words[k]!
      node = map.get(w)
      if (node === undefined) {
        node = { next: undefined, values: undefined }
        map.set(w, node)
      }
      if (k < words.length - 1) {
        if (node.next === undefined) node.next = new Map()
        map = node.next
      }
    }
    if (node === undefined) return
    if (node.values === undefined) node.values = []
    node.values.push(value)
    this.phrases++
  }

  /** Whether some phrase starts with `word`. */
  starts(word: string): boolean {
    return this.root.has(word)
  }

  /** Values of exactly the phrase `words`, or undefined. */
  get(words: ReadonlyArray<string>): ReadonlyArray<T> | undefined {
    let map: Map<string, Node<T>> | undefined = this.root
    let node: Node<T> | undefined
    for (const w of words) {
      node = map?.get(w)
      if (node === undefined) return undefined
      map = node.next
    }
    return node?.values
  }

  private walk(t: Tokens, first: Node<T>, i: number, acrossQuotes: boolean): { end: number; values: Array<T> } | undefined {
    let best: { end: number; values: Array<T> } | undefined = first.values === undefined ? undefined : { end: i + 1, values: first.values }
    let node = first
    let j = i + 1
    const stop = acrossQuotes ? BREAK : BREAK | QUOTE
    while (j < t.count && node.next !== undefined) {
      const gap = t.gaps[j]!
      // a hyphen joins the words of a phrase added with one there ("كوفيد-19", see HYPHENATED)
      const child =
        (gap & stop) === 0 ? node.next.get(t.words[j]!) : (gap & HYPHEN) !== 0 && (gap & stop) === BREAK ? node.next.get(HYPHENATED + t.words[j]!) : undefined
      if (child === undefined) break
      node = child
      j++
      if (node.values !== undefined) best = { end: j, values: node.values }
    }
    return best
  }

  /**
   * The longest phrase starting at token `i`: the token as written first, then its proclitic
   * readings (with `clitics`). Ties in length go to the reading with fewer letters removed.
   */
  longestAt(t: Tokens, i: number, clitics = true, acrossQuotes = false, stems?: ReadonlyArray<Stem>): TrieMatch<T> | undefined {
    const w = t.words[i]
    if (w === undefined) return undefined
    let best: TrieMatch<T> | undefined
    const node = this.root.get(w)
    if (node !== undefined) {
      const m = this.walk(t, node, i, acrossQuotes)
      if (m !== undefined) best = { first: i, end: m.end, cut: 0, stem: w, values: m.values }
    }
    if (clitics && mayHaveProclitic(w.charCodeAt(0))) {
      for (const s of stems ?? procliticStems(w)) {
        const n2 = this.root.get(s.stem)
        if (n2 === undefined) continue
        const m = this.walk(t, n2, i, acrossQuotes)
        if (m !== undefined && (best === undefined || m.end > best.end)) {
          best = { first: i, end: m.end, cut: s.cut, stem: s.stem, values: m.values }
        }
      }
    }
    return best
  }
}
