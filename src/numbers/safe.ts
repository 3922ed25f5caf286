/**
 * The extractors never throw on their input; an unexpected internal error yields an empty result.
 * Tests (and debugging sessions) can watch such errors through {@link internalErrors}.
 */

/**
 * Where unexpected internal errors of the extractors are reported (they are swallowed otherwise).
 *
 * @example
 * ```ts
 * const seen: Array<unknown> = []
 * internalErrors.hook = (e) => seen.push(e)
 * ```
 */
export const internalErrors: { hook: ((error: unknown) => void) | undefined } = { hook: undefined }

/**
 * Runs `f`, returning `fallback` (and reporting to {@link internalErrors}) if it throws.
 *
 * @example
 * ```ts
 * safely(() => JSON.parse("{"), []) // []
 * ```
 */
export const safely = <T>(f: () => T, fallback: T): T => {
  try {
    return f()
  } catch (e) {
    internalErrors.hook?.(e)
    return fallback
  }
}
