import type { EntityType } from "../model/vocabulary.js"
import { bundledGazetteer, type GazetteerIndex } from "./gazetteer.js"
import { defaultLexicon, F, type Lexicon } from "./lexicon.js"
import { gazetteerCandidates } from "./patterns/gazetteer.js"
import { orgCandidates } from "./patterns/org.js"
import { reportedCandidates, shapeCandidates, titleCandidates } from "./patterns/person.js"
import { placeCandidates } from "./patterns/place.js"
import { rereadSharedPlaces } from "./patterns/shared-places.js"
import { relinkShortOrgs } from "./patterns/short-orgs.js"
import { isSportsDocument } from "./patterns/sports.js"
import { candidateWords, collectGivenNames, collectSurnames, relinkShortNames, surnameCandidates, type GivenNames, type Surnames } from "./patterns/surnames.js"
import { resolveCandidates } from "./resolve.js"
import { Scan, type Candidate } from "./scan.js"
import { tokenize } from "./tokens.js"
import { MentionOptions, type Mention, type MentionSource } from "./types.js"

/** Options after validation, with defaults. */
interface Settings {
  readonly gazetteer: boolean
  readonly pattern: boolean
  readonly types: ReadonlySet<EntityType> | null
  readonly minConfidence: number
  readonly surnames: boolean
  readonly index: GazetteerIndex
  readonly lexicon: Lexicon
}

const settingsOf = (options: MentionOptions | undefined): Settings => {
  let o: MentionOptions = {}
  if (options !== undefined) {
    const r = MentionOptions.safeParse(options)
    if (!r.success) {
      const issue = r.error.issues[0]
      const keys = issue !== undefined && "keys" in issue ? (issue.keys as ReadonlyArray<string>).join(", ") : ""
      const name = keys !== "" ? keys : (issue?.path.join(".") ?? "")
      throw new TypeError(`extractMentions: invalid option "${name}": ${issue?.message ?? r.error.message}`)
    }
    o = r.data
  }
  const sources = new Set<MentionSource>(o.sources ?? ["gazetteer", "pattern"])
  return {
    gazetteer: sources.has("gazetteer"),
    pattern: sources.has("pattern"),
    types: o.types === undefined ? null : new Set(o.types),
    minConfidence: o.minConfidence ?? 0,
    surnames: o.surnames ?? true,
    index: o.gazetteer ?? bundledGazetteer(),
    lexicon: defaultLexicon()
  }
}

/** A text's gazetteer candidates: the sure ones, and those that need the entity found elsewhere. */
type GazetteerPass = ReturnType<typeof gazetteerCandidates>
const NO_GAZETTEER: GazetteerPass = { found: [], pending: [], clubs: [] }

/** The pattern layers over one text: titles, name shapes, reporting verbs, organization and place heads. */
const patternCandidates = (s: Scan, st: Settings): Array<Candidate> =>
  st.pattern ? [...titleCandidates(s), ...shapeCandidates(s), ...reportedCandidates(s), ...orgCandidates(s), ...placeCandidates(s)] : []

/**
 * First pass over one text: the layers' candidates, then the resolver. `confirmed` are gazetteer
 * names that needed context and whose entity was kept elsewhere in the document.
 */
const firstPass = (s: Scan, gz: GazetteerPass, patterns: ReadonlyArray<Candidate>, confirmed: ReadonlyArray<Candidate>): Array<Candidate> =>
  resolveCandidates(
    s.t,
    [...gz.found, ...confirmed, ...patterns],
    (k) => (s.flags[k]! & F.NAT) !== 0,
    (id, first) => s.gazetteer.forenameAgrees(id, first)
  )

const collapse = (x: string): string => x.replace(/\s+/gu, " ")

/** Turns a kept candidate into a mention over the raw text. */
const toMention = (s: Scan, c: Candidate): Mention => {
  const t = s.t
  const nStart = t.starts[c.first]! + c.cut
  const nEnd = t.ends[c.end - 1]!
  const span = t.norm.toRaw(nStart, nEnd)
  const text = s.raw.slice(span.start, span.end)
  let norm = collapse(t.norm.text.slice(nStart, nEnd))
  const firstLen = t.ends[c.first]! - nStart
  // ل + ال: the span keeps "لل…", norm and key the name as written alone ("الامم")
  if (c.stem.length !== firstLen) norm = c.stem + norm.slice(firstLen)
  let key = c.key ?? candidateWords(s, c).join(" ")
  let role: string | null = null
  if (c.role !== null) {
    const [r0, rcut, r1] = c.role
    const rs = t.norm.toRaw(t.starts[r0]! + rcut, t.ends[r1 - 1]!)
    role = s.raw.slice(rs.start, rs.end)
  }
  const entity_id = c.entityId ?? s.gazetteer.idOf(c.type, key) ?? null
  // a known entity is keyed by its canonical name, whatever alias was printed
  if (entity_id !== null) key = s.gazetteer.keyOf(entity_id) ?? key
  return {
    start: span.start,
    end: span.end,
    text,
    norm,
    type: c.type,
    method: c.source,
    confidence: Math.round(c.confidence * 100) / 100,
    role,
    key,
    entity_id
  }
}

const finish = (s: Scan, kept: ReadonlyArray<Candidate>, st: Settings): Array<Mention> => {
  const out: Array<Mention> = []
  for (const c of kept) {
    if (st.types !== null && !st.types.has(c.type)) continue
    if (c.confidence < st.minConfidence) continue
    out.push(toMention(s, c))
  }
  return out
}

/** Runs both passes over the texts of one document. */
const run = (texts: ReadonlyArray<string>, st: Settings): Array<Array<Mention>> => {
  const scans = texts.map((text) => new Scan(text, tokenize(text), st.lexicon, st.index))
  // a match report reads "على ليفربول" as the club, not the city
  const sports = st.gazetteer && isSportsDocument(scans)
  const gazetteer = scans.map((s) => (st.gazetteer ? gazetteerCandidates(s, sports) : NO_GAZETTEER))
  const patterns = scans.map((s) => patternCandidates(s, st))
  const kept = scans.map((s, i) => firstPass(s, gazetteer[i]!, patterns[i]!, []))
  // a name that needed context counts when its entity was kept anywhere in the document:
  // "فريق الهلال" in one paragraph confirms a bare "الهلال" in the title and the others
  const sure = new Set(kept.flatMap((k) => k.map((c) => c.entityId)).filter((id): id is string => id !== null))
  // in a match report, a city that is also a club found without doubt is that club
  gazetteer.forEach((g, i) => {
    const confirmed = g.pending.filter((c) => c.entityId !== null && sure.has(c.entityId)).map((c) => ({ ...c, confidence: 0.75 }))
    const clubs = g.clubs.filter((c) => c.entityId !== null && sure.has(c.entityId))
    if (confirmed.length === 0 && clubs.length === 0) return
    const found = clubs.length === 0 ? g.found : g.found.filter((c) => !clubs.some((k) => k.first === c.first && k.end === c.end))
    kept[i] = firstPass(scans[i]!, { ...g, found }, patterns[i]!, [...confirmed, ...clubs])
  })
  if (st.pattern && st.surnames) {
    const surnames: Surnames = new Map()
    const given: GivenNames = new Map()
    scans.forEach((s, i) => {
      collectSurnames(s, kept[i]!, surnames)
      collectGivenNames(s, kept[i]!, given)
    })
    scans.forEach((s, i) => {
      const relinked = relinkShortNames(s, kept[i]!, surnames, given)
      const extra = surnameCandidates(s, relinked, surnames)
      if (extra.length === 0) {
        kept[i] = relinked
        return
      }
      // a family name may replace a one-word place it stands on
      const rest = relinked.filter((c) => !extra.some((e) => e.first < c.end && c.first < e.end))
      kept[i] = [...rest, ...extra].sort((a, b) => a.first - b.first)
    })
  }
  // "مجلس النواب" after "مجلس النواب العراقي" in the same document is that parliament
  // "عمان" is Oman in a document that names سلطنة عمان or مسقط, Amman otherwise
  const linked = relinkShortOrgs(scans, rereadSharedPlaces(scans, kept))
  return scans.map((s, i) => finish(s, linked[i]!, st))
}

/**
 * Finds the named entities of a string: persons, organizations, places (and MISC from the
 * gazetteer). Layers — the gazetteer (longest match over normalized names and aliases,
 * proclitics handled), patterns (titles and roles before names, name shapes, organization and
 * place heads), then bare family names of persons named in full — are combined by one overlap
 * resolver (longest span, then gazetteer before pattern, then confidence). A plain synchronous
 * function; never throws on odd text (a wrong option throws a `TypeError` naming it).
 *
 * Spans: `text.slice(start, end) === mention.text`; proclitics are left out of the span
 * ("لواشنطن" → "واشنطن", "بالعراق" → "العراق"), except ل before the article, whose alef is not
 * written: "للأمم المتحدة" keeps the whole token, with `norm`/`key` "الامم المتحده".
 *
 * @param text any string (a segment or a whole article)
 * @param options see {@link MentionOptions}
 * @example
 * ```ts
 * import { extractMentions } from "akhbar"
 * extractMentions("قال وزير الدفاع الأميركي لويد أوستن في بغداد").map((m) => [m.text, m.type, m.role])
 * // [["لويد أوستن", "PERSON", "وزير الدفاع الأميركي"], ["بغداد", "LOC", null]]
 * ```
 */
export const extractMentions = (text: string, options?: MentionOptions): Array<Mention> => {
  if (typeof text !== "string") throw new TypeError("extractMentions: text must be a string")
  return run([text], settingsOf(options))[0]!
}

/**
 * Like {@link extractMentions} for the segments of one document at once, so that the second
 * pass sees the whole document: a family name alone in one segment ("وقال أوستن") is found and
 * linked when the full name ("لويد أوستن") is in another. Returns one array per text, with
 * offsets into that text.
 *
 * @example
 * ```ts
 * import { extractDocumentMentions } from "akhbar"
 * const [, second] = extractDocumentMentions(["التقى الوزير لويد أوستن نظيره", "وقال أوستن إن"])
 * second?.[0]?.key // "لويد اوستن"
 * ```
 */
export const extractDocumentMentions = (texts: ReadonlyArray<string>, options?: MentionOptions): Array<Array<Mention>> => {
  if (!Array.isArray(texts) || texts.some((t) => typeof t !== "string")) {
    throw new TypeError("extractDocumentMentions: texts must be an array of strings")
  }
  return run(texts, settingsOf(options))
}
