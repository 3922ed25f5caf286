import fc from "fast-check"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { lookup, WHOLE_WORDS } from "../src/numbers/clitics.js"
import { internalErrors } from "../src/numbers/safe.js"
import { extractNumbers, type NumberMatch } from "../src/numbers/index.js"
import { NUMBER_TABLES, type ExpectedNumber } from "./tables/numbers-values.js"

const show = (xs: ReadonlyArray<unknown>): string => JSON.stringify(xs, null, 0)

describe("extractNumbers: table", () => {
  for (const [name, rows] of Object.entries(NUMBER_TABLES)) {
    describe(name, () => {
      it.each(rows.map((r) => [r.phrase, r.expect] as const))("%s", (phrase, expected) => {
        const got = extractNumbers(phrase)
        for (const r of got) expect(phrase.slice(r.start, r.end)).toBe(r.text)
        expect(got.map((r) => r.text), show(got)).toEqual(expected.map((e: ExpectedNumber) => e.text))
        expected.forEach((e, k) => {
          const { value, ...rest } = e
          expect(got[k], show(got)).toMatchObject(rest)
          if (value !== undefined) expect(got[k]!.value).toBeCloseTo(value, 5)
        })
      })
    })
  }
})

/** Spells 1–999 999 the way Arabic news writes it (units before tens, و between parts). */
const spell = (x: number): string => {
  const UNITS = ["", "واحد", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة"]
  const TEENS = ["عشرة", "أحد عشر", "اثنا عشر", "ثلاثة عشر", "أربعة عشر", "خمسة عشر", "ستة عشر", "سبعة عشر", "ثمانية عشر", "تسعة عشر"]
  const TENS = ["", "", "عشرين", "ثلاثين", "أربعين", "خمسين", "ستين", "سبعين", "ثمانين", "تسعين"]
  const HUNDREDS = ["", "مئة", "مئتان", "ثلاثمئة", "أربعمئة", "خمسمئة", "ستمئة", "سبعمئة", "ثمانمئة", "تسعمئة"]
  const below1000 = (v: number): Array<string> => {
    const parts: Array<string> = []
    const h = Math.floor(v / 100)
    const r = v % 100
    if (h > 0) parts.push(HUNDREDS[h]!)
    if (r >= 10 && r < 20) parts.push(TEENS[r - 10]!)
    else {
      if (r % 10 > 0) parts.push(UNITS[r % 10]!)
      if (r >= 20) parts.push(TENS[Math.floor(r / 10)]!)
    }
    return parts
  }
  const th = Math.floor(x / 1000)
  const rest = x % 1000
  const parts: Array<string> = []
  if (th === 1) parts.push("ألف")
  else if (th === 2) parts.push("ألفان")
  else if (th >= 3 && th <= 10) parts.push(`${below1000(th).join(" و")} آلاف`)
  else if (th > 10) parts.push(`${below1000(th).join(" و")} ألف`)
  parts.push(...below1000(rest))
  return parts.join(" و")
}

describe("extractNumbers: properties", () => {
  it("reads spelled-out numbers 1–999 999", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999 }), (x) => {
        const text = `بلغ العدد ${spell(x)} فقط`
        const got: Array<NumberMatch> = extractNumbers(text)
        expect(got.length, `${text} ${show(got)}`).toBe(1)
        expect(got[0]!.value, text).toBe(x)
      }),
      { numRuns: 500 }
    )
  })

  it("reads decimals with any separator and digit script", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999 }), fc.integer({ min: 1, max: 99 }), fc.constantFrom(".", "٫"), fc.boolean(), (i, f, sep, indic) => {
        const frac = String(f).padStart(2, "0")
        const raw = `${i}${sep}${frac}`
        const text = indic ? raw.replace(/\d/g, (d) => String.fromCharCode(0x660 + Number(d))) : raw
        const got = extractNumbers(`بلغ ${text} نقطة`)
        expect(got[0]!.value).toBeCloseTo(Number(`${i}.${frac}`), 9)
        expect(got[0]!.text).toBe(text)
      })
    )
  })

  it("never throws and keeps spans on the text", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: fc.constantFrom(..."ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإىةئؤ0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹.,٫٬ر-/ ".split(""), "\u200f", "ـ", " ألف", " مليون", " و", "عشر", "ثلاث", "ال"), maxLength: 100 }),
          fc.string({ unit: "binary", maxLength: 60 })
        ),
        (text) => {
          for (const r of extractNumbers(text)) {
            expect(text.slice(r.start, r.end)).toBe(r.text)
            expect(Number.isFinite(r.value)).toBe(true)
          }
        }
      ),
      { numRuns: 1500 }
    )
  })
})

const errors: Array<unknown> = []
beforeAll(() => {
  internalErrors.hook = (e) => errors.push(e)
})
afterAll(() => {
  internalErrors.hook = undefined
})

describe("internal errors", () => {
  it("none was swallowed while running this file", () => {
    expect(errors).toEqual([])
  })
})

describe("lexicon lookup with proclitics", () => {
  // The lookup consults its memo only for words that pass a Bloom filter over every key; the filter
  // must never hide a key reached through و/ف, ب/ل/ك or ل + ال ("لل"). (Keys of three letters or more:
  // a few short words such as "لكن" are never split.)
  const letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي".split("")
  it("finds every key of a new table under every proclitic the reader strips", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: fc.constantFrom(...letters), minLength: 3, maxLength: 9 }), { minLength: 1, maxLength: 30 }), (keys) => {
        const table = new Map(keys.map((k, n) => [k, n] as const))
        for (const [k, n] of table) {
          expect(lookup(table, k)?.value).toBe(table.get(k))
          for (const prefix of ["و", "ف", "ب", "وب", "فل", "ك"]) {
            // words listed as never split ("ولين", "كمية") are left whole by design
            if (WHOLE_WORDS.has(prefix + k) || WHOLE_WORDS.has((prefix + k).slice(1))) continue
            const hit = lookup(table, prefix + k)
            // another key may be read first ("وب" + k may itself be "و" + key); a hit always exists
            expect(hit, `${prefix}${k}`).toBeDefined()
            if (!table.has(prefix + k) && !table.has((prefix + k).slice(1))) expect(hit!.value).toBe(n)
          }
          if (k.startsWith("ال") && k.length > 3) expect(lookup(table, "ل" + k.slice(1))?.value, `ل${k.slice(1)}`).toBe(n)
        }
      }),
      { numRuns: 200 }
    )
  })
})
