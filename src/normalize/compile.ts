import * as C from "./characters.js"
import { NormalizeOptions, PROFILES, type NormalizeProfile } from "./options.js"

/** Action codes in a compiled table: a value ≥ 0 is the replacement code unit. */
export const DELETE = -1
export const SPACE = -2
/** Expansion k is stored as `EXPAND_BASE - k`. */
export const EXPAND_BASE = -3

/** A compiled normalizer: one action per UTF-16 code unit, and the expansions it refers to. */
export interface CompiledTable {
  readonly options: NormalizeOptions
  readonly actions: Int32Array
  readonly expansions: ReadonlyArray<Uint16Array>
  /** true when an expansion contains a space (then it must collapse with neighbours). */
  readonly expansionHasSpace: ReadonlyArray<boolean>
}

const inRanges = (c: number, ranges: ReadonlyArray<readonly [number, number]>): boolean =>
  ranges.some(([lo, hi]) => c >= lo && c <= hi)

const setOf = (xs: ReadonlyArray<number>): ReadonlySet<number> => new Set(xs)
const WHITESPACE = setOf(C.WHITESPACE)
const CONTROLS = setOf(C.CONTROL_CHARS)
const ALEFS = setOf(C.ALEF_FORMS)
const DQ = setOf(C.DOUBLE_QUOTES)
const SQ = setOf(C.SINGLE_QUOTES)
const DASHES = setOf(C.DASHES)
const PERSIAN = new Map(C.PERSIAN_LETTERS)
const NUMBER_PUNCT = new Map(C.NUMBER_PUNCTUATION)

/** What one code unit becomes under `o`, ignoring presentation forms: a code, DELETE or SPACE. */
const mapUnit = (c: number, o: NormalizeOptions): number => {
  if (o.controls && CONTROLS.has(c)) return DELETE
  if (o.whitespace && WHITESPACE.has(c)) return SPACE
  if (o.digits) {
    for (const zero of C.DIGIT_ZEROS) if (c >= zero && c <= zero + 9) return 0x30 + (c - zero)
    const p = NUMBER_PUNCT.get(c)
    if (p !== undefined) return p
  }
  if (o.persian) {
    const p = PERSIAN.get(c)
    if (p !== undefined) c = p
  }
  if (o.diacritics && inRanges(c, C.DIACRITIC_RANGES)) return DELETE
  if (o.tatweel && c === C.TATWEEL) return DELETE
  if (o.alef && ALEFS.has(c)) return C.ALEF
  if (o.alefMaqsura && c === C.ALEF_MAQSURA) return C.YEH
  if (o.taMarbuta && c === C.TEH_MARBUTA) return C.HEH
  if (o.quotes && DQ.has(c)) return 0x22
  if (o.quotes && SQ.has(c)) return 0x27
  if (o.dashes && DASHES.has(c)) return 0x2d
  return c
}

const compile = (options: NormalizeOptions): CompiledTable => {
  const actions = new Int32Array(0x10000)
  const expansions: Array<Uint16Array> = []
  const expansionHasSpace: Array<boolean> = []
  for (let c = 0; c < 0x10000; c++) {
    if (options.presentation && inRanges(c, C.PRESENTATION_RANGES)) {
      const folded = String.fromCharCode(c).normalize("NFKC")
      if (folded.length !== 1 || folded.charCodeAt(0) !== c) {
        const units: Array<number> = []
        let space = false
        for (let i = 0; i < folded.length; i++) {
          const a = mapUnit(folded.charCodeAt(i), options)
          if (a === DELETE) continue
          if (a === SPACE) {
            if (units.length > 0 && units[units.length - 1] === 0x20) continue
            units.push(0x20)
            space = true
          } else units.push(a)
        }
        if (units.length === 0) actions[c] = DELETE
        else if (units.length === 1 && !space) actions[c] = units[0]!
        else {
          actions[c] = EXPAND_BASE - expansions.length
          expansions.push(Uint16Array.from(units))
          expansionHasSpace.push(space)
        }
        continue
      }
    }
    actions[c] = mapUnit(c, options)
  }
  return { options, actions, expansions, expansionHasSpace }
}

const cache = new Map<string, CompiledTable>()

/**
 * Resolves a profile name or partial options to full, validated options.
 * Throws a `ZodError` naming the option when an option is unknown or not a boolean.
 *
 * @example
 * ```ts
 * import { resolveNormalizeOptions } from "akhbar"
 * resolveNormalizeOptions("match").alef // true
 * resolveNormalizeOptions({ alef: true }).diacritics // false
 * ```
 */
export const resolveNormalizeOptions = (profile: NormalizeProfile): NormalizeOptions => {
  if (typeof profile === "string") {
    const p = PROFILES[profile]
    if (p === undefined) {
      throw new TypeError(`Unknown normalization profile "${String(profile)}": use "display" or "match", or pass options.`)
    }
    return p
  }
  return NormalizeOptions.parse(profile)
}

const byName = new Map<string, CompiledTable>()
const byObject = new WeakMap<object, CompiledTable>()

/** Compiles (and caches) the action table of a profile. */
export const compiled = (profile: NormalizeProfile): CompiledTable => {
  const hit = typeof profile === "string" ? byName.get(profile) : byObject.get(profile)
  if (hit !== undefined) return hit
  const options = resolveNormalizeOptions(profile)
  const key = JSON.stringify(options)
  let table = cache.get(key)
  if (table === undefined) {
    table = compile(options)
    cache.set(key, table)
  }
  if (typeof profile === "string") byName.set(profile, table)
  else byObject.set(profile, table)
  return table
}
