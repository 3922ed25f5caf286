import type { EntityType } from "../model/vocabulary.js"
import { bundledData } from "./data.js"
import { GazetteerEntry, type GazetteerEntryInput } from "./schema.js"
import { HYPHENATED, TokenTrie } from "./trie.js"
import { HYPHEN, tokenize } from "./tokens.js"

/** What the gazetteer trie stores for one name or alias of an entry. */
export interface GazetteerHit {
  /** Index of the entry in {@link GazetteerIndex.entries}. */
  readonly entry: number
  /** The alias needs context to count: the entry is ambiguous (and this is not one of its qualified forms) or the alias has ≤ 2 letters. */
  readonly needsContext: boolean
}

/** Words after which the last word of a name is part of a compound, not a family name (عبد الملك). */
const COMPOUND = new Set(["عبد", "ابو", "ابي", "ابا", "بن", "ابن", "بنت", "ام", "ال"])

/**
 * Last words of compound names (نور الدين, عبد الله, نصر الله), never family names alone
 * (normalized), though they may end a known family name ("فضل الله").
 *
 * @example
 * ```ts
 * import { COMPOUND_ENDS } from "./gazetteer.js" // internal to src/entities
 * COMPOUND_ENDS.has("الله") // true
 * ```
 */
export const COMPOUND_ENDS: ReadonlySet<string> = new Set(["الدين", "الله", "الرحمن", "الاسلام", "الدوله", "الزمان"])

/** Letters (not spaces) of a list of words. */
const lettersOf = (words: ReadonlyArray<string>): number => words.reduce((n, w) => n + w.length, 0)

/**
 * The words of a name as listed and, when it holds "عبد" before a definite word, as often printed
 * in one word ("عبد الله الثاني" → also "عبدالله الثاني", "عبد الرحمن" → "عبدالرحمن").
 */
const spellingsOf = (words: ReadonlyArray<string>): ReadonlyArray<ReadonlyArray<string>> => {
  const joined: Array<string> = []
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!
    const next = words[i + 1]
    if (w === "عبد" && next !== undefined && next.startsWith("ال") && next.length > 2) {
      joined.push(w + next)
      i++
    } else joined.push(w)
  }
  return joined.length === words.length ? [words] : [words, joined]
}

/** The normalized words of a name as the tokenizer splits text. */
const wordsOf = (name: string): ReadonlyArray<string> => tokenize(name).words

/**
 * The phrases of a name as the trie stores them: its words, and when it is written with a hyphen
 * also the words after a hyphen marked with {@link HYPHENATED} ("كوفيد-19" → ["كوفيد", "19"] and
 * ["كوفيد", "-19"]), so that the name matches the text with a space or with the hyphen.
 */
const trieWordsOf = (name: string): ReadonlyArray<ReadonlyArray<string>> => {
  const t = tokenize(name)
  const marked = t.words.map((w, i) => (i > 0 && (t.gaps[i]! & HYPHEN) !== 0 ? HYPHENATED + w : w))
  return marked.some((w, i) => w !== t.words[i]) ? [t.words, marked] : [t.words]
}

/** A trie phrase without the hyphen marks. */
const plainWords = (words: ReadonlyArray<string>): ReadonlyArray<string> => words.map((w) => (w.startsWith(HYPHENATED) ? w.slice(HYPHENATED.length) : w))

/**
 * The forename of normalized name words from word i: one word, or two after عبد / أبو ("عبد
 * اللطيف", "أبو بكر"; "عبدالله" written solid is one).
 *
 * @example
 * ```ts
 * import { forenameOf } from "./gazetteer.js" // internal to src/entities
 * forenameOf(["عبد", "اللطيف", "الجواهري"], 0) // "عبد اللطيف"
 * ```
 */
export const forenameOf = (words: ReadonlyArray<string>, i: number): string => {
  const w = words[i] ?? ""
  return (w === "عبد" || w === "ابو") && i + 1 < words.length ? `${w} ${words[i + 1]!}` : w
}

/**
 * The canonical key of a name: its `match`-normalized words, Latin lower-cased, joined by one
 * space.
 *
 * @example
 * ```ts
 * import { nameKey } from "akhbar"
 * nameKey("الأُمم  المتّحدة") // "الامم المتحده"
 * ```
 */
export const nameKey = (name: string): string => wordsOf(name).join(" ")

/**
 * A compiled gazetteer: entries, a word trie over their `match`-normalized names and aliases
 * (longest match, proclitics handled), and lookups by id and by normalized name.
 * Build with {@link GazetteerIndex.fromEntries}; the bundled one is {@link bundledGazetteer}.
 *
 * @example
 * ```ts
 * import { GazetteerIndex } from "akhbar"
 * const g = GazetteerIndex.fromEntries([{ id: "org:acme", type: "ORG", kind: "company", name: "أكمي", aliases: ["شركة أكمي"] }])
 * g.idOf("ORG", "اكمي") // "org:acme"
 * ```
 */
export class GazetteerIndex {
  /** The entries, validated. */
  readonly entries: ReadonlyArray<GazetteerEntry>
  /** Word trie over names and aliases. */
  readonly trie = new TokenTrie<GazetteerHit>()
  private readonly byId = new Map<string, number>()
  private readonly byKey = new Map<string, number>()
  /** Last words of person names and aliases (family names), normalized. */
  readonly surnames = new Set<string>()
  /** Family name → index of the one person entry with it (-1 when several share it). */
  private readonly surnameOwner = new Map<string, number>()

  private constructor(entries: ReadonlyArray<GazetteerEntry>) {
    const kept: Array<GazetteerEntry> = []
    for (const e of entries) {
      // a later entry with the same id replaces the earlier one
      const at = this.byId.get(e.id)
      if (at !== undefined) kept[at] = e
      else {
        this.byId.set(e.id, kept.length)
        kept.push(e)
      }
    }
    this.entries = kept
    kept.forEach((e, index) => {
      const seen = new Set<string>()
      const qualified = e.qualified ?? []
      for (const [k, name] of [e.name, ...e.aliases, ...qualified].entries()) {
        for (const marked of trieWordsOf(name).flatMap(spellingsOf)) {
          if (marked.length === 0) continue
          const words = plainWords(marked)
          const key = `${e.type}|${words.join(" ")}`
          const phrase = marked.join(" ")
          if (seen.has(phrase)) continue
          seen.add(phrase)
          if (!this.byKey.has(key)) this.byKey.set(key, index)
          const plain = k > e.aliases.length
          this.trie.add(marked, { entry: index, needsContext: !plain && (e.ambiguous === true || lettersOf(words) <= 2) })
          if (e.type === "PERSON" && words.length > 1) {
            const last = words[words.length - 1]!
            if (last.length >= 3 && !COMPOUND.has(words[words.length - 2]!)) {
              this.surnames.add(last)
              const owner = this.surnameOwner.get(last)
              this.surnameOwner.set(last, owner === undefined || owner === index ? index : -1)
            }
          }
        }
      }
    })
  }

  /**
   * Compiles a gazetteer from entries (validated with zod; a bad entry throws naming its index
   * and field). Later entries with an id already seen replace the earlier ones.
   *
   * @example
   * ```ts
   * import { GazetteerIndex } from "akhbar"
   * GazetteerIndex.fromEntries([{ id: "loc:x", type: "LOC", kind: "city", name: "إكس" }]).entries.length // 1
   * ```
   */
  static fromEntries(entries: ReadonlyArray<GazetteerEntryInput>): GazetteerIndex {
    return new GazetteerIndex(
      entries.map((e, i) => {
        const r = GazetteerEntry.safeParse(e)
        if (!r.success) {
          const issue = r.error.issues[0]
          throw new TypeError(`gazetteer entry ${i}: ${issue?.path.join(".") ?? ""}: ${issue?.message ?? "invalid"}`)
        }
        return r.data
      })
    )
  }

  /**
   * A new gazetteer with these entries added (an entry with a known id replaces it).
   *
   * @example
   * ```ts
   * import { bundledGazetteer } from "akhbar"
   * const g = bundledGazetteer().extend([{ id: "org:acme", type: "ORG", kind: "company", name: "أكمي" }])
   * g.entry("org:acme")?.name // "أكمي"
   * ```
   */
  extend(entries: ReadonlyArray<GazetteerEntryInput>): GazetteerIndex {
    return new GazetteerIndex([...this.entries, ...GazetteerIndex.fromEntries(entries).entries])
  }

  /** The entry with this id, or undefined. */
  entry(id: string): GazetteerEntry | undefined {
    const i = this.byId.get(id)
    return i === undefined ? undefined : this.entries[i]
  }

  /** The person entry whose family name this is, when exactly one person has it. */
  personBySurname(word: string): GazetteerEntry | undefined {
    const i = this.surnameOwner.get(word)
    return i === undefined || i < 0 ? undefined : this.entries[i]
  }

  private readonly forenames = new Map<string, ReadonlyArray<string>>()

  /**
   * Whether a person entry may be named with this first word before its family name: the first
   * word (two after عبد / أبو) of one of its names of several words is it or begins with it ("جو"
   * and "جوزيف"), or the entry lists no name of several words.
   *
   * @example
   * ```ts
   * import { bundledGazetteer } from "akhbar"
   * bundledGazetteer().forenameAgrees("person:joe-biden", "جوزيف") // true
   * bundledGazetteer().forenameAgrees("person:joe-biden", "هانتر") // false
   * ```
   */
  forenameAgrees(id: string, first: string): boolean {
    let names = this.forenames.get(id)
    if (names === undefined) {
      const e = this.entry(id)
      const out = new Set<string>()
      for (const name of e === undefined ? [] : [e.name, ...e.aliases]) {
        const ws = wordsOf(name)
        if (ws.length < 2) continue
        out.add(forenameOf(ws, 0))
      }
      names = [...out]
      this.forenames.set(id, names)
    }
    return names.length === 0 || names.some((g) => g === first || (Math.min(g.length, first.length) >= 2 && (g.startsWith(first) || first.startsWith(g))))
  }

  private readonly keys = new Map<string, string>()

  /** The canonical key of an entry: its name's {@link nameKey} (cached), or undefined. */
  keyOf(id: string): string | undefined {
    let k = this.keys.get(id)
    if (k === undefined) {
      const e = this.entry(id)
      if (e === undefined) return undefined
      k = nameKey(e.name)
      this.keys.set(id, k)
    }
    return k
  }

  /** The id of the entry of this type with this name or alias (a {@link nameKey}), or undefined. */
  idOf(type: EntityType, key: string): string | undefined {
    const i = this.byKey.get(`${type}|${key}`)
    return i === undefined ? undefined : this.entries[i]?.id
  }
}

let cached: GazetteerIndex | undefined

/**
 * The gazetteer compiled from the bundled data (countries, places, organizations, outlets,
 * people), built once on first use.
 *
 * @example
 * ```ts
 * import { bundledGazetteer } from "akhbar"
 * bundledGazetteer().idOf("LOC", "بغداد") // "loc:city:iq:baghdad"
 * ```
 */
export const bundledGazetteer = (): GazetteerIndex => {
  if (cached === undefined) cached = GazetteerIndex.fromEntries(bundledData().gazetteers.flatMap((g) => g.entries))
  return cached
}
