/**
 * Entity-level evaluation of the rules-based recognizer on a CoNLL file (`token TAG` per line,
 * ANERcorp style: B-PERS/I-PERS/B-LOC/I-LOC/B-ORG/I-ORG/B-MISC/I-MISC/O).
 *
 *   npm run eval:anercorp -- PATH [--window N] [--errors N] [--types PERSON,LOC,ORG]
 *
 * Sentences end at a blank line or at a sentence-final punctuation token (. ! ? ؟). Each
 * sentence is its tokens joined with spaces; `extractMentions` runs on it (or
 * `extractDocumentMentions` on windows of N sentences, so that the family-name pass sees
 * neighbouring sentences); mentions are mapped back to the tokens they touch (a mention inside
 * a token, after its proclitics, covers that token) and scored conlleval style: an entity counts
 * when its token span and type both match exactly. PERS is read as PERSON.
 *
 * @example
 * ```sh
 * npm run eval:anercorp -- data/ANERCorp_CamelLab_train.txt --errors 20
 * ```
 */
import { readFileSync } from "node:fs"
import { extractDocumentMentions } from "../src/entities/extract.js"
import { mentionTokenSpans } from "../src/entities/rule-hints.js"
import type { Mention } from "../src/entities/types.js"

type Type = "PERSON" | "LOC" | "ORG" | "MISC"
const TYPES: ReadonlyArray<Type> = ["PERSON", "LOC", "ORG", "MISC"]

interface Sentence {
  readonly tokens: ReadonlyArray<string>
  readonly tags: ReadonlyArray<string>
}

interface Span {
  readonly first: number
  readonly last: number
  readonly type: Type
}

const SENTENCE_END = new Set([".", "!", "?", "؟"])

const typeOf = (tag: string): Type | null => {
  const t = tag.slice(2)
  if (t === "PERS" || t === "PER" || t === "PERSON") return "PERSON"
  if (t === "LOC" || t === "ORG" || t === "MISC") return t
  return null
}

/** Reads CoNLL lines into sentences. */
export const readConll = (text: string): Array<Sentence> => {
  const out: Array<Sentence> = []
  let tokens: Array<string> = []
  let tags: Array<string> = []
  const flush = (): void => {
    if (tokens.length > 0) out.push({ tokens, tags })
    tokens = []
    tags = []
  }
  for (const line of text.split(/\r?\n/u)) {
    const trimmed = line.trim()
    if (trimmed === "") {
      flush()
      continue
    }
    const cut = trimmed.lastIndexOf(" ")
    const token = cut < 0 ? trimmed : trimmed.slice(0, cut).trim()
    const tag = cut < 0 ? "O" : trimmed.slice(cut + 1)
    if (token === "") continue
    tokens.push(token)
    tags.push(tag)
    if (SENTENCE_END.has(token)) flush()
  }
  flush()
  return out
}

/** Gold entities of a sentence from BIO tags (an I- that does not continue starts an entity). */
export const goldSpans = (tags: ReadonlyArray<string>): Array<Span> => {
  const out: Array<Span> = []
  let open: { first: number; type: Type } | null = null
  const close = (last: number): void => {
    if (open !== null) out.push({ first: open.first, last, type: open.type })
    open = null
  }
  tags.forEach((tag, i) => {
    const type = tag === "O" ? null : typeOf(tag)
    if (type === null) {
      close(i - 1)
      return
    }
    const begin = tag.startsWith("B-")
    if (open !== null && (begin || open.type !== type)) close(i - 1)
    if (open === null) open = { first: i, type }
  })
  close(tags.length - 1)
  return out
}

/** Maps mentions over the joined sentence back to token spans (one per distinct span). */
export const predictedSpans = (tokens: ReadonlyArray<string>, mentions: ReadonlyArray<Mention>): Array<Span> => {
  const seen = new Set<string>()
  const out: Array<Span> = []
  for (const t of mentionTokenSpans(tokens, mentions)) {
    const span: Span = { first: t.start, last: t.end - 1, type: t.type }
    const key = `${span.first}:${span.last}`
    if (seen.has(key)) continue
    seen.add(key)
    out.push(span)
  }
  return out
}

interface Counts {
  tp: number
  fp: number
  fn: number
}

const score = (c: Counts): { p: number; r: number; f: number } => {
  const p = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp)
  const r = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn)
  return { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) }
}

const pct = (x: number): string => (100 * x).toFixed(2).padStart(6)

const main = (): void => {
  const args = process.argv.slice(2)
  const path = args.find((a, i) => !a.startsWith("--") && (i === 0 || !args[i - 1]!.startsWith("--")))
  const opt = (name: string): string | undefined => {
    const i = args.indexOf(`--${name}`)
    return i >= 0 ? args[i + 1] : undefined
  }
  if (path === undefined) {
    console.error("usage: tsx scripts/eval-anercorp.ts PATH [--window N] [--errors N] [--types PERSON,LOC,ORG]")
    process.exit(2)
  }
  const window = Math.max(1, Number(opt("window") ?? "1"))
  const errors = Number(opt("errors") ?? "0")
  const only = opt("types")?.split(",") as Array<Type> | undefined
  const sentences = readConll(readFileSync(path, "utf8"))
  const counts = new Map<Type, Counts>(TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]))
  const fps: Array<string> = []
  const fns: Array<string> = []
  let chars = 0
  let ms = 0
  // compile the lexicon and gazetteer before timing
  extractDocumentMentions(["بغداد"])
  for (let s0 = 0; s0 < sentences.length; s0 += window) {
    const group = sentences.slice(s0, s0 + window)
    const texts = group.map((s) => s.tokens.join(" "))
    const t0 = performance.now()
    const found = extractDocumentMentions(texts)
    ms += performance.now() - t0
    group.forEach((sentence, gi) => {
      const text = texts[gi]!
      chars += text.length
      const gold = goldSpans(sentence.tags).filter((g) => only === undefined || only.includes(g.type))
      const pred = predictedSpans(sentence.tokens, found[gi]!).filter((p) => only === undefined || only.includes(p.type))
      const key = (x: Span): string => `${x.first}:${x.last}:${x.type}`
      const goldKeys = new Set(gold.map(key))
      const predKeys = new Set(pred.map(key))
      const show = (x: Span): string =>
        `${x.type.padEnd(6)} ${sentence.tokens.slice(x.first, x.last + 1).join(" ")}  |  ${sentence.tokens.slice(Math.max(0, x.first - 4), x.last + 4).join(" ")}`
      for (const g of gold) {
        const c = counts.get(g.type)!
        if (predKeys.has(key(g))) c.tp++
        else {
          c.fn++
          fns.push(show(g))
        }
      }
      for (const p of pred) {
        if (!goldKeys.has(key(p))) {
          counts.get(p.type)!.fp++
          fps.push(show(p))
        }
      }
    })
  }
  const total: Counts = { tp: 0, fp: 0, fn: 0 }
  console.log(`${path}: ${sentences.length} sentences, window ${window}`)
  console.log("type     precision  recall     F1    (tp / fp / fn)")
  for (const t of TYPES) {
    const c = counts.get(t)!
    total.tp += c.tp
    total.fp += c.fp
    total.fn += c.fn
    const s = score(c)
    console.log(`${t.padEnd(8)} ${pct(s.p)}    ${pct(s.r)}  ${pct(s.f)}    (${c.tp} / ${c.fp} / ${c.fn})`)
  }
  const s = score(total)
  console.log(`${"overall".padEnd(8)} ${pct(s.p)}    ${pct(s.r)}  ${pct(s.f)}    (${total.tp} / ${total.fp} / ${total.fn})`)
  const noMisc: Counts = { tp: total.tp, fp: total.fp, fn: total.fn }
  const misc = counts.get("MISC")!
  noMisc.tp -= misc.tp
  noMisc.fp -= misc.fp
  noMisc.fn -= misc.fn
  const sm = score(noMisc)
  console.log(`${"no MISC".padEnd(8)} ${pct(sm.p)}    ${pct(sm.r)}  ${pct(sm.f)}    (PERSON, LOC, ORG only)`)
  console.log(
    `speed: ${(chars / 1e6 / (ms / 1000)).toFixed(2)} M chars/s over ${Math.ceil(sentences.length / window)} calls (short texts: per-call overhead dominates)`
  )
  if (errors > 0) {
    console.log(`\nfalse positives (first ${errors}):`)
    for (const x of fps.slice(0, errors)) console.log(`  ${x}`)
    console.log(`\nmissed (first ${errors}):`)
    for (const x of fns.slice(0, errors)) console.log(`  ${x}`)
  }
}

main()
