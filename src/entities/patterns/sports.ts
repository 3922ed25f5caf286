import { normalizeText } from "../../normalize/normalize.js"
import { mayHaveProclitic, procliticStems } from "../clitics.js"
import { CLUB_CUES, SPORTS_WORDS } from "../lexicon/sports-words.js"
import type { Scan } from "../scan.js"

const normalized = (words: ReadonlyArray<string>): ReadonlySet<string> => new Set(words.map((w) => normalizeText(w, "match")))

const SPORTS: ReadonlySet<string> = normalized(SPORTS_WORDS)
const CUES: ReadonlySet<string> = normalized(CLUB_CUES)

/**
 * The normalized word or, after its proclitics, one of its stems, when it is in the set.
 *
 * @example
 * ```ts
 * import { wordIn } from "./sports.js" // internal to src/entities
 * wordIn(new Set(["فريق"]), "لفريق") // "فريق"
 * ```
 */
export const wordIn = (set: ReadonlySet<string>, w: string): string | undefined => {
  if (set.has(w)) return w
  if (!mayHaveProclitic(w.charCodeAt(0))) return undefined
  for (const p of procliticStems(w)) if (set.has(p.stem)) return p.stem
  return undefined
}

/**
 * Whether the texts of one document are a match report: two or more distinct sports words
 * (see `SPORTS_WORDS`) among all their tokens.
 *
 * @example
 * ```ts
 * import { isSportsDocument } from "./sports.js" // internal to src/entities
 * // isSportsDocument([scanOf("فاز ليفربول في المباراة الأولى من الدوري")]) → true
 * ```
 */
export const isSportsDocument = (scans: ReadonlyArray<Scan>): boolean => {
  const seen = new Set<string>()
  for (const s of scans) {
    for (let i = 0; i < s.count; i++) {
      if (!s.isArabic(i)) continue
      const hit = wordIn(SPORTS, s.word(i))
      if (hit === undefined) continue
      seen.add(hit)
      if (seen.size >= 2) return true
    }
  }
  return false
}

/**
 * Whether a name starting at token `first` (with `cut` letters of proclitics) stands where a
 * match report names a club: right after a cue word ("على", "أمام", "فوز", "لاعب" …, see
 * `CLUB_CUES`), or with ل glued to it ("الأفضلية لبرشلونة", "سجل للأهلي"; `stem` is the name as
 * looked up). Only meaningful in a sports document.
 *
 * @example
 * ```ts
 * import { clubCueBefore } from "./sports.js" // internal to src/entities
 * // in "فاز الفريق على ليفربول", clubCueBefore(scan, 3, 0) → true
 * ```
 */
export const clubCueBefore = (s: Scan, first: number, cut: number, stem = s.word(first)): boolean => {
  if (cut > 0) return s.word(first).slice(0, cut).includes("ل")
  // ل before the article: "للأهلي" read as "الأهلي"
  if (stem !== s.word(first) && s.word(first).startsWith("لل") && stem.startsWith("ال")) return true
  if (first === 0 || !s.joined(first)) return false
  return wordIn(CUES, s.word(first - 1)) !== undefined
}

/** Prepositions after which a city is where something happens, not who plays (normalized). */
const LOCATIVES: ReadonlySet<string> = normalized(["في", "فى", "وفي", "ففي", "إلى", "الى", "وإلى", "مدينة", "ومدينة", "بمدينة"])

/**
 * Whether a name starting at token `first` (with `cut` letters of proclitics) stands where a city
 * is a place: after في, إلى or مدينة, or with ب glued to it ("خسر في ليفربول", "بمدريد").
 *
 * @example
 * ```ts
 * import { placeCueBefore } from "./sports.js" // internal to src/entities
 * // in "خسر الفريق في ليفربول", placeCueBefore(scan, 3, 0) → true
 * ```
 */
export const placeCueBefore = (s: Scan, first: number, cut: number): boolean => {
  if (cut > 0 && s.word(first).slice(0, cut).includes("ب")) return true
  if (first === 0 || !s.joined(first)) return false
  return LOCATIVES.has(s.word(first - 1))
}
