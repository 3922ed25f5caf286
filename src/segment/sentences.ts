import type { Span } from "../model/span.js"
import { trimSpan } from "./lines.js"
import { DEFAULT_SEGMENT_RULES } from "./rules.js"

const TERMINAL = new Set([0x2e, 0x21, 0x3f, 0x061f, 0x061b, 0x2026]) // . ! ? ؟ ؛ …
const CLOSERS = new Set([0x22, 0x27, 0x201d, 0x2019, 0xbb, 0x203a, 0x29, 0x5d, 0x7d, 0x300d, 0x201c, 0x2018])
const isDigit = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0x660 && c <= 0x669) || (c >= 0x6f0 && c <= 0x6f9)
const isArabicLetter = (c: number): boolean => (c >= 0x621 && c <= 0x64a) || (c >= 0x671 && c <= 0x6d3) || c === 0x6cc || c === 0x6a9
const isSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x0a || c === 0x0d || c === 0x200f || c === 0x200e || (c >= 0x2000 && c <= 0x200a)

const ABBREVIATIONS = new Set(DEFAULT_SEGMENT_RULES.abbreviations)

/** The word that ends just before `at` (letters and inner dots). */
const wordBefore = (text: string, from: number, at: number): string => {
  let s = at
  while (s > from && !isSpace(text.charCodeAt(s - 1)) && text.charCodeAt(s - 1) !== 0x28 && text.charCodeAt(s - 1) !== 0x22) s--
  return text.slice(s, at)
}

/**
 * Splits a span of text into sentence spans: after `.` `!` `?` `؟` `؛` `…` (and runs of them),
 * with closing quotes and brackets kept with their sentence. Decimals (3.4, ٣٫٥), abbreviations
 * and initials (د. ، أ.) and an ellipsis inside a phrase do not end a sentence; a full stop glued to
 * the next word ("الضرائب.وأضاف") does. Spans are trimmed and never overlap.
 *
 * @param abbreviations words whose final dot does not end a sentence
 * @example
 * ```ts
 * import { splitSentences } from "akhbar"
 * const t = "ارتفع 3.4 بالمئة. وقال د. أحمد: نعم؟ نعم"
 * splitSentences(t, 0, t.length).map((s) => t.slice(s.start, s.end))
 * // ["ارتفع 3.4 بالمئة.", "وقال د. أحمد: نعم؟", "نعم"]
 * ```
 */
export const splitSentences = (
  text: string,
  start: number,
  end: number,
  abbreviations: ReadonlySet<string> = ABBREVIATIONS
): Array<Span> => {
  const out: Array<Span> = []
  let from = start
  let i = start
  const push = (to: number): void => {
    const span = trimSpan(text, from, to)
    if (span.end > span.start) out.push(span)
    from = to
  }
  while (i < end) {
    const c = text.charCodeAt(i)
    if (!TERMINAL.has(c)) {
      i++
      continue
    }
    const markAt = i
    let j = i + 1
    while (j < end && TERMINAL.has(text.charCodeAt(j))) j++
    while (j < end && CLOSERS.has(text.charCodeAt(j))) j++
    const next = j < end ? text.charCodeAt(j) : -1
    const prev = markAt > start ? text.charCodeAt(markAt - 1) : -1
    const single = j - markAt === 1
    let boundary: boolean
    if (next === -1) boundary = true
    else if (isSpace(next)) {
      boundary = true
      if (c === 0x2e && single) {
        const word = wordBefore(text, start, markAt)
        // initials and abbreviations: "د." "أ.ف.ب" "إلخ."
        if (abbreviations.has(word) || /^\p{L}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word)) boundary = false
      }
    } else if (c === 0x2e && single && isDigit(prev) && isDigit(next)) boundary = false
    else if ((c === 0x2e || c === 0x061f || c === 0x21) && isArabicLetter(next) && isArabicLetter(prev)) {
      const word = wordBefore(text, start, markAt)
      boundary = !(abbreviations.has(word) || word.length === 1 || /^(\p{L}\.)+\p{L}$/u.test(word))
    } else boundary = false
    if (boundary) push(j)
    i = j
  }
  if (from < end) push(end)
  return out
}
