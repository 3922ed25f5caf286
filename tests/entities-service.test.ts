import { Effect, Layer } from "effect"
import { describe, expect, it } from "vitest"
import { EntityRecognizer, EntityRecognizerLive, Gazetteer, GazetteerIndex, RecognizerError, type Mention } from "../src/entities/index.js"

const recognize = (text: string) => Effect.flatMap(EntityRecognizer, (r) => r.recognize(text))

describe("EntityRecognizer service", () => {
  it("Default is the rules-based recognizer over the bundled gazetteer", () => {
    const ms = Effect.runSync(recognize("وصل الوفد إلى بغداد").pipe(Effect.provide(EntityRecognizer.Default)))
    expect(ms.map((m) => [m.text, m.entity_id])).toEqual([["بغداد", "loc:city:iq:baghdad"]])
  })

  it("a fake recognizer provided through a Layer replaces it", () => {
    const fake: Mention = {
      start: 0,
      end: 4,
      text: "نموذج",
      norm: "نموذج",
      type: "MISC",
      method: "model",
      confidence: 0.5,
      role: null,
      key: "نموذج",
      entity_id: null
    }
    const seen: Array<string> = []
    const Fake = Layer.succeed(EntityRecognizer, {
      recognize: (text: string) =>
        Effect.sync(() => {
          seen.push(text)
          return [fake]
        })
    })
    const ms = Effect.runSync(recognize("أي نص").pipe(Effect.provide(Fake)))
    expect(ms).toEqual([fake])
    expect(seen).toEqual(["أي نص"])
  })

  it("a failing recognizer fails with RecognizerError", () => {
    const Broken = Layer.succeed(EntityRecognizer, {
      recognize: () => Effect.fail(new RecognizerError({ message: "model not loaded" }))
    })
    const exit = Effect.runSyncExit(recognize("نص").pipe(Effect.provide(Broken)))
    expect(exit._tag).toBe("Failure")
    const error = Effect.runSync(Effect.flip(recognize("نص").pipe(Effect.provide(Broken))))
    expect(error).toBeInstanceOf(RecognizerError)
    expect(error.message).toBe("model not loaded")
  })

  it("EntityRecognizerLive reads the Gazetteer service: replace it", () => {
    const Mine = Gazetteer.fromEntries([{ id: "org:test:acme", type: "ORG", kind: "company", name: "أكمي للصناعات" }])
    const layer = EntityRecognizerLive.pipe(Layer.provide(Mine))
    const ms = Effect.runSync(recognize("أعلنت أكمي للصناعات أرباحها في بغداد").pipe(Effect.provide(layer)))
    expect(ms.filter((m) => m.method === "gazetteer").map((m) => m.entity_id)).toEqual(["org:test:acme"])
  })

  it("or extend the bundled gazetteer", () => {
    const Mine = Gazetteer.fromEntries([{ id: "org:test:acme", type: "ORG", kind: "company", name: "أكمي للصناعات" }], { extend: true })
    const layer = EntityRecognizerLive.pipe(Layer.provide(Mine))
    const ms = Effect.runSync(recognize("أعلنت أكمي للصناعات أرباحها في بغداد").pipe(Effect.provide(layer)))
    expect(ms.map((m) => m.entity_id)).toEqual(["org:test:acme", "loc:city:iq:baghdad"])
  })

  it("Gazetteer.Default is the bundled gazetteer", () => {
    const g = Effect.runSync(Effect.provide(Gazetteer, Gazetteer.Default))
    expect(g).toBeInstanceOf(GazetteerIndex)
    expect(g.idOf("LOC", "بغداد")).toBe("loc:city:iq:baghdad")
    expect(g.entry("loc:city:iq:baghdad")?.name).toBe("بغداد")
  })

  it("a bad gazetteer entry is rejected with its index and field", () => {
    expect(() => GazetteerIndex.fromEntries([{ id: "x", type: "CITY", kind: "k", name: "س" } as never])).toThrow(/entry 0: type/)
  })
})
