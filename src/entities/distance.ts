/**
 * Damerau–Levenshtein distance (optimal string alignment: insertions, deletions, substitutions
 * and transpositions of adjacent characters each cost 1) of `a` and `b`, or `max + 1` as soon as
 * it is known to exceed `max`.
 *
 * @example
 * ```ts
 * import { editDistance } from "akhbar"
 * editDistance("اوتسن", "اوستن") // 1 (transposition)
 * editDistance("نجيرفان", "نيجيرفان") // 1
 * editDistance("بغداد", "دمشق", 2) // 3 (more than 2)
 * ```
 */
export const editDistance = (a: string, b: string, max = Number.POSITIVE_INFINITY): number => {
  if (a === b) return 0
  const n = a.length
  const m = b.length
  if (Math.abs(n - m) > max) return max + 1
  if (n === 0) return m
  if (m === 0) return n
  let prev2 = new Array<number>(m + 1).fill(0)
  let prev = new Array<number>(m + 1)
  let cur = new Array<number>(m + 1)
  for (let j = 0; j <= m; j++) prev[j] = j
  for (let i = 1; i <= n; i++) {
    cur[0] = i
    let rowMin = i
    const ca = a.charCodeAt(i - 1)
    for (let j = 1; j <= m; j++) {
      const cb = b.charCodeAt(j - 1)
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (ca === cb ? 0 : 1))
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) d = Math.min(d, prev2[j - 2]! + 1)
      cur[j] = d
      if (d < rowMin) rowMin = d
    }
    if (rowMin > max) return max + 1
    const t = prev2
    prev2 = prev
    prev = cur
    cur = t
  }
  const r = prev[m]!
  return r > max ? max + 1 : r
}

/**
 * The largest edit distance at which two spellings of a name of `letters` letters are taken to
 * be one name: 1 up to 6 letters, 2 beyond; 0 for names of 3 letters or fewer.
 *
 * @example
 * ```ts
 * import { nameTolerance } from "akhbar"
 * nameTolerance(5) // 1
 * nameTolerance(8) // 2
 * ```
 */
export const nameTolerance = (letters: number): number => (letters <= 3 ? 0 : letters <= 6 ? 1 : 2)
