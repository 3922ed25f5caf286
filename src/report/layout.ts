const GRAVITY = 0.15

/** An edge of {@link forceLayout}: node indices and a weight (> 0). */
export interface LayoutEdge {
  readonly source: number
  readonly target: number
  readonly weight: number
}

/** Options of {@link forceLayout}. */
export interface LayoutOptions {
  readonly width: number
  readonly height: number
  /** Free margin kept on every side (default 40). */
  readonly padding?: number
  /** Number of steps (default 300). */
  readonly iterations?: number
}

/** A node position. */
export interface Point {
  readonly x: number
  readonly y: number
}

/**
 * A deterministic force-directed layout (Fruchterman–Reingold with gravity): nodes start on a
 * circle in the given order, repel each other, edges pull their ends together in proportion to
 * their weight, and the temperature cools linearly; no randomness, so the same graph always gets
 * the same picture. The result is scaled to fill the box inside the padding.
 *
 * @example
 * ```ts
 * import { forceLayout } from "akhbar"
 * const pts = forceLayout(3, [{ source: 0, target: 1, weight: 2 }], { width: 400, height: 300 })
 * pts.length // 3
 * ```
 */
export const forceLayout = (n: number, edges: ReadonlyArray<LayoutEdge>, options: LayoutOptions): Array<Point> => {
  const { width, height } = options
  const padding = options.padding ?? 40
  const iterations = options.iterations ?? 300
  if (n === 0) return []
  const cx = width / 2
  const cy = height / 2
  if (n === 1) return [{ x: cx, y: cy }]
  const x = new Float64Array(n)
  const y = new Float64Array(n)
  const r0 = Math.min(width, height) * 0.4
  for (let i = 0; i < n; i++) {
    const a = (2 * Math.PI * i) / n - Math.PI / 2
    x[i] = cx + r0 * Math.cos(a)
    y[i] = cy + r0 * Math.sin(a)
  }
  const k = Math.sqrt((width * height) / n) * 0.75
  const maxW = Math.max(1, ...edges.map((e) => e.weight))
  const dx = new Float64Array(n)
  const dy = new Float64Array(n)
  for (let it = 0; it < iterations; it++) {
    const t = (Math.min(width, height) / 10) * (1 - it / iterations) + 0.5
    dx.fill(0)
    dy.fill(0)
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        let ex = x[i]! - x[j]!
        let ey = y[i]! - y[j]!
        let d = Math.hypot(ex, ey)
        if (d < 0.01) {
          // coincident nodes: push apart along a direction fixed by their indices
          ex = Math.cos(i + j)
          ey = Math.sin(i + j)
          d = 0.01
        }
        const f = (k * k) / d
        dx[i]! += (ex / d) * f
        dy[i]! += (ey / d) * f
        dx[j]! -= (ex / d) * f
        dy[j]! -= (ey / d) * f
      }
    }
    for (const e of edges) {
      if (e.source === e.target) continue
      const ex = x[e.source]! - x[e.target]!
      const ey = y[e.source]! - y[e.target]!
      const d = Math.max(0.01, Math.hypot(ex, ey))
      const f = ((d * d) / k) * (0.3 + (0.7 * e.weight) / maxW)
      dx[e.source]! -= (ex / d) * f
      dy[e.source]! -= (ey / d) * f
      dx[e.target]! += (ex / d) * f
      dy[e.target]! += (ey / d) * f
    }
    for (let i = 0; i < n; i++) {
      // gravity keeps unconnected nodes in view
      dx[i]! -= (x[i]! - cx) * GRAVITY * (k / 50)
      dy[i]! -= (y[i]! - cy) * GRAVITY * (k / 50)
      const d = Math.hypot(dx[i]!, dy[i]!)
      if (d > 0) {
        x[i]! += (dx[i]! / d) * Math.min(d, t)
        y[i]! += (dy[i]! / d) * Math.min(d, t)
      }
    }
  }
  // scale into the box
  let minX = Infinity
  let maxX = -Infinity
  let minY = Infinity
  let maxY = -Infinity
  for (let i = 0; i < n; i++) {
    minX = Math.min(minX, x[i]!)
    maxX = Math.max(maxX, x[i]!)
    minY = Math.min(minY, y[i]!)
    maxY = Math.max(maxY, y[i]!)
  }
  const sx = maxX - minX < 1e-9 ? 0 : (width - 2 * padding) / (maxX - minX)
  const sy = maxY - minY < 1e-9 ? 0 : (height - 2 * padding) / (maxY - minY)
  const out: Array<Point> = []
  for (let i = 0; i < n; i++) {
    out.push({
      x: sx === 0 ? cx : padding + (x[i]! - minX) * sx,
      y: sy === 0 ? cy : padding + (y[i]! - minY) * sy
    })
  }
  return out
}
