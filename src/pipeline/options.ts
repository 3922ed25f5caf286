import { availableParallelism } from "node:os"
import { z } from "zod"
import { ENCODINGS, parseEncoding } from "../load/decode.js"
import { OUTPUT_FORMATS } from "../write/formats.js"

const formatList = z
  .union([z.string(), z.array(z.string())])
  .transform((v, ctx) => {
    const items = (Array.isArray(v) ? v : v.split(",")).map((s) => s.trim().toLowerCase()).filter((s) => s !== "")
    const bad = items.filter((s) => !(OUTPUT_FORMATS as ReadonlyArray<string>).includes(s))
    if (bad.length > 0 || items.length === 0) {
      ctx.addIssue({ code: "custom", message: `unknown format ${bad.map((b) => `"${b}"`).join(", ") || "(none)"}: use json, csv, ndjson, arrow and/or parquet, e.g. --format json,csv` })
      return z.NEVER
    }
    return [...new Set(items)] as Array<(typeof OUTPUT_FORMATS)[number]>
  })

/**
 * Options of a corpus run, validated before anything is read: a wrong option fails with a message
 * naming the option and what is allowed.
 *
 * @example
 * ```ts
 * import { RunOptions } from "akhbar"
 * const o = RunOptions.parse({ inputs: ["fixtures/articles"], out: "out", format: "json,csv" })
 * o.format // ["json", "csv"]
 * ```
 */
export const RunOptions = z
  .object({
    inputs: z.array(z.string().min(1)).min(1, "give at least one input: a file, a folder or a glob pattern"),
    out: z.string().min(1, "--out: give the folder to write the datasets to"),
    format: formatList.default(["json"]),
    bom: z.boolean().default(false),
    encoding: z
      .string()
      .optional()
      .transform((v, ctx) => {
        if (v === undefined) return undefined
        const e = parseEncoding(v)
        if (e === undefined) {
          ctx.addIssue({ code: "custom", message: `unknown encoding "${v}": use one of ${ENCODINGS.join(", ")}` })
          return z.NEVER
        }
        return e
      }),
    concurrency: z.number().int().min(1, "--concurrency must be at least 1").max(1024).default(Math.max(16, availableParallelism())),
    // the main thread reads, links and writes; the other cores process (on 2 cores: in-thread)
    workers: z.number().int().min(1, "--workers must be at least 1").max(256).default(Math.max(1, availableParallelism() - 1)),
    textColumn: z.string().min(1).default("text"),
    // go on with the interrupted run in `out` (see its journal) instead of starting over
    resume: z.boolean().default(false),
    // a checkpoint after this many seconds or work units, whichever comes first
    checkpointSeconds: z.number().positive("checkpointSeconds must be positive").default(30),
    checkpointUnits: z.number().int().min(1, "checkpointUnits must be at least 1").default(Number.MAX_SAFE_INTEGER),
    // NDJSON files larger than this are read and processed in ranges of whole lines
    chunkBytes: z.number().int().min(1024, "chunkBytes must be at least 1024").default(2 * 1024 * 1024),
    // at most this many small input files are read and processed together, as one work unit
    unitFiles: z.number().int().min(1, "unitFiles must be at least 1").max(100_000).default(64),
    // documents longer than this many characters are processed in blocks of segments, and a
    // single input file at least this many bytes long is written block by block as it is read
    blockChars: z.number().int().min(1000, "blockChars must be at least 1000").default(1_000_000),
    learnBoilerplate: z.boolean().default(true),
    aggregates: z.boolean().default(true),
    recognizer: z.enum(["combined", "rules", "model"]).default("combined"),
    shard: z
      .string()
      .optional()
      .transform((v, ctx) => {
        if (v === undefined) return undefined
        const m = /^(\d+)\/(\d+)$/.exec(v.trim())
        const index = m ? Number(m[1]) : NaN
        const count = m ? Number(m[2]) : NaN
        if (!m || count < 1 || index < 1 || index > count) {
          ctx.addIssue({ code: "custom", message: `expected i/n with 1 ≤ i ≤ n (e.g. 2/8 for the second of eight shards), got "${v}"` })
          return z.NEVER
        }
        return { index, count }
      })
  })
  .strict()

/** Validated run options. */
export type RunOptions = z.output<typeof RunOptions>
/** Run options as a user gives them. */
export type RunOptionsInput = z.input<typeof RunOptions>

/**
 * Turns a zod error into one line per problem, naming the option: "format: unknown format …".
 *
 * @example
 * ```ts
 * import { RunOptions, describeOptionsError } from "akhbar"
 * const r = RunOptions.safeParse({ inputs: [], out: "o" })
 * if (!r.success) describeOptionsError(r.error) // "inputs: give at least one input: …"
 * ```
 */
export const describeOptionsError = (error: z.ZodError): string =>
  error.issues
    .map((i) => {
      const where = i.path.join(".") || "options"
      if (i.code === "unrecognized_keys") return `unknown option(s) ${i.keys.map((k) => `"${k}"`).join(", ")}`
      return `${where}: ${i.message}`
    })
    .join("\n")
