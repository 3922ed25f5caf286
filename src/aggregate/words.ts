const WORD = /[\p{L}\p{N}]/u

/**
 * Number of words in a text: runs of non-space characters that hold at least one letter or digit
 * (so punctuation standing alone is not a word, and `3.4` or `و-قال` is one).
 *
 * @example
 * ```ts
 * import { countWords } from "akhbar"
 * countWords("قال الوزير - إن 3.4 مليار دولار") // 6
 * ```
 */
export const countWords = (text: string): number => {
  let n = 0
  for (const token of text.split(/\s+/u)) if (token !== "" && WORD.test(token)) n++
  return n
}
