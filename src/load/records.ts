import { parse as parseCsv } from "csv-parse/sync"
import { articleFromText, ArticleInput, type Article } from "./article.js"
import type { Encoding } from "./decode.js"
import { InputError } from "./errors.js"

/** One loaded input: an article, or the error that stands for it. */
export type Loaded = { readonly ok: true; readonly article: Article } | { readonly ok: false; readonly error: InputError }

const recordError = (path: string, message: string): Loaded => ({
  ok: false,
  error: new InputError({ path, reason: "record", message })
})

const fromRecord = (value: unknown, path: string, encoding: Encoding | null): Loaded => {
  const parsed = ArticleInput.safeParse(value)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue?.path.join(".") || "record"
    return recordError(path, `${where}: ${issue?.message ?? "invalid record"} (each record needs a string "text")`)
  }
  if (parsed.data.text.trim() === "") return { ok: false, error: new InputError({ path, reason: "empty", message: "the record's text is empty" }) }
  const { text, ...meta } = parsed.data
  return { ok: true, article: articleFromText(text, { ...meta, path, encoding }) }
}

/**
 * Parses NDJSON/JSONL articles: one JSON object a line with `text` and optional `id`, `url`,
 * `title`, `published`, `outlet`. A bad line becomes an error; the others still load.
 * Paths are `file#L<line>`, counting from `firstLine` (when `content` is a piece of a larger file).
 *
 * @example
 * ```ts
 * import { parseNdjsonArticles } from "akhbar"
 * const [first] = parseNdjsonArticles('{"text":"نص","id":"a"}\n', "in.ndjson")
 * first?.ok // true
 * ```
 */
export const parseNdjsonArticles = (content: string, path: string, encoding: Encoding | null = null, firstLine = 1): Array<Loaded> => {
  const out: Array<Loaded> = []
  const lines = content.split(/\r?\n/)
  lines.forEach((line, i) => {
    if (line.trim() === "") return
    const where = `${path}#L${i + firstLine}`
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch (e) {
      out.push(recordError(where, `line ${i + firstLine} is not valid JSON: ${(e as Error).message}`))
      return
    }
    out.push(fromRecord(value, where, encoding))
  })
  return out
}

/**
 * Parses CSV articles (RFC 4180, header row) with a text column (default `text`); the columns
 * `id`, `url`, `title`, `published`, `outlet` are used when present. Paths are `file#row<n>`.
 *
 * @example
 * ```ts
 * import { parseCsvArticles } from "akhbar"
 * parseCsvArticles('id,text\na,"نص, مع فاصلة"\n', "in.csv")[0]?.ok // true
 * ```
 */
export const parseCsvArticles = (
  content: string,
  path: string,
  textColumn = "text",
  encoding: Encoding | null = null
): Array<Loaded> => {
  let rows: Array<Record<string, string>>
  try {
    rows = parseCsv(content, { columns: true, bom: true, skip_empty_lines: true, relax_column_count: true }) as Array<Record<string, string>>
  } catch (e) {
    return [recordError(path, `not valid CSV: ${(e as Error).message}`)]
  }
  if (rows.length > 0 && !(textColumn in rows[0]!)) {
    return [recordError(path, `CSV has no "${textColumn}" column (columns: ${Object.keys(rows[0]!).join(", ")}); pass --text-column`)]
  }
  return rows.map((row, i) => {
    const { [textColumn]: text, ...rest } = row
    const meta = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== "")) as Record<string, string>
    return fromRecord({ ...meta, text }, `${path}#row${i + 1}`, encoding)
  })
}
