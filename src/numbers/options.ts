import { z } from "zod"

/**
 * Options of {@link extractQuantities}.
 *
 * @example
 * ```ts
 * QuantityOptions.parse({ context: "…the whole article…", currencies: { dinar: "IQD" } })
 * ```
 */
export const QuantityOptions = z
  .object({
    context: z
      .string()
      .optional()
      .describe("wider text (e.g. the whole article) searched for country cues when a currency word has no country (دينار, ريال)"),
    currencies: z
      .record(z.string(), z.string().regex(/^[A-Z]{3}$/, "expected an ISO 4217 code such as IQD"))
      .optional()
      .describe("ISO code to use for a currency family token (dinar, riyal, dirham, pound, lira, rupee, franc, peso) when the text does not tell"),
    skipDates: z.boolean().default(true).describe("leave out numbers that belong to dates (years, days)"),
    raDecimal: z
      .enum(["fraction-first", "integer-first"])
      .default("fraction-first")
      .describe('how to read the agency decimal "8ر24": fraction-first (24.8, Reuters/AFP Arabic usage) or integer-first (8.24)'),
    inherit: z.boolean().default(true).describe("give a unit-less number the unit of the previous quantity in its sentence, or of the noun after عدد/حصيلة"),
    ordinals: z.boolean().default(true).describe("emit ordinals (الثالث, الحادي عشر) as quantities of kind ordinal"),
    bare: z.boolean().default(true).describe("emit numbers without a unit as counts of `item`")
  })
  .strict()
/**
 * Options of {@link extractQuantities} as accepted (all optional).
 *
 * @example
 * ```ts
 * const o: QuantityOptions = { raDecimal: "integer-first" }
 * ```
 */
export type QuantityOptions = z.input<typeof QuantityOptions>
/**
 * Options with defaults applied.
 *
 * @example
 * ```ts
 * QuantityOptions.parse({}).skipDates // true
 * ```
 */
export type ResolvedQuantityOptions = z.output<typeof QuantityOptions>
