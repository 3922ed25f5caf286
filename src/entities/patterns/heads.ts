import { F } from "../lexicon.js"
import type { Scan } from "../scan.js"

/** A head word at a token, possibly behind proclitics ("ووزارة", "بمدينة", "لشركة"). */
export interface HeadAt {
  /** Normalized characters of proclitics before the head. */
  readonly cut: number
  /** The head as listed (normalized). */
  readonly word: string
  /** Its lexicon flags. */
  readonly flags: number
}

/**
 * The head word at token i with one of `flags` (as written or behind proclitics), or null.
 * Heads are written without the article: "الوزارة" is not a head.
 */
export const headAt = (s: Scan, i: number, flags: number): HeadAt | null => {
  if (!s.isArabic(i)) return null
  const w = s.word(i)
  const f = s.flags[i]!
  if ((f & flags) !== 0) return { cut: 0, word: w, flags: s.lex.flagsOf(w) }
  if ((s.stemFlags(i) & flags) === 0) return null
  for (const st of s.stems(i)) {
    if (st.stem.length !== w.length - st.cut) continue
    const g = s.lex.flagsOf(st.stem)
    if ((g & flags) !== 0) return { cut: st.cut, word: st.stem, flags: g }
  }
  return null
}

/** A place head at token i (as written or behind proclitics), with its behaviour, or null. */
export const placeHeadAt = (s: Scan, i: number): (HeadAt & { withHead: boolean; weak: boolean }) | null => {
  if (!s.isArabic(i)) return null
  const w = s.word(i)
  if (((s.flags[i]! | s.stemFlags(i)) & F.PLACE_HEAD) === 0) return null
  const h = s.lex.placeHeads.get(w)
  if (h !== undefined) return { cut: 0, word: w, flags: 0, ...h }
  for (const st of s.stems(i)) {
    if (st.stem.length !== w.length - st.cut) continue
    const g = s.lex.placeHeads.get(st.stem)
    if (g !== undefined) return { cut: st.cut, word: st.stem, flags: 0, ...g }
  }
  return null
}

/**
 * The end of a quoted phrase whose opening quotation mark is just before token `i`: the token
 * after its last word, or -1 when there is no closing mark within `max` words or the phrase runs
 * across punctuation.
 */
export const quotedEnd = (s: Scan, i: number, max = 6): number => {
  if (i >= s.count || !s.quoteBefore(i) || !s.isWord(i)) return -1
  for (let k = i + 1; k <= s.count && k - i <= max; k++) {
    if (s.quoteBefore(k)) return k
    if (k < s.count && (s.breakBefore(k) || !s.isWord(k))) return -1
  }
  return -1
}
