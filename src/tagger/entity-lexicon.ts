/**
 * Builds the tagger's lexicon from the entity data files of `src/entities/data/` (read, never
 * changed): names and aliases of countries, places, organizations, outlets, sports clubs and
 * people by their `type` (names marked ambiguous only in their qualified forms), given names,
 * nationality adjectives and trigger words. Used by the training scripts; the lexicon is then
 * stored inside the model.
 */
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { buildTaggerLexicon, type TaggerLexicon } from "./lexicon.js"

interface Entry {
  readonly type?: string
  readonly name?: string
  readonly aliases?: ReadonlyArray<string>
  readonly ambiguous?: boolean
  readonly qualified?: ReadonlyArray<string>
}

const readJson = (dir: string, file: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(dir, file), "utf8")) as Record<string, unknown>

const strings = (v: unknown): Array<string> => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [])

/**
 * Reads the entity data directory and returns the lexicon for the tagger.
 *
 * @param dir the directory holding countries.json, places.json, organizations.json,
 *   outlets.json, clubs.json, people.json, given-names.json, nationalities.json and triggers.json
 *   (events.json, the MISC names, is left out: the gazetteer features are PERSON, LOC and ORG)
 * @example
 * ```ts
 * import { lexiconFromEntityData } from "./entity-lexicon.js" // internal to src/tagger
 * const lex = lexiconFromEntityData("src/entities/data")
 * lex.loc.includes("باريس") // true
 * ```
 */
export const lexiconFromEntityData = (dir: string): TaggerLexicon => {
  const person: Array<string> = []
  const loc: Array<string> = []
  const org: Array<string> = []
  const byType: Record<string, Array<string>> = { PERSON: person, LOC: loc, ORG: org }
  for (const [file, fallback] of [
    ["countries.json", "LOC"],
    ["places.json", "LOC"],
    ["organizations.json", "ORG"],
    ["outlets.json", "ORG"],
    ["clubs.json", "ORG"],
    ["people.json", "PERSON"]
  ] as const) {
    const entries = (readJson(dir, file).entries ?? []) as ReadonlyArray<Entry>
    for (const e of entries) {
      const list = byType[e.type ?? fallback] ?? byType[fallback]!
      // an ambiguous name (نيسان: Nissan and April) is a name only in its qualified forms
      if (e.ambiguous !== true) {
        if (typeof e.name === "string") list.push(e.name)
        for (const a of e.aliases ?? []) list.push(a)
      }
      for (const q of e.qualified ?? []) list.push(q)
    }
  }
  const given = readJson(dir, "given-names.json")
  const givenNames = [...strings(given.arabic), ...strings(given.foreign)]
  const nat = readJson(dir, "nationalities.json")
  const nationalities: Array<string> = []
  for (const group of [nat.entries, nat.adjectives]) {
    for (const e of (Array.isArray(group) ? group : []) as ReadonlyArray<Record<string, unknown>>) {
      nationalities.push(...strings(e.masculine), ...strings(e.feminine), ...strings(e.plural))
    }
  }
  const trig = readJson(dir, "triggers.json")
  return buildTaggerLexicon({
    person,
    loc,
    org,
    givenNames,
    nationalities,
    personTriggers: strings(trig.person_titles),
    orgTriggers: strings(trig.org_heads),
    placeTriggers: strings(trig.place_heads),
    verbs: strings(trig.reporting_verbs),
    particles: strings(trig.name_particles),
    notNames: strings(trig.not_names)
  })
}
