import { BELOW_ZERO_BEFORE, DUAL_SCALES_IN_CONSTRUCT } from "./data/grammar.js"
import { ageAfter, anyDate, definiteCut, ORDINAL, sameUnit, YEARS, type Scan } from "./draft.js"
import { countEndPoint, isBareYear, isClockTime, isCodeLike, isListNumber, isNameNumber, isRateBase } from "./exclude.js"
import { opensUnit } from "./inherit.js"
import { CARDINALS, VAGUE, VAGUE_SCALE } from "./lexicon.js"
import { clean } from "./numeral.js"
import { rangeEndAfterUnit, type Phrase } from "./phrase.js"
import { rangeOpenerBefore } from "./qualifier.js"
import { halfOf, pushDraft } from "./tail.js"
import { normForm } from "./text.js"
import { DIGITS, WORD, type Tokens } from "./tokens.js"
import { unitAt, unitBefore, unitInContext } from "./unit-at.js"

/**
 * Turns a number phrase into a quantity: finds its unit (after it, or before it: "%5", "نسبة
 * 5"), leaves out what is not a quantity (labels, names, clock times, codes, list numbers, bare
 * years, lone fractions), applies qualifiers and the article ordinal ("الدورة الـ55"). Returns
 * the token index after what it read.
 *
 * @example
 * ```ts
 * numberQuantity(scan, readPhrase(t, 1)!) // "نحو 5200 جندي" → a draft 5200 soldier, about
 * ```
 */
/** Whether a numeral word carries the article ("الآلاف", "العشرات"; "آلاف" is written with its own alef). */
const definiteNumeral = (word: string): boolean => {
  const bare = word.startsWith("ال") ? word.slice(2) : undefined
  return bare !== undefined && (VAGUE.has(bare) || VAGUE_SCALE.has(bare) || CARDINALS.has(bare))
}

const BELOW_ZERO = new Set(BELOW_ZERO_BEFORE.map(normForm))
const DUAL_IN_CONSTRUCT = new Set(DUAL_SCALES_IN_CONSTRUCT.map(normForm))

/** Whether token `first` alone is a scale word read as a dual in construct ("ألفا شخص"; not "ألفاً"). */
const constructDual = (t: Tokens, first: number, last: number, cut: number): boolean => {
  // "ألفا من الجنود" is one thousand: the dual is in construct with its noun, nothing between
  if (first !== last || cut !== 0 || !DUAL_IN_CONSTRUCT.has(t.words[first]!) || t.words[last + 1] === "من") return false
  const raw = t.norm.toRaw(t.starts[first]!, t.ends[first]!)
  return !t.norm.raw.slice(raw.start, raw.end).includes("\u064b")
}

export const numberQuantity = (s: Scan, phrase: Phrase): number => {
  let ph = phrase
  const t = s.t
  const w = t.words
  const low = ph.low
  const next = ph.last + 1
  if (anyDate(s, low.first, ph.last) || isRateBase(t, low.first)) return next
  let first = low.first
  let cut = low.cut
  let u: ReturnType<typeof unitAt>
  // "(300) مقاتل"
  if (w[next] === ")" && w[low.first - 1] === "(") {
    u = unitAt(t, next + 1)
    if (u !== undefined) {
      first = low.first - 1
      cut = 0
    }
  }
  // "3 ونصف في المئة", "اثنين ونصف بالمئة": a half between the number and a unit that is no count
  if (u === undefined && ph.high === null && ph.changeTo === null) {
    const h = halfOf(w[next])
    const hu = h === undefined ? undefined : unitAt(t, next + 1)
    if (h !== undefined && hu !== undefined && hu.unit.kind !== "count" && !anyDate(s, next, hu.last)) {
      u = hu
      ph = { ...ph, value: clean(ph.value + h) }
    }
  }
  u ??= unitAt(t, next)
  if (u !== undefined && anyDate(s, next, u.last)) u = undefined
  // a noun with the article counts after an indefinite vague head only ("آلاف المتظاهرين");
  // "الملايين المباراة", "3 المباريات" are no count of it
  if (u?.definite === true && !(low.kind === "vague" && !definiteNumeral(w[low.first]!))) u = undefined
  // "بين 5% و7%", "من 10 ملايين إلى 15 مليون دولار": both ends of the range carry the unit
  if (u !== undefined && ph.high === null && ph.changeTo === null && !ph.pair && low.kind === "cardinal") {
    const high = rangeEndAfterUnit(t, low.first, ph.value, u.last, s.o.raDecimal)
    const hu = high === undefined ? undefined : unitAt(t, high.last + 1)
    if (high !== undefined && hu !== undefined && sameUnit(hu.unit, u.unit) && !anyDate(s, high.first, hu.last)) {
      ph = { ...ph, high, approx: "range", valueMax: high.value, last: high.last, qualifier: rangeOpenerBefore(t, low.first) ?? ph.qualifier }
      u = hu
    }
  }
  // "ألفا شخص", "مليونا دولار": a lone scale word in ا before its counted noun is the dual in
  // construct (2 × scale); with tanween ("ألفاً") or after digits ("15 ألفا") it is one
  if (u !== undefined && ph.high === null && ph.changeTo === null && constructDual(t, low.first, ph.last, low.cut)) ph = { ...ph, value: ph.value * 2 }
  const q = ph.qualifier
  const before = u === undefined ? unitBefore(s, low.first, q !== null ? q.first : first, low.value) : undefined
  const unit = unitInContext(t, q !== null ? Math.min(q.first, low.first) : low.first, u?.unit ?? before?.unit ?? null)

  // not quantities; "الدقيقتين 23 و67": a number joined to an excluded one goes with it
  const joined = low.first >= 2 && w[low.first - 1] === "و" && s.excludedEnd === low.first - 2
  // "عند مستوى 27.25%": a label word does not make a name of a percentage, a sum or a measure
  // (nor of a duration, "تستغرق الرحلة 3 ساعات", nor of an index level in points: "عند مستوى 28450 نقطة")
  const measured =
    u !== undefined && (u.unit.kind === "percent" || u.unit.kind === "money" || u.unit.kind === "measure" || u.unit.kind === "duration" || u.unit.unit === "point")
  if (joined || isNameNumber(t, low.first, ph.last, measured) || isClockTime(t, low.first, ph.last) || ph.pair) {
    s.excludedEnd = ph.last
    return next
  }
  if (t.types[low.first] === DIGITS && (isCodeLike(t, low, low.first, ph.last, unit !== null) || (unit === null && isListNumber(t, low.first, ph.last)))) return next
  if (unit === null) {
    if (ph.high === null && (q === null || q.needsUnit) && isBareYear(low) && !countEndPoint(t, (q?.first ?? low.first) - 1)) return next
    if (low.needsNoun || (low.kind === "fraction" && low.scale === 1)) return next
    if (ph.high === null && ((low.spelled && low.value === 1 && low.scale === 1) || low.value === 0)) return next
  } else if (low.kind === "fraction" && low.scale === 1 && unit.kind === "count") return next

  // "طفل في الـ12 من عمره": an age in years
  if (unit === null && ph.high === null && ageAfter(t, ph.last)) {
    const article = w[low.first - 1] === "ال"
    return pushDraft(s, {
      first: article ? low.first - 1 : first,
      cut: article ? 0 : cut,
      last: ph.last + 2,
      value: low.value,
      valueMax: null,
      approx: ph.approx,
      unit: YEARS,
      numeral: low.first,
      changeTo: null,
      bare: false,
      open: false
    })
  }
  // "الذكرى الـ20": the article makes digits an ordinal
  if (unit === null && q === null && ph.high === null && w[low.first - 1] === "ال" && t.types[low.first] === DIGITS) {
    if (!s.o.ordinals) return next
    const h = low.first - 2
    const dc = h >= 0 && t.types[h] === WORD && h > s.consumed ? definiteCut(w[h]!) : -1
    return pushDraft(s, {
      first: dc >= 0 ? h : low.first - 1,
      cut: dc >= 0 ? dc : 0,
      last: ph.last,
      value: low.value,
      valueMax: null,
      approx: "exact",
      unit: ORDINAL,
      numeral: low.first,
      changeTo: null,
      bare: false,
      open: false
    })
  }

  let approx = ph.approx
  if (q !== null && q.needsUnit && ph.high === null && unit !== null) approx = q.approx
  if (q !== null && (!q.needsUnit || unit !== null || ph.high !== null)) {
    first = q.first
    cut = q.cut
  }
  if (before !== undefined && before.first < first) {
    first = before.first
    cut = before.cut
  }
  // a dot before three digits is a thousands separator for counts ("178.797 صوتا", no fraction of
  // a vote), and for measures when the digits end in 00 ("1.200 برميل"; "1.250 كلغ" may be 1.25)
  const thousands = clean(ph.value * 1000)
  const dotThousands =
    low.dot3 && ph.high === null && low.scale === 1 && (unit?.kind === "count" || (unit?.kind === "measure" && thousands % 100 === 0))
  // a temperature below zero: "-5 درجات مئوية", "ناقص 3 درجات", "3 درجات تحت الصفر"
  let last = u?.last ?? ph.last
  let sign = 1
  if (unit?.unit === "celsius" || unit?.unit === "fahrenheit") {
    const p = low.first - 1
    const minus = w[p] === "-" && t.gaps[low.first] === 0 && t.types[p - 1] !== DIGITS
    if (minus || (first === low.first && BELOW_ZERO.has(w[p] ?? ""))) {
      sign = -1
      if (first === low.first) first = p
      cut = 0
    } else if (w[last + 1] === "تحت" && w[last + 2] === "الصفر") {
      sign = -1
      last += 2
    }
  }
  return pushDraft(s, {
    first,
    cut,
    last,
    value: sign * (dotThousands ? thousands : ph.value),
    valueMax: ph.valueMax === null ? null : sign * ph.valueMax,
    approx,
    unit,
    numeral: low.first,
    changeTo: ph.changeTo,
    bare: unit === null && low.kind === "cardinal",
    open: unit === null && low.kind === "cardinal" && opensUnit(t, (u?.last ?? ph.last) + 1)
  })
}
