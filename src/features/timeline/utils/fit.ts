import type { TimeWindow } from '../hooks/use-timeline'

const DAY = 86_400_000

function quantile(sorted: readonly number[], q: number): number {
  const at = Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))))
  return sorted[at] ?? 0
}

/**
 * The window to "fit": the bulk of the given times (2nd to 98th percentile by default), so a
 * few historical mentions (1492, 1945…) do not squeeze a month of news into a pixel. With a
 * margin of 5% each side and at least one day wide; null when there is nothing to fit.
 */
export function bulkWindow(times: readonly number[], lower = 0.02, upper = 0.98): TimeWindow | null {
  const sorted = times.filter(Number.isFinite).sort((a, b) => a - b)
  if (sorted.length === 0) return null
  const from = quantile(sorted, sorted.length < 50 ? 0 : lower)
  const to = quantile(sorted, sorted.length < 50 ? 1 : upper)
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
