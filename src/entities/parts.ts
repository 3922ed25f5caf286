/**
 * The parts of a byline or credit line between separators and already-read spans, with the
 * white space around each part trimmed, as [start, end) offsets into `text`, and where the part
 * began before trimming (the offset just after its separator).
 *
 * @param separators a global pattern of what separates parts
 * @param taken spans already read (mentions), which also separate parts
 * @example
 * ```ts
 * creditParts("علي حسن | رويترز", /[|]+/gu) // [[0, 7, 0], [10, 16, 9]]
 * ```
 */
export const creditParts = (
  text: string,
  separators: RegExp,
  taken: ReadonlyArray<readonly [number, number]> = []
): Array<[start: number, end: number, untrimmed: number]> => {
  const cuts: Array<readonly [number, number]> = [...taken]
  for (const sep of text.matchAll(separators)) cuts.push([sep.index, sep.index + sep[0].length])
  cuts.sort((a, b) => a[0] - b[0])
  const out: Array<[number, number, number]> = []
  let at = 0
  const push = (s0: number, e0: number): void => {
    let s = s0
    let e = e0
    while (s < e && /[\s\u00a0]/u.test(text[s]!)) s++
    while (e > s && /[\s\u00a0]/u.test(text[e - 1]!)) e--
    if (e > s) out.push([s, e, s0])
  }
  for (const [s, e] of cuts) {
    if (s > at) push(at, s)
    at = Math.max(at, e)
  }
  if (at < text.length) push(at, text.length)
  return out
}
