import { tokenize, type Tokens } from "./tokens.js"

let lastText: string | undefined
let lastTokens: Tokens | undefined

/**
 * Tokens of `text`, reusing the previous result when the same text is read again (the date and
 * quantity extractors, and callers running both on one segment, share one tokenization).
 *
 * @example
 * ```ts
 * prepare("نحو 5 آلاف") === prepare("نحو 5 آلاف") // true
 * ```
 */
export const prepare = (text: string): Tokens => {
  if (text === lastText && lastTokens !== undefined) return lastTokens
  const t = tokenize(text)
  lastText = text
  lastTokens = t
  return t
}
