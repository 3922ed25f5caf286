import type { EntityType } from "../model/vocabulary.js"
import { editDistance, nameTolerance } from "./distance.js"
import { defaultLexicon, F } from "./lexicon.js"

const AL = "ال"

/**
 * The stable id of an entity no gazetteer knows: its type in lower case and its canonical key
 * with spaces as dashes.
 *
 * @example
 * ```ts
 * import { keyEntityId } from "akhbar"
 * keyEntityId("PERSON", "طارق الشمري") // "person:طارق-الشمري"
 * ```
 */
export const keyEntityId = (type: EntityType, key: string): string => `${type.toLowerCase()}:${key.trim().replace(/\s+/gu, "-")}`

/** Letters of a key (spaces not counted). */
export const lettersOf = (key: string): number => key.replace(/ /gu, "").length

const isGivenName = (w: string): boolean => (defaultLexicon().flagsOf(w) & (F.GIVEN | F.FOREIGN)) !== 0

const isNationality = (w: string): boolean => (defaultLexicon().flagsOf(w) & F.NAT) !== 0

/** Whether two words may be spellings of one name word (see {@link sameName}). */
const sameWord = (a: string, b: string): boolean => {
  if (a === b) return true
  const n = Math.min(a.length, b.length)
  if (n <= 3) return false
  // two different known given names are two names (حسن, حسين), whatever their distance
  if (isGivenName(a) && isGivenName(b)) return false
  // and two nationalities two bodies: "وكالة الأنباء السورية" is not "… السعودية"
  if (isNationality(a) && isNationality(b)) return false
  const t = nameTolerance(n)
  return editDistance(a, b, t) <= t
}

/**
 * Whether two canonical keys of the same entity type are spellings of one name: the same number
 * of words, each word equal or within the edit-distance tolerance of its letters, and the whole
 * within the tolerance of the name's letters (Damerau–Levenshtein, a transposition costs 1; ≤ 1
 * up to 6 letters, ≤ 2 beyond). Words of 3 letters or fewer must be equal, and two different
 * known given names (حسن ≠ حسين) or nationality adjectives (السورية ≠ السعودية) never match.
 *
 * @example
 * ```ts
 * import { sameName } from "akhbar"
 * sameName("لويد اوتسن", "لويد اوستن") // true
 * sameName("نجيرفان بارزاني", "نيجيرفان بارزاني") // true
 * sameName("محمد علي", "احمد علي") // false
 * sameName("وكاله الانباء السوريه", "وكاله الانباء السعوديه") // false
 * ```
 */
export const sameName = (a: string, b: string): boolean => {
  if (a === b) return true
  const wa = a.split(" ")
  const wb = b.split(" ")
  if (wa.length !== wb.length) return false
  const t = nameTolerance(Math.min(lettersOf(a), lettersOf(b)))
  if (t === 0) return false
  for (let i = 0; i < wa.length; i++) if (!sameWord(wa[i]!, wb[i]!)) return false
  return editDistance(a, b, t) <= t
}

/**
 * The forms under which the family name of a full person name appears alone: its last word,
 * with and without the article ("ثابت العباسي" → ["العباسي", "عباسي"]), and with its particle
 * ("ولد مرزوك"); none for one-word names.
 *
 * @example
 * ```ts
 * import { familyNameForms } from "akhbar"
 * familyNameForms("ثابت العباسي") // ["العباسي", "عباسي"]
 * familyNameForms("محمد ولد مرزوك") // ["مرزوك", "المرزوك", "ولد مرزوك"]
 * ```
 */
export const familyNameForms = (key: string): Array<string> => {
  const ws = key.split(" ")
  if (ws.length < 2) return []
  const last = ws[ws.length - 1]!
  if (last.length < 3) return []
  // a family name with its particle: "ولد مرزوك", "بن قدارة", "أبو علي", "آل ثاني"
  const particle = ws.length >= 3 && FAMILY_PARTICLES.has(ws[ws.length - 2]!) ? [`${ws[ws.length - 2]!} ${last}`] : []
  if (last.startsWith(AL)) return [...(last.length - 2 >= 3 ? [last, last.slice(2)] : [last]), ...particle]
  return [last, AL + last, ...particle]
}

/** Particles that a family name may begin with (normalized): ولد, بن, ابن, ابو, ال (آل). */
const FAMILY_PARTICLES: ReadonlySet<string> = new Set(["ولد", "بن", "ابن", "ابو", "ال", "بو"])

/**
 * Whether a key of two words is a family name with its particle ("ولد مرزوك", "بن قدارة").
 *
 * @example
 * ```ts
 * import { isParticleFamilyName } from "akhbar"
 * isParticleFamilyName("ولد مرزوك") // true
 * ```
 */
export const isParticleFamilyName = (key: string): boolean => {
  const ws = key.split(" ")
  return ws.length === 2 && FAMILY_PARTICLES.has(ws[0]!) && ws[1]!.length >= 3
}

/**
 * Whether a one-word key is the family name of a full name (see {@link familyNameForms}),
 * allowing the edit-distance tolerance ("رومانوفيسكي" for "رومانوفسكي").
 *
 * @example
 * ```ts
 * import { isFamilyNameOf } from "akhbar"
 * isFamilyNameOf("عباسي", "ثابت العباسي") // true
 * ```
 */
export const isFamilyNameOf = (short: string, full: string): boolean => {
  if (short.includes(" ")) return isParticleFamilyName(short) && familyNameForms(full).includes(short)
  for (const f of familyNameForms(full)) if (!f.includes(" ") && sameWord(short, f)) return true
  return false
}
