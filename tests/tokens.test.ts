import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { lookupAt, readingsOf, rolesAt } from "../src/numbers/clitics.js"
import { hashOf, HASH_SEED, hashStep, intern, internedReadings, internedWord, startInterning } from "../src/numbers/intern.js"
import { claimRoles, rolesOfReadings } from "../src/numbers/token-roles.js"
import { PUNCT, tokenize, WORD } from "../src/numbers/tokens.js"
import { dateRoles, R_PREP, R_RELATIVE } from "../src/dates/roles.js"
import { extractQuantities } from "../src/numbers/index.js"

// every lexicon table is registered once the extractors are loaded
extractQuantities("نحو 3")

const letters = [..."ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإىةئؤ"]
const arabicText = fc.array(
  fc.oneof(
    fc.string({ unit: fc.constantFrom(...letters), minLength: 1, maxLength: 8 }),
    fc.constantFrom("في", "من", "أمس", "وأمس", "مليون", "دولار", "بالمئة", "الخميس", "نحو", "3", "٢٠٢٤", "%", "،", ".", "G20", "ـ", "\u064e")
  ),
  { maxLength: 60 }
).map((ws) => ws.join(" "))

describe("tokenize: interned words", () => {
  it("the hash the tokenizer folds in is the hash of the word", () => {
    let h = HASH_SEED
    for (const c of "نحو") h = hashStep(h, c.charCodeAt(0))
    expect(h).toBe(hashOf("قال نحو", 4, 7))
    startInterning()
    const slot = intern("قال نحو", 4, 7, h)
    expect(internedWord(slot)).toBe("نحو")
    expect(internedReadings(slot).length).toBeGreaterThan(0)
    expect(intern("نحو", 0, 3)).toBe(slot)
  })

  it("every word token is the slice of the normalized text it covers, with its readings and roles", () => {
    fc.assert(
      fc.property(arabicText, (text) => {
        const t = tokenize(text)
        for (let i = 0; i < t.count; i++) {
          if (t.types[i] === WORD) expect(t.words[i]).toBe(t.norm.text.slice(t.starts[i], t.ends[i]))
          const rs = readingsOf(t.words[i]!)
          expect(t.roles[i]).toBe(rolesOfReadings(rs))
          if (t.types[i] !== PUNCT) expect(t.readings[i]!.map((r) => [r.stem, r.cut])).toEqual(rs.map((r) => [r.stem, r.cut]))
        }
        expect(t.roles[t.count]).toBe(0)
      }),
      { numRuns: 300 }
    )
  })

  it("a word met many times is one string", () => {
    const t = tokenize("قال الوزير إن الوزير قال")
    expect(t.words[0]).toBe(t.words[4])
    expect(Object.is(t.words[1], t.words[3])).toBe(true)
  })

  it("tokens do not depend on what was tokenized before, even past the table's capacity", () => {
    const text = "قالت الوزارة أمس إن نحو 3 ملايين دولار وصلت في 2024"
    const before = tokenize(text)
    // twenty thousand distinct made-up words fill the table
    const filler: Array<string> = []
    for (let k = 0; k < 20_000; k++) filler.push(letters[k % 36]! + letters[Math.floor(k / 36) % 36]! + letters[Math.floor(k / 1296) % 36]! + "ك")
    tokenize(filler.join(" "))
    const after = tokenize(text + " كلمةجديدةتماما")
    for (let i = 0; i < before.count; i++) {
      expect(after.words[i]).toBe(before.words[i])
      expect(after.roles[i]).toBe(before.roles[i])
      expect(after.readings[i]?.length).toBe(before.readings[i]?.length)
    }
    const last = after.count - 1
    expect(after.words[last]).toBe("كلمهجديدهتماما") // normalized: ة → ه
  })

})

describe("tokenize: token roles", () => {
  it("date roles read from the token are the roles of the word's readings", () => {
    expect(dateRoles(tokenize("في"), 0)).toBe(R_PREP)
    expect(dateRoles(tokenize("وأمس"), 0) & R_RELATIVE).toBe(R_RELATIVE)
    expect(dateRoles(tokenize("الوزير"), 0)).toBe(0)
  })

  it("roles are claimed only before the first text is tokenized", () => {
    tokenize("نص")
    expect(() => claimRoles([[["كلمة"], 1]], 1)).toThrow(/before the first text/)
  })

  it("the roles agree with a lookup of each claimed table", () => {
    const m = new Map([["مليون", 1]])
    const t = tokenize("وبمليون مليون")
    expect(rolesAt(m, t, 1)).toBe(1)
    expect(lookupAt(m, t, 1)?.cut).toBe(0)
  })
})
