/**
 * Checks examples/notebook.md against real output: makes the files its setup block makes (the
 * same run and aggregate, through the library), then checks that every file its Python code reads
 * exists and parses — JSON arrays, NDJSON lines, CSV with a header, Parquet and Arrow by their
 * magic bytes and metadata — and that every Python block is valid Python (when python3 is there).
 *
 *   npx tsx scripts/check-notebook.ts            # make the files, then check
 *   npx tsx scripts/check-notebook.ts --no-run   # check files made earlier (by the setup block)
 */
import { spawnSync } from "node:child_process"
import { existsSync, readFileSync } from "node:fs"
import { parse as parseCsv } from "csv-parse/sync"
import { fromArrow } from "arquero"
import { parquetMetadata } from "hyparquet"
import { aggregateCommand } from "../src/cli/aggregate.js"
import { reportCommand } from "../src/cli/report.js"
import { run } from "../src/run.js"

const NOTEBOOK = "examples/notebook.md"
const FILE = /["']((?:out|fixtures)\/[^"'\s]+\.(?:json|ndjson|csv|parquet|arrow|html))["']/g

const blocks = (md: string): Array<{ lang: string; code: string }> =>
  [...md.matchAll(/^```(\w*)\n([\s\S]*?)^```/gm)].map((m) => ({ lang: m[1] ?? "", code: m[2] ?? "" }))

const problems: Array<string> = []
const fail = (message: string): void => {
  problems.push(message)
}

const checkFile = (path: string): string => {
  const bytes = readFileSync(path)
  const text = (): string => bytes.toString("utf8").replace(/^\ufeff/, "")
  if (path.endsWith(".ndjson")) {
    const lines = text().split("\n").filter((l) => l.trim() !== "")
    lines.forEach((l, i) => {
      try {
        JSON.parse(l)
      } catch (e) {
        throw new Error(`line ${i + 1}: ${(e as Error).message}`)
      }
    })
    return `${lines.length} records`
  }
  if (path.endsWith(".json")) {
    const v = JSON.parse(text()) as unknown
    if (!Array.isArray(v)) throw new Error("not a JSON array")
    return `${v.length} records`
  }
  if (path.endsWith(".csv")) {
    const rows = parseCsv(text(), { relax_column_count: false }) as Array<Array<string>>
    if (rows.length === 0) throw new Error("no header row")
    return `${rows.length - 1} rows, ${rows[0]!.length} columns`
  }
  if (path.endsWith(".parquet")) {
    if (bytes.subarray(0, 4).toString() !== "PAR1" || bytes.subarray(-4).toString() !== "PAR1") throw new Error("no PAR1 magic bytes")
    const meta = parquetMetadata(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer)
    return `${Number(meta.num_rows)} rows, ${meta.schema.length - 1} schema elements`
  }
  if (path.endsWith(".arrow")) {
    if (bytes.subarray(0, 6).toString() !== "ARROW1") throw new Error("no ARROW1 magic bytes")
    return `${fromArrow(bytes).numRows()} rows`
  }
  if (path.endsWith(".html")) {
    if (!text().startsWith("<!doctype html>")) throw new Error("not an HTML page")
    return `${(bytes.length / 1024).toFixed(0)} kB`
  }
  throw new Error("unknown kind of file")
}

const main = async (): Promise<number> => {
  const md = readFileSync(NOTEBOOK, "utf8")
  const code = blocks(md)
  const setup = code.find((b) => b.lang === "sh")?.code ?? ""
  const python = code.filter((b) => b.lang === "python")
  if (python.length === 0) fail(`${NOTEBOOK}: no python code blocks`)

  if (!process.argv.includes("--no-run")) {
    // the setup block's commands, through the library
    const out = /run fixtures\/articles --out (\S+)/.exec(setup)?.[1]
    const agg = /aggregate --in \S+ --out (\S+) --format (\S+)/.exec(setup)
    const report = /report --in \S+ --out (\S+)/.exec(setup)?.[1]
    if (out === undefined || agg === null || report === undefined) {
      fail(`${NOTEBOOK}: the sh block must run, aggregate and report`)
    } else {
      const r = await run({ inputs: ["fixtures/articles"], out, format: ["json", "csv", "ndjson"] })
      if (!r.ok) fail(`run failed: ${r.error.message}`)
      const quiet = { stdout: { write: () => true }, stderr: { write: (s: string) => process.stderr.write(s) } }
      if ((await aggregateCommand(["--in", out, "--out", agg[1]!, "--format", agg[2]!, "--quiet"], quiet)) !== 0) fail("aggregate failed")
      if ((await reportCommand(["--in", out, "--out", report, "--quiet"], quiet)) !== 0) fail("report failed")
    }
  }

  const files = new Set<string>()
  for (const b of code) if (b.lang === "python" || b.lang === "sql") for (const m of b.code.matchAll(FILE)) files.add(m[1]!)
  if (files.size === 0) fail(`${NOTEBOOK}: its code reads no file`)
  for (const f of files) {
    if (!existsSync(f)) {
      fail(`${f}: read by the notebook, but not made by its setup block`)
      continue
    }
    try {
      console.log(`ok  ${f}  (${checkFile(f)})`)
    } catch (e) {
      fail(`${f}: ${(e as Error).message}`)
    }
  }

  // the Python is at least valid Python (pandas and DuckDB need not be installed)
  const py = spawnSync("python3", ["-c", "import ast, sys; ast.parse(sys.stdin.read())"], { input: python.map((b) => b.code).join("\n"), encoding: "utf8" })
  if (py.error === undefined) {
    if (py.status !== 0) fail(`${NOTEBOOK}: a python block does not parse:\n${py.stderr}`)
    else console.log(`ok  ${python.length} python blocks parse`)
  } else console.log("--  python3 not found: python syntax not checked")

  for (const p of problems) console.error(`check-notebook: ${p}`)
  console.log(problems.length === 0 ? `check-notebook: ${files.size} files ok` : `check-notebook: ${problems.length} problems`)
  return problems.length === 0 ? 0 : 1
}

process.exitCode = await main()
