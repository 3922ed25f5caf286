import { F } from "../lexicon.js"
import type { Candidate, Scan } from "../scan.js"
import { candidateWords } from "./surnames.js"

/**
 * Links the organization phrases of one document that no gazetteer entry names ("مجلس النواب")
 * to the one known organization of the same document that is the phrase plus a nationality
 * adjective ("مجلس النواب العراقي"): the short form of the full name. When two known
 * organizations share the short form (the Iraqi and the Lebanese parliament), none is taken.
 * Returns the kept candidates of each scan, the linked ones replaced.
 *
 * @example
 * ```ts
 * import { relinkShortOrgs } from "./short-orgs.js" // internal to src/entities
 * // texts "صوت مجلس النواب العراقي على القانون", "وقال مجلس النواب إن الجلسة رفعت":
 * // the second "مجلس النواب" gets the id of the Iraqi parliament
 * ```
 */
export const relinkShortOrgs = (scans: ReadonlyArray<Scan>, kept: ReadonlyArray<ReadonlyArray<Candidate>>): Array<Array<Candidate>> => {
  const full = new Map<string, string | null>()
  scans.forEach((s, i) => {
    for (const c of kept[i]!) {
      if (c.type !== "ORG" || c.entityId === null) continue
      const words = candidateWords(s, c)
      if (words.length < 3 || (s.lex.flagsOf(words[words.length - 1]!) & F.NAT) === 0) continue
      const short = words.slice(0, -1).join(" ")
      const seen = full.get(short)
      full.set(short, seen === undefined || seen === c.entityId ? c.entityId : null)
    }
  })
  if (full.size === 0) return kept.map((k) => [...k])
  return scans.map((s, i) =>
    kept[i]!.map((c) => {
      if (c.type !== "ORG" || c.entityId !== null || c.source !== "pattern") return c
      const id = full.get(candidateWords(s, c).join(" "))
      return id === undefined || id === null ? c : { ...c, entityId: id }
    })
  )
}
