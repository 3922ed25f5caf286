import { normalizeText } from "../normalize/normalize.js"
import { bundledData } from "./data.js"
import { AMBIGUOUS_GIVEN_NAMES } from "./lexicon/ambiguous-names.js"
import { EXTRA_GIVEN_NAMES } from "./lexicon/given-names-extra.js"
import { COMMON_WORDS, FUNCTION_WORDS, INDEFINITE_ADJECTIVES, PARTICLES_WITH_PRONOUNS, PREPOSITIONS_WITH_PRONOUNS, RELATIONS_WITH_PRONOUNS } from "./lexicon/function-words.js"
import { COMPANY_CONTEXT, LIST_INTRODUCERS, ORG_NAME_HEADS, ORG_PHRASE_HEADS, PLACE_HEADS, WEAK_ORG_PHRASE_HEADS } from "./lexicon/heads.js"
import { ROLE_WORDS, WEAK_TITLES } from "./lexicon/role-words.js"
import { VERBS } from "./lexicon/verbs.js"
import type { GivenNamesFile, NationalitiesFile, TriggersFile } from "./schema.js"
import { TokenTrie } from "./trie.js"
import { tokenize } from "./tokens.js"

/** Word classes of the lexicon, as bit flags. */
export const F = {
  /** function word or word that is never a name */
  STOP: 1 << 0,
  /** frequent verb */
  VERB: 1 << 1,
  /** nationality or area adjective (any form) */
  NAT: 1 << 2,
  /** Arabic given name */
  GIVEN: 1 << 3,
  /** given name that is also a frequent word */
  AMBIGUOUS: 1 << 4,
  /** foreign given name (transliterated) */
  FOREIGN: 1 << 5,
  /** word that continues a role phrase (السابق, باسم, شؤون) */
  ROLE: 1 << 6,
  /** name particle (بن, أبو, عبد, آل) */
  PARTICLE: 1 << 7,
  /** reporting verb (قال, أضاف) */
  REPORT: 1 << 8,
  /** head of a descriptive organization name (وزارة, جهاز) */
  ORG_PHRASE: 1 << 9,
  /** head before an organization's proper name (شركة, شبكة), from triggers or the defaults */
  ORG_NAME: 1 << 10,
  /** head of a place name (مدينة, مطار) */
  PLACE_HEAD: 1 << 11,
  /** word showing a sentence lists companies or brands */
  COMPANY: 1 << 12,
  /** word introducing examples (مثل, منها) */
  LIST: 1 << 13,
  /** masculine singular nationality adjective with the article (العراقي), possible family name */
  NAT_NISBA: 1 << 14,
  /** frequent noun of news prose: never a name, may be part of a descriptive organization name */
  COMMON: 1 << 15,
  /** indefinite adjective or quantity word after a head noun (كبرى, عسكرية) */
  ADJ: 1 << 16,
  /** company-like head after which a foreign proper name is an organization ("شركة توتال") */
  COMPANY_HEAD: 1 << 17
} as const

/** Place-head behaviour. */
export interface PlaceHead {
  readonly withHead: boolean
  readonly weak: boolean
}

/**
 * The compiled word lists the patterns use: one map from normalized word to its {@link F} flags,
 * and tries for multi-word triggers.
 *
 * @example
 * ```ts
 * import { defaultLexicon, F } from "akhbar"
 * (defaultLexicon().flagsOf("قال") & F.VERB) !== 0 // true
 * ```
 */
export class Lexicon {
  private readonly flags = new Map<string, number>()
  /** Person titles and roles ("وزير", "رئيس الوزراء", "المحلل السياسي"). */
  readonly titles = new TokenTrie<number>()
  /** Ministry portfolios ("الدفاع", "الخارجية", "شؤون المرأة"), with and without the article. */
  readonly portfolios = new TokenTrie<number>()
  /** Given names of more than one word ("عبد الله"). */
  readonly givenPhrases = new TokenTrie<number>()
  /** Titles that are also frequent nouns (الفريق, اللواء): a name after them must start with a given name. */
  readonly weakTitles = new Set<string>()
  /** Place heads and how they behave. */
  readonly placeHeads = new Map<string, PlaceHead>()
  /** Organization phrase heads after which one definite word is a description, not a name. */
  readonly weakOrgHeads: ReadonlySet<string> = new Set(WEAK_ORG_PHRASE_HEADS.map((h) => words1(h).join(" ")))

  constructor(data: { triggers: TriggersFile; givenNames: GivenNamesFile; nationalities: NationalitiesFile }) {
    const { triggers, givenNames, nationalities } = data
    const mark = (words: Iterable<string>, flag: number): void => {
      for (const w of words) {
        const ws = words1(w)
        if (ws.length === 1) this.flags.set(ws[0]!, (this.flags.get(ws[0]!) ?? 0) | flag)
      }
    }
    mark(FUNCTION_WORDS, F.STOP)
    mark(PREPOSITIONS_WITH_PRONOUNS, F.STOP)
    mark(PARTICLES_WITH_PRONOUNS, F.STOP)
    mark(RELATIONS_WITH_PRONOUNS, F.STOP)
    for (const w of [...FUNCTION_WORDS, ...VERBS, ...triggers.not_names]) if (w.endsWith("ى")) this.maqsuraWords.add(words1(w).join(" "))
    mark(triggers.not_names, F.STOP)
    mark(COMMON_WORDS, F.COMMON)
    mark(INDEFINITE_ADJECTIVES, F.ADJ)
    mark(VERBS, F.VERB)
    mark(triggers.reporting_verbs, F.VERB | F.REPORT)
    mark(ROLE_WORDS, F.ROLE)
    mark(feminines(ROLE_WORDS), F.ROLE)
    mark(triggers.name_particles, F.PARTICLE)
    mark(["بن", "ابن", "بنت", "أبو", "ابو", "أبي", "أم", "عبد", "آل", "ولد", "بو"], F.PARTICLE)
    mark(ORG_PHRASE_HEADS, F.ORG_PHRASE)
    mark(ORG_NAME_HEADS, F.ORG_NAME | F.COMPANY_HEAD)
    mark(triggers.org_heads, F.ORG_NAME)
    mark(COMPANY_CONTEXT, F.COMPANY)
    mark(LIST_INTRODUCERS, F.LIST)
    for (const h of PLACE_HEADS) {
      const ws = words1(h.head)
      if (ws.length === 1) this.placeHeads.set(ws[0]!, { withHead: h.withHead, weak: h.weak === true })
    }
    // heads only the triggers list has are weak: context for a gazetteer place, never a pattern alone
    const orgHeads = new Set([...ORG_NAME_HEADS, ...ORG_PHRASE_HEADS].map((h) => words1(h).join(" ")))
    for (const h of triggers.place_heads) {
      const ws = words1(h)
      if (ws.length === 1 && !this.placeHeads.has(ws[0]!) && !orgHeads.has(ws[0]!)) this.placeHeads.set(ws[0]!, { withHead: false, weak: true })
    }
    mark(this.placeHeads.keys(), F.PLACE_HEAD)
    const nat = nationalityForms(nationalities)
    mark(nat.all, F.NAT)
    mark(nat.nisba, F.NAT_NISBA)
    for (const g of givenNames.arabic) this.addGiven(g, F.GIVEN)
    for (const g of givenNames.foreign) this.addGiven(g, F.FOREIGN)
    // short foreign names collide with Arabic words (بيت, دان, جان): they need strong evidence
    for (const g of givenNames.foreign) {
      const ws = words1(g)
      if (ws.length === 1 && ws[0]!.length <= 3) this.flags.set(ws[0]!, (this.flags.get(ws[0]!) ?? 0) | F.AMBIGUOUS)
    }
    for (const g of EXTRA_GIVEN_NAMES) this.addGiven(g, F.GIVEN)
    mark(AMBIGUOUS_GIVEN_NAMES, F.AMBIGUOUS)
    for (const t of triggers.person_titles) this.titles.add(words1(t), 1)
    for (const t of WEAK_TITLES) this.weakTitles.add(words1(t).join(" "))
    for (const p of triggers.ministry_portfolios) {
      const ws = words1(p)
      this.portfolios.add(ws, 1)
      const first = ws[0]
      if (first !== undefined && first.startsWith("ال") && first.length > 3) this.portfolios.add([first.slice(2), ...ws.slice(1)], 1)
    }
    // "على" and "علي" normalize alike: the scan decides from the printed letter (see Scan)
    for (const w of this.maqsuraWords) {
      const f = this.flags.get(w)
      if (f !== undefined && (f & (F.GIVEN | F.FOREIGN)) !== 0) this.flags.set(w, f & ~F.STOP)
    }
  }

  private addGiven(name: string, flag: number): void {
    const ws = words1(name)
    if (ws.length === 1) this.flags.set(ws[0]!, (this.flags.get(ws[0]!) ?? 0) | flag)
    else if (ws.length > 1) this.givenPhrases.add(ws, flag)
  }

  private readonly maqsuraWords = new Set<string>()

  /** Whether `word` is a function word printed with a final ى (على, إلى, حتى), as normalized. */
  isMaqsuraWord(word: string): boolean {
    return this.maqsuraWords.has(word)
  }

  /** The flags of a normalized word (0 when unknown). */
  flagsOf(word: string): number {
    const f = this.flags.get(word)
    if (f !== undefined) return f
    // عبدالله, عبدالواحد: compound given names written as one word
    return word.length >= 6 && word.startsWith("عبدال") ? F.GIVEN : 0
  }

  /**
   * The flags of a token as printed, also looking through a leading conjunction و / ف for
   * STOP, VERB and REPORT ("وقال" is a verb like "قال"); a given name as written takes no verb
   * reading that way ("فيصل" is no ف + يصل).
   */
  tokenFlags(word: string): number {
    const f = this.flagsOf(word)
    const c = word.charCodeAt(0)
    if ((c === 0x0648 || c === 0x0641) && word.length > 2) {
      const g = this.flags.get(word.slice(1))
      // a given name as written (فيصل, not ف + يصل) keeps no verb reading from its first letter
      const name = (f & (F.GIVEN | F.FOREIGN)) !== 0 && (f & F.AMBIGUOUS) === 0
      if (g !== undefined) return f | (g & (F.STOP | (name ? 0 : F.VERB) | F.REPORT | F.ROLE | F.LIST | F.COMPANY | F.COMMON))
    }
    return f
  }
}

/** The normalized words of a phrase (tokenized like text is). */
export const words1 = (phrase: string): Array<string> => [...tokenize(phrase).words]

/** Feminine forms of role adjectives (+ة), for "السابقة", "الجديدة". */
const feminines = (words: ReadonlyArray<string>): Array<string> =>
  words.filter((w) => w.startsWith("ال") && !w.endsWith("ة") && !w.includes(" ")).map((w) => `${w}ة`)

/**
 * Every form of the nationality adjectives: as listed, with and without the article, and the
 * regular inflections of the ones ending in ي (ـية, ـيون, ـيين, ـيان, ـيتين).
 */
const nationalityForms = (n: NationalitiesFile): { all: Set<string>; nisba: Set<string> } => {
  const all = new Set<string>()
  const nisba = new Set<string>()
  const add = (form: string, masculine: boolean): void => {
    const w0 = normalizeText(form, "match").trim()
    if (w0 !== "" && !w0.includes(" ")) {
      // the article is stripped only when written as ال (ألماني starts with أل, not the article)
      const base = form.trim().startsWith("ال") && w0.length > 4 ? w0.slice(2) : w0
      const forms = [base]
      if (masculine && base.endsWith("ي")) {
        forms.push(`${base}ه`, `${base}ون`, `${base}ين`, `${base}ان`, `${base}تان`, `${base}تين`)
        nisba.add(`ال${base}`)
      }
      for (const f of forms) {
        all.add(f)
        all.add(`ال${f}`)
      }
    }
  }
  for (const e of n.entries) {
    for (const m of e.masculine) add(m, true)
    for (const f of e.feminine) add(f, false)
    for (const p of e.plural) add(p, false)
  }
  for (const a of n.adjectives) {
    for (const m of a.masculine) add(m, true)
    for (const f of a.feminine) add(f, false)
  }
  return { all, nisba }
}

let cached: Lexicon | undefined

/**
 * The lexicon built from the bundled triggers, given names and nationalities (built once).
 *
 * @example
 * ```ts
 * import { defaultLexicon } from "akhbar"
 * defaultLexicon().titles.size > 0 // true
 * ```
 */
export const defaultLexicon = (): Lexicon => {
  if (cached === undefined) cached = new Lexicon(bundledData())
  return cached
}
