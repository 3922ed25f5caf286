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
    const d = readDateline(line)
    return d !== undefined && OPENS_STORY.test(line.slice(d.dateEnd)) ? d.date : null
  }, null)

/**
 * A dateline line of a header that holds only the place and the full date, maybe with its agency
 * in slashes or parentheses ("القاهرة في 5 مارس 2024", "عمان، 3 أيار 2024 (بترا)"): where the
 * place ends and the date starts and ends (offsets into the line), and the date as YYYY-MM-DD.
 * Undefined for any other line. Never throws.
 *
 * @example
 * ```ts
 * headerDateline("القاهرة في 5 مارس 2024")?.date // "2024-03-05"
 * headerDateline("القاهرة في 5 مارس 2024 - أعلنت الحكومة") // undefined: the story goes on
 * ```
 */
export const headerDateline = (line: string): DatelineParts | undefined =>
  safely(() => {
    const d = readDateline(line)
    return d !== undefined && ONLY_AGENCY_AFTER.test(line.slice(d.dateEnd)) ? d : undefined
  }, undefined)

/**
 * The parts of a dateline with a full date: the offsets (into the line) where its place ends and
 * its date starts and ends, and the date as YYYY-MM-DD.
 *
 * @example
 * ```ts
 * const d: DatelineParts = { placeEnd: 7, dateStart: 11, dateEnd: 23, date: "2024-03-05" }
 * ```
 */
export interface DatelineParts {
  readonly placeEnd: number
  readonly dateStart: number
  readonly dateEnd: number
  readonly date: string
}

/** After a header dateline's date: nothing, or its agency in slashes or parentheses, and a dash or colon. */
const ONLY_AGENCY_AFTER = /^[ \u00a0]*(?:(?:\/[^/\n]{1,30}\/|\([^)\n]{1,30}\))[ \u00a0]*)?[-–—\u0640:]?[ \u00a0]*$/u

/** A place of one to three words, then the full date; undefined otherwise. */
const readDateline = (line: string): DatelineParts | undefined => {
  if (typeof line !== "string" || line.length === 0) return undefined
  const t = prepare(line)
  const h = findDates(t)[0]
  if (h === undefined || !isFull(h) || !placeBefore(t, h.first)) return undefined
  const date = resolveDate(h, null)
  if (date === null) return undefined
  let p = 0
  while (p + 1 < h.first && t.types[p + 1] === WORD && !DATELINE_LINK.has(t.words[p + 1]!)) p++
  return {
    placeEnd: t.norm.toRaw(t.starts[p]!, t.ends[p]!).end,
    dateStart: t.norm.toRaw(t.starts[h.first]!, t.ends[h.first]!).start,
    dateEnd: t.norm.toRaw(t.starts[h.last]!, t.ends[h.last]!).end,
    date
  }
}
