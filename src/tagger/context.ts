/**
 * Document context for the second pass: what a first-pass tagging said about the other
 * occurrences of the same word in nearby sentences (a window of sentences on either side), and
 * the first-pass labels around the token. Repeated names in an article are then tagged alike even
 * when only some of their mentions stand in a telling context.
 */
import type { WordInfo } from "./features.js"
import { combine, fnv1a } from "./hashing.js"
import { NUM_LABELS, typeOf } from "./labels.js"

const T = {
  doc: fnv1a("DOC"),
  docO: fnv1a("DOC:O"),
  docMaj: fnv1a("DOC:MAJ"),
  docB: fnv1a("DOC:B"),
  p0: fnv1a("P1"),
  pm1: fnv1a("P1-1"),
  pp1: fnv1a("P1+1"),
  trio: fnv1a("P1-1|P1|P1+1")
} as const

/**
 * Sentences on either side whose words count as the same document (default).
 *
 * @example
 * ```ts
 * import { DEFAULT_WINDOW } from "./context.js" // internal to src/tagger
 * DEFAULT_WINDOW // 10
 * ```
 */
export const DEFAULT_WINDOW = 10

/** Slot of a label in the per-word counts: 0 = O, 1 + type = entity of that type (B or I). */
const SLOTS = 5

/**
 * Second-pass features of a run of consecutive sentences: for each token, keys describing the
 * first-pass labels of the other occurrences of its core word (proclitics and article removed)
 * within `window` sentences, and its own and its neighbours' first-pass labels.
 *
 * @param sentences the words of each sentence (see `FeatureExtractor.word`), in document order
 * @param firstPass first-pass label ids of each sentence
 * @param window sentences on either side that count as context
 * @returns per sentence, `keys[offsets[i] .. offsets[i + 1])` for token i
 * @example
 * ```ts
 * import { contextFeatures } from "./context.js" // internal to src/tagger
 * // const infos = [["قال", "فرويد"], ["ان", "فرويد"]].map((ws) => ws.map((w) => fx.word(w)))
 * // contextFeatures(infos, [Uint8Array.of(0, 1), Uint8Array.of(0, 0)], 10)
 * // → the second فرويد gets a feature saying another occurrence was tagged PERSON
 * ```
 */
export const contextFeatures = (
  sentences: ReadonlyArray<ReadonlyArray<WordInfo>>,
  firstPass: ReadonlyArray<ArrayLike<number>>,
  window: number = DEFAULT_WINDOW
): Array<{ offsets: Int32Array; keys: Uint32Array }> => {
  const m = sentences.length
  // a small id per distinct core (0: the token takes no document features)
  const idOf = new Map<number, number>()
  const ids: Array<Int32Array> = sentences.map((infos) => {
    const out = new Int32Array(infos.length)
    for (let i = 0; i < infos.length; i++) {
      const k = infos[i]!.docKey
      if (k === 0) continue
      let id = idOf.get(k)
      if (id === undefined) {
        id = idOf.size + 1
        idOf.set(k, id)
      }
      out[i] = id
    }
    return out
  })
  const W = SLOTS + 1
  const counts = new Int32Array((idOf.size + 1) * W)
  const add = (s: number, sign: number): void => {
    const cs = ids[s]!
    const labels = firstPass[s]!
    for (let i = 0; i < cs.length; i++) {
      const c = cs[i]!
      if (c === 0) continue
      const l = labels[i]!
      counts[c * W + (l === 0 ? 0 : 1 + typeOf(l))]! += sign
      if (l !== 0 && (l & 1) === 1) counts[c * W + SLOTS]! += sign // begins an entity
    }
  }
  for (let s = 0; s <= Math.min(window, m - 1); s++) add(s, 1)
  const out: Array<{ offsets: Int32Array; keys: Uint32Array }> = []
  const buf: Array<number> = []
  const own = new Int32Array(SLOTS + 1)
  for (let s = 0; s < m; s++) {
    if (s > 0) {
      if (s + window < m) add(s + window, 1)
      if (s - window - 1 >= 0) add(s - window - 1, -1)
    }
    const cs = ids[s]!
    const labels = firstPass[s]!
    const n = cs.length
    const offsets = new Int32Array(n + 1)
    buf.length = 0
    for (let i = 0; i < n; i++) {
      offsets[i] = buf.length
      const l = labels[i]!
      const prev = i > 0 ? labels[i - 1]! : NUM_LABELS
      const next = i + 1 < n ? labels[i + 1]! : NUM_LABELS
      buf.push(combine(T.p0, l), combine(T.pm1, prev), combine(T.pp1, next), combine(T.trio, (prev * 16 + l) * 16 + next))
      const c = cs[i]!
      if (c === 0) continue
      // the other occurrences: the window's counts minus this token
      own.set(counts.subarray(c * W, c * W + W))
      own[l === 0 ? 0 : 1 + typeOf(l)]! -= 1
      if (l !== 0 && (l & 1) === 1) own[SLOTS]! -= 1
      let total = 0
      for (let k = 0; k < SLOTS; k++) total += own[k]!
      if (total <= 0) continue
      let best = 0
      for (let k = 1; k < SLOTS; k++) {
        const x = own[k]!
        if (x === 0) continue
        buf.push(combine(T.doc, k * 8 + Math.min(x, 3)))
        if (x > own[best]!) best = k
      }
      if (best === 0) buf.push(combine(T.docO, Math.min(total, 3)))
      else {
        buf.push(combine(T.docMaj, best * 8 + (2 * own[best]! >= total ? 1 : 0)))
        // how many of the other occurrences begin an entity: none, a minority, most
        const b = own[SLOTS]!
        buf.push(combine(T.docB, best * 4 + (b === 0 ? 0 : 2 * b > own[best]! ? 2 : 1)))
      }
    }
    offsets[n] = buf.length
    out.push({ offsets, keys: Uint32Array.from(buf) })
  }
  return out
}

/**
 * Concatenates two feature lists of the same sentence, token by token.
 *
 * @example
 * ```ts
 * import { mergeFeatures } from "./context.js" // internal to src/tagger
 * const a = { offsets: Int32Array.of(0, 1), keys: Uint32Array.of(7) }
 * const b = { offsets: Int32Array.of(0, 2), keys: Uint32Array.of(8, 9) }
 * mergeFeatures(a, b).keys // Uint32Array [7, 8, 9]
 * ```
 */
export const mergeFeatures = (
  a: { readonly offsets: Int32Array; readonly keys: Uint32Array },
  b: { readonly offsets: Int32Array; readonly keys: Uint32Array }
): { offsets: Int32Array; keys: Uint32Array } => {
  const n = a.offsets.length - 1
  const offsets = new Int32Array(n + 1)
  const keys = new Uint32Array(a.keys.length + b.keys.length)
  let o = 0
  for (let i = 0; i < n; i++) {
    offsets[i] = o
    keys.set(a.keys.subarray(a.offsets[i]!, a.offsets[i + 1]!), o)
    o += a.offsets[i + 1]! - a.offsets[i]!
    keys.set(b.keys.subarray(b.offsets[i]!, b.offsets[i + 1]!), o)
    o += b.offsets[i + 1]! - b.offsets[i]!
  }
  offsets[n] = o
  return { offsets, keys }
}
