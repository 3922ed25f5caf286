import { findDates } from "../dates/find.js"
import { parseOptions } from "../dates/options.js"
import type { QuantityRecord } from "../model/quantity.js"
import { lookupAt, preload } from "./clitics.js"
import { claimRoles } from "./token-roles.js"
import { CurrencyResolver } from "./currency.js"
import { newScan, type Scan } from "./draft.js"
import { inheritUnits } from "./inherit.js"
import { DEFINITE_CARDINAL, NUMBER_STARTS, ORDINAL_PREFIX, ORDINAL_TEN, ORDINAL_UNIT } from "./lexicon.js"
import { leadsQuantity, nounQuantity } from "./noun-quantity.js"
import { numberQuantity } from "./number-quantity.js"
import { QuantityOptions, type ResolvedQuantityOptions } from "./options.js"
import { ordinalQuantity } from "./ordinal-quantity.js"
import { readPhrase } from "./phrase.js"
import { safely } from "./safe.js"
import { prepare } from "./prepare.js"
import { LATIN, PUNCT, WORD } from "./tokens.js"
import { UNIT_WORDS } from "./units-lexicon.js"

/**
 * A quantity found in a text: a `quantities` record without its document and segment ids.
 *
 * @example
 * ```ts
 * const q: Quantity = extractQuantities("50 دولارا")[0]! // { value: 50, unit: "USD", kind: "money", … }
 * ```
 */
export type Quantity = Omit<QuantityRecord, "doc_id" | "seg_id">

const DEFAULTS: ResolvedQuantityOptions = QuantityOptions.parse({})

/** Words that can start a quantity: number words, ordinals, units and counted nouns. */
const STARTS: ReadonlyMap<string, true> = new Map([...NUMBER_STARTS.keys(), ...UNIT_WORDS.keys()].map((k) => [k, true as const]))
preload(STARTS)

/** What a word can be to the scan, with or without proclitics: token role bits (see `claimRoles`). */
const START = 1
const NUMBER_START = 2
const DEFINITE = 4
const ORDINAL = 8
const LEADING_NOUN = 16
const SHIFT = claimRoles(
  [
    [STARTS.keys(), START],
    [NUMBER_STARTS.keys(), NUMBER_START],
    [DEFINITE_CARDINAL.keys(), DEFINITE],
    [[...ORDINAL_UNIT.keys(), ...ORDINAL_TEN.keys(), ...ORDINAL_PREFIX.keys()], ORDINAL],
    [[...UNIT_WORDS].filter(([, sense]) => leadsQuantity(sense)).map(([k]) => k), LEADING_NOUN]
  ],
  5
)

/** Reads every quantity of the scan's text into drafts. */
const scanQuantities = (s: Scan): void => {
  const t = s.t
  const w = t.words
  let i = 0
  while (i < t.count) {
    const type = t.types[i]
    if (s.inDate[i] === 1 || type === PUNCT || type === LATIN) {
      i++
      continue
    }
    if (type === WORD) {
      // most words start nothing: their roles tell (or a definite number after a possessed noun)
      const roles = (t.roles[i]! >>> SHIFT) & 31
      const beforeDefinite = t.types[i + 1] === WORD && ((t.roles[i + 1]! >>> SHIFT) & DEFINITE) !== 0
      if (((roles & START) === 0 || lookupAt(STARTS, t, i) === undefined) && !(beforeDefinite && lookupAt(DEFINITE_CARDINAL, t, i + 1) !== undefined && DEFINITE_CARDINAL.has(w[i + 1]!))) {
        i++
        continue
      }
      // an ordinal needs an ordinal word, a noun quantity a noun that can lead one or a definite number after it
      const a = ((roles & ORDINAL) !== 0 ? ordinalQuantity(s, i) : undefined) ?? ((roles & LEADING_NOUN) !== 0 || beforeDefinite ? nounQuantity(s, i) : undefined)
      if (a !== undefined) {
        i = Math.max(a, i + 1)
        continue
      }
      // a numeral starts only at a number word (most starts are counted nouns and units)
      if ((roles & NUMBER_START) === 0 || lookupAt(NUMBER_STARTS, t, i) === undefined) {
        i++
        continue
      }
    }
    const ph = readPhrase(t, i, s.o.raDecimal)
    i = ph === undefined ? i + 1 : Math.max(numberQuantity(s, ph), i + 1)
  }
}

const extract = (text: string, o: ResolvedQuantityOptions): Array<Quantity> => {
  const t = prepare(text)
  const inDate = new Uint8Array(t.count + 1)
  if (o.skipDates) for (const h of findDates(t)) for (let k = h.first; k <= h.last; k++) inDate[k] = 1
  const s = newScan(t, o, inDate)
  scanQuantities(s)
  if (o.inherit) inheritUnits(s)
  let resolver: CurrencyResolver | undefined
  const out: Array<Quantity> = []
  for (const d of s.drafts) {
    if (d.unit === null && !o.bare) continue
    let unit = d.unit?.unit ?? "item"
    const kind = d.unit?.kind ?? "count"
    let currency = d.unit?.currency ?? null
    const fam = d.unit?.family ?? null
    if (fam !== null) {
      resolver ??= new CurrencyResolver(t, o.context)
      currency = resolver.resolve(fam, d.numeral) ?? o.currencies?.[fam.token] ?? null
      unit = currency ?? fam.token
    }
    const span = t.norm.toRaw(t.starts[d.first]! + d.cut, t.ends[d.last]!)
    if (span.end <= span.start || !Number.isFinite(d.value)) continue
    out.push({
      start: span.start,
      end: span.end,
      text: text.slice(span.start, span.end),
      value: d.value,
      unit,
      kind,
      approx: d.approx,
      value_max: d.valueMax,
      currency: kind === "money" ? currency : null
    })
  }
  return out
}

/**
 * Finds the quantities of an Arabic text: every number (digits of any script or words) with what
 * it measures — money (ISO 4217), percentages, durations, measures, counted nouns (→ English
 * token), ordinals — and its qualifier ("نحو" → about, "أكثر من" → more_than, "بين 10 و15" →
 * range). Numbers inside dates, names ("كوفيد-19", "G20"), labels ("القرار 1701"), clock times,
 * phone numbers, page counters and section numbers are left out. Offsets are UTF-16 offsets into
 * `text` and `text.slice(start, end) === record.text`. Never throws on any text; throws a
 * `TypeError` naming the option when an option is invalid.
 *
 * @param text the text to read
 * @param options see {@link QuantityOptions}
 * @example
 * ```ts
 * import { extractQuantities } from "akhbar"
 * extractQuantities("تنشر واشنطن نحو 2500 جندي")
 * // [{ start: 12, end: 25, text: "نحو 2500 جندي", value: 2500, unit: "soldier", kind: "count",
 * //    approx: "about", value_max: null, currency: null }]
 * ```
 */
export const extractQuantities = (text: string, options?: QuantityOptions): Array<Quantity> => {
  const o = options === undefined ? DEFAULTS : parseOptions(QuantityOptions, options, "extractQuantities")
  return extractWith(text, o)
}

/**
 * {@link extractQuantities} with the default options and a wider `context` (the pipeline's, which
 * passes each segment with its document's content), without validating options on every call.
 *
 * @example
 * ```ts
 * extractQuantitiesInContext("بلغ 3 مليارات دينار", "قال البنك المركزي الكويتي …")[0]?.currency // "KWD"
 * ```
 */
export const extractQuantitiesInContext = (text: string, context: string | undefined): Array<Quantity> =>
  extractWith(text, context === undefined ? DEFAULTS : { ...DEFAULTS, context })

const extractWith = (text: string, o: ResolvedQuantityOptions): Array<Quantity> => {
  if (typeof text !== "string" || text.length === 0) return []
  return safely(() => extract(text, o), [])
}
