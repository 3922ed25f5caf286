import type { EntityType } from "../model/vocabulary.js"
import type { GazetteerHit, GazetteerIndex } from "./gazetteer.js"
import { F, type Lexicon } from "./lexicon.js"
import { ARABIC, BREAK, DIGITS, LATIN, QUOTE, type Tokens } from "./tokens.js"
import type { TrieMatch } from "./trie.js"
import { mayHaveProclitic, procliticStems, type Stem } from "./clitics.js"

const NO_STEMS: ReadonlyArray<Stem> = []

/** Which layer proposed a candidate: gazetteer > pattern > alias in the resolver. */
export type CandidateSource = "gazetteer" | "pattern" | "alias"

/** A proposed mention over tokens, before overlap resolution. */
export interface Candidate {
  /** First token. */
  readonly first: number
  /** One past the last token. */
  readonly end: number
  /** Normalized characters of the first token left out of the span (proclitics). */
  readonly cut: number
  /** The first token without its proclitics, as normalized ("العراق" for "للعراق"). */
  readonly stem: string
  readonly type: EntityType
  readonly source: CandidateSource
  readonly confidence: number
  /** Gazetteer id when known. */
  readonly entityId: string | null
  /** Token range of the role phrase printed before a person (first, end), or null. */
  readonly role: readonly [number, number, number] | null
  /** Linking key when it differs from the span's own words (a surname linked to a full name). */
  readonly key?: string | undefined
}

/** A gazetteer match at a token. */
export type GazetteerMatch = TrieMatch<GazetteerHit>

/**
 * One text being scanned: its tokens, their lexicon flags and the gazetteer matches starting at
 * each token, shared by every pattern.
 */
export class Scan {
  /** Lexicon flags of each token (see {@link F}). */
  readonly flags: Uint32Array
  private readonly gaz: Array<GazetteerMatch | null | undefined>
  /** Scratch memo for patterns (0 unknown, 1 yes, 2 no), one per token. */
  readonly memo: Uint8Array

  constructor(
    readonly raw: string,
    readonly t: Tokens,
    readonly lex: Lexicon,
    readonly gazetteer: GazetteerIndex
  ) {
    this.flags = new Uint32Array(t.count)
    for (let i = 0; i < t.count; i++) {
      if (t.kinds[i] !== ARABIC) continue
      const w = t.words[i]!
      let f = lex.tokenFlags(w)
      // "على" and "علي" are one word after normalization: the printed ى tells the preposition
      // (the name readings go; the others stay: "الأعلى" in "مجلس القضاء الأعلى" is still an adjective)
      if (w.charCodeAt(w.length - 1) === 0x064a && lex.isMaqsuraWord(w) && this.maqsura(i)) f = (f & ~(F.GIVEN | F.FOREIGN | F.AMBIGUOUS)) | F.STOP
      this.flags[i] = f
    }
    this.gaz = new Array<GazetteerMatch | null | undefined>(t.count)
    this.memo = new Uint8Array(t.count)
    this.stemMemo = new Array<ReadonlyArray<Stem> | undefined>(t.count)
    this.titleMemo = new Array<TrieMatch<number> | null | undefined>(t.count)
  }

  /** Whether token i was printed with a final ى (alef maqsura), which normalization made ي. */
  maqsura(i: number): boolean {
    const e = this.t.ends[i]
    if (e === undefined || e === 0) return false
    const r = this.t.norm.rawEnd(e - 1) - 1
    // the last raw unit may be a removed mark after the letter: step back over marks
    for (let k = r; k >= 0 && k >= r - 4; k--) {
      const c = this.raw.charCodeAt(k)
      if (c === 0x0649) return true
      if (c === 0x064a) return false
      if (!((c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640)) return false
    }
    return false
  }

  /** The last letter of token i as printed, past diacritics and tatweel (0 when there is none). */
  lastLetter(i: number): number {
    const e = this.t.ends[i]
    if (e === undefined || e === 0) return 0
    const r = this.t.norm.rawEnd(e - 1) - 1
    for (let k = r; k >= 0 && k >= r - 4; k--) {
      const c = this.raw.charCodeAt(k)
      if (!((c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640)) return c
    }
    return 0
  }

  /**
   * Whether token i ends with ه as printed (not ة, which normalizes to ه too): often a pronoun
   * suffix ("رفضه", "دعمه", "التزامه").
   */
  endsWithHeh(i: number): boolean {
    return this.lastLetter(i) === 0x0647
  }

  /**
   * Whether token i starts with the article ال as printed: "ألينا" and "إلياس" normalize to
   * words starting with ال but are no definite nouns.
   */
  definite(i: number): boolean {
    const w = this.t.words[i]
    if (w === undefined || w.charCodeAt(0) !== 0x0627 || w.charCodeAt(1) !== 0x0644 || w.length < 3) return false
    return this.raw.charCodeAt(this.t.norm.rawStart(this.t.starts[i]!)) === 0x0627
  }

  /** Whether token i carries tanween (ً ٌ ٍ) as printed: an indefinite noun or adverb, not a name. */
  tanween(i: number): boolean {
    const s = this.t.starts[i]
    const e = this.t.ends[i]
    if (s === undefined || e === undefined) return false
    const rs = this.t.norm.rawStart(s)
    const re = this.t.norm.rawEnd(e - 1)
    for (let k = rs; k < re; k++) {
      const c = this.raw.charCodeAt(k)
      if (c === 0x064b || c === 0x064c || c === 0x064d) return true
    }
    return false
  }

  private readonly stemMemo: Array<ReadonlyArray<Stem> | undefined>

  /** The proclitic readings of token i (see {@link procliticStems}), memoized. */
  stems(i: number): ReadonlyArray<Stem> {
    let m = this.stemMemo[i]
    if (m === undefined) {
      const w = this.t.words[i] ?? ""
      m = this.t.kinds[i] === ARABIC && mayHaveProclitic(w.charCodeAt(0)) ? procliticStems(w) : NO_STEMS
      this.stemMemo[i] = m
    }
    return m
  }

  private stemFlagMemo: Int32Array | undefined

  /**
   * The lexicon flags of token i's proclitic stems that keep the word's letters ("لشركة" →
   * شركة), OR-ed together (0 when it has none), memoized: a quick test before looking at stems.
   */
  stemFlags(i: number): number {
    if (this.stemFlagMemo === undefined) this.stemFlagMemo = new Int32Array(this.t.count).fill(-1)
    let f = this.stemFlagMemo[i]!
    if (f < 0) {
      f = 0
      const w = this.t.words[i] ?? ""
      for (const st of this.stems(i)) if (st.stem.length === w.length - st.cut) f |= this.lex.flagsOf(st.stem)
      this.stemFlagMemo[i] = f
    }
    return f
  }

  /** Number of tokens. */
  get count(): number {
    return this.t.count
  }

  /** The normalized word of token i. */
  word(i: number): string {
    return this.t.words[i] ?? ""
  }

  /** Whether token i has these flags. */
  is(i: number, flag: number): boolean {
    return i >= 0 && i < this.t.count && (this.flags[i]! & flag) !== 0
  }

  /** Whether token i is a word (Arabic or Latin letters). */
  isWord(i: number): boolean {
    const k = this.t.kinds[i]
    return k === ARABIC || k === LATIN
  }

  /** Whether token i is a number in digits. */
  isNumber(i: number): boolean {
    return i >= 0 && i < this.t.count && this.t.kinds[i] === DIGITS
  }

  /** Whether token i is in Arabic letters. */
  isArabic(i: number): boolean {
    return this.t.kinds[i] === ARABIC
  }

  /** Whether tokens i-1 and i are separated by white space only (no punctuation, no quote). */
  joined(i: number): boolean {
    return i > 0 && i < this.t.count && (this.t.gaps[i]! & (BREAK | QUOTE)) === 0
  }

  /** Whether a quotation mark is between tokens i-1 and i (i may be `count`: after the last). */
  quoteBefore(i: number): boolean {
    return i >= 0 && i <= this.t.count && (this.t.gaps[i]! & QUOTE) !== 0
  }

  /** Whether punctuation is between tokens i-1 and i. */
  breakBefore(i: number): boolean {
    return i <= 0 || i >= this.t.count || (this.t.gaps[i]! & BREAK) !== 0
  }

  /** The longest gazetteer match starting at token i (memoized), or null. */
  gazetteerAt(i: number): GazetteerMatch | null {
    const hit = this.gaz[i]
    if (hit !== undefined) return hit
    const m = i < this.t.count ? (this.gazetteer.trie.longestAt(this.t, i, true, false, this.stems(i)) ?? null) : null
    this.gaz[i] = m
    return m
  }

  /** The type of the gazetteer match at token i, when it does not need context. */
  gazetteerTypeAt(i: number): EntityType | null {
    const m = this.gazetteerAt(i)
    if (m === null) return null
    const h = m.values[0]!
    return this.gazetteer.entries[h.entry]?.type ?? null
  }

  private readonly titleMemo: Array<TrieMatch<number> | null | undefined>

  /** The longest title phrase at token i (proclitics allowed), memoized, or undefined. */
  titleAt(i: number): TrieMatch<number> | undefined {
    let m = this.titleMemo[i]
    if (m === undefined) {
      m = i < this.t.count ? (this.lex.titles.longestAt(this.t, i, true, false, this.stems(i)) ?? null) : null
      this.titleMemo[i] = m
    }
    return m ?? undefined
  }

  /** Whether token i is a verb, function word or otherwise never part of a name. */
  isStop(i: number): boolean {
    return (this.flags[i]! & (F.STOP | F.VERB)) !== 0
  }
}
