import { SHARED_PLACE_NAMES } from "../lexicon/shared-place-names.js"
import { normalizeText } from "../../normalize/normalize.js"
import type { Candidate, Scan } from "../scan.js"

const NAMES = SHARED_PLACE_NAMES.map((n) => ({
  ...n,
  key: normalizeText(n.name, "match"),
  words: new Set(n.otherWords.map((w) => normalizeText(w, "match"))),
  before: new Set(n.otherBefore.map((w) => normalizeText(w, "match")))
}))

/** The shared names whose other place a word before them points to, by their key. */
const BEFORE = new Map(NAMES.map((n) => [n.key, n]))

/**
 * Reads a bare place name that two places share (عمان: Amman or Oman) as the other place when the
 * document points to it — by another name of it or one of its cities ("سلطنة عمان", "مسقط") or by
 * its nationality adjective ("العماني") — and not to the usual one ("الأردن"); and one mention as the
 * other place when a word right before it says so ("سلطان عمان", "خليج عمان"). Returns the kept
 * candidates of each scan, the re-read ones replaced.
 *
 * @example
 * ```ts
 * import { rereadSharedPlaces } from "./shared-places.js" // internal to src/entities
 * // "زار الوزير سلطنة عمان", "وقال إن عمان تدعم الحوار": the second عمان is Oman, not Amman
 * ```
 */
export const rereadSharedPlaces = (scans: ReadonlyArray<Scan>, kept: ReadonlyArray<ReadonlyArray<Candidate>>): Array<Array<Candidate>> => {
  const ids = new Set<string>()
  for (const k of kept) for (const c of k) if (c.entityId !== null) ids.add(c.entityId)
  const changes = new Map<string, string>()
  for (const n of NAMES) {
    if (!ids.has(n.usual) || n.usualCues.some((id) => ids.has(id))) continue
    const pointed = n.otherCues.some((id) => ids.has(id)) || scans.some((s) => s.t.words.some((w) => n.words.has(w)))
    if (pointed) changes.set(n.key, n.other)
  }
  return scans.map((s, i) =>
    kept[i]!.map((c) => {
      if (c.end - c.first !== 1 || c.source !== "gazetteer") return c
      // "سلطان عمان", "خليج عمان": the word before settles this one mention
      const n = BEFORE.get(c.stem)
      const local = n !== undefined && c.cut === 0 && c.first > 0 && s.joined(c.first) && n.before.has(s.word(c.first - 1)) ? n.other : undefined
      const other = local ?? changes.get(c.stem)
      return other === undefined || c.entityId === other ? c : { ...c, entityId: other }
    })
  )
}
