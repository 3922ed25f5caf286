import type { Span } from "../model/span.js"
import { compiled, DELETE, EXPAND_BASE, SPACE } from "./compile.js"
import type { NormalizeProfile } from "./options.js"

/**
 * A normalized string together with its map back to the raw text.
 *
 * @example
 * ```ts
 * import { normalize } from "akhbar"
 * const n = normalize("قالَ الرئيسُ", "match")
 * n.text // "قال الرئيس"
 * n.toRaw(4, 10) // { start: 5, end: 12 }
 * ```
 */
export interface Normalized {
  /** The normalized text. */
  readonly text: string
  /** The raw text it was made from. */
  readonly raw: string
  /** Converts a span of the normalized text to the span of raw text it came from. */
  toRaw(start: number, end: number): Span
  /** Raw offset of the character at normalized offset `i` (or the raw length past the end). */
  rawStart(i: number): number
  /** Raw offset just past the raw characters that made normalized character `i`. */
  rawEnd(i: number): number
}

class NormalizedText implements Normalized {
  constructor(
    readonly text: string,
    readonly raw: string,
    /**
     * The offset map as breakpoints: from normalized unit `at[j]` on (up to `at[j + 1]`), the raw offset
     * of a unit is its normalized offset plus `delta[j]`; before `at[0]` the two are equal. Text whose
     * letters are only swapped one for one has no breakpoint at all.
     */
    private readonly at: Int32Array,
    private readonly delta: Int32Array
  ) {}
  /** Raw offset of the raw unit that produced normalized unit `k` (0 ≤ k < text.length). */
  private startOf(k: number): number {
    const at = this.at
    let lo = 0
    let hi = at.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (at[mid]! <= k) lo = mid + 1
      else hi = mid
    }
    return lo === 0 ? k : k + this.delta[lo - 1]!
  }
  rawStart(i: number): number {
    return i >= 0 && i < this.text.length ? this.startOf(i) : i < 0 ? 0 : this.raw.length
  }
  rawEnd(i: number): number {
    const n = this.text.length
    if (n === 0) return this.raw.length
    const k = Math.min(Math.max(i, 0), n - 1)
    if (k + 1 === n) return this.raw.length
    const here = this.startOf(k)
    const next = this.startOf(k + 1)
    // units of one expansion share a raw unit; otherwise removed characters belong to the unit before them
    return next > here ? next : here + 1
  }
  toRaw(start: number, end: number): Span {
    const n = this.text.length
    const s = Math.min(Math.max(start, 0), n)
    const e = Math.min(Math.max(end, s), n)
    if (e === s) {
      const at = this.rawStart(s)
      return { start: at, end: at }
    }
    return { start: this.startOf(s), end: this.rawEnd(e - 1) }
  }
}

// Scratch buffers reused across calls: the raw text is copied in as UTF-16 code units in one native
// call (much faster than charCodeAt per unit), and the output is decoded in one native call.
let scratchIn = new Uint16Array(1024)
let scratchOut = new Uint16Array(1024)
let scratchAt = new Int32Array(64)
let scratchDelta = new Int32Array(64)
let breakpoints = 0

const breakpoint = (o: number, delta: number): void => {
  if (breakpoints === scratchAt.length) {
    const at = new Int32Array(breakpoints * 2)
    at.set(scratchAt)
    scratchAt = at
    const d = new Int32Array(breakpoints * 2)
    d.set(scratchDelta)
    scratchDelta = d
  }
  scratchAt[breakpoints] = o
  scratchDelta[breakpoints++] = delta
}

const ensure = (n: number): void => {
  if (scratchIn.length < n) {
    const size = Math.max(n, scratchIn.length * 2)
    scratchIn = new Uint16Array(size)
  }
}

const ensureOut = (n: number, keep: number): void => {
  if (scratchOut.length < n) {
    const size = Math.max(n, scratchOut.length * 2)
    const out = new Uint16Array(size)
    out.set(scratchOut.subarray(0, keep))
    scratchOut = out
  }
}

/**
 * Runs the compiled table over `raw`; returns the output length. Output in scratchOut; with `withMap`,
 * the offset map's breakpoints in scratchAt/scratchDelta (see NormalizedText).
 */
const run = (raw: string, profile: NormalizeProfile, withMap: boolean): number => {
  const { actions, expansions, expansionHasSpace } = compiled(profile)
  const n = raw.length
  ensure(n)
  ensureOut(n + 16, 0)
  Buffer.from(scratchIn.buffer, 0, n * 2).write(raw, 0, n * 2, "utf16le")
  const inp = scratchIn
  let out = scratchOut
  let o = 0
  let lastSpace = false
  // raw offset minus normalized offset of the unit written last; a breakpoint is kept where it changes
  let delta = 0
  breakpoints = 0
  for (let i = 0; i < n; i++) {
    const a = actions[inp[i]!]!
    if (a >= 0) {
      if (withMap && i - o !== delta) breakpoint(o, (delta = i - o))
      out[o++] = a
      lastSpace = false
    } else if (a === SPACE) {
      if (!lastSpace) {
        if (withMap && i - o !== delta) breakpoint(o, (delta = i - o))
        out[o++] = 0x20
        lastSpace = true
      }
    } else if (a !== DELETE) {
      const k = EXPAND_BASE - a
      const units = expansions[k]!
      if (o + units.length + (n - i) >= out.length) {
        ensureOut(o + units.length + (n - i) + 16, o)
        out = scratchOut
      }
      const spaced = expansionHasSpace[k]!
      for (let j = 0; j < units.length; j++) {
        const u = units[j]!
        if (spaced && u === 0x20 && lastSpace) continue
        if (withMap && i - o !== delta) breakpoint(o, (delta = i - o))
        out[o++] = u
        lastSpace = u === 0x20
      }
    }
  }
  return o
}

const decode = (o: number): string => Buffer.from(scratchOut.buffer, 0, o * 2).toString("utf16le")

/**
 * Normalizes Arabic text and keeps, for every normalized character, the raw characters it came
 * from, so that a span found in the normalized text converts back to raw `start`/`end`.
 * Characters that are removed (diacritics, tatweel, controls, collapsed white space) belong to the
 * character before them. Idempotent: `normalize(normalize(x, p).text, p).text === normalize(x, p).text`.
 *
 * @param raw the text as decoded
 * @param profile `"display"` (default), `"match"`, or options
 * @example
 * ```ts
 * import { normalize } from "akhbar"
 * normalize("إيران  ١٢٣", "match").text // "ايران 123"
 * ```
 */
export const normalize = (raw: string, profile: NormalizeProfile = "display"): Normalized => {
  const o = run(raw, profile, true)
  return new NormalizedText(decode(o), raw, scratchAt.slice(0, breakpoints), scratchDelta.slice(0, breakpoints))
}

/**
 * Normalizes text without keeping the offset map (faster; for keys and lookups).
 *
 * @example
 * ```ts
 * import { normalizeText } from "akhbar"
 * normalizeText("الأُمَم المتّحدة", "match") // "الامم المتحده"
 * ```
 */
export const normalizeText = (raw: string, profile: NormalizeProfile = "display"): string => decode(run(raw, profile, false))
