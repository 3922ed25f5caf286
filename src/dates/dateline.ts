import { prepare } from "../numbers/prepare.js"
import { safely } from "../numbers/safe.js"
import { WORD, type Tokens } from "../numbers/tokens.js"
import { findDates } from "./find.js"
import type { DateHit } from "./hit.js"
import { DATELINE_LINK, SEPARATOR, YEAR_PREP } from "./lexicon.js"
import { resolveDate } from "./resolve.js"

/** Words a dateline's place may have ("بيروت", "رام الله", "الدار البيضاء", "شرم الشيخ"). */
const PLACE_WORDS = 3

/**
 * After a dateline's date: an agency in slashes or parentheses ("/أ ش أ/", "(رويترز)"), then the
 * dash or colon that opens the story (a tatweel as a dash too); not a dash before another date
 * ("15 - 20 مارس").
 */
const OPENS_STORY = /^[ \u00a0]*(?:(?:\/[^/\n]{1,30}\/|\([^)\n]{1,30}\))[ \u00a0]*)?[-–—\u0640:](?![ \u00a0]*[0-9٠-٩۰-۹])/u

/** Whether tokens before `first` are a place of one to three words, then "،", "-" or "في". */
const placeBefore = (t: Tokens, first: number): boolean => {
  let p = first - 1
  if (p >= 0 && (SEPARATOR.has(t.words[p]!) || DATELINE_LINK.has(t.words[p]!))) p--
  if (p < 0 || p >= PLACE_WORDS) return false
  for (let k = 0; k <= p; k++) if (t.types[k] !== WORD || YEAR_PREP.has(t.words[k]!)) return false
  return true
}

/** A full date: day, month and year written, none counted from publication. */
const isFull = (h: DateHit): boolean => h.granularity === "day" && h.year !== null && h.month !== null && h.day !== null && h.relative === null && h.cut === 0

/**
 * The date of a dateline that opens a story's first paragraph, as YYYY-MM-DD: a place of one to
 * three words, the full date (day, month, year, in any month-naming tradition, Hijri dates
 * converted; a weekday may come first), then the dash or colon that opens the story, with an
 * agency before it or not ("بيروت، 15 آذار/مارس 2024 - …", "القاهرة في 15 مارس 2024 /أ ش أ/ -
 * …", "الرياض، الأحد 7 رمضان 1445 هـ (واس) - …"). Null for anything else, a date without its
 * year among them. Never throws.
 *
 * @param line the first line of the story's text
 * @example
 * ```ts
 * datelineDate("بيروت، 15 آذار/مارس 2024 - افتتح الوزير أمس طريقا") // "2024-03-15"
 * datelineDate("افتتح الوزير في 15 آذار 2024 طريقا") // null
 * ```
 */
export const datelineDate = (line: string): string | null =>
  safely(() => {
    if (typeof line !== "string" || line.length === 0) return null
    const t = prepare(line)
    const h = findDates(t)[0]
    if (h === undefined || !isFull(h) || !placeBefore(t, h.first)) return null
    const end = t.norm.toRaw(t.starts[h.last]!, t.ends[h.last]!).end
    return OPENS_STORY.test(line.slice(end)) ? resolveDate(h, null) : null
  }, null)
