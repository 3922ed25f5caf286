import { z } from "zod"
import { parseIsoDate } from "./calendar.js"

const isoDate = z
  .string()
  .refine((s) => parseIsoDate(s) !== null, { message: "expected an ISO date YYYY-MM-DD (optionally followed by a time)" })
  .nullable()
  .optional()

/**
 * Options of {@link extractDates}: the publication date (open parts of dates are filled from it)
 * and a fallback reference date used when the publication date is unknown.
 *
 * @example
 * ```ts
 * DateOptions.parse({ published: "2023-08-08" })
 * ```
 */
export const DateOptions = z
  .object({
    published: isoDate.describe("publication date of the text, YYYY-MM-DD; resolves year-less, weekday and relative dates"),
    reference: isoDate.describe("reference date used instead of `published` when that is missing (e.g. the crawl date)")
  })
  .strict()
/**
 * Options of {@link extractDates}.
 *
 * @example
 * ```ts
 * DateOptions.parse({ published: "2023-08-08" })
 * ```
 */
export type DateOptions = z.input<typeof DateOptions>

/**
 * Validates options, throwing a `TypeError` that names the offending option.
 *
 * @example
 * ```ts
 * parseOptions(DateOptions, { publishd: "2023" }, "extractDates") // throws: extractDates: unknown option "publishd"
 * ```
 */
export const parseOptions = <S extends z.ZodType>(schema: S, options: unknown, fn: string): z.output<S> => {
  const r = schema.safeParse(options ?? {})
  if (r.success) return r.data
  const issue = r.error.issues[0]
  if (issue === undefined) throw new TypeError(`${fn}: invalid options`)
  if (issue.code === "unrecognized_keys") throw new TypeError(`${fn}: unknown option ${issue.keys.map((k) => `"${k}"`).join(", ")}`)
  const path = issue.path.map(String).join(".")
  throw new TypeError(path === "" ? `${fn}: invalid options: ${issue.message}` : `${fn}: invalid option "${path}": ${issue.message}`)
}
