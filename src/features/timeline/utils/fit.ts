import type { TimeWindow } from '../hooks/use-timeline'

const DAY = 86_400_000

/** Below this many times (start and end of each event), fit shows them all. */
const SMALL = 60

/**
 * The window to "fit": the shortest interval holding `share` of the times (85% by default), so
 * a few historical mentions (1492, 1945…) do not squeeze the weeks of the news into a pixel.
 * Small sets are shown whole. With a margin of 5% each side, at least one day wide; null when
 * there is nothing to fit.
 */
export function bulkWindow(times: ArrayLike<number>, share = 0.85): TimeWindow | null {
  // A typed array sorts numerically without a comparator: ~10× faster for 100k times.
  const sorted = Float64Array.from(times).filter(Number.isFinite).sort()
  const n = sorted.length
  if (n === 0) return null
  const k = n < SMALL ? n : Math.max(1, Math.ceil(share * n))
  let best = 0
  for (let i = 1; i + k - 1 < n; i++) {
    if (sorted[i + k - 1]! - sorted[i]! < sorted[best + k - 1]! - sorted[best]!) best = i
  }
  const from = sorted[best]!
  const to = sorted[best + k - 1]!
  const width = Math.max(to - from, DAY)
  const centre = (from + to) / 2
  const half = (width * 1.1) / 2
  return { start: new Date(centre - half), end: new Date(centre + half) }
}

/** A window of at most maxWidth centred on the time, for "jump to the selected event". */
export function windowAround(at: number, current: TimeWindow, maxWidth = 4 * DAY): TimeWindow {
  const width = Math.min(current.end.getTime() - current.start.getTime(), maxWidth)
  return { start: new Date(at - width / 2), end: new Date(at + width / 2) }
}
