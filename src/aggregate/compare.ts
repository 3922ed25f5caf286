/**
 * Orders strings by UTF-16 code units (locale-independent, so the same on every machine), with
 * `null` last.
 *
 * @example
 * ```ts
 * import { compareKeys } from "akhbar"
 * ["b", null, "a"].sort(compareKeys) // ["a", "b", null]
 * ```
 */
export const compareKeys = (a: string | number | null, b: string | number | null): number => {
  if (a === b) return 0
  if (a === null) return 1
  if (b === null) return -1
  return a < b ? -1 : 1
}

/**
 * A comparator over several keys of a record, each compared with {@link compareKeys}.
 *
 * @example
 * ```ts
 * import { byKeys } from "akhbar"
 * [{ a: "x", b: 2 }, { a: "x", b: 1 }].sort(byKeys((r) => [r.a, r.b])) // b: 1 first
 * ```
 */
export const byKeys =
  <T>(keys: (r: T) => ReadonlyArray<string | number | null>) =>
  (x: T, y: T): number => {
    const kx = keys(x)
    const ky = keys(y)
    for (let i = 0; i < kx.length; i++) {
      const c = compareKeys(kx[i] ?? null, ky[i] ?? null)
      if (c !== 0) return c
    }
    return 0
  }
