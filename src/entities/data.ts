import countriesJson from "./data/countries.json" with { type: "json" }
import placesJson from "./data/places.json" with { type: "json" }
import nationalitiesJson from "./data/nationalities.json" with { type: "json" }
import organizationsJson from "./data/organizations.json" with { type: "json" }
import outletsJson from "./data/outlets.json" with { type: "json" }
import clubsJson from "./data/clubs.json" with { type: "json" }
import eventsJson from "./data/events.json" with { type: "json" }
import peopleJson from "./data/people.json" with { type: "json" }
import givenNamesJson from "./data/given-names.json" with { type: "json" }
import triggersJson from "./data/triggers.json" with { type: "json" }
import { z } from "zod"
import { GazetteerFile, GivenNamesFile, NationalitiesFile, TriggersFile } from "./schema.js"

/** The bundled data files, validated. */
export interface BundledData {
  readonly gazetteers: ReadonlyArray<GazetteerFile>
  readonly nationalities: NationalitiesFile
  readonly givenNames: GivenNamesFile
  readonly triggers: TriggersFile
}

const parse = <S extends z.ZodType>(schema: S, value: unknown, file: string): z.infer<S> => {
  const r = schema.safeParse(value)
  if (!r.success) {
    const issue = r.error.issues[0]
    throw new Error(`akhbar: bundled entity data ${file} is invalid at ${issue?.path.join(".") ?? "?"}: ${issue?.message ?? r.error.message}`)
  }
  return r.data
}

let cached: BundledData | undefined

/**
 * The bundled gazetteers (countries, places, organizations, outlets, sports clubs, people, events) and lexicons
 * (nationalities, given names, triggers), validated with zod once and cached.
 *
 * @example
 * ```ts
 * import { bundledData } from "akhbar"
 * bundledData().gazetteers.map((g) => g.name) // ["countries", "places", "organizations", "outlets", "clubs", "people", "events"]
 * ```
 */
export const bundledData = (): BundledData => {
  if (cached !== undefined) return cached
  cached = {
    gazetteers: [
      parse(GazetteerFile, countriesJson, "countries.json"),
      parse(GazetteerFile, placesJson, "places.json"),
      parse(GazetteerFile, organizationsJson, "organizations.json"),
      parse(GazetteerFile, outletsJson, "outlets.json"),
      parse(GazetteerFile, clubsJson, "clubs.json"),
      parse(GazetteerFile, peopleJson, "people.json"),
      parse(GazetteerFile, eventsJson, "events.json")
    ],
    nationalities: parse(NationalitiesFile, nationalitiesJson, "nationalities.json"),
    givenNames: parse(GivenNamesFile, givenNamesJson, "given-names.json"),
    triggers: parse(TriggersFile, triggersJson, "triggers.json")
  }
  return cached
}
