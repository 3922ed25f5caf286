/**
 * The version of akhbar.
 *
 * @example
 * ```ts
 * import { VERSION } from "akhbar"
 * console.log(VERSION)
 * ```
 */
export const VERSION = "0.1.0"
