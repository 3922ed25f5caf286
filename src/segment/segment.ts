import type { Role } from "../model/vocabulary.js"
import type { SegmentRecord } from "../model/segment.js"
import { normalizeText } from "../normalize/normalize.js"
import { lineKey } from "./boilerplate.js"
import type { FurnitureLines } from "./furniture.js"
import { splitLines, trimSpan, type Line } from "./lines.js"
import { datelineDate, headerDateline } from "../dates/dateline.js"
import { gregorianMonthOf, hijriMonthOf, weekdayOf } from "../dates/months.js"
import { parsePublishedDate } from "./published.js"
import { DEFAULT_SEGMENT_RULES, type SegmentRules } from "./rules.js"
import { splitSentences } from "./sentences.js"
import { GENRE_LABELS, NAME_LINKS, NOT_IN_NAMES, SPEAKERS_BEFORE_COLON } from "./words.js"

/** What the segmenter found about the document as a whole. */
export interface DocumentMeta {
  readonly title: string | null
  readonly section: string | null
  readonly byline: string | null
  readonly dateline: string | null
  readonly outlet: string | null
  readonly published: string | null
}

/** A segmented document: its segments in order, and its metadata. */
export interface SegmentedDocument {
  readonly segments: ReadonlyArray<SegmentRecord>
  readonly meta: DocumentMeta
}

/** Options of {@link segmentDocument}. */
export interface SegmentOptions {
  /** Page-furniture rules (defaults to {@link DEFAULT_SEGMENT_RULES}). */
  readonly rules?: SegmentRules | undefined
  /** Line keys learned as furniture from the corpus (see `BoilerplateLearner`). */
  readonly learned?: FurnitureLines | undefined
  /** A title given with the article (NDJSON/CSV); a line equal to it is the title. */
  readonly title?: string | null | undefined
}

interface CompiledRules {
  readonly rules: SegmentRules
  readonly published: ReadonlyArray<string>
  readonly byline: ReadonlyArray<string>
  readonly creditLabels: ReadonlyArray<string>
  readonly tags: ReadonlyArray<string>
  readonly related: ReadonlyArray<string>
  readonly source: ReadonlyArray<string>
  readonly boilerplate: ReadonlyArray<RegExp>
  readonly agencies: ReadonlyArray<string>
  readonly credit: ReadonlyArray<string>
  readonly outlets: ReadonlySet<string>
  readonly dateLineWords: ReadonlySet<string>
  readonly timeAgoUnits: ReadonlySet<string>
  readonly datelinePlaces: ReadonlySet<string>
  readonly continuation: ReadonlyArray<string>
  readonly updated: ReadonlyArray<string>
}

const key = lineKey
const compiledCache = new WeakMap<SegmentRules, CompiledRules>()
const compileRules = (rules: SegmentRules): CompiledRules => {
  let c = compiledCache.get(rules)
  if (c === undefined) {
    const keys = (xs: ReadonlyArray<string>): ReadonlyArray<string> => [...new Set(xs.map(key))].sort((a, b) => b.length - a.length)
    c = {
      rules,
      published: keys(rules.publishedPrefixes),
      byline: keys(rules.bylinePrefixes),
      creditLabels: keys(rules.creditPrefixes ?? DEFAULT_SEGMENT_RULES.creditPrefixes ?? []),
      tags: keys(rules.tagPrefixes),
      related: keys(rules.relatedMarkers),
      source: keys(rules.sourcePrefixes),
      boilerplate: rules.boilerplate.map((p) => new RegExp(normalizeText(p, "match"), "iu")),
      agencies: keys(rules.agencies),
      credit: keys(rules.creditWords),
      outlets: new Set(keys(rules.outlets ?? DEFAULT_SEGMENT_RULES.outlets ?? [])),
      dateLineWords: new Set(keys(rules.dateLineWords ?? DEFAULT_SEGMENT_RULES.dateLineWords ?? [])),
      timeAgoUnits: new Set(keys(rules.timeAgoUnits ?? DEFAULT_SEGMENT_RULES.timeAgoUnits ?? [])),
      datelinePlaces: new Set(keys(rules.datelinePlaces ?? DEFAULT_SEGMENT_RULES.datelinePlaces ?? [])),
      continuation: keys(rules.continuationWords ?? DEFAULT_SEGMENT_RULES.continuationWords ?? []),
      updated: keys(rules.updatedPrefixes ?? DEFAULT_SEGMENT_RULES.updatedPrefixes ?? [])
    }
    compiledCache.set(rules, c)
  }
  return c
}

/** `norm` starts with one of `prefixes` as a whole word (followed by end, space or punctuation). */
const prefixOf = (norm: string, prefixes: ReadonlyArray<string>): string | undefined =>
  prefixes.find((p) => norm.startsWith(p) && (norm.length === p.length || /[\s:：\-–—|/.،,]/u.test(norm[p.length]!)))

const TERMINAL_END = /[.!?؟؛:،,…]$/u
const TRAILING_DECOR = /[\s"'“”‘’«»\-–—]+$/u
const wordCount = (s: string): number => {
  let words = 0
  let inWord = false
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    const space = c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0
    if (!space && !inWord) words++
    inWord = !space
  }
  return words
}
const hasDigit = (s: string): boolean => /[0-9٠-٩۰-۹]/u.test(s)
const endsTerminal = (s: string): boolean => TERMINAL_END.test(s.replace(TRAILING_DECOR, ""))

/** A paragraph of running text, not a headline: a sentence with its full stop, or too long for a headline. */
const readsLikeText = (text: string, words: number): boolean => words > 25 || (words >= 8 && SENTENCE_STOP.test(text.replace(TRAILING_DECOR, "")))
const SENTENCE_STOP = /[.!?؟…]$/u

/** Function words, which a person's name or an outlet's never holds ("في اجتماعه الثالث هذا العام" is a subtitle). */
const FUNCTION_WORDS = new Set(NOT_IN_NAMES.map((w) => normalizeText(w, "match")))
const hasFunctionWord = (norm: string): boolean => norm.split(/[^\p{L}]+/u).some((w) => FUNCTION_WORDS.has(w))

/** The most words of a line that a boilerplate pattern anchored at its start may make page furniture. */
const BOILERPLATE_MAX_WORDS = 30
/** Slashes, brackets, quotes and a dash around an agency alone on its line ("/واس/", "«رويترز»"). */
const AGENCY_MARKS = /^[\s(/«"]+|[\s)/»":-]+$/gu

/** A sentence that ends inside a line, with more after it. */
const INNER_SENTENCE_END = /[.!?؟]\s+\S/u

/**
 * Whether a line is page furniture by the rules' patterns. Furniture is short, and a phrase found
 * inside a line ("جميع الحقوق محفوظة") makes it furniture only when no sentence ends before it: a
 * line "… وصلت الشحنة. جميع الحقوق محفوظة" is the article's text run together with its footer, and
 * is kept.
 */
const isBoilerplate = (norm: string, words: number, r: CompiledRules): boolean => {
  if (words > BOILERPLATE_MAX_WORDS) return false
  const inner = INNER_SENTENCE_END.test(norm)
  return r.boilerplate.some((re) => (!inner || re.source.startsWith("^")) && re.test(norm))
}

/** Words that start sentences and so cannot be a dateline place. */
const NOT_DATELINE = new Set(
  ["قال", "وقال", "قالت", "وقالت", "اكد", "واكد", "في", "وفي", "من", "ومن", "على", "بعد", "قبل", "هذا", "هذه", "ان", "وان", "كما", "لكن", "اما", "واما", "ثم", "الى", "عن", "مع", "اضاف", "واضاف", "ذكر", "وذكر", "اعلن", "واعلن", "تابع", "وتابع", "اوضح", "واوضح", "اشار", "واشار"].map(
    (w) => normalizeText(w, "match")
  )
)

/** The key of the first word of a dateline's place ("بغداد", "وزارة" of "وزارة المالية"). */
const firstWordKey = (place: string): string => key(place.split(/\s/u)[0]!)

/** First words of a speaker before a colon, not of a dateline (see {@link SPEAKERS_BEFORE_COLON}). */
const SPEAKER_FIRST_WORDS = new Set(SPEAKERS_BEFORE_COLON.map((w) => normalizeText(w, "match")))

const DATELINE = /^(\p{L}+(?:[ \u00a0]\p{L}+){0,2})[ \u00a0]*((?:\([^)\n]{1,40}\)[ \u00a0]*){0,2})([-–—\u0640:])[ \u00a0]+/u
/**
 * A line of its own that is a dateline and a credit: "الكويت - وكالات", "بيروت - «الحياة»",
 * "القاهرة – أ ف ب", "تونس - من سامي العلي" (place: one to three words).
 */
const DATELINE_CREDIT = /^(\p{L}+(?:[ \u00a0]\p{L}+){0,2})[ \u00a0]*[-–—\u0640/][ \u00a0]*(\S.*?)[ \u00a0]*$/u
const QUOTED = /^[«"“„'‘](.+)[»"”'’]$/u
const PARENTHESIZED = /^\((.+)\)$/u
const FROM = /^(?:من|بقلم)[ \u00a0]+/u
/** "مراسل الجزيرة", "مراسلة «الحياة»": a correspondent of the outlet that follows. */
const CORRESPONDENT = /^(?:مراسل|مراسلة|مراسلو|مراسلي)[ \u00a0]+/u
/** Two words of letters or more: a name after a one-word dateline (see {@link isNameCredit}). */
const NAME_CREDIT = /^\p{L}+(?:[ \u00a0]\p{L}+)+$/u
/** Words that link the parts of a name (see {@link NAME_LINKS}). */
const NAME_LINK_WORDS = new Set(NAME_LINKS.map((w) => normalizeText(w, "match")))
/** The most words of a name after a dateline, its links included. */
const NAME_MAX_WORDS = 7

/**
 * Whether the credit after a one-word dateline is a person's name: two to four words of letters,
 * and one more for each word that links the name's parts ("عبد الرزاق بن عبد الله", "سيدي أحمد
 * ولد محمد الأمين"), seven at most.
 */
const isNameCredit = (credit: string): boolean => {
  if (!NAME_CREDIT.test(credit)) return false
  const words = credit.split(/[ \u00a0]+/u)
  const links = words.filter((w) => NAME_LINK_WORDS.has(key(w))).length
  return words.length <= Math.min(NAME_MAX_WORDS, 4 + links)
}
const AGENCY_SLASH = /^(\p{L}+(?:[ \u00a0]\p{L}+){0,2})[ \u00a0]?\/[ \u00a0]*/u
/** "غزة 11-11-2024 وفا- ": place, numeric date, then the agency with its dash (group 3) and without it (group 4), WAFA's style. */
const DATED_DATELINE = /^(\p{L}+(?:[ \u00a0]\p{L}+){0,2})[ \u00a0]+([0-9٠-٩]{1,2}[-/.][0-9٠-٩]{1,2}[-/.][0-9٠-٩]{2,4})[ \u00a0]+((\p{L}+(?:[ \u00a0]\p{L}+){0,2})[ \u00a0]*[-–—:][ \u00a0]*)/u
const AGENCY_PARENS = /^\(([^)\n]{1,30})\)[ \u00a0]*[-–—:]?[ \u00a0]*/u
const CREDIT_BRACKET = /[ \u00a0]*\[[^\]\n]{1,200}\]$/u
const CREDIT_PARENS = /[ \u00a0]*\(([^)\n]{1,80})\)$/u
const QUOTE_OPEN = /^["“«„'‘]/u
const QUOTE_CLOSE = /["”»'’][.!؟?]?$/u

/** A quoted outlet and its mark after a dateline: "«القدس العربي»: ", "\"الحياة\" - ". */
const QUOTED_SOURCE = /^[«"“]([^»"”\n]{2,30})[»"”][ \u00a0]*[:\-–—][ \u00a0]*/u

/** The site's name after a page title: " - اليوم السابع", " | الجزيرة نت" (one to four words). */
const SITE_SUFFIX = /^[ \u00a0]+[-–—|][ \u00a0]+(\p{L}+(?:[ \u00a0.]+\p{L}+){0,3})[ \u00a0]*$/u

/** Crumb separators of a breadcrumb trail ("الرئيسية » اقتصاد", "أخبار > عربي ودولي"). */
const CRUMB = /\s+[»›>]\s+|\s*[»›]\s*/u
/** The first crumb of a trail when it is the home page. */
const HOME_CRUMB = /^(?:الصفحة الرئيسية|الرئيسية|الرئيسيه|home)\s*[»›>/|]\s*/iu

/** A breadcrumb trail: two to five short crumbs (three words at most), no digits, no sentence. */
const isBreadcrumb = (line: string): boolean => {
  const s = line.trim()
  if (s.length > 80 || hasDigit(s) || endsTerminal(s)) return false
  const crumbs = s.split(CRUMB)
  return crumbs.length >= 2 && crumbs.length <= 5 && crumbs.every((c) => c.trim().length > 0 && wordCount(c.trim()) <= 3)
}

/** The section label of a section line: a breadcrumb loses its home crumb ("الرئيسية » اقتصاد" → "اقتصاد"). */
const sectionOf = (line: string): string => {
  const s = line.trim()
  const rest = s.replace(HOME_CRUMB, "")
  return rest.length > 0 ? rest : s
}

/** A line that is only a date is read as the publication date among the first lines only. */
const DATE_LINE_WITHIN = 8

/**
 * Whether a (`match`-normalized) line is only a date: digits, punctuation, weekday and month
 * names (of two words too, "تشرين الثاني") and the rules' `dateLineWords`.
 */
const isDateLine = (norm: string, r: CompiledRules): boolean => {
  const words = norm
    .replace(/[0-9]+/gu, " ")
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length > 0)
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!
    if (r.dateLineWords.has(w) || weekdayOf(w) !== undefined || gregorianMonthOf(w) !== undefined || hijriMonthOf(w) !== undefined) continue
    const two = k + 1 < words.length ? `${w} ${words[k + 1]}` : undefined
    if (two !== undefined && (gregorianMonthOf(two) !== undefined || hijriMonthOf(two) !== undefined)) {
      k++
      continue
    }
    return false
  }
  return /[0-9]/u.test(norm)
}

/**
 * Whether a line only gives the time since publication: "منذ 3 ساعات", "منذ دقائق", "قبل يومين",
 * "منذ ساعة واحدة" (منذ or قبل, at most two words, then a unit of the rules' `timeAgoUnits`).
 */
const isTimeAgo = (norm: string, r: CompiledRules): boolean => {
  const words = norm.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0)
  if (words.length < 2 || words.length > 4 || (words[0] !== "منذ" && words[0] !== "قبل")) return false
  return words.slice(1).some((w) => r.timeAgoUnits.has(w)) && words.slice(1).every((w) => w.length <= 8)
}

/** A number and the one or two words after it, a quantity: "500 وات", "3 ميغا وات". */
const QUANTITY = /[0-9]+(?:[.,][0-9]+)*(?:[ \u00a0]+\p{L}+){1,2}/gu

/**
 * Whether a credit's text (normalized) has an agency or a credit word among its words ("الصورة:
 * رويترز"). An agency's name counted by a number is a unit ("(500 وات)"), no credit.
 */
const namesCredit = (inner: string, r: CompiledRules): boolean => {
  const words = (s: string): string => ` ${s.replace(/[^\p{L}\p{N}.]+/gu, " ")} `
  const padded = words(inner)
  const uncounted = words(inner.replace(QUANTITY, " "))
  return r.agencies.some((a) => uncounted.includes(` ${a} `)) || r.credit.some((w) => padded.includes(` ${w} `))
}

/** Byline prefixes that also name a genre (see {@link GENRE_LABELS}). */
const GENRES = new Set(GENRE_LABELS.map((w) => normalizeText(w, "match")))
/** A word of a label and the space after it. */
const LABEL_WORD = /^[\p{L}\p{M}]+[ \u00a0]*/u
/** A label's mark after its words, then a word: "المحرر: …", "تحرير - …", "كتب ـ …", "تصوير/ …". */
const STAFF_MARK = /^[ \u00a0]*[:：\-–—\u0640/|][ \u00a0]*\p{L}/u

/**
 * The role of a staff credit's line, as it stands after the article's text: a byline prefix and its
 * mark ("المحرر: رامي الحداد", "تحرير - وليد سعيد") make a byline, a credit label ("تصوير: …") a
 * credit. Names follow the mark: a line of more than twelve words, with a function word, or with
 * its full stop is neither, nor is a genre's label ("تقرير: الحكومة تعلن خطة" heads a teaser).
 */
const staffCreditRole = (line: string, norm: string, words: number, r: CompiledRules): "byline" | "credit" | undefined => {
  if (words > 12 || hasFunctionWord(norm) || SENTENCE_STOP.test(norm.replace(TRAILING_DECOR, ""))) return undefined
  for (const [labels, role] of [[r.byline, "byline"], [r.creditLabels, "credit"]] as const) {
    const label = prefixOf(norm, labels)
    if (label === undefined || GENRES.has(label)) continue
    // the label's words in the line, then its mark
    let rest = line
    for (let k = label.split(" ").length; k > 0; k--) rest = rest.replace(LABEL_WORD, "")
    if (STAFF_MARK.test(rest)) return role
  }
  return undefined
}

interface Piece {
  readonly start: number
  readonly end: number
  readonly role: Role
}

/**
 * Splits an article into segments with roles, and reads its title, section, byline, dateline,
 * outlet and publication date. Works on the text as it is: every segment's `text` is
 * `text.slice(start, end)`, segments are in order and never overlap, and together they cover every
 * non-blank character. Content paragraphs (lead, body, quote) are split into sentences; captions
 * printed twice get `duplicate_of` pointing to the first copy.
 *
 * @param text the decoded article text
 * @param docId the document id (segment ids are `docId:index`)
 * @example
 * ```ts
 * import { segmentDocument } from "akhbar"
 * const { segments, meta } = segmentDocument("سياسة\nعنوان الخبر هنا\nبغداد - قال الوزير. وأضاف.", "d1")
 * meta.section // "سياسة"
 * meta.dateline // "بغداد"
 * segments.map((s) => s.role) // ["section", "title", "dateline", "lead", "lead"]
 * ```
 */
export const segmentDocument = (text: string, docId: string, options: SegmentOptions = {}): SegmentedDocument => {
  const r = compileRules(options.rules ?? DEFAULT_SEGMENT_RULES)
  const learned = options.learned
  const lines = splitLines(text)
  const n = lines.length
  const norms = lines.map((l) => key(l.text))
  // each line's word count, read by several passes below
  const counts = norms.map(wordCount)
  const roles: Array<Role | undefined> = new Array(n).fill(undefined)
  const dupOf: Array<number> = new Array(n).fill(-1)
  let outlet: string | null = null
  let published: string | null = null
  let publishedByUpdate = false
  let dateline: string | null = null

  // 1. Furniture recognised by its own words, wherever it stands.
  // related markers: line index, and whether the teaser follows the marker on its own line
  const relatedMarks: Array<{ readonly at: number; readonly inline: boolean }> = []
  let marker: string | undefined
  for (let i = 0; i < n; i++) {
    const norm = norms[i]!
    const words = counts[i]!
    if (isBoilerplate(norm, words, r)) roles[i] = "boilerplate"
    else if (prefixOf(norm, r.tags) !== undefined && (norm.includes(":") || words > 4)) roles[i] = "tags"
    else if (HASHTAGS.test(norm)) roles[i] = "tags"
    else if (i > 0 && prefixOf(norm, r.tags) !== undefined && words <= 3) {
      // "الوسوم" alone on its line, then one tag a line: the short lines after it are tags
      roles[i] = "tags"
      for (let j = i + 1; j < n && counts[j]! <= 4 && !endsTerminal(norms[j]!) && !isBoilerplate(norms[j]!, counts[j]!, r); j++) roles[j] = "tags"
    }
    else if ((marker = prefixOf(norm, r.related)) !== undefined && words <= 25) {
      roles[i] = "related"
      relatedMarks.push({ at: i, inline: wordCount(norm.slice(marker.length).replace(/^[\s:：\-–—|/.،,]+/u, "")) >= 3 })
    } else if (prefixOf(norm, r.source) !== undefined && /^[^:]{1,20}:/u.test(norm) && words <= 10 && !(words >= 5 && SENTENCE_STOP.test(lines[i]!.text.replace(TRAILING_DECOR, "")))) {
      // (not a sentence that a speaker's word starts: "المصدر: الحكومة لم تقدم تفسيرا.")
      roles[i] = "source"
      outlet ??= lines[i]!.text.replace(/^[^:：]*[:：]\s*/u, "").trim() || null
    } else if (i < DATE_LINE_WITHIN && isTimeAgo(norm, r)) {
      // "منذ 3 ساعات", "قبل ساعتين" alone in the header: when it was published, with no date to read
      roles[i] = "published"
    } else if (prefixOf(norm, r.published) !== undefined && words <= 16 && !readsLikeText(lines[i]!.text, words)) {
      // (a sentence that starts with منذ is text: "منذ 15 مارس 2011 فر أكثر من 5 ملايين سوري.")
      const date = parsePublishedDate(lines[i]!.text)
      if (date !== null || /^[^:]{1,20}:/u.test(norm)) {
        roles[i] = "published"
        // "آخر تحديث: …" gives the date only until a publication date is found
        const update = prefixOf(norm, r.updated) !== undefined
        if (published === null || (publishedByUpdate && !update && date !== null)) {
          if (date !== null) publishedByUpdate = update
          published = date ?? published
        }
      }
    } else if (i < DATE_LINE_WITHIN && words <= 14 && isDateLine(norm, r)) {
      // a header line that is only a date, without a label: the publication date
      const date = parsePublishedDate(lines[i]!.text)
      if (date !== null) {
        roles[i] = "published"
        published ??= date
      }
    }
  }
  // "اقرأ أيضا" alone on its line heads the block of teasers that ends the article (headlines, and
  // the leads of other articles): everything after it is related. A marker with its teaser on the
  // same line ("اقرأ أيضا: البنك المركزي يثبت…") is a teaser set in mid-article: the lines after it
  // are teasers only while they read like headlines, and the article resumes at the first line
  // that reads like running text (a sentence with its full stop, or a long paragraph). After any
  // marker, a paragraph that continues the article ("وأضاف الوزير أن…", "من جهته، …") ends the
  // teasers too, as does a list's end mark ("end of list").
  for (const m of relatedMarks) {
    for (let i = m.at + 1; i < n; i++) {
      if (roles[i] === "boilerplate" && END_OF_LIST.test(norms[i]!)) break
      if (roles[i] !== undefined) continue
      if (m.inline && readsLikeText(lines[i]!.text, counts[i]!)) break
      if (counts[i]! >= 5 && prefixOf(norms[i]!, r.continuation) !== undefined) break
      roles[i] = "related"
    }
  }

  // 2. Captions: a line printed twice in a row, or a line ending with a bracketed photo credit.
  // A line printed twice before any text but header labels is the title printed twice (a page's
  // headline and its share title), read in step 3.
  const headerOnlyBefore = (at: number): boolean => {
    for (let j = 0; j < at; j++) if (roles[j] === undefined && (counts[j]! > 3 || endsTerminal(norms[j]!)) && !isBreadcrumb(lines[j]!.text)) return false
    return true
  }
  const firstSeen = new Map<string, number>()
  for (let i = 0; i < n; i++) {
    const norm = norms[i]!
    const earlier = firstSeen.get(norm)
    if (earlier === undefined) firstSeen.set(norm, i)
    if (roles[i] !== undefined) continue
    const words = counts[i]!
    if (i > 0 && earlier === i - 1 && words >= 4 && roles[i - 1] === undefined && !headerOnlyBefore(i - 1)) {
      roles[i - 1] = "caption"
      roles[i] = "caption"
      dupOf[i] = i - 1
    } else if (i > 0 && earlier === i - 1 && words >= 4 && roles[i - 1] === "caption") {
      roles[i] = "caption"
      dupOf[i] = i - 1
    } else if (earlier !== undefined && words >= 8) dupOf[i] = earlier
  }
  const creditOf = (line: Line): number | undefined => {
    const bracket = CREDIT_BRACKET.exec(line.text)
    if (bracket !== null && bracket.index > 0) return bracket.index
    const parens = CREDIT_PARENS.exec(line.text)
    if (parens !== null && parens.index > 0) {
      const inner = key(parens[1]!)
      if (namesCredit(inner, r)) return parens.index
    }
    return undefined
  }
  // a photo credit on a line of its own, in brackets or parentheses: "(الصورة: رويترز)", "[أ ف ب]"
  const isCreditLine = (line: Line): boolean => {
    const inner = /^[[(]([^)\]\n]{1,80})[)\]]$/u.exec(line.text.trim())?.[1]
    return inner !== undefined && namesCredit(key(inner), r)
  }
  for (let i = 0; i < n; i++) {
    if (roles[i] !== undefined) continue
    if (isCreditLine(lines[i]!)) roles[i] = "credit"
    else {
      // a caption is a sentence before its credit; "جنيف - (أ ف ب)" is a dateline and its agency
      const at = creditOf(lines[i]!)
      if (at !== undefined && counts[i]! >= 4 && wordCount(lines[i]!.text.slice(0, at).replace(/[-–—|/:]/gu, " ")) >= 3) roles[i] = "caption"
    }
  }
  // a caption printed twice, with its credit only on the second copy: "سبائك ذهبية" then "سبائك ذهبية (رويترز)"
  for (let i = 0; i + 1 < n; i++) {
    if (roles[i] !== undefined || roles[i + 1] !== "caption" || counts[i]! < 3) continue
    const at = creditOf(lines[i + 1]!)
    if (at !== undefined && key(lines[i + 1]!.text.slice(0, at)) === norms[i]) {
      roles[i] = "caption"
      dupOf[i + 1] = i
    }
  }

  // 3. The header: section labels, then the title.
  let titleAt = -1
  /** The line that gives the title without the site's name, when the first title line has it. */
  let cleanTitle = -1
  const givenTitle = options.title ? key(options.title) : undefined
  if (givenTitle !== undefined) titleAt = norms.findIndex((k, i) => k === givenTitle && roles[i] === undefined)
  // a record that gives its title apart from a text that does not repeat it: the text is all article
  if (titleAt < 0 && givenTitle === undefined) {
    for (let i = 0; i < Math.min(n, 10); i++) {
      if (roles[i] !== undefined) continue
      const norm = norms[i]!
      const next = roles.findIndex((role, j) => j > i && role === undefined)
      const sectionLike =
        (counts[i]! <= 3 && norm.length <= 30 && !hasDigit(norm) && !endsTerminal(norm) && !/["“”«»]/u.test(norm)) || isBreadcrumb(lines[i]!.text)
      // a section label is followed by a title, not by a paragraph of text
      const nextNorm = next >= 0 ? norms[next]! : ""
      const titleFollows = next >= 0 && counts[next]! <= 30 && !/[.]$/u.test(nextNorm.replace(TRAILING_DECOR, ""))
      if (sectionLike && titleFollows) {
        roles[i] = "section"
        continue
      }
      // a paragraph that opens with a dateline or an agency is the lead of an article without a
      // title: "الرباط - «القدس العربي»: أعلنت …", "واشنطن (رويترز) - قال …"
      const text = lines[i]!.text
      const opensArticle = readsLikeText(text, counts[i]!) && (DATELINE.exec(text) !== null || AGENCY_SLASH.exec(text) !== null)
      if (counts[i]! <= 40 && !opensArticle) titleAt = i
      break
    }
  }
  if (titleAt >= 0) {
    roles[titleAt] = "title"
    for (let i = 0; i < titleAt; i++) if (roles[i] === undefined) roles[i] = "section"
    // the title printed again right after it
    const again = titleAt + 1
    if (again < n && roles[again] === undefined && norms[again] === norms[titleAt]) {
      roles[again] = "title"
      dupOf[again] = titleAt
    }
    // a page title with the site's name ("… - اليوم السابع") and, a line or two later, the headline
    // without it: the headline is the title, the site the outlet
    for (let j = titleAt + 1, seen = 0; j < n && seen < 3; j++) {
      if (roles[j] !== undefined) continue
      seen++
      const site = SITE_SUFFIX.exec(lines[titleAt]!.text.slice(lines[j]!.text.length))
      if (counts[j]! >= 3 && norms[titleAt]!.startsWith(norms[j]!) && lines[titleAt]!.text.startsWith(lines[j]!.text) && site !== null) {
        roles[j] = "title"
        dupOf[j] = titleAt
        cleanTitle = j
        outlet ??= site[1]!.trim()
        break
      }
    }
  }

  // a staff credit after the article's text, before the page's furniture: "المحرر: رامي الحداد",
  // "تحرير - وليد سعيد", "تصوير: نادر جمال" (a line with a byline prefix is a byline, as in the header)
  for (let i = n - 1; i > titleAt; i--) {
    if (roles[i] !== undefined || learned?.has(norms[i]!)) continue
    const role = staffCreditRole(lines[i]!.text, norms[i]!, counts[i]!, r)
    if (role === undefined) break
    roles[i] = role
  }

  // 4. After the title: byline, headings, lead and body, datelines and agency prefixes.
  const prefixes = new Map<number, Array<Piece>>()
  let contentCount = 0
  let prefixSeen = false
  let bylineAt = -1
  /** The byline when it is only part of its line (after a dateline). */
  let bylineText: string | undefined
  /** Takes the place of a split byline line as the dateline, and an outlet its credit names. */
  const takeDateline = (i: number, split: DatelineCredit): void => {
    const line = lines[i]!
    prefixes.set(i, [{ ...trimSpan(text, line.start, line.start + split.creditAt), role: "dateline" }])
    dateline ??= split.place
    // "بيروت - «الحياة»", "بغداد/ المدى": a quoted name or a newspaper after the dateline is the outlet
    // and a correspondent's outlet: "الرباط - مراسل الجزيرة"
    if (split.outlet !== undefined) outlet ??= split.outlet
    else if (split.quoted || split.paper) outlet ??= split.credit
  }
  const nextContentLine = (i: number): number => {
    for (let j = i + 1; j < n; j++) {
      if (roles[j] === undefined) return j
      if (roles[j] === "caption" || roles[j] === "published") continue
      return -1
    }
    return -1
  }
  for (let i = Math.max(titleAt + 1, 0); i < n; i++) {
    if (roles[i] !== undefined) continue
    const line = lines[i]!
    const norm = norms[i]!
    const words = counts[i]!
    const short = words <= 8 && line.text.length <= 80 && !endsTerminal(norm)
    const explicitByline =
      /\|\s*$/u.test(line.text) || (prefixOf(norm, r.byline) !== undefined && /^[^:\-–—]{1,15}(?::|\s[-–—])/u.test(norm) && words <= 10)
    if (bylineAt < 0 && contentCount <= 2 && explicitByline) {
      roles[i] = "byline"
      bylineAt = i
      continue
    }
    // "القاهرة - بوابة الأهرام" then "بقلم: أحمد عبد العظيم": the author is the byline, the credit
    // before it the outlet (an agency stays no outlet)
    if (bylineAt === i - 1 && contentCount === 0 && explicitByline && bylineText !== undefined) {
      roles[i] = "byline"
      if (!r.agencies.includes(key(bylineText))) outlet ??= bylineText
      bylineText = cleanByline(line.text, r)
      bylineAt = i
      continue
    }
    if (learned?.has(norm)) {
      roles[i] = "boilerplate"
      continue
    }
    const prevRole = i > 0 ? roles[i - 1] : undefined
    // a breadcrumb trail after the title is the section ("الرئيسية > اقتصاد"), never a byline
    if (contentCount === 0 && isBreadcrumb(line.text)) {
      roles[i] = "section"
      continue
    }
    // a line of the header that is only an outlet's name: "إندبندنت عربية", then maybe the dateline
    if (contentCount === 0 && r.outlets.has(norm) && nextContentLine(i) >= 0) {
      roles[i] = "source"
      outlet ??= line.text
      continue
    }
    // an agency alone on a line of the header: "رويترز", "أ ف ب", "/واس/" (in brackets, a credit)
    if (contentCount === 0 && words <= 4 && nextContentLine(i) >= 0 && r.agencies.includes(key(line.text.replace(AGENCY_MARKS, "")))) {
      roles[i] = "source"
      continue
    }
    // "القاهرة في 5 مارس 2024" alone on a line of the header: the dateline and the publication date
    const dated = contentCount === 0 && words <= 10 && nextContentLine(i) >= 0 ? headerDateline(line.text) : undefined
    if (dated !== undefined && placeLike(line.text.slice(0, dated.placeEnd), r)) {
      prefixes.set(i, [
        { ...trimSpan(text, line.start, line.start + dated.dateStart), role: "dateline" },
        { ...trimSpan(text, line.start + dated.dateStart, line.end), role: "published" }
      ])
      roles[i] = "dateline"
      dateline ??= line.text.slice(0, dated.placeEnd).trim()
      published ??= dated.date
      continue
    }
    const split = datelineCredit(line.text, r)
    // a short line; a dateline and a name of many parts may be longer ("وهران - عبد الرزاق بن عبد الله")
    const fits = split?.named === true ? line.text.length <= 80 && !endsTerminal(norm) : short && words <= 7
    if (
      bylineAt < 0 &&
      fits &&
      words >= 2 &&
      !hasDigit(norm) &&
      // a name or a credit has no function words; a subtitle or a caption does ("في اجتماعه الثالث")
      (split !== undefined || !hasFunctionWord(norm)) &&
      (contentCount === 0 || (contentCount === 1 && prevRole === "caption")) &&
      nextContentLine(i) >= 0
    ) {
      roles[i] = "byline"
      bylineAt = i
      if (split !== undefined) {
        takeDateline(i, split)
        bylineText = split.credit
      }
      continue
    }
    // "سامر الحلبي" then "برلين - رويترز": the dateline and its credit after the author's line; the
    // author stays the byline
    if (bylineAt === i - 1 && contentCount === 0 && split !== undefined && bylineText === undefined && fits && !hasDigit(norm) && nextContentLine(i) >= 0) {
      roles[i] = "byline"
      bylineAt = i
      takeDateline(i, split)
      continue
    }
    if (contentCount >= 1 && short && words <= 12 && nextContentLine(i) >= 0) {
      roles[i] = "heading"
      continue
    }
    // a subtitle right under the title, before the byline: "في اجتماعه الثالث هذا العام"
    if (contentCount === 0 && i === titleAt + 1 && bylineAt < 0 && short && words >= 3 && split === undefined && DATELINE.exec(line.text) === null) {
      const next = nextContentLine(i)
      // (before a labelled byline, or a dateline and its credit: "موسكو - أ ف ب")
      if (next >= 0 && (prefixOf(norms[next]!, r.byline) !== undefined || datelineCredit(lines[next]!.text, r) !== undefined)) {
        roles[i] = "heading"
        continue
      }
    }
    // a content paragraph
    let at = line.start
    if (contentCount <= 1 && !prefixSeen) {
      const pieces: Array<Piece> = []
      const slash = AGENCY_SLASH.exec(line.text)
      // the agency after "PLACE/ " ("غزة/ الأناضول: …"), when there is one
      const slashed = slash === null ? undefined : agencyPrefix(line.text.slice(slash[0].length), r)
      const parens = AGENCY_PARENS.exec(line.text)
      const dl = DATELINE.exec(line.text)
      const dated = DATED_DATELINE.exec(line.text)
      if (dated !== null && r.agencies.includes(key(dated[4]!)) && !NOT_DATELINE.has(firstWordKey(dated[1]!))) {
        // "غزة 11-11-2024 وفا- …": the dateline with the date, then the agency
        const agencyAt = line.start + dated[0].length - dated[3]!.length
        const dateAt = line.start + line.text.indexOf(dated[2]!, dated[1]!.length)
        pieces.push({ ...trimSpan(text, line.start, dateAt), role: "dateline" })
        pieces.push({ ...trimSpan(text, dateAt, agencyAt), role: "published" })
        pieces.push({ ...trimSpan(text, agencyAt, line.start + dated[0].length), role: "source" })
        dateline = dated[1]!.trim()
        published ??= parsePublishedDate(dated[2]!)
        at = line.start + dated[0].length
      } else if (slash !== null && slashed !== undefined) {
        // "غزة/ الأناضول: …": the dateline, then the agency
        const placeEnd = line.start + slash[0].length
        pieces.push({ ...trimSpan(text, line.start, placeEnd), role: "dateline" })
        pieces.push({ ...trimSpan(text, placeEnd, placeEnd + slashed), role: "source" })
        dateline = slash[1]!.trim()
        at = placeEnd + slashed
      } else if (slash !== null && wordCount(slash[1]!) <= 3 && !NOT_DATELINE.has(firstWordKey(slash[1]!))) {
        const end = line.start + slash[0].length
        pieces.push({ ...trimSpan(text, line.start, end), role: "source" })
        outlet ??= slash[1]!.trim()
        at = end
      } else if (parens !== null && r.agencies.includes(key(parens[1]!))) {
        const end = line.start + parens[0].length
        pieces.push({ ...trimSpan(text, line.start, end), role: "source" })
        at = end
      } else if (
        dl !== null &&
        // (one letter is an interview's mark: "س:", "ج:")
        dl[1]!.trim().length >= 2 &&
        !NOT_DATELINE.has(firstWordKey(dl[1]!)) &&
        (dl[3] !== ":" || (wordCount(dl[1]!) <= 2 && !SPEAKER_FIRST_WORDS.has(firstWordKey(dl[1]!))))
      ) {
        const end = line.start + dl[0].length
        pieces.push({ ...trimSpan(text, line.start, end), role: "dateline" })
        dateline = dl[1]!.trim()
        at = end
        // an agency right after the dateline: "الجزائر - واج:"
        const agency = agencyPrefix(text.slice(at, line.end), r)
        const quoted = agency === undefined ? QUOTED_SOURCE.exec(text.slice(at, line.end)) : null
        if (agency !== undefined) {
          pieces.push({ ...trimSpan(text, at, at + agency), role: "source" })
          at += agency
        } else if (quoted !== null) {
          // a quoted outlet: "الرباط - «القدس العربي»: …"
          pieces.push({ ...trimSpan(text, at, at + quoted[0].length), role: "source" })
          outlet ??= quoted[1]!.trim()
          at += quoted[0].length
        }
      }
      if (pieces.length > 0) {
        prefixes.set(i, pieces)
        prefixSeen = true
      }
    }
    // "بيروت، 15 آذار/مارس 2024 - …": the full date of the first paragraph's dateline, when no
    // other line gave the publication date
    if (contentCount === 0 && published === null) published = datelineDate(line.text)
    const body = text.slice(at, line.end)
    roles[i] = QUOTE_OPEN.test(body) && QUOTE_CLOSE.test(body) && wordCount(body) > 2 ? "quote" : contentCount === 0 ? "lead" : "body"
    contentCount++
  }

  // 5. Emit segments in order.
  const segments: Array<SegmentRecord> = []
  const segIdsOfLine: Array<Array<string>> = []
  for (let i = 0; i < n; i++) {
    const line = lines[i]!
    const role = roles[i] ?? "body"
    const pieces: Array<Piece> = [...(prefixes.get(i) ?? [])]
    const from = pieces.length > 0 ? pieces[pieces.length - 1]!.end : line.start
    const rest = trimSpan(text, from, line.end)
    if (rest.end > rest.start) {
      if (role === "lead" || role === "body" || role === "quote") {
        for (const s of splitSentences(text, rest.start, rest.end)) pieces.push({ ...s, role })
      } else if (role === "caption") {
        const credit = creditOf({ ...rest, text: text.slice(rest.start, rest.end) })
        if (credit !== undefined) {
          pieces.push({ ...trimSpan(text, rest.start, rest.start + credit), role: "caption" })
          pieces.push({ ...trimSpan(text, rest.start + credit, rest.end), role: "credit" })
        } else pieces.push({ ...rest, role })
      } else pieces.push({ ...rest, role })
    }
    const ids: Array<string> = []
    const original = dupOf[i]! >= 0 ? segIdsOfLine[dupOf[i]!] : undefined
    pieces.forEach((p, k) => {
      const index = segments.length
      const seg_id = `${docId}:${index}`
      const pieceText = text.slice(p.start, p.end)
      segments.push({
        doc_id: docId,
        seg_id,
        index,
        paragraph: i,
        sentence: k,
        role: p.role,
        start: p.start,
        end: p.end,
        text: pieceText,
        norm: normalizeText(pieceText, "display"),
        duplicate_of: original?.[k] ?? null
      })
      ids.push(seg_id)
    })
    segIdsOfLine.push(ids)
  }

  const textOf = (role: Role): string | null => {
    const at = roles.indexOf(role)
    return at < 0 ? null : lines[at]!.text
  }
  // the section label nearest before the title, else a breadcrumb trail printed after it
  const lastBefore = roles.lastIndexOf("section", titleAt < 0 ? n - 1 : titleAt)
  const lastSection = lastBefore >= 0 ? lastBefore : roles.indexOf("section")
  const byline = bylineText ?? textOf("byline")
  return {
    segments,
    meta: {
      title: cleanTitle >= 0 ? lines[cleanTitle]!.text : titleAt >= 0 ? lines[titleAt]!.text : (options.title ?? null),
      section: lastSection >= 0 ? sectionOf(lines[lastSection]!.text) : null,
      byline: byline === null ? null : cleanByline(byline, r),
      dateline,
      outlet,
      published
    }
  }
}

/** A byline line split by {@link datelineCredit}: the place, and the credit after it. */
interface DatelineCredit {
  readonly place: string
  readonly credit: string
  /** Where the credit starts in the line. */
  readonly creditAt: number
  /** A quoted outlet: "«الحياة»". */
  readonly quoted: boolean
  /** A newspaper with the article: "المدى". */
  readonly paper: boolean
  /** A person's name: "عبد الرزاق بن عبد الله". */
  readonly named: boolean
  /** A correspondent's outlet: "الوسط" of "مراسل «الوسط»". */
  readonly outlet: string | undefined
}

/**
 * Splits a byline line "PLACE - CREDIT" when the credit is a news agency, a quoted outlet
 * ("«الحياة»"), a name after "من"/"بقلم", or — after a one-word place — a name of two to four
 * words, more with the words that link its parts ("بيروت - حسين عبد الله", "وهران - عبد الرزاق بن
 * عبد الله", see {@link isNameCredit}) or a newspaper with the article ("بغداد/ المدى"); an agency may
 * stand in parentheses ("جنيف - (أ ف ب)"). The place is the dateline: one word or a definite phrase
 * ("الدار البيضاء"); other lines ("هالة الطويل - رويترز", "رام الله - وفا") are left whole:
 * without a gazetteer a place and a name look alike.
 */
/**
 * Whether the words before a dateline's dash or date may be a place: not a word that starts
 * sentences, and of several words only a definite place ("الدار البيضاء") or one the rules list
 * ("رام الله"); "هالة الطويل" (a name) and "افتتح المعرض" (a verb and its object) are none.
 */
const placeLike = (place: string, r: CompiledRules): boolean => {
  const words = place.trim().split(/\s+/u)
  if (NOT_DATELINE.has(key(words[0]!))) return false
  return words.length === 1 || key(words[0]!).startsWith("ال") || r.datelinePlaces.has(key(place.trim()))
}

const datelineCredit = (
  line: string,
  r: CompiledRules
): DatelineCredit | undefined => {
  const m = DATELINE_CREDIT.exec(line)
  if (m === null) return undefined
  const place = m[1]!
  // "هالة الطويل - رويترز" is a name: of several words, only a definite place ("الدار البيضاء") or one
  // the rules list ("مكة المكرمة") is taken
  if (!placeLike(place, r)) return undefined
  const words = place.split(/\s/u)
  // "جنيف - (أ ف ب)": an agency in parentheses
  const raw = PARENTHESIZED.exec(m[2]!)?.[1]?.trim() ?? m[2]!
  const quoted = QUOTED.exec(raw)
  const from = FROM.exec(raw)
  // "الرباط – مراسل «الشرق الأوسط»": the byline is the correspondent, the outlet what follows
  const correspondent = CORRESPONDENT.exec(raw)
  const of = correspondent === null ? "" : raw.slice(correspondent[0].length).trim()
  const outlet = of.length === 0 ? undefined : (QUOTED.exec(of)?.[1]?.trim() ?? of)
  const agency = r.agencies.includes(key(raw))
  // "بيروت - حسين عبد الله": one word, then a name of two to four words
  const onePlace = words.length === 1 && !r.agencies.includes(key(place)) && prefixOf(key(place), r.byline) === undefined
  const named = onePlace && isNameCredit(raw)
  // "بغداد/ المدى", "بيروت - الحياة": one word, then a newspaper of one or two words with the article
  const paper = onePlace && PAPER_CREDIT.test(key(raw).trim())
  if (quoted === null && from === null && outlet === undefined && !agency && !named && !paper) return undefined
  const credit = quoted !== null ? quoted[1]!.trim() : from !== null ? raw.slice(from[0].length).trim() : raw
  if (credit.length === 0) return undefined
  return { place, credit, creditAt: line.indexOf(m[2]!, place.length), quoted: quoted !== null, paper: paper && !agency, named: named && !agency, outlet }
}

/** The length of a known agency and its colon or dash at the start of `rest` ("الأناضول: …", "واج -"), or undefined. */
const agencyPrefix = (rest: string, r: CompiledRules): number | undefined => {
  const m = /^(\p{L}+(?:[ \u00a0]\p{L}+){0,2})[ \u00a0]*[:\-–—\u0640][ \u00a0]+/u.exec(rest)
  return m !== null && r.agencies.includes(key(m[1]!)) ? m[0].length : undefined
}

/** The end mark of a list of teasers (Al Jazeera's "list 1 of 3 … end of list"). */
const END_OF_LIST = /^end of list$/iu

/** A line of hashtags only: "#غزة #حماس". */
const HASHTAGS = /^#\S+(?:[\s|,،]+#\S+)*$/u

const PAPER_CREDIT = /^(?:ال\S{2,}(?: \S+)?|(?:بوابة|بوابه|صحيفة|صحيفه|جريدة|جريده|موقع|مجلة|مجله|قناة|قناه|إذاعة|اذاعه|شبكة|شبكه) \S+(?: \S+)?)$/u

const cleanByline = (line: string, r: CompiledRules): string => {
  let s = line.replace(/[\s|]+$/u, "").replace(/^[\s|]+/u, "")
  const norm = key(s)
  const prefix = prefixOf(norm, r.byline)
  // "بقلم: …", "كتب - …", "كتب ـ …", "بقلم/ …": the label and its mark go
  if (prefix !== undefined) {
    const unmarked = s
    s = s.replace(/^[^:\s]+(\s[^:\s]+)?\s*:\s*/u, "").replace(/^\S+[ \u00a0]*[-–—ـ/][ \u00a0]*(?=\S)/u, "")
    // "بقلم أحمد سامي", "by John Smith": a label without a mark goes with its words
    if (s === unmarked) s = s.replace(new RegExp(`^\\S+(?:\\s+\\S+){${prefix.split(" ").length - 1}}\\s+(?=\\S)`, "u"), "")
  }
  return s.trim()
}
