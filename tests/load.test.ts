import { readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"
import { decodeBytes, expandInputs, globToRegExp, loadFileSync, parseCsvArticles, parseEncoding, parseNdjsonArticles } from "../src/index.js"

const F = "fixtures"
const only = (path: string) => {
  const [r, ...rest] = loadFileSync(path)
  expect(rest).toHaveLength(0)
  return r!
}

describe("decodeBytes", () => {
  it("decodes UTF-8 with and without BOM and keeps the text as it is", () => {
    const d = decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("بغداد\r\n")]))
    expect(d).toEqual({ ok: true, text: "بغداد\r\n", encoding: "utf-8" })
  })
  it("decodes UTF-16 with a BOM", () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("عمان", "utf16le")])
    expect(decodeBytes(le)).toMatchObject({ ok: true, text: "عمان", encoding: "utf-16le" })
  })
  it("detects windows-1256 Arabic and refuses other invalid UTF-8", () => {
    expect(decodeBytes(new Uint8Array([0xc7, 0xe1, 0xda, 0xd1, 0xc7, 0xde, 0x20, 0xc8, 0xe1, 0xcf]))).toMatchObject({ ok: true, text: "العراق بلد", encoding: "windows-1256" })
    const latin = new Uint8Array([...Buffer.from("caf"), 0xe9, ...Buffer.from(" cr"), 0xe8, ...Buffer.from("me "), 0xff, 0x28])
    expect(decodeBytes(latin)).toMatchObject({ ok: false, reason: "encoding" })
  })
  it("decodes UTF-8 with a few broken bytes as UTF-8, the broken bytes as U+FFFD, not as windows-1256", () => {
    const good = Buffer.from("في يوم الخميس في الرياض أعلنت الوزارة عن خطة جديدة للنقل العام في المدينة")
    const bytes = Buffer.concat([good, Buffer.from([0xd9]), Buffer.from(" "), good])
    const r = decodeBytes(bytes)
    expect(r).toMatchObject({ ok: true, encoding: "utf-8" })
    if (r.ok) {
      expect(r.text.startsWith("في يوم الخميس")).toBe(true)
      expect(r.text.split("\uFFFD")).toHaveLength(2)
    }
  })
  it("lets --encoding override detection", () => {
    expect(decodeBytes(new Uint8Array([0xc8]), "windows-1256")).toMatchObject({ ok: true, text: "ب" })
    expect(parseEncoding("CP1256")).toBe("windows-1256")
    expect(parseEncoding("latin9")).toBeUndefined()
  })
  it("tells empty, blank and binary inputs apart from text with a stray NUL", () => {
    expect(decodeBytes(new Uint8Array())).toMatchObject({ ok: false, reason: "empty" })
    expect(decodeBytes(new TextEncoder().encode(" \n\t "))).toMatchObject({ ok: false, reason: "empty" })
    expect(decodeBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]))).toMatchObject({ ok: false, reason: "binary" })
    expect(decodeBytes(new Uint8Array([...new TextEncoder().encode("نص عربي"), 0]))).toMatchObject({ ok: true, text: "نص عربي\u0000" })
  })
})

describe("fixtures load as a user would expect", () => {
  it("decodes every special encoding to the same kind of Arabic text", () => {
    for (const [file, encoding] of [
      ["cp1256-article.txt", "windows-1256"],
      ["utf16le-bom.txt", "utf-16le"],
      ["utf16be-bom.txt", "utf-16be"],
      ["utf8-bom-crlf.txt", "utf-8"],
      ["trailing-nul.txt", "utf-8"],
      ["indic-digits-persian.txt", "utf-8"]
    ] as const) {
      const r = only(`${F}/special/${file}`)
      expect(r.ok, file).toBe(true)
      if (r.ok) {
        expect(r.article.encoding).toBe(encoding)
        expect(r.article.text).toMatch(/[\u0621-\u064a]{3}/)
        expect(r.article.text.charCodeAt(0)).not.toBe(0xfeff)
      }
    }
    const crlf = only(`${F}/special/utf8-bom-crlf.txt`)
    if (crlf.ok) expect(crlf.article.text).toContain("\r\n")
  })
  it("turns every bad input into an error that says why", () => {
    expect(only(`${F}/bad/empty.txt`)).toMatchObject({ ok: false, error: { reason: "empty" } })
    expect(only(`${F}/bad/whitespace-only.txt`)).toMatchObject({ ok: false, error: { reason: "empty" } })
    expect(only(`${F}/bad/binary.bin`)).toMatchObject({ ok: false, error: { reason: "binary" } })
    expect(only(`${F}/bad/invalid-utf8.txt`)).toMatchObject({ ok: false, error: { reason: "encoding" } })
    expect(only(`${F}/no-such-file.txt`)).toMatchObject({ ok: false, error: { reason: "not-found" } })
    const broken = loadFileSync(`${F}/bad/broken.ndjson`)
    expect(broken.map((r) => r.ok)).toEqual([true, false, false])
  })
  it("reads NDJSON and CSV records with their metadata", () => {
    const nd = parseNdjsonArticles('{"id":7,"text":"نص","outlet":"الحرة","published":"2024-01-02"}\n\n{"text":""}\n', "x.ndjson")
    expect(nd[0]).toMatchObject({ ok: true, article: { doc_id: "7", outlet: "الحرة", published: "2024-01-02", path: "x.ndjson#L1" } })
    expect(nd[1]).toMatchObject({ ok: false, error: { reason: "empty" } })
    const csv = parseCsvArticles('id,title,body\n1,عنوان,"سطر\nثان، مع ""اقتباس"""\n', "x.csv", "body")
    expect(csv[0]).toMatchObject({ ok: true, article: { doc_id: "1", title: "عنوان", text: 'سطر\nثان، مع "اقتباس"' } })
    expect(parseCsvArticles("id,body\n1,x\n", "x.csv")[0]).toMatchObject({ ok: false, error: { message: expect.stringContaining("--text-column") } })
    const fromFile = loadFileSync(`${F}/special/articles.csv`)
    expect(fromFile.length).toBe(3)
    expect(fromFile.every((r) => r.ok)).toBe(true)
  })
  it("gives stable ids from content", () => {
    const a = only(`${F}/special/trailing-nul.txt`)
    const b = only(`${F}/special/trailing-nul.txt`)
    expect(a.ok && b.ok && a.article.doc_id === b.article.doc_id).toBe(true)
    expect(readFileSync(`${F}/special/trailing-nul.txt`).at(-1)).toBe(0)
  })
})

describe("expandInputs", () => {
  it("expands folders recursively in sorted order and globs", () => {
    const all = expandInputs([F]).files
    expect(all.length).toBeGreaterThan(25)
    expect([...all].sort()).toEqual(all)
    const txt = expandInputs([`${F}/articles/*.txt`]).files
    expect(txt.length).toBeGreaterThanOrEqual(12)
    expect(expandInputs([`${F}/**/*.ndjson`]).files.length).toBe(2)
    expect(expandInputs(["nothing-here/*.txt", "missing.txt"]).missing).toEqual(["nothing-here/*.txt", "missing.txt"])
  })
  it("leaves out the folders it is told to skip, when walking folders and globs", () => {
    const all = expandInputs([F]).files
    const skipped = expandInputs([F, `${F}/**/*.txt`], { skipFolders: [`${F}/articles`] }).files
    expect(skipped.some((f) => f.includes(`${F}/articles/`))).toBe(false)
    expect(skipped.length).toBe(all.filter((f) => !f.includes(`${F}/articles/`)).length)
  })
  it("translates globs", () => {
    expect(globToRegExp("a/**/*.{txt,md}").test("a/b/c/d.md")).toBe(true)
    expect(globToRegExp("a/*.txt").test("a/b/c.txt")).toBe(false)
  })
})
