import type { Span } from "../model/span.js"

/** A non-blank line of a document, trimmed of surrounding white space. */
export interface Line extends Span {
  readonly text: string
}

const isSpace = (c: number): boolean =>
  c === 0x20 || c === 0x09 || c === 0x0b || c === 0x0c || c === 0xa0 || c === 0x00 || c === 0xfeff ||
  c === 0x200b || c === 0x200c || c === 0x200e || c === 0x200f || (c >= 0x2000 && c <= 0x200a) || c === 0x202f ||
  c === 0x3000 || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)

/**
 * Trims a span of `text` of white space, invisible marks and NULs on both sides.
 *
 * @example
 * ```ts
 * import { trimSpan } from "akhbar"
 * trimSpan("  نص  ", 0, 6) // { start: 2, end: 4 }
 * ```
 */
export const trimSpan = (text: string, start: number, end: number): Span => {
  let s = start
  let e = end
  while (s < e && (isSpace(text.charCodeAt(s)) || text.charCodeAt(s) === 0x0d || text.charCodeAt(s) === 0x0a)) s++
  while (e > s && (isSpace(text.charCodeAt(e - 1)) || text.charCodeAt(e - 1) === 0x0d || text.charCodeAt(e - 1) === 0x0a)) e--
  return { start: s, end: e }
}

/**
 * Splits a document into its non-blank lines (on LF, CRLF, CR, U+2028/2029), each trimmed,
 * with offsets into the document.
 *
 * @example
 * ```ts
 * import { splitLines } from "akhbar"
 * splitLines("أ\r\n\r\n ب ").map((l) => l.text) // ["أ", "ب"]
 * ```
 */
export const splitLines = (text: string): Array<Line> => {
  const lines: Array<Line> = []
  let from = 0
  const n = text.length
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 0x0a
    if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029 || i === n) {
      const span = trimSpan(text, from, i)
      if (span.end > span.start) lines.push({ ...span, text: text.slice(span.start, span.end) })
      from = i + 1
    }
  }
  return lines
}
