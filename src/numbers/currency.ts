import { CURRENCY_CUE_BARRIERS, CURRENCY_CUES, type CurrencyFamily } from "./data/currencies.js"
import { lookupAt, preload } from "./clitics.js"
import { claimRoles } from "./token-roles.js"
import { normForm } from "./text.js"
import { LINE, tokenize, type Tokens } from "./tokens.js"
import { currencyAdjective, matchUnitWords, UNIT_WORDS } from "./units-lexicon.js"

const CUES = new Map<string, Array<string>>()
for (const [iso, words] of CURRENCY_CUES) {
  for (const w of words) {
    const k = normForm(w)
    if (k.includes(" ")) continue
    const list = CUES.get(k) ?? []
    if (!list.includes(iso)) list.push(iso)
    CUES.set(k, list)
  }
}

/**
 * A currency cue found in a text: where, which code, and whether it is an explicit adjective
 * ("دينار كويتي"). An explicit cue counts for `family` only; a country cue counts for every
 * family but the one of the currency word it sits on (if any).
 */
interface Cue {
  readonly at: number
  readonly iso: string
  readonly explicit: boolean
  readonly family: string | undefined
}

/** Every cue of a text, for all currency families at once (one pass over the tokens). */
const cuesIn = (t: Tokens): Array<Cue> => {
  const out: Array<Cue> = []
  // the adjective of a currency written in full ("ريال قطري") counts once, as that currency's
  let adjective = -1
  for (let k = 0; k < t.count; k++) {
    // one memoized load tells the few tokens that can be either
    const roles = (t.roles[k]! >>> SHIFT) & 3
    if (roles === 0) continue
    const u = (roles & CURRENCY_ROLE) !== 0 && CURRENCY_WORD.has(t.words[k]!) ? matchUnitWords(t.words, k) : undefined
    const family = u?.sense.currency?.token
    if (u !== undefined && family !== undefined) {
      const adj = t.words[u.last + 1]
      const iso = adj === undefined ? undefined : currencyAdjective(family, adj)
      if (iso !== undefined) {
        out.push({ at: k, iso, explicit: true, family })
        adjective = u.last + 1
      }
    }
    if (k === adjective) continue
    const cue = (roles & CUE_ROLE) !== 0 ? lookupAt(CUES, t, k, 3) : undefined
    if (cue !== undefined) for (const iso of cue.value) out.push({ at: k, iso, explicit: false, family })
  }
  return out
}

/** The cues that weigh for `family`: its own explicit adjectives, and country cues not on one of its words. */
const cuesFor = (cues: ReadonlyArray<Cue>, family: CurrencyFamily): Array<Cue> =>
  cues.filter((c) => (c.explicit ? c.family === family.token : c.family !== family.token))

preload(CUES)

/** Single words that start a currency name. */
const CURRENCY_WORD: ReadonlySet<string> = new Set([...UNIT_WORDS].filter(([, s]) => s.currency !== undefined).map(([w]) => w))

/** Roles of a word for {@link cuesIn}, with or without proclitics: a cue, a currency word (token role bits, see `claimRoles`). */
const CUE_ROLE = 1
const CURRENCY_ROLE = 2
const SHIFT = claimRoles(
  [
    [CUES.keys(), CUE_ROLE],
    [CURRENCY_WORD, CURRENCY_ROLE]
  ],
  2
)

/** Cues farther than this (in tokens) are not weighed. */
const WINDOW = 200

const BARRIERS: ReadonlySet<string> = new Set(CURRENCY_CUE_BARRIERS.map(normForm))

/** How many barrier words ({@link CURRENCY_CUE_BARRIERS}, also after و) come before each token. */
const barrierCounts = (t: Tokens): Int32Array => {
  const out = new Int32Array(t.count + 1)
  for (let k = 0; k < t.count; k++) {
    const w = t.words[k]!
    out[k + 1] = out[k]! + (BARRIERS.has(w) || (w.startsWith("و") && BARRIERS.has(w.slice(1))) ? 1 : 0)
  }
  return out
}

/** Weight of a cue on the other side of a barrier word from the amount. */
const ACROSS_BARRIER = 0.3

/** The line number of every token. */
const lineNumbers = (t: Tokens): Int32Array => {
  const out = new Int32Array(t.count + 1)
  let line = 0
  for (let k = 0; k < t.count; k++) {
    if (k > 0 && (t.gaps[k]! & LINE) !== 0) line++
    out[k] = line
  }
  out[t.count] = line
  return out
}

/** The ISO codes a family's adjectives name, made once a family. */
const CANDIDATES = new WeakMap<CurrencyFamily, ReadonlySet<string>>()
const candidatesOf = (family: CurrencyFamily): ReadonlySet<string> => {
  let c = CANDIDATES.get(family)
  if (c === undefined) CANDIDATES.set(family, (c = new Set(family.adjectives.map(([, iso]) => iso))))
  return c
}

/** The last wider context and its cues (the segments of one article share it). */
let lastContext: string | undefined
let lastContextCues: Array<Cue> = []

/**
 * Picks the ISO code of a currency written without its country ("دينار", "ريال") from the text
 * it appears in (and an optional wider context, such as the whole article): the same currency
 * written with its adjective in the same text ("ريال عماني") weighs 10 before the amount and 6 after
 * it, each country cue (بغداد, العراقية, الرياض…) 6, times 0.15 when on another line, times 0.3
 * across a word that turns to another subject (فيما, بينما, في حين), and divided by 1 +
 * (distance/20 tokens)²; cues of the wider context weigh 5 and 0.5, so that a city in the amount's own sentence
 * ("دبي … 302 مليون درهم") outweighs a currency named in full elsewhere in the article ("درهم
 * مغربي"). Returns null when no candidate wins outright.
 *
 * @example
 * ```ts
 * const r = new CurrencyResolver(tokenize("أعلنت بغداد ... 50 ألف دينار"), undefined)
 * r.resolve(family, 8) // "IQD"
 * ```
 */
export class CurrencyResolver {
  private readonly own = new Map<string, Array<Cue>>()
  private readonly wide = new Map<string, Array<Cue>>()
  private ownCues: Array<Cue> | undefined
  private wideCues: Array<Cue> | undefined
  private lines: Int32Array | undefined
  private barriers: Int32Array | undefined
  constructor(
    private readonly tokens: Tokens,
    private readonly context: string | undefined
  ) {}

  /** The ISO code of `family` for a mention at token `at`, or null. */
  resolve(family: CurrencyFamily, at: number): string | null {
    if (family.iso !== null) return family.iso
    let own = this.own.get(family.token)
    if (own === undefined) this.own.set(family.token, (own = cuesFor((this.ownCues ??= cuesIn(this.tokens)), family)))
    let wide = this.wide.get(family.token)
    if (wide === undefined) {
      if (this.wideCues === undefined) {
        this.wideCues = []
        if (this.context !== undefined && this.context.length > 0) {
          if (this.context !== lastContext) {
            lastContextCues = cuesIn(tokenize(this.context))
            lastContext = this.context
          }
          this.wideCues = lastContextCues
        }
      }
      this.wide.set(family.token, (wide = cuesFor(this.wideCues, family)))
    }
    const candidates = candidatesOf(family)
    const scores = new Map<string, number>()
    // nearer cues weigh more, cues on other lines (paragraphs) much less; the currency written with its adjective most.
    // Beyond WINDOW tokens a cue weighs under 1% and is skipped.
    const lines = (this.lines ??= lineNumbers(this.tokens))
    const barriers = (this.barriers ??= barrierCounts(this.tokens))
    let lo = 0
    let hi = own.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (own[mid]!.at < at - WINDOW) lo = mid + 1
      else hi = mid
    }
    for (let k = lo; k < own.length && own[k]!.at <= at + WINDOW; k++) {
      const c = own[k]!
      const d = Math.abs(c.at - at)
      const line = lines[c.at] === lines[at] ? 1 : 0.15
      // a clause that turns to another subject ("فيما خصصت الكويت …") speaks of other amounts;
      // so does a currency written in full after this amount (before it, it names the bare ones after it)
      const across = barriers[Math.max(c.at, at)]! - barriers[Math.min(c.at, at) + 1]! > 0 ? ACROSS_BARRIER : 1
      const weight = c.explicit ? (c.at < at ? 10 : 6) : 6
      scores.set(c.iso, (scores.get(c.iso) ?? 0) + (weight * line * across) / (1 + (d / 20) ** 2))
    }
    for (const c of wide) scores.set(c.iso, (scores.get(c.iso) ?? 0) + (c.explicit ? 5 : 0.5))
    let best: string | null = null
    let bestScore = 0
    let tie = false
    for (const [iso, v] of scores) {
      if (!candidates.has(iso)) continue
      if (v > bestScore + 1e-9) {
        best = iso
        bestScore = v
        tie = false
      } else if (Math.abs(v - bestScore) <= 1e-9) tie = true
    }
    return tie ? null : best
  }
}
